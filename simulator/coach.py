"""Home's study coach: where the candidate stands and the one thing to do next.

The recommendation is one rule, applied in this order (the first that holds wins):

1. **Resume** an unfinished attempt (a full exam's clock keeps running while it waits).
2. **First full exam** when the candidate has no answers of their own yet: a diagnostic gives every domain
   and task statement a starting point (demo attempts do not count).
3. **Full exam** when no full exam was finished in the last FULL_EXAM_GAP_DAYS days and either the chance of
   reaching the pass mark is at least READY_PASS_CHANCE, or the exam date is EXAM_SOON_DAYS away or closer:
   the candidate needs the real conditions (65 items, 90 minutes) more than another short set.
4. **Weak-area drill** when at least DRILL_MIN_DUE missed items are due for review now.
5. **Practice the weakest task statement** (lowest mastery; ties by task id) otherwise.

Study streak: consecutive days with study activity (an attempt started or finished) ending today, or
yesterday when the candidate has not studied yet today (the streak is not lost until the day is over).
Days are the clock's local dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from simulator.analytics import Readiness, Standing, TaskMastery, weakest_first
from simulator.blueprint import Blueprint
from simulator.states import AttemptStatus, Mode
from simulator.views import AttemptSummary

READY_PASS_CHANCE = 0.6
FULL_EXAM_GAP_DAYS = 7
EXAM_SOON_DAYS = 10
DRILL_MIN_DUE = 5


class Action(StrEnum):
    RESUME = "resume"
    FIRST_EXAM = "first-exam"
    FULL_EXAM = "full-exam"
    DRILL = "drill"
    PRACTICE_TASK = "practice-task"


class Reason(StrEnum):
    """Why the action was chosen (the UI words it; codes keep the engine free of display text)."""

    UNFINISHED = "unfinished"
    NO_DATA = "no-data"
    READY = "ready"
    EXAM_SOON = "exam-soon"
    DUE = "due"
    WEAKEST = "weakest"


@dataclass(frozen=True)
class Advice:
    action: Action
    reason: Reason
    attempt_id: int | None = None  # RESUME: the attempt to open
    task: str | None = None  # PRACTICE_TASK: the task statement to practise
    due: int = 0  # DRILL: items due now


@dataclass(frozen=True)
class DomainMastery:
    domain: int
    mastery: float  # the plain mean of its task statements' mastery
    answers: int


@dataclass(frozen=True)
class CoachFacts:
    """What the rule reads: the candidate's own history, nothing from demo attempts."""

    now: datetime
    history: tuple[AttemptSummary, ...]  # the candidate's attempts, demos excluded, any order
    masteries: tuple[TaskMastery, ...]  # from the candidate's own answers (empty: none yet)
    readiness: Readiness | None  # None: no answers of their own
    due_at: tuple[datetime, ...]  # when each scheduled review item falls due
    exam_date: date | None = None


@dataclass(frozen=True)
class Coaching:
    advice: Advice
    readiness: Readiness | None
    domains: tuple[DomainMastery, ...]
    due_now: int
    due_today: int
    streak_days: int
    days_to_exam: int | None  # None: no date set; negative: the date has passed
    last_full_at: datetime | None
    masteries: tuple[TaskMastery, ...] = ()  # per task statement, from the candidate's own answers (empty: none)

    def weakest_tasks(self, count: int) -> tuple[str, ...]:
        """The `count` task statements with the lowest mastery (ties by task id, as `weakest_first`)."""
        return tuple(m.task for m in weakest_first(self.masteries)[:count])


def domain_mastery(blueprint: Blueprint, masteries: Sequence[TaskMastery]) -> tuple[DomainMastery, ...]:
    """Per domain, the mean mastery of its task statements (the way readiness weighs them)."""
    by_task = {m.task: m for m in masteries}
    strip = []
    for domain in blueprint.domains:
        tasks = [by_task[t.id] for t in blueprint.tasks_of(domain.id) if t.id in by_task]
        if tasks:
            mean = sum(t.mastery for t in tasks) / len(tasks)
            strip.append(DomainMastery(domain.id, mean, sum(t.answers for t in tasks)))
    return tuple(strip)


