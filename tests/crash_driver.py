"""Drives a full exam in a child process and reports each acknowledged answer; the parent kills it."""

from __future__ import annotations

import json
import sys
import time

from simulator.assembly import FullSpec, plan_full
from simulator.clock import SystemClock
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.bank import bank_index
from simulator.storage.db import open_store


def main() -> None:
    store = open_store(sys.argv[1])
    index = bank_index(store, "aif-c01")
    session = ExamSession.start(store, plan_full(index, FullSpec(), 11), SystemClock())
    print(json.dumps({"attempt": session.attempt_id}), flush=True)
    for position in range(session.count):
        change = session.answer(position, key_of(session.content(position)))
        if position % 3 == 0:
            session.set_flag(position, True)
        ack = {"ack": position, "remaining": session.timer.remaining(), "answered": change.progress.answered}
        print(json.dumps(ack), flush=True)
        time.sleep(0.01)
    time.sleep(60)


if __name__ == "__main__":
    sys.exit(main())
