"""The Qt user interface. Modules here import the store and services lazily where the lock
screen must come up fast (see hbdesk.__main__)."""

from hbdesk.ui.qt_compat import ask_sources_quickly, protect_singletons

protect_singletons()
ask_sources_quickly()
