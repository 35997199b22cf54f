"""A classroom on one PostgreSQL server: N simulated candidates sit full exams at once, each on its own
connection, every answer committed as in the window. Prints answers lost, lease violations, the per-answer
commit p50/p95 (target p95 <= 20 ms), statistics over 5,000 attempts (target <= 2 s), and demo speed.

    SIMULACRO_TEST_PG_URL=postgresql+psycopg://user:pw@host/db python bench/classroom_load.py [--candidates 50]

The database named is emptied first (use a test database: .ci/run creates one). Without a URL it says so."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, func, select, text

from question_bank.importer import sync_shipped_bank
from simulator.assembly import BankIndex, FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.demo import DemoSettings, run_demo, wrong_answer
from simulator.errors import AttemptStateError
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.bank import bank_index
from simulator.storage.candidates import use_candidate
from simulator.storage.db import open_store, redact
from simulator.storage.models import Attempt, AttemptItem
from simulator.storage.stats import item_statistics


@dataclass
class LoadResult:
    candidates: int
    answers: int = 0
    lost: int = 0
    lease_violations: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_s: list[float] = field(default_factory=list)
    wall_s: float = 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_s)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def reset(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@dataclass
class Sitting:
    """What one simulated candidate did: the answers it gave per position, commit times, refused answers."""

    attempt_id: int = 0
    given: dict[int, list[Any]] = field(default_factory=dict)
    latencies_s: list[float] = field(default_factory=list)
    violations: int = 0
    error: str = ""


def sit(url: str, index: BankIndex, n: int, answers: int | None, seed: int, think_s: float, gate: Any) -> Sitting:
    """Candidate `n` on its own store (connection): waits at `gate`, answers a full exam (or `answers` of it)."""
    done = Sitting()
    store = open_store(url)
    try:
        use_candidate(store, f"load-{n:03d}")
        clock = FakeClock()
        session = ExamSession.start(store, plan_full(index, FullSpec(), seed + n), clock)
        done.attempt_id = session.attempt_id
        gate.wait()
        count = session.count if answers is None else min(answers, session.count)
        pause = random.Random(seed * 1000 + n)
        for position in range(count):
            if think_s > 0:
                time.sleep(pause.expovariate(1 / think_s))
            content = session.content(position)
            answer = key_of(content) if (position + n) % 3 else wrong_answer(content, random.Random(n))
            clock.advance(30)
            began = time.perf_counter()
            try:
                session.answer(position, answer)
            except AttemptStateError:
                done.violations += 1
                continue
            done.latencies_s.append(time.perf_counter() - began)
            done.given[position] = list(session.view(position).answer or [])
        session.submit()
    except Exception as exc:  # a bench reports every failure, and goes on
        done.error = f"candidate {n}: {type(exc).__name__}: {exc}"
    finally:
        store.close()
    return done


def _sit_in_process(args: tuple[str, BankIndex, int, int | None, int, float, Any], out: Any) -> None:
    out.put(sit(*args))


def run_load(
    url: str,
    candidates: int,
    answers: int | None = None,
    seed: int = 7,
    think_s: float = 0.0,
    processes: bool = False,
) -> LoadResult:
    """`candidates` simulated candidates at once, each its own store (connection) and candidate, each a full exam
    (or `answers` of it). `think_s`: mean pause between a candidate's answers (exponential; 0 = back to back).
    `processes`: one OS process per candidate, as in a real classroom (one app per laptop), instead of threads
    that share one interpreter's lock."""
    setup = open_store(url)
    sync_shipped_bank(setup)
    index = bank_index(setup, "aif-c01")
    setup.close()
    result = LoadResult(candidates)
    sittings: list[Sitting] = []
    began = time.perf_counter()
    if processes:
        context = multiprocessing.get_context("fork")  # children inherit the bank index; no connection is open
        gate: Any = context.Barrier(candidates)
        out = context.SimpleQueue()
        workers = [
            context.Process(target=_sit_in_process, args=((url, index, n, answers, seed, think_s, gate), out))
            for n in range(candidates)
        ]
        for worker in workers:
            worker.start()
        sittings = [out.get() for _ in workers]
        for worker in workers:
            worker.join()
    else:
        lock = threading.Lock()
        barrier = threading.Barrier(candidates)

        def one(n: int) -> None:
            done = sit(url, index, n, answers, seed, think_s, barrier)
            with lock:
                sittings.append(done)

        threads = [threading.Thread(target=one, args=(n,)) for n in range(candidates)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    result.wall_s = time.perf_counter() - began
    for done in sittings:
        result.latencies_s.extend(done.latencies_s)
        result.answers += len(done.latencies_s)
        result.lease_violations += done.violations
        if done.error:
            result.errors.append(done.error)
    check = open_store(url)
    with check.read() as db:
        for done in sittings:
            if done.error:
                continue
            query = select(AttemptItem.position, AttemptItem.response).where(AttemptItem.attempt_id == done.attempt_id)
            stored: dict[int, Any] = {row.position: row.response for row in db.execute(query)}
            result.lost += sum(1 for p, answer in done.given.items() if stored.get(p) != answer)
        unsealed = db.scalar(
            select(func.count()).select_from(Attempt).where(Attempt.status == "submitted", Attempt.result.is_(None))
        )
        held = db.scalar(select(func.count()).select_from(Attempt).where(Attempt.lease_owner.is_not(None)))
    check.close()
    result.lease_violations += int(held or 0)
    if unsealed:
        result.errors.append(f"{unsealed} submitted attempts without a sealed result")
    return result


def stats_timing(url: str, attempts: int) -> tuple[float, int, float]:
    """(seconds to compute item statistics, item revisions, demo seconds per attempt) over `attempts` attempts."""
    store = open_store(url, durable=False)
    have = int(store.engine.connect().execute(select(func.count()).select_from(Attempt)).scalar() or 0)
    began = time.perf_counter()
    run_demo(store, "aif-c01", DemoSettings(max(0, attempts - have), 0.7, 11, candidates=50))
    per_attempt = (time.perf_counter() - began) / max(1, attempts - have)
    timings = []
    for _ in range(3):
        began = time.perf_counter()
        stats = item_statistics(store, "aif-c01", include_demo=True)
        timings.append(time.perf_counter() - began)
    store.close()
    return statistics.median(timings), len(stats), per_attempt


def demo_speed() -> tuple[float, float]:
    """Seconds per attempt on SQLite: the batched demo, and one exam answered answer by answer as before."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/demo.sqlite3", durable=False)
        sync_shipped_bank(store)
        began = time.perf_counter()
        run_demo(store, "aif-c01", DemoSettings(200, 0.7, 3, candidates=10))
        batched = (time.perf_counter() - began) / 200
        index = bank_index(store, "aif-c01")
        began = time.perf_counter()
        for n in range(5):
            session = ExamSession.start(store, plan_full(index, FullSpec(), n), FakeClock(), is_demo=True)
            for position in range(session.count):
                session.answer(position, key_of(session.content(position)))
            session.submit()
        one_by_one = (time.perf_counter() - began) / 5
        store.close()
    return batched, one_by_one


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--stats-attempts", type=int, default=5000)
    parser.add_argument(
        "--think", type=float, default=1.0, help="mean seconds between a candidate's answers (real candidates: ~80)"
    )
    args = parser.parse_args()
    batched, one_by_one = demo_speed()
    print(
        f"demo on SQLite: {batched * 1000:.1f} ms per attempt batched, {one_by_one * 1000:.0f} ms answer by answer "
        f"({one_by_one / batched:.0f}x faster; target: under 10 ms, 10x the old 100 ms)"
    )
    url = os.environ.get("SIMULACRO_TEST_PG_URL")
    if not url:
        print("classroom load: skipped (set SIMULACRO_TEST_PG_URL to a PostgreSQL test database; .ci/run does)")
        return 0
    print(f"PostgreSQL: {redact(url)} (emptied first)")
    failed = False
    # Four loads: one process per candidate (a real classroom: one app per laptop) and, for comparison, threads in
    # one interpreter (they share its lock on 2 cores); each with answers `--think` seconds apart on average (still
    # ~80x a real classroom's pace, where a candidate answers about every 80 s) and back to back, the worst case.
    for processes in (True, False):
        for think in (args.think, 0.0):
            reset(url)
            result = run_load(url, args.candidates, think_s=think, processes=processes)
            pace = f"{think:g} s apart on average" if think else "back to back"
            how = "a process each" if processes else "threads of one process"
            print(
                f"{result.candidates} candidates at once ({how}), each its own connection, a full exam each, "
                f"answers {pace}: {result.answers} answers in {result.wall_s:.1f} s"
            )
            print(
                f"  answers lost: {result.lost}; lease violations: {result.lease_violations}; "
                f"errors: {len(result.errors)}"
            )
            for error in result.errors[:5]:
                print(f"    {error}")
            print(
                f"  per-answer commit: p50 {result.percentile(0.5) * 1000:.1f} ms, "
                f"p95 {result.percentile(0.95) * 1000:.1f} ms (target p95 <= 20 ms)"
            )
            failed = failed or bool(result.lost or result.lease_violations or result.errors)
    seconds, revisions, per_attempt = stats_timing(url, args.stats_attempts)
    print(
        f"item statistics over {args.stats_attempts} attempts: {seconds:.2f} s for {revisions} item revisions "
        f"(target <= 2 s); demo filled them at {per_attempt * 1000:.1f} ms per attempt"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
