"""After-exam tools as one-call operations: drills, flagged and missed sets, mastery and readiness."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO

from simulator.analytics import AnswerRecord, Standing, standing_of
from simulator.assembly import ExamPlan, plan_drill, plan_selected
from simulator.blueprint import Blueprint
from simulator.coach import Coaching, home_coaching
from simulator.output_files import write_atomically
from simulator.storage.attempts import answer_records, last_seen
from simulator.storage.bank import bank_index
from simulator.storage.db import Store
from simulator.storage.review import item_reports, missed_keys, open_flags, schedule
from simulator.views import AttemptSummary

DRILL_WEAK_TASKS = 3
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def standing(store: Store, blueprint: Blueprint) -> Standing:
    """Mastery from the candidate's own answers; from demo attempts only when there are no others."""
    return standing_of(
        blueprint,
        [AnswerRecord(*row) for row in answer_records(store, include_demo=False, exam=blueprint.exam)],
        lambda: [AnswerRecord(*row) for row in answer_records(store, include_demo=True, exam=blueprint.exam)],
    )


def coaching(
    store: Store,
    blueprint: Blueprint,
    now: datetime,
    history: Sequence[AttemptSummary],
    due_at: Sequence[datetime],
    exam_date: date | None = None,
) -> Coaching:
    """Home's coach for the store's candidate, from their own attempts and answers only (never demo data).
    `history` and `due_at` are what Home has already read (every attempt; the exam's review schedule), so the
    coach adds only the standing to Home's reads."""
    return home_coaching(blueprint, standing(store, blueprint), now, history, due_at, exam_date)


def drill_plan(store: Store, exam: str, count: int, seed: int, now: datetime) -> ExamPlan:
    index = bank_index(store, exam)
    due = [s.key for s in schedule(store, exam) if s.due_at <= now]
    weakest = [m.task for m in standing(store, index.blueprint).weakest()][:DRILL_WEAK_TASKS]
    return plan_drill(index, weakest, due, count, seed, last_seen(store, exam))


def flagged_plan(store: Store, exam: str, seed: int) -> ExamPlan:
    keys = [f.key for f in open_flags(store, exam)]
    return plan_selected(bank_index(store, exam), keys, seed, kind="flagged")


def missed_plan(store: Store, exam: str, attempt_id: int, seed: int) -> ExamPlan:
    return plan_selected(bank_index(store, exam), missed_keys(store, attempt_id), seed, kind="missed")


def csv_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one starting with =, +, -, @, tab or carriage return would be
    run as a formula (OWASP's CSV injection), so it gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_reports_csv(store: Store, target: Path) -> int:
    """Write every question report as CSV (UTF-8 with BOM so spreadsheet apps read the accents), atomically."""
    rows = item_reports(store)

    def write(raw: IO[bytes]) -> None:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(handle)
        writer.writerow(["created_at", "item_id", "revision", "task", "attempt_id", "note", "stem"])
        for row in rows:
            values = (
                row.created_at.isoformat(timespec="seconds"),
                row.key,
                row.revision,
                row.task,
                row.attempt_id,
                row.note,
                row.stem,
            )
            writer.writerow([csv_cell(v) for v in values])
        handle.flush()
        handle.detach()  # the caller closes and syncs the file itself

    write_atomically(target, write, what="the CSV export", extension=".csv")
    return len(rows)
