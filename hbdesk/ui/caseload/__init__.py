"""The caseworker's caseload: a searchable, filterable list of their clients."""
