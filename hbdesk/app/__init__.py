"""The application layer: Qt-free use cases that span services and sync.

The UI reaches work through this layer (and the services it re-exports); each use case
returns what it changed, so the window can refresh exactly the views it touched. Policy
that is not a widget's to decide lives here: sync, then take the pulled reference data
into use; wipe a revoked laptop; the lock and unlock sequence.
"""
