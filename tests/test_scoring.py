"""Scoring of every item type, all-or-nothing for the exam and partial credit for practice."""

from __future__ import annotations

import random

import pytest

from simulator.errors import InvalidAnswerError
from simulator.scoring import (
    ANSWERED,
    INCOMPLETE,
    UNANSWERED,
    ScoredItem,
    answer_state,
    check_answer,
    is_answered,
    missing_parts,
    score_exam,
    score_item,
)
from tests.synthetic_bank import shipped_blueprint, synthetic_item

RNG = random.Random(1)
SINGLE = synthetic_item("s", "1.1", "single", RNG)  # option 0 correct
MULTI = synthetic_item("m", "2.1", "multiple", RNG)  # options 0 and 1 correct of 5
MATCH = synthetic_item("x", "5.2", "matching", RNG)  # prompts a, b, a, b
ORDER = synthetic_item("o", "1.3", "ordering", RNG)  # 4 steps


@pytest.mark.parametrize(
    ("item", "answer", "correct", "credit"),
    [
        (SINGLE, [0], True, 1.0),
        (SINGLE, [2], False, 0.0),
        (SINGLE, None, False, 0.0),
        (MULTI, [0, 1], True, 1.0),
        (MULTI, [1, 0], True, 1.0),
        (MULTI, [0], False, 0.5),
        (MULTI, [0, 3], False, 0.5),
        (MULTI, [], False, 0.0),
        (MATCH, ["a", "b", "a", "b"], True, 1.0),
        (MATCH, ["a", "b", "b", "b"], False, 0.75),
        (MATCH, ["a", None, None, None], False, 0.25),
        (MATCH, [None, None, None, None], False, 0.0),
        (ORDER, [0, 1, 2, 3], True, 1.0),
        (ORDER, [1, 0, 2, 3], False, 0.5),
        (ORDER, [3, 2, 1, 0], False, 0.0),
    ],
)
def test_item_scoring(item, answer, correct, credit) -> None:  # type: ignore[no-untyped-def]
    score = score_item(item, answer)
    assert score.correct is correct
    assert score.credit == pytest.approx(credit)


@pytest.mark.parametrize(
    ("item", "answer"),
    [
        (SINGLE, [0, 1]),
        (SINGLE, [4]),
        (SINGLE, [True]),
        (MULTI, [0, 1, 2]),
        (MULTI, [0, 0]),
        (ORDER, [0, 1, 2]),
        (ORDER, [0, 0, 1, 2]),
        (MATCH, ["a", "b"]),
        (MATCH, ["a", "b", "z", "a"]),
        (SINGLE, "0"),
    ],
)
def test_bad_answers_are_refused(item, answer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidAnswerError):
        check_answer(item, answer)


@pytest.mark.parametrize(
    ("item", "answer", "confirmed", "state", "missing"),
    [
        (SINGLE, None, True, UNANSWERED, 1),
        (SINGLE, [2], True, ANSWERED, 0),
        (MULTI, [], True, UNANSWERED, 2),
        (MULTI, [0], True, INCOMPLETE, 1),
        (MULTI, [0, 3], True, ANSWERED, 0),
        (MATCH, [None, None, None, None], True, UNANSWERED, 4),
        (MATCH, ["a", None, None, None], True, INCOMPLETE, 3),
        (MATCH, ["a", "b", "b", None], True, INCOMPLETE, 1),
        (MATCH, ["b", "b", "b", "b"], True, ANSWERED, 0),
        (ORDER, None, True, UNANSWERED, 1),
        (ORDER, [1, 0, 2, 3], False, INCOMPLETE, 1),
        (ORDER, [1, 0, 2, 3], True, ANSWERED, 0),
    ],
)
def test_incomplete_is_its_own_state(item, answer, confirmed, state, missing) -> None:  # type: ignore[no-untyped-def]
    """Answered only with exactly the options asked, every prompt paired, the order confirmed (as the real exam)."""
    assert answer_state(item, answer, confirmed) == state
    assert is_answered(item, answer, confirmed) is (state == ANSWERED)
    assert missing_parts(item, answer, confirmed) == missing


def test_exam_totals_ignore_unscored_items_and_count_blanks_as_wrong() -> None:
    blueprint = shipped_blueprint()
    right = score_item(SINGLE, [0])
    blank = score_item(SINGLE, None)
    items = [ScoredItem("1.1", True, right)] * 36 + [ScoredItem("2.1", True, blank)] * 14
    items += [ScoredItem("3.1", False, right)] * 15
    exam = score_exam(blueprint, items)
    assert (exam.raw_correct, exam.scored_total) == (36, 50)
    assert exam.scaled == 700 and exam.passed
    assert {g.id: (g.correct, g.total) for g in exam.tasks}["1.1"] == (36, 36)
    assert {g.id: (g.correct, g.total) for g in exam.tasks}["3.1"] == (0, 0)
    assert {g.id: (g.correct, g.total) for g in exam.domains}["2"] == (0, 14)
    assert len(exam.tasks) == 14


def test_scaled_estimate_is_monotonic_and_bounded() -> None:
    blueprint = shipped_blueprint()
    values = [blueprint.scaled_score(i / 50) for i in range(51)]
    assert values[0] == 100 and values[-1] == 1000
    assert values == sorted(values)
    assert blueprint.scaled_score(35 / 50) < 700 <= blueprint.scaled_score(36 / 50)
