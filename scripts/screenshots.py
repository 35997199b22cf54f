"""Save the README's exam-room screenshots (offscreen, 1366×768, Spanish) into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py

Uses a throw-away data folder with the shipped bank and a fake clock, so the pictures are reproducible.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simulator.assembly import FullSpec, PracticeSpec  # noqa: E402
from simulator.clock import FakeClock  # noqa: E402
from simulator.scoring import key_of  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.qt import QApplication, QEventLoop, QSettings, QTimer, QWidget  # noqa: E402
from ui.settings import AppSettings  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SIZE = (1366, 768)


def settle(app: QApplication, until: object = None, ms: int = 20_000) -> None:
    """Process events until `until()` is true (or for a moment)."""
    loop = QEventLoop()
    waited = 0
    while waited < ms:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until is None and waited >= 200:
            return
        if until is not None and until():  # type: ignore[operator]
            app.processEvents()
            return
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    raise TimeoutError("the window did not get there")


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    data = Path(tempfile.mkdtemp(prefix="simulacro-shots-"))
    settings = AppSettings(QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "es"
    install_translators(app, "es")  # type: ignore[arg-type]
    window = MainWindow(settings, db_url=None, data_dir=data)
    window.resize(*SIZE)
    window.show()
    window.start_loading()
    settle(app, lambda: window.workspace is not None and window.pages.currentWidget() is window.home, 120_000)
    clock = FakeClock()
    window.clock = clock

    window.request_start(FullSpec())
    settle(app)
    save(window, "start-es.png")

    window.start_page.start_button.click()
    settle(app, lambda: window.exam.session is not None)
    page = window.exam
    session = page.session
    assert session is not None
    # A few items of each status: answered, incomplete (a part answer, and seen blank), unseen; some flagged.
    for position in range(6):
        page.go(position)
        content = session.content(position)
        if position in (0, 2, 5):
            session.answer(position, key_of(content))
        if position == 3 and content.type in ("multiple", "matching"):
            key = key_of(content)
            session.answer(position, key[:1] if content.type == "multiple" else [key[0]] + [None] * (len(key) - 1))
        if position in (2, 4):
            session.set_flag(position, True)
    multiple = next(p for p in range(6, session.count) if session.view(p).type == "multiple")
    page.go(multiple)
    session.answer(multiple, key_of(session.content(multiple))[:1])
    stem = session.view(multiple).stem
    words = stem.split(" ")
    session.toggle_highlight(multiple, 0, len(" ".join(words[:6])))
    clock.advance(23 * 60 + 17)
    page.show_item()
    page.tick()
    settle(app)
    save(window, "exam-es.png")

    page.open_review()
    settle(app)
    assert page.review_dialog is not None
    page.review_dialog.resize(900, 560)
    settle(app)
    save(page.review_dialog, "review-es.png")
    page.review_dialog.reject()
    settle(app)

    page.ask_submit()
    settle(app)
    assert page.submit_dialog is not None
    save(page.submit_dialog, "submit-es.png")
    page.submit_dialog.reject()
    settle(app)

    page.submit()
    settle(app, lambda: window.pages.currentWidget() is window.results)
    settle(app)
    save(window, "results-es.png")

    window.go_home()
    settle(app, lambda: window.pages.currentWidget() is window.home)
    window.request_start(PracticeSpec(("4.1", "4.2"), 8, timed=True))
    settle(app)
    save(window, "start-practice-es.png")
    window.start_page.start_button.click()
    settle(app, lambda: window.exam.session is not None)
    practice = window.exam.session
    assert practice is not None
    for position in range(5):
        practice.answer(position, key_of(practice.content(position)))
    window.exam.show_item()
    window.exam.toggle_pause()
    settle(app)
    save(window, "paused-es.png")
    window.exam.toggle_pause()
    window.exam.submit()
    settle(app, lambda: window.pages.currentWidget() is window.results)
    settle(app)
    save(window, "results-practice-es.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
