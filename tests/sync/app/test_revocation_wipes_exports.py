"""A revoked laptop's wipe also removes the documents and data exports hbdesk wrote.

Through the real path: the app writes a client's data export (PDF and JSON) and a plan of
another client into the user's Documents folder; the municipal server revokes the device;
the laptop syncs from its panel; the exports are gone. A file hbdesk did not write, and an
export the person since replaced with their own file, stay.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hbdesk.pdf.documents import Organisation
from hbdesk.server import admin
from hbdesk.services import documents
from tests.sync.app.test_app_sync import REVOKED, AppLaptop, make_laptop  # noqa: F401
from tests.sync.conftest import World

ORG = Organisation("Testialueen hyvinvointialue", "PL 1, 99999 Testilä")


def test_the_wipe_removes_the_exports_the_app_wrote_and_nothing_else(
    world: World,
    make_laptop: Callable[..., AppLaptop],  # noqa: F811 (the fixture, imported)
    app_folders: Path,
) -> None:
    laptop = make_laptop(world)
    first, second = laptop.add_client("Vientinen"), laptop.add_client("Toinen")
    docs = app_folders / "Documents"
    docs.mkdir()
    pdf, json_file = documents.export_client_data(
        laptop.vault, laptop.actor(), first, docs / "omat-tiedot", organisation=ORG
    ).value
    replaced, replaced_json = documents.export_client_data(
        laptop.vault, laptop.actor(), second, docs / "toinen", organisation=ORG
    ).value
    assert pdf.read_bytes().startswith(b"%PDF") and b"Vientinen" in json_file.read_bytes()
    replaced.write_bytes(b"%PDF my own letter, written over the export")
    own = docs / "oma-kirje.pdf"
    own.write_bytes(b"%PDF the caseworker's own file")
    admin.revoke_device(world.engine, laptop.device_id)

    laptop.sync()

    assert laptop.locked_with == [REVOKED] and not laptop.folder.exists()
    assert not pdf.exists() and not json_file.exists() and not replaced_json.exists()
    assert own.read_bytes() == b"%PDF the caseworker's own file"
    assert replaced.read_bytes() == b"%PDF my own letter, written over the export"
    assert sorted(p.name for p in docs.iterdir()) == ["oma-kirje.pdf", "toinen.pdf"]
