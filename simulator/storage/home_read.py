"""Home's reads from a local SQLite database through the standard library's sqlite3, without SQLAlchemy.

Importing SQLAlchemy alone takes about twice a bare window's whole start-up, so the window paints Home from these
reads and opens the database as usual (SQLAlchemy, the schema check, the bank sync) right after. Each function
runs the statement SQLAlchemy issues for its namesake in simulator.storage (bank, history, review, attempts), so
rows come back in the same order; tests/test_home_read.py checks that both give equal results.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from simulator.analytics import AnswerRecord
from simulator.blueprint import Blueprint
from simulator.sealed import unseal
from simulator.states import AttemptStatus, Mode
from simulator.views import AttemptSummary

DEFAULT_EXAM = "aif-c01"  # simulator.storage.bank.DEFAULT_EXAM (a test keeps them equal)

_CODES = (
    "SELECT exams.code FROM exams WHERE exams.pack_id IS NULL OR (exams.pack_id NOT IN "
    "(SELECT packs.id FROM packs WHERE packs.removed_at IS NOT NULL)) ORDER BY exams.code"
)
_ITEMS = (
    "SELECT items.task, items.case_study FROM items JOIN item_revisions ON item_revisions.item_id = items.id "
    "AND item_revisions.revision = items.current_revision WHERE items.exam_code = ? AND items.active IS 1 "
    'ORDER BY items."key"'
)
_ATTEMPTS = (
    "SELECT attempts.id, attempts.exam_code, attempts.mode, attempts.status, attempts.is_demo, attempts.created_at, "
    "attempts.submitted_at, attempts.time_limit_s, attempts.remaining_s, attempts.elapsed_s, attempts.raw_correct, "
    "attempts.scored_total, attempts.scaled_score, attempts.passed, attempts.result, attempts.interruptions, "
    "attempts.time_away_s FROM attempts WHERE attempts.candidate_id = ? "
    "ORDER BY attempts.created_at DESC, attempts.id DESC"
)
_ATTEMPT_COUNTS = (
    "SELECT attempt_items.attempt_id, count(*), count(attempt_items.answered_at), "
    "count(nullif(CAST(attempt_items.response AS VARCHAR), 'null')) "
    "FROM attempt_items JOIN attempts ON attempts.id = attempt_items.attempt_id "
    "WHERE attempts.candidate_id = ? GROUP BY attempt_items.attempt_id"
)
_DUE = (
    "SELECT review_schedule.due_at FROM review_schedule JOIN items ON items.id = review_schedule.item_id "
    "WHERE items.exam_code = ? AND items.active IS 1 AND review_schedule.candidate_id = ? "
    'ORDER BY review_schedule.due_at, review_schedule.box, items."key"'
)
_FLAGS = (
    "SELECT count(*) FROM items JOIN (SELECT attempt_items.item_id AS item_id, max(attempts.created_at) AS "
    "flagged_at, count(*) AS times, max(attempt_items.revision_id) AS revision_id FROM attempt_items JOIN attempts "
    "ON attempts.id = attempt_items.attempt_id WHERE attempt_items.flagged IS 1 AND attempts.is_demo IS 0 AND "
    "attempts.exam_code = ? AND attempts.candidate_id = ? AND attempts.status != ? GROUP BY attempt_items.item_id) "
    "AS anon_1 ON anon_1.item_id = items.id JOIN item_revisions ON item_revisions.id = anon_1.revision_id "
    "LEFT OUTER JOIN flag_clearances ON flag_clearances.item_id = items.id AND flag_clearances.candidate_id = ? "
    "WHERE flag_clearances.cleared_at IS NULL OR flag_clearances.cleared_at < anon_1.flagged_at"
)
_REPORTS = (
    "SELECT count(*) FROM item_reports JOIN items ON items.id = item_reports.item_id "
    "JOIN item_revisions ON item_revisions.id = item_reports.revision_id WHERE item_reports.candidate_id = ?"
)
_ANSWERS = (
    'SELECT attempts.submitted_at, attempt_items.task, attempt_items.correct, items."key" FROM attempts '
    "JOIN attempt_items ON attempt_items.attempt_id = attempts.id JOIN items ON items.id = attempt_items.item_id "
    "WHERE attempts.status = ? AND attempt_items.scored IS 1 AND attempts.candidate_id = ?"
)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (sqlite3.Error when the file is missing or not a database)."""
    if not path.is_file():
        raise sqlite3.OperationalError(f"no database file at {path}")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def stored_revision(connection: sqlite3.Connection) -> str | None:
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def stored_bank_hash(connection: sqlite3.Connection, exam: str) -> str | None:
    row = connection.execute("SELECT bank_hash FROM exams WHERE code = ?", (exam,)).fetchone()
    return None if row is None else row[0]


