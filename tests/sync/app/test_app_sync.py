"""The laptop syncing with the municipal server, in the app: enrolment, the sync panel's
honest status, every failure in words, wipe on revocation, lock when disabled.

Real `hbdesk-server` processes with real certificates (tests/sync fixtures), a real
SQLCipher vault, the domain's own service for the change, the app's controller and panel.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hbdesk.models.meta import VaultMeta
from hbdesk.server import admin
from hbdesk.services.clients import NewContact, register_contact
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault, Vault
from hbdesk.sync import app_identity, app_sync
from hbdesk.ui.enrolment_dialog import EnrolmentDialog
from hbdesk.ui.sync_controller import SyncController
from hbdesk.ui.sync_panel import SyncPanel
from tests.conftest import FAST_KDF, PASSPHRASE, fresh_vault
from tests.sync.conftest import World
from tests.sync.servers import ServerProcess, free_port, uid
from tests.sync.servers import admin_in_process as run_admin

SYNC_MS = 30_000
NO_CONNECTION = "No connection — your work is safe on this laptop."
UNTRUSTED = "The server's certificate is not the municipality's — nothing was sent."
REVOKED = "This laptop has been revoked: its data has been removed."
DISABLED = "Your account has been disabled: hbdesk is locked; unsynced work is kept."


@dataclass
class AppLaptop:
    """The app's pieces around one vault: identity, controller, panel."""

    vault: OpenVault
    folder: Path
    caseworker: str
    url: str
    qtbot: QtBot
    locked_with: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    controller: SyncController | None = None
    panel: SyncPanel | None = None

    @property
    def device_id(self) -> str:
        found = app_identity.device_id(self.vault)
        assert found is not None
        return found

    def actor(self) -> Actor:
        return Actor(user_id=self.caseworker, role="key_worker", device_id=self.device_id)

    def start_ui(self) -> None:
        def lock_app(words: str) -> None:
            self.locked_with.append(words)
            self.vault.lock()

        self.controller = SyncController(
            self.vault, lambda: self.url, lock_app=lock_app, timeout=10, actor=self.actor
        )
        self.controller.notice.connect(self.notices.append)
        self.panel = SyncPanel(self.controller)
        self.qtbot.addWidget(self.panel)
        self.panel.show()
        self.refresh()

    def refresh(self) -> None:
        """Read the status (off the UI thread) and wait until the panel shows it."""
        assert self.controller is not None
        self.controller.refresh()
        assert self.controller.wait_idle()

    def sync(self) -> None:
        assert self.controller is not None and self.panel is not None
        self.qtbot.mouseClick(self.panel.sync_button, _left())
        assert self.controller.busy
        self.qtbot.waitUntil(lambda: not self.controller.busy, timeout=SYNC_MS)  # type: ignore[union-attr]

    def add_client(self, last_name: str = "Virtanen") -> str:
        new = NewContact(
            first_name="Testi",
            last_name=last_name,
            contacted_on=dt.date(2026, 11, 2),
            channel="phone",
            described_needs="Apua arkeen",
        )
        return register_contact(self.vault, self.actor(), new).value.id


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def enrol_with_cli(laptop: AppLaptop, world: World, tmp: Path) -> None:
    """CSR exported from the app's dialog → server CLI signs → the app imports it."""
    dialog = EnrolmentDialog(laptop.vault, laptop.url)
    laptop.qtbot.addWidget(dialog)
    csr = tmp / "laptop.csr"
    dialog.export_request_to(csr)
    assert dialog.wait_idle()
    assert b"CERTIFICATE REQUEST" in csr.read_bytes()
    assert b"PRIVATE KEY" not in csr.read_bytes()
    signed = tmp / "laptop.pem"
    done = run_admin(
        world.server.home,
        "enrol",
        "--csr",
        str(csr),
        "--caseworker",
        laptop.caseworker,
        "--out",
        str(signed),
        db=world.server.db_url,
    )
    assert done.returncode == 0, done.stderr
    dialog.import_from(signed, world.ca_file)
    assert dialog.wait_idle()
    assert app_identity.state(laptop.vault).enrolled, dialog.message.text()
    assert "Enrolled as" in dialog.state_label.text()


