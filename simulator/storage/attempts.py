"""Attempt tables: create an attempt, save each answer at once, submit atomically, read history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from simulator.errors import AttemptStateError, NotFoundError
from simulator.leitner import next_box
from simulator.states import AttemptStatus, Mode
from simulator.storage.bank import current_blueprint_revision
from simulator.storage.db import LOCAL_CANDIDATE_ID, Store
from simulator.storage.models import Attempt, AttemptItem, Item, ReviewSchedule

# A lease not renewed for this long belongs to a window that is gone (the exam screen renews it every 5 s).
LEASE_STALE_S = 30.0


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
    mode: Mode,
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
            candidate_id=store.candidate_id,
            exam_code=exam,
            mode=mode,
            status=AttemptStatus.IN_PROGRESS,
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
            blueprint_revision_id=current_blueprint_revision(session, exam),
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
                seen=position == 0,  # the first item is on screen as the attempt starts
            )
            for position, item in enumerate(items)
        )
        return attempt.id


def load_attempt(store: Store, attempt_id: int, *, items: bool = True) -> tuple[Attempt, list[AttemptItem]]:
    with store.read() as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None:
            raise NotFoundError(code="no_attempt", attempt=attempt_id)
        if not items:
            session.expunge_all()
            return attempt, []
        rows = list(
            session.scalars(
                select(AttemptItem).where(AttemptItem.attempt_id == attempt_id).order_by(AttemptItem.position)
            )
        )
        session.expunge_all()
        return attempt, rows


def _writable(owner: str) -> Any:
    """The condition every write to an attempt carries: still in progress, and this window holds its lease."""
    return (Attempt.status == AttemptStatus.IN_PROGRESS) & (Attempt.lease_owner == owner)


def _refused(session: Session, attempt_id: int) -> AttemptStateError:
    """Why a write found no attempt row it may change, as a user-facing error."""
    status = session.scalar(select(Attempt.status).where(Attempt.id == attempt_id))
    if status is None:
        return AttemptStateError(code="no_attempt", attempt=attempt_id)
    if status == AttemptStatus.SUBMITTED:
        return AttemptStateError(code="submitted_elsewhere")
    if status != AttemptStatus.IN_PROGRESS:
        return AttemptStateError(code="set_aside")
    return AttemptStateError(code="taken_over")


def _touch(session: Session, attempt_id: int, owner: str, values: dict[str, Any]) -> None:
    """Update the attempt row only if the write is allowed (one statement), else raise with the reason."""
    outcome = session.execute(
        update(Attempt).where(Attempt.id == attempt_id, _writable(owner)).values(**values),
        execution_options={"synchronize_session": False},
    )
    if outcome.rowcount != 1:  # type: ignore[attr-defined]
        raise _refused(session, attempt_id)


def acquire_lease(store: Store, attempt_id: int, owner: str, now: datetime, *, take_over: bool = False) -> bool:
    """Hold an unfinished attempt for this window; False when another live window holds it.

    A lease is free when nobody holds it, when its holder stopped renewing it (LEASE_STALE_S), when it is
    ours, or when its holder is a process of this computer that no longer runs (a crash: resume at once)."""
    cutoff = now - timedelta(seconds=LEASE_STALE_S)
    with store.write() as session:
        holder = session.scalar(select(Attempt.lease_owner).where(Attempt.id == attempt_id))
        free: Any = (
            Attempt.lease_owner.is_(None)
            | (Attempt.lease_owner == owner)
            | Attempt.lease_heartbeat.is_(None)
            | (Attempt.lease_heartbeat < cutoff)
        )
        if take_over or (holder is not None and owner_is_gone(holder)):
            free = Attempt.lease_owner == holder if holder is not None else Attempt.lease_owner.is_(None)
        outcome = session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.status == AttemptStatus.IN_PROGRESS, free)
            .values(lease_owner=owner, lease_heartbeat=now),
            execution_options={"synchronize_session": False},
        )
        return bool(outcome.rowcount == 1)  # type: ignore[attr-defined]


def release_lease(store: Store, attempt_id: int, owner: str) -> None:
    with store.write() as session:
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.lease_owner == owner)
            .values(lease_owner=None, lease_heartbeat=None),
            execution_options={"synchronize_session": False},
        )


def owner_is_gone(owner: str) -> bool:
    """Whether a lease owner id (host/pid/random) names a process of this computer that has ended."""
    import os
    import socket

    parts = owner.split("/")
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def save_item_state(
    store: Store,
    attempt_id: int,
    position: int,
    values: dict[str, Any],
    *,
    remaining_s: float | None,
    elapsed_s: float,
    now: datetime,
    owner: str,
) -> None:
    """Write one item's changed fields and the clock in one committed transaction, if the attempt allows it."""
    clock = {
        "remaining_s": remaining_s,
        "elapsed_s": elapsed_s,
        "updated_at": now,
        "current_position": position,
        "lease_heartbeat": now,
    }
    with store.write() as session:
        if values and session.get_bind().dialect.name == "postgresql":
            # A shared server: one statement, one round trip. The attempt row is touched in a data-modifying CTE
            # and the item changes only through it, so a refused attempt changes nothing (0 rows, as below).
            touched = (
                update(Attempt)
                .where(Attempt.id == attempt_id, _writable(owner))
                .values(**clock)
                .returning(Attempt.id)
                .cte("touched")
            )
            outcome = session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == touched.c.id, AttemptItem.position == position)
                .values(**values),
                execution_options={"synchronize_session": False},
            )
            if outcome.rowcount != 1:  # type: ignore[attr-defined]
                raise _refused(session, attempt_id)
            return
        _touch(session, attempt_id, owner, clock)
        if values:
            session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.position == position)
                .values(**values)
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
    owner: str,
    seen: Sequence[int] = (),
    current_position: int | None = None,
    deadline_at: datetime | None = None,
    interruptions: int = 0,
    time_away_s: float = 0.0,
) -> None:
    """Persist the clock (with the deadline and interruptions), the time per item, the items shown since the
    last save (`seen`) and the item on screen in one transaction (and renew the lease)."""
    with store.write() as session:
        _touch(
            session,
            attempt_id,
            owner,
            {
                "remaining_s": remaining_s,
                "elapsed_s": elapsed_s,
                "paused": paused,
                "updated_at": now,
                "lease_heartbeat": now,
                "deadline_at": deadline_at,
                "interruptions": interruptions,
                "time_away_s": time_away_s,
            }
            | ({} if current_position is None else {"current_position": current_position}),
        )
        for position, spent in item_times.items():
            session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.position == position)
                .values(time_spent_s=spent)
            )
        if seen:
            session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.position.in_(seen))
                .values(seen=True)
            )


