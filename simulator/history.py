"""Past and unfinished attempts, summarised per domain and task statement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import case, func, select

from simulator.blueprint import Blueprint
from simulator.scoring import group_scores
from simulator.states import AttemptStatus, Mode
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
        ).order_by(Attempt.created_at.desc(), Attempt.id.desc())
        if not include_demo:
            query = query.where(Attempt.is_demo.is_(False))
        attempts = session.execute(query).all()
        # Counted in SQL, so a long history costs one small row per attempt and task statement.
        per_task: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
        totals: dict[int, int] = defaultdict(int)
        answered: dict[int, int] = defaultdict(int)
        right = func.sum(case((AttemptItem.correct.is_(True), 1), else_=0))
        for attempt_id, task, scored, count, correct, given in session.execute(
            select(
                AttemptItem.attempt_id,
                AttemptItem.task,
                AttemptItem.scored,
                func.count(),
                right,
                func.count(AttemptItem.answered_at),
            ).group_by(AttemptItem.attempt_id, AttemptItem.task, AttemptItem.scored)
        ):
            totals[attempt_id] += count
            answered[attempt_id] += given
            if scored:
                per_task[attempt_id][task] = (count, int(correct or 0))
    result = []
    for a in attempts:
        if a.exam_code not in blueprints:
            blueprints[a.exam_code] = load_blueprint(store, a.exam_code)
        domains, tasks = (
            group_scores(blueprints[a.exam_code], per_task[a.id]) if a.status == AttemptStatus.SUBMITTED else ((), ())
        )
        result.append(
            AttemptSummary(
                id=a.id,
                exam=a.exam_code,
                mode=Mode(a.mode),
                status=AttemptStatus(a.status),
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
            )
        )
    return result


def resumable(history: Sequence[AttemptSummary]) -> AttemptSummary | None:
    """The attempt the app offers to resume: the newest unfinished one that is not a demo."""
    return next((h for h in history if h.status == AttemptStatus.IN_PROGRESS and not h.is_demo), None)


def resumable_attempt(store: Store) -> AttemptSummary | None:
    return resumable(attempt_history(store, include_demo=False))
