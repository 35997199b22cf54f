"""Past and unfinished attempts, summarised per domain and task statement."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from simulator.blueprint import Blueprint
from simulator.scoring import GroupScore
from simulator.storage.bank import load_blueprint
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem


@dataclass(frozen=True)
class AttemptSummary:
    id: int
    exam: str
    mode: str
    status: str
    is_demo: bool
    created_at: datetime
    submitted_at: datetime | None
    answered: int
    total: int
    time_limit_s: int | None
    remaining_s: float | None
    elapsed_s: float
    raw_correct: int | None
    scored_total: int | None
    scaled_score: int | None
    passed: bool | None
    domains: tuple[GroupScore, ...]
    tasks: tuple[GroupScore, ...]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat(timespec="seconds")
        data["submitted_at"] = self.submitted_at.isoformat(timespec="seconds") if self.submitted_at else None
        data["domains"] = [{"id": g.id, "correct": g.correct, "total": g.total} for g in self.domains]
        data["tasks"] = [{"id": g.id, "correct": g.correct, "total": g.total} for g in self.tasks]
        return data


def _groups(blueprint: Blueprint, rows: list[tuple[str, bool, bool | None]]) -> tuple[tuple[GroupScore, ...], ...]:
    task_total: dict[str, int] = defaultdict(int)
    task_right: dict[str, int] = defaultdict(int)
    for task, scored, correct in rows:
        if scored:
            task_total[task] += 1
            task_right[task] += bool(correct)
    tasks = tuple(GroupScore(t.id, task_right[t.id], task_total[t.id]) for t in blueprint.tasks)
    domains = tuple(
        GroupScore(
            str(d.id),
            sum(task_right[t.id] for t in blueprint.tasks_of(d.id)),
            sum(task_total[t.id] for t in blueprint.tasks_of(d.id)),
        )
        for d in blueprint.domains
    )
    return domains, tasks


def attempt_history(store: Store, *, include_demo: bool = True) -> list[AttemptSummary]:
    """Every attempt, newest first."""
    blueprints: dict[str, Blueprint] = {}
    with store.read() as session:
        query = select(Attempt).order_by(Attempt.created_at.desc(), Attempt.id.desc())
        if not include_demo:
            query = query.where(Attempt.is_demo.is_(False))
        attempts = list(session.scalars(query))
        rows_by_attempt: dict[int, list[tuple[str, bool, bool | None]]] = defaultdict(list)
        answered: dict[int, int] = defaultdict(int)
        for attempt_id, task, scored, correct, response in session.execute(
            select(
                AttemptItem.attempt_id, AttemptItem.task, AttemptItem.scored, AttemptItem.correct, AttemptItem.response
            )
        ):
            rows_by_attempt[attempt_id].append((task, scored, correct))
            if response:
                answered[attempt_id] += 1
        session.expunge_all()
    result = []
    for a in attempts:
        if a.exam_code not in blueprints:
            blueprints[a.exam_code] = load_blueprint(store, a.exam_code)
        rows = rows_by_attempt[a.id]
        domains, tasks = _groups(blueprints[a.exam_code], rows) if a.status == "submitted" else ((), ())
        result.append(
            AttemptSummary(
                id=a.id,
                exam=a.exam_code,
                mode=a.mode,
                status=a.status,
                is_demo=a.is_demo,
                created_at=a.created_at,
                submitted_at=a.submitted_at,
                answered=answered[a.id],
                total=len(rows),
                time_limit_s=a.time_limit_s,
                remaining_s=a.remaining_s,
                elapsed_s=a.elapsed_s,
                raw_correct=a.raw_correct,
                scored_total=a.scored_total,
                scaled_score=a.scaled_score,
                passed=a.passed,
                domains=domains,
                tasks=tasks,
            )
        )
    return result
