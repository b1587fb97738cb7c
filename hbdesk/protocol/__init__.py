"""What the laptop and the county's server share: the wire messages (`messages`), request
signing (`signing`), the municipal PKI (`pki`). Both `hbdesk.sync` (the laptop) and
`hbdesk.server` import this package; it imports neither of them.
"""
