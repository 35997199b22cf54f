"""The same engine on PostgreSQL (a classroom's shared database): migrations, bank sync, a full exam, submit,
history, drills, flags and the report data. Runs when SIMULACRO_TEST_PG_URL names a test database
(.ci/run starts one); skipped otherwise."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from question_bank.importer import import_paths, sync_shipped_bank
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.errors import AttemptStateError
from simulator.history import attempt_history
from simulator.report_data import build_report_data
from simulator.review_tools import bank_index, drill_plan, flagged_plan, standing
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage import attempts as attempt_store
from simulator.storage.bank import choose_exam, exam_codes
from simulator.storage.db import Store, current_revision, head_revision, open_store
from simulator.storage.models import Base
from simulator.storage.packs import list_packs, remove_pack

PG_URL = os.environ.get("SIMULACRO_TEST_PG_URL")
PACKS = Path(__file__).resolve().parent / "fixtures" / "packs"
pytestmark = pytest.mark.skipif(not PG_URL, reason="SIMULACRO_TEST_PG_URL is not set (CI sets it)")


@pytest.fixture
def pg_store() -> Iterator[Store]:
    assert PG_URL is not None
    engine = create_engine(PG_URL)
    with engine.begin() as connection:  # a clean database for each test
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    store = open_store(PG_URL)
    yield store
    store.close()


def test_whole_engine_on_postgresql(pg_store: Store) -> None:
    assert current_revision(pg_store) == head_revision()
    with pg_store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    outcome = sync_shipped_bank(pg_store)
    assert outcome.ok and outcome.counts["aif-c01"].added >= 300
    assert sync_shipped_bank(pg_store).counts == {}
    clock = FakeClock()
    index = bank_index(pg_store, "aif-c01")
    session = ExamSession.start(pg_store, plan_full(index, FullSpec(), 7), clock)
    for position in range(0, 65, 2):
        session.answer(position, key_of(session.content(position)))
    session.set_flag(1, True)
    session.toggle_strike(next(p for p in range(65) if session.view(p).type == "single"), 1)
    clock.advance(600)
    reopened = ExamSession.open(pg_store, session.attempt_id, FakeClock())
    assert reopened.progress().answered == 33 and reopened.view(1).flagged
    result = session.submit()
    assert result.score.scored_total == 50
    history = attempt_history(pg_store)
    assert history[0].status == "submitted" and sum(t.total for t in history[0].tasks) == 50
    blueprint = index.blueprint
    assert standing(pg_store, blueprint).readiness is not None
    assert len(drill_plan(pg_store, "aif-c01", 10, 3, datetime.now()).items) == 10
    assert [i.key for i in flagged_plan(pg_store, "aif-c01", 4).items] == [session.view(1).key]
    data = build_report_data(pg_store, session.attempt_id)
    assert len(data.details) >= 30


def test_sealed_results_packs_and_leases_on_postgresql(pg_store: Store, tmp_path: Path) -> None:
    """The statement-level state checks, leases, packs and sealed results hold on PostgreSQL too."""
    assert sync_shipped_bank(pg_store).ok
    assert PG_URL is not None
    second = open_store(PG_URL)
    try:
        index = bank_index(pg_store, "aif-c01")
        first = ExamSession.start(pg_store, plan_full(index, FullSpec(), 8), FakeClock())
        first.answer(0, key_of(first.content(0)))
        other = ExamSession.open(second, first.attempt_id, FakeClock())
        assert other.read_only
        with pytest.raises(AttemptStateError):
            other.answer(1, key_of(other.content(1)))
        taken = ExamSession.open(second, first.attempt_id, FakeClock(), take_over=True)
        with pytest.raises(AttemptStateError, match="another window"):
            first.answer(1, key_of(first.content(1)))
        result = taken.submit()
        with pytest.raises(AttemptStateError, match="submitted"):
            attempt_store.save_item_state(
                pg_store,
                first.attempt_id,
                2,
                {"response": [0]},
                remaining_s=1.0,
                elapsed_s=1.0,
                now=datetime.now(),
                owner=second.owner,
            )
        with pytest.raises(AttemptStateError):
            taken.submit()
        assert ExamSession.open(pg_store, first.attempt_id, FakeClock()).result() == result
    finally:
        second.close()
    pack = tmp_path / "other-exam"
    shutil.copytree(PACKS / "other-exam", pack)
    assert import_paths(pg_store, [pack]).ok
    assert choose_exam(pg_store) == "aif-c01" and exam_codes(pg_store) == ["aif-c01", "aaa-x01"]
    takeover = tmp_path / "takeover"
    shutil.copytree(PACKS / "takeover-blueprint", takeover)
    assert not import_paths(pg_store, [takeover]).ok
    remove_pack(pg_store, "other-exam", now=datetime.now())
    assert exam_codes(pg_store) == ["aif-c01"] and list_packs(pg_store) == []
    (row,) = [h for h in attempt_history(pg_store) if h.id == first.attempt_id]
    assert (row.scaled_score, row.passed, row.tasks) == (result.score.scaled, result.score.passed, result.score.tasks)


def test_a_connection_the_server_closed_is_replaced_before_an_answer_is_saved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server restarted (or an idle timeout closed the pooled connection) while the candidate read an item:
    the next answer is saved on a new connection, not lost with the old one."""
    assert PG_URL is not None
    from simulator.storage import ping

    engine = create_engine(PG_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    monkeypatch.setattr(ping, "IDLE_PING_S", 0.0)  # before the store opens: every checkout counts as idle
    store = open_store(PG_URL)
    try:
        sync_shipped_bank(store)
        clock = FakeClock()
        session = ExamSession.start(store, plan_full(bank_index(store, "aif-c01"), FullSpec(), 3), clock)
        session.answer(0, key_of(session.content(0)))
        with engine.begin() as connection:  # the server drops every other connection to this database
            closed = connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalars()
            assert any(closed)  # the store's pooled connection was one of them
        session.answer(1, key_of(session.content(1)))
        _attempt, items = attempt_store.load_attempt(store, session.attempt_id)
        saved = {item.position: item.response for item in items}
        assert saved[0] is not None and saved[1] is not None and saved[2] is None
    finally:
        store.close()
        engine.dispose()


def test_an_answer_is_one_statement_and_a_refused_one_changes_nothing(pg_store: Store) -> None:
    """On a shared server each saved answer is a single statement (the clock and the item together); when the
    attempt may not be written (another window took it over) neither changes."""
    from datetime import datetime

    from sqlalchemy import event

    sync_shipped_bank(pg_store)
    session = ExamSession.start(pg_store, plan_full(bank_index(pg_store, "aif-c01"), FullSpec(), 5), FakeClock())
    statements: list[str] = []
    event.listen(pg_store.engine, "before_cursor_execute", lambda _c, _cur, sql, *_: statements.append(sql))
    session.answer(0, key_of(session.content(0)))
    assert len(statements) == 1 and statements[0].lstrip().startswith("WITH touched AS")
    assert attempt_store.acquire_lease(pg_store, session.attempt_id, "other-window", datetime.now(), take_over=True)
    before, _ = attempt_store.load_attempt(pg_store, session.attempt_id, items=False)
    with pytest.raises(AttemptStateError, match="another window"):
        session.answer(1, key_of(session.content(1)))
    after, items = attempt_store.load_attempt(pg_store, session.attempt_id)
    assert items[1].response is None and after.updated_at == before.updated_at
    assert after.lease_owner == "other-window"
