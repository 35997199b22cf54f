"""Home and exam on common screens (offscreen Qt, a screen of each size): docs/screenshots/*-WxH.png.

python scripts/screen_sizes.py            every size (scripts/screenshots.py makes the README's other pictures)
python scripts/screen_sizes.py 1024x768   one size (run in a child process per size: the screen is fixed at start)

The window opens as a first start would (90 % of the screen, a 40-pixel task bar assumed) on a fresh data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
SIZES = ("1024x768", "1280x800", "1366x768", "1920x1080")
README_SIZE = ""  # the README's own pictures come from scripts/screenshots.py
TASK_BAR = 40


def main() -> None:
    if len(sys.argv) > 1:
        shoot(sys.argv[1], readme=sys.argv[1] == README_SIZE)
        return
    for size in SIZES:
        width, height = (int(n) for n in size.split("x"))
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screen.json"
            screen = {"name": size, "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
            config.write_text(json.dumps({"screens": [screen]}))
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(REPO))
            subprocess.run([sys.executable, __file__, size], env=env, cwd=REPO, check=True)


def shoot(size: str, readme: bool) -> None:
    sys.path.insert(0, str(REPO))
    from simulator.assembly import FullSpec, PracticeSpec
    from ui.app import create_application
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QRect, QSettings
    from ui.settings import AppSettings
    from ui.window_place import first_geometry

    app = create_application()
    data = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))
    install_translators(app, "es")
    window = MainWindow(settings, db_url=None, data_dir=data)
    width, height = (int(n) for n in size.split("x"))
    window.setGeometry(first_geometry(QRect(0, 0, width, height - TASK_BAR)))
    window.show()

    def wait(condition: object, seconds: float = 120) -> None:
        import time

        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()
        assert condition(), "the window did not get there in time"  # type: ignore[operator]

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def save(name: str, widget: object = None) -> None:
        settle()
        target = widget or window
        target.grab().save(str(OUT / name))  # type: ignore[attr-defined]
        print("saved", OUT / name, target.size().width(), "x", target.size().height())  # type: ignore[attr-defined]

    window.start_loading()
    wait(lambda: window._screens_built and window.pages.currentWidget() is window.home)
    save(f"home-{size}.png")
    if readme and README_SIZE:
        save("home-es.png")

    window.start_full(FullSpec())
    wait(lambda: window.exam.session is not None)
    exam = window.exam
    session = exam.session
    assert session is not None
    multiple = next(p for p in range(session.count) if session.view(p).type == "multiple")
    exam.go(multiple)
    exam.choice_view.pick(1)
    exam.toggle_flag()
    exam.choice_view.strike_number(3)
    save(f"exam-{size}.png")
    if readme and README_SIZE:
        save("exam-es.png")
        for kind in ("matching", "ordering"):
            exam.go(next(p for p in range(session.count) if session.view(p).type == kind))
            save(f"exam-{kind}-es.png")
        exam.open_review()
        wait(lambda: exam.review_dialog is not None)
        save("review-es.png", exam.review_dialog)
        exam.review_dialog.reject()  # type: ignore[union-attr]
    exam.close_session()

    if readme and README_SIZE:
        tasks = ("1.1", "2.1", "3.1", "4.1", "5.1")
        window.start_practice(PracticeSpec(tasks, 12, instant_feedback=False))
        wait(lambda: window.exam.session is not None and window.exam.session is not session)
        practice = window.exam.session
        assert practice is not None
        from simulator.scoring import key_of

        for position in range(practice.count):
            if position % 3:
                practice.answer(position, key_of(practice.content(position)))
        window.exam.submit()
        wait(lambda: window.pages.currentWidget() is window.results)
        save("results-es.png")
        window.open_review(practice.attempt_id)
        wait(lambda: window.pages.currentWidget() is window.review)
        save("answer-review-es.png")
        window.show_history()
        wait(lambda: window.pages.currentWidget() is window.history)
        save("history-es.png")
    window.close()
    QApplication.quit()


if __name__ == "__main__":
    main()
