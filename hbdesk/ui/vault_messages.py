"""What each vault error means to the user, and what to do, in the user's language.

The store raises errors with a stable `code` (hbdesk.store.errors); this module is the one
place that turns them into words. It does not import the store (the lock screen comes up
before the store is loaded), so it reads the codes and attributes by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


@dataclass(frozen=True)
class VaultProblem:
    """A message for the lock or create page: what happened and what to do."""

    code: str
    what: str
    advice: str = ""
    # Is a mistyped passphrase the likely cause, so that typing it again may help?
    passphrase_related: bool = False
    # The store lets the user open anyway after being told (a journal problem only).
    can_open_anyway: bool = False


def describe(exc: BaseException) -> VaultProblem:
    """The user's words for an error from opening or creating a vault."""
    code = getattr(exc, "code", None)
    if code == "wrong_passphrase":
        return _wrong_passphrase(getattr(exc, "failures", 1))
    if code == "too_many_attempts":
        return VaultProblem(
            code, too_many_attempts_text(getattr(exc, "wait_seconds", 0)), passphrase_related=True
        )
    if code == "vault_damaged":
        return _damaged(getattr(exc, "part", "database"), getattr(exc, "reason", "pages"))
    if code == "not_a_vault":
        return _not_a_vault(getattr(exc, "reason", "foreign"))
    if code == "vault_unreadable":
        return _unreadable(getattr(exc, "reason", "io"))
    if code == "write_failed":
        return _write_failed(getattr(exc, "reason", "change"))
    if code == "draft_too_long":
        return draft_too_long(getattr(exc, "details", {}).get("max_chars", 1_000_000))
    if isinstance(code, str) and code in _SIMPLE:
        return _SIMPLE[code]()
    if isinstance(exc, PermissionError):
        return VaultProblem(
            "permission",
            translate("VaultMessages", "hbdesk has no permission to use the vault folder."),
            _contact_it(),
        )
    if isinstance(exc, OSError):
        return VaultProblem(
            "os_error",
            translate(
                "VaultMessages", "The vault folder cannot be used: the system reported an error."
            ),
            _contact_it(),
        )
    if isinstance(exc, MemoryError):  # Argon2id takes 128 MiB at once (store/keys.py)
        return VaultProblem(
            "out_of_memory",
            translate("VaultMessages", "There is not enough free memory on this computer now."),
            translate("VaultMessages", "Close other programs and try again."),
        )
    return unexpected(exc)


def unexpected(exc: BaseException) -> VaultProblem:
    """A bug or an unforeseen fault: no traceback, just a code for IT support."""
    return VaultProblem(
        "unexpected",
        translate(
            "VaultMessages",
            "Something unexpected went wrong. The vault's files have not been changed.",
        ),
        translate(
            "VaultMessages",
            "Try again. If it happens again, contact your IT support "
            "and give them this error code: %1",
        ).replace("%1", type(exc).__name__),
    )


def draft_too_long(max_chars: int) -> VaultProblem:
    """A draft over the limit: said with the limit, and that the earlier text is kept."""
    limit = QLocale().toString(max_chars)
    return VaultProblem(
        "draft_too_long",
        translate(
            "VaultMessages",
            "The text is too long to be saved (at most %1 characters). Shorten it; what was "
            "saved of it earlier is kept.",
        ).replace("%1", limit),
    )


def too_many_attempts_text(wait_seconds: float) -> str:
    seconds = max(1, round(wait_seconds))
    return translate(
        "VaultMessages", "Too many wrong attempts. You can try again in %1 s."
    ).replace("%1", str(seconds))


def _vault_missing() -> VaultProblem:
    return VaultProblem(
        "vault_missing",
        translate("VaultMessages", "The vault's files were not found in its folder."),
        translate(
            "VaultMessages",
            "hbdesk has not created a new vault in their place. Check that the "
            "disk or folder is available, or contact your IT support.",
        ),
    )


def _vault_exists() -> VaultProblem:
    return VaultProblem(
        "vault_exists",
        translate(
            "VaultMessages",
            "The folder already contains other files, so no vault was created there.",
        ),
        translate(
            "VaultMessages", "Choose an empty folder for the vault, or contact your IT support."
        ),
    )


def _weak_passphrase() -> VaultProblem:
    return VaultProblem(
        "weak_passphrase",
        translate("VaultMessages", "The passphrase is too short: use at least 10 characters."),
        passphrase_related=True,
    )


def _write_failed(reason: str = "change") -> VaultProblem:
    if reason == "disk_full":  # at unlock: our own file could not be written
        what = translate("VaultMessages", "The vault cannot be opened: the disk is full.")
    elif reason == "io":  # at unlock: SQLite could not make its journal files
        what = translate(
            "VaultMessages",
            "The vault cannot be opened: writing to the disk failed, most likely "
            "because the disk is full.",
        )
    else:
        what = translate(
            "VaultMessages",
            "The vault could not be written; the disk may be full. Nothing was saved.",
        )
    advice = translate("VaultMessages", "Free some disk space and try again.")
    if reason != "change":
        advice += " " + translate("VaultMessages", "The vault's files have not been changed.")
    return VaultProblem("write_failed", what, advice)


def _vault_locked() -> VaultProblem:
    return VaultProblem("vault_locked", translate("VaultMessages", "The vault is locked."))


_SIMPLE = {
    "vault_missing": _vault_missing,
    "vault_exists": _vault_exists,
    "weak_passphrase": _weak_passphrase,
    "vault_locked": _vault_locked,
}


