"""A classroom on PostgreSQL: candidates answering at once on their own connections lose no answer and break
no lease; statistics and the cohort work there as on SQLite. Runs when SIMULACRO_TEST_PG_URL names a test
database (.ci/run starts one); skipped otherwise."""

from __future__ import annotations

import json
import os

import pytest

from bench.classroom_load import reset, run_load
from simulator.cohort import build_cohort
from simulator.demo import DemoSettings, run_demo
from simulator.item_stats import ScoredAnswer, group_answers
from simulator.storage.candidates import list_candidates
from simulator.storage.db import open_store
from simulator.storage.models import Attempt, AttemptItem
from simulator.storage.stats import answer_groups, item_statistics

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
        with store.read() as db:
            totals = {a.id: (a.raw_correct, a.scored_total) for a in db.query(Attempt)}
            rows = [
                ScoredAnswer(
                    i.revision_id,
                    bool(i.correct),
                    i.response,
                    i.time_spent_s,
                    (totals[i.attempt_id][0] - bool(i.correct)) / (totals[i.attempt_id][1] - 1),
                )
                for i in db.query(AttemptItem).filter(AttemptItem.scored.is_(True)).order_by(AttemptItem.attempt_id)
            ]

        def norm(groups: list) -> dict:  # type: ignore[type-arg]
            out = {}
            for g in groups:
                response = json.loads(g.response) if isinstance(g.response, str) else g.response
                out[(g.revision_id, json.dumps(response))] = (g.answers, round(g.sum_rest, 9), g.middle)
            return out

        assert norm(answer_groups(store, "aif-c01", include_demo=True)) == norm(group_answers(rows))
        stats = item_statistics(store, "aif-c01", include_demo=True)
        assert sum(s.answers for s in stats) == len(rows)
        cohort = build_cohort(store, "aif-c01", include_demo=True, stats=stats)
        assert len(cohort.candidates) == 14
    finally:
        store.close()
