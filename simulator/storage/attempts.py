"""Attempt tables: create an attempt, save each answer at once, submit atomically, read history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from simulator.errors import NotFoundError
from simulator.leitner import next_box
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem, Item, ReviewSchedule

IN_PROGRESS = "in_progress"
SUBMITTED = "submitted"


@dataclass(frozen=True)
class NewAttemptItem:
    item_id: int
    revision_id: int
    task: str
    scored: bool
    presentation: dict[str, Any]


def create_attempt(
    store: Store,
    *,
    exam: str,
    mode: str,
    seed: int,
    is_demo: bool,
    settings: dict[str, Any],
    time_limit_s: int | None,
    items: Sequence[NewAttemptItem],
    now: datetime,
    deadline_at: datetime | None = None,
) -> int:
    with store.write() as session:
        attempt = Attempt(
            exam_code=exam,
            mode=mode,
            status=IN_PROGRESS,
            is_demo=is_demo,
            seed=seed,
            settings=settings,
            created_at=now,
            updated_at=now,
            time_limit_s=time_limit_s,
            remaining_s=float(time_limit_s) if time_limit_s is not None else None,
            elapsed_s=0.0,
            paused=False,
            current_position=0,
            expired=False,
            deadline_at=deadline_at,
            interruptions=0,
            time_away_s=0.0,
        )
        session.add(attempt)
        session.flush()
        session.add_all(
            AttemptItem(
                attempt_id=attempt.id,
                position=position,
                item_id=item.item_id,
                revision_id=item.revision_id,
                task=item.task,
                scored=item.scored,
                presentation=item.presentation,
                response=None,
                flagged=False,
                checked=False,
                struck=[],
                time_spent_s=0.0,
                seen=False,
            )
            for position, item in enumerate(items)
        )
        return attempt.id


def load_attempt(store: Store, attempt_id: int) -> tuple[Attempt, list[AttemptItem]]:
    with store.read() as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None:
            raise NotFoundError(f"There is no attempt with id {attempt_id}.")
        rows = list(
            session.scalars(
                select(AttemptItem).where(AttemptItem.attempt_id == attempt_id).order_by(AttemptItem.position)
            )
        )
        session.expunge_all()
        return attempt, rows


def save_item_state(
    store: Store,
    attempt_id: int,
    position: int,
    values: dict[str, Any],
    *,
    remaining_s: float | None,
    elapsed_s: float,
    now: datetime,
) -> None:
    """Write one item's changed fields and the clock in one committed transaction."""
    with store.write() as session:
        if values:
            session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.position == position)
                .values(**values)
            )
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id)
            .values(remaining_s=remaining_s, elapsed_s=elapsed_s, updated_at=now, current_position=position)
        )


def save_clock(
    store: Store,
    attempt_id: int,
    *,
    remaining_s: float | None,
    elapsed_s: float,
    paused: bool,
    item_times: dict[int, float],
    now: datetime,
    deadline_at: datetime | None = None,
    interruptions: int = 0,
    time_away_s: float = 0.0,
) -> None:
    """Persist the clock (with the deadline and interruptions) and the time spent per item in one transaction."""
    with store.write() as session:
        for position, spent in item_times.items():
            session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.position == position)
                .values(time_spent_s=spent)
            )
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.status == IN_PROGRESS)
            .values(
                remaining_s=remaining_s,
                elapsed_s=elapsed_s,
                paused=paused,
                updated_at=now,
                deadline_at=deadline_at,
                interruptions=interruptions,
                time_away_s=time_away_s,
            )
        )


def submit_attempt(
    store: Store,
    attempt_id: int,
    *,
    item_results: Sequence[tuple[int, bool, float, float]],
    raw_correct: int,
    scored_total: int,
    scaled: int,
    passed: bool,
    remaining_s: float | None,
    elapsed_s: float,
    expired: bool,
    now: datetime,
    schedule_results: Sequence[tuple[int, bool]] = (),
    interruptions: int = 0,
    time_away_s: float = 0.0,
) -> None:
    """Mark the attempt submitted with every result in a single transaction: all of it or none."""
    with store.write() as session:
        apply_schedule(session, schedule_results, now)
        for position, correct, credit, spent in item_results:
            session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.position == position)
                .values(correct=correct, credit=credit, time_spent_s=spent)
            )
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id)
            .values(
                status=SUBMITTED,
                submitted_at=now,
                updated_at=now,
                raw_correct=raw_correct,
                scored_total=scored_total,
                scaled_score=scaled,
                passed=passed,
                remaining_s=remaining_s,
                elapsed_s=elapsed_s,
                paused=False,
                expired=expired,
                interruptions=interruptions,
                time_away_s=time_away_s,
            )
        )


def apply_schedule(session: Session, results: Sequence[tuple[int, bool]], now: datetime) -> None:
    """Move each answered item between Leitner boxes (inside the caller's transaction)."""
    for item_id, correct in results:
        row = session.get(ReviewSchedule, item_id)
        step = next_box(row.box if row is not None else None, correct)
        if step is None:
            continue
        box, days = step
        due = now + timedelta(days=days)
        if row is None:
            session.add(ReviewSchedule(item_id=item_id, box=box, due_at=due, updated_at=now))
        else:
            row.box, row.due_at, row.updated_at = box, due, now


def last_seen(store: Store, exam: str) -> dict[str, datetime]:
    """When each item of an exam was last shown to the candidate (demo attempts excluded)."""
    with store.read() as session:
        rows = session.execute(
            select(Item.key, func.max(Attempt.created_at))
            .join(AttemptItem, AttemptItem.item_id == Item.id)
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .where(Attempt.exam_code == exam, Attempt.is_demo.is_(False))
            .group_by(Item.key)
        ).all()
    return dict(rows)


def unfinished_attempts(store: Store) -> list[Attempt]:
    """The candidate's unfinished attempts (demos excluded), most recently used first."""
    with store.read() as session:
        rows = list(
            session.scalars(
                select(Attempt)
                .where(Attempt.status == IN_PROGRESS, Attempt.is_demo.is_(False))
                .order_by(Attempt.updated_at.desc())
            )
        )
        session.expunge_all()
        return rows


ABANDONED = "abandoned"


def abandon_attempt(store: Store, attempt_id: int, now: datetime) -> None:
    """Set an unfinished attempt aside: kept in the database, no longer offered for resuming."""
    with store.write() as session:
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.status == IN_PROGRESS)
            .values(status=ABANDONED, updated_at=now)
        )


def answer_records(store: Store, *, include_demo: bool) -> list[tuple[datetime, str, bool, str]]:
    """(submitted at, task, correct, item key) for every scored item of submitted attempts."""
    with store.read() as session:
        query = (
            select(Attempt.submitted_at, AttemptItem.task, AttemptItem.correct, Item.key)
            .join(AttemptItem, AttemptItem.attempt_id == Attempt.id)
            .join(Item, Item.id == AttemptItem.item_id)
            .where(Attempt.status == SUBMITTED, AttemptItem.scored.is_(True))
        )
        if not include_demo:
            query = query.where(Attempt.is_demo.is_(False))
        return [
            (when, task, bool(correct), key) for when, task, correct, key in session.execute(query) if when is not None
        ]
