"""Write a small database at every schema revision below head, as earlier Simulacro versions left them.

    python -m tests.make_db_fixtures            # create the fixtures that are missing
    python -m tests.make_db_fixtures --force    # rewrite them all (only if the old ones are wrong)

For each Alembic revision below head this writes tests/fixtures/db-<revision>.sqlite3 and, beside it,
db-<revision>.json: what the fixture holds as the engine saw it (answers, flags, strike-outs, clock, scores),
which tests/test_migration_fixtures.py checks after migrating a copy to head.

Each database holds a synthetic bank (6 items per task statement) and three attempts made with the engine:

- a submitted full exam (not a demo) with answers, flags and strike-outs;
- a submitted practice set (a demo, untimed, instant feedback) with checked items;
- an unfinished full exam with answers, flags, strike-outs and a clock that has run.

Revision 0001 has no review_schedule table, but today's ExamSession.submit writes the spaced-repetition
schedule for a candidate's own (non-demo) attempts. The generator therefore submits with
simulator.storage.attempts.apply_schedule replaced by a no-op while it runs: the submit transaction is
otherwise the engine's own (scores, per-item results, status), i.e. exactly what a revision-0001 Simulacro
wrote. Demo attempts never touch the schedule anyway.

db-0002 was written by this script as it stood at revision 0002 (from that commit's checkout): today's engine
writes columns (sealed results, leases, packs) that schema lacks. Make a later head's fixture the same way.

A fixture stands for databases users already have: never regenerate an existing one to make a test pass.
When a new revision is added, run this once to add the fixture of the previous head, adapting `build` if
today's engine can no longer write that older schema.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import sqlite3
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory

from simulator.assembly import FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.demo import wrong_answer
from simulator.review_tools import bank_index
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage import attempts as attempt_store
from simulator.storage.db import MIGRATIONS, current_revision, open_store, upgrade
from tests.conftest import fill_synthetic

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAM = "aif-c01"
PER_TASK = 6
T0 = datetime(2025, 11, 3, 18, 30)


def revisions_below_head() -> list[str]:
    """Every Alembic revision except the head, oldest first."""
    scripts = ScriptDirectory(str(MIGRATIONS))
    ordered = [s.revision for s in scripts.walk_revisions()]  # head first
    return list(reversed(ordered[1:]))


def fixture_paths(revision: str) -> tuple[Path, Path]:
    return FIXTURES / f"db-{revision}.sqlite3", FIXTURES / f"db-{revision}.json"


@contextlib.contextmanager
def schedule_free_submit() -> Iterator[None]:
    """Submit as revision 0001 did: no review_schedule table, so no schedule writes."""
    saved = attempt_store.apply_schedule
    attempt_store.apply_schedule = lambda *_args, **_kwargs: None
    try:
        yield
    finally:
        attempt_store.apply_schedule = saved


def describe(session: ExamSession) -> dict[str, Any]:
    """The attempt as the engine shows it: the expectations a migrated copy must still meet."""
    items = []
    for position in range(session.count):
        view = session.view(position)
        items.append(
            {
                "position": position,
                "key": view.key,
                "answer": list(view.answer) if view.answer is not None else None,
                "flagged": view.flagged,
                "struck": sorted(view.struck),
                "checked": view.checked,
            }
        )
    described: dict[str, Any] = {
        "attempt_id": session.attempt_id,
        "mode": session.mode,
        "is_demo": session.is_demo,
        "submitted": session.submitted,
        "remaining_s": session.timer.remaining(),
        "elapsed_s": round(session.elapsed(), 6),
        "items": items,
    }
    if session.submitted:
        score = session.result().score
        described["score"] = {
            "raw_correct": score.raw_correct,
            "scored_total": score.scored_total,
            "scaled": score.scaled,
            "passed": score.passed,
        }
    return described


def sit(session: ExamSession, clock: FakeClock, answer_until: int, *, check: bool = False) -> None:
    """Answer the first `answer_until` items (every fourth one wrong), flag every fifth, strike some options."""
    for position in range(answer_until):
        session.go_to(position)
        clock.advance(37)
        content = session.content(position)
        answer = wrong_answer(content, random.Random(position)) if position % 4 == 3 else key_of(content)
        session.answer(position, answer)
        if check:
            session.check(position)
        if position % 5 == 0:
            session.set_flag(position, True)
        if content.type in ("single", "multiple") and position % 3 == 1 and not check:
            wrong = [i for i in range(len(content.options)) if i not in key_of(content)]
            session.toggle_strike(position, wrong[0])
    if answer_until < session.count:
        session.go_to(answer_until)
        session.set_flag(answer_until, True)  # a flag on an item left blank


def build(path: Path, revision: str) -> dict[str, Any]:
    """Create the database at `revision` and fill it; return its manifest."""
    url = f"sqlite:///{path}"
    store = open_store(url, migrate=False)
    upgrade(store, revision)
    assert current_revision(store) == revision
    fill_synthetic(store, PER_TASK)
    clock = FakeClock(T0)
    index = bank_index(store, EXAM)
    attempts = []
    with schedule_free_submit():
        full = ExamSession.start(store, plan_full(index, FullSpec(), 101), clock)
        sit(full, clock, answer_until=50)
        clock.advance(120)
        full.submit()
        attempts.append(describe(full))

        clock.advance(86400)
        spec = PracticeSpec(("1.1", "3.2", "4.1"), 8, timed=False, instant_feedback=True)
        practice = ExamSession.start(store, plan_practice(index, spec, 202), clock, is_demo=True)
        sit(practice, clock, answer_until=6, check=True)
        practice.submit()
        attempts.append(describe(practice))

    clock.advance(86400)
    unfinished = ExamSession.start(store, plan_full(index, FullSpec(accommodation=True), 303), clock)
    sit(unfinished, clock, answer_until=20)
    clock.advance(61)
    unfinished.save_clock()
    attempts.append(describe(unfinished))
    store.close()
    # One self-contained file: leave WAL mode and squeeze out free pages.
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
    finally:
        connection.close()
    path.chmod(0o644)  # a test fixture, not a user's private database
    return {"revision": revision, "exam": EXAM, "items_per_task": PER_TASK, "attempts": attempts}


def render(manifest: dict[str, Any]) -> str:
    """JSON with every innermost list and object on one line: one line per attempt item."""
    text = json.dumps(manifest, indent=1, ensure_ascii=False)
    for pattern in (r"\[\s+([^\[\]{}]*?)\s+\]", r"\{\s+([^\[\]{}]*?(?:\[[^\[\]{}]*\][^\[\]{}]*?)*)\s+\}"):
        text = re.sub(pattern, lambda m: m.group(0)[0] + re.sub(r"\n\s*", " ", m.group(1)) + m.group(0)[-1], text)
    assert json.loads(text) == manifest
    return text + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite fixtures that already exist")
    args = parser.parse_args(argv)
    FIXTURES.mkdir(exist_ok=True)
    for revision in revisions_below_head():
        database, manifest = fixture_paths(revision)
        if database.exists() and manifest.exists() and not args.force:
            print(f"{database.name}: exists, kept")
            continue
        for leftover in (
            database,
            database.with_name(database.name + "-wal"),
            database.with_name(database.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        described = build(database, revision)
        manifest.write_text(render(described), encoding="utf-8")
        print(f"{database.name}: {database.stat().st_size} bytes, {len(described['attempts'])} attempts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