def submit_attempt(
    store: Store,
    attempt_id: int,
    *,
    item_results: Sequence[tuple[int, bool, float, float, bool]],
    raw_correct: int,
    scored_total: int,
    scaled: int,
    passed: bool,
    remaining_s: float | None,
    elapsed_s: float,
    expired: bool,
    now: datetime,
    owner: str,
    result: dict[str, Any],
    schedule_results: Sequence[tuple[int, bool]] = (),
    interruptions: int = 0,
    time_away_s: float = 0.0,
) -> None:
    """Mark the attempt submitted with its sealed result and every item's in one transaction: all or none.

    The status change is the first statement and carries the state check, so a second submit, or one from
    a window that lost the lease, changes nothing."""
    with store.write() as session:
        _touch(
            session,
            attempt_id,
            owner,
            {
                "status": AttemptStatus.SUBMITTED,
                "submitted_at": now,
                "updated_at": now,
                "raw_correct": raw_correct,
                "scored_total": scored_total,
                "scaled_score": scaled,
                "passed": passed,
                "remaining_s": remaining_s,
                "elapsed_s": elapsed_s,
                "paused": False,
                "expired": expired,
                "result": result,
                "lease_owner": None,
                "lease_heartbeat": None,
                "interruptions": interruptions,
                "time_away_s": time_away_s,
            },
        )
        candidate = session.scalar(select(Attempt.candidate_id).where(Attempt.id == attempt_id))
        apply_schedule(session, schedule_results, now, candidate_id=candidate or LOCAL_CANDIDATE_ID)
        for position, correct, credit, spent, seen in item_results:
            session.execute(
                update(AttemptItem)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.position == position)
                .values(correct=correct, credit=credit, time_spent_s=spent, seen=seen)
            )


def apply_schedule(
    session: Session, results: Sequence[tuple[int, bool]], now: datetime, *, candidate_id: int = 1
) -> None:
    """Move each answered item between one candidate's Leitner boxes (inside the caller's transaction)."""
    for item_id, correct in results:
        row = session.get(ReviewSchedule, (candidate_id, item_id))
        step = next_box(row.box if row is not None else None, correct)
        if step is None:
            continue
        box, days = step
        due = now + timedelta(days=days)
        if row is None:
            session.add(ReviewSchedule(candidate_id=candidate_id, item_id=item_id, box=box, due_at=due, updated_at=now))
        else:
            row.box, row.due_at, row.updated_at = box, due, now


def last_seen(store: Store, exam: str) -> dict[str, datetime]:
    """When each item of an exam was last shown to the candidate (demo attempts excluded)."""
    with store.read() as session:
        rows = session.execute(
            select(Item.key, func.max(Attempt.created_at))
            .join(AttemptItem, AttemptItem.item_id == Item.id)
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            .where(Attempt.exam_code == exam, Attempt.is_demo.is_(False), Attempt.candidate_id == store.candidate_id)
            .group_by(Item.key)
        ).all()
    return dict(rows)


