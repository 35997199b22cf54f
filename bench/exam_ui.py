"""A full exam in the real window (offscreen): time to show the next item (target p95 <= 16 ms),
time to commit an answer, and peak memory."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.assembly import FullSpec
from simulator.scoring import key_of
from ui.app import create_application
from ui.main_window import MainWindow
from ui.qt import QSettings
from ui.settings import AppSettings


def wait(app, condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    end = time.time() + seconds
    while not condition() and time.time() < end:
        app.processEvents()
    if not condition():
        raise SystemExit("timed out")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, db_url=None, data_dir=folder)
        window.resize(1280, 800)
        window.show()
        window.start_loading()
        wait(app, lambda: getattr(window, "home", None) is not None and window.pages.currentWidget() is window.home)
        window.start_full(FullSpec())
        wait(app, lambda: window.exam.session is not None)
        page = window.exam
        session = page.session
        assert session is not None
        shows: list[float] = []
        answers: list[float] = []
        for lap in range(3):
            for position in range(session.count):
                start = time.perf_counter()
                page.go(position)
                app.processEvents()  # layout and paint of the new item
                shows.append((time.perf_counter() - start) * 1000)
                if lap == 0:
                    start = time.perf_counter()
                    page._answer(key_of(session.content(position)))  # the path a click takes
                    answers.append((time.perf_counter() - start) * 1000)
        page.submit()
        wait(app, lambda: window.pages.currentWidget() is window.results)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        window.close()
    print(f"Full exam in the window, {len(shows)} item changes, {len(answers)} answers (offscreen)")
    p95 = percentile(shows, 0.95)
    print(f"  show next item:   median {statistics.median(shows):5.1f} ms   p95 {p95:5.1f} ms  (target <= 16)")
    print(f"  commit an answer: median {statistics.median(answers):5.1f} ms   p95 {percentile(answers, 0.95):5.1f} ms")
    print(f"  peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
