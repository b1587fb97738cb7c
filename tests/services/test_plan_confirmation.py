"""Read together: the client confirms a plan version by a drawn signature or typed name; the
confirmed version is frozen and later drafts are compared with it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import OutboxOp
from hbdesk.models.plan import PlanConfirmation
from hbdesk.models.signature import Signature
from hbdesk.services import plan
from hbdesk.services.context import Actor
from hbdesk.services.documents import Organisation, export_client_data, write_plan_pdf
from hbdesk.store import OpenVault, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.pdf.helpers import flat, pdf_text
from tests.services.helpers import new_client

D = dt.date
AT = dt.datetime(2026, 1, 15, 9, 41, tzinfo=dt.UTC)
ORG = Organisation("Järvelän hyvinvointialue", "PL 77, 99100 Järvelä")
SCRIBBLE = Signature.from_points(
    [[(10, 50), (40, 20), (70, 60), (100, 25), (130, 55)], [(15, 80), (140, 78)]], 200, 100
)


def draft_with_need_and_goal(vault: OpenVault, worker: Actor, cid: str) -> str:
    p = plan.start_plan(vault, worker, cid).value
    plan.add_plan_entry(
        vault, worker, cid, p.id, section="need", text="Tarvitsen tukea arkeen.", author="client"
    )
    plan.add_plan_entry(
        vault,
        worker,
        cid,
        p.id,
        section="goal",
        text="Liikun kaksi kertaa viikossa.",
        author="together",
    )
    return p.id


def agree(
    vault: OpenVault,
    worker: Actor,
    cid: str,
    plan_id: str,
    confirmation: plan.Confirmation,
    present: tuple[str, ...] = ("client", "key_worker"),
) -> None:
    plan.agree_plan(
        vault,
        worker,
        cid,
        plan_id,
        agreed_on=D(2026, 1, 15),
        confirmed_by=list(present),
        confirmation=confirmation,
    )


def test_a_typed_name_confirms_and_freezes_the_version(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    pid = draft_with_need_and_goal(vault, worker, cid)
    agree(
        vault,
        worker,
        cid,
        pid,
        plan.Confirmation.typed("  Aino Testinen ", AT),
        ("client", "support_person"),
    )
    view = plan.get_plan(vault, worker, cid)
    assert view is not None and view.plan.status == "agreed"
    c = view.confirmation
    assert c is not None
    assert (c.method, c.typed_name, c.signature) == ("typed", "Aino Testinen", None)
    assert c.present == "client,support_person"
    assert c.confirmed_at == AT and c.confirmed_at.tzinfo is not None
    with pytest.raises(DomainError) as err:  # frozen: nothing can be added any more
        plan.add_plan_entry(vault, worker, cid, pid, section="goal", text="x", author="client")
    assert err.value.code == "plan_agreed"
    with pytest.raises(DomainError) as err2:  # and it cannot be confirmed a second time
        agree(vault, worker, cid, pid, plan.Confirmation.typed("Aino"))
    assert err2.value.code == "plan_agreed"


def test_a_drawn_signature_is_kept_as_strokes_and_synced_as_an_append(
    vault: OpenVault, worker: Actor
) -> None:
    cid = new_client(vault, worker)
    pid = draft_with_need_and_goal(vault, worker, cid)
    agree(vault, worker, cid, pid, plan.Confirmation.drawn(SCRIBBLE, AT))
    view = plan.get_plan(vault, worker, cid)
    assert view is not None and view.confirmation is not None
    stored = view.confirmation.signature
    assert stored is not None and len(stored) < 200  # compact vector data, not an image
    assert Signature.from_json(stored) == SCRIBBLE
    with vault.session() as s:
        ops = [
            (o.entity, o.kind)
            for o in s.scalars(
                select(OutboxOp).where(OutboxOp.entity.in_(["plan_confirmations", "plans"]))
            )
        ]
    assert ("plan_confirmations", "append") in ops and ("plans", "upsert") in ops


def test_no_agreement_without_a_real_confirmation(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    pid = draft_with_need_and_goal(vault, worker, cid)
    dot = Signature.from_points([[(50, 50)], [(51, 50)]], 200, 100)
    cases = [
        (plan.Confirmation.drawn(dot), ("signature_empty", "signature")),
        (plan.Confirmation("drawn"), ("signature_empty", "signature")),
        (plan.Confirmation.typed("   "), ("typed_name_empty", "typed_name")),
        (plan.Confirmation("nodded"), ("invalid_choice", "method")),
        (plan.Confirmation.typed("Aino", AT.replace(tzinfo=None)), ("not_a_date", "confirmed_at")),
    ]
    for confirmation, expected in cases:
        with pytest.raises(DomainError) as err:
            agree(vault, worker, cid, pid, confirmation)
        assert (err.value.code, err.value.field) == expected
    with pytest.raises(DomainError) as err2:
        agree(vault, worker, cid, pid, plan.Confirmation.typed("Aino"), ("key_worker",))
    assert err2.value.code == "client_must_confirm"
    view = plan.get_plan(vault, worker, cid)
    assert view is not None and view.plan.status == "draft" and view.confirmation is None
    with vault.session() as s:
        assert s.scalars(select(PlanConfirmation)).all() == []


def test_a_confirmation_cannot_be_edited(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    pid = draft_with_need_and_goal(vault, worker, cid)
    agree(vault, worker, cid, pid, plan.Confirmation.typed("Aino Testinen"))
    with pytest.raises(DomainError) as err, vault.session() as s:
        row = s.scalars(select(PlanConfirmation)).one()
        row.typed_name = "Joku Muu"
        s.flush()
    assert err.value.code == "append_only"


def test_changes_since_the_confirmed_version(
    vault: OpenVault, worker: Actor, tmp_path: Path
) -> None:
    cid = new_client(vault, worker)
    pid = draft_with_need_and_goal(vault, worker, cid)
    plan.add_plan_entry(
        vault, worker, cid, pid, section="budget_use", text="Uimakortti.", author="key_worker"
    )
    plan.add_plan_entry(
        vault, worker, cid, pid, section="role", text="Äiti tukee.", author="client"
    )
    agree(vault, worker, cid, pid, plan.Confirmation.drawn(SCRIBBLE, AT))
    v2 = plan.start_plan(vault, worker, cid).value
    fresh = plan.get_plan(vault, worker, cid)
    assert fresh is not None and fresh.changes is not None and not fresh.changes.any
    assert fresh.changes.against.id == pid and fresh.changes.confirmation is not None
    need, goal, use, role = (fresh.entries[s][0] for s in ("need", "goal", "budget_use", "role"))
    plan.edit_plan_entry(
        vault, worker, cid, need.id, text="Tarvitsen tukea arkeen ja iltaan.", author="client"
    )
    plan.edit_plan_entry(vault, worker, cid, goal.id, text=goal.text, author="client")
    plan.edit_plan_entry(vault, worker, cid, use.id, text=use.text, author="key_worker")
    plan.remove_plan_entry(vault, worker, cid, role.id)
    new = plan.add_plan_entry(
        vault, worker, cid, v2.id, section="goal", text="Nukun paremmin.", author="client"
    ).value
    view = plan.get_plan(vault, worker, cid)
    assert view is not None and view.changes is not None
    ch = view.changes
    assert ch.added == {new.id}
    assert {k: (v.text, v.author) for k, v in ch.changed.items()} == {
        need.id: ("Tarvitsen tukea arkeen.", "client"),  # the confirmed wording
        goal.id: ("Liikun kaksi kertaa viikossa.", "together"),
    }  # author changed only
    assert [(e.text, e.author) for e in ch.removed] == [("Äiti tukee.", "client")]
    draft_pdf = write_plan_pdf(
        vault, worker, cid, tmp_path / "luonnos.pdf", organisation=ORG, today=D(2026, 2, 1)
    ).value
    text = flat(pdf_text(draft_pdf))
    assert "Muutokset vahvistettuun versioon 1 nähden" in text
    assert "muutettu — Vahvistetussa versiossa (asiakas): Tarvitsen tukea arkeen." in text
    assert "uusi Nukun paremmin." in text
    assert "Poistettu vahvistetusta versiosta Äiti tukee." in text
    # The confirmed version itself is untouched and shows no changes.
    old = plan.get_plan(vault, worker, cid, pid)
    assert old is not None and old.changes is None
    assert [e.text for e in old.entries["need"]] == ["Tarvitsen tukea arkeen."]
    assert [e.text for e in old.entries["role"]] == ["Äiti tukee."]
    # The next confirmation becomes the new basis: nothing is "changed" against it.
    plan.agree_plan(
        vault,
        worker,
        cid,
        v2.id,
        agreed_on=D(2026, 4, 1),
        confirmed_by=["client"],
        confirmation=plan.Confirmation.typed("Aino"),
    )
    assert plan.get_plan(vault, worker, cid).changes is None  # type: ignore[union-attr]
    plan.start_plan(vault, worker, cid)
    v3 = plan.get_plan(vault, worker, cid)
    assert v3 is not None and v3.changes is not None
    assert v3.changes.against.id == v2.id and not v3.changes.any


def test_confirmation_authorship_and_disagreement_survive_lock_and_are_exported(
    vault_dir: Path, worker: Actor, tmp_path: Path
) -> None:
    opened = Vault(vault_dir, kdf=FAST_KDF).create(PASSPHRASE)
    cid = new_client(opened, worker)
    pid = draft_with_need_and_goal(opened, worker, cid)
    goal = plan.get_plan(opened, worker, cid).entries["goal"][0]  # type: ignore[union-attr]
    plan.record_disagreement(
        opened,
        worker,
        cid,
        record_table="plan_entries",
        record_id=goal.id,
        text="Kerran viikossa riittää minulle.",
    )
    agree(opened, worker, cid, pid, plan.Confirmation.drawn(SCRIBBLE, AT))
    opened.lock()
    again = Vault(vault_dir, kdf=FAST_KDF).open(PASSPHRASE)
    try:
        view = plan.get_plan(again, worker, cid)
        assert view is not None and view.confirmation is not None
        assert Signature.from_json(view.confirmation.signature or "") == SCRIBBLE
        assert view.entries["goal"][0].author == "together"
        assert [d.text for d in view.disagreements[goal.id]] == ["Kerran viikossa riittää minulle."]
        pdf, js = export_client_data(
            again, worker, cid, tmp_path / "vienti", organisation=ORG, today=D(2026, 2, 1)
        ).value
        data = json.loads(js.read_text(encoding="utf-8"))
        (row,) = data["plan_confirmations"]
        assert row["method"] == "drawn" and row["plan_id"] == pid
        assert row["confirmed_at"].startswith("2026-01-15T09:41")
        assert row["signature"]["s"][1] == [15, 80, 140, 78]  # the strokes, as numbers
        assert data["plan_entries"][1]["author"] == "together"
        assert data["disagreements"][0]["text"] == "Kerran viikossa riittää minulle."
        text = flat(pdf_text(pdf))
        assert "piirretty allekirjoitus, 15.1.2026 klo 11.41" in text  # Finnish time
        assert "Kerran viikossa riittää minulle." in text
        plan_pdf = write_plan_pdf(
            again, worker, cid, tmp_path / "suunnitelma.pdf", organisation=ORG, today=D(2026, 2, 1)
        ).value
        text = flat(pdf_text(plan_pdf))
        assert "piirretty allekirjoitus, 15.1.2026 klo 11.41" in text  # Finnish time
    finally:
        again.lock()