def abandon_attempt(store: Store, attempt_id: int, now: datetime) -> None:
    """Set an unfinished attempt aside: kept in the database, no longer offered for resuming."""
    with store.write() as session:
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.status == AttemptStatus.IN_PROGRESS)
            .values(status=AttemptStatus.ABANDONED, updated_at=now)
        )


def answer_records(
    store: Store, *, include_demo: bool, exam: str | None = None
) -> list[tuple[datetime, str, bool, str]]:
    """(submitted at, task, correct, item key) for every scored item of the store's candidate's submitted attempts
    (of one exam if given:
    another exam's task "1.1" is another task statement)."""
    with store.read() as session:
        query = (
            select(Attempt.submitted_at, AttemptItem.task, AttemptItem.correct, Item.key)
            .join(AttemptItem, AttemptItem.attempt_id == Attempt.id)
            .join(Item, Item.id == AttemptItem.item_id)
            .where(
                Attempt.status == AttemptStatus.SUBMITTED,
                AttemptItem.scored.is_(True),
                Attempt.candidate_id == store.candidate_id,
            )
        )
        if not include_demo:
            query = query.where(Attempt.is_demo.is_(False))
        if exam is not None:
            query = query.where(Attempt.exam_code == exam)
        # All answers of an attempt share its time: a fixed order within it keeps recency weights (and so mastery)
        # the same on every database, whatever order it returns rows in.
        query = query.order_by(Attempt.submitted_at, Attempt.id, AttemptItem.position)
        return [
            (when, task, bool(correct), key) for when, task, correct, key in session.execute(query) if when is not None
        ]


@dataclass(frozen=True)
class FinishedItem:
    """An item of a simulated attempt with its final answer and the engine's score of it."""

    item_id: int
    revision_id: int
    task: str
    scored: bool
    presentation: dict[str, Any]
    response: list[Any] | None
    flagged: bool
    time_spent_s: float
    correct: bool
    credit: float


@dataclass(frozen=True)
class FinishedAttempt:
    """A whole simulated sitting, answered and scored in memory (demo, benches): stored in one go."""

    candidate_id: int
    exam: str
    mode: str
    seed: int
    settings: dict[str, Any]
    time_limit_s: int | None
    started: datetime
    submitted: datetime
    elapsed_s: float
    raw_correct: int
    scored_total: int
    scaled: int
    passed: bool
    result: dict[str, Any]
    items: tuple[FinishedItem, ...]


def store_finished_attempts(store: Store, attempts: Sequence[FinishedAttempt], *, is_demo: bool = True) -> list[int]:
    """Insert submitted attempts and all their items in one transaction (a batch of simulated sittings)."""
    ids: list[int] = []
    with store.write() as session:
        revision = {code: current_blueprint_revision(session, code) for code in {a.exam for a in attempts}}
        rows = [
            Attempt(
                candidate_id=a.candidate_id,
                exam_code=a.exam,
                mode=a.mode,
                status=AttemptStatus.SUBMITTED,
                is_demo=is_demo,
                seed=a.seed,
                settings=a.settings,
                created_at=a.started,
                updated_at=a.submitted,
                submitted_at=a.submitted,
                time_limit_s=a.time_limit_s,
                remaining_s=None if a.time_limit_s is None else max(0.0, a.time_limit_s - a.elapsed_s),
                elapsed_s=a.elapsed_s,
                paused=False,
                current_position=0,
                raw_correct=a.raw_correct,
                scored_total=a.scored_total,
                scaled_score=a.scaled,
                passed=a.passed,
                expired=False,
                blueprint_revision_id=revision[a.exam],
                result=dict(a.result, blueprint=dict(a.result["blueprint"], revision=revision[a.exam])),
            )
            for a in attempts
        ]
        session.add_all(rows)
        session.flush()
        values = [
            {
                "attempt_id": row.id,
                "position": position,
                "item_id": item.item_id,
                "revision_id": item.revision_id,
                "task": item.task,
                "scored": item.scored,
                "presentation": item.presentation,
                "response": item.response,
                "flagged": item.flagged,
                "checked": False,
                "struck": [],
                "answered_at": a.submitted if item.response is not None else None,
                "time_spent_s": item.time_spent_s,
                "correct": item.correct,
                "credit": item.credit,
            }
            for row, a in zip(rows, attempts, strict=True)
            for position, item in enumerate(a.items)
        ]
        if values:
            # Core executemany: one statement for the whole batch (the ORM splits rows that hold None).
            session.connection().execute(insert(AttemptItem), values)
        for row, a in zip(rows, attempts, strict=True):
            if not is_demo:
                apply_schedule(
                    session,
                    [(i.item_id, i.correct) for i in a.items],
                    a.submitted,
                    candidate_id=a.candidate_id,
                )
            ids.append(row.id)
    return ids
