"""A running exam with a fake clock: answers persist, time is deadline-based, expiry submits."""

from __future__ import annotations

import pytest

from simulator.assembly import BankIndex, FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.errors import AttemptStateError, InvalidAnswerError
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.bank import case_study_order, item_refs, load_blueprint
from simulator.storage.db import Store
from simulator.timer import TimeLevel


def index(store: Store) -> BankIndex:
    return BankIndex(load_blueprint(store, "aif-c01"), item_refs(store, "aif-c01"), case_study_order(store, "aif-c01"))


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
