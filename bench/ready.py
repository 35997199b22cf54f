"""Start-up to ready: process start to the Home page showing its data, against a bare PySide6 window's
show + quit in the same run (offscreen). Target: at most 4.0x. Also lists the heavy modules that loaded.

The data folder is prepared first (database migrated, bank synced), as on every start but the first.
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
TARGET = 4.0

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1152, 684); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(f"ready {time.time():.6f}", flush=True)
"""

READY = """
import sys, time
import ui.app
from ui.main_window import MainWindow
from ui.qt import QTimer
original = MainWindow._show_home
HEAVY = ("sqlalchemy", "alembic", "question_bank.importer", "question_bank.validator", "yaml", "reportlab")
def shown(self, data):
    before = [m for m in HEAVY if m in sys.modules]  # the op runner goes on to open the database meanwhile
    original(self, data)
    print(f"ready {time.time():.6f}", flush=True)
    print("loaded " + " ".join(before), flush=True)
MainWindow._show_home = shown
def opened(self, ok):  # the database open the usual way (SQLAlchemy): Home's requests no longer wait
    print(f"open {time.time():.6f}", flush=True)
    QTimer.singleShot(0, self.close)  # as a person closing it: the window waits for the op runner
init = MainWindow.__init__
def patched(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.loaded.connect(lambda ok: opened(self, ok))
MainWindow.__init__ = patched
ui.app.run_gui(data_dir=sys.argv[1])
"""


def ready_after(code: list[str], env: dict[str, str]) -> tuple[float, str, float]:
    """Seconds to ready, the heavy modules loaded by then, seconds to the database open (0: not reported)."""
    start = time.time()
    out = subprocess.run(code, env=env, cwd=REPO, capture_output=True, text=True, check=True).stdout
    stamp = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("ready"))
    loaded = next((line[7:] for line in out.splitlines() if line.startswith("loaded")), "")
    opened = next((float(line.split()[1]) for line in out.splitlines() if line.startswith("open")), start)
    return stamp - start, loaded, opened - start


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are cached after the first start
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        for _ in range(2):  # migrate and import the bank; then a start that writes the bytecode caches
            subprocess.run(
                [sys.executable, "main.py", "--smoke", "--data-dir", str(data)], env=env, cwd=REPO, check=True
            )
        bare, ours, opens, loaded = [], [], [], ""
        for _ in range(RUNS):  # interleaved, so a busy machine slows both alike
            bare.append(ready_after([sys.executable, "-c", BARE], env)[0])
            seconds, loaded, opened = ready_after([sys.executable, "-c", READY, str(data)], env)
            ours.append(seconds)
            opens.append(opened)
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"Start-up to ready, median of {RUNS} runs (offscreen platform)")
    print(f"  bare PySide6 window, process start to show + quit:  {b * 1000:7.0f} ms")
    print(f"  Simulacro, process start to Home showing its data:  {o * 1000:7.0f} ms")
    print(f"  ratio: {o / b:.2f}x (target <= {TARGET}x)")
    print(f"  then the database open as usual (SQLAlchemy):       {statistics.median(opens) * 1000:7.0f} ms")
    print(f"  heavy modules loaded before Home painted: {loaded or 'none'}")


if __name__ == "__main__":
    main()
