"""A whole candidate session in one process, for the offline and privacy tests: start-up, a practice exam
answered and submitted, answer review, and a PDF report written to a chosen path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from simulator.assembly import PracticeSpec
from simulator.clock import FakeClock
from ui.app import create_application
from ui.main_window import MainWindow
from ui.qt import QEventLoop, QSettings, QTimer
from ui.settings import AppSettings


def wait(signal: object, seconds: float = 60) -> list[object]:
    loop = QEventLoop()
    received: list[object] = []

    def done(*args: object) -> None:
        received.extend(args)
        loop.quit()

    signal.connect(done)  # type: ignore[attr-defined]
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return received


def main() -> None:
    data_dir, export = Path(sys.argv[1]), Path(sys.argv[2])
    os.umask(0o077)  # as main.py does
    app = create_application()
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, db_url=None, data_dir=data_dir)
    window.show()
    window.start_loading()
    assert wait(window.loaded) == [True]
    window.clock = FakeClock()
    window.start_practice(PracticeSpec(("4.1", "5.1"), 6, instant_feedback=True))
    while window.exam.session is None:
        app.processEvents()
    session = window.exam.session
    for position in range(session.count):
        window.exam.go(position)
        window.exam.toggle_flag()
    window.exam.submit()
    while window.pages.currentWidget() is not window.results:
        app.processEvents()
    window.open_review(window.results.result.attempt_id)
    while window.pages.currentWidget() is not window.review:
        app.processEvents()
    window.export_report(window.results.result.attempt_id, export)
    assert wait(window.report_written) == [str(export)]
    window.close()
    print("session done", flush=True)


if __name__ == "__main__":
    main()
