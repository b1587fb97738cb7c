"""Oma HB: web pages for the client and the person they authorise, served by the county's
server on a listener of its own (server-only TLS; no client certificate).

The person logs in with strong identification through the county's OpenID Connect
provider (`auth`), is matched to their client record or a mandate (`identity`), reads
their plan, budget and log computed from the synced records with the models' rules
(`records`, `content`, `log`), and acts — confirms or disputes invoices, reports receipts,
evaluates goals, authorises a person — through `hbdesk.server.authored`, so that each
action reaches the caseworker's laptop at its next sync like any change (`actions`).
Pages are server-rendered (Jinja2, Babel catalogs in fi/sv/en) and work without
JavaScript (`pages`, `templates/`).
"""
