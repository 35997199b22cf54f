"""Readiness is calibrated: simulated candidates with a known skill per task statement practise, readiness
predicts P(pass the next full exam), a simulated exam settles it (bench/readiness_calibration.py runs 2,000)."""

from __future__ import annotations

from simulator.calibration import calibrate
from simulator.demo import Sitter
from simulator.storage.db import Store


def test_readiness_predicts_the_next_exam(shipped_store: Store) -> None:
    sitter = Sitter.load(shipped_store, "aif-c01", item_spread=0.8)
    result = calibrate(sitter, candidates=240, practice_attempts=3, practice_items=20, seed=11)
    assert result.brier < 0.19 < result.base_rate * (1 - result.base_rate)  # far better than the base rate
    # Pooled into thirds (80 candidates each is too few for deciles): observed within 12 points of predicted.
    thirds = [(0.0, 0.34), (0.34, 0.67), (0.67, 1.01)]
    for low, high in thirds:
        inside = [d for d in result.deciles if low <= d.low < high and d.count]
        count = sum(d.count for d in inside)
        predicted = sum(d.predicted * d.count for d in inside) / count
        observed = sum(d.observed * d.count for d in inside) / count
        assert abs(observed - predicted) <= 0.12, (low, high, count, predicted, observed)
    # The plain per-task Beta(1, 1) model this replaced was far off on the same candidates.
    plain = calibrate(sitter, candidates=240, practice_attempts=3, practice_items=20, seed=11, prior_strength=0.0)
    assert plain.brier > result.brier + 0.03
