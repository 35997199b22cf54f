"""Home's coach: the recommendation rule, the streak and the figures beside it, with exact expectations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from simulator.analytics import Readiness, TaskMastery
from simulator.coach import (
    DRILL_MIN_DUE,
    EXAM_SOON_DAYS,
    FULL_EXAM_GAP_DAYS,
    READY_PASS_CHANCE,
    Action,
    Advice,
    CoachFacts,
    Reason,
    coach,
    recommend,
    study_streak,
)
from simulator.states import AttemptStatus, Mode
from simulator.views import AttemptSummary
from tests.synthetic_bank import shipped_blueprint

BLUEPRINT = shipped_blueprint()
NOW = datetime(2026, 11, 27, 18, 0)


def _attempt(
    attempt_id: int, created: datetime, *, mode: Mode = Mode.PRACTICE, submitted: datetime | None = None
) -> AttemptSummary:
    status = AttemptStatus.IN_PROGRESS if submitted is None else AttemptStatus.SUBMITTED
    return AttemptSummary(
        attempt_id, "aif-c01", mode, status, False, created, submitted, 10, 10, None, None, 600.0,
        None, None, None, None, (), (),
    )  # fmt: skip


def _mastery(task: str, mastery: float, answers: int = 10) -> TaskMastery:
    return TaskMastery(task, mastery, answers, float(answers), max(0.0, mastery - 0.2), min(1.0, mastery + 0.2))


MASTERIES = tuple(_mastery(t.id, 0.7) for t in BLUEPRINT.tasks)


def _readiness(pass_probability: float) -> Readiness:
    return Readiness(0.7, 690, 600, 780, pass_probability, 140)


def _facts(**changes: object) -> CoachFacts:
    base = CoachFacts(NOW, (), MASTERIES, _readiness(0.3), ())
    return replace(base, **changes)  # type: ignore[arg-type]


def test_an_unfinished_attempt_comes_first_the_latest_one() -> None:
    history = (
        _attempt(1, NOW - timedelta(days=3)),
        _attempt(2, NOW - timedelta(days=1), mode=Mode.FULL),
        _attempt(3, NOW - timedelta(days=2), submitted=NOW - timedelta(days=2)),
    )
    facts = _facts(history=history, readiness=_readiness(0.9), due_at=(NOW,) * 20)
    assert recommend(facts) == Advice(Action.RESUME, Reason.UNFINISHED, attempt_id=2)


def test_no_answers_of_ones_own_asks_for_a_diagnostic_full_exam() -> None:
    assert recommend(_facts(masteries=(), readiness=None)) == Advice(Action.FIRST_EXAM, Reason.NO_DATA)


def test_ready_and_rested_means_a_full_exam() -> None:
    assert recommend(_facts(readiness=_readiness(READY_PASS_CHANCE))) == Advice(Action.FULL_EXAM, Reason.READY)
    just_under = _facts(readiness=_readiness(READY_PASS_CHANCE - 0.001))
    assert recommend(just_under).action == Action.PRACTICE_TASK


@pytest.mark.parametrize(
    ("days_ago", "expected"),
    [(FULL_EXAM_GAP_DAYS, Action.FULL_EXAM), (FULL_EXAM_GAP_DAYS - 0.01, Action.PRACTICE_TASK)],
)
def test_a_recent_full_exam_holds_the_next_one_back(days_ago: float, expected: Action) -> None:
    sat = NOW - timedelta(days=days_ago)
    history = (_attempt(4, sat - timedelta(hours=2), mode=Mode.FULL, submitted=sat),)
    assert recommend(_facts(history=history, readiness=_readiness(0.95))).action == expected


def test_a_finished_practice_does_not_count_as_a_full_exam() -> None:
    sat = NOW - timedelta(days=1)
    history = (_attempt(5, sat, mode=Mode.PRACTICE, submitted=sat),)
    assert recommend(_facts(history=history, readiness=_readiness(0.95))).action == Action.FULL_EXAM


@pytest.mark.parametrize(
    ("exam_day", "expected"),
    [
        (NOW.date() + timedelta(days=EXAM_SOON_DAYS), Advice(Action.FULL_EXAM, Reason.EXAM_SOON)),
        (NOW.date(), Advice(Action.FULL_EXAM, Reason.EXAM_SOON)),
        (NOW.date() + timedelta(days=EXAM_SOON_DAYS + 1), Advice(Action.PRACTICE_TASK, Reason.WEAKEST, task="1.1")),
        (NOW.date() - timedelta(days=1), Advice(Action.PRACTICE_TASK, Reason.WEAKEST, task="1.1")),
    ],
)
def test_an_exam_date_close_by_asks_for_full_exams(exam_day: date, expected: Advice) -> None:
    assert recommend(_facts(exam_date=exam_day)) == expected


def test_due_items_from_the_threshold_on_mean_a_drill() -> None:
    due = (NOW - timedelta(hours=1),) * DRILL_MIN_DUE
    later = (NOW + timedelta(minutes=1),) * 10  # not due yet: not counted
    assert recommend(_facts(due_at=due + later)) == Advice(Action.DRILL, Reason.DUE, due=DRILL_MIN_DUE)
    assert recommend(_facts(due_at=due[1:] + later)).action == Action.PRACTICE_TASK


def test_otherwise_the_weakest_task_statement_ties_by_id() -> None:
    masteries = tuple(_mastery(t.id, 0.3 if t.id in ("3.2", "2.1") else 0.8) for t in BLUEPRINT.tasks)
    assert recommend(_facts(masteries=masteries)) == Advice(Action.PRACTICE_TASK, Reason.WEAKEST, task="2.1")


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ({0, 1, 2}, 3),  # today and the two days before
        ({1, 2, 3, 5}, 3),  # not yet today: the streak ending yesterday still stands
        ({2, 3}, 0),  # nothing yesterday or today: broken
        ({0, 2, 3}, 1),
        (set(), 0),
    ],
)
def test_study_streak(days: set[int], expected: int) -> None:
    today = NOW.date()
    assert study_streak((today - timedelta(days=d) for d in days), today) == expected


def test_coaching_figures() -> None:
    masteries = tuple(_mastery(t.id, 0.5 if t.id.startswith("1.") else 0.8, answers=4) for t in BLUEPRINT.tasks)
    history = (
        _attempt(7, NOW - timedelta(days=1, hours=20), mode=Mode.FULL, submitted=NOW - timedelta(days=1, hours=18)),
        _attempt(8, NOW - timedelta(hours=3), submitted=NOW - timedelta(hours=2)),
    )
    due = (NOW - timedelta(days=2), NOW + timedelta(hours=5), NOW + timedelta(days=1))
    got = coach(BLUEPRINT, _facts(history=history, masteries=masteries, due_at=due, exam_date=date(2026, 12, 20)))
    assert got.advice == Advice(Action.PRACTICE_TASK, Reason.WEAKEST, task="1.1")
    tasks_per_domain = {d.id: len(BLUEPRINT.tasks_of(d.id)) for d in BLUEPRINT.domains}
    assert [(d.domain, d.answers) for d in got.domains] == [
        (d.id, 4 * tasks_per_domain[d.id]) for d in BLUEPRINT.domains
    ]
    assert [d.mastery for d in got.domains] == pytest.approx([0.5 if d.id == 1 else 0.8 for d in BLUEPRINT.domains])
    assert (got.due_now, got.due_today, got.streak_days, got.days_to_exam) == (1, 2, 3, 23)
    assert got.last_full_at == NOW - timedelta(days=1, hours=18)


def test_coaching_carries_the_masteries_and_the_weakest_three_tie_by_id() -> None:
    low = {"5.1": 0.2, "3.2": 0.3, "2.1": 0.3, "1.3": 0.3}
    masteries = tuple(_mastery(t.id, low.get(t.id, 0.8)) for t in BLUEPRINT.tasks)
    got = coach(BLUEPRINT, _facts(masteries=masteries))
    assert got.masteries == masteries
    assert got.weakest_tasks(3) == ("5.1", "1.3", "2.1")
    assert coach(BLUEPRINT, _facts(masteries=(), readiness=None)).weakest_tasks(3) == ()
