"""Past and unfinished attempts, summarised per domain and task statement."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from simulator.blueprint import Blueprint
from simulator.scoring import GroupScore
from simulator.storage.bank import load_blueprint
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem
from simulator.views import AttemptSummary


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
