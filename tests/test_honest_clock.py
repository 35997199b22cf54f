"""The honest clock with a fake clock: a full exam's deadline runs while the app is closed, killed or asleep;
wall-clock jumps may take time but never give it; practice may pause; results record the interruptions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from simulator.assembly import BankIndex, FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.history import attempt_history
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.bank import case_study_order, item_refs, load_blueprint
from simulator.storage.db import Store
from simulator.timer import TimeLevel, level_for, used_minutes

LIMIT = 90 * 60


def index(store: Store) -> BankIndex:
    return BankIndex(load_blueprint(store, "aif-c01"), item_refs(store, "aif-c01"), case_study_order(store, "aif-c01"))


def full(store: Store, clock: FakeClock) -> ExamSession:
    return ExamSession.start(store, plan_full(index(store), FullSpec(), 7), clock)


def later(clock: FakeClock, seconds: float) -> FakeClock:
    """The clock of the next run of the app: a new monotonic origin, wall time `seconds` after `clock`'s."""
    return FakeClock(clock.now() + timedelta(seconds=seconds))


def test_close_and_reopen_keeps_the_clock_running(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    session.answer(0, key_of(session.content(0)))
    clock.advance(60)
    session.save_clock()  # the window closes: the clock is saved
    reopened = ExamSession.open(synthetic_store, session.attempt_id, later(clock, 20), resumed=True)
    assert reopened.timer.remaining() == pytest.approx(LIMIT - 80)
    assert reopened.interruptions == 1 and reopened.time_away_s == pytest.approx(20)
    assert reopened.view(0).answered


def test_going_home_and_back_in_one_run_counts_the_time_away(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(30)
    session.save_clock()  # Inicio
    clock.advance(45)
    back = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    assert back.timer.remaining() == pytest.approx(LIMIT - 75)
    assert back.interruptions == 1 and back.time_away_s == pytest.approx(45)


def test_kill_gives_no_time_back(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(30)
    session.tick()  # saved (more than 5 s since the start)
    clock.advance(4.5)
    assert not session.tick().saved  # killed now: the last 4.5 s were never saved
    reopened = ExamSession.open(synthetic_store, session.attempt_id, later(clock, 10), resumed=True)
    assert reopened.timer.remaining() == pytest.approx(LIMIT - 44.5)


def test_suspend_like_gap_uses_the_time_and_counts_as_an_interruption(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(100)
    clock.jump_wall(600)  # the computer slept: wall time moved, the monotonic clock did not
    state = session.tick()
    assert state.remaining_s == pytest.approx(LIMIT - 700) and state.saved
    assert session.interruptions == 1 and session.time_away_s == pytest.approx(600)
    reopened = ExamSession.open(synthetic_store, session.attempt_id, later(clock, 0), resumed=True)
    assert reopened.timer.remaining() == pytest.approx(LIMIT - 700)
    assert reopened.interruptions == 2


def test_clock_set_back_never_adds_time(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(60)
    clock.jump_wall(-3600)
    assert session.tick().remaining_s == pytest.approx(LIMIT - 60)
    clock.advance(30)
    assert session.tick().remaining_s == pytest.approx(LIMIT - 90)
    session.save_clock()
    # The deadline moved back with the clock, so time away after the change still counts.
    reopened = ExamSession.open(synthetic_store, session.attempt_id, later(clock, 100), resumed=True)
    assert reopened.timer.remaining() == pytest.approx(LIMIT - 190)


def test_clock_set_back_while_closed_adds_no_time(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(120)
    session.save_clock()
    reopened = ExamSession.open(synthetic_store, session.attempt_id, later(clock, -7200), resumed=True)
    assert reopened.timer.remaining() == pytest.approx(LIMIT - 120)
    assert reopened.time_away_s == 0
    # ... and time away after that is measured from the new clock.
    reopened.save_clock()
    again = ExamSession.open(synthetic_store, session.attempt_id, later(reopened.clock, 50), resumed=True)  # type: ignore[arg-type]
    assert again.timer.remaining() == pytest.approx(LIMIT - 170)


def test_forward_jump_beyond_the_deadline_submits(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    for position in range(3):
        session.answer(position, key_of(session.content(position)))
    clock.advance(10)
    clock.jump_wall(LIMIT)
    state = session.tick()
    assert state.result is not None and state.result.expired and session.submitted
    assert sum(i.answered for i in state.result.items) == 3


def test_reopening_after_the_deadline_submits_with_the_answers_given(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    for position in range(4):
        session.answer(position, key_of(session.content(position)))
    clock.advance(300)
    session.save_clock()
    reopened = ExamSession.open(synthetic_store, session.attempt_id, later(clock, 2 * 3600), resumed=True)
    assert reopened.expired_while_away
    state = reopened.tick()
    assert state.result is not None and state.result.expired
    assert sum(i.answered for i in state.result.items) == 4
    assert state.result.time_used_s == pytest.approx(LIMIT)
    assert state.result.interruptions == 1 and state.result.time_away_s == pytest.approx(2 * 3600)


def test_practice_clock_stops_while_closed_and_pauses(synthetic_store: Store) -> None:
    clock = FakeClock()
    spec = PracticeSpec(("4.1", "5.1"), 6, timed=True)
    drill = ExamSession.start(synthetic_store, plan_practice(index(synthetic_store), spec, 3), clock)
    limit = drill.timer.remaining()
    assert limit is not None
    clock.advance(20)
    drill.save_clock()
    reopened = ExamSession.open(synthetic_store, drill.attempt_id, later(clock, 3600), resumed=True)
    assert reopened.timer.remaining() == pytest.approx(limit - 20)
    assert reopened.interruptions == 1


def test_results_and_history_record_interruptions(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(10)
    session.save_clock()
    second = ExamSession.open(synthetic_store, session.attempt_id, later(clock, 40), resumed=True)
    second.clock.advance(10)  # type: ignore[attr-defined]
    second.save_clock()
    third = ExamSession.open(synthetic_store, session.attempt_id, later(second.clock, 60), resumed=True)  # type: ignore[arg-type]
    result = third.submit()
    assert (result.interruptions, result.time_away_s) == (2, pytest.approx(100))
    assert result.time_used_s == pytest.approx(120) and result.used_minutes == 2
    row = next(r for r in attempt_history(synthetic_store) if r.id == session.attempt_id)
    assert (row.interruptions, row.time_away_s, row.used_minutes) == (2, pytest.approx(100), 2)
    assert row.to_json()["interruptions"] == 2


def test_timed_practice_warns_at_a_quarter_and_a_tenth_left_never_at_the_start() -> None:
    limit = 12 * 60
    assert level_for(limit, limit) is TimeLevel.NORMAL
    assert level_for(0.26 * limit, limit) is TimeLevel.NORMAL
    assert level_for(0.25 * limit, limit) is TimeLevel.AMBER
    assert level_for(0.10 * limit, limit) is TimeLevel.RED
    assert level_for(LIMIT, LIMIT) is TimeLevel.NORMAL
    assert level_for(15 * 60, LIMIT) is TimeLevel.AMBER


def test_time_used_is_rounded_by_one_rule() -> None:
    assert [used_minutes(s) for s in (0, 29, 30, 149, 150, 151)] == [0, 0, 1, 2, 3, 3]


def test_reading_an_attempt_writes_nothing_and_its_deadline_still_bounds_the_time(synthetic_store: Store) -> None:
    """A report or a check opens an attempt without resuming it: no interruption is recorded, nothing is saved,
    yet the time it shows is what its deadline leaves."""
    from simulator.storage.models import Attempt

    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(60)
    session.save_clock()
    with synthetic_store.read() as db:
        before = db.get(Attempt, session.attempt_id).updated_at  # type: ignore[union-attr]
    reader = ExamSession.open(synthetic_store, session.attempt_id, later(clock, 300))
    assert reader.timer.remaining() == pytest.approx(LIMIT - 360)
    assert reader.interruptions == 1  # the time away, seen in memory only
    with synthetic_store.read() as db:
        row = db.get(Attempt, session.attempt_id)
        assert row is not None and row.updated_at == before and row.interruptions == 0
