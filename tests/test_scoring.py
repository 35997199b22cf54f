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


@pytest.mark.parametrize(
    ("fraction", "scaled"),
    [
        (0.0, 100),
        (0.1, 183),  # 183.33: rounded, not truncated
        (0.2, 267),  # 266.67: rounds up
        (0.3, 350),
        (0.5, 517),  # 516.67
        (0.72, 700),  # the anchor itself
        (0.86, 850),  # halfway between the upper anchors
        (0.98, 979),  # 978.57
        (1.0, 1000),
        (-0.5, 100),  # clamped
        (1.5, 1000),
    ],
)
def test_scaled_estimate_exact_values_at_and_between_anchors(fraction: float, scaled: int) -> None:
    assert shipped_blueprint().scaled_score(fraction) == scaled


def test_exam_score_is_all_or_nothing_per_item_whatever_the_partial_credit() -> None:
    blueprint = shipped_blueprint()
    half = score_item(MULTI, [0])  # credit 0.5, wrong
    most = score_item(MATCH, ["a", "b", "b", "b"])  # credit 0.75, wrong
    right = score_item(ORDER, [0, 1, 2, 3])
    items = [ScoredItem("2.1", True, half)] * 10 + [ScoredItem("5.2", True, most)] * 10
    items += [ScoredItem("1.3", True, right)] * 30
    exam = score_exam(blueprint, items)
    assert (exam.raw_correct, exam.scored_total) == (30, 50)
    assert exam.percent == 60.0
    assert exam.scaled == 600 and not exam.passed  # 0.6 -> 100 + 600 * 0.6 / 0.72 = 600
    assert exam.partial_credit == pytest.approx((10 * 0.5 + 10 * 0.75 + 30 * 1.0) / 50)
    assert {g.id: (g.correct, g.total) for g in exam.domains} == {
        "1": (30, 30),
        "2": (0, 10),
        "3": (0, 0),
        "4": (0, 0),
        "5": (0, 10),
    }


@pytest.mark.parametrize(("right", "scaled", "passed"), [(35, 683, False), (36, 700, True), (37, 721, True)])
def test_pass_fail_at_the_boundary(right: int, scaled: int, passed: bool) -> None:
    good = score_item(SINGLE, [0])
    bad = score_item(SINGLE, [1])
    items = [ScoredItem("1.1", True, good)] * right + [ScoredItem("1.1", True, bad)] * (50 - right)
    exam = score_exam(shipped_blueprint(), items)
    assert (exam.raw_correct, exam.scaled, exam.passed) == (right, scaled, passed)


@pytest.mark.parametrize(
    ("item", "answer", "normal"),
    [
        (SINGLE, [0], [0]),
        (SINGLE, [3], [3]),
        (SINGLE, [], []),
        (MULTI, [1, 0], [0, 1]),  # sorted: the order of clicks does not matter
        (MULTI, [4], [4]),
        (ORDER, [3, 1, 0, 2], [3, 1, 0, 2]),  # kept: the order is the answer
        (MATCH, ["b", None, "a", "b"], ["b", None, "a", "b"]),
    ],
)
def test_valid_answers_come_back_in_normal_form(item, answer, normal) -> None:  # type: ignore[no-untyped-def]
    assert check_answer(item, answer) == normal


@pytest.mark.parametrize(
    ("item", "answer", "message"),
    [
        (SINGLE, "0", "An answer must be a list."),
        (SINGLE, (0,), "An answer must be a list."),
        (SINGLE, [4], "Options are numbered 0 to 3."),
        (SINGLE, [-1], "Options are numbered 0 to 3."),
        (SINGLE, [True], "Options are numbered 0 to 3."),
        (SINGLE, [0.0], "Options are numbered 0 to 3."),
        (MULTI, [5], "Options are numbered 0 to 4."),
        (MULTI, [1, 1], "An option was chosen twice."),
        (SINGLE, [0, 1], "This item takes one option."),
        (MULTI, [0, 1, 2], "This item takes 2 options."),
        (ORDER, [0, 1, 2], "An order must use every step exactly once."),
        (ORDER, [0, 1, 2, 2], "An order must use every step exactly once."),
        (MATCH, ["a", "b"], "A matching answer names one known response (or none) per prompt."),
        (MATCH, ["a", "b", "z", "a"], "A matching answer names one known response (or none) per prompt."),
    ],
)
def test_refusals_say_what_is_wrong(item, answer, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidAnswerError) as info:
        check_answer(item, answer)
    assert str(info.value) == message


