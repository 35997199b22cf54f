"""Full-exam assembly time on synthetic banks of 1,000 and 100,000 items (target: < 50 ms at 100k)."""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.assembly import BankIndex, FullSpec, plan_full
from simulator.storage.bank import ItemRef
from tests.synthetic_bank import shipped_blueprint

TYPES = ("single", "single", "multiple", "matching", "ordering")


def refs(total: int) -> list[ItemRef]:
    blueprint = shipped_blueprint()
    per_task = total // len(blueprint.tasks)
    return [
        ItemRef(f"s{t.id}-{n}", i * 100000 + n, i * 100000 + n, t.id, TYPES[n % 5], None)
        for i, t in enumerate(blueprint.tasks)
        for n in range(per_task)
    ]


def measure(total: int, runs: int = 30) -> tuple[float, float, float]:
    blueprint = shipped_blueprint()
    start = time.perf_counter()
    index = BankIndex(blueprint, refs(total), {})
    build_ms = (time.perf_counter() - start) * 1000
    rng = random.Random(1)
    seen = {
        r.key: datetime(2026, 1, 1) + timedelta(minutes=rng.randrange(10_000)) for r in rng.sample(refs(total), 4 * 65)
    }
    fresh, with_history = [], []
    for seed in range(runs):
        t0 = time.perf_counter()
        plan_full(index, FullSpec(), seed)
        fresh.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        plan_full(index, FullSpec(), seed, seen)
        with_history.append((time.perf_counter() - t0) * 1000)
    return build_ms, statistics.median(fresh), statistics.median(with_history)


def main() -> None:
    print("Full-exam assembly (median of 30 plans)")
    print(f"{'bank items':>12} {'index build ms':>15} {'plan ms':>9} {'plan ms, 260 seen':>18}")
    for total in (1_000, 10_000, 100_000):
        build, fresh, history = measure(total)
        print(f"{total:>12,} {build:>15.1f} {fresh:>9.2f} {history:>18.2f}")


if __name__ == "__main__":
    main()
