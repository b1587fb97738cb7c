"""Stage 2 and 8: self-assessment answered at points in time, and the change between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hbdesk.models import questionnaire_data as standard
from hbdesk.models.errors import DomainError
from hbdesk.models.ids import new_id
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
from hbdesk.models.values import check_score, check_text
from hbdesk.models.vocab import Author, Occasion, Stage, check_choice
from hbdesk.services.common import advance_stage, get, get_client, get_for_client, ref
from hbdesk.services.context import Actor, Outcome, transaction
from hbdesk.store import OpenVault


def install_standard_questionnaire(vault: OpenVault, actor: Actor) -> Outcome[Questionnaire]:
    """Add hbdesk's own functional-capacity questionnaire, once (reference data)."""
    with transaction(vault, actor, purpose="reference_data") as tx:
        found = tx.session.scalar(
            select(Questionnaire).where(
                Questionnaire.code == standard.CODE, Questionnaire.version == standard.VERSION
            )
        )
        if found is None:
            found = _build_standard(tx.session)
    return tx.outcome(found)


def _build_standard(session: Session) -> Questionnaire:
    spec = QuestionnaireSpec(
        id=new_id(),
        title_fi=standard.TITLE[0],
        title_sv=standard.TITLE[1],
        title_en=standard.TITLE[2],
        valid_from=dt.date(2026, 1, 1),
        domains=tuple(
            DomainSpec(
                id=new_id(),
                code=dom.code,
                title_fi=dom.fi,
                title_sv=dom.sv,
                title_en=dom.en,
                items=tuple(
                    ItemSpec(
                        id=new_id(),
                        code=item.code,
                        text_fi=item.fi,
                        text_sv=item.sv,
                        text_en=item.en,
                    )
                    for item in dom.items
                ),
            )
            for dom in standard.DOMAINS
        ),
    )
    return _insert(session, spec, standard.CODE, standard.VERSION, spec.valid_from)


def _insert(
    session: Session, spec: QuestionnaireSpec, code: str, version: int, valid_from: dt.date | None
) -> Questionnaire:
    """The questionnaire, its domains and items, in order, with the spec's ids."""
    q = Questionnaire(
        id=spec.id,
        code=code,
        version=version,
        title_fi=spec.title_fi,
        title_sv=spec.title_sv,
        title_en=spec.title_en,
        scale_min=spec.scale_min,
        scale_max=spec.scale_max,
        valid_from=valid_from,
    )
    session.add(q)
    session.flush()
    for d_pos, dom in enumerate(spec.domains):
        session.add(
            QuestionnaireDomain(
                id=dom.id,
                questionnaire_id=q.id,
                code=dom.code,
                position=d_pos,
                title_fi=dom.title_fi,
                title_sv=dom.title_sv,
                title_en=dom.title_en,
            )
        )
        session.flush()
        session.add_all(
            [
                QuestionnaireItem(
                    id=item.id,
                    questionnaire_id=q.id,
                    domain_id=dom.id,
                    code=item.code,
                    position=i_pos,
                    text_fi=item.text_fi,
                    text_sv=item.text_sv,
                    text_en=item.text_en,
                    low_fi=item.low_fi,
                    high_fi=item.high_fi,
                )
                for i_pos, item in enumerate(dom.items)
            ]
        )
    return q


@dataclass(frozen=True)
class QuestionnaireView:
    questionnaire: Questionnaire
    domains: list[QuestionnaireDomain]
    items: list[QuestionnaireItem]


def questionnaire(
    vault: OpenVault, actor: Actor, code: str = standard.CODE, version: int | None = None
) -> QuestionnaireView:
    """A questionnaire (the newest version unless told) with its domains and items in order."""
    with transaction(vault, actor, purpose="reference_data") as tx:
        query = select(Questionnaire).where(Questionnaire.code == code)
        if version is not None:
            query = query.where(Questionnaire.version == version)
        q = tx.session.scalar(query.order_by(Questionnaire.version.desc()).limit(1))
        if q is None:
            raise DomainError("not_found", "questionnaire")
        domains = list(
            tx.session.scalars(
                select(QuestionnaireDomain)
                .where(QuestionnaireDomain.questionnaire_id == q.id)
                .order_by(QuestionnaireDomain.position)
            )
        )
        order = {d.id: d.position for d in domains}
        items = sorted(
            tx.session.scalars(
                select(QuestionnaireItem).where(QuestionnaireItem.questionnaire_id == q.id)
            ),
            key=lambda i: (order[i.domain_id], i.position),
        )
    return QuestionnaireView(q, domains, items)


