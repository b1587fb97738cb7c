"""Follow-up: goal attainment per goal with its history; the self-assessment before and after."""

from __future__ import annotations

import datetime as dt

import pytest

from hbdesk import formatting
from hbdesk.services import followup as followup_service
from hbdesk.services import selfassessment
from hbdesk.ui.stages.followup import FollowUpPage
from tests.ui.money.helpers import client_at, open_page, settle


def test_a_follow_up_with_goal_attainment_is_recorded_and_shown(qtbot, ctx):
    client = client_at(ctx, "follow_up")
    page = open_page(qtbot, ctx, FollowUpPage, client)
    goals = followup_service.goal_attainment(ctx.vault, ctx.actor, client)
    assert goals and len(page.goal_rows) == len(goals)
    earlier = len(followup_service.list_follow_ups(ctx.vault, ctx.actor, client))
    assert page.table.rowCount() == earlier
    row = page.goal_rows[0]
    before = len(row.goal.points)
    page.summary.setPlainText("Kuntosalilla käyty kahdesti viikossa.")
    row.score.setCurrentIndex(row.score.findData(2))
    row.note.setText("Yli odotusten")
    page.record_button.click()
    settle(ctx)
    assert not page.error.isVisible(), page.error.text()
    assert len(followup_service.list_follow_ups(ctx.vault, ctx.actor, client)) == earlier + 1
    now = followup_service.goal_attainment(ctx.vault, ctx.actor, client)[0]
    assert len(now.points) == before + 1 and now.latest == 2
    assert page.table.rowCount() == earlier + 1
    assert "Kuntosalilla" in page.table.item(0, 1).text()  # newest first
    assert "+2 (Yli odotusten)" in page.goal_rows[0].history.text()


def test_an_empty_summary_is_explained(qtbot, ctx):
    client = client_at(ctx, "follow_up")
    page = open_page(qtbot, ctx, FollowUpPage, client)
    earlier = len(followup_service.list_follow_ups(ctx.vault, ctx.actor, client))
    page.record_button.click()
    settle(ctx)
    assert page.error.isVisible() and page.error.text()
    assert len(followup_service.list_follow_ups(ctx.vault, ctx.actor, client)) == earlier


def test_the_before_after_chart_shows_every_domain(qtbot, ctx):
    client = client_at(ctx, "follow_up")
    page = open_page(qtbot, ctx, FollowUpPage, client)
    change = selfassessment.compare_self_assessments(ctx.vault, ctx.actor, client)
    assert change is not None
    domains = selfassessment.questionnaire(ctx.vault, ctx.actor).domains
    titles = [d.title_fi for d in domains if d.code in change.before.by_domain]
    assert titles and page.chart.groups == titles
    for title in titles:
        assert title in page.chart.text_alternative()


def test_a_summary_being_typed_is_kept_as_a_draft(qtbot, ctx):
    client = client_at(ctx, "follow_up")
    page = open_page(qtbot, ctx, FollowUpPage, client)
    page.summary.setPlainText("Kesken jäänyt ajatus")
    assert page.summary.save_now()
    page.close()
    again = open_page(qtbot, ctx, FollowUpPage, client)
    assert again.summary.toPlainText() == "Kesken jäänyt ajatus"


def test_a_long_history_shows_its_recent_part_and_the_rest_is_one_click_away(
    qtbot, ctx, monkeypatch
):
    from hbdesk.ui.stages import followup as followup_page

    monkeypatch.setattr(followup_page, "RECENT_FOLLOW_UPS", 1)
    monkeypatch.setattr(followup_page, "RECENT_SCORES", 1)
    client = client_at(ctx, "follow_up")
    goal = followup_service.goal_attainment(ctx.vault, ctx.actor, client)[0]
    for n, day in enumerate((dt.date(2026, 1, 12), dt.date(2026, 2, 9))):
        held = followup_service.record_follow_up(
            ctx.vault, ctx.actor, client, held_on=day, summary=f"Seuranta {n + 1}"
        ).value
        followup_service.record_goal_progress(
            ctx.vault,
            ctx.actor,
            client,
            goal_lineage_id=goal.goal_lineage_id,
            assessed_on=day,
            score=n,
            note=f"arvio {n + 1}",
            follow_up_id=held.id,
        )
    every = followup_service.list_follow_ups(ctx.vault, ctx.actor, client)
    points = followup_service.goal_attainment(ctx.vault, ctx.actor, client)[0].points
    page = open_page(qtbot, ctx, FollowUpPage, client)

    assert page.table.rowCount() == 1  # the newest only
    newest = max(every, key=lambda f: f.held_on)
    assert page.table.item(0, 0).text() == formatting.date(newest.held_on)
    assert page.older_button.isVisible()
    assert str(len(every) - 1) in page.older_button.text()
    history = page.goal_rows[0].history
    assert "arvio 1" not in history.text() and (points[-1].note or "") in history.text()
    older = page.older_scores_button
    assert older.isVisible() and older.accessibleName()

    page.older_button.click()
    assert page.table.rowCount() == len(every) and not page.older_button.isVisible()
    older.click()
    assert "arvio 1" in history.text() and "arvio 2" in history.text()
    assert not older.isVisible()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "fi",
            {
                1: ("Näytä 1 vanhempi seuranta", "Näytä 1 vanhempi arvio"),
                5: ("Näytä 5 vanhempaa seurantaa", "Näytä 5 vanhempaa arviota"),
            },
        ),
        (
            "sv",
            {
                1: ("Visa 1 äldre uppföljning", "Visa 1 äldre bedömning"),
                5: ("Visa 5 äldre uppföljningar", "Visa 5 äldre bedömningar"),
            },
        ),
        (
            "en",
            {
                1: ("Show 1 older follow-up", "Show 1 older assessment"),
                5: ("Show 5 older follow-ups", "Show 5 older assessments"),
            },
        ),
    ],
)
def test_the_show_older_buttons_count_in_the_languages_own_plural(
    qtbot, qapp, ctx, monkeypatch, lang, words
):
    from hbdesk.ui import translations
    from hbdesk.ui.stages import followup as followup_page

    client = client_at(ctx, "follow_up")
    goal = followup_service.goal_attainment(ctx.vault, ctx.actor, client)[0]
    for n in range(6):
        day = dt.date(2025, 1, 6) + dt.timedelta(weeks=n)
        followup_service.record_follow_up(
            ctx.vault, ctx.actor, client, held_on=day, summary=f"Seuranta {n + 1}"
        )
        followup_service.record_goal_progress(
            ctx.vault,
            ctx.actor,
            client,
            goal_lineage_id=goal.goal_lineage_id,
            assessed_on=day,
            score=0,
        )
    follow_ups = len(followup_service.list_follow_ups(ctx.vault, ctx.actor, client))
    goals = followup_service.goal_attainment(ctx.vault, ctx.actor, client)

    def recent_scores_leaving(n: int) -> int:  # RECENT_SCORES that leaves n points out
        older = {sum(max(0, len(g.points) - r) for g in goals): r for r in range(100)}
        return older[n]

    installed = translations.install(qapp, lang)
    try:
        for n, (follow_up_words, score_words) in words.items():
            monkeypatch.setattr(followup_page, "RECENT_FOLLOW_UPS", follow_ups - n)
            monkeypatch.setattr(followup_page, "RECENT_SCORES", recent_scores_leaving(n))
            page = open_page(qtbot, ctx, FollowUpPage, client)
            assert page.older_button.text() == follow_up_words
            assert page.older_scores_button.text() == score_words
    finally:
        translations.uninstall(qapp, installed)