def study_streak(days: Iterable[date], today: date) -> int:
    """Consecutive study days ending today, or yesterday when today has no study yet."""
    studied = set(days)
    day = today if today in studied else today - timedelta(days=1)
    streak = 0
    while day in studied:
        streak += 1
        day -= timedelta(days=1)
    return streak


def last_full_exam(history: Iterable[AttemptSummary]) -> datetime | None:
    finished = [
        h.submitted_at
        for h in history
        if h.mode == Mode.FULL and h.status == AttemptStatus.SUBMITTED and h.submitted_at is not None
    ]
    return max(finished, default=None)


def recommend(facts: CoachFacts) -> Advice:
    """The next action, by the rule in this module's docstring."""
    unfinished = [h for h in facts.history if h.status == AttemptStatus.IN_PROGRESS and not h.is_demo]
    if unfinished:
        latest = max(unfinished, key=lambda h: h.created_at)
        return Advice(Action.RESUME, Reason.UNFINISHED, attempt_id=latest.id)
    if facts.readiness is None or not facts.masteries:
        return Advice(Action.FIRST_EXAM, Reason.NO_DATA)
    last_full = last_full_exam(facts.history)
    rested = last_full is None or facts.now - last_full >= timedelta(days=FULL_EXAM_GAP_DAYS)
    if rested:
        if facts.readiness.pass_probability >= READY_PASS_CHANCE:
            return Advice(Action.FULL_EXAM, Reason.READY)
        days = _days_to(facts.exam_date, facts.now)
        if days is not None and 0 <= days <= EXAM_SOON_DAYS:
            return Advice(Action.FULL_EXAM, Reason.EXAM_SOON)
    due = sum(1 for when in facts.due_at if when <= facts.now)
    if due >= DRILL_MIN_DUE:
        return Advice(Action.DRILL, Reason.DUE, due=due)
    return Advice(Action.PRACTICE_TASK, Reason.WEAKEST, task=weakest_first(facts.masteries)[0].task)


def home_coaching(
    blueprint: Blueprint,
    mine: Standing,
    now: datetime,
    history: Sequence[AttemptSummary],
    due_at: Sequence[datetime],
    exam_date: date | None = None,
) -> Coaching:
    """Home's coach from what Home has read: the candidate's standing (their own answers only count: a standing
    from demo attempts is ignored), every attempt and the exam's review schedule."""
    own = mine.source == "candidate" and mine.readiness is not None
    facts = CoachFacts(
        now,
        tuple(h for h in history if h.exam == blueprint.exam and not h.is_demo),
        mine.masteries if own else (),
        mine.readiness if own else None,
        tuple(due_at),
        exam_date,
    )
    return coach(blueprint, facts)


def coach(blueprint: Blueprint, facts: CoachFacts) -> Coaching:
    """Everything Home's coach shows, from one set of facts."""
    end_of_today = datetime.combine(facts.now.date(), time.max)
    days: set[date] = set()
    for h in facts.history:
        days.add(h.created_at.date())
        if h.submitted_at is not None:
            days.add(h.submitted_at.date())
    return Coaching(
        advice=recommend(facts),
        readiness=facts.readiness,
        domains=domain_mastery(blueprint, facts.masteries),
        due_now=sum(1 for when in facts.due_at if when <= facts.now),
        due_today=sum(1 for when in facts.due_at if when <= end_of_today),
        streak_days=study_streak(days, facts.now.date()),
        days_to_exam=_days_to(facts.exam_date, facts.now),
        last_full_at=last_full_exam(facts.history),
        masteries=tuple(facts.masteries),
    )


def _days_to(exam_date: date | None, now: datetime) -> int | None:
    return None if exam_date is None else (exam_date - now.date()).days
