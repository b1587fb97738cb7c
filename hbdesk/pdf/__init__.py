"""Documents the client keeps: PDFs built with reportlab from plain data (no Qt, no store)."""
