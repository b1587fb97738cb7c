"""The passphrase checked against the key file (Argon2id) before the rest of hbdesk has loaded.

Light on purpose: the shell starts this the moment the passphrase is typed, and the key
derivation (which releases the GIL) runs while SQLAlchemy, the models and the desktop load.
`session.open_unwrapped` does the rest of unlocking.
"""

from __future__ import annotations

from hbdesk.store.errors import TooManyAttempts
from hbdesk.store.keys import load_cipher
from hbdesk.store.throttle import UnlockThrottle
from hbdesk.store.unwrap import Unwrapped, throttle_for, unwrap

__all__ = [
    "TooManyAttempts",
    "UnlockThrottle",
    "Unwrapped",
    "load_cipher",
    "throttle_for",
    "unwrap",
]
