"""The county's questionnaire, pulled by sync, taken into the vault with the county's own ids.

The pulled set is put into `sync_state` exactly as the sync engine stores it
(`reference:questionnaire` = {"version": n, "content": {...}}); the rest is the services a
caseworker's screens use.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from hbdesk.models.errors import DomainError
from hbdesk.models.outbox import OutboxOp, SyncState
from hbdesk.models.questionnaire_data import DOMAINS
from hbdesk.models.selfassessment import Questionnaire, SelfAssessmentAnswer
from hbdesk.services import reference, selfassessment
from hbdesk.services.context import Actor
from hbdesk.store import OpenVault
from tests.services.helpers import new_client

Q1 = "5b0c1e2a-0000-4000-8000-00000000a001"
Q2 = "5b0c1e2a-0000-4000-8000-00000000a002"


def _item_id(n: int, version: int = 1) -> str:
    return f"5b0c1e2a-0000-4000-8000-0000000{version:02d}{n:03d}"


def county(version: int = 1, q_id: str = Q1) -> dict[str, Any]:
    """The county's questionnaire as the municipality loads it on the server."""
    return {
        "id": q_id,
        "code": "hb_seuranta",
        "version": version,
        "title_fi": f"HB-seuranta {version}",
        "title_sv": f"HB-uppföljning {version}",
        "scale_min": 0,
        "scale_max": 10,
        "domains": [
            {
                "code": "functional_capacity",
                "title_fi": "Toimintakyky",
                "title_sv": "Funktionsförmåga",
                "items": [
                    {
                        "id": _item_id(1, version),
                        "code": "fc_1",
                        "text_fi": "Selviän arjen askareista.",
                        "text_sv": "Jag klarar vardagens sysslor.",
                    },
                    {
                        "id": _item_id(2, version),
                        "code": "fc_2",
                        "text_fi": "Jaksan liikkua kodin ulkopuolella.",
                    },
                ],
            },
            {
                "code": "participation",
                "title_fi": "Osallisuus",
                "items": [
                    {
                        "id": _item_id(3, version),
                        "code": "part_1",
                        "text_fi": "Kuulun johonkin yhteisöön.",
                    }
                ],
            },
        ],
    }


def pull(vault: OpenVault, version: int, content: dict[str, Any]) -> None:
    """What the sync engine stores when the server sends reference data down."""
    with vault.session() as s:
        s.merge(
            SyncState(
                key="reference:questionnaire",
                value=json.dumps({"version": version, "content": content}),
            )
        )


def _count(vault: OpenVault, model: Any) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_the_pulled_questionnaire_is_taken_once_with_the_countys_ids(
    vault: OpenVault, worker: Actor
) -> None:
    pull(vault, 3, {"questionnaires": [county()]})
    assert reference.take_pulled_questionnaire(vault, worker) == 3

    view = selfassessment.questionnaire(vault, worker)
    assert view.questionnaire.id == Q1
    assert view.questionnaire.title_fi == "HB-seuranta 1"
    assert [d.code for d in view.domains] == ["functional_capacity", "participation"]
    assert [(i.id, i.code) for i in view.items] == [
        (_item_id(1), "fc_1"),
        (_item_id(2), "fc_2"),
        (_item_id(3), "part_1"),
    ]
    assert view.items[0].text_sv == "Jag klarar vardagens sysslor."
    assert view.items[1].text_sv == "Jaksan liikkua kodin ulkopuolella."  # Finnish if none
    assert view.items[0].low_fi == "ei lainkaan"
    assert reference.applied_version(vault, "questionnaire") == 3

    assert reference.take_pulled_questionnaire(vault, worker) is None  # nothing new
    assert _count(vault, Questionnaire) == 1
    with vault.session() as s:  # reference data never goes back up to the server
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0


def test_same_questionnaire_again_in_a_newer_set_is_not_taken_twice(
    vault: OpenVault, worker: Actor
) -> None:
    pull(vault, 1, county())  # a single questionnaire object is accepted too
    assert reference.take_pulled_questionnaire(vault, worker) == 1
    pull(vault, 2, {"questionnaires": [county(2, Q2), county()]})  # unsorted on purpose
    assert reference.take_pulled_questionnaire(vault, worker) == 2
    assert _count(vault, Questionnaire) == 2
    assert selfassessment.questionnaire(vault, worker).questionnaire.id == Q2


def _broken(change: str) -> dict[str, Any]:
    content = {"questionnaires": [county(), county(2, Q2)]}
    second = content["questionnaires"][1]
    item = second["domains"][0]["items"][0]
    if change == "no_wording":
        del item["text_fi"]
    elif change == "item_without_id":
        del item["id"]
    elif change == "unknown_key":
        item["teksti"] = "x"
    elif change == "item_id_twice":
        item["id"] = second["domains"][1]["items"][0]["id"]
    elif change == "item_id_of_the_first":  # ids must be the county's own, each once
        item["id"] = _item_id(1)
    elif change == "item_code_twice":  # found only when the second is published
        item["code"] = "part_1"
    elif change == "scale_upside_down":
        second["scale_min"], second["scale_max"] = 10, 0
    elif change == "version_as_text":
        second["version"] = "2"
    elif change == "no_domains":
        second["domains"] = []
    elif change == "empty_domain":
        second["domains"][1]["items"] = []
    elif change == "bad_date":
        second["valid_from"] = "1.1.2027"
    elif change == "id_too_long":
        item["id"] = "x" * 37
    else:
        raise AssertionError(change)
    return content