def test_an_exam_with_no_scored_item_scores_zero_without_dividing_by_zero() -> None:
    right = score_item(SINGLE, [0])
    exam = score_exam(shipped_blueprint(), [ScoredItem("1.1", False, right)] * 3)
    assert (exam.raw_correct, exam.scored_total, exam.percent, exam.partial_credit) == (0, 0, 0.0, 0.0)
    assert (exam.scaled, exam.passed) == (100, False)
    assert all(g.total == 0 and g.percent == 0.0 for g in (*exam.domains, *exam.tasks))


# ----- the blueprint's own logic (pinned for mutation testing) --------------------------------------------


def _small_blueprint_json() -> dict[str, object]:
    return {
        "exam": "demo-x",
        "title": {"es": "Examen", "en": "Exam"},
        "items_total": 10,
        "items_unscored": 2,
        "minutes": 20,
        "accommodation_minutes": 5,
        "scale": {"min": 100, "max": 1000, "pass": 700},
        "scaled_estimate": [[0.0, 100], [0.5, 600], [0.5, 650], [1.0, 1000]],
        "full_exam_types": ["single", "multiple"],
        "domains": [
            {"id": 1, "weight": 60, "title": {"es": "Uno", "en": "One"}},
            {"id": 2, "weight": 40, "title": {"es": "Dos", "en": "Two"}},
        ],
        "tasks": [
            {
                "id": "1.1",
                "title": {"es": "T uno", "en": "T one"},
                "covers": {"es": "cubre", "en": "covers"},
                "resources": [{"title": "Guía", "url": "https://example.org/g"}],
            },
            {"id": "2.1", "title": {"es": "T dos", "en": "T two"}, "covers": {"es": "", "en": ""}, "resources": []},
        ],
    }


def test_blueprint_round_trips_exactly_and_answers_lookups() -> None:
    from simulator.blueprint import Blueprint, Domain

    data = _small_blueprint_json()
    blueprint = Blueprint.from_json(data)
    assert blueprint.to_json() == data
    assert Blueprint.from_json(blueprint.to_json()) == blueprint
    assert (blueprint.items_scored, blueprint.scale_pass, blueprint.accommodation_minutes) == (8, 700, 5)
    assert blueprint.domain(2) == Domain(2, 40, "Dos", "Two")
    assert blueprint.domain(2).title("en") == "Two" and blueprint.domain(2).title("es") == "Dos"
    task = blueprint.task("1.1")
    assert (task.domain, task.title("en"), task.title("es"), task.covers("en"), task.covers("es")) == (
        1,
        "T one",
        "T uno",
        "covers",
        "cubre",
    )
    assert [t.id for t in blueprint.tasks_of(2)] == ["2.1"] and blueprint.tasks_of(3) == ()
    for missing in (lambda: blueprint.task("9.9"), lambda: blueprint.domain(9)):
        with pytest.raises(KeyError):
            missing()
    bare = dict(data, tasks=[{"id": "1.1", "title": {"es": "a", "en": "b"}}])
    assert Blueprint.from_json(bare).tasks[0].covers("es") == "" and Blueprint.from_json(bare).tasks[0].resources == ()


def test_scaled_estimate_at_a_step_and_outside_the_range() -> None:
    from simulator.blueprint import Blueprint

    blueprint = Blueprint.from_json(_small_blueprint_json())
    assert blueprint.scaled_score(0.5) == 600  # the first segment that holds the share wins
    assert blueprint.scaled_score(0.75) == 825
    assert blueprint.scaled_score(-3) == 100 and blueprint.scaled_score(7) == 1000
    assert blueprint.scaled_score(0.25) == 350