def record_self_assessment(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    *,
    questionnaire_id: str,
    answered_on: dt.date,
    answers: Mapping[str, int | None],
    occasion: str = Occasion.START,
    author: str = Author.CLIENT.value,
    comment: str | None = None,
) -> Outcome[SelfAssessment]:
    """One answer set: `answers` maps item codes to 0–10 (None: chose not to answer)."""
    with transaction(vault, actor) as tx:
        client = get_client(tx.session, client_id)
        q = get(tx.session, Questionnaire, questionnaire_id, "questionnaire_id")
        items = {
            i.code: i
            for i in tx.session.scalars(
                select(QuestionnaireItem).where(QuestionnaireItem.questionnaire_id == q.id)
            )
        }
        unknown = set(answers) - set(items)
        if unknown:
            raise DomainError("unknown_item", "answers", item=sorted(unknown)[0])
        row = SelfAssessment(
            client_id=client_id,
            questionnaire_id=q.id,
            answered_on=answered_on,
            occasion=check_choice(Occasion, occasion, "occasion").value,
            author=check_choice(Author, author, "author").value,
            comment=comment,
        )
        tx.session.add(row)
        tx.session.flush()
        for code, value in answers.items():
            if value is not None:
                check_score(value, q.scale_min, q.scale_max, f"answers.{code}")
            tx.session.add(
                SelfAssessmentAnswer(
                    assessment_id=row.id, client_id=client_id, item_id=items[code].id, value=value
                )
            )
        advance_stage(client, Stage.SELF_ASSESSMENT)
    return tx.outcome(row)


def _scores_of(session: Session, assessment: SelfAssessment) -> Scores:
    rows = session.execute(
        select(QuestionnaireDomain.code, SelfAssessmentAnswer.value)
        .join(QuestionnaireItem, QuestionnaireItem.id == SelfAssessmentAnswer.item_id)
        .join(QuestionnaireDomain, QuestionnaireDomain.id == QuestionnaireItem.domain_id)
        .where(SelfAssessmentAnswer.assessment_id == assessment.id)
    ).all()
    return scores((code, value) for code, value in rows)


@dataclass(frozen=True)
class AssessmentScores:
    assessment: SelfAssessment
    scores: Scores


