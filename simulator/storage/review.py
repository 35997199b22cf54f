"""Queries behind the after-exam tools: open flags, question reports and the review schedule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from simulator.errors import NotFoundError
from simulator.states import AttemptStatus
from simulator.storage.db import Store
from simulator.storage.models import (
    Attempt,
    AttemptItem,
    FlagClearance,
    Item,
    ItemReport,
    ItemRevision,
    ReviewSchedule,
)


@dataclass(frozen=True)
class ScheduledItem:
    key: str
    box: int
    due_at: datetime


def schedule(store: Store, exam: str) -> list[ScheduledItem]:
    with store.read() as session:
        rows = session.execute(
            select(Item.key, ReviewSchedule.box, ReviewSchedule.due_at)
            .join(Item, Item.id == ReviewSchedule.item_id)
            .where(Item.exam_code == exam, Item.active.is_(True), ReviewSchedule.candidate_id == store.candidate_id)
            .order_by(ReviewSchedule.due_at, ReviewSchedule.box, Item.key)
        ).all()
    return [ScheduledItem(key, box, due) for key, box, due in rows]


@dataclass(frozen=True)
class FlaggedItem:
    key: str
    item_id: int
    task: str
    stem: str
    flagged_at: datetime
    times: int


def open_flags(store: Store, exam: str) -> list[FlaggedItem]:
    """Items flagged in the candidate's finished or discarded attempts since their flag was last cleared."""
    with store.read() as session:
        last = (
            select(
                AttemptItem.item_id.label("item_id"),
                func.max(Attempt.created_at).label("flagged_at"),
                func.count().label("times"),
                func.max(AttemptItem.revision_id).label("revision_id"),
            )
            .join(Attempt, Attempt.id == AttemptItem.attempt_id)
            # An unfinished attempt's flags stay inside it: shown elsewhere they would give away its items.
            .where(
                AttemptItem.flagged.is_(True),
                Attempt.is_demo.is_(False),
                Attempt.exam_code == exam,
                Attempt.candidate_id == store.candidate_id,
                Attempt.status != AttemptStatus.IN_PROGRESS,
            )
            .group_by(AttemptItem.item_id)
            .subquery()
        )
        rows = session.execute(
            select(Item.key, Item.id, Item.task, ItemRevision.content, last.c.flagged_at, last.c.times)
            .join(last, last.c.item_id == Item.id)
            .join(ItemRevision, ItemRevision.id == last.c.revision_id)
            .outerjoin(
                FlagClearance,
                (FlagClearance.item_id == Item.id) & (FlagClearance.candidate_id == store.candidate_id),
            )
            .where((FlagClearance.cleared_at.is_(None)) | (FlagClearance.cleared_at < last.c.flagged_at))
            .order_by(last.c.flagged_at.desc(), Item.key)
        ).all()
    return [
        FlaggedItem(key, item_id, task, content["stem"], when, times)
        for key, item_id, task, content, when, times in rows
    ]


def clear_flag(store: Store, exam: str, key: str, now: datetime) -> None:
    with store.write() as session:
        item_id = session.scalar(select(Item.id).where(Item.exam_code == exam, Item.key == key))
        if item_id is None:
            raise NotFoundError(code="no_item_key", key=key)
        row = session.get(FlagClearance, (store.candidate_id, item_id))
        if row is None:
            session.add(FlagClearance(candidate_id=store.candidate_id, item_id=item_id, cleared_at=now))
        else:
            row.cleared_at = now


def missed_keys(store: Store, attempt_id: int) -> list[str]:
    """Items answered wrong or left blank in a submitted attempt, in the order they were shown."""
    with store.read() as session:
        status = session.scalar(select(Attempt.status).where(Attempt.id == attempt_id))
        if status is None:
            raise NotFoundError(code="no_attempt", attempt=attempt_id)
        if status != AttemptStatus.SUBMITTED:
            return []
        return list(
            session.scalars(
                select(Item.key)
                .join(AttemptItem, AttemptItem.item_id == Item.id)
                .where(AttemptItem.attempt_id == attempt_id, AttemptItem.correct.is_(False))
                .order_by(AttemptItem.position)
            )
        )


@dataclass(frozen=True)
class ReportRow:
    id: int
    created_at: datetime
    key: str
    revision: int
    task: str
    attempt_id: int | None
    note: str
    stem: str


def add_item_report(store: Store, attempt_id: int, position: int, note: str, now: datetime) -> int:
    """Record a candidate's note that an item, as shown in an attempt, seems wrong."""
    text = note.strip()
    if not text:
        raise ValueError("Write what seems wrong with the question.")
    with store.write() as session:
        row = session.get(AttemptItem, (attempt_id, position))
        if row is None:
            raise NotFoundError(code="no_item_in_attempt", number=position + 1, attempt=attempt_id)
        owner = session.scalar(select(Attempt.candidate_id).where(Attempt.id == attempt_id))
        report = ItemReport(
            candidate_id=owner or store.candidate_id,
            item_id=row.item_id,
            revision_id=row.revision_id,
            attempt_id=attempt_id,
            note=text[:4000],
            created_at=now,
        )
        session.add(report)
        session.flush()
        return report.id


def item_reports(store: Store) -> list[ReportRow]:
    """The store's candidate's question reports, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(
                ItemReport.id,
                ItemReport.created_at,
                Item.key,
                ItemRevision.revision,
                Item.task,
                ItemReport.attempt_id,
                ItemReport.note,
                ItemRevision.content,
            )
            .join(Item, Item.id == ItemReport.item_id)
            .join(ItemRevision, ItemRevision.id == ItemReport.revision_id)
            .where(ItemReport.candidate_id == store.candidate_id)
            .order_by(ItemReport.created_at.desc(), ItemReport.id.desc())
        ).all()
    return [ReportRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]["stem"]) for r in rows]
