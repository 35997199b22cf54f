"""What a session stores and reports at submit, on resume and as its clock runs: exact values a candidate relies on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import update

from simulator.clock import FakeClock
from simulator.errors import AttemptStateError
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.states import Mode
from simulator.storage import attempts as attempt_store
from simulator.storage.db import Store, open_store
from simulator.storage.models import Attempt, AttemptItem, ReviewSchedule
from simulator.timer import ExamTimer, TimeLevel
from simulator.views import AnswerChange, ClockState, ItemResult, Progress
from tests.test_session import full, index, read_only_copy

FULL_S = 90 * 60


def first_of(session: ExamSession, kind: str) -> int:
    return next(p for p in range(session.count) if session.content(p).type == kind)


def refusal(call: Callable[..., object], *args: object) -> AttemptStateError:
    with pytest.raises(AttemptStateError) as info:
        call(*args)
    return info.value


# ----- resuming a full exam ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wall_shift", "remaining", "deadline_shift"),
    [
        (1000, FULL_S - 1000.0, 0),  # closed for 1000 s: that time is used
        (FULL_S, 0.0, 0),  # reopened at the deadline: nothing left
        (6000, 0.0, 0),  # reopened after it
        (2, float(FULL_S), 0),  # up to 2 s of drift takes nothing
        (1, float(FULL_S), 0),
        (-1, float(FULL_S), 0),  # a clock set back within the 2 s gives nothing and keeps the deadline
        (-2, float(FULL_S), 0),
        (-3600, float(FULL_S), -3600),  # set back an hour: no time given, the deadline moves back with the clock
    ],
)
def test_a_full_exam_resumes_with_what_its_deadline_leaves(
    synthetic_store: Store, wall_shift: int, remaining: float, deadline_shift: int
) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    deadline = session.timer.deadline
    assert deadline is not None
    clock.jump_wall(wall_shift)
    again = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    expected_deadline = deadline + timedelta(seconds=deadline_shift)
    away = float(max(0, wall_shift))
    assert (again.timer.remaining(), again.timer.deadline) == (remaining, expected_deadline)
    assert (again.expired_while_away, again.interruptions, again.time_away_s) == (remaining == 0.0, 1, away)
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    assert (stored.remaining_s, stored.deadline_at, stored.interruptions, stored.time_away_s) == (
        remaining,
        expected_deadline,
        1,
        away,
    )


# ----- the clock within a run ----------------------------------------------------------------------------


def test_wall_clock_jumps_in_a_run_are_counted_and_saved_at_the_next_tick(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(1)
    clock.jump_wall(100)  # the computer slept: that time is used and counts as time away
    assert session.tick() == ClockState(FULL_S - 101.0, 101.0, TimeLevel.NORMAL, False, True, None)
    assert (session.interruptions, session.time_away_s) == (1, 100.0)
    clock.jump_wall(50)
    assert session.tick() == ClockState(FULL_S - 151.0, 151.0, TimeLevel.NORMAL, False, True, None)
    assert (session.interruptions, session.time_away_s) == (2, 150.0)
    clock.jump_wall(-3600)  # set back: no time given, the deadline follows the clock and is saved at once
    assert session.tick() == ClockState(FULL_S - 151.0, 151.0, TimeLevel.NORMAL, False, True, None)
    assert session.timer.deadline == clock.now() + timedelta(seconds=FULL_S - 151)
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    assert (stored.remaining_s, stored.deadline_at, stored.interruptions, stored.time_away_s) == (
        FULL_S - 151.0,
        session.timer.deadline,
        2,
        150.0,
    )


def test_two_seconds_of_wall_clock_drift_either_way_change_nothing(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    deadline = session.timer.deadline
    clock.jump_wall(2)
    assert session.tick() == ClockState(float(FULL_S), 0.0, TimeLevel.NORMAL, False, False, None)
    clock.jump_wall(-4)
    assert session.tick() == ClockState(float(FULL_S), 0.0, TimeLevel.NORMAL, False, False, None)
    assert (session.timer.deadline, session.interruptions, session.time_away_s) == (deadline, 0, 0.0)


@pytest.mark.parametrize(
    ("advance", "jump", "remaining", "gaps", "gap_s"),
    [
        (59.5, 10, 0.0, 1, 10.0),  # half a second left, a 10 s jump: the time is up, one gap of 10 s
        (60, 10, 0.0, 0, 0.0),  # already up: a jump takes nothing more and counts no gap
        (0, 59.5, 0.5, 1, 59.5),  # a jump that leaves half a second: it stays half a second
    ],
)
def test_a_wall_jump_near_the_end_is_counted_once(
    advance: float, jump: float, remaining: float, gaps: int, gap_s: float
) -> None:
    clock = FakeClock()
    timer = ExamTimer.start(clock, 60, 60, deadline=clock.now() + timedelta(seconds=60))
    clock.advance(advance)
    clock.jump_wall(jump)
    assert (timer.remaining(), timer.gaps, timer.gap_s) == (remaining, gaps, gap_s)
    assert (timer.remaining(), timer.gaps, timer.gap_s) == (remaining, gaps, gap_s)  # read again: the same


# ----- refusals ------------------------------------------------------------------------------------------


def test_time_up_refuses_an_answer_with_its_message(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(FULL_S)
    error = refusal(session.answer, 0, key_of(session.content(0)))
    assert (str(error), error.code) == ("Time is up: the exam is being submitted with the answers given.", "time_up")


def test_result_before_submit_and_changes_after_it_are_refused_with_their_messages(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    early = refusal(session.result)
    assert (str(early), early.code) == ("The exam has not been submitted yet.", "not_submitted")
    session.submit()
    late = refusal(session.set_flag, 0, True)
    assert (str(late), late.code) == ("This exam has been submitted; its answers can no longer change.", "submitted")


def test_a_copy_held_by_another_window_refuses_changes_with_that_message(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    with read_only_copy(synthetic_store, session.attempt_id, clock) as copy:
        error = refusal(copy.set_flag, 0, True)
    assert (str(error), error.code) == (
        "This exam is open in another window; this copy is read-only. Close it there, or take it over.",
        "other_window",
    )


def test_a_window_taken_over_turns_read_only_at_its_next_change(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    other = open_store(str(synthetic_store.engine.url))
    try:
        ExamSession.open(other, session.attempt_id, clock, take_over=True)
        first = refusal(session.set_flag, 0, True)
        assert first.code == "taken_over" and session.read_only and session.read_only_reason is first
        clock.advance(10)  # past the save interval: the refused copy no longer tries to save
        assert session.tick() == ClockState(FULL_S - 10.0, 10.0, TimeLevel.NORMAL, False, False, None)
        again = refusal(session.set_flag, 0, True)
        assert (str(again), again.code) == (str(first), "taken_over")
    finally:
        other.close()


def test_a_read_only_database_refuses_changes_in_its_own_words_and_closes_cleanly(synthetic_store: Store) -> None:
    clock = FakeClock()
    live = full(synthetic_store, clock)
    done = full(synthetic_store, clock, seed=2)
    done.submit()
    path = synthetic_store.engine.url.database
    read_only = open_store(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        copy = ExamSession.open(read_only, live.attempt_id, clock)
        reason = copy.read_only_reason
        assert reason is not None and reason.code == "db_read_only" and reason.params
        error = refusal(copy.set_flag, 0, True)
        assert (str(error), error.code, error.params) == (str(reason), "db_read_only", reason.params)
        copy.close()  # closing writes nothing, so it cannot fail here
        ExamSession.open(read_only, done.attempt_id, clock).close()
    finally:
        read_only.close()


# ----- answers -------------------------------------------------------------------------------------------


def test_an_answer_reports_its_position_and_the_progress(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    multiple = first_of(session, "multiple")
    assert session.answer(5, key_of(session.content(5))) == AnswerChange(5, True, Progress(65, 1, 0, 0), None)
    part = key_of(session.content(multiple))[:1]
    assert session.answer(multiple, part) == AnswerChange(multiple, False, Progress(65, 1, 0, 1), None)


def test_an_empty_selection_or_no_pair_clears_the_answer(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    multiple, matching = first_of(session, "multiple"), first_of(session, "matching")
    pairs = len(session.content(matching).prompts)
    for position, blank in ((multiple, []), (matching, [None] * pairs)):
        session.answer(position, key_of(session.content(position)))
        assert session.answer(position, blank) == AnswerChange(position, False, Progress(65, 0, 0, 0), None)
        assert (session.view(position).answer, session.view(position).state) == (None, "unanswered")
    reopened = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert reopened.view(multiple).answer is None and reopened.view(matching).answer is None
    assert reopened.progress() == Progress(65, 0, 0, 0)


def test_an_item_answered_then_cleared_stays_seen(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    assert not session.statuses()[7].seen
    session.answer(7, key_of(session.content(7)))
    session.answer(7, None)
    assert session.statuses()[7].seen and session.statuses()[7].review_state == "incomplete"
    assert ExamSession.open(synthetic_store, session.attempt_id, FakeClock()).statuses()[7].seen


def stored_seen(store: Store, attempt_id: int) -> list[int]:
    _, rows = attempt_store.load_attempt(store, attempt_id)
    return [row.position for row in rows if row.seen]


def test_a_move_writes_nothing_until_the_clock_saves_the_item_seen_and_the_position(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    session.tick()
    before = attempt_store.load_attempt(synthetic_store, session.attempt_id)[0].updated_at
    clock.advance(1)
    session.go_to(5)
    session.go_to(6)
    assert not session.tick().saved
    attempt, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id)
    assert (attempt.updated_at, attempt.current_position) == (before, 0)  # the moves themselves wrote nothing
    assert stored_seen(synthetic_store, session.attempt_id) == [0]
    assert [s.seen for s in session.statuses()[4:7]] == [False, True, True]  # the window knows at once
    clock.advance(4)  # 5 s since the last save
    assert session.tick().saved
    attempt, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id)
    assert attempt.current_position == 6 and stored_seen(synthetic_store, session.attempt_id) == [0, 5, 6]


def test_an_item_seen_is_saved_with_its_own_change_or_at_submit(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    session.go_to(3)
    session.set_flag(3, True)
    assert stored_seen(synthetic_store, session.attempt_id) == [0, 3]
    session.go_to(9)  # seen, then submitted before any tick: the submit stores it
    session.submit()
    assert stored_seen(synthetic_store, session.attempt_id) == [0, 3, 9]


def test_the_time_on_an_item_is_saved_with_its_change(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(40)
    session.set_flag(0, True)
    _, rows = attempt_store.load_attempt(synthetic_store, session.attempt_id)
    assert (rows[0].flagged, rows[0].time_spent_s) == (True, 40.0)


# ----- submit and the stored result ----------------------------------------------------------------------


def test_submit_reports_and_stores_every_figure_of_a_resumed_exam(synthetic_store: Store) -> None:
    clock = FakeClock()
    first = full(synthetic_store, clock)
    clock.advance(30)  # the app was closed for 30 s
    session = ExamSession.open(synthetic_store, first.attempt_id, clock, resumed=True)
    single, matching = first_of(session, "single"), first_of(session, "matching")
    blank = next(p for p in range(session.count) if p not in (single, matching))
    session.answer(single, key_of(session.content(single)))
    content = session.content(matching)
    key = key_of(content)
    session.answer(matching, [*key[:-1], next(r.key for r in content.responses if r.key != key[-1])])
    clock.advance(100)
    result = session.submit()
    assert (result.attempt_id, result.exam, result.mode, result.is_demo) == (
        first.attempt_id,
        "aif-c01",
        Mode.FULL,
        False,
    )
    assert (result.time_limit_s, result.time_used_s, result.expired) == (FULL_S, 130.0, False)
    assert (result.interruptions, result.time_away_s, result.blueprint) == (1, 30.0, session.blueprint)

    def item(position: int, answered: bool, correct: bool, credit: float, state: str) -> ItemResult:
        view = session.view(position)
        spent = 100.0 if position == session.current else 0.0
        return ItemResult(
            position, view.key, view.task, view.type, view.scored, answered, False, correct, credit, spent, state
        )

    partial = result.items[matching].credit
    assert partial == pytest.approx((len(key) - 1) / len(key))
    assert (result.items[single], result.items[matching], result.items[blank]) == (
        item(single, True, True, 1.0, "answered"),
        item(matching, True, False, partial, "answered"),
        item(blank, False, False, 0.0, "unanswered"),
    )
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    assert (stored.remaining_s, stored.elapsed_s, stored.interruptions, stored.time_away_s) == (
        FULL_S - 130.0,
        130.0,
        1,
        30.0,
    )
    assert ExamSession.open(synthetic_store, session.attempt_id, FakeClock()).result() == result


def test_expiry_stores_no_time_left(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(FULL_S)
    state = session.tick()
    assert state.result is not None and state.result.expired
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    assert (stored.remaining_s, stored.elapsed_s, stored.expired) == (0.0, float(FULL_S), True)


def test_a_demo_session_feeds_no_spaced_repetition(synthetic_store: Store) -> None:
    from simulator.assembly import FullSpec, plan_full

    demo = ExamSession.start(
        synthetic_store, plan_full(index(synthetic_store), FullSpec(), 1), FakeClock(), is_demo=True
    )
    for position in range(5):
        demo.answer(position, key_of(demo.content(position)))
    demo.submit()
    with synthetic_store.read() as db:
        assert db.query(ReviewSchedule).count() == 0


def test_a_submitted_attempt_without_its_stored_result_says_so(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    session.submit()
    with synthetic_store.write() as db:  # a damaged or hand-edited database
        db.execute(update(Attempt).where(Attempt.id == session.attempt_id).values(result=None))
    error = refusal(ExamSession.open(synthetic_store, session.attempt_id, FakeClock()).result)
    assert (str(error), error.code, error.params) == (
        f"Attempt {session.attempt_id} has no stored result.",
        "no_stored_result",
        {"attempt": session.attempt_id},
    )


def test_an_item_stored_without_its_credit_counts_one_if_right_else_zero(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    session.answer(0, key_of(session.content(0)))
    session.submit()
    with synthetic_store.write() as db:  # the credit column allows no value: an item row without one
        db.execute(update(AttemptItem).where(AttemptItem.attempt_id == session.attempt_id).values(credit=None))
    items = ExamSession.open(synthetic_store, session.attempt_id, FakeClock()).result().items
    assert (items[0].correct, items[0].credit, items[1].correct, items[1].credit) == (True, 1.0, False, 0.0)
