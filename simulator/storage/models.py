"""SQLAlchemy ORM tables. Portable types only, so SQLite and PostgreSQL both work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base; JSON columns are declared explicitly on each table."""


class Candidate(Base):
    """A person who sits exams (a name or alias; no password). Id 1 is the implicit local candidate."""

    __tablename__ = "candidates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Exam(Base):
    """One certification: its blueprint and the hash of the bank files last imported."""

    __tablename__ = "exams"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    blueprint: Mapped[dict[str, Any]] = mapped_column(JSON)
    bank_hash: Mapped[str | None] = mapped_column(String(64))
    synced_at: Mapped[datetime | None] = mapped_column(DateTime)
    # None: the shipped bank (or SIMULACRO_BANK_DIR) defines this exam; else the pack that defined it.
    pack_id: Mapped[int | None] = mapped_column(Integer)


class Pack(Base):
    """An imported question pack: kept beside the shipped bank, listed and removable (soft: attempts keep it)."""

    __tablename__ = "packs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    source: Mapped[str] = mapped_column(Text)
    exams: Mapped[list[Any]] = mapped_column(JSON)
    item_keys: Mapped[list[Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)


class BlueprintRevision(Base):
    """One blueprint as it was at some point; an attempt is scored against the revision it started with."""

    __tablename__ = "blueprint_revisions"
    __table_args__ = (UniqueConstraint("exam_code", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    exam_code: Mapped[str] = mapped_column(String(80))
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Item(Base):
    """A stable item identity; its text lives in revisions."""

    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("exam_code", "key"), Index("ix_items_exam_task", "exam_code", "task"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    exam_code: Mapped[str] = mapped_column(ForeignKey("exams.code"))
    key: Mapped[str] = mapped_column(String(80))
    task: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(20))
    case_study: Mapped[str | None] = mapped_column(String(80))
    current_revision: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    pack_id: Mapped[int | None] = mapped_column(Integer)  # None: a shipped item


class ItemRevision(Base):
    """The exact content of one item at one point in time; attempts point here."""

    __tablename__ = "item_revisions"
    __table_args__ = (UniqueConstraint("item_id", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CaseStudyRow(Base):
    """A shared scenario; its text is also copied into each item revision for exact history."""

    __tablename__ = "case_studies"
    __table_args__ = (UniqueConstraint("exam_code", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    exam_code: Mapped[str] = mapped_column(ForeignKey("exams.code"))
    key: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(Text)
    item_keys: Mapped[list[Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Attempt(Base):
    """One exam sitting, finished or not."""

    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_status", "status"), Index("ix_attempts_candidate", "candidate_id", "status"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Whose attempt (candidates.id; not a declared foreign key, see migration 0005).
    candidate_id: Mapped[int] = mapped_column(Integer, server_default="1")
    exam_code: Mapped[str] = mapped_column(ForeignKey("exams.code"))
    mode: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    seed: Mapped[int] = mapped_column(Integer)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    time_limit_s: Mapped[int | None] = mapped_column(Integer)
    remaining_s: Mapped[float | None] = mapped_column(Float)
    elapsed_s: Mapped[float] = mapped_column(Float, default=0.0)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    current_position: Mapped[int] = mapped_column(Integer, default=0)
    raw_correct: Mapped[int | None] = mapped_column(Integer)
    scored_total: Mapped[int | None] = mapped_column(Integer)
    scaled_score: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    expired: Mapped[bool] = mapped_column(Boolean, default=False)
    # A full exam's wall-clock deadline: its clock keeps running while the app is closed (see simulator/timer.py).
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime)
    interruptions: Mapped[int] = mapped_column(Integer, default=0)
    time_away_s: Mapped[float] = mapped_column(Float, default=0.0)
    blueprint_revision_id: Mapped[int | None] = mapped_column(Integer)
    # The sealed result, written by the submit transaction (simulator.sealed); never recomputed.
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Which window may write this attempt, and when it last said so (see simulator.storage.attempts).
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_heartbeat: Mapped[datetime | None] = mapped_column(DateTime)


class AttemptItem(Base):
    """An item as shown in one attempt: its revision, presentation order and the candidate's answer."""

    __tablename__ = "attempt_items"
    __table_args__ = (Index("ix_attempt_items_item", "item_id"),)

    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    revision_id: Mapped[int] = mapped_column(ForeignKey("item_revisions.id"))
    task: Mapped[str] = mapped_column(String(10))
    scored: Mapped[bool] = mapped_column(Boolean)
    presentation: Mapped[dict[str, Any]] = mapped_column(JSON)
    # No answer is SQL NULL, not the JSON text 'null': queries, migrations and the fault suites test IS NULL.
    response: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    struck: Mapped[list[Any]] = mapped_column(JSON)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    time_spent_s: Mapped[float] = mapped_column(Float, default=0.0)
    correct: Mapped[bool | None] = mapped_column(Boolean)
    credit: Mapped[float | None] = mapped_column(Float)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)
    highlights: Mapped[list[Any] | None] = mapped_column(JSON)  # [[start, end], ...] in the stem


class FlagClearance(Base):
    """When the candidate last cleared the flag of an item; flags set after it count again."""

    __tablename__ = "flag_clearances"

    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    cleared_at: Mapped[datetime] = mapped_column(DateTime)


class ItemReport(Base):
    """A candidate's note that an item seems wrong, kept locally and exportable as CSV."""

    __tablename__ = "item_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    candidate_id: Mapped[int] = mapped_column(Integer, server_default="1")
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    revision_id: Mapped[int] = mapped_column(ForeignKey("item_revisions.id"))
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewSchedule(Base):
    """Leitner box and due date of an item the candidate has missed (spaced repetition)."""

    __tablename__ = "review_schedule"
    __table_args__ = (Index("ix_review_schedule_due", "due_at"),)

    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    box: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
