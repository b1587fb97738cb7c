"""Self-assessment: versioned questionnaires on 0–10 scales, answers at points in time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hbdesk.models.base import Base, UTCDateTime, utcnow
from hbdesk.models.ids import new_id

TENTH = Decimal("0.1")


class Questionnaire(Base):
    """One version of a questionnaire (reference data: flows down from the county)."""

    __tablename__ = "questionnaires"
    __table_args__ = (UniqueConstraint("code", "version"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title_fi: Mapped[str] = mapped_column(String(300))
    title_sv: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300))
    scale_min: Mapped[int] = mapped_column(Integer, default=0)
    scale_max: Mapped[int] = mapped_column(Integer, default=10)
    valid_from: Mapped[dt.date] = mapped_column(Date)


class QuestionnaireDomain(Base):
    __tablename__ = "questionnaire_domains"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    questionnaire_id: Mapped[str] = mapped_column(ForeignKey("questionnaires.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    title_fi: Mapped[str] = mapped_column(String(300))
    title_sv: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300))


class QuestionnaireItem(Base):
    __tablename__ = "questionnaire_items"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    questionnaire_id: Mapped[str] = mapped_column(ForeignKey("questionnaires.id"), index=True)
    domain_id: Mapped[str] = mapped_column(ForeignKey("questionnaire_domains.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    text_fi: Mapped[str] = mapped_column(Text)
    text_sv: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    low_fi: Mapped[str] = mapped_column(String(200))  # what 0 means, e.g. "en lainkaan"
    high_fi: Mapped[str] = mapped_column(String(200))


class SelfAssessment(Base):
    """One answer set: a client answered a questionnaire version on a day."""

    __tablename__ = "self_assessments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    questionnaire_id: Mapped[str] = mapped_column(ForeignKey("questionnaires.id"))
    answered_on: Mapped[dt.date] = mapped_column(Date)
    occasion: Mapped[str] = mapped_column(String(32))  # Occasion
    author: Mapped[str] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SelfAssessmentAnswer(Base):
    __tablename__ = "self_assessment_answers"
    __table_args__ = (UniqueConstraint("assessment_id", "item_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("self_assessments.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("questionnaire_items.id"))
    value: Mapped[int | None] = mapped_column(Integer)  # None: the person chose not to answer


@dataclass(frozen=True)
class Scores:
    """Mean score per domain code and overall (mean of the answered items), one decimal."""

    by_domain: Mapping[str, Decimal]
    overall: Decimal | None


@dataclass(frozen=True)
class ScoreChange:
    before: Scores
    after: Scores
    by_domain: Mapping[str, Decimal]  # after − before, only domains answered both times
    overall: Decimal | None


def _mean(values: list[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(TENTH, rounding=ROUND_HALF_UP)


def scores(answers: Iterable[tuple[str, int | None]]) -> Scores:
    """Scores from (domain code, value) pairs; unanswered items do not count."""
    by_domain: dict[str, list[int]] = {}
    everything: list[int] = []
    for domain, value in answers:
        if value is None:
            continue
        by_domain.setdefault(domain, []).append(value)
        everything.append(value)
    means = {code: m for code, vals in by_domain.items() if (m := _mean(vals)) is not None}
    return Scores(by_domain=means, overall=_mean(everything))


def change(before: Scores, after: Scores) -> ScoreChange:
    """The change between two answer sets per domain and overall."""
    by_domain = {
        code: after.by_domain[code] - before.by_domain[code]
        for code in before.by_domain
        if code in after.by_domain
    }
    overall = None
    if before.overall is not None and after.overall is not None:
        overall = after.overall - before.overall
    return ScoreChange(before=before, after=after, by_domain=by_domain, overall=overall)