@pytest.fixture
def make_laptop(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[World], AppLaptop]]:
    made: list[AppLaptop] = []

    def make(world: World) -> AppLaptop:
        folder = tmp_path / uid("vault")
        vault = fresh_vault(folder)
        laptop = AppLaptop(vault, folder, uid("cw"), world.server.url, qtbot)
        enrol_with_cli(laptop, world, tmp_path / uid("enrol"))
        laptop.start_ui()
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.vault.lock()


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            try:
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


# --- the tests ----------------------------------------------------------------------------


def test_enrol_change_and_sync_shows_synced(
    world: World, make_laptop: Callable[..., AppLaptop], tmp_path: Path
) -> None:
    laptop = make_laptop(world)
    panel = laptop.panel
    assert panel is not None
    laptop.add_client()
    laptop.refresh()
    assert app_sync.status(laptop.vault).unsent > 0
    assert "not yet sent" in panel.unsent.text()
    assert panel.headline.text() != "Synced"

    laptop.sync()

    assert panel.headline.text() == "Synced", panel.error.text()
    assert panel.unsent.text() == "0 changes not yet sent"
    assert panel.last_sync.text().startswith("Last synced:")
    assert panel.error.isHidden() and panel.failed.isHidden()
    assert panel.sync_button.isEnabled()
    status = app_sync.status(laptop.vault)
    assert status.synced and status.unsent == 0
    # No client name anywhere in the panel.
    assert "Virtanen" not in " ".join(w.text() for w in panel.findChildren(type(panel.headline)))


def test_server_stopped_keeps_work_and_says_no_connection(
    own_server: Callable[..., World], make_laptop: Callable[..., AppLaptop]
) -> None:
    world = own_server()
    laptop = make_laptop(world)
    panel = laptop.panel
    assert panel is not None
    laptop.add_client()
    world.server.stop()

    laptop.sync()

    assert panel.error.text() == NO_CONNECTION
    assert not panel.error.isHidden()
    unsent = app_sync.status(laptop.vault).unsent
    assert unsent > 0
    assert panel.unsent.text() == f"{unsent} changes not yet sent"
    assert panel.headline.text() != "Synced"
    assert laptop.locked_with == [] and not laptop.vault.locked


def test_server_certificate_from_another_ca_sends_nothing(
    world: World, make_laptop: Callable[..., AppLaptop], tmp_path: Path
) -> None:
    laptop = make_laptop(world)
    other_home = tmp_path / "other-server"
    for args in (["init-ca"], ["issue-server-cert", "--host", "localhost"]):
        assert run_admin(other_home, *args).returncode == 0
    other = ServerProcess(other_home, str(tmp_path / "other.sqlite3")).start()
    try:
        laptop.url = other.url
        laptop.add_client()
        before = app_sync.status(laptop.vault).unsent
        laptop.sync()
    finally:
        other.stop()
    assert laptop.panel is not None
    assert laptop.panel.error.text() == UNTRUSTED
    assert app_sync.status(laptop.vault).unsent == before  # nothing was sent
    assert not laptop.vault.locked


def test_revoked_laptop_is_wiped_and_told(
    world: World, make_laptop: Callable[..., AppLaptop], app_folders: Path
) -> None:
    laptop = make_laptop(world)
    laptop.add_client()
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "hbdesk"
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "preview.tmp").write_bytes(b"leftover")
    assert (laptop.folder / "hbdesk.db").exists() and (laptop.folder / "hbdesk.key").exists()
    admin.revoke_device(world.engine, laptop.device_id)

    laptop.sync()

    assert laptop.locked_with == [REVOKED]
    assert laptop.vault.locked
    for name in ("hbdesk.db", "hbdesk.db-wal", "hbdesk.db-shm", "hbdesk.key", "hbdesk.state"):
        assert not (laptop.folder / name).exists(), name
    assert not laptop.folder.exists()
    assert not cache.exists()
    assert laptop.panel is not None
    assert laptop.panel.error.text() == REVOKED
    assert not laptop.panel.sync_button.isEnabled()


