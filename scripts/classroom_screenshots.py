"""Screenshots of the teacher screens (docs/screenshots/teacher-*.png) at 1366×768, offscreen, from a demo cohort.

python scripts/classroom_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from question_bank.importer import sync_shipped_bank  # noqa: E402
from simulator.demo import DemoSettings, run_demo  # noqa: E402
from simulator.storage.candidates import list_candidates  # noqa: E402
from simulator.storage.db import open_store  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.classroom import CandidateDialog  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.qt import QSettings  # noqa: E402
from ui.settings import AppSettings  # noqa: E402

OUT = REPO / "docs" / "screenshots"


def wait(app, condition, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    end = time.time() + seconds
    while not condition() and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    if not condition():
        raise SystemExit("timed out")


def main() -> int:
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        store = open_store(f"sqlite:///{data / 'simulacro.sqlite3'}", durable=False)
        sync_shipped_bank(store)
        run_demo(store, "aif-c01", DemoSettings(960, 0.7, 7, candidates=24))
        people = list_candidates(store)
        store.close()
        settings = AppSettings(QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))
        settings.language = "es"
        install_translators(app, "es")
        window = MainWindow(settings, db_url=None, data_dir=data)
        window.resize(1366, 768)
        window.show()
        window.start_loading()
        wait(app, lambda: window.home_data is not None)
        window.item_stats.include_demo.setChecked(True)
        wait(app, lambda: window.pages.currentWidget() is window.item_stats and window.item_stats.model.rowCount() > 0)
        window.item_stats.table.selectRow(0)
        app.processEvents()
        window.grab().save(str(OUT / "teacher-stats-es.png"))
        window.cohort.include_demo.setChecked(True)
        wait(app, lambda: window.pages.currentWidget() is window.cohort and window.cohort.people_model.rowCount() > 0)
        app.processEvents()
        window.grab().save(str(OUT / "teacher-cohort-es.png"))
        dialog = CandidateDialog(people, "demo-07", window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "candidate-dialog-es.png"))
        dialog.close()
        window.close()
    print(f"written: {', '.join(p.name for p in sorted(OUT.glob('teacher-*.png')))}, candidate-dialog-es.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
