"""Item statistics computed the slow way in Python, to check the database's window-function query against."""

from __future__ import annotations

import json
from typing import Any

from simulator.item_stats import AnswerGroup, ScoredAnswer
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem


def scored_answers(store: Store) -> list[ScoredAnswer]:
    """Every scored answer of every attempt, with its rest score from the attempt's stored totals."""
    with store.read() as db:
        totals = {a.id: (a.raw_correct, a.scored_total) for a in db.query(Attempt)}
        return [
            ScoredAnswer(
                i.revision_id,
                bool(i.correct),
                i.response,
                i.time_spent_s,
                (totals[i.attempt_id][0] - bool(i.correct)) / (totals[i.attempt_id][1] - 1),
            )
            for i in db.query(AttemptItem).filter(AttemptItem.scored.is_(True)).order_by(AttemptItem.attempt_id)
        ]


def by_response(groups: list[AnswerGroup]) -> dict[tuple[int, str], tuple[Any, ...]]:
    """Answer groups keyed by revision and response (parsed, so JSON spelling does not matter), sums rounded."""
    out = {}
    for g in groups:
        response = json.loads(g.response) if isinstance(g.response, str) else g.response
        key = (g.revision_id, json.dumps(response))
        out[key] = (g.answers, round(g.sum_rest, 9), round(g.sum_rest2, 9), g.middle, round(g.middle_time, 6))
    return out
