"""A running exam with a fake clock: answers persist, time is deadline-based, expiry submits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest

from simulator.assembly import BankIndex, FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.errors import AttemptStateError, InvalidAnswerError
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.bank import bank_index
from simulator.storage.db import Store
from simulator.timer import TimeLevel, level_for
from simulator.views import ClockState, FlagChange, Progress, StrikeChange


def index(store: Store) -> BankIndex:
    return bank_index(store, "aif-c01")


def full(store: Store, clock: FakeClock, seed: int = 1) -> ExamSession:
    return ExamSession.start(store, plan_full(index(store), FullSpec(), seed), clock)


def practice(store: Store, clock: FakeClock, **kw: object) -> ExamSession:
    spec = PracticeSpec(("4.1", "5.1"), 6, **kw)  # type: ignore[arg-type]
    return ExamSession.start(store, plan_practice(index(store), spec, 3), clock)


def test_answers_flags_and_strikes_survive_reopening(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    first = session.view(0)
    choice = [first.options[0].index] if first.type in ("single", "multiple") else None
    if choice is None:
        choice = key_of(session.content(0))
    session.answer(0, choice)
    session.set_flag(3, True)
    strike_pos = next(p for p in range(session.count) if session.view(p).type == "single")
    session.toggle_strike(strike_pos, 2)
    clock.advance(125)
    session.answer(1, key_of(session.content(1)))
    again = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert again.view(0).answer == tuple(sorted(choice)) or again.view(0).answer == tuple(choice)
    assert again.view(3).flagged
    assert again.view(strike_pos).struck == frozenset({2})
    assert again.progress().answered == 2
    assert again.timer.remaining() == pytest.approx(90 * 60 - 125)
    # presentation order is stored, not recomputed
    assert [o.index for o in again.view(0).options] == [o.index for o in first.options]


def test_expiry_submits_with_the_answers_given(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    for position in range(10):
        session.answer(position, key_of(session.content(position)))
    clock.advance(90 * 60 - 1)
    assert session.tick().result is None
    clock.advance(2)
    state = session.tick()
    assert state.result is not None and state.level is TimeLevel.EXPIRED
    assert state.result.expired
    assert sum(i.answered for i in state.result.items) == 10
    assert session.submitted
    with pytest.raises(AttemptStateError):
        session.answer(11, None)


def test_levels_turn_amber_then_red(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    assert session.tick().level is TimeLevel.NORMAL
    clock.advance(90 * 60 - 15 * 60)
    assert session.tick().level is TimeLevel.AMBER
    clock.advance(10 * 60)
    assert session.tick().level is TimeLevel.RED


def test_remaining_time_is_saved_at_least_every_five_seconds(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(4)
    assert not session.tick().saved
    clock.advance(1.5)
    assert session.tick().saved
    reopened = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert reopened.timer.remaining() == pytest.approx(90 * 60 - 5.5)


def test_wall_clock_set_back_gives_no_time_and_forward_takes_it(synthetic_store: Store) -> None:
    """A clock set back never adds time; a jump forward (like a suspended computer) uses the time it skips
    (the full exam's deadline is wall time, see tests/test_honest_clock.py)."""
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(60)
    clock.jump_wall(-7200)
    assert session.timer.remaining() == pytest.approx(90 * 60 - 60)
    clock.jump_wall(3600)
    assert session.timer.remaining() == pytest.approx(90 * 60 - 60 - 3600)
    clock.jump_wall(-3600)
    assert session.timer.remaining() == pytest.approx(90 * 60 - 60 - 3600)


def test_pause_only_in_practice(synthetic_store: Store) -> None:
    clock = FakeClock()
    exam = full(synthetic_store, clock)
    with pytest.raises(AttemptStateError, match="cannot be paused"):
        exam.pause()
    drill = practice(synthetic_store, clock, timed=True)
    limit = drill.timer.remaining()
    clock.advance(30)
    drill.pause()
    clock.advance(600)
    assert drill.timer.remaining() == pytest.approx(limit - 30)
    with pytest.raises(AttemptStateError, match="paused"):
        drill.answer(0, key_of(drill.content(0)))
    reopened = ExamSession.open(synthetic_store, drill.attempt_id, FakeClock())
    assert reopened.paused and reopened.timer.remaining() == pytest.approx(limit - 30)
    drill.resume()
    clock.advance(10)
    assert drill.timer.remaining() == pytest.approx(limit - 40)


def test_instant_feedback_locks_the_answer(synthetic_store: Store) -> None:
    clock = FakeClock()
    drill = practice(synthetic_store, clock, instant_feedback=True)
    with pytest.raises(InvalidAnswerError):
        drill.check(0)
    drill.answer(0, key_of(drill.content(0)))
    change = drill.check(0)
    assert change.feedback is not None and change.feedback.correct
    with pytest.raises(AttemptStateError, match="already checked"):
        drill.answer(0, None)
    assert drill.view(0).feedback is not None
    assert drill.view(1).feedback is None


def test_submit_scores_match_and_review_shows_feedback(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    for position in range(0, 65, 2):
        session.answer(position, key_of(session.content(position)))
    result = session.submit()
    right_scored = sum(1 for i in result.items if i.scored and i.correct)
    assert result.score.raw_correct == right_scored
    assert result.score.scored_total == 50
    assert sum(g.total for g in result.score.domains) == 50
    review = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert review.submitted and review.view(0).feedback is not None
    assert review.result().score == result.score


def test_multiple_refuses_more_choices_than_the_key(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    position = next(p for p in range(session.count) if session.view(p).type == "multiple")
    view = session.view(position)
    with pytest.raises(InvalidAnswerError, match="takes 2 options"):
        session.answer(position, [o.index for o in view.options[:3]])


def test_time_per_item_is_accounted(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    session.go_to(0)
    clock.advance(40)
    session.go_to(1)
    clock.advance(20)
    session.go_to(0)
    clock.advance(5)
    result = session.submit()
    assert result.items[0].time_spent_s == pytest.approx(45)
    assert result.items[1].time_spent_s == pytest.approx(20)
    assert result.time_used_s == pytest.approx(65)


# ----- exact values and messages (pinned for mutation testing) -------------------------------------------


def test_level_boundaries_are_exact() -> None:
    assert [level_for(s) for s in (None, -1, 0, 0.5, 300, 300.5, 900, 900.5)] == [
        TimeLevel.UNTIMED,
        TimeLevel.EXPIRED,
        TimeLevel.EXPIRED,
        TimeLevel.RED,
        TimeLevel.RED,
        TimeLevel.AMBER,
        TimeLevel.AMBER,
        TimeLevel.NORMAL,
    ]


def test_tick_states_are_exact(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(5)  # exactly the save interval: saved
    assert session.tick() == ClockState(90 * 60 - 5, 5.0, TimeLevel.NORMAL, False, True, None)
    clock.advance(1)
    assert session.tick() == ClockState(90 * 60 - 6, 6.0, TimeLevel.NORMAL, False, False, None)
    clock.advance(90 * 60)
    expired = session.tick()
    assert expired.result is not None and expired.result.expired
    assert expired == ClockState(0.0, session.elapsed(), TimeLevel.EXPIRED, False, True, expired.result)
    after = session.tick()
    assert after == ClockState(None, session.elapsed(), TimeLevel.UNTIMED, False, False, None)
    paused = practice(synthetic_store, clock, timed=True)
    state = paused.pause()
    assert state.paused and state.remaining_s == paused.timer.limit_s and state.result is None


def test_statuses_list_every_item(shipped_store: Store) -> None:
    from simulator.storage.bank import bank_index

    index = bank_index(shipped_store, "aif-c01")
    tasks = tuple(t.id for t in index.blueprint.tasks)
    plan = plan_practice(index, PracticeSpec(tasks, 2, case_studies=1), 5)
    session = ExamSession.start(shipped_store, plan, FakeClock())
    case_position = next(p for p in range(session.count) if session.content(p).case_study is not None)
    session.answer(case_position, key_of(session.content(case_position)))
    other = next(p for p in range(session.count) if session.content(p).case_study is None)
    session.set_flag(other, True)
    statuses = session.statuses()
    assert len(statuses) == session.count
    here, there = statuses[case_position], statuses[other]
    assert (here.position, here.answered, here.flagged, here.case_study) == (
        case_position,
        True,
        False,
        session.content(case_position).case_study,
    )
    assert (there.position, there.answered, there.flagged, there.case_study) == (other, False, True, None)
    assert [s.position for s in statuses] == list(range(session.count))


def test_check_refusals_and_what_it_saves(synthetic_store: Store) -> None:
    clock = FakeClock()
    quiet = practice(synthetic_store, clock, instant_feedback=False)
    quiet.answer(0, key_of(quiet.content(0)))
    with pytest.raises(AttemptStateError) as off:
        quiet.check(0)
    assert str(off.value) == "Instant feedback is off for this exam."
    drill = practice(synthetic_store, clock, instant_feedback=True)
    with pytest.raises(InvalidAnswerError) as blank:
        drill.check(1)
    assert str(blank.value) == "Answer the item completely before checking it."
    drill.answer(1, key_of(drill.content(1)))
    change = drill.check(1)
    assert (change.position, change.answered, change.progress) == (1, True, drill.progress())
    assert change.progress == Progress(6, 1, 0)
    assert ExamSession.open(synthetic_store, drill.attempt_id, FakeClock()).view(1).checked


def test_flag_toggles_and_persists(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    assert session.toggle_flag(4) == FlagChange(4, True, Progress(65, 0, 1))
    assert ExamSession.open(synthetic_store, session.attempt_id, FakeClock()).view(4).flagged
    assert session.toggle_flag(4) == FlagChange(4, False, Progress(65, 0, 0))
    assert not ExamSession.open(synthetic_store, session.attempt_id, FakeClock()).view(4).flagged
    assert not session.view(3).flagged


def test_strike_bounds_and_message(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    single = next(p for p in range(session.count) if session.view(p).type == "single")
    multiple = next(p for p in range(session.count) if session.view(p).type == "multiple")
    other = next(p for p in range(session.count) if session.view(p).type in ("matching", "ordering"))
    assert session.toggle_strike(single, 0) == StrikeChange(single, frozenset({0}))
    last = len(session.content(multiple).options) - 1
    assert session.toggle_strike(multiple, last) == StrikeChange(multiple, frozenset({last}))
    for position, index in ((single, len(session.content(single).options)), (single, -1), (other, 0)):
        with pytest.raises(InvalidAnswerError) as info:
            session.toggle_strike(position, index)
        assert str(info.value) == "Only the options of a choice item can be struck out."
    assert session.toggle_strike(single, 0) == StrikeChange(single, frozenset())


def test_pause_message_is_exact(synthetic_store: Store) -> None:
    with pytest.raises(AttemptStateError) as info:
        full(synthetic_store, FakeClock()).pause()
    assert str(info.value) == "A full-length exam cannot be paused, as in the real test."


def test_timer_edges() -> None:
    from simulator.timer import ExamTimer

    clock = FakeClock()
    assert ExamTimer.start(clock, None, None).remaining() is None and not ExamTimer.start(clock, None, None).expired()
    assert ExamTimer.start(clock, 60, -5, paused=True).remaining() == 0.0
    timer = ExamTimer.start(clock, 60, 60)
    clock.advance(59.5)
    assert timer.remaining() == pytest.approx(0.5) and not timer.expired()
    clock.advance(0.5)
    assert timer.remaining() == 0.0 and timer.expired()
    clock.advance(10)
    assert timer.remaining() == 0.0
    other = ExamTimer.start(clock, 100, 100)
    clock.advance(10)
    other.resume()  # not paused: nothing changes
    assert other.remaining() == pytest.approx(90)
    other.pause()
    clock.advance(30)
    other.pause()  # already paused: the frozen time stays
    assert other.remaining() == pytest.approx(90) and other.paused
    other.resume()
    clock.advance(5)
    assert other.remaining() == pytest.approx(85) and not other.paused


@contextmanager
def read_only_copy(store: Store, attempt_id: int, clock: FakeClock) -> Iterator[ExamSession]:
    """The same attempt opened by a second window (its own connection) while the first holds it."""
    from simulator.storage.db import open_store

    other = open_store(str(store.engine.url))
    try:
        yield ExamSession.open(other, attempt_id, clock)
    finally:
        other.close()


def test_a_read_only_copy_ticks_without_saving_or_submitting(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    with read_only_copy(synthetic_store, session.attempt_id, clock) as copy:
        assert copy.read_only
        clock.advance(10)
        assert copy.tick() == ClockState(90 * 60 - 10, 10.0, TimeLevel.NORMAL, False, False, None)
        clock.advance(90 * 60)
        assert copy.tick() == ClockState(0.0, copy.elapsed(), TimeLevel.EXPIRED, False, False, None)
        assert not copy.submitted


def test_part_answers_are_incomplete_and_check_wants_a_complete_answer(synthetic_store: Store) -> None:
    clock = FakeClock()
    drill = ExamSession.start(
        synthetic_store,
        plan_practice(index(synthetic_store), PracticeSpec(("2.1", "5.2", "1.3"), 9, instant_feedback=True), 4),
        clock,
    )
    kinds = {drill.view(p).type: p for p in range(drill.count)}
    multiple, matching = kinds["multiple"], kinds["matching"]
    change = drill.answer(multiple, key_of(drill.content(multiple))[:1])
    assert not change.answered and change.progress.incomplete == 1
    view = drill.view(multiple)
    assert (view.state, view.missing, view.answer) == ("incomplete", 1, tuple(key_of(drill.content(multiple))[:1]))
    with pytest.raises(InvalidAnswerError, match="completely"):
        drill.check(multiple)
    pairs = key_of(drill.content(matching))
    drill.answer(matching, [pairs[0]] + [None] * (len(pairs) - 1))
    assert drill.view(matching).state == "incomplete" and drill.view(matching).missing == len(pairs) - 1
    assert drill.progress().incomplete == 2 and drill.progress().answered == 0
    assert drill.statuses()[multiple].review_state == "incomplete"
    drill.answer(multiple, key_of(drill.content(multiple)))
    assert drill.check(multiple).feedback is not None
    reopened = ExamSession.open(synthetic_store, drill.attempt_id, FakeClock())
    assert reopened.view(matching).state == "incomplete" and reopened.progress().answered == 1


def test_an_order_counts_once_confirmed(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    position = next(p for p in range(session.count) if session.view(p).type == "ordering")
    order = [s.index for s in session.view(position).steps]
    change = session.arrange(position, list(reversed(order)))
    assert not change.answered and session.view(position).state == "incomplete"
    assert session.view(position).answer == tuple(reversed(order))  # the draft is kept
    again = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert again.view(position).state == "incomplete"
    assert again.answer(position, list(reversed(order))).answered
    assert again.arrange(position, order).answered  # moving a confirmed order keeps it answered
    result = again.submit()
    assert result.items[position].state == "answered"


def test_unseen_items_and_highlights_are_kept_with_the_attempt(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    assert [s.review_state for s in session.statuses()[:3]] == ["incomplete", "unseen", "unseen"]
    session.go_to(1)
    assert session.statuses()[1].review_state == "incomplete"
    stem = session.view(1).stem
    assert session.toggle_highlight(1, 0, 5) == ((0, 5),)
    assert session.toggle_highlight(1, 3, 8) == ((0, 8),)
    assert session.toggle_highlight(1, 2, 4) == ((0, 2), (4, 8))
    assert session.toggle_highlight(1, 0, len(stem) + 10) == ((0, len(stem)),)
    session.toggle_highlight(1, 10, 12)
    reopened = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert reopened.view(1).highlights == ((0, 10), (12, len(stem)))
    assert reopened.statuses()[1].seen and not reopened.statuses()[2].seen


def test_a_shorter_timed_set_warns_at_a_quarter_and_a_tenth_of_its_time() -> None:
    from simulator.timer import AMBER_AT_S, used_minutes

    short = 4 * AMBER_AT_S - 1  # just under an hour: thresholds in proportion to the set's own time
    assert [level_for(s, short) for s in (0.10 * short, 0.10 * short + 1, 0.25 * short, 0.25 * short + 1)] == [
        TimeLevel.RED,
        TimeLevel.AMBER,
        TimeLevel.AMBER,
        TimeLevel.NORMAL,
    ]
    hour = 4 * AMBER_AT_S  # an hour or more: the full exam's 15 and 5 minutes
    assert [level_for(s, hour) for s in (300, 301, 900, 901)] == [
        TimeLevel.RED,
        TimeLevel.AMBER,
        TimeLevel.AMBER,
        TimeLevel.NORMAL,
    ]
    assert [used_minutes(s) for s in (-30, 0, 29.9, 30, 89.9, 90, 5400)] == [0, 0, 0, 1, 1, 2, 90]


def test_a_paused_practice_ticks_at_normal_level_and_a_timed_one_warns_in_proportion(synthetic_store: Store) -> None:
    clock = FakeClock()
    timed = practice(synthetic_store, clock, timed=True)
    limit = timed.timer.limit_s
    assert limit is not None and limit < 3600
    clock.advance(0.8 * limit)  # a fifth left: amber for a short set (it would be normal in a full exam)
    assert timed.tick().level == TimeLevel.AMBER
    timed.pause()
    clock.advance(30)
    assert timed.tick() == ClockState(timed.timer.remaining(), timed.elapsed(), TimeLevel.NORMAL, True, False, None)


def test_seen_is_recorded_only_by_the_window_that_may_write(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    with read_only_copy(synthetic_store, session.attempt_id, clock) as copy:
        copy.go_to(4)  # a read-only copy marks nothing, and its ticks save nothing
        copy.tick()
        assert not copy.statuses()[4].seen
    assert not ExamSession.open(synthetic_store, session.attempt_id, clock).statuses()[4].seen
    paused = practice(synthetic_store, clock)
    paused.pause()
    paused.go_to(2)  # a paused set shows no item (the screen is covered): nothing counts as seen
    assert not paused.statuses()[2].seen


def test_statuses_carry_each_items_answer_state(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    multiple = next(p for p in range(session.count) if session.content(p).type == "multiple")
    session.answer(0, key_of(session.content(0)))
    session.answer(multiple, key_of(session.content(multiple))[:1])
    states = {s.position: s.state for s in session.statuses()}
    assert (states[0], states[multiple], states[session.count - 1]) == ("answered", "incomplete", "unanswered")


def test_an_order_being_arranged_is_not_an_answer_until_confirmed(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    position = next(p for p in range(session.count) if session.content(p).type == "ordering")
    order = key_of(session.content(position))
    session.arrange(position, order)
    assert not session.view(position).answered
    session.answer(position, order)
    assert session.view(position).answered


def test_highlights_toggle_exact_spans(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    assert session.toggle_highlight(0, 4, 8) == ((4, 8),)
    assert session.toggle_highlight(0, 6, 6) == ((4, 8),)  # nothing selected: the marks as they are
    assert session.toggle_highlight(0, 10, 12) == ((4, 8), (10, 12))
    assert session.toggle_highlight(0, 10, 12) == ((4, 8),)  # exactly a marked span: cleared
    assert session.toggle_highlight(0, 4, 8) == ()


def test_saving_the_clock_stores_deadline_interruptions_and_time_away(synthetic_store: Store) -> None:
    from simulator.storage import attempts as attempt_store

    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(20)
    resumed = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True, take_over=True)
    clock.advance(3)
    resumed.save_clock()
    assert not resumed.timer.changed
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    assert stored.deadline_at == resumed.timer.deadline and stored.deadline_at is not None
    assert (stored.interruptions, stored.time_away_s) == (resumed.interruptions, resumed.time_away_s)
    assert stored.interruptions == 1 and stored.time_away_s > 0


def test_submit_stores_the_totals_the_clock_and_the_seal_it_returns(synthetic_store: Store) -> None:
    from simulator.storage import attempts as attempt_store
    from simulator.storage.models import ReviewSchedule

    clock = FakeClock()
    session = full(synthetic_store, clock)
    for position in range(0, session.count, 2):
        session.answer(position, key_of(session.content(position)))
    clock.advance(600)
    left = session.timer.remaining()
    result = session.submit()  # not expired: the time left is kept
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    score = result.score
    assert (stored.raw_correct, stored.scored_total, stored.scaled_score, stored.passed) == (
        score.raw_correct,
        score.scored_total,
        score.scaled,
        score.passed,
    )
    assert stored.remaining_s == pytest.approx(left) and left == pytest.approx(90 * 60 - 600)
    assert (stored.interruptions, stored.time_away_s) == (session.interruptions, session.time_away_s)
    assert stored.result is not None and stored.result["blueprint"] == {
        "exam": "aif-c01",
        "revision": session.blueprint_revision,
        "hash": session._blueprint_hash,
    }
    assert session.blueprint_revision is not None and len(session._blueprint_hash) == 64
    with synthetic_store.read() as db:
        scheduled = db.query(ReviewSchedule).count()
    assert scheduled > 0  # the candidate's own answers feed spaced repetition


def test_a_demo_sitting_feeds_no_spaced_repetition(synthetic_store: Store) -> None:
    from simulator.demo import DemoSettings, run_demo
    from simulator.storage.models import ReviewSchedule

    run_demo(synthetic_store, "aif-c01", DemoSettings(attempts=2))
    with synthetic_store.read() as db:
        assert db.query(ReviewSchedule).count() == 0


def _practice_with_a_matching_item_half_wrong(store: Store) -> tuple[ExamSession, int, list[Any]]:
    """A practice with feedback whose matching item is answered right but for its last prompt."""
    spec = PracticeSpec(("5.2", "1.3", "2.1"), 12, instant_feedback=True)
    session = ExamSession.start(store, plan_practice(index(store), spec, 4), FakeClock())
    matching = next(p for p in range(session.count) if session.content(p).type == "matching")
    content = session.content(matching)
    key = key_of(content)
    session.answer(matching, [*key[:-1], next(r.key for r in content.responses if r.key != key[-1])])
    return session, matching, key


def test_feedback_during_practice_and_after_submit_is_the_items_own(synthetic_store: Store) -> None:
    session, matching, key = _practice_with_a_matching_item_half_wrong(synthetic_store)
    content = session.content(matching)
    feedback = session.check(matching).feedback
    assert feedback is not None and not feedback.correct
    assert feedback.credit == pytest.approx((len(key) - 1) / len(key))  # partial credit shown in practice
    assert (feedback.explanation, feedback.references) == (content.explanation, content.references)
    assert feedback.prompt_whys == tuple(p.why for p in content.prompts) and feedback.step_whys == ()
    ordering = next(p for p in range(session.count) if session.content(p).type == "ordering")
    steps = session.content(ordering).steps
    session.answer(ordering, key_of(session.content(ordering)))
    ordered = session.check(ordering).feedback
    assert ordered is not None and ordered.step_whys == tuple(s.why for s in steps)
    session.submit()
    after = session.view(matching).feedback
    assert after is not None and (after.correct, after.credit) == (feedback.correct, feedback.credit)
    unanswered = next(p for p in range(session.count) if p not in (matching, ordering))
    blank = session.view(unanswered).feedback
    assert blank is not None and (blank.correct, blank.credit) == (False, 0.0)


# ----- what a candidate sees and what is stored (pinned for mutation testing, session view and open) ----------


def test_every_view_shows_the_items_own_parts_task_and_scoring(synthetic_store: Store) -> None:
    plan = plan_full(index(synthetic_store), FullSpec(), 1)
    session = ExamSession.start(synthetic_store, plan, FakeClock())
    choose = {}
    for p in range(session.count):
        view, content = session.view(p), session.content(p)
        assert (view.position, view.count, view.key, view.type, view.task, view.domain, view.stem) == (
            p,
            65,
            content.id,
            content.type,
            content.task,
            content.domain,
            content.stem,
        )
        assert {o.index: (o.text, o.why) for o in view.options} == {
            i: (o.text, o.why) for i, o in enumerate(content.options)
        }
        assert {q.index: q.text for q in view.prompts} == {i: q.text for i, q in enumerate(content.prompts)}
        assert {r.key: r.text for r in view.responses} == {r.key: r.text for r in content.responses}
        assert {s.index: s.text for s in view.steps} == {i: s.text for i, s in enumerate(content.steps)}
        assert len(view.options) + len(view.prompts) + len(view.responses) + len(view.steps) > 0
        choose.setdefault(view.type, set()).add(view.choose)
    assert choose == {"single": {1}, "multiple": {2}, "matching": {0}, "ordering": {0}}
    # unscored items are marked as such in their view (shown only after the exam)
    assert [session.view(p).scored for p in range(session.count)] == [i.scored for i in plan.items]
    assert sum(not i.scored for i in plan.items) == 15


def test_a_case_study_items_view_carries_its_scenario(shipped_store: Store) -> None:
    index = bank_index(shipped_store, "aif-c01")
    tasks = tuple(t.id for t in index.blueprint.tasks)
    session = ExamSession.start(
        shipped_store, plan_practice(index, PracticeSpec(tasks, 2, case_studies=1), 5), FakeClock()
    )
    case = next(p for p in range(session.count) if session.content(p).case_study is not None)
    view, content = session.view(case), session.content(case)
    assert (view.scenario, view.case_title, view.case_study) == (
        content.scenario,
        content.case_title,
        content.case_study,
    )
    assert view.scenario and view.case_title and view.case_study


def test_an_ordering_view_shows_the_candidates_order_and_what_is_missing(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    position = next(p for p in range(session.count) if session.content(p).type == "ordering")
    draft = list(reversed(key_of(session.content(position))))
    session.arrange(position, draft)
    view = session.view(position)
    assert ([s.index for s in view.steps], view.missing, view.state) == (draft, 1, "incomplete")
    session.answer(position, draft)
    view = session.view(position)
    assert ([s.index for s in view.steps], view.missing, view.state) == (draft, 0, "answered")


def _first_shuffle_is_identity(n: int) -> int:
    """A seed whose first shuffle of n parts leaves them in order."""
    import random

    for seed in range(100_000):
        order = list(range(n))
        random.Random(seed).shuffle(order)
        if order == list(range(n)):
            return seed
    raise AssertionError("no seed found")


def test_an_ordering_item_is_never_shown_in_its_correct_order_but_options_may_be(synthetic_store: Store) -> None:
    import random

    from simulator.session import presentation_for

    session = full(synthetic_store, FakeClock())
    kinds = {session.content(p).type: session.content(p) for p in range(session.count)}
    steps = len(kinds["ordering"].steps)
    shown = presentation_for(kinds["ordering"], random.Random(_first_shuffle_is_identity(steps)))
    assert sorted(shown["steps"]) == list(range(steps)) and shown["steps"] != list(range(steps))
    assert presentation_for(kinds["single"], random.Random(_first_shuffle_is_identity(4))) == {"options": [0, 1, 2, 3]}
    matching = kinds["matching"]
    paired = presentation_for(matching, random.Random(3))
    assert sorted(paired) == ["prompts", "responses"]
    assert sorted(paired["prompts"]) == list(range(len(matching.prompts)))
    assert sorted(paired["responses"]) == list(range(len(matching.responses)))


def test_starting_stores_the_seeded_presentation_settings_and_demo_mark(synthetic_store: Store) -> None:
    from simulator.storage import attempts as attempt_store

    plan = plan_practice(index(synthetic_store), PracticeSpec(("4.1", "5.1"), 6, timed=True), 3)
    first = ExamSession.start(synthetic_store, plan, FakeClock())
    again = ExamSession.start(synthetic_store, plan, FakeClock(), is_demo=True)
    shown = [(v.options, v.prompts, v.responses, v.steps) for v in map(first.view, range(first.count))]
    assert shown == [(v.options, v.prompts, v.responses, v.steps) for v in map(again.view, range(again.count))]
    stored, _ = attempt_store.load_attempt(synthetic_store, first.attempt_id, items=False)
    assert (
        stored.settings == {**plan.settings, "instant_feedback": plan.instant_feedback}
        and stored.settings["timed"] is True
    )
    assert (first.is_demo, again.is_demo) == (False, True)
    assert ExamSession.open(synthetic_store, again.attempt_id, FakeClock()).is_demo is True


def test_an_item_out_of_range_is_refused_with_its_number(synthetic_store: Store) -> None:
    session = full(synthetic_store, FakeClock())
    with pytest.raises(AttemptStateError) as info:
        session.view(65)
    assert (str(info.value), info.value.code, info.value.params) == (
        "There is no item 66 in this exam of 65.",
        "no_item",
        {"number": 66, "count": 65},
    )
    assert session.view(64).position == 64


def test_review_shows_the_stored_verdict_and_credit_never_rescored(synthetic_store: Store) -> None:
    from sqlalchemy import update

    from simulator.storage.models import AttemptItem

    session, matching, key = _practice_with_a_matching_item_half_wrong(synthetic_store)
    blank = next(p for p in range(session.count) if p != matching)
    session.submit()
    partial = (len(key) - 1) / len(key)
    review = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    feedback = review.view(matching).feedback
    assert feedback is not None and (feedback.correct, feedback.credit) == (False, pytest.approx(partial))
    assert review.result().items[matching].credit == pytest.approx(partial)
    # a verdict stored by the rules in force at submit (here: right, credit not kept) is shown as stored
    with synthetic_store.write() as db:
        db.execute(
            update(AttemptItem)
            .where(AttemptItem.attempt_id == session.attempt_id, AttemptItem.position == blank)
            .values(correct=True, credit=None)
        )
    stored = ExamSession.open(synthetic_store, session.attempt_id, FakeClock()).view(blank).feedback
    assert stored is not None and (stored.correct, stored.credit) == (True, 1.0)


def test_a_paused_practice_counts_no_time_to_the_set_or_the_item(synthetic_store: Store) -> None:
    clock = FakeClock()
    drill = practice(synthetic_store, clock, timed=True)
    clock.advance(30)
    drill.pause()
    clock.advance(600)
    assert drill.elapsed() == pytest.approx(30)
    drill.set_flag(0, True)  # a change while paused saves no paused time to the item
    drill.resume()
    clock.advance(10)
    result = drill.submit()
    assert result.items[0].time_spent_s == pytest.approx(40) and result.time_used_s == pytest.approx(40)


def test_a_full_exams_time_used_includes_time_the_wall_clock_skipped(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(60)
    clock.jump_wall(3600)  # a suspended computer: the exam's clock ran on
    assert session.elapsed() == pytest.approx(3660)


def test_an_expired_exam_reopens_as_expired(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    assert session.expired_while_away is False and session.expired is False
    clock.advance(90 * 60 + 1)
    assert session.tick().result is not None
    review = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert review.expired is True and review.result().expired is True


def test_each_return_counts_one_interruption_and_its_time_away(synthetic_store: Store) -> None:
    from simulator.storage import attempts as attempt_store

    clock = FakeClock()
    session = full(synthetic_store, clock)
    fresh = ExamSession.open(synthetic_store, session.attempt_id, clock)
    assert (fresh.interruptions, fresh.time_away_s) == (0, 0.0)
    clock.advance(20)
    first = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    assert (first.interruptions, first.time_away_s) == (1, 20.0)
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    assert (stored.interruptions, stored.time_away_s) == (1, 20.0)  # saved as it reopens
    clock.advance(30)
    second = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    assert (second.interruptions, second.time_away_s) == (2, 50.0)
    at_once = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    assert (at_once.interruptions, at_once.time_away_s) == (3, 50.0)
    read = ExamSession.open(synthetic_store, session.attempt_id, clock)
    assert (read.interruptions, read.time_away_s) == (3, 50.0)
    assert read.timer.remaining() == pytest.approx(90 * 60 - 50)


def test_a_full_exam_resumed_loses_the_time_it_was_away(synthetic_store: Store) -> None:
    from sqlalchemy import update

    from simulator.storage.models import Attempt

    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(600)  # closed without saving: the deadline still holds
    back = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    assert back.timer.remaining() == pytest.approx(90 * 60 - 600) and back.expired_while_away is False
    older = full(synthetic_store, clock)
    with synthetic_store.write() as db:  # left by a version that kept no deadline: its deadline starts now
        db.execute(update(Attempt).where(Attempt.id == older.attempt_id).values(deadline_at=None))
    clock.advance(100)
    resumed = ExamSession.open(synthetic_store, older.attempt_id, clock, resumed=True)
    assert resumed.timer.remaining() == pytest.approx(90 * 60)
    assert resumed.timer.deadline == clock.now() + timedelta(seconds=90 * 60)


def test_a_full_exam_resumed_after_its_deadline_says_so_and_submits(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(90 * 60 + 10)
    late = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    assert late.expired_while_away is True
    state = late.tick()
    assert state.result is not None and state.result.expired


def test_a_resumed_practice_keeps_no_deadline(synthetic_store: Store) -> None:
    clock = FakeClock()
    drill = practice(synthetic_store, clock, timed=True)
    limit = drill.timer.limit_s
    assert limit is not None
    clock.advance(30)
    drill.save_clock()
    back = ExamSession.open(synthetic_store, drill.attempt_id, clock, resumed=True)
    clock.jump_wall(3600)  # practice time stops while the app is closed; wall time takes none
    assert back.timer.deadline is None and back.timer.remaining() == pytest.approx(limit - 30)


def test_reopening_returns_to_the_last_item_and_abandoned_attempts_stay_still(synthetic_store: Store) -> None:
    from simulator.storage import attempts as attempt_store

    clock = FakeClock()
    session = full(synthetic_store, clock)
    session.go_to(session.count - 1)
    session.save_clock()  # a move is saved with the clock (every 5 s, and on closing), not on its own
    assert ExamSession.open(synthetic_store, session.attempt_id, clock).current == session.count - 1
    session.go_to(3)
    session.go_to(0)  # back to an item already seen: still where a reopened exam returns
    session.save_clock()
    assert ExamSession.open(synthetic_store, session.attempt_id, clock).current == 0
    attempt_store.abandon_attempt(synthetic_store, session.attempt_id, clock.now())
    aside = ExamSession.open(synthetic_store, session.attempt_id, clock)
    left = aside.timer.remaining()
    clock.advance(60)
    assert aside.paused and aside.timer.remaining() == left


def test_a_second_window_is_read_only_with_the_reason_unless_it_takes_over(synthetic_store: Store) -> None:
    from simulator.storage.db import open_store

    clock = FakeClock()
    session = full(synthetic_store, clock)
    with read_only_copy(synthetic_store, session.attempt_id, clock) as copy:
        reason = copy.read_only_reason
        message = "This exam is open in another window; this copy is read-only. Close it there, or take it over."
        assert reason is not None and (reason.code, str(reason)) == ("other_window", message)
        with pytest.raises(AttemptStateError) as info:
            copy.set_flag(0, True)
        assert (info.value.code, str(info.value)) == ("other_window", message)
    other = open_store(str(synthetic_store.engine.url))
    try:
        taken = ExamSession.open(other, session.attempt_id, clock, take_over=True)
        assert not taken.read_only and taken.set_flag(0, True).flagged
    finally:
        other.close()


def test_an_unwritable_database_opens_the_attempt_read_only(
    synthetic_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.errors import StorageError
    from simulator.storage import attempts as attempt_store

    session = full(synthetic_store, FakeClock())
    full_disk = StorageError("The database cannot be written.")

    def refuse(*args: object, **kwargs: object) -> bool:
        raise full_disk

    monkeypatch.setattr(attempt_store, "acquire_lease", refuse)
    shown = ExamSession.open(synthetic_store, session.attempt_id, FakeClock())
    assert shown.read_only and shown.read_only_reason is full_disk


def test_a_clock_not_saved_on_resuming_is_saved_at_the_next_tick(
    synthetic_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.errors import StorageError
    from simulator.storage import attempts as attempt_store

    clock = FakeClock()
    session = full(synthetic_store, clock)
    clock.advance(20)
    save_clock = attempt_store.save_clock

    def refuse(*args: object, **kwargs: object) -> None:
        raise StorageError("The database cannot be written.")

    monkeypatch.setattr(attempt_store, "save_clock", refuse)
    back = ExamSession.open(synthetic_store, session.attempt_id, clock, resumed=True)
    monkeypatch.setattr(attempt_store, "save_clock", save_clock)
    assert back.tick().saved
    stored, _ = attempt_store.load_attempt(synthetic_store, session.attempt_id, items=False)
    assert (stored.interruptions, stored.time_away_s) == (1, 20.0)


def test_an_attempt_without_a_feedback_setting_or_blueprint_revision_still_opens(synthetic_store: Store) -> None:
    from sqlalchemy import update

    from simulator.storage import attempts as attempt_store
    from simulator.storage.models import Attempt

    clock = FakeClock()
    drill = practice(synthetic_store, clock, instant_feedback=True)
    with synthetic_store.write() as db:  # stored by an older version: no such settings, no blueprint revision
        db.execute(
            update(Attempt).where(Attempt.id == drill.attempt_id).values(settings={}, blueprint_revision_id=None)
        )
    older = ExamSession.open(synthetic_store, drill.attempt_id, clock)
    assert older.instant_feedback is False and older.blueprint.exam == "aif-c01"
    older.answer(0, key_of(older.content(0)))
    with pytest.raises(AttemptStateError, match="Instant feedback is off"):
        older.check(0)
    older.submit()
    stored, _ = attempt_store.load_attempt(synthetic_store, drill.attempt_id, items=False)
    assert stored.result is not None and stored.result["blueprint"] == {"exam": "aif-c01", "revision": None, "hash": ""}


def test_an_empty_selection_stores_nothing(synthetic_store: Store) -> None:
    clock = FakeClock()
    session = full(synthetic_store, clock)
    assert session.toggle_highlight(2, 5, 5) == ()  # not on screen, nothing selected: no write at all
    reopened = ExamSession.open(synthetic_store, session.attempt_id, clock)
    assert reopened.current == 0 and reopened.view(2).highlights == ()
