"""Kill soak: a full exam through the real start-up path, SIGKILLed at 30 random moments, checked after each.

tests/kill_soak_driver.py runs in a child process against this test's data dir and a synthetic bank of 560
items. The test kills it (SIGKILL) at seeded random moments: while the bank syncs, while an exam is planned or
resumed, between changes, inside an answer, a flag or a strike-out, and inside submit. Some runs switch the
bank folder to a second layout of the same items, so that run's start-up has a sync to do (and to be killed
in); the first run's start-up also creates the schema, so its kill may land inside a migration (counted with
the sync). After every kill the database must be healthy, hold everything the driver acknowledged, resume with the
time it had left, and show a submit either complete or not started, never half.

Set SIMULACRO_SOAK_REPORT=/path/report.json to get the counts as JSON.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from question_bank.importer import folder_hash
from simulator.clock import FakeClock
from simulator.session import ExamSession
from simulator.storage.bank import stored_bank_hash
from simulator.storage.db import current_revision, head_revision, open_store, upgrade
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_items, write_bank

REPO = Path(__file__).resolve().parent.parent
KILLS = 30
SEED = 20260301
PER_TASK = 40
LINE_TIMEOUT_S = 30.0
# Where each kill is aimed; where it lands is read from the child's last line.
TARGETS = {"sync": 5, "plan": 2, "answer": 8, "flag": 3, "between": 5, "submit": 5}


@dataclass
class Acked:
    """What the driver acknowledged for one attempt (everything here must survive any kill)."""

    answers: dict[int, list[Any]] = field(default_factory=dict)
    flags: set[int] = field(default_factory=set)
    struck: dict[int, set[int]] = field(default_factory=dict)
    remaining: float | None = None
    submit_begun: bool = False
    submitted: bool = False
    raw_correct: int | None = None


@dataclass
class Verdict:
    problems: list[str]
    lost: set[tuple[int, int]]
    in_progress: int | None
    bank_hash: str | None


@dataclass
class Run:
    lines: list[dict[str, Any]]
    killed: bool
    returncode: int
    stderr: str


def _reader(stream: Any, lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def run_driver(
    env: dict[str, str], seed: int, trigger: Any, delay_s: float, stderr_path: Path
) -> tuple[Run, list[str]]:
    """Start the driver; kill it `delay_s` after the first line for which `trigger(line)` is true."""
    with stderr_path.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_soak_driver", str(seed)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        assert child.stdout is not None
        pending: queue.Queue[str | None] = queue.Queue()
        reader = threading.Thread(target=_reader, args=(child.stdout, pending), daemon=True)
        reader.start()
        raw: list[str] = []
        problems: list[str] = []
        try:
            while True:
                try:
                    line = pending.get(timeout=LINE_TIMEOUT_S)
                except queue.Empty:
                    problems.append(f"the driver printed nothing for {LINE_TIMEOUT_S} s")
                    break
                if line is None:
                    break
                raw.append(line)
                if line.endswith("\n") and trigger(json.loads(line)):
                    if delay_s > 0:
                        time.sleep(delay_s)
                    if child.poll() is None:
                        os.kill(child.pid, signal.SIGKILL)
                    break
        except BaseException:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
            raise
        finally:
            if child.poll() is None and problems:
                os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=LINE_TIMEOUT_S)
            reader.join(timeout=LINE_TIMEOUT_S)
            child.stdout.close()
    # Lines printed before the kill but not read yet were acknowledged all the same.
    while True:
        rest = pending.get_nowait() if not pending.empty() else None
        if rest is None:
            break
        raw.append(rest)
    complete = [json.loads(line) for line in raw if line.endswith("\n")]
    run = Run(complete, child.returncode == -signal.SIGKILL, child.returncode, stderr_path.read_text())
    return run, problems


def nth(event: str, op: str | None, n: int) -> Any:
    """A trigger that fires on the n-th line with this event (and op)."""
    seen = 0

    def trigger(line: dict[str, Any]) -> bool:
        nonlocal seen
        if line["event"] == event and (op is None or line.get("op") == op):
            seen += 1
        return seen >= n

    return trigger


def landed(lines: list[dict[str, Any]], sync_pending: bool) -> str:
    """The phase a kill landed in, from the last line the driver printed."""
    if not lines:
        return "interpreter"
    last = lines[-1]
    if last["event"] == "start":
        return "sync" if sync_pending else "open"
    if last["event"] == "ready":
        return "plan"
    if last["event"] == "attempt":
        return "between"
    if last["event"] == "begin":
        return str(last["op"])
    return "after_submit" if last["op"] == "submit" else "between"


def check_database(
    db_path: Path,
    bank_hashes: set[str],
    expected_items: int,
    acked: dict[int, Acked],
    in_progress_before: int | None,
) -> Verdict:
    """Every invariant after a kill, the acknowledged answers missing, the attempt left in progress."""
    problems: list[str] = []
    lost: set[tuple[int, int]] = set()
    with sqlite3.connect(db_path) as raw:
        verdict = raw.execute("PRAGMA integrity_check").fetchall()
    raw.close()
    if verdict != [("ok",)]:
        return Verdict([f"integrity_check: {verdict[:5]}"], lost, None, None)
    store = open_store(f"sqlite:///{db_path}")
    try:
        if store.notices:
            problems.append(f"open_store moved the database aside: {[n.message for n in store.notices]}")
        if current_revision(store) != head_revision():
            problems.append(f"schema at {current_revision(store)} after open_store")
        stored_hash = stored_bank_hash(store, "aif-c01")
        with sqlite3.connect(db_path) as db:
            items = db.execute("SELECT count(*) FROM items").fetchone()[0]
            revisions = db.execute("SELECT count(*) FROM item_revisions").fetchone()[0]
            attempts = db.execute(
                "SELECT id, status, is_demo, raw_correct, scored_total, scaled_score, passed, submitted_at "
                "FROM attempts ORDER BY id"
            ).fetchall()
            scored_rows = dict(
                db.execute(
                    "SELECT attempt_id, sum(correct IS NOT NULL) + sum(credit IS NOT NULL) FROM attempt_items "
                    "GROUP BY attempt_id"
                ).fetchall()
            )
            row_counts = dict(db.execute("SELECT attempt_id, count(*) FROM attempt_items GROUP BY attempt_id"))
            with_answers = {
                r[0] for r in db.execute("SELECT DISTINCT attempt_id FROM attempt_items WHERE response IS NOT NULL")
            }
        db.close()
        # The bank sync is one transaction: all of the bank or none of it.
        if (items, revisions) not in ((0, 0), (expected_items, expected_items)):
            problems.append(f"half a bank: {items} items, {revisions} revisions (expected 0 or {expected_items})")
        if (stored_hash is None) != (items == 0) or (stored_hash is not None and stored_hash not in bank_hashes):
            problems.append(f"bank hash {stored_hash!r} does not match {items} items")
        open_ids = [a[0] for a in attempts if a[1] == "in_progress" and not a[2]]
        if len(open_ids) > 1:
            problems.append(f"more than one unfinished attempt: {open_ids}")
        for attempt_id, status, _demo, raw_correct, scored_total, scaled, passed, submitted_at in attempts:
            totals = (raw_correct, scored_total, scaled, passed, submitted_at)
            if row_counts.get(attempt_id, 0) != 65:
                problems.append(f"attempt {attempt_id} has {row_counts.get(attempt_id, 0)} items, not 65")
            if status == "submitted":
                if scored_rows.get(attempt_id) != 2 * row_counts.get(attempt_id, 0) or None in totals:
                    problems.append(f"attempt {attempt_id} is submitted but not fully scored: {totals}")
            elif status == "in_progress":
                if scored_rows.get(attempt_id) or any(v is not None for v in totals):
                    problems.append(f"attempt {attempt_id} is in progress but partly scored: {totals}")
            else:
                problems.append(f"attempt {attempt_id} has status {status!r}")
            if attempt_id not in acked and attempt_id in with_answers:
                problems.append(f"attempt {attempt_id} has answers the driver never began")
        if in_progress_before is not None and in_progress_before not in open_ids:
            state = next((a[1] for a in attempts if a[0] == in_progress_before), None)
            if state != "submitted" or not acked.get(in_progress_before, Acked()).submit_begun:
                problems.append(f"unfinished attempt {in_progress_before} became {state!r} without a submit")
        for attempt_id in set(open_ids) - set(acked):  # created, killed before the driver said so
            if ExamSession.open(store, attempt_id, FakeClock()).progress().answered:
                problems.append(f"attempt {attempt_id} has answers though the driver never announced it")
        for attempt_id, ack in acked.items():
            session = ExamSession.open(store, attempt_id, FakeClock())
            for position, answer in ack.answers.items():
                stored = session.view(position).answer
                if stored is None or list(stored) != answer:
                    lost.add((attempt_id, position))
                    problems.append(f"attempt {attempt_id} item {position}: acknowledged {answer}, found {stored}")
            for position in ack.flags:
                if not session.view(position).flagged:
                    problems.append(f"attempt {attempt_id} item {position}: acknowledged flag missing")
            for position, struck in ack.struck.items():
                if not struck <= session.view(position).struck:
                    problems.append(f"attempt {attempt_id} item {position}: acknowledged strike-out missing")
            if ack.submitted and not session.submitted:
                problems.append(f"attempt {attempt_id}: submit acknowledged but the attempt is not submitted")
            if session.submitted and not ack.submit_begun:
                problems.append(f"attempt {attempt_id} is submitted though the driver never began a submit")
            if (
                ack.raw_correct is not None
                and session.submitted
                and session.result().score.raw_correct != ack.raw_correct
            ):
                problems.append(f"attempt {attempt_id}: raw score differs from the acknowledged one")
            if not session.submitted:
                remaining = session.timer.remaining()
                if remaining is None or ack.remaining is None or abs(remaining - ack.remaining) > 5:
                    problems.append(f"attempt {attempt_id}: {remaining} s left, last acknowledged {ack.remaining}")
        return Verdict(problems, lost, open_ids[0] if open_ids else None, stored_hash)
    finally:
        store.close()


@pytest.mark.slow
def test_kill_soak(tmp_path: Path, data_dir: Path) -> None:
    started = time.monotonic()
    items = list(synthetic_items(shipped_blueprint(), PER_TASK))
    banks = [tmp_path / "bank-a", tmp_path / "bank-b"]
    write_bank(banks[0], BLUEPRINT_PATH, items)
    write_bank(banks[1], BLUEPRINT_PATH, items, per_file=100)  # same items, other files: a new sync
    hashes = [folder_hash(bank / "aif-c01") for bank in banks]
    assert hashes[0] != hashes[1]
    db_path = data_dir / "simulacro.sqlite3"
    rng = random.Random(SEED)
    estimates = {"sync": 0.15, "plan": 0.03, "op": 0.003, "submit": 0.04}
    acked: dict[int, Acked] = {}
    counts: dict[str, int] = dict.fromkeys(
        (
            "kills",
            "kills_during_sync",
            "kills_during_open",
            "kills_during_plan",
            "kills_during_answers",
            "kills_between_changes",
            "kills_during_answer",
            "kills_during_flag",
            "kills_during_strike",
            "kills_during_submit",
            "kills_after_submit",
            "submits_interrupted_complete",
            "submits_interrupted_not_started",
            "runs_completed",
            "attempts",
            "answers_acknowledged",
            "flags_acknowledged",
            "strikes_acknowledged",
            "answers_lost",
        ),
        0,
    )
    lost: set[tuple[int, int]] = set()
    problems: list[str] = []
    in_progress: int | None = None
    stored_hash: str | None = None
    run_no = 0
    while counts["kills"] < KILLS and run_no < 3 * KILLS and not problems:
        run_no += 1
        target = "sync" if run_no == 1 else rng.choices(list(TARGETS), weights=list(TARGETS.values()))[0]
        bank = banks[0] if stored_hash in (None, hashes[0]) else banks[1]
        if target == "sync" and stored_hash is not None:
            bank = banks[1] if bank == banks[0] else banks[0]  # the other layout: this start-up has to sync
        sync_pending = stored_hash != hashes[banks.index(bank)]
        if target == "sync":
            trigger, delay = nth("start", None, 1), rng.uniform(0, 1.2 * estimates["sync"])
            if rng.random() < 0.2:
                delay = 0.0  # right after the start line
        elif target == "plan":
            trigger, delay = nth("ready", None, 1), rng.uniform(0, 1.2 * estimates["plan"])
        elif target == "answer":
            trigger, delay = nth("begin", "answer", rng.randint(1, 25)), rng.uniform(0, 1.5 * estimates["op"])
        elif target == "flag":
            trigger, delay = nth("begin", "flag", rng.randint(1, 8)), rng.uniform(0, 1.5 * estimates["op"])
        elif target == "between":
            trigger, delay = nth("ack", None, rng.randint(1, 40)), 0.0
        else:
            trigger, delay = nth("begin", "submit", 1), rng.uniform(0.3, 1.1) * estimates["submit"]
        env = dict(os.environ, PYTHONPATH=str(REPO), SIMULACRO_BANK_DIR=str(bank))
        run, run_problems = run_driver(env, run_no, trigger, delay, tmp_path / f"stderr-{run_no}.txt")
        problems.extend(run_problems)
        if not run.killed and run.returncode != 0:
            problems.append(f"run {run_no} exited {run.returncode}: {run.stderr[-2000:]}")
        attempt_line = next((line for line in run.lines if line["event"] == "attempt"), None)
        if attempt_line is not None:
            attempt_id = attempt_line["attempt"]
            if in_progress is not None and (attempt_id != in_progress or not attempt_line["resumed"]):
                problems.append(f"run {run_no} did not resume attempt {in_progress}: {attempt_line}")
            if attempt_id not in acked:
                acked[attempt_id] = Acked(remaining=attempt_line["remaining"])
                counts["attempts"] += 1
        for line in run.lines:
            if line["event"] == "ready" and line["synced"]:
                estimates["sync"] = line["took"]
            elif line["event"] == "attempt" and not line["resumed"]:
                estimates["plan"] = line["took"]
            elif line["event"] == "begin" and line["op"] == "submit":
                acked[line["attempt"]].submit_begun = True
            elif line["event"] == "ack":
                ack = acked[line["attempt"]]
                if line["op"] == "answer":
                    ack.answers[line["position"]] = line["answer"]
                    estimates["op"] = line["took"]
                    counts["answers_acknowledged"] += 1
                elif line["op"] == "flag":
                    ack.flags.add(line["position"])
                    counts["flags_acknowledged"] += 1
                elif line["op"] == "strike":
                    ack.struck[line["position"]] = set(line["struck"])
                    counts["strikes_acknowledged"] += 1
                else:
                    ack.submitted, ack.raw_correct = True, line["raw_correct"]
                    estimates["submit"] = line["took"]
                if line["op"] != "submit":
                    ack.remaining = line["remaining"]
        phase = landed(run.lines, sync_pending)
        if run.killed:
            counts["kills"] += 1
            key = {"answer": "kills_during_answer", "between": "kills_between_changes"}.get(
                phase, f"kills_during_{phase}"
            )
            if phase == "after_submit":
                key = "kills_after_submit"
            counts[key] = counts.get(key, 0) + 1
            if phase in ("answer", "between", "flag", "strike"):
                counts["kills_during_answers"] += 1
        else:
            counts["runs_completed"] += 1
        verdict = check_database(db_path, set(hashes), 14 * PER_TASK, acked, in_progress)
        outcome = "killed" if run.killed else "completed"
        problems.extend(f"after run {run_no} ({outcome} in {phase}): {p}" for p in verdict.problems)
        lost |= verdict.lost
        in_progress, stored_hash = verdict.in_progress, verdict.bank_hash
        if run.killed and phase == "submit":
            submitting = run.lines[-1]["attempt"]
            complete = in_progress != submitting
            counts["submits_interrupted_complete" if complete else "submits_interrupted_not_started"] += 1
    counts["answers_lost"] = len(lost)
    report = os.environ.get("SIMULACRO_SOAK_REPORT")
    if report:
        summary = dict(counts, seconds=round(time.monotonic() - started, 1), problems=problems[:50])
        Path(report).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    assert not problems, "\n".join(problems[:30])
    assert counts["kills"] == KILLS, counts
    assert counts["answers_lost"] == 0
    assert counts["kills_during_sync"] >= 1 and counts["kills_during_submit"] >= 1, counts
    assert counts["kills_during_answers"] >= 5 and counts["answers_acknowledged"] >= 100, counts


@pytest.mark.slow
@pytest.mark.parametrize(
    ("start_at", "die_at"),
    [(None, "CREATE INDEX ix_items_exam_task"), ("0001", "CREATE TABLE item_reports")],
    ids=["first-migration", "upgrade-0001-to-0002"],
)
def test_kill_during_migration_leaves_a_usable_database(data_dir: Path, start_at: str | None, die_at: str) -> None:
    """A kill between two schema statements of a migration: the next start-up must finish the upgrade.

    Regression test: with pysqlite's default transaction handling, DDL ran outside any transaction, so such a
    kill kept the new tables without their revision and every later open failed with "table ... already exists".
    """
    url = f"sqlite:///{data_dir / 'simulacro.sqlite3'}"
    if start_at is not None:
        old = open_store(url, migrate=False)
        upgrade(old, start_at)
        old.close()
    child = subprocess.run(
        [sys.executable, "-m", "tests.kill_soak_driver", "die-in-migration", url, die_at],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    with sqlite3.connect(data_dir / "simulacro.sqlite3") as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    store = open_store(url)  # the next start-up: must finish the migration, not fail
    try:
        assert current_revision(store) == head_revision()
    finally:
        store.close()