def test_disabled_caseworker_is_locked_and_the_vault_kept(
    world: World, make_laptop: Callable[..., AppLaptop]
) -> None:
    laptop = make_laptop(world)
    laptop.add_client()
    unsent = app_sync.status(laptop.vault).unsent
    admin.set_caseworker_disabled(world.engine, laptop.caseworker)

    laptop.sync()

    assert laptop.locked_with == [DISABLED]
    assert laptop.vault.locked
    assert (laptop.folder / "hbdesk.db").exists() and (laptop.folder / "hbdesk.key").exists()
    assert laptop.panel is not None and laptop.panel.error.text() == DISABLED
    reopened = Vault(laptop.folder, kdf=FAST_KDF).open(PASSPHRASE)
    try:
        assert app_sync.status(reopened).unsent == unsent  # unsynced work kept for recovery
    finally:
        reopened.lock()


def test_device_key_is_never_on_disk_in_plaintext(
    world: World, make_laptop: Callable[..., AppLaptop], app_folders: Path, tmp_path: Path
) -> None:
    laptop = make_laptop(world)
    laptop.add_client()
    laptop.sync()
    assert laptop.panel is not None and laptop.panel.headline.text() == "Synced"
    with laptop.vault.session() as s:
        row = s.get(VaultMeta, app_identity.DEVICE_KEY)
        assert row is not None and "PRIVATE KEY" in row.value  # in the encrypted database
    for root in (laptop.folder, app_folders, tmp_path / "tmp"):
        assert _files_containing(root, b"PRIVATE KEY") == [], root
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    assert not any(runtime.rglob("*.key"))


def test_import_refuses_a_certificate_of_another_laptop(
    world: World, qtbot: QtBot, tmp_path: Path
) -> None:
    vault = Vault(tmp_path / "v", kdf=FAST_KDF).create(PASSPHRASE)
    try:
        dialog = EnrolmentDialog(vault, None)
        qtbot.addWidget(dialog)
        dialog.export_request_to(tmp_path / "mine.csr")
        assert dialog.wait_idle()
        from hbdesk.protocol import pki

        _, other_csr = pki.make_device_csr(uid("dev"))
        other = pki.sign_device_csr(world.ca, other_csr)
        (tmp_path / "other.pem").write_bytes(pki.cert_pem(other))
        dialog.import_from(tmp_path / "other.pem", world.ca_file)
        assert dialog.wait_idle()
        assert dialog.message.text() == "This certificate was made for another laptop or request."
        assert not app_identity.state(vault).enrolled
    finally:
        vault.lock()


def test_no_server_address_or_enrolment_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    vault = Vault(tmp_path / "v", kdf=FAST_KDF).create(PASSPHRASE)
    try:
        controller = SyncController(
            vault, lambda: f"https://localhost:{free_port()}", lock_app=lambda _w: None
        )
        panel = SyncPanel(controller)
        qtbot.addWidget(panel)
        controller.sync_now()
        qtbot.waitUntil(lambda: not controller.busy, timeout=SYNC_MS)
        assert panel.error.text().startswith("This laptop is not enrolled yet")
    finally:
        vault.lock()


