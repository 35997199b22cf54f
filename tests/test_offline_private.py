"""Offline and private: a full session opens no network socket, keeps its files owner-only, and writes
nothing outside the data dir and the chosen export path."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Runs before the session: records every Python-level network attempt (audit events) and, at exit, any
# socket file descriptor still open (which would also catch sockets opened by Qt's C++ code).
GUARD = """
import atexit, os, sys
attempts = []
def hook(event, args):
    if event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto", "urllib.Request"):
        attempts.append((event, repr(args)[:120]))
sys.addaudithook(hook)
def report():
    sockets = []
    for fd in (os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").startswith("socket:"):
                sockets.append(fd)
        except OSError:
            pass  # the descriptor used to list the folder itself is gone already
    print("NETWORK", attempts, "SOCKETS", sockets, flush=True)
atexit.register(report)
sys.argv = sys.argv[1:]
import runpy
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def snapshot(root: Path) -> dict[Path, float]:
    return {p: p.stat().st_mtime for p in root.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_full_session_is_offline_private_and_stays_in_its_folders(tmp_path: Path) -> None:
    home = tmp_path / "session-home"
    data = tmp_path / "session-data"
    exports = tmp_path / "exports"
    for folder in (home, data, exports):
        folder.mkdir()
    export = exports / "informe.pdf"
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        SIMULACRO_DATA_DIR=str(data),
    )
    before = snapshot(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", GUARD, str(REPO / "tests" / "session_flow.py"), str(data), str(export)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "session done" in result.stdout
    network_line = next(line for line in result.stdout.splitlines() if line.startswith("NETWORK"))
    assert network_line == "NETWORK [] SOCKETS []", network_line
    written = {p for p, mtime in snapshot(tmp_path).items() if before.get(p) != mtime}
    outside = {p for p in written if data not in p.parents and p != export}
    # fontconfig may refresh its own cache; that is the system's, not Simulacro's data.
    outside = {p for p in outside if "fontconfig" not in p.parts}
    assert not outside, sorted(str(p) for p in outside)
    assert export.exists()
    for path in [*data.rglob("*"), export]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is readable by others ({oct(mode)})"
