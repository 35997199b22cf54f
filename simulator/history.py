"""Past and unfinished attempts, summarised per domain and task statement."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import case, func, select

from simulator.blueprint import Blueprint
from simulator.scoring import group_scores
from simulator.storage.bank import load_blueprint
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem
from simulator.views import AttemptSummary


def attempt_history(store: Store, *, include_demo: bool = True) -> list[AttemptSummary]:
    """Every attempt, newest first."""
    blueprints: dict[str, Blueprint] = {}
    with store.read() as session:
        query = select(
            Attempt.id,
            Attempt.exam_code,
            Attempt.mode,
            Attempt.status,
            Attempt.is_demo,
            Attempt.created_at,
            Attempt.submitted_at,
            Attempt.time_limit_s,
            Attempt.remaining_s,
            Attempt.elapsed_s,
            Attempt.raw_correct,
            Attempt.scored_total,
            Attempt.scaled_score,
            Attempt.passed,
            Attempt.interruptions,
            Attempt.time_away_s,
        ).order_by(Attempt.created_at.desc(), Attempt.id.desc())
        if not include_demo:
            query = query.where(Attempt.is_demo.is_(False))
        attempts = session.execute(query).all()
        # Counted in SQL, so a long history costs one small row per attempt and task statement.
        per_task: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
        totals: dict[int, int] = defaultdict(int)
        answered: dict[int, int] = defaultdict(int)
        given: dict[int, int] = defaultdict(int)
        right = func.sum(case((AttemptItem.correct.is_(True), 1), else_=0))
        for attempt_id, task, scored, count, correct, complete, responded in session.execute(
            select(
                AttemptItem.attempt_id,
                AttemptItem.task,
                AttemptItem.scored,
                func.count(),
                right,
                func.count(AttemptItem.answered_at),  # set only when the answer is complete
                func.count(AttemptItem.response),
            ).group_by(AttemptItem.attempt_id, AttemptItem.task, AttemptItem.scored)
        ):
            totals[attempt_id] += count
            answered[attempt_id] += complete
            given[attempt_id] += responded
            if scored:
                per_task[attempt_id][task] = (count, int(correct or 0))
    result = []
    for a in attempts:
        if a.exam_code not in blueprints:
            blueprints[a.exam_code] = load_blueprint(store, a.exam_code)
        domains, tasks = group_scores(blueprints[a.exam_code], per_task[a.id]) if a.status == "submitted" else ((), ())
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
                total=totals[a.id],
                time_limit_s=a.time_limit_s,
                remaining_s=a.remaining_s,
                elapsed_s=a.elapsed_s,
                raw_correct=a.raw_correct,
                scored_total=a.scored_total,
                scaled_score=a.scaled_score,
                passed=a.passed,
                domains=domains,
                tasks=tasks,
                incomplete=max(0, given[a.id] - answered[a.id]),
                interruptions=a.interruptions or 0,
                time_away_s=a.time_away_s or 0.0,
            )
        )
    return result
