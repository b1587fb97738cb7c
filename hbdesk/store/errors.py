"""Errors the vault raises. Each has a stable `code` that the UI turns into words.

No message carries personal data: at most a file path of the vault itself.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base for every vault problem a user can meet."""

    code = "vault_error"


class VaultMissing(VaultError):
    """There is no vault at the path (first run, or the wrong folder)."""

    code = "vault_missing"


class VaultExists(VaultError):
    """Refused to create a vault over an existing one."""

    code = "vault_exists"


class VaultUnreadable(VaultError):
    """The file exists but cannot be read (permissions, a directory in its place)."""

    code = "vault_unreadable"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # "is_directory" | "permission" | "io"


class NotAVault(VaultError):
    """The files are not an hbdesk vault, or not this vault's, or from a newer hbdesk."""

    code = "not_a_vault"

    def __init__(self, message: str, *, reason: str = "foreign") -> None:
        super().__init__(message)
        self.reason = reason  # "foreign" | "newer_format"


class VaultDamaged(VaultError):
    """The vault is an hbdesk vault but its bytes do not check out. Nothing is changed."""

    code = "vault_damaged"

    def __init__(self, message: str, *, part: str = "database", reason: str = "pages") -> None:
        super().__init__(message)
        self.part = part  # "key_file" | "database" | "journal"
        # key file, database: "empty" | "truncated" | "checksum" | "pages" | "missing_part"
        # journal (journal.py): "missing_part" | "stale" | "foreign" | "older_database"
        # | "unverified"
        self.reason = reason


class VaultWriteFailed(VaultError):
    """Something could not be written (disk full, I/O error); what was being done is undone."""

    code = "write_failed"

    def __init__(self, message: str, *, reason: str = "change") -> None:
        super().__init__(message)
        # "change": a change was rolled back; "disk_full": no room to open the vault;
        # "io": the journal files could not be made when opening
        self.reason = reason


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"

    def __init__(self, message: str = "wrong passphrase", *, failures: int = 1) -> None:
        super().__init__(message)
        self.failures = failures


class TooManyAttempts(VaultError):
    """Another attempt is refused until `wait_seconds` have passed."""

    code = "too_many_attempts"

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(f"wait {wait_seconds:.0f} s before the next attempt")
        self.wait_seconds = wait_seconds


class WeakPassphrase(VaultError):
    code = "weak_passphrase"


class VaultLocked(VaultError):
    """The vault was locked; the key is gone until the passphrase is given again."""

    code = "vault_locked"
