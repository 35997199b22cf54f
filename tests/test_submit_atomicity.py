"""Submit is one transaction: a crash before any statement of it leaves the attempt untouched or fully submitted.

A forked child resumes the attempt and is killed (os._exit, no clean-up) just before its k-th SQL statement;
k runs over every statement submit issues, so each boundary is hit once, deterministically.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, select

from simulator.assembly import PracticeSpec, plan_practice
from simulator.clock import FakeClock
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.bank import bank_index
from simulator.storage.db import Store, open_store
from simulator.storage.models import Attempt, AttemptItem, ReviewSchedule

COMPLETED = 3  # exit code of a child whose submit finished before the chosen statement


def _child(url: str, attempt_id: int, kill_at: int) -> None:
    store = open_store(url)
    session = ExamSession.open(store, attempt_id, FakeClock())
    count = 0

    def before(*_args: object) -> None:
        nonlocal count
        count += 1
        if count == kill_at:
            os._exit(0)  # a crash: no rollback, no close, nothing flushed by Python

    event.listen(store.engine, "before_cursor_execute", before)
    session.submit()
    os._exit(COMPLETED)


def _state(url: str, attempt_id: int) -> tuple[str, int, int, int]:
    """(status, items with a result, items without, review-schedule rows)."""
    store = open_store(url)
    try:
        with store.read() as db:
            status = db.execute(select(Attempt.status).where(Attempt.id == attempt_id)).scalar_one()
            results = db.execute(select(AttemptItem.correct).where(AttemptItem.attempt_id == attempt_id)).scalars()
            values = list(results)
            schedule = len(db.execute(select(ReviewSchedule)).all())
        return status, sum(v is not None for v in values), sum(v is None for v in values), schedule
    finally:
        store.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.slow
def test_a_crash_at_any_statement_of_submit_is_all_or_nothing(synthetic_store: Store, tmp_path: Path) -> None:
    store = synthetic_store
    index = bank_index(store, "aif-c01")
    # A short practice set keeps the number of forks small; submit runs the same code for any mode.
    plan = plan_practice(index, PracticeSpec(("1.1", "3.2", "5.1"), 12), 4)
    session = ExamSession.start(store, plan, FakeClock())
    for position in range(0, session.count, 2):
        session.answer(position, key_of(session.content(position)))
    attempt_id = session.attempt_id
    session.close()  # release the attempt's lease: each child takes it over, as a reopened window does
    url = str(store.engine.url)
    database = Path(store.engine.url.database or "")
    store.close()
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(database, pristine)
    outcomes: dict[str, int] = {"untouched": 0, "submitted": 0}
    kill_at = 1
    while True:
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(pristine, database)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                _child(url, attempt_id, kill_at)
            finally:
                os._exit(4)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        assert code in (0, COMPLETED), f"child failed at statement {kill_at} (exit {code})"
        state, with_result, without, schedule = _state(url, attempt_id)
        if state == "submitted":
            assert (with_result, without) == (session.count, 0), kill_at
            assert schedule > 0, kill_at  # the Leitner boxes moved in the same transaction
            outcomes["submitted"] += 1
        else:
            assert state == "in_progress", kill_at
            assert (with_result, schedule) == (0, 0), kill_at
            outcomes["untouched"] += 1
        if code == COMPLETED:
            break
        kill_at += 1
    # Every statement boundary was tried: many before the commit, and the completed run after it.
    assert outcomes["untouched"] >= session.count // 2
    assert outcomes["submitted"] >= 1


def test_every_change_saves_the_clock_with_it(synthetic_store: Store) -> None:
    """An answer, a flag or a strike committed also commits the remaining and elapsed time of that moment."""
    store = synthetic_store
    index = bank_index(store, "aif-c01")
    clock = FakeClock()
    session = ExamSession.start(store, plan_practice(index, PracticeSpec(("1.1", "2.2"), 8, timed=True), 2), clock)
    limit = session.timer.remaining()
    single = next(p for p in range(session.count) if session.content(p).type == "single")
    changes = [
        lambda: session.answer(0, key_of(session.content(0))),
        lambda: session.set_flag(1, True),
        lambda: session.toggle_strike(single, 1),
        lambda: session.answer(2, key_of(session.content(2))),
    ]
    for step, change in enumerate(changes, start=1):
        clock.advance(37)
        change()
        with store.read() as db:
            row = db.execute(select(Attempt).where(Attempt.id == session.attempt_id)).scalar_one()
            assert row.remaining_s == pytest.approx(limit - 37 * step), step
            assert row.elapsed_s == pytest.approx(37 * step), step
