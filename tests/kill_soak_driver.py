"""Sits one full exam through the real start-up path, printing a JSON line around every committed change.

Run by tests/test_kill_soak.py, which SIGKILLs it at random moments. The data dir and the bank come from
SIMULACRO_DATA_DIR and SIMULACRO_BANK_DIR, exactly as the app's start-up reads them. Each run:

1. prints {"event": "start"} and opens the workspace (migrations and the bank sync run here);
2. prints {"event": "ready", ...}, resumes the newest unfinished attempt or starts a new full exam;
3. prints {"event": "attempt", ...}, then for every item not yet done: before each change a
   {"event": "begin", "op": ...} line and after its commit an {"event": "ack", "op": ...} line;
4. prints {"event": "begin", "op": "submit"}, submits, and prints {"event": "ack", "op": "submit", ...}.

Every line is flushed before the next step, so a line the parent reads was printed after the commit it names.
The answers, flags and strike-outs are a pure function of (attempt id, position), so a resumed run finishes
the same exam it would have given uninterrupted.

`python -m tests.kill_soak_driver die-in-migration URL "CREATE INDEX"` instead opens URL and SIGKILLs itself
as the first schema statement starting with that text runs: a kill at an exact point of a migration.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from typing import Any

from sqlalchemy import Engine, event

from question_bank.workspace import open_workspace
from simulator.assembly import FullSpec, plan_full
from simulator.clock import SystemClock
from simulator.content import ItemContent
from simulator.demo import wrong_answer
from simulator.history import resumable_attempt
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.attempts import last_seen
from simulator.storage.bank import bank_index, exam_codes
from simulator.storage.db import open_store

EXAM = "aif-c01"
THINK_S = 0.002


def emit(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


def wants_flag(position: int) -> bool:
    return position % 3 == 0


def wanted_answer(attempt_id: int, position: int, content: ItemContent) -> list[Any]:
    rng = random.Random(f"{attempt_id}/{position}")
    return key_of(content) if rng.random() < 0.7 else wrong_answer(content, rng)


def wanted_strike(position: int, content: ItemContent) -> int | None:
    """An option to cross out on every fifth choice item (always a wrong one)."""
    if position % 5 != 1 or content.type not in ("single", "multiple"):
        return None
    key = key_of(content)
    return next(i for i in range(len(content.options)) if i not in key)


def die_in_migration(url: str, statement_prefix: str) -> int:
    """Open (and migrate) the database at `url`, SIGKILLing this process as the given DDL statement starts."""

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if " ".join(statement.split()).upper().startswith(statement_prefix.upper()):
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", before)
    open_store(url)
    print(f"no statement starting with {statement_prefix!r} ran", file=sys.stderr)
    return 3


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "die-in-migration":
        return die_in_migration(sys.argv[2], sys.argv[3])
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    emit(event="start")
    began = time.monotonic()
    workspace = open_workspace()
    store = workspace.store
    emit(
        event="ready",
        took=time.monotonic() - began,
        synced=bool(workspace.sync.counts),
        sync_errors=len(workspace.sync.errors),
    )
    if EXAM not in exam_codes(store):
        print("the bank did not load", file=sys.stderr)
        return 3
    began = time.monotonic()
    clock = SystemClock()
    unfinished = resumable_attempt(store)  # the app's own rule for what to resume
    if unfinished is not None:
        session = ExamSession.open(store, unfinished.id, clock)
    else:
        index = bank_index(store, EXAM)
        session = ExamSession.start(store, plan_full(index, FullSpec(), seed, last_seen(store, EXAM)), clock)
    attempt = session.attempt_id
    emit(
        event="attempt",
        attempt=attempt,
        resumed=unfinished is not None,
        count=session.count,
        remaining=session.timer.remaining(),
        took=time.monotonic() - began,
    )
    for position in range(session.count):
        content = session.content(position)
        view = session.go_to(position)
        if not view.answered:
            emit(event="begin", op="answer", attempt=attempt, position=position)
            began = time.monotonic()
            session.answer(position, wanted_answer(attempt, position, content))
            stored = session.view(position).answer
            emit(
                event="ack",
                op="answer",
                attempt=attempt,
                position=position,
                answer=list(stored) if stored is not None else None,
                remaining=session.timer.remaining(),
                took=time.monotonic() - began,
            )
        if wants_flag(position) and not view.flagged:
            emit(event="begin", op="flag", attempt=attempt, position=position)
            session.set_flag(position, True)
            emit(event="ack", op="flag", attempt=attempt, position=position, remaining=session.timer.remaining())
        strike = wanted_strike(position, content)
        if strike is not None and strike not in view.struck:
            emit(event="begin", op="strike", attempt=attempt, position=position, option=strike)
            change = session.toggle_strike(position, strike)
            emit(
                event="ack",
                op="strike",
                attempt=attempt,
                position=position,
                struck=sorted(change.struck),
                remaining=session.timer.remaining(),
            )
        time.sleep(THINK_S)  # the candidate reads the next item: a moment with nothing in flight
    emit(event="begin", op="submit", attempt=attempt)
    began = time.monotonic()
    result = session.submit()
    emit(
        event="ack",
        op="submit",
        attempt=attempt,
        raw_correct=result.score.raw_correct,
        scored_total=result.score.scored_total,
        took=time.monotonic() - began,
    )
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
