"""SIGKILL at any moment loses nothing already acknowledged, and the attempt resumes with its time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.clock import FakeClock
from simulator.session import ExamSession
from simulator.storage.db import open_store
from tests.conftest import fill_synthetic

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 7, 23])
def test_killed_exam_keeps_every_acknowledged_answer(db_url: str, kill_after: int) -> None:
    prepared = open_store(db_url)
    fill_synthetic(prepared)
    prepared.close()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_driver", db_url], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    attempt = json.loads(child.stdout.readline())["attempt"]
    last: dict[str, float] = {}
    for _ in range(kill_after):
        last = json.loads(child.stdout.readline())
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    store = open_store(db_url)
    session = ExamSession.open(store, attempt, FakeClock())
    assert not session.submitted
    answered = session.progress().answered
    assert answered >= kill_after  # everything acknowledged is there (one more may have landed)
    assert all(session.view(p).answered for p in range(kill_after))
    assert all(session.view(p).flagged for p in range(0, kill_after, 3))
    remaining = session.timer.remaining()
    assert remaining is not None and abs(remaining - last["remaining"]) <= 5
    store.close()
