"""Anonymous feedback cannot be traced to the client; the client sees their own access log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from hbdesk.models.audit import AccessLogEntry
from hbdesk.models.errors import DomainError
from hbdesk.models.feedback import Feedback
from hbdesk.models.outbox import OutboxOp
from hbdesk.services import access_log, clients, feedback
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import new_client


def test_feedback_keeps_no_link_to_the_client(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    clients.list_contacts(vault, worker, cid)  # the worker was just in the client's record
    with vault.session() as s:
        log_before = len(list(s.scalars(select(AccessLogEntry))))
    out = feedback.give_feedback(
        vault,
        worker,
        dt.date(2026, 3, 17),
        feedback.FeedbackAnswers(
            unit="Aikuissosiaalityö", felt_heard=5, budget_follow_ease=2, text="Hyvä kokemus"
        ),
    )
    assert out.value is None and out.changes.clients == frozenset()
    columns = {c.key for c in inspect(Feedback).columns}
    assert not {"client_id", "created_at", "author"} & columns
    assert not Feedback.__table__.foreign_keys
    with vault.session() as s:
        (row,) = s.scalars(select(Feedback))
        assert row.period == "2026-03" and row.unit == "Aikuissosiaalityö"
        assert len(list(s.scalars(select(AccessLogEntry)))) == log_before
        # Not an op: nothing in the outbox sits next to the client's ops (its own channel).
        assert s.scalars(select(OutboxOp).where(OutboxOp.entity == "feedback")).all() == []
        with pytest.raises(OperationalError):  # no rowid: the order it was given in is gone
            s.execute(text("SELECT rowid FROM feedback"))


def test_feedback_summary_counts_without_persons(vault: OpenVault, worker: Actor) -> None:
    for heard, ease in ((5, 1), (4, 2), (2, 4), (5, 5)):
        feedback.give_feedback(
            vault,
            worker,
            dt.date(2026, 4, 1),
            feedback.FeedbackAnswers(
                unit="Vammaispalvelut", felt_heard=heard, budget_follow_ease=ease
            ),
        )
    summary = feedback.feedback_summary(vault, worker, unit="Vammaispalvelut")
    assert summary.answers == 4 and str(summary.felt_heard_share) == "0.75"
    assert summary.found_following_hard == 2 and summary.following_answers == 4
    with pytest.raises(DomainError) as err:
        feedback.give_feedback(
            vault,
            worker,
            dt.date(2026, 4, 1),
            feedback.FeedbackAnswers(unit="Vammaispalvelut", felt_heard=9),
        )
    assert (err.value.code, err.value.field) == ("out_of_scale", "felt_heard")


def test_the_client_sees_who_used_their_data_and_disclosures(
    vault: OpenVault, worker: Actor
) -> None:
    cid = new_client(vault, worker)
    other = new_client(vault, worker, name="Toinen")
    colleague = Actor(user_id="worker-2", role="team_member", device_id="laptop-2")
    clients.list_contacts(vault, colleague, cid)
    access_log.record_disclosure(
        vault,
        worker,
        cid,
        recipient="Kela",
        legal_basis="Laki 703/2023 §",
        disclosed="Budjettipäätös",
        records=["decisions:x"],
    )
    access_log.record_output(
        vault, worker, cid, action="print", records=["plans:y"], purpose="plan_pdf"
    )
    lines = access_log.client_access_log(vault, worker, cid)
    actions = [line.action for line in lines]
    assert actions[0] == "view"  # reading the log is itself logged, before returning
    assert {"create", "view", "disclose", "print"} <= set(actions)
    disclosure = next(line for line in lines if line.action == "disclose")
    assert (disclosure.recipient, disclosure.legal_basis, disclosure.disclosed) == (
        "Kela",
        "Laki 703/2023 §",
        "Budjettipäätös",
    )
    assert any(line.user_id == "worker-2" and line.user_role == "team_member" for line in lines)
    with vault.session() as s:
        other_rows = list(
            s.scalars(select(AccessLogEntry.id).where(AccessLogEntry.client_id == other))
        )
    assert other_rows and not {line.record_ids for line in lines} & {("clients:" + other,)}
    assert access_log.verify_access_log(vault).ok  # two devices, two chains


def test_a_removed_log_row_breaks_the_chain(vault: OpenVault, worker: Actor) -> None:
    cid = new_client(vault, worker)
    for _ in range(3):
        clients.list_contacts(vault, worker, cid)
    gone = AccessLogEntry.__table__.delete().where(AccessLogEntry.seq == 2)
    with pytest.raises(DBAPIError, match="append_only"), vault.session() as s:
        s.execute(gone)  # the vault itself refuses (migration 0005)
    with vault.session() as s:  # a tool that first drops the trigger: the chain still tells
        s.execute(text("DROP TRIGGER access_log_no_delete"))
        s.execute(gone)
    check = access_log.verify_access_log(vault)
    assert not check.ok and check.device_id == "laptop-1"