def _when(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def exam_codes(connection: sqlite3.Connection) -> list[str]:
    """simulator.storage.bank.exam_codes: the shipped exams and those of packs not removed, the default first."""
    codes = [str(code) for (code,) in connection.execute(_CODES)]
    return sorted(codes, key=lambda code: (code != DEFAULT_EXAM, code))


def choose_exam(connection: sqlite3.Connection, requested: str | None) -> str | None:
    """simulator.storage.bank.choose_exam for a code known to exist (or None): None when there is no exam."""
    codes = exam_codes(connection)
    if requested in codes:
        return requested
    shipped = [
        c for c in codes if connection.execute("SELECT pack_id FROM exams WHERE code = ?", (c,)).fetchone()[0] is None
    ]
    return shipped[0] if shipped else (codes[0] if codes else None)


def load_blueprint(connection: sqlite3.Connection, exam: str) -> Blueprint:
    (content,) = connection.execute("SELECT blueprint FROM exams WHERE code = ?", (exam,)).fetchone()
    return Blueprint.from_json(json.loads(content))


def item_counts(connection: sqlite3.Connection, exam: str) -> tuple[dict[str, int], dict[str, int]]:
    """Active items per domain, and standalone active items per task statement (as Home counts item_refs)."""
    rows = connection.execute(_ITEMS, (exam,)).fetchall()
    domains = Counter(str(task).split(".")[0] for task, _case in rows)
    tasks = Counter(str(task) for task, case in rows if case is None)
    return dict(domains), dict(tasks)


def attempt_history(connection: sqlite3.Connection, candidate_id: int) -> list[AttemptSummary]:
    """simulator.history.attempt_history (demos included), newest first."""
    totals: dict[int, int] = defaultdict(int)
    answered: dict[int, int] = defaultdict(int)
    given: dict[int, int] = defaultdict(int)
    for attempt_id, count, complete, responded in connection.execute(_ATTEMPT_COUNTS, (candidate_id,)):
        totals[attempt_id] += count
        answered[attempt_id] += complete
        given[attempt_id] += responded
    result = []
    for row in connection.execute(_ATTEMPTS, (candidate_id,)).fetchall():
        (
            attempt_id,
            exam,
            mode,
            status,
            is_demo,
            created_at,
            submitted_at,
            time_limit_s,
            remaining_s,
            elapsed_s,
            raw_correct,
            scored_total,
            scaled_score,
            passed,
            stored,
            interruptions,
            time_away_s,
        ) = row
        data = json.loads(stored) if stored is not None else None
        sealed = unseal(data) if status == AttemptStatus.SUBMITTED and data else None
        created = _when(created_at)
        assert created is not None
        result.append(
            AttemptSummary(
                id=attempt_id,
                exam=exam,
                mode=Mode(mode),
                status=AttemptStatus(status),
                is_demo=bool(is_demo),
                created_at=created,
                submitted_at=_when(submitted_at),
                answered=answered[attempt_id],
                total=totals[attempt_id],
                time_limit_s=time_limit_s,
                remaining_s=remaining_s,
                elapsed_s=elapsed_s,
                raw_correct=sealed.raw_correct if sealed else raw_correct,
                scored_total=sealed.scored_total if sealed else scored_total,
                scaled_score=sealed.scaled if sealed else scaled_score,
                passed=sealed.passed if sealed else _flag(passed),
                domains=sealed.domains if sealed else (),
                tasks=sealed.tasks if sealed else (),
                incomplete=max(0, given[attempt_id] - answered[attempt_id]),
                interruptions=interruptions or 0,
                time_away_s=time_away_s or 0.0,
            )
        )
    return result


def due_dates(connection: sqlite3.Connection, exam: str, candidate_id: int) -> list[datetime]:
    """When each of the exam's scheduled review items falls due (simulator.storage.review.schedule's order)."""
    return [when for (value,) in connection.execute(_DUE, (exam, candidate_id)) if (when := _when(value))]


def open_flag_count(connection: sqlite3.Connection, exam: str, candidate_id: int) -> int:
    """How many items simulator.storage.review.open_flags lists."""
    row = connection.execute(_FLAGS, (exam, candidate_id, str(AttemptStatus.IN_PROGRESS), candidate_id)).fetchone()
    return int(row[0])


def report_count(connection: sqlite3.Connection, candidate_id: int) -> int:
    """How many question reports simulator.storage.review.item_reports lists."""
    return int(connection.execute(_REPORTS, (candidate_id,)).fetchone()[0])


def answer_records(
    connection: sqlite3.Connection, candidate_id: int, *, include_demo: bool, exam: str
) -> list[AnswerRecord]:
    """simulator.storage.attempts.answer_records for one exam, as records."""
    query = (
        _ANSWERS
        + ("" if include_demo else " AND attempts.is_demo IS 0")
        + " AND attempts.exam_code = ? ORDER BY attempts.submitted_at, attempts.id, attempt_items.position"
    )
    rows = connection.execute(query, (str(AttemptStatus.SUBMITTED), candidate_id, exam))
    return [
        AnswerRecord(when, task, bool(correct), key)
        for value, task, correct, key in rows
        if (when := _when(value)) is not None
    ]
