"""The Qt user interface. Modules here import the store and services lazily where the lock
screen must come up fast (see hbdesk.__main__)."""
