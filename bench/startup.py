"""Start-up: `main.py --smoke` and "process start to main window painted", beside a bare PySide6 window.

Targets: the painted window within 1.5x of the bare window's time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 7

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
class W(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"painted {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)
w = W(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
app.exec()
"""

PAINTED = """
import sys, time
from ui.main_window import MainWindow
from ui.qt import QApplication, QTimer
original = MainWindow.paintEvent
def paint(self, event):
    original(self, event)
    if not getattr(self, "_reported", False):
        self._reported = True
        print(f"painted {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
MainWindow.paintEvent = paint
import ui.app
ui.app.run_gui(data_dir=sys.argv[1])
"""


def painted_after(code: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(code, env=env, cwd=REPO, capture_output=True, text=True, check=True).stdout
    stamp = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("painted"))
    return stamp - start


def wall(code: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(code, env=env, cwd=REPO, capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        first_smoke = wall([sys.executable, "main.py", "--smoke", "--data-dir", str(data)], env)
        smoke = [wall([sys.executable, "main.py", "--smoke", "--data-dir", str(data)], env) for _ in range(RUNS)]
        bare = [painted_after([sys.executable, "-c", BARE], env) for _ in range(RUNS)]
        ours = [painted_after([sys.executable, "-c", PAINTED, str(data)], env) for _ in range(RUNS)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"Start-up, median of {RUNS} runs (offscreen platform)")
    print(f"  bare PySide6 window, process start to first paint:   {b * 1000:7.0f} ms")
    print(f"  Simulacro main window, process start to first paint: {o * 1000:7.0f} ms  ({o / b:.2f}x, target <= 1.5x)")
    print(f"  main.py --smoke (paint + migrations + bank check):    {statistics.median(smoke) * 1000:7.0f} ms")
    print(f"  main.py --smoke on a new data dir (first bank sync):  {first_smoke * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