def test_pulled_catalogue_is_taken_into_the_vault(
    world: World, make_laptop: Callable[..., AppLaptop]
) -> None:
    from hbdesk.services import reference
    from hbdesk.services.catalogue import search_catalogue

    laptop = make_laptop(world)
    kind = "catalogue"
    code = uid("K")[:20]
    admin.load_reference(
        world.engine,
        kind,
        {
            "published_on": "2027-01-01",
            "note": "kunnan hinnasto",
            "items": [
                {
                    "code": code,
                    "name": "Uimahallin sarjakortti 10 krt",
                    "category": "sports",
                    "service_area": "social_welfare",
                    "unit": "card",
                    "unit_price": "45.00",
                    "provider": "Kaupungin liikuntapalvelut",
                    "valid_from": "2027-01-01",
                }
            ],
        },
    )
    laptop.sync()
    assert laptop.panel is not None and laptop.panel.headline.text() == "Synced"
    assert laptop.notices == [
        "The municipality's new price catalogue is now in use. Budgets "
        "made earlier keep the prices they were made with."
    ]
    found = search_catalogue(laptop.vault, laptop.actor(), "Uimahallin", on=dt.date(2027, 2, 1))
    assert [item.code for item in found] == [code]
    assert str(found[0].unit_price) == "45.00"
    laptop.sync()  # the same catalogue again: taken once, nothing said
    assert len(laptop.notices) == 1
    assert reference.take_pulled_catalogue(laptop.vault, laptop.actor()) is None
    assert app_sync.status(laptop.vault).unsent == 0  # reference data never goes back up


def test_a_broken_catalogue_is_refused_and_the_old_one_kept(
    world: World, make_laptop: Callable[..., AppLaptop]
) -> None:
    from hbdesk.services.catalogue import search_catalogue

    laptop = make_laptop(world)
    good, bad = uid("K")[:20], uid("K")[:20]
    item = {
        "code": good,
        "name": "Kuntosalikortti",
        "category": "sports",
        "service_area": "social_welfare",
        "unit": "month",
        "unit_price": "30.00",
        "provider": "Liikuntapalvelut",
        "valid_from": "2027-01-01",
    }
    admin.load_reference(world.engine, "catalogue", {"items": [item]})
    laptop.sync()
    admin.load_reference(
        world.engine, "catalogue", {"items": [{**item, "code": bad, "unit_price": "kolmekymmentä"}]}
    )
    laptop.sync()
    assert laptop.panel is not None and laptop.panel.headline.text() == "Synced"
    assert "could not be taken into use" in laptop.notices[-1]
    found = search_catalogue(laptop.vault, laptop.actor(), "Kuntosali", on=dt.date(2027, 2, 1))
    assert [i.code for i in found] == [good]


