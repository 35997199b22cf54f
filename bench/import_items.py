"""Validate and import 10,000 synthetic items into a fresh SQLite database (target: < 5 s)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank.importer import import_paths
from question_bank.validator import validate
from simulator.storage.db import open_store
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_items, write_bank

COUNT = 10_000


def main() -> None:
    blueprint = shipped_blueprint()
    per_task = -(-COUNT // len(blueprint.tasks))
    items = list(synthetic_items(blueprint, per_task))[:COUNT]
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_bank(Path(tmp) / "bank", BLUEPRINT_PATH, items)
        t0 = time.perf_counter()
        report = validate([folder])
        validate_s = time.perf_counter() - t0
        assert report.ok, report.errors[:3]
        store = open_store(f"sqlite:///{tmp}/bench.sqlite3")
        t0 = time.perf_counter()
        outcome = import_paths(store, [folder])
        import_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = import_paths(store, [folder])
        unchanged_s = time.perf_counter() - t0
        assert outcome.ok and again.ok
        files = len(list(folder.glob("items-*.yaml")))
    print(f"Import of {COUNT:,} synthetic items ({files} files)")
    print(f"  validate only:                     {validate_s:6.2f} s")
    print(f"  validate + import (new database):  {import_s:6.2f} s   (target < 5 s)")
    print(f"  re-import, nothing changed:        {unchanged_s:6.2f} s")


if __name__ == "__main__":
    main()