def _wrong_passphrase(failures: int) -> VaultProblem:
    advice = translate("VaultMessages", "Check Caps Lock and the keyboard layout.")
    if failures >= 3:
        advice += " " + translate(
            "VaultMessages", "After each further wrong attempt the wait before the next one grows."
        )
    return VaultProblem(
        "wrong_passphrase",
        translate("VaultMessages", "The passphrase is not correct."),
        advice,
        passphrase_related=True,
    )


def _damaged(part: str, reason: str) -> VaultProblem:
    if part == "journal":
        return _journal(reason)
    key_file = part == "key_file"
    if reason == "missing_part" and key_file:
        what = translate(
            "VaultMessages", "The vault's key file is missing, although its database is there."
        )
    elif reason == "missing_part":
        what = translate(
            "VaultMessages", "The vault's database file is missing, although its key file is there."
        )
    elif reason == "empty" and key_file:
        what = translate("VaultMessages", "The vault's key file is empty.")
    elif reason == "empty":
        what = translate("VaultMessages", "The vault's database file is empty.")
    elif reason == "truncated" and key_file:
        what = translate("VaultMessages", "The vault's key file has been cut short.")
    elif reason == "truncated":
        what = translate("VaultMessages", "The vault's database file has been cut short.")
    elif key_file:
        what = translate(
            "VaultMessages", "The vault's key file is damaged: its checksum does not match."
        )
    else:
        what = translate("VaultMessages", "The vault's database file is damaged.")
    advice = translate(
        "VaultMessages",
        "hbdesk has not changed or replaced the files; do not delete them. "
        "Contact your IT support: your data can be restored from the municipality's sync "
        "server, and the damaged files may still be needed.",
    )
    return VaultProblem("vault_damaged", what, advice)


def _journal(reason: str) -> VaultProblem:
    """The write-ahead journal is missing, or does not fit the database (store: journal.py)."""
    if reason == "missing_part":
        what = translate(
            "VaultMessages",
            "hbdesk was not closed properly last time, and the "
            "journal of its latest changes has disappeared since.",
        )
        advice = translate(
            "VaultMessages",
            "The changes made just before the interruption may "
            "be lost. You can open the vault anyway, or first ask your IT "
            "support; nothing is changed until you choose.",
        )
        return VaultProblem("vault_damaged", what, advice, can_open_anyway=True)
    if reason == "stale":
        what = translate(
            "VaultMessages",
            "The vault folder holds a journal of this vault that is older than its database. "
            "Using it would undo later changes, so hbdesk has not used it.",
        )
        advice = translate(
            "VaultMessages",
            "If you open the vault anyway, that journal file is set aside (renamed, not "
            "deleted) and the vault opens as its database is. You can also ask your IT "
            "support first; nothing is changed until you choose.",
        )
    elif reason == "older_database":
        what = translate(
            "VaultMessages",
            "The vault's database file is older than its journal shows: it may have been "
            "replaced with an older copy.",
        )
        advice = translate(
            "VaultMessages",
            "If you open the vault anyway, it opens with the older database, and a journal "
            "file that does not fit it is set aside (renamed, not deleted). Changes made "
            "after that copy are then not in the vault. You can also ask your IT support "
            "first; nothing is changed until you choose.",
        )
    elif reason == "unverified":
        what = translate(
            "VaultMessages",
            "hbdesk cannot check the vault's journal: the record it keeps of it is missing "
            "or has been changed.",
        )
        advice = translate(
            "VaultMessages",
            "If you open the vault anyway, it opens as its files are now. You can also ask "
            "your IT support first; nothing is changed until you choose.",
        )
    else:
        what = translate(
            "VaultMessages",
            "A journal file that does not belong to this vault is in the vault folder.",
        )
        advice = translate(
            "VaultMessages",
            "If you open the vault anyway, that file is set aside "
            "(renamed, not deleted). You can also ask your IT support "
            "first; nothing is changed until you choose.",
        )
    return VaultProblem("vault_damaged", what, advice, can_open_anyway=True)


def _not_a_vault(reason: str) -> VaultProblem:
    if reason == "newer_format":
        return VaultProblem(
            "not_a_vault",
            translate("VaultMessages", "This vault was made by a newer version of hbdesk."),
            translate(
                "VaultMessages",
                "Install the newest hbdesk (ask your IT support). The vault has not been changed.",
            ),
        )
    return VaultProblem(
        "not_a_vault",
        translate(
            "VaultMessages",
            "The files in the vault folder are not an hbdesk vault, or they belong "
            "to different vaults.",
        ),
        translate(
            "VaultMessages",
            "hbdesk has not changed them. Check the vault folder, or contact your IT support.",
        ),
    )


def _unreadable(reason: str) -> VaultProblem:
    if reason == "is_directory":
        what = translate(
            "VaultMessages", "A folder stands where one of the vault's files should be."
        )
    elif reason == "permission":
        what = translate(
            "VaultMessages", "hbdesk has no permission to read and write the vault's files."
        )
    else:
        what = translate(
            "VaultMessages", "The vault's files cannot be read: the disk reported an error."
        )
    advice = translate("VaultMessages", "Nothing was changed.") + " " + _contact_it()
    return VaultProblem("vault_unreadable", what, advice)


def _contact_it() -> str:
    return translate("VaultMessages", "Contact your IT support.")
