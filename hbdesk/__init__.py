"""hbdesk: personal budgeting (henkilökohtainen budjetointi) for social-care caseworkers."""

__version__ = "0.1.0"
