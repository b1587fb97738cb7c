"""The lock screen: the right passphrase opens, a wrong one says so and opens nothing."""

from __future__ import annotations

from hbdesk.ui.unlock_page import UnlockPage
from tests.conftest import PASSPHRASE
from tests.ui.conftest import try_unlock, unlock


def test_a_vault_folder_shows_the_lock_screen_not_the_create_page(make_shell, existing_vault):
    shell = make_shell(existing_vault)
    assert shell.lock_window.isVisible()
    assert shell.lock_window.mode == "unlock"
    assert not shell.lock_window.create_page.isVisible()
    assert str(existing_vault) in shell.lock_window.unlock_page.folder.text().replace("\u200b", "")
    assert not shell.lock_window.unlock_page.hint.isVisible()  # no demo hint for a real vault


def test_the_right_passphrase_opens_the_main_window(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    assert shell.main_window is not None and shell.main_window.isVisible()
    assert not shell.lock_window.isVisible()
    assert shell.lock_window.unlock_page.passphrase.text() == ""


def test_a_wrong_passphrase_says_so_and_opens_nothing(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    page: UnlockPage = shell.lock_window.unlock_page
    assert try_unlock(qtbot, shell, "not the right passphrase") == "wrong_passphrase"
    assert page.message.isVisible()
    assert "passphrase is not correct" in page.message.text()
    assert "Traceback" not in page.message.text()
    assert shell.main_window is None and shell.open_vault is None
    assert shell.lock_window.isVisible() and shell.lock_window.mode == "unlock"
    assert page.unlock_button.isEnabled()  # the first wrong attempts cost no wait
    # The typed text stays selected, ready to be typed over.
    assert page.passphrase.selectedText() == "not the right passphrase"


def test_repeated_wrong_passphrases_make_the_user_wait(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    page = shell.lock_window.unlock_page
    for _ in range(3):
        assert try_unlock(qtbot, shell, "still not right") == "wrong_passphrase"
    # After the third failure the store wants a pause: the button is off, the wait is shown.
    assert page.waiting
    assert not page.unlock_button.isEnabled()
    assert "try again in" in page.message.text()
    assert "passphrase is not correct" in page.message.text()
    page.passphrase.setText("another guess")
    page.unlock_button.click()  # disabled: nothing happens
    page._on_submit()  # pressing Enter in the field: refused too while waiting
    assert not shell.busy and shell.open_vault is None


def test_the_store_refusing_an_attempt_shows_the_wait(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    page = shell.lock_window.unlock_page
    for _ in range(3):
        try_unlock(qtbot, shell, "still not right")
    page._countdown.stop()  # as if the user pressed before the page's own wait is over
    page._update_button()
    assert try_unlock(qtbot, shell, "still not right") == "too_many_attempts"
    assert page.waiting and not page.unlock_button.isEnabled()
    assert "Too many wrong attempts" in page.message.text()


def test_an_empty_passphrase_is_not_tried(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    page = shell.lock_window.unlock_page
    page.unlock_button.click()
    assert not shell.busy
    assert "Type your passphrase" in page.message.text()


def test_no_memory_for_the_key_says_so_and_what_to_do(
    qtbot, make_shell, existing_vault, monkeypatch
):
    """Argon2id asks for 128 MiB at once: on a laptop short of memory the lock screen says
    that, and what to do, not "something unexpected" with an error code. Nothing opens, no
    wrong attempt is counted, and the next try with memory opens the vault."""
    from hbdesk.store import keys

    shell = make_shell(existing_vault)
    page: UnlockPage = shell.lock_window.unlock_page

    def no_memory(passphrase, salt, params):
        raise MemoryError("Argon2id could not allocate its memory")

    with monkeypatch.context() as short:
        short.setattr(keys, "derive_kek", no_memory)
        assert try_unlock(qtbot, shell, PASSPHRASE) == "out_of_memory"
    assert "not enough free memory" in page.message.text()
    assert "Close other programs" in page.message.text()
    assert "MemoryError" not in page.message.text() and "Traceback" not in page.message.text()
    assert shell.main_window is None and shell.open_vault is None
    assert page.unlock_button.isEnabled()
    assert page.passphrase.text() == PASSPHRASE  # kept: the user tries again as it is
    unlock(qtbot, shell)
    assert shell.main_window is not None
