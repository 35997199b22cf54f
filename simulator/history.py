"""Past and unfinished attempts, summarised per domain and task statement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import String, cast, func, select

from simulator.sealed import unseal
from simulator.states import AttemptStatus, Mode
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem
from simulator.views import AttemptSummary
from simulator.views import open_attempts as open_attempts  # where it used to be


def attempt_history(store: Store, *, include_demo: bool = True) -> list[AttemptSummary]:
    """Every attempt of the store's candidate, newest first; a finished one as its sealed result says (never
    re-scored)."""
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
            Attempt.result,
            Attempt.interruptions,
            Attempt.time_away_s,
        ).where(Attempt.candidate_id == store.candidate_id)
        query = query.order_by(Attempt.created_at.desc(), Attempt.id.desc())
        if not include_demo:
            query = query.where(Attempt.is_demo.is_(False))
        attempts = session.execute(query).all()
        # Counted in SQL, so a long history costs one small row per attempt.
        totals: dict[int, int] = defaultdict(int)
        answered: dict[int, int] = defaultdict(int)
        given: dict[int, int] = defaultdict(int)
        for attempt_id, count, complete, responded in session.execute(
            select(
                AttemptItem.attempt_id,
                func.count(),
                func.count(AttemptItem.answered_at),  # set only when the answer is complete
                # Any answer, complete or not (an empty response is stored as JSON null, not SQL NULL).
                func.count(func.nullif(cast(AttemptItem.response, String), "null")),
            )
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .where(Attempt.candidate_id == store.candidate_id)
            .group_by(AttemptItem.attempt_id)
        ):
            totals[attempt_id] += count
            answered[attempt_id] += complete
            given[attempt_id] += responded
    result = []
    for a in attempts:
        sealed = unseal(a.result) if a.status == AttemptStatus.SUBMITTED and a.result else None
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
                raw_correct=sealed.raw_correct if sealed else a.raw_correct,
                scored_total=sealed.scored_total if sealed else a.scored_total,
                scaled_score=sealed.scaled if sealed else a.scaled_score,
                passed=sealed.passed if sealed else a.passed,
                domains=sealed.domains if sealed else (),
                tasks=sealed.tasks if sealed else (),
                incomplete=max(0, given[a.id] - answered[a.id]),
                interruptions=a.interruptions or 0,
                time_away_s=a.time_away_s or 0.0,
            )
        )
    return result


def resumable(history: Sequence[AttemptSummary]) -> AttemptSummary | None:
    """The first attempt Home offers to resume, or None."""
    return next(iter(open_attempts(history)), None)


def resumable_attempt(store: Store) -> AttemptSummary | None:
    return resumable(attempt_history(store, include_demo=False))
