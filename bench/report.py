"""A 65-item full-exam report with 100 past attempts (target: built in under 1.5 s)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank.importer import sync_shipped_bank
from simulator.demo import DemoSettings, run_demo
from simulator.report_data import build_report_data
from simulator.report_pdf import render_report
from simulator.storage.db import open_store


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.sqlite3", durable=False)
        sync_shipped_bank(store)
        results = run_demo(store, "aif-c01", DemoSettings(attempts=101, skill=0.68, seed=3))
        last = results[-1].attempt_id
        times, builds, sizes, pages = [], [], [], 0
        for n in range(5):
            start = time.perf_counter()
            data = build_report_data(store, last, language="es", candidate="Bench")
            built = time.perf_counter()
            target = render_report(data, Path(tmp) / f"r{n}.pdf")
            times.append(time.perf_counter() - start)
            builds.append(built - start)
            sizes.append(target.stat().st_size)
        from pypdf import PdfReader

        pages = len(PdfReader(str(target)).pages)
    print("PDF report of a 65-item full exam with 100 past attempts (median of 5)")
    print(
        f"  total: {statistics.median(times) * 1000:.0f} ms (target < 1500 ms); "
        f"of which gathering data: {statistics.median(builds) * 1000:.0f} ms"
    )
    print(
        f"  {pages} pages, {sizes[-1] / 1024:.0f} KB, {sum(1 for i in results[-1].items if not i.correct)} missed items"
    )


if __name__ == "__main__":
    main()