def test_blueprint_hash_is_a_digest_of_the_canonical_json() -> None:
    import hashlib

    from simulator.blueprint import blueprint_hash

    expected = hashlib.sha256('{"a":"ñ","b":[1,2]}'.encode()).hexdigest()
    assert blueprint_hash({"b": [1, 2], "a": "ñ"}) == expected


def test_an_order_counts_as_answered_unless_said_unconfirmed() -> None:
    order = list(range(len(ORDER.steps)))
    assert is_answered(ORDER, order)  # the default: a stored answer is a confirmed one
    assert not is_answered(ORDER, order, confirmed=False)


def test_the_estimate_shows_for_every_full_exam_and_for_practice_from_thirty_scored_items() -> None:
    from simulator.scoring import ESTIMATE_FROM_SCORED, shows_estimate

    assert ESTIMATE_FROM_SCORED == 30
    assert [shows_estimate("full", n) for n in (0, 29, 30)] == [True, True, True]
    assert [shows_estimate("practice", n) for n in (0, 29, 30, 31)] == [False, False, True, True]


def test_pass_share_is_the_smallest_share_whose_estimate_passes() -> None:
    from simulator.scoring import pass_share

    blueprint = shipped_blueprint()
    share = pass_share(blueprint)
    assert share == pytest.approx(0.72 * 599.5 / 600, abs=1e-9)  # 699.5 rounds to the pass mark 700
    assert blueprint.scaled_score(share) == 700 and blueprint.scaled_score(share - 1e-6) == 699


def test_a_domain_meets_the_competencies_from_the_pass_share_on() -> None:
    from simulator.blueprint import Blueprint
    from simulator.scoring import GroupScore, meets_competencies, pass_share

    blueprint = shipped_blueprint()
    assert meets_competencies(blueprint, GroupScore("1", 0, 0)) is None  # no scored item: no verdict
    assert meets_competencies(blueprint, GroupScore("1", 18, 25)) is True  # 72 %
    assert meets_competencies(blueprint, GroupScore("1", 17, 25)) is False  # 68 %
    assert meets_competencies(blueprint, GroupScore("1", 0, 25)) is False
    # A share exactly at the pass share meets them: here 699.5 (rounded to 700) sits at exactly half right.
    estimate = {"scale": {"min": 0, "max": 1399, "pass": 700}, "scaled_estimate": [[0.0, 0], [1.0, 1399]]}
    halfway = Blueprint.from_json(_small_blueprint_json() | estimate)
    assert pass_share(halfway) == 0.5
    assert meets_competencies(halfway, GroupScore("1", 4, 8)) is True
    assert meets_competencies(halfway, GroupScore("1", 3, 8)) is False


def test_unknown_task_and_domain_lookups_name_the_missing_id() -> None:
    from simulator.blueprint import Blueprint

    blueprint = Blueprint.from_json(_small_blueprint_json())
    with pytest.raises(KeyError) as task:
        blueprint.task("9.9")
    with pytest.raises(KeyError) as domain:
        blueprint.domain(9)
    assert (task.value.args, domain.value.args) == (("9.9",), (9,))


def test_a_task_without_covers_reads_empty_in_both_languages() -> None:
    from simulator.blueprint import Blueprint

    bare = dict(_small_blueprint_json(), tasks=[{"id": "1.1", "title": {"es": "a", "en": "b"}}])
    task = Blueprint.from_json(bare).tasks[0]
    assert (task.covers("es"), task.covers("en"), task.covers_en) == ("", "", "")
    only_es = dict(bare, tasks=[{"id": "1.1", "title": {"es": "a", "en": "b"}, "covers": {"es": "cubre"}}])
    assert Blueprint.from_json(only_es).tasks[0].covers_en == ""


def test_a_stored_order_is_answered_by_default_in_every_count() -> None:
    order = list(range(len(ORDER.steps)))
    assert answer_state(ORDER, order) == ANSWERED
    assert missing_parts(ORDER, order) == 0
