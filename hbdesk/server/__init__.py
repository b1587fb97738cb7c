"""The county's server (`hbdesk-server`): the device API that laptops sync with, the
outcomes report and what it gives back, and room for Oma HB, public pages and money.

It shares only the wire protocol (`hbdesk.protocol`), the domain's models and the PDF
parts with the laptop; it runs no laptop code (checked by import-linter).
"""
