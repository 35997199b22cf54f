"""The cohort: every candidate's readiness and mastery per task statement, the cohort's weakest task statements
and the items to revise, for the teacher screen and the cohort PDF."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from simulator.analytics import PRIOR_STRENGTH, AnswerRecord, Readiness, TaskMastery, mastery_by_task, readiness
from simulator.blueprint import Blueprint
from simulator.item_stats import ItemStat
from simulator.states import AttemptStatus
from simulator.storage.bank import load_blueprint
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem, Candidate, Item
from simulator.storage.stats import item_statistics

WEAK_MASTERY = 0.7  # a task statement below this is one the candidate should still study


@dataclass(frozen=True)
class CohortCandidate:
    id: int
    name: str
    attempts: int
    answers: int
    last_at: datetime | None
    readiness: Readiness | None
    masteries: tuple[TaskMastery, ...]


@dataclass(frozen=True)
class CohortTask:
    task: str
    title: str
    mean_mastery: float
    weak: int  # candidates below WEAK_MASTERY
    candidates: int


@dataclass(frozen=True)
class Cohort:
    exam: str
    blueprint: Blueprint
    language: str
    generated_at: datetime
    include_demo: bool
    candidates: tuple[CohortCandidate, ...]  # most ready first
    tasks: tuple[CohortTask, ...]  # blueprint order
    flagged: tuple[ItemStat, ...]

    def weakest(self, count: int = 5) -> list[CohortTask]:
        return sorted((t for t in self.tasks if t.candidates), key=lambda t: (t.mean_mastery, t.task))[:count]


def cohort_records(store: Store, exam: str, *, include_demo: bool) -> dict[int, list[AnswerRecord]]:
    """Every candidate's scored answers of finished attempts, as stored by each submit (nothing re-scored)."""
    query = (
        select(Attempt.candidate_id, Attempt.submitted_at, AttemptItem.task, AttemptItem.correct, Item.key)
        .join(AttemptItem, AttemptItem.attempt_id == Attempt.id)
        .join(Item, Item.id == AttemptItem.item_id)
        .where(Attempt.status == AttemptStatus.SUBMITTED, Attempt.exam_code == exam, AttemptItem.scored.is_(True))
    )
    if not include_demo:
        query = query.where(Attempt.is_demo.is_(False))
    records: dict[int, list[AnswerRecord]] = defaultdict(list)
    with store.read() as session:
        for candidate, when, task, correct, key in session.execute(query):
            if when is not None:
                records[candidate].append(AnswerRecord(when, task, bool(correct), key))
    return records


def build_cohort(
    store: Store,
    exam: str,
    *,
    include_demo: bool = False,
    language: str = "es",
    stats: list[ItemStat] | None = None,
    now: datetime | None = None,
) -> Cohort:
    """Everyone who finished an attempt of `exam`: readiness (most ready first), mastery, weak spots, bad items."""
    blueprint = load_blueprint(store, exam)
    records = cohort_records(store, exam, include_demo=include_demo)
    finished = select(Attempt.candidate_id, func.count(), func.max(Attempt.submitted_at)).where(
        Attempt.status == AttemptStatus.SUBMITTED, Attempt.exam_code == exam
    )
    if not include_demo:
        finished = finished.where(Attempt.is_demo.is_(False))
    with store.read() as session:
        counts = {c: (int(n), last) for c, n, last in session.execute(finished.group_by(Attempt.candidate_id))}
        names: dict[int, str] = {row.id: row.name for row in session.execute(select(Candidate.id, Candidate.name))}
    people = []
    for candidate_id, (attempts, last) in counts.items():
        answers = records.get(candidate_id, [])
        masteries = tuple(mastery_by_task(blueprint, answers))
        people.append(
            CohortCandidate(
                candidate_id,
                names.get(candidate_id, f"#{candidate_id}"),
                attempts,
                len(answers),
                last,
                readiness(blueprint, masteries, prior_strength=PRIOR_STRENGTH) if answers else None,
                masteries,
            )
        )
    people.sort(key=lambda c: (-(c.readiness.pass_probability if c.readiness else -1.0), c.name.lower()))
    tasks = []
    for task in blueprint.tasks:
        values = [m.mastery for c in people for m in c.masteries if m.task == task.id and m.answers]
        tasks.append(
            CohortTask(
                task.id,
                task.title(language),
                sum(values) / len(values) if values else 0.0,
                sum(v < WEAK_MASTERY for v in values),
                len(values),
            )
        )
    if stats is None:
        stats = item_statistics(store, exam, include_demo=include_demo)
    return Cohort(
        exam,
        blueprint,
        language,
        now or datetime.now(),
        include_demo,
        tuple(people),
        tuple(tasks),
        tuple(s for s in stats if s.revisar),
    )
