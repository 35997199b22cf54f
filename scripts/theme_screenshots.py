"""Every screen and dialog in the light and the dark theme, 1366×768, Spanish, offscreen:
docs/screenshots/light/*.png and docs/screenshots/dark/*.png.

    python scripts/theme_screenshots.py

A throw-away data folder with the shipped bank, a small demo cohort (for History and the teacher screens) and a
fake clock, so the pictures are reproducible.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from question_bank.importer import sync_shipped_bank  # noqa: E402
from simulator.assembly import FullSpec, PracticeSpec  # noqa: E402
from simulator.clock import FakeClock  # noqa: E402
from simulator.demo import DemoSettings, run_demo  # noqa: E402
from simulator.scoring import key_of  # noqa: E402
from simulator.storage.db import open_store  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.qt import QApplication, QSettings, QWidget  # noqa: E402
from ui.settings import AppSettings  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SIZE = (1366, 768)


def wait(app: QApplication, condition: Callable[[], bool] | None = None, seconds: float = 0.3) -> None:
    """Process events until `condition()` holds (failing after `seconds`), or with none for `seconds`."""
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        if condition is not None and condition():
            app.processEvents()
            return
        time.sleep(0.01)
    if condition is not None:
        raise SystemExit("timed out")


def shoot(app: QApplication, theme: str, data: Path) -> list[Path]:
    out = OUT / theme
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        wait(app)
        path = out / f"{len(written) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    settings = AppSettings(QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "es"
    settings.theme = theme
    install_translators(app, "es")
    window = MainWindow(settings, db_url=None, data_dir=data)
    window.resize(*SIZE)
    window.show()
    window.start_loading()
    wait(app, lambda: window.home_data is not None and window.pages.currentWidget() is window.home, 120)
    clock = FakeClock()
    window.clock = clock
    save(window, "home")

    window.request_start(FullSpec())
    wait(app, lambda: window.pages.currentWidget() is window.start_page, 30)
    save(window, "start-full-exam")
    window.go_home()
    wait(app, lambda: window.pages.currentWidget() is window.home, 30)

    blueprint = window.home_data.blueprint  # type: ignore[union-attr]
    window.start_practice(PracticeSpec(tuple(t.id for t in blueprint.tasks), 60, timed=True))
    wait(app, lambda: window.exam.session is not None and window.pages.currentWidget() is window.exam, 30)
    page = window.exam
    session = page.session
    assert session is not None
    for position in range(0, 4):
        session.answer(position, key_of(session.content(position)))
    session.set_flag(1, True)
    clock.advance(17 * 60)
    for kind in ("single", "multiple", "matching", "ordering"):
        position = next(p for p in range(4, session.count) if session.view(p).type == kind)
        page.go(position)
        save(window, f"exam-{kind}")
        if kind == "multiple":
            key = list(key_of(session.content(position)))
            wrong = next(o.index for o in session.view(position).options if o.index not in key)
            session.answer(position, sorted([*key[1:], wrong]))  # one right, one wrong: both marks show
            page.show_item()
            page.check_answer()
            page.toggle_flag()
            save(window, "exam-feedback-flagged")
    page.toggle_pause()
    save(window, "exam-paused")
    page.toggle_pause()
    page.open_review()
    wait(app)
    assert page.review_dialog is not None
    save(page.review_dialog, "review-grid")
    page.review_dialog.reject()
    page.ask_submit()
    wait(app)
    assert page.submit_dialog is not None
    save(page.submit_dialog, "submit")
    page.submit_dialog.reject()
    page.submit()
    wait(app, lambda: window.pages.currentWidget() is window.results, 30)
    save(window, "results")
    window.open_review(session.attempt_id)
    wait(app, lambda: window.pages.currentWidget() is window.review, 30)
    save(window, "answer-review")
    window.show_history()
    wait(app, lambda: window.pages.currentWidget() is window.history, 30)
    wait(app, None, 1.0)
    save(window, "history")
    window.show_flagged()
    wait(app, lambda: window.pages.currentWidget() is window.flagged, 30)
    save(window, "flagged")
    window.show_reports()
    wait(app, lambda: window.pages.currentWidget() is window.reports, 30)
    save(window, "question-reports")
    window.show_item_stats(True)
    wait(app, lambda: window.pages.currentWidget() is window.item_stats and window.item_stats.model.rowCount() > 0, 60)
    window.item_stats.table.selectRow(0)
    save(window, "teacher-item-stats")
    window.show_cohort(True)
    wait(app, lambda: window.pages.currentWidget() is window.cohort and window.cohort.people_model.rowCount() > 0, 60)
    save(window, "teacher-cohort")
    window.go_home()
    wait(app, lambda: window.pages.currentWidget() is window.home, 30)
    save(window, "home-after")
    window.open_preferences()
    wait(app, lambda: QApplication.activeModalWidget() is not None, 10)
    preferences = QApplication.activeModalWidget()
    assert preferences is not None
    save(preferences, "preferences")
    preferences.close()
    window.import_action.trigger()
    wait(app, lambda: QApplication.activeModalWidget() is not None, 10)
    importer = QApplication.activeModalWidget()
    assert importer is not None
    save(importer, "import-pack")
    importer.close()
    window.close()
    wait(app)
    return written


def main() -> int:
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        for theme in ("light", "dark"):
            data = Path(tmp) / theme
            data.mkdir()
            store = open_store(f"sqlite:///{data / 'simulacro.sqlite3'}", durable=False)
            sync_shipped_bank(store)
            run_demo(store, "aif-c01", DemoSettings(40, 0.7, 7, candidates=4))
            store.close()
            for path in shoot(app, theme, data):
                print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