@pytest.mark.parametrize(
    "change",
    [
        "no_wording",
        "item_without_id",
        "unknown_key",
        "item_id_twice",
        "item_id_of_the_first",
        "item_code_twice",
        "scale_upside_down",
        "version_as_text",
        "no_domains",
        "empty_domain",
        "bad_date",
        "id_too_long",
    ],
)
def test_a_malformed_questionnaire_is_refused_and_nothing_changes(
    vault: OpenVault, worker: Actor, change: str
) -> None:
    selfassessment.install_standard_questionnaire(vault, worker)
    before = selfassessment.questionnaire(vault, worker).questionnaire.id
    pull(vault, 4, _broken(change))
    with pytest.raises(DomainError):
        reference.take_pulled_questionnaire(vault, worker)
    assert _count(vault, Questionnaire) == 1  # not even the first, good questionnaire
    assert selfassessment.questionnaire(vault, worker).questionnaire.id == before
    assert reference.applied_version(vault, "questionnaire") == 0

    pull(vault, 5, {"questionnaires": [county(), county(2, Q2)]})  # the county fixes it
    assert reference.take_pulled_questionnaire(vault, worker) == 5
    assert selfassessment.questionnaire(vault, worker).questionnaire.id == Q2


@pytest.mark.parametrize(
    "content",
    [
        {},
        {"questionnaires": []},
        {"questionnaires": {"code": "x"}},
        {"items": []},
        {"questionnaires": [county(), county()]},
    ],
)
def test_content_that_is_no_questionnaire_at_all_is_refused(
    vault: OpenVault, worker: Actor, content: dict[str, Any]
) -> None:
    pull(vault, 1, copy.deepcopy(content))
    with pytest.raises(DomainError) as refused:
        reference.take_pulled_questionnaire(vault, worker)
    assert refused.value.code == "invalid_reference"
    assert _count(vault, Questionnaire) == 0


def test_new_self_assessments_use_the_countys_and_old_answers_keep_theirs(
    vault: OpenVault, worker: Actor
) -> None:
    selfassessment.install_standard_questionnaire(vault, worker)
    client_id = new_client(vault, worker)
    shipped = selfassessment.questionnaire(vault, worker)
    first_item = DOMAINS[0].items[0].code
    old = selfassessment.record_self_assessment(
        vault,
        worker,
        client_id,
        questionnaire_id=shipped.questionnaire.id,
        answered_on=dt.date(2026, 2, 1),
        answers={first_item: 4},
    ).value

    pull(vault, 1, county())
    assert reference.take_pulled_questionnaire(vault, worker) == 1
    # What the self-assessment page does: the questionnaire in use, answers by item code.
    view = selfassessment.questionnaire(vault, worker)
    assert view.questionnaire.id == Q1
    new = selfassessment.record_self_assessment(
        vault,
        worker,
        client_id,
        questionnaire_id=view.questionnaire.id,
        answered_on=dt.date(2026, 10, 1),
        answers={"fc_1": 7, "fc_2": 6, "part_1": None},
        occasion="follow_up",
    ).value

    pull(vault, 2, {"questionnaires": [county(), county(2, Q2)]})
    assert reference.take_pulled_questionnaire(vault, worker) == 2
    assert selfassessment.questionnaire(vault, worker).questionnaire.id == Q2

    listed = selfassessment.list_self_assessments(vault, worker, client_id)
    assert [a.assessment.questionnaire_id for a in listed] == [shipped.questionnaire.id, Q1]
    assert listed[0].scores.by_domain == {DOMAINS[0].code: Decimal(4)}
    assert listed[1].scores.by_domain == {"functional_capacity": Decimal("6.5")}
    with vault.session() as s:
        answered = dict(
            s.execute(
                select(SelfAssessmentAnswer.item_id, SelfAssessmentAnswer.value).where(
                    SelfAssessmentAnswer.assessment_id == new.id
                )
            ).all()
        )
        sent = [
            json.loads(op.fields)
            for op in s.scalars(
                select(OutboxOp).where(OutboxOp.entity == "self_assessment_answers")
            )
        ]
        old_items = set(
            s.scalars(
                select(SelfAssessmentAnswer.item_id).where(
                    SelfAssessmentAnswer.assessment_id == old.id
                )
            )
        )
    assert answered == {_item_id(1): 7, _item_id(2): 6, _item_id(3): None}
    # the answers go up to the server with the item ids its outcomes report maps to domains
    assert {f["item_id"] for f in sent} >= {_item_id(1), _item_id(2), _item_id(3)}
    assert old_items == {shipped.items[0].id}


def test_the_shipped_questionnaire_is_still_found_as_version_one(
    vault: OpenVault, worker: Actor
) -> None:
    pull(vault, 1, county())
    reference.take_pulled_questionnaire(vault, worker)
    shipped = selfassessment.install_standard_questionnaire(vault, worker).value
    assert shipped.id != Q1 and shipped.version == 1
    assert selfassessment.questionnaire(vault, worker).questionnaire.id == Q1
