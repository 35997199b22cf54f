"""Is readiness calibrated? Simulated candidates with a known skill per task statement practise k times, the
estimate predicts P(pass the next full exam), a simulated full exam settles it. Prints the Brier score and the
calibration table (predicted decile against observed pass rate; target: every decile within ±10 points), for
the calibrated model and for the plain per-task Beta(1, 1) model it replaced."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank.importer import sync_shipped_bank
from simulator.analytics import PRIOR_STRENGTH
from simulator.calibration import calibrate
from simulator.demo import Sitter
from simulator.storage.db import open_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--practice", type=int, default=4, help="practice sets before the full exam")
    parser.add_argument("--items", type=int, default=20, help="items per practice set")
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--plain", action="store_true", help="also show the plain Beta(1, 1) model")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bank.sqlite3", durable=False)
        sync_shipped_bank(store)
        sitter = Sitter.load(store, "aif-c01", item_spread=0.8)
        store.close()
    models = [(f"calibrated (prior strength {PRIOR_STRENGTH:g})", PRIOR_STRENGTH)]
    if args.plain:
        models.append(("plain Beta(1, 1) per task (before)", 0.0))
    worst = 0.0
    for title, strength in models:
        began = time.perf_counter()
        result = calibrate(
            sitter,
            candidates=args.candidates,
            practice_attempts=args.practice,
            practice_items=args.items,
            seed=args.seed,
            prior_strength=strength,
        )
        print(f"Readiness, {title}: {time.perf_counter() - began:.0f} s")
        for line in result.lines():
            print("  " + line)
        gap = result.worst_gap(min_count=30)
        print(f"  worst decile gap (deciles with >= 30 candidates): {gap * 100:.1f} points (target <= 10)")
        if strength == PRIOR_STRENGTH:
            worst = gap
    return 0 if worst <= 0.10 else 1


if __name__ == "__main__":
    sys.exit(main())
