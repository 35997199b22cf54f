"""The history screen with 500 demo attempts (target: open in under 300 ms; charts draw without freezing)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from question_bank.importer import sync_shipped_bank
from simulator.demo import DemoSettings, run_demo
from simulator.storage.db import open_store
from ui.app import create_application
from ui.main_window import MainWindow
from ui.qt import QElapsedTimer, QEventLoop, QSettings, QTimer
from ui.settings import AppSettings

ATTEMPTS = 500


def main() -> None:
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(f"sqlite:///{folder / 'simulacro.sqlite3'}", durable=False)
        sync_shipped_bank(store)
        start = time.perf_counter()
        run_demo(store, "aif-c01", DemoSettings(attempts=ATTEMPTS, skill=0.7, seed=5))
        demo_s = time.perf_counter() - start
        store.close()
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, db_url=None, data_dir=folder)
        window.resize(1280, 800)
        window.show()
        window.start_loading()
        while getattr(window, "home", None) is None or window.pages.currentWidget() is not window.home:
            app.processEvents()
        # A 10 ms heartbeat measures how long the UI thread is ever blocked while the screen opens.
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def beat() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        heartbeat = QTimer()
        heartbeat.timeout.connect(beat)
        heartbeat.start(10)
        opened: list[float] = []

        def wait_for(page: object) -> None:
            # A real event loop, not a busy poll: polling would fight the op runner's thread for the GIL.
            loop = QEventLoop()
            window.pages.currentChanged.connect(loop.quit)
            while window.pages.currentWidget() is not page:
                loop.exec()
            window.pages.currentChanged.disconnect(loop.quit)

        for _ in range(5):
            window.go_home()
            wait_for(window.home)
            gaps.clear()
            last[0] = clock.elapsed()
            start = time.perf_counter()
            window.show_history()
            wait_for(window.history)
            window.history.repaint()  # charts drawn
            opened.append((time.perf_counter() - start) * 1000)
        heartbeat.stop()
        series_points = sum(s.count() for s in window.history.domain_chart.series())
        window.close()
    print(f"History screen with {ATTEMPTS} demo attempts ({demo_s:.1f} s to simulate them)")
    print(f"  open, data loaded and charts painted: median {statistics.median(opened):.0f} ms (target < 300 ms)")
    print(f"  longest UI-thread stall while opening: {max(gaps):.0f} ms; {series_points} points in the domain chart")


if __name__ == "__main__":
    main()
