"""Databases left by earlier schema revisions (tests/fixtures, made by tests/make_db_fixtures.py) open, migrate
to head and keep every attempt: answers, flags, strike-outs, the clock and the scores."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.history import attempt_history, resumable_attempt
from simulator.review_tools import bank_index
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.db import MIGRATIONS, _alembic_config, current_revision, head_revision, open_store
from simulator.storage.review import open_flags, schedule
from tests.make_db_fixtures import FIXTURES, fixture_paths, revisions_below_head

OLD_TABLES = ("exams", "items", "item_revisions", "case_studies", "attempts", "attempt_items")


def test_every_earlier_revision_has_a_fixture() -> None:
    """A new revision needs the fixture of the previous head: run `python -m tests.make_db_fixtures`."""
    scripts = ScriptDirectory(str(MIGRATIONS))
    every = {s.revision for s in scripts.walk_revisions()}
    head = head_revision()
    assert head in every and len(scripts.get_heads()) == 1
    wanted = {name for r in every - {head} for name in (f"db-{r}.sqlite3", f"db-{r}.json")}
    present = {p.name for p in FIXTURES.glob("db-*")}
    assert not wanted - present, f"missing fixtures {sorted(wanted - present)}: run python -m tests.make_db_fixtures"
    assert not present - wanted, f"fixtures for no earlier revision: {sorted(present - wanted)}"
    assert sorted(revisions_below_head()) == sorted(every - {head})


def snapshot(path: Path, like: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every row of the tables that existed at revision 0001, in a stable order: (columns, rows) per table.

    With `like` (an earlier snapshot), only the columns it had: a migration may add columns, never change values."""
    connection = sqlite3.connect(path)
    try:
        rows = {}
        for table in OLD_TABLES:
            columns = [c[1] for c in connection.execute(f"PRAGMA table_info({table})")]
            if like is not None:
                columns = like[table][0]
            found = connection.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            rows[table] = (columns, sorted(found, key=repr))
        return rows
    finally:
        connection.close()


@pytest.fixture(params=revisions_below_head())
def migrated(request: pytest.FixtureRequest, data_dir: Path) -> Any:
    """(manifest, path, store) for a copy of one fixture, opened (and so migrated) the way start-up does."""
    revision = request.param
    database, manifest = fixture_paths(revision)
    target = data_dir / "simulacro.sqlite3"
    shutil.copyfile(database, target)
    before = snapshot(target)
    old = open_store(f"sqlite:///{target}", migrate=False)
    try:
        assert current_revision(old) == revision
    finally:
        old.close()
    store = open_store(f"sqlite:///{target}")
    yield json.loads(manifest.read_text("utf-8")), before, target, store
    store.close()


def fixture_clock(store: Any, attempt_id: int, remaining_s: float | None) -> FakeClock:
    """A clock at the moment the fixture's attempt was last saved. From revision 0004 on an unfinished full exam
    carries a wall-clock deadline, so a clock at any other time would find it with more or less time left."""
    from datetime import timedelta

    from simulator.storage.models import Attempt

    with store.read() as db:
        deadline = db.get(Attempt, attempt_id).deadline_at
    if deadline is None or remaining_s is None:
        return FakeClock()
    return FakeClock(deadline - timedelta(seconds=remaining_s))


def test_fixture_migrates_and_keeps_every_attempt(migrated: Any) -> None:
    described, before, path, store = migrated
    assert current_revision(store) == head_revision()
    assert store.notices == ()
    assert snapshot(path, before) == before  # the migration changed no value it found
    attempts = described["attempts"]
    assert {a["submitted"] for a in attempts} == {True, False}
    for expected in attempts:
        clock = fixture_clock(store, expected["attempt_id"], expected["remaining_s"])
        session = ExamSession.open(store, expected["attempt_id"], clock)
        assert (session.mode, session.is_demo, session.submitted) == (
            expected["mode"],
            expected["is_demo"],
            expected["submitted"],
        )
        assert session.timer.remaining() == expected["remaining_s"]
        assert session.elapsed() == pytest.approx(expected["elapsed_s"])
        assert session.count == len(expected["items"])
        for item in expected["items"]:
            view = session.view(item["position"])
            assert view.key == item["key"]
            assert (list(view.answer) if view.answer is not None else None) == item["answer"]
            assert view.flagged == item["flagged"]
            assert sorted(view.struck) == item["struck"]
            assert view.checked == item["checked"]
        # Something of each kind is really there to keep.
        assert any(i["answer"] for i in expected["items"]) and any(i["flagged"] for i in expected["items"])
        if expected["submitted"]:
            score = session.result().score
            assert {
                "raw_correct": score.raw_correct,
                "scored_total": score.scored_total,
                "scaled": score.scaled,
                "passed": score.passed,
            } == expected["score"]
    assert any(i["struck"] for a in attempts for i in a["items"])
    assert any(i["checked"] for a in attempts for i in a["items"])


