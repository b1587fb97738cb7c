"""Stage 2 and 8: self-assessment answered at points in time, and the change between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hbdesk.models import questionnaire_data as standard
from hbdesk.models.errors import DomainError
from hbdesk.models.selfassessment import (
    Questionnaire,
    QuestionnaireDomain,
    QuestionnaireItem,
    ScoreChange,
    Scores,
    SelfAssessment,
    SelfAssessmentAnswer,
    change,
    scores,
)
from hbdesk.models.values import check_score
from hbdesk.models.vocab import Author, Occasion, Stage, check_choice
from hbdesk.services.common import advance_stage, get, get_client, get_for_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault


def install_standard_questionnaire(vault: OpenVault, actor: Actor) -> Outcome[Questionnaire]:
    """Add hbdesk's own functional-capacity questionnaire, once (reference data)."""
    with transaction(vault, actor, purpose="reference_data") as tx:
        found = tx.session.scalar(select(Questionnaire).where(
            Questionnaire.code == standard.CODE, Questionnaire.version == standard.VERSION))
        if found is None:
            found = _build_standard(tx.session)
    return tx.outcome(found)


def _build_standard(session: Session) -> Questionnaire:
    q = Questionnaire(code=standard.CODE, version=standard.VERSION, title_fi=standard.TITLE[0],
                      title_sv=standard.TITLE[1], title_en=standard.TITLE[2], scale_min=0,
                      scale_max=10, valid_from=dt.date(2026, 1, 1))
    session.add(q)
    session.flush()
    for d_pos, dom in enumerate(standard.DOMAINS):
        domain = QuestionnaireDomain(questionnaire_id=q.id, code=dom.code, position=d_pos,
                                     title_fi=dom.fi, title_sv=dom.sv, title_en=dom.en)
        session.add(domain)
        session.flush()
        for i_pos, item in enumerate(dom.items):
            session.add(QuestionnaireItem(
                questionnaire_id=q.id, domain_id=domain.id, code=item.code, position=i_pos,
                text_fi=item.fi, text_sv=item.sv, text_en=item.en,
                low_fi=standard.LOW, high_fi=standard.HIGH))
    return q


@dataclass(frozen=True)
class QuestionnaireView:
    questionnaire: Questionnaire
    domains: list[QuestionnaireDomain]
    items: list[QuestionnaireItem]


def questionnaire(vault: OpenVault, actor: Actor, code: str = standard.CODE,
                  version: int | None = None) -> QuestionnaireView:
    """A questionnaire (the newest version unless told) with its domains and items in order."""
    with transaction(vault, actor, purpose="reference_data") as tx:
        query = select(Questionnaire).where(Questionnaire.code == code)
        if version is not None:
            query = query.where(Questionnaire.version == version)
        q = tx.session.scalar(query.order_by(Questionnaire.version.desc()).limit(1))
        if q is None:
            raise DomainError("not_found", "questionnaire")
        domains = list(tx.session.scalars(select(QuestionnaireDomain).where(
            QuestionnaireDomain.questionnaire_id == q.id).order_by(QuestionnaireDomain.position)))
        order = {d.id: d.position for d in domains}
        items = sorted(tx.session.scalars(select(QuestionnaireItem).where(
            QuestionnaireItem.questionnaire_id == q.id)),
            key=lambda i: (order[i.domain_id], i.position))
    return QuestionnaireView(q, domains, items)


def record_self_assessment(vault: OpenVault, actor: Actor, client_id: str, *,
                           questionnaire_id: str, answered_on: dt.date,
                           answers: Mapping[str, int | None], occasion: str = Occasion.START,
                           author: str = Author.CLIENT.value, comment: str | None = None
                           ) -> Outcome[SelfAssessment]:
    """One answer set: `answers` maps item codes to 0–10 (None: chose not to answer)."""
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id)
        q = get(tx.session, Questionnaire, questionnaire_id, "questionnaire_id")
        items = {i.code: i for i in tx.session.scalars(select(QuestionnaireItem).where(
            QuestionnaireItem.questionnaire_id == q.id))}
        unknown = set(answers) - set(items)
        if unknown:
            raise DomainError("unknown_item", "answers", item=sorted(unknown)[0])
        row = SelfAssessment(client_id=client_id, questionnaire_id=q.id, answered_on=answered_on,
                             occasion=check_choice(Occasion, occasion, "occasion").value,
                             author=check_choice(Author, author, "author").value,
                             comment=comment)
        tx.session.add(row)
        tx.session.flush()
        for code, value in answers.items():
            if value is not None:
                check_score(value, q.scale_min, q.scale_max, f"answers.{code}")
            tx.session.add(SelfAssessmentAnswer(assessment_id=row.id, client_id=client_id,
                                                item_id=items[code].id, value=value))
        advance_stage(client, Stage.SELF_ASSESSMENT)
    return tx.outcome(row)


def _scores_of(session: Session, assessment: SelfAssessment) -> Scores:
    rows = session.execute(
        select(QuestionnaireDomain.code, SelfAssessmentAnswer.value)
        .join(QuestionnaireItem, QuestionnaireItem.id == SelfAssessmentAnswer.item_id)
        .join(QuestionnaireDomain, QuestionnaireDomain.id == QuestionnaireItem.domain_id)
        .where(SelfAssessmentAnswer.assessment_id == assessment.id)).all()
    return scores((code, value) for code, value in rows)


@dataclass(frozen=True)
class AssessmentScores:
    assessment: SelfAssessment
    scores: Scores


def list_self_assessments(vault: OpenVault, actor: Actor,
                          client_id: str) -> list[AssessmentScores]:
    """Every answer set of the client, oldest first, with its scores per domain."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(tx.session.scalars(select(SelfAssessment).where(
            SelfAssessment.client_id == client_id).order_by(SelfAssessment.answered_on,
                                                             SelfAssessment.created_at)))
        result = [AssessmentScores(r, _scores_of(tx.session, r)) for r in rows]
        tx.viewed(client_id, [ref(r) for r in rows])
    return result


def compare_self_assessments(vault: OpenVault, actor: Actor, client_id: str,
                             before_id: str | None = None,
                             after_id: str | None = None) -> ScoreChange | None:
    """Before/after per domain and overall (default: the first and the latest answer set)."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(tx.session.scalars(select(SelfAssessment).where(
            SelfAssessment.client_id == client_id).order_by(SelfAssessment.answered_on,
                                                             SelfAssessment.created_at)))
        if before_id is None and after_id is None and len(rows) < 2:
            return None
        before = (get_for_client(tx.session, SelfAssessment, before_id, client_id, "before_id")
                  if before_id else rows[0])
        after = (get_for_client(tx.session, SelfAssessment, after_id, client_id, "after_id")
                 if after_id else rows[-1])
        result = change(_scores_of(tx.session, before), _scores_of(tx.session, after))
        tx.viewed(client_id, [ref(before), ref(after)])
    return result
