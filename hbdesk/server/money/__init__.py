"""Money from the county's systems: e-invoices, mobile-payment reports, redeemed service
vouchers, and direct payments out (MISSION.md stage 7, issue 17).

A file is read defensively (`xmlfiles`, `csvfiles`: size limits before reading, no DTD, no
entities, no network, UTF-8, formulas refused) into one internal shape per kind (`shape`:
Finvoice 3.0 and Peppol BIS 3.0 UBL become the same `Invoice`). Each item is matched to a
client and decision only by a reference the county gave out (`matching`: a payment
commitment's number, an order or contract reference, a card or voucher in the county's
register), never by a name; then booked as a ledger entry authored by its source system
(`booking`, through `hbdesk.server.authored`), held for the caseworker (a refused category,
outside the decision's period), or queued for a person at the county (`queue`). Keyed by
the issuer's own ids: the same item twice is booked once.

    hbdesk-server money import KIND FILE     (`importer`; KIND: invoices, mobile, vouchers)
    hbdesk-server money inbox DIR            (`inbox`: a watched folder)
    hbdesk-server money queue                (`queue`)
    hbdesk-server money payouts …            (`payouts`: pain.001 for the county's bank)
"""