def test_attempt_history_lists_the_old_attempts(migrated: Any) -> None:
    described, _before, _path, store = migrated
    rows = {r.id: r for r in attempt_history(store)}
    assert set(rows) == {a["attempt_id"] for a in described["attempts"]}
    for expected in described["attempts"]:
        row = rows[expected["attempt_id"]]
        assert row.status == ("submitted" if expected["submitted"] else "in_progress")
        assert row.is_demo == expected["is_demo"] and row.mode == expected["mode"]
        assert row.answered == sum(i["answer"] is not None for i in expected["items"])
        assert row.total == len(expected["items"])
        assert row.remaining_s == expected["remaining_s"]
        if expected["submitted"]:
            score = expected["score"]
            assert (row.raw_correct, row.scored_total, row.scaled_score, row.passed) == (
                score["raw_correct"],
                score["scored_total"],
                score["scaled"],
                score["passed"],
            )
            assert sum(t.total for t in row.tasks) == score["scored_total"]
            assert sum(t.correct for t in row.tasks) == score["raw_correct"]
        else:
            assert row.raw_correct is None and row.tasks == ()


def test_unfinished_attempt_resumes_and_submits(migrated: Any) -> None:
    described, _before, _path, store = migrated
    unfinished = [a for a in described["attempts"] if not a["submitted"]]
    resumable = resumable_attempt(store)
    assert resumable is not None and resumable.id == next(a["attempt_id"] for a in unfinished if not a["is_demo"])
    expected = unfinished[0]
    clock = fixture_clock(store, expected["attempt_id"], expected["remaining_s"])
    session = ExamSession.open(store, expected["attempt_id"], clock)
    blank = next(i["position"] for i in expected["items"] if i["answer"] is None)
    clock.advance(30)
    session.answer(blank, key_of(session.content(blank)))
    session.set_flag(blank, False)
    result = session.submit()
    assert result.time_used_s == pytest.approx(expected["elapsed_s"] + 30)
    reopened = ExamSession.open(store, expected["attempt_id"], clock)
    assert reopened.submitted and reopened.view(blank).answered and not reopened.view(blank).flagged
    assert reopened.result().score == result.score
    assert reopened.timer.remaining() == pytest.approx(expected["remaining_s"] - 30)
    # Head's after-exam tools work on the old data: the new submit wrote the schedule, flags are listed.
    assert schedule(store, described["exam"])
    assert open_flags(store, described["exam"])
    assert resumable_attempt(store) is None
    assert {r.status for r in attempt_history(store)} == {"submitted"}


def test_migrated_bank_still_plans_exams(migrated: Any) -> None:
    described, _before, _path, store = migrated
    index = bank_index(store, described["exam"])
    assert index.size() == 14 * described["items_per_task"]
    plan = plan_full(index, FullSpec(), 5)
    session = ExamSession.start(store, plan, FakeClock())
    assert session.count == 65 and not session.submitted


