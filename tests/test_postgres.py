"""The same engine on PostgreSQL (a classroom's shared database): migrations, bank sync, a full exam, submit,
history, drills, flags and the report data. Runs when SIMULACRO_TEST_PG_URL names a test database
(.ci/run starts one); skipped otherwise."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from question_bank.importer import sync_shipped_bank
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.history import attempt_history
from simulator.report_data import build_report_data
from simulator.review_tools import bank_index, drill_plan, flagged_plan, standing
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.db import Store, current_revision, head_revision, open_store
from simulator.storage.models import Base

PG_URL = os.environ.get("SIMULACRO_TEST_PG_URL")
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
