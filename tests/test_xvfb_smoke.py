"""The real app under a real X server (Xvfb): starts, paints its window, and a screenshot is saved."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

SCREENSHOT = """
import sys
from ui.qt import QApplication, QGuiApplication, QTimer
import ui.app as app_module
from ui.main_window import MainWindow

shot = sys.argv[1]
original = MainWindow.start_loading

def start_loading(self):
    def grab_and_quit():
        ok = QGuiApplication.primaryScreen().grabWindow(self.winId()).save(shot)
        self.close()
        QApplication.instance().exit(0 if ok else 3)

    self.loaded.connect(lambda ok: QTimer.singleShot(800, grab_and_quit) if ok else QApplication.instance().exit(4))
    original(self)

MainWindow.start_loading = start_loading
QTimer.singleShot(120_000, lambda: QApplication.instance().exit(5))
sys.exit(app_module.run_gui())
"""


@pytest.mark.xvfb
@pytest.mark.slow
def test_app_starts_under_xvfb_and_saves_a_screenshot(data_dir: Path, tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (CI installs it)")
    shot = tmp_path / "xvfb-home.png"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform this time
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-c", SCREENSHOT, str(shot)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 10_000
    artefacts = os.environ.get("SIMULACRO_ARTEFACTS")
    if artefacts:
        Path(artefacts).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(artefacts) / shot.name)