def list_self_assessments(vault: OpenVault, actor: Actor, client_id: str) -> list[AssessmentScores]:
    """Every answer set of the client, oldest first, with its scores per domain."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(
            tx.session.scalars(
                select(SelfAssessment)
                .where(SelfAssessment.client_id == client_id)
                .order_by(SelfAssessment.answered_on, SelfAssessment.created_at)
            )
        )
        result = [AssessmentScores(r, _scores_of(tx.session, r)) for r in rows]
        tx.viewed(client_id, [ref(r) for r in rows])
    return result


def compare_self_assessments(
    vault: OpenVault,
    actor: Actor,
    client_id: str,
    before_id: str | None = None,
    after_id: str | None = None,
) -> ScoreChange | None:
    """Before/after per domain and overall (default: the first and the latest answer set)."""
    with transaction(vault, actor) as tx:
        get_client(tx.session, client_id)
        rows = list(
            tx.session.scalars(
                select(SelfAssessment)
                .where(SelfAssessment.client_id == client_id)
                .order_by(SelfAssessment.answered_on, SelfAssessment.created_at)
            )
        )
        if before_id is None and after_id is None and len(rows) < 2:
            return None
        before = (
            get_for_client(tx.session, SelfAssessment, before_id, client_id, "before_id")
            if before_id
            else rows[0]
        )
        after = (
            get_for_client(tx.session, SelfAssessment, after_id, client_id, "after_id")
            if after_id
            else rows[-1]
        )
        result = change(_scores_of(tx.session, before), _scores_of(tx.session, after))
        tx.viewed(client_id, [ref(before), ref(after)])
    return result


@dataclass(frozen=True)
class ItemSpec:
    """One item of a questionnaire taken from elsewhere (the county), with its own id."""

    id: str
    code: str
    text_fi: str
    text_sv: str
    text_en: str
    low_fi: str = standard.LOW
    high_fi: str = standard.HIGH


@dataclass(frozen=True)
class DomainSpec:
    id: str
    code: str
    title_fi: str
    title_sv: str
    title_en: str
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class QuestionnaireSpec:
    """A questionnaire version with its ids as the county gave them (answers sync up with
    the item ids the county's server maps to domains)."""

    id: str
    title_fi: str
    title_sv: str
    title_en: str
    domains: tuple[DomainSpec, ...]
    scale_min: int = 0
    scale_max: int = 10
    valid_from: dt.date | None = None  # None: today


def _check_spec(spec: QuestionnaireSpec) -> None:
    ids = [spec.id, *(d.id for d in spec.domains), *(i.id for d in spec.domains for i in d.items)]
    for value in ids:
        check_text(value, "id", max_chars=36)
        if value != value.strip():
            raise DomainError("invalid_reference", "id")
    if len(set(ids)) != len(ids):
        raise DomainError("duplicate_id", "id")
    for value, field in (
        (spec.title_fi, "title_fi"),
        (spec.title_sv, "title_sv"),
        (spec.title_en, "title_en"),
    ):
        check_text(value, field, max_chars=300)
    if not (
        isinstance(spec.scale_min, int)
        and isinstance(spec.scale_max, int)
        and 0 <= spec.scale_min < spec.scale_max <= 100
    ):
        raise DomainError("invalid_scale", "scale_max")
    if not spec.domains or any(not d.items for d in spec.domains):
        raise DomainError("required", "items")
    codes = [d.code for d in spec.domains]
    items = [i for d in spec.domains for i in d.items]
    if len(set(codes)) != len(codes) or len({i.code for i in items}) != len(items):
        raise DomainError("duplicate_code", "code")
    for d in spec.domains:
        check_text(d.code, "domains.code", max_chars=64)
        for value, field in (
            (d.title_fi, "domains.title_fi"),
            (d.title_sv, "domains.title_sv"),
            (d.title_en, "domains.title_en"),
        ):
            check_text(value, field, max_chars=300)
    for i in items:
        check_text(i.code, "items.code", max_chars=64)
        for value, field in (
            (i.text_fi, "items.text_fi"),
            (i.text_sv, "items.text_sv"),
            (i.text_en, "items.text_en"),
        ):
            check_text(value, field, max_chars=10_000)
        check_text(i.low_fi, "items.low_fi", max_chars=200)
        check_text(i.high_fi, "items.high_fi", max_chars=200)


def publish_questionnaire(
    vault: OpenVault, actor: Actor, spec: QuestionnaireSpec, code: str = standard.CODE
) -> Outcome[Questionnaire]:
    """A new version of the questionnaire in use (`code`), with the spec's own ids: new
    self-assessments take the newest version (`questionnaire()`); answers already given keep
    the version they were given on. Version 1 stays the shipped questionnaire's. Refuses
    (DomainError, nothing added) a spec that is incomplete or whose ids are taken."""
    _check_spec(spec)
    all_ids = [d.id for d in spec.domains] + [i.id for d in spec.domains for i in d.items]
    with transaction(vault, actor, purpose="reference_data") as tx:
        taken = (
            tx.session.get(Questionnaire, spec.id) is not None
            or tx.session.scalar(
                select(QuestionnaireDomain.id).where(QuestionnaireDomain.id.in_(all_ids)).limit(1)
            )
            is not None
            or tx.session.scalar(
                select(QuestionnaireItem.id).where(QuestionnaireItem.id.in_(all_ids)).limit(1)
            )
            is not None
        )
        if taken:
            raise DomainError("duplicate_id", "id")
        top = (
            tx.session.scalar(
                select(func.max(Questionnaire.version)).where(Questionnaire.code == code)
            )
            or 0
        )
        q = _insert(
            tx.session, spec, code, max(top, standard.VERSION) + 1, spec.valid_from or tx.today
        )
    return tx.outcome(q)
