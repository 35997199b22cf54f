"""Results out for spreadsheets (history and one attempt's items as CSV) and the item selections exports use."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from simulator.content import ItemContent
from simulator.errors import NotFoundError, SimulacroError
from simulator.history import attempt_history
from simulator.review_tools import csv_cell
from simulator.scoring import key_of
from simulator.states import AttemptStatus
from simulator.storage.attempts import load_attempt
from simulator.storage.bank import item_refs, revisions
from simulator.storage.db import Store
from simulator.storage.review import open_flags

HISTORY_COLUMNS = (
    "attempt",
    "exam",
    "mode",
    "demo",
    "status",
    "created_at",
    "submitted_at",
    "answered",
    "total",
    "raw_correct",
    "scored_total",
    "scaled_score",
    "passed",
    "elapsed_s",
)
ITEM_COLUMNS = ("position", "item", "task", "type", "scored", "answer", "key", "right", "time_s", "flagged")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV in which every cell a spreadsheet would run as a formula is made text (see csv_cell)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in header])
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


def _flag(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def history_csv(store: Store) -> str:
    """Every attempt, newest first, one row each; cells a spreadsheet could run as formulas are made text."""
    rows = [
        (
            r.id,
            r.exam,
            r.mode,
            _flag(r.is_demo),
            r.status,
            r.created_at.isoformat(timespec="seconds"),
            r.submitted_at.isoformat(timespec="seconds") if r.submitted_at else "",
            r.answered,
            r.total,
            "" if r.raw_correct is None else r.raw_correct,
            "" if r.scored_total is None else r.scored_total,
            "" if r.scaled_score is None else r.scaled_score,
            _flag(r.passed),
            f"{r.elapsed_s:.0f}",
        )
        for r in attempt_history(store)
    ]
    return csv_text(HISTORY_COLUMNS, rows)


def describe(content: ItemContent, answer: Sequence[Any] | None) -> str:
    """An answer (in the item's canonical form) as the texts the candidate chose."""
    if not answer:
        return ""
    if content.type in ("single", "multiple"):
        return " | ".join(content.options[i].text for i in answer if 0 <= i < len(content.options))
    if content.type == "ordering":
        return " > ".join(content.steps[i].text for i in answer if 0 <= i < len(content.steps))
    texts = {r.key: r.text for r in content.responses}
    return " | ".join(f"{p.text} → {texts.get(a, '-')}" for p, a in zip(content.prompts, answer, strict=False))


def attempt_csv(store: Store, attempt_id: int) -> str:
    """One attempt's items as shown: item, task, answer, key, right, time (right only once it is finished)."""
    attempt, rows = load_attempt(store, attempt_id)
    contents = revisions(store, [row.revision_id for row in rows])
    finished = attempt.status == AttemptStatus.SUBMITTED
    lines = []
    for row in rows:
        content = contents[row.revision_id]
        right = _flag(row.correct) if finished else ""
        lines.append(
            (
                row.position + 1,
                content.id,
                content.task,
                content.type,
                _flag(row.scored),
                describe(content, row.response),
                describe(content, key_of(content)),
                right,
                f"{row.time_spent_s:.1f}",
                _flag(row.flagged),
            )
        )
    return csv_text(ITEM_COLUMNS, lines)


def attempt_items(store: Store, attempt_id: int, *, missed: bool = False) -> tuple[str, list[ItemContent]]:
    """The exam code and the items of an attempt as it showed them; only those answered wrong or left blank."""
    attempt, rows = load_attempt(store, attempt_id)
    if missed and attempt.status != AttemptStatus.SUBMITTED:
        raise SimulacroError(code="missed_unknown", attempt=attempt_id)
    chosen = [row for row in rows if not missed or row.correct is False]
    contents = revisions(store, [row.revision_id for row in chosen])
    return attempt.exam_code, [contents[row.revision_id] for row in chosen]


def flagged_items(store: Store, exam: str) -> list[ItemContent]:
    """The items with an open flag, at their current revision."""
    keys = [flag.key for flag in open_flags(store, exam)]
    current = {ref.key: ref.revision_id for ref in item_refs(store, exam)}
    contents = revisions(store, [current[k] for k in keys if k in current])
    by_key = {c.id: c for c in contents.values()}
    return [by_key[k] for k in keys if k in by_key]


def task_items(store: Store, exam: str, tasks: Sequence[str]) -> list[ItemContent]:
    """Every active item of the task statements, by task and id."""
    wanted = set(tasks)
    refs = [ref for ref in item_refs(store, exam) if ref.task in wanted]
    if not refs:
        raise NotFoundError(code="no_task_items", tasks=", ".join(tasks))
    contents = revisions(store, [ref.revision_id for ref in refs])
    return sorted(contents.values(), key=lambda c: ([int(p) for p in c.task.split(".")], c.id))
