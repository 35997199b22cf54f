"""Candidates: one database, many people; each sees only their own attempts, flags, drills, reports, readiness."""

from __future__ import annotations

import random
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from main import main as cli
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.demo import wrong_answer
from simulator.history import attempt_history, open_attempts
from simulator.report_data import build_report_data
from simulator.review_tools import bank_index, standing
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.candidates import LOCAL_ID, add_candidate, clean_name, list_candidates, use_candidate
from simulator.storage.db import Store, open_store
from simulator.storage.review import add_item_report, clear_flag, item_reports, open_flags, schedule
from tests.make_db_fixtures import fixture_paths

T0 = datetime(2026, 3, 1, 9, 0)


def _sit(store: Store, seed: int, right: float, *, flag: bool) -> ExamSession:
    clock = FakeClock(T0)
    session = ExamSession.start(store, plan_full(bank_index(store, "aif-c01"), FullSpec(), seed), clock)
    rng = random.Random(seed)
    for position in range(session.count):
        content = session.content(position)
        session.answer(position, key_of(content) if rng.random() < right else wrong_answer(content, rng))
    if flag:
        session.set_flag(0, True)
    session.submit()
    return session


def test_each_candidate_sees_only_their_own_data(synthetic_store: Store) -> None:
    store = synthetic_store
    assert store.candidate_id == LOCAL_ID and not store.is_shared
    ana = add_candidate(store, "  Ana   García ")
    assert add_candidate(store, "ana garcía") == ana  # case-insensitive, spaces folded
    bruno = add_candidate(store, "Bruno")
    use_candidate(store, candidate_id=ana)
    strong = _sit(store, 1, 0.95, flag=True)
    add_item_report(store, strong.attempt_id, 0, "the key looks wrong", T0)
    use_candidate(store, "Bruno")
    assert store.candidate_id == bruno
    weak = _sit(store, 2, 0.3, flag=False)
    unfinished = ExamSession.start(store, plan_full(bank_index(store, "aif-c01"), FullSpec(), 3), FakeClock(T0))
    blueprint = bank_index(store, "aif-c01").blueprint

    assert [a.id for a in attempt_history(store)] == [unfinished.attempt_id, weak.attempt_id]
    assert [a.id for a in open_attempts(attempt_history(store))] == [unfinished.attempt_id]
    assert open_flags(store, "aif-c01") == [] and item_reports(store) == []
    bruno_missed = {s.key for s in schedule(store, "aif-c01")}
    bruno_ready = standing(store, blueprint).readiness
    use_candidate(store, candidate_id=ana)
    assert [a.id for a in attempt_history(store)] == [strong.attempt_id]
    assert open_attempts(attempt_history(store)) == []
    assert [f.key for f in open_flags(store, "aif-c01")] == [strong.view(0).key]
    assert [r.note for r in item_reports(store)] == ["the key looks wrong"]
    assert {s.key for s in schedule(store, "aif-c01")} != bruno_missed
    ana_ready = standing(store, blueprint).readiness
    assert ana_ready is not None and bruno_ready is not None
    assert ana_ready.expected_share > bruno_ready.expected_share + 0.3
    clear_flag(store, "aif-c01", strong.view(0).key, T0 + timedelta(days=1))
    assert open_flags(store, "aif-c01") == []
    # A report of Ana's attempt made while Bruno is selected (a teacher's view) shows Ana's trend, not Bruno's.
    use_candidate(store, candidate_id=bruno)
    data = build_report_data(store, strong.attempt_id)
    assert [p.attempt_id for p in data.trend] == [strong.attempt_id] and store.candidate_id == bruno
    # The local candidate (every SQLite user so far) has none of it.
    use_candidate(store)
    assert attempt_history(store) == [] and schedule(store, "aif-c01") == []
    rows = {r.name: r.attempts for r in list_candidates(store)}
    assert rows == {"Ana García": 1, "Bruno": 2, "local": 0}


@pytest.mark.parametrize("bad", ["", "   ", "\x00\x07", "x" * 81])
def test_unusable_names_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match=r"name|characters"):
        clean_name(bad)


def test_migrated_database_belongs_to_the_local_candidate(data_dir: Path) -> None:
    """Revision 0005 gives every existing attempt, flag clearance, report and schedule row to candidate 1."""
    database, _manifest = fixture_paths("0004")
    target = data_dir / "old.sqlite3"
    shutil.copyfile(database, target)
    store = open_store(f"sqlite:///{target}")
    try:
        before = len(attempt_history(store))
        assert before == 3 and [c.name for c in list_candidates(store)] == ["local"]
        assert open_flags(store, "aif-c01")
        ana = add_candidate(store, "Ana")
        assert ana != LOCAL_ID
        use_candidate(store, candidate_id=ana)
        assert attempt_history(store) == [] and open_flags(store, "aif-c01") == []
    finally:
        store.close()


def test_cli_candidate_option(shipped_store: Store, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = shipped_store.url
    shipped_store.close()
    assert cli(["--db", url, "--candidate", "Eva", "demo", "--attempts", "2", "--seed", "3"]) == 0
    capsys.readouterr()
    assert cli(["--db", url, "--candidate", "Eva", "history"]) == 0
    assert capsys.readouterr().out.count("demo") == 2
    assert cli(["--db", url, "history"]) == 0
    assert "No attempts yet." in capsys.readouterr().out
    assert cli(["--db", url, "--candidate", "   ", "history"]) == 1
    assert "name or alias" in capsys.readouterr().err
