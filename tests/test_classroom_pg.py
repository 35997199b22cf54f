"""A classroom on PostgreSQL: candidates answering at once on their own connections lose no answer and break
no lease; statistics and the cohort work there as on SQLite. Runs when SIMULACRO_TEST_PG_URL names a test
database (.ci/run starts one); skipped otherwise."""

from __future__ import annotations

import os

import pytest

from bench.classroom_load import reset, run_load
from simulator.cohort import build_cohort
from simulator.demo import DemoSettings, run_demo
from simulator.item_stats import group_answers
from simulator.storage.candidates import list_candidates
from simulator.storage.db import open_store
from simulator.storage.stats import answer_groups, item_statistics
from tests.item_stats_helpers import by_response, scored_answers

PG_URL = os.environ.get("SIMULACRO_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="SIMULACRO_TEST_PG_URL is not set (CI sets it)")


def test_ten_candidates_answer_at_once_and_statistics_agree() -> None:
    assert PG_URL is not None
    reset(PG_URL)
    result = run_load(PG_URL, candidates=10, answers=20)
    assert result.errors == []
    assert (result.answers, result.lost, result.lease_violations) == (200, 0, 0)
    store = open_store(PG_URL)
    try:
        assert sum(c.attempts for c in list_candidates(store)) == 10
        run_demo(store, "aif-c01", DemoSettings(20, 0.7, 5, candidates=4))
        rows = scored_answers(store)
        assert by_response(answer_groups(store, "aif-c01", include_demo=True)) == by_response(group_answers(rows))
        stats = item_statistics(store, "aif-c01", include_demo=True)
        assert sum(s.answers for s in stats) == len(rows)
        cohort = build_cohort(store, "aif-c01", include_demo=True, stats=stats)
        assert len(cohort.candidates) == 14
    finally:
        store.close()


def test_candidates_in_their_own_processes_lose_nothing() -> None:
    # The bench's classroom mode: one process per candidate, as one app per laptop.
    assert PG_URL is not None
    reset(PG_URL)
    result = run_load(PG_URL, candidates=4, answers=10, processes=True)
    assert result.errors == []
    assert (result.answers, result.lost, result.lease_violations) == (40, 0, 0)
    assert len(result.latencies_s) == 40
