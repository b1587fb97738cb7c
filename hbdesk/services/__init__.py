"""Use cases: one function per thing a user does, each one transaction. Never imports Qt.

Every call runs in `context.transaction`: the change, its access-log row(s) and its outbox
op(s) commit together or not at all; reading a client's records logs a view first.
Changing calls return `Outcome(value, changes)`; errors a user can cause raise
`hbdesk.models.errors.DomainError(code, field)`.

By stage: clients, people (1), selfassessment (2, 8), assessment (3), plan (4),
catalogue + budget (5), decision (6, 10), ledger + spending_view (7), followup (8),
feedback (9), closing (10); caseload and overview for the desk; access_log for the
client's own log and disclosures; conflicts for settling what sync found; demo for
`hbdesk --demo`.
"""
