"""The desktop always shows the sync state (in the status area, the panel one click away), and
it follows every change a service makes."""

from __future__ import annotations

import datetime as dt

import pytest

from hbdesk.services.clients import NewContact, register_contact
from tests.ui.conftest import unlock


def test_the_sync_panel_is_in_view_and_counts_unsent_changes(qtbot, make_shell, existing_vault):
    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    window = shell.main_window
    panel = window.sync_dock.widget()
    button = window.status.button_for(window.sync_dock)
    assert button.isVisible() and not window.sync_dock.isVisible()  # folded into the status
    button.click()
    assert window.sync_dock.isVisible() and button.isChecked()
    assert panel.sync_button.isEnabled()
    qtbot.waitUntil(lambda: shell.sync.view is not None, timeout=5000)  # read off the UI thread
    before = shell.sync.view.unsent

    ctx = window.ctx
    ctx.runner.call(
        register_contact,
        ctx.vault,
        ctx.actor,
        NewContact(
            first_name="Iida",
            last_name="Kokeilu",
            contacted_on=dt.date(2026, 11, 20),
            channel="phone",
            described_needs="Apua arkeen.",
        ),
    )
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: shell.sync.view.unsent > before, timeout=5000)
    # Never "synced" while work waits to be sent; the count is in words on screen.
    assert not shell.sync.view.synced and panel.headline.text() == shell.sync.view.headline
    assert str(shell.sync.view.unsent) in panel.unsent.text()
    assert panel.headline.text() == panel.unsent.text() and panel.unsent.isHidden()  # said once
    assert shell.sync.view.headline in button.text()  # the state, even with the panel folded
    assert window.enrol_action.isEnabled()


def test_the_language_chosen_in_the_menu_is_remembered(qtbot, make_shell, existing_vault, tmp_path):
    from hbdesk import settings as app_settings

    path = tmp_path / "settings.json"
    shell = make_shell(existing_vault, settings_path=path)
    unlock(qtbot, shell)
    window = shell.main_window
    assert window.language_actions["fi"].isChecked() or window.ctx.lang != "fi"
    window.language_actions["sv"].trigger()
    assert app_settings.load(path).language == "sv"
    assert window.language_actions["sv"].isChecked()
    assert window.statusBar().currentMessage()  # says when the change takes effect


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "fi",
            {
                "sync": "Synkronointi: %s",
                "synced": "Synkronoitu, %s",
                1: ("1 muutos lähettämättä", "1 ratkaistava ristiriita"),
                5: ("5 muutosta lähettämättä", "5 ratkaistavaa ristiriitaa"),
            },
        ),
        (
            "sv",
            {
                "sync": "Synkronisering: %s",
                "synced": "Synkroniserad, %s",
                1: ("1 ändring har inte skickats", "1 konflikt att avgöra"),
                5: ("5 ändringar har inte skickats", "5 konflikter att avgöra"),
            },
        ),
        (
            "en",
            {
                "sync": "Sync: %s",
                "synced": "Synced, %s",
                1: ("1 change not yet sent", "1 conflict to settle"),
                5: ("5 changes not yet sent", "5 conflicts to settle"),
            },
        ),
    ],
)
def test_the_status_bar_counts_changes_and_conflicts_in_the_languages_own_plural(
    qtbot, qapp, make_shell, existing_vault, monkeypatch, lang, words
):
    from hbdesk.app import sync as app_sync
    from hbdesk.sync.app_sync import SyncStatus
    from hbdesk.ui import translations

    shell = make_shell(existing_vault)
    unlock(qtbot, shell)
    window = shell.main_window
    panel = window.sync_dock.widget()
    button = window.status.button_for(window.sync_dock)
    qtbot.waitUntil(lambda: shell.sync.view is not None, timeout=5000)
    assert shell.sync.wait_idle()

    def status_says(status: app_sync.Status) -> None:  # what the vault answers, as read
        monkeypatch.setattr(app_sync, "status", lambda vault: status)
        shell.sync.refresh()
        assert shell.sync.wait_idle()

    installed = translations.install(qapp, lang)
    try:
        for n in (1, 5):
            unsent, conflicts = words[n]
            status_says(app_sync.Status(SyncStatus(unsent=n)))
            assert panel.headline.text() == unsent
            assert button.text() == words["sync"] % unsent
            clean = SyncStatus(unsent=0, pull_clean=True)
            status_says(app_sync.Status(clean, conflicts=n))
            assert panel.headline.text() == words["synced"] % conflicts
            assert button.text() == words["sync"] % (words["synced"] % conflicts)
    finally:
        translations.uninstall(qapp, installed)


def test_failed_changes_made_in_one_minute_are_told_apart() -> None:
    """The sync panel names a change by 8 characters of its id: the random ones. A UUIDv7's
    first 8 are the time, the same for everything made in the same minute."""
    from hbdesk.models.ids import new_id
    from hbdesk.sync.app_sync import FailedItem, SyncStatus
    from hbdesk.ui.sync_controller import view_of

    ids = [new_id() for _ in range(3)]
    while len({i[:8] for i in ids}) != 1:  # made across a minute's edge: again
        ids = [new_id() for _ in range(3)]
    items = [FailedItem(op_id=i, entity="notes", reason="invalid_value") for i in ids]
    view = view_of(SyncStatus(unsent=0, failed=items[:2], not_applied=items[2:]))
    assert len(view.failed) == 3 and len(set(view.failed)) == 3, view.failed
    for op_id, line in zip(ids, view.failed, strict=True):
        assert op_id[-8:] in line