def test_without_memory_files_the_key_files_are_removed_at_once(
    world: World,
    make_laptop: Callable[..., AppLaptop],
    app_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Platforms without memfd: a 0700 folder in the runtime folder, emptied right away."""
    made: list[Path] = []
    private = app_identity._private_files

    @contextlib.contextmanager
    def recording(items: dict[str, bytes]) -> Iterator[dict[str, Path]]:
        with private(items) as files:
            folder = files["device.key"].parent
            assert oct(folder.stat().st_mode & 0o777) == "0o700"
            assert b"PRIVATE KEY" in files["device.key"].read_bytes()
            made.append(folder)
            yield files

    monkeypatch.setattr(app_identity, "key_material_files", recording)
    laptop = make_laptop(world)
    laptop.add_client()
    laptop.sync()
    assert laptop.panel is not None and laptop.panel.headline.text() == "Synced"
    assert made and all(not folder.exists() for folder in made)
    assert made[0].is_relative_to(Path(os.environ["XDG_RUNTIME_DIR"]))
    assert _files_containing(app_folders, b"PRIVATE KEY") == []


def test_refused_changes_are_listed_with_their_reason(
    world: World, make_laptop: Callable[..., AppLaptop]
) -> None:
    laptop = make_laptop(world)
    client_id = laptop.add_client()
    admin.assign_client(world.engine, client_id, uid("other-cw"))  # not this caseworker's

    laptop.sync()

    panel = laptop.panel
    assert panel is not None
    assert panel.headline.text() == "Some changes were not accepted"
    assert not panel.failed.isHidden() and panel.failed.count() > 0
    texts = [panel.failed.item(i).text() for i in range(panel.failed.count())]
    assert all(t.endswith("the client is not in your caseload on the server") for t in texts)
    assert all("Virtanen" not in t and "Testi" not in t for t in texts)
    status = app_sync.status(laptop.vault)
    assert not status.synced and status.failed


def test_server_address_setting_accepts_https_only() -> None:
    from hbdesk import settings

    assert (
        settings.from_dict({"sync_server_url": "https://sync.kunta.fi"}).sync_server_url
        == "https://sync.kunta.fi"
    )
    for bad in ("http://sync.kunta.fi", "https://a b", 5):
        assert settings.from_dict({"sync_server_url": bad}).sync_server_url is None
    assert settings.Settings().sync_timeout_seconds == 30


CODES = (
    "server_cert_untrusted",
    "server_cert_wrong_host",
    "server_cert_expired",
    "server_cert_not_yet_valid",
    "server_busy",
    "refused_certificate",
    "no_connection",
    "device_revoked",
    "caseworker_disabled",
    "clock_skew",
    "request_refused",
    "server_error",
    "not_enrolled",
    "no_server",
    "unexpected",
)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", "Ei yhteyttä — työsi on tallessa tällä kannettavalla."),
        ("sv", "Ingen anslutning — ditt arbete är tryggt på den här datorn."),
        ("en", NO_CONNECTION),
    ],
)
def test_every_failure_has_its_own_words_in_each_language(
    qapp: object, language: str, words: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    from hbdesk.ui import translations
    from hbdesk.ui.sync_controller import error_text

    app = QCoreApplication.instance()
    assert app is not None
    installed = translations.install(app, language)
    try:
        texts = [error_text(code) for code in CODES]
        assert error_text("no_connection") == words
        assert len(set(texts)) == len(CODES) and all(texts)
        assert error_text("request_refused", "clock_skew") == error_text("clock_skew")
    finally:
        translations.uninstall(app, installed)


def test_work_done_before_enrolment_is_sent_as_this_device(
    world: World, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    vault = Vault(folder, kdf=FAST_KDF).create(PASSPHRASE)
    laptop = AppLaptop(vault, folder, uid("cw"), world.server.url, qtbot)
    try:
        before = Actor(user_id=laptop.caseworker, role="key_worker", device_id="hostname-1")
        register_contact(
            vault,
            before,
            NewContact(
                first_name="Testi",
                last_name="Aiempi",
                contacted_on=dt.date(2026, 11, 1),
                channel="office",
                described_needs="Apua",
            ),
        )
        enrol_with_cli(laptop, world, tmp_path / "enrol")
        laptop.start_ui()
        laptop.sync()
        assert laptop.panel is not None
        assert laptop.panel.headline.text() == "Synced", laptop.panel.failed.count()
    finally:
        vault.lock()


def test_panel_and_dialog_controls_are_named_and_the_address_must_be_https(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton

    vault = Vault(tmp_path / "v", kdf=FAST_KDF).create(PASSPHRASE)
    try:
        controller = SyncController(vault, lambda: None, lock_app=lambda _w: None)
        panel = SyncPanel(controller)
        dialog = EnrolmentDialog(vault, None)
        for widget in (panel, dialog):
            qtbot.addWidget(widget)
            for kind in (QPushButton, QLineEdit, QListWidget, QProgressBar):
                for child in widget.findChildren(kind):
                    assert child.accessibleName(), (type(widget).__name__, kind.__name__)
        # A label is heard by its text; what it is for is its description (never a name that
        # would hide the text from a screen reader).
        assert all(
            label.accessibleDescription() and not label.accessibleName()
            for label in panel.findChildren(QLabel)
        )
        assert panel.headline.text() == "Not synced yet" and panel.progress.isHidden()

        chosen: list[str] = []
        dialog.server_url_changed.connect(chosen.append)
        dialog.url.setText("http://sync.kunta.fi")
        dialog.save_button.click()
        assert chosen == [] and "https://" in dialog.message.text()
        dialog.url.setText("https://sync.kunta.fi")
        dialog.save_button.click()
        assert chosen == ["https://sync.kunta.fi"]
        assert dialog.wait_idle()
        assert dialog.state_label.text() == "Not enrolled."
    finally:
        vault.lock()


def test_pulled_questionnaire_is_taken_and_a_broken_one_refused(
    own_server: Callable[..., World], make_laptop: Callable[..., AppLaptop]
) -> None:
    from hbdesk.services import selfassessment

    world = own_server()  # its own server: other laptops must not pull this questionnaire
    laptop = make_laptop(world)
    q_id = uid("q")[:36]
    good = {
        "id": q_id,
        "code": "hb_seuranta",
        "version": 1,
        "title_fi": "Kunnan lomake",
        "domains": [
            {
                "code": "overall_situation",
                "title_fi": "Kokonaistilanne",
                "items": [
                    {
                        "id": uid("i")[:36],
                        "code": "overall_1",
                        "text_fi": "Millainen on elämäsi kokonaistilanne?",
                    }
                ],
            }
        ],
    }
    broken = {**good, "id": uid("q")[:36], "version": 2, "domains": []}
    admin.load_reference(world.engine, "questionnaire", {"questionnaires": [good]})
    laptop.sync()
    assert laptop.notices == [
        "The municipality's new self-assessment questionnaire is now in "
        "use. Answers given earlier keep the questions they were given to."
    ]
    view = selfassessment.questionnaire(laptop.vault, laptop.actor())
    assert view.questionnaire.id == q_id
    assert [i.text_fi for i in view.items] == ["Millainen on elämäsi kokonaistilanne?"]

    admin.load_reference(world.engine, "questionnaire", {"questionnaires": [good, broken]})
    laptop.sync()
    assert laptop.panel is not None and laptop.panel.headline.text() == "Synced"
    assert laptop.notices[-1].startswith(
        "The municipality's new self-assessment questionnaire could not be taken into use"
    )
    assert selfassessment.questionnaire(laptop.vault, laptop.actor()).questionnaire.id == q_id


def test_a_running_sync_can_be_stopped_and_nothing_is_lost(
    world: World, make_laptop: Callable[..., AppLaptop]
) -> None:
    laptop = make_laptop(world)
    laptop.add_client()
    controller, panel = laptop.controller, laptop.panel
    assert controller is not None and panel is not None
    controller.sync_now()
    assert panel.stop_button.isVisible()
    panel.stop_button.click()  # at once: the sync stops at its next safe point
    laptop.qtbot.waitUntil(lambda: not controller.busy, timeout=SYNC_MS)
    assert laptop.notices == ["Sync stopped. What was received so far is kept."]
    assert panel.headline.text() != "Synced" and panel.stop_button.isHidden()
    laptop.sync()  # the next sync goes through
    assert panel.headline.text() == "Synced"


def test_the_first_sync_after_an_unlock_compiles_none_of_its_own_statements(
    world: World, make_laptop: Callable[..., AppLaptop]
) -> None:
    """The sync's reads and writes of the outbox and of field versions hold placeholders only
    (hbdesk/store/shapes.py): the engine made at the unlock finds them compiled."""
    from hbdesk.app import sync as app_sync_run
    from hbdesk.services.clients import add_note
    from tests.store.test_compiled_shapes import _compiles

    laptop = make_laptop(world)
    client = laptop.add_client()
    app_sync_run.sync(laptop.vault, laptop.url, laptop.actor(), timeout=20)
    laptop.vault.lock()

    laptop.vault = Vault(laptop.folder, kdf=FAST_KDF).open(PASSPHRASE)
    add_note(laptop.vault, laptop.actor(), client, "Soitto.", "key_worker")
    compiled, hits = _compiles(laptop.vault)
    done = app_sync_run.sync(laptop.vault, laptop.url, laptop.actor(), timeout=20).value

    assert done.report.sent >= 2  # the note and the view logged
    sync_own = [s for s in hits + compiled if "outbox" in s or "field_versions" in s]
    assert len(sync_own) >= 5, hits + compiled
    assert [s for s in compiled if "outbox" in s or "field_versions" in s] == []