def test_submitted_attempts_get_their_result_sealed_once(migrated: Any) -> None:
    """Revision 0003 stores each finished attempt's result from what its submit wrote; nothing is re-scored."""
    described, _before, _path, store = migrated
    from simulator.storage.bank import save_bank
    from simulator.storage.models import Attempt
    from tests.synthetic_bank import shipped_blueprint

    with store.read() as db:
        sealed = {a.id: (a.status, a.result, a.blueprint_revision_id) for a in db.query(Attempt)}
    for expected in described["attempts"]:
        _status, result, revision = sealed[expected["attempt_id"]]
        assert revision is not None
        if not expected["submitted"]:
            assert result is None
            continue
        score = expected["score"]
        assert (result["raw_correct"], result["scored_total"], result["scaled"], result["passed"]) == (
            score["raw_correct"],
            score["scored_total"],
            score["scaled"],
            score["passed"],
        )
        assert sum(t[1] for t in result["tasks"]) == score["raw_correct"]
        assert sum(d[2] for d in result["domains"]) == score["scored_total"]
        assert result["rules"]["scale"] == {"min": 100, "max": 1000, "pass": 700}
    # A later blueprint with another pass mark leaves every migrated result as it was.
    before = {r.id: (r.scaled_score, r.passed, r.tasks) for r in attempt_history(store)}
    changed = dataclasses.replace(shipped_blueprint(), scale_pass=101)
    save_bank(store, changed, [], [], bank_hash=None, retire_missing=False, now=datetime(2026, 1, 1))
    assert {r.id: (r.scaled_score, r.passed, r.tasks) for r in attempt_history(store)} == before
    for expected in described["attempts"]:
        if expected["submitted"]:
            session = ExamSession.open(store, expected["attempt_id"], FakeClock())
            assert session.result().score.passed == expected["score"]["passed"]


def test_fidelity_columns_after_upgrade(migrated: Any) -> None:
    """Revision 0004: items with an answer, a flag or time count as seen; an attempt left unfinished by an older
    version gets its deadline when it reopens (its time left then), and the reopening counts as an interruption."""
    from datetime import timedelta

    from simulator.storage.models import Attempt, AttemptItem

    described, _before, _path, store = migrated
    if described["revision"] >= "0004":
        pytest.skip("the fixture was written by revision 0004 or later: its attempts already have these fields")
    with store.read() as db:
        seen = {(i.attempt_id, i.position): i.seen for i in db.query(AttemptItem)}
        deadlines = {a.id: (a.deadline_at, a.interruptions, a.time_away_s) for a in db.query(Attempt)}
    for expected in described["attempts"]:
        assert deadlines[expected["attempt_id"]] == (None, 0, 0.0)
        for item in expected["items"]:
            if item["answer"] is not None or item["flagged"]:
                assert seen[(expected["attempt_id"], item["position"])]
    unfinished = next(a for a in described["attempts"] if not a["submitted"])
    clock = FakeClock(datetime(2030, 1, 1, 9, 0))
    session = ExamSession.open(store, unfinished["attempt_id"], clock, resumed=True)
    assert session.timer.remaining() == pytest.approx(unfinished["remaining_s"])
    assert session.timer.deadline == clock.now() + timedelta(seconds=unfinished["remaining_s"])
    assert session.interruptions == 1 and not session.expired_while_away
    with store.read() as db:
        row = db.get(Attempt, unfinished["attempt_id"])
        assert row is not None and row.deadline_at == session.timer.deadline and row.interruptions == 1


@pytest.mark.parametrize("revision", revisions_below_head())
def test_downgrade_to_each_revision_and_back(tmp_path: Path, revision: str) -> None:
    """Every revision's downgrade runs on a head database and leaves exactly that revision's schema: upgrading
    again reaches the head with the same tables and columns (a broken downgrade would strand a rollback)."""

    url = f"sqlite:///{tmp_path / 'round-trip.sqlite3'}"
    open_store(url).close()

    def schema() -> dict[str, set[str]]:
        engine = create_engine(url)
        names = inspect(engine)
        shape = {t: {c["name"] for c in names.get_columns(t)} for t in names.get_table_names()}
        engine.dispose()
        return shape

    at_head = schema()
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), revision)
        assert MigrationContext.configure(connection).get_current_revision() == revision
    engine.dispose()
    assert schema() != at_head
    reopened = open_store(url)
    assert current_revision(reopened) == head_revision()
    reopened.close()
    assert schema() == at_head
