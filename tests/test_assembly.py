"""Exam assembly: quotas, invariants, determinism, freshness and clear shortfall errors."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.assembly import (
    BankIndex,
    FullSpec,
    PracticeSpec,
    largest_remainder,
    plan_drill,
    plan_full,
    plan_practice,
    plan_selected,
)
from simulator.clock import FakeClock
from simulator.errors import BankShortfallError, SimulacroError
from simulator.session import ExamSession
from simulator.storage.attempts import last_seen
from simulator.storage.bank import case_study_order, item_refs
from simulator.storage.db import Store
from tests.conftest import fill_synthetic
from tests.synthetic_bank import shipped_blueprint, synthetic_items

BLUEPRINT = shipped_blueprint()
DRILL_SEED_4 = ["s21-000001", "s21-000000", "s21-000011", "s11-000002", "s11-000007", "s11-000006"]


def index_of(per_task: int | dict[str, int]) -> BankIndex:
    from simulator.storage.bank import ItemRef

    refs = [
        ItemRef(item.id, n, n, item.task, item.type, None)
        for n, item in enumerate(synthetic_items(BLUEPRINT, per_task))
    ]
    return BankIndex(BLUEPRINT, refs, {})


def test_domain_quotas_follow_weights_by_largest_remainder() -> None:
    assert largest_remainder(65, [20, 24, 28, 14, 14]) == [13, 16, 18, 9, 9]
    assert largest_remainder(50, [20, 24, 28, 14, 14]) == [10, 12, 14, 7, 7]
    assert largest_remainder(10, [1, 1, 1]) == [4, 3, 3]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**31 - 1), per_task=st.integers(6, 30))
def test_full_exam_invariants(seed: int, per_task: int) -> None:
    plan = plan_full(index_of(per_task), FullSpec(), seed)
    keys = [i.key for i in plan.items]
    assert len(keys) == 65 and len(set(keys)) == 65
    domains = Counter(i.task.split(".")[0] for i in plan.items)
    assert domains == {"1": 13, "2": 16, "3": 18, "4": 9, "5": 9}
    assert sum(not i.scored for i in plan.items) == 15
    for domain in BLUEPRINT.domains:
        per = Counter(i.task for i in plan.items if i.task.startswith(f"{domain.id}."))
        assert max(per.values()) - min(per.values()) <= 1, per  # spread evenly over the task statements
    assert all(i.type in BLUEPRINT.full_exam_types for i in plan.items)
    assert plan.time_limit_s == 90 * 60


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**31 - 1),
    tasks=st.sets(st.sampled_from([t.id for t in BLUEPRINT.tasks]), min_size=1, max_size=5),
    data=st.data(),
)
def test_practice_invariants(seed: int, tasks: set[str], data: st.DataObject) -> None:
    count = data.draw(st.integers(1, 10 * len(tasks)))  # 10 items per task in this bank
    plan = plan_practice(index_of(10), PracticeSpec(tuple(tasks), count, timed=True), seed)
    keys = [i.key for i in plan.items]
    assert len(keys) == count == len(set(keys))
    assert {i.task for i in plan.items} <= tasks
    assert all(i.scored for i in plan.items)
    assert plan.time_limit_s is not None and plan.time_limit_s >= 60


def test_same_seed_same_exam_and_other_seed_differs() -> None:
    index = index_of(12)
    assert plan_full(index, FullSpec(), 42) == plan_full(index, FullSpec(), 42)
    assert plan_full(index, FullSpec(), 42).items != plan_full(index, FullSpec(), 43).items


def test_accommodation_adds_thirty_minutes() -> None:
    assert plan_full(index_of(12), FullSpec(accommodation=True), 1).time_limit_s == 120 * 60


def test_shortfall_names_each_short_task_and_by_how_many() -> None:
    counts = {t.id: 10 for t in BLUEPRINT.tasks}
    counts["1.1"] = 2
    counts["4.2"] = 0
    with pytest.raises(BankShortfallError) as info:
        plan_full(index_of(counts), FullSpec(), 5)
    message = str(info.value)
    assert "task 1.1 is short by" in message and "task 4.2 is short by 4" in message
    assert set(info.value.shortfalls) == {"1.1", "4.2"}


def test_practice_errors_are_clear() -> None:
    index = index_of(3)
    with pytest.raises(SimulacroError, match="Unknown task statement"):
        plan_practice(index, PracticeSpec(("9.9",), 5), 1)
    with pytest.raises(BankShortfallError, match="fewer than the 7 asked for"):
        plan_practice(index, PracticeSpec(("1.1", "1.2"), 7), 1)
    with pytest.raises(SimulacroError, match="case studies"):
        plan_practice(index, PracticeSpec(("1.1",), 2, case_studies=1), 1)


def test_unseen_items_are_preferred() -> None:
    index = index_of(12)
    first = plan_full(index, FullSpec(), 1)
    seen = {i.key: datetime(2026, 1, 1) for i in first.items}
    second = plan_full(index, FullSpec(), 2, seen)
    assert not {i.key for i in first.items} & {i.key for i in second.items}


def test_four_consecutive_exams_share_nothing_with_a_tight_bank(store: Store) -> None:
    # Exactly the counts the bank issues ask for: 4 x 65 = 260 items must suffice.
    counts = {"1.1": 18, "1.2": 17, "1.3": 18, "2.1": 22, "2.2": 21, "2.3": 22}
    counts |= {"3.1": 20, "3.2": 20, "3.3": 18, "3.4": 18, "4.1": 30, "4.2": 20, "5.1": 28, "5.2": 22}
    fill_synthetic(store, counts)
    clock = FakeClock()
    refs = item_refs(store, "aif-c01")
    index = BankIndex(BLUEPRINT, refs, case_study_order(store, "aif-c01"))
    shown: list[set[str]] = []
    for seed in range(4):
        plan = plan_full(index, FullSpec(), seed, last_seen(store, "aif-c01"))
        ExamSession.start(store, plan, clock)
        clock.advance(3600)
        shown.append({i.key for i in plan.items})
    for a in range(4):
        for b in range(a + 1, 4):
            assert not shown[a] & shown[b], (a, b)


def test_case_studies_stay_together_in_practice(store: Store) -> None:
    from simulator.storage.bank import ItemRef

    refs = [ItemRef(f"i{n}", n, n, "4.1", "single", None) for n in range(10)]
    refs += [ItemRef(f"c{n}", 100 + n, 100 + n, "4.1", "single", "cs-a") for n in range(3)]
    index = BankIndex(BLUEPRINT, refs, {"cs-a": ("c0", "c1", "c2")})
    plan = plan_practice(index, PracticeSpec(("4.1",), 5, case_studies=1), 9)
    keys = [i.key for i in plan.items]
    start = keys.index("c0")
    assert keys[start : start + 3] == ["c0", "c1", "c2"]
    assert len(keys) == 8


# ----- exact behaviour of the smaller planners (pinned for mutation testing) -----------------------------


def _keys(index: BankIndex, task: str) -> list[str]:
    return [ref.key for ref in index.practice[task]]


def test_shortfall_message_and_amounts_are_exact() -> None:
    counts = {t.id: 10 for t in BLUEPRINT.tasks} | {"1.1": 2, "4.2": 0}
    with pytest.raises(BankShortfallError) as info:
        plan_full(index_of(counts), FullSpec(), 5)
    quota_11 = info.value.shortfalls["1.1"] + 2
    assert str(info.value) == (
        f"The bank cannot fill a full exam: task 1.1 is short by {quota_11 - 2} (has 2, needs {quota_11}); "
        "task 4.2 is short by 4 (has 0, needs 4)."
    )
    assert info.value.shortfalls == {"1.1": quota_11 - 2, "4.2": 4}


def test_practice_error_messages_are_exact() -> None:
    index = index_of(3)
    cases = [
        (PracticeSpec(("9.9", "1.1", "8.8"), 5), "Unknown task statement(s): 9.9, 8.8."),
        (PracticeSpec((), 5), "Choose at least one domain or task statement."),
        (PracticeSpec(("1.1",), 0), "A practice set has 1 to 200 items."),
        (PracticeSpec(("1.1",), -1, case_studies=1), "A practice set has 1 to 200 items."),
        (PracticeSpec(("1.1",), 201), "A practice set has 1 to 200 items."),
        (PracticeSpec(("1.2", "1.1"), 7), "The bank has 6 items for task(s) 1.1, 1.2, fewer than the 7 asked for."),
        (
            PracticeSpec(("1.1",), 2, case_studies=1),
            "Only 0 case studies cover the chosen task statements; 1 were asked for.",
        ),
    ]
    for spec, message in cases:
        with pytest.raises(SimulacroError) as info:
            plan_practice(index, spec, 1)
        assert str(info.value) == message
    with pytest.raises(BankShortfallError) as short:
        plan_practice(index, PracticeSpec(("1.2", "1.1"), 7), 1)
    assert short.value.shortfalls == {"1.1,1.2": 1}
    assert len(plan_practice(index_of(200), PracticeSpec(("1.1",), 200), 1).items) == 200  # the top is allowed


def test_practice_plan_fields_and_time_limit() -> None:
    index = index_of(12)
    plan = plan_practice(index, PracticeSpec(("2.1", "1.1"), 13, timed=True, instant_feedback=False), 7)
    assert (plan.exam, plan.mode, plan.seed, plan.instant_feedback) == ("aif-c01", "practice", 7, False)
    assert plan.time_limit_s == 18 * 60  # ceil(13 * 90 / 65) minutes, the real exam's pace
    assert plan.settings == {"tasks": ["1.1", "2.1"], "count": 13, "case_studies": 0, "timed": True}
    assert Counter(i.task for i in plan.items) == {"1.1": 7, "2.1": 6} or Counter(i.task for i in plan.items) == {
        "1.1": 6,
        "2.1": 7,
    }
    assert all(i.scored and i.case_study is None for i in plan.items)
    assert plan_practice(index, PracticeSpec(("1.1",), 5, timed=True, minutes=7), 1).time_limit_s == 7 * 60
    assert plan_practice(index, PracticeSpec(("1.1",), 1, timed=True), 1).time_limit_s == 2 * 60
    assert plan_practice(index, PracticeSpec(("1.1",), 5), 1).time_limit_s is None


def test_a_short_task_hands_its_share_to_the_others() -> None:
    index = index_of({t.id: (2 if t.id == "1.1" else 12) for t in BLUEPRINT.tasks})
    plan = plan_practice(index, PracticeSpec(("1.1", "1.2", "1.3"), 12), 3)
    assert Counter(i.task for i in plan.items) == {"1.1": 2, "1.2": 5, "1.3": 5}


def test_plan_selected_takes_each_known_item_once_in_seeded_order() -> None:
    import random

    index = index_of(4)
    wanted = [*_keys(index, "1.1")[:3], "nope", _keys(index, "1.1")[0], _keys(index, "5.2")[1]]
    plan = plan_selected(index, wanted, 11, kind="missed")
    expected = [k for k in dict.fromkeys(wanted) if k != "nope"]
    random.Random(11).shuffle(expected)
    assert [i.key for i in plan.items] == expected
    assert (plan.mode, plan.seed, plan.time_limit_s, plan.instant_feedback) == ("practice", 11, None, True)
    assert plan.settings == {"kind": "missed"}
    assert all(i.scored for i in plan.items)
    timed = plan_selected(index, wanted, 11, kind="flagged", instant_feedback=False, timed=True)
    assert timed.time_limit_s == 6 * 60 and not timed.instant_feedback  # ceil(4 * 90 / 65) minutes
    with pytest.raises(SimulacroError) as info:
        plan_selected(index, ["nope"], 1, kind="missed")
    assert str(info.value) == "There are no items to practise in this selection."


def test_plan_selected_reaches_case_study_members() -> None:
    from simulator.storage.bank import ItemRef

    refs = [ItemRef("i0", 1, 1, "4.1", "single", None)]
    refs += [ItemRef(f"c{n}", 10 + n, 10 + n, "4.1", "single", "cs-a") for n in range(2)]
    index = BankIndex(BLUEPRINT, refs, {"cs-a": ("c0", "c1")})
    assert index.size() == 3
    assert sorted(i.key for i in plan_selected(index, ["c1", "i0"], 2, kind="flagged").items) == ["c1", "i0"]


def test_bank_index_groups_by_task_and_keeps_case_studies_of_two_or_more() -> None:
    from simulator.storage.bank import ItemRef

    refs = [ItemRef("a", 1, 1, "1.1", "single", None), ItemRef("b", 2, 2, "1.1", "ordering", None)]
    refs += [ItemRef("c", 3, 3, "1.2", "matching", None)]
    refs += [ItemRef("x0", 4, 4, "4.1", "single", "cs-x"), ItemRef("x1", 5, 5, "4.1", "single", "cs-x")]
    refs += [ItemRef("y0", 6, 6, "4.1", "single", "cs-y")]
    index = BankIndex(BLUEPRINT, refs, {"cs-x": ("x0", "x1", "gone"), "cs-y": ("y0",)})
    assert {t: [r.key for r in pool] for t, pool in index.practice.items()} == {"1.1": ["a", "b"], "1.2": ["c"]}
    assert {t: [r.key for r in pool] for t, pool in index.full.items()} == {"1.1": ["a", "b"], "1.2": ["c"]}
    assert index.practice_task == {"a": "1.1", "b": "1.1", "c": "1.2"} == index.full_task
    assert {c: [r.key for r in m] for c, m in index.cases.items()} == {"cs-x": ["x0", "x1"]}
    assert index.size() == 5


def test_plan_json_is_exact() -> None:
    index = index_of(2)
    plan = plan_selected(index, _keys(index, "3.1")[:1], 3, kind="missed")
    ref = index.practice["3.1"][0]
    assert plan.to_json() == {
        "exam": "aif-c01",
        "mode": "practice",
        "seed": 3,
        "time_limit_s": None,
        "instant_feedback": True,
        "items": [{"id": ref.key, "task": "3.1", "type": ref.type, "scored": True, "case_study": None}],
    }


def test_drill_size_limits_and_empty_bank() -> None:
    index = index_of(12)
    for count in (0, 201):
        with pytest.raises(SimulacroError) as info:
            plan_drill(index, ["1.1"], [], count, 1)
        assert str(info.value) == "A drill has 1 to 200 items."
    assert len(plan_drill(index, ["1.1"], [], 1, 1).items) == 1
    assert len(plan_drill(index_of(40), [t.id for t in BLUEPRINT.tasks], [], 200, 1).items) == 200
    with pytest.raises(SimulacroError) as empty:
        plan_drill(index_of({"1.1": 0}), ["1.1"], ["unknown"], 5, 1)
    assert str(empty.value) == "The bank has no items for a drill yet."


def test_drill_puts_due_items_first_then_spreads_over_the_weakest_tasks() -> None:
    index = index_of(12)
    due = [_keys(index, "5.2")[0], "unknown", _keys(index, "5.2")[0], _keys(index, "1.1")[3]]
    plan = plan_drill(index, ["2.1", "3.1"], due, 6, 4)
    keys = [i.key for i in plan.items]
    assert len(keys) == len(set(keys)) == 6
    assert {_keys(index, "5.2")[0], _keys(index, "1.1")[3]} <= set(keys)
    assert Counter(i.task for i in plan.items) == {"5.2": 1, "1.1": 1, "2.1": 2, "3.1": 2}
    assert plan.settings == {"kind": "drill", "tasks": ["2.1", "3.1"], "due": 4}
    assert (plan.mode, plan.time_limit_s, plan.instant_feedback, plan.seed) == ("practice", None, True, 4)
    assert all(i.scored for i in plan.items)
    # More due items than room: only the first `count` of them.
    many = _keys(index, "4.1")[:5]
    only_due = plan_drill(index, ["2.1"], many, 3, 4)
    assert sorted(i.key for i in only_due.items) == sorted(many[:3])
    assert only_due.settings["due"] == 3


def test_drill_hands_a_short_tasks_share_to_the_other_weak_tasks() -> None:
    index = index_of({"1.1": 2, "2.1": 12, "3.1": 0})
    plan = plan_drill(index, ["3.1", "1.1", "2.1"], [], 10, 5)
    assert Counter(i.task for i in plan.items) == {"1.1": 2, "2.1": 8}
    assert plan.settings["tasks"] == ["1.1", "2.1"]  # a task without items is no drill target
    due_in_short = plan_drill(index, ["1.1", "2.1"], [_keys(index, "1.1")[0]], 6, 5)
    assert Counter(i.task for i in due_in_short.items) == {"1.1": 2, "2.1": 4}


def test_drill_prefers_items_not_seen_lately() -> None:
    index = index_of(6)
    seen = {k: datetime(2026, 1, 1) for k in _keys(index, "1.1")[:4]}
    plan = plan_drill(index, ["1.1"], [], 2, 8, seen)
    assert {i.key for i in plan.items} == set(_keys(index, "1.1")[4:])


def test_drill_hands_spare_items_to_the_task_with_most_room_first() -> None:
    index = index_of({"1.1": 1, "2.1": 7, "3.1": 9})
    plan = plan_drill(index, ["1.1", "2.1", "3.1"], [], 12, 5)
    assert Counter(i.task for i in plan.items) == {"1.1": 1, "2.1": 4, "3.1": 7}
    # Most room first, not the reverse order of the task ids.
    other = plan_drill(index_of({"1.1": 9, "2.1": 7, "3.1": 1}), ["1.1", "2.1", "3.1"], [], 12, 5)
    assert Counter(i.task for i in other.items) == {"1.1": 7, "2.1": 4, "3.1": 1}


def test_drill_spare_larger_than_one_tasks_room_spreads_over_the_next() -> None:
    # 12 asked over 3 tasks: 4 each, but 1.1 has 1 item, so 3 are spare; 2.1 and 3.1 have room for 1 more each.
    # All the bank can give is 11 items; one task's room must not absorb the whole spare.
    index = index_of({"1.1": 1, "2.1": 5, "3.1": 5})
    plan = plan_drill(index, ["1.1", "2.1", "3.1"], [], 12, 5)
    assert Counter(i.task for i in plan.items) == {"1.1": 1, "2.1": 5, "3.1": 5}


def test_drill_order_is_the_seeded_shuffle() -> None:
    import random

    index = index_of(12)
    due = _keys(index, "4.1")[:3]
    plan = plan_drill(index, ["2.1"], due, 3, 4)
    expected = list(due)
    random.Random(4).shuffle(expected)  # nothing else drew from the generator: the drill was full of due items
    assert [i.key for i in plan.items] == expected


def test_drill_draw_is_pinned_for_a_seed() -> None:
    index = index_of(12)
    plan = plan_drill(index, ["1.1", "2.1"], [], 6, 4)
    assert [i.key for i in plan.items] == DRILL_SEED_4


# ----- freshness when a pool runs out of unseen items, quotas' hand-over, case-study-only sets --------------


def test_an_exhausted_pool_repeats_its_least_recently_seen_items_first() -> None:
    index = index_of(6)
    keys = _keys(index, "1.1")
    days = [6, 5, 4, 3, 3, 1]  # keys[3] and keys[4] seen the same day: the smaller key goes first
    seen = {k: datetime(2026, 1, d) for k, d in zip(keys, days, strict=True)}
    plan = plan_practice(index, PracticeSpec(("1.1",), 2), 3, seen)
    assert sorted(i.key for i in plan.items) == sorted([keys[5], keys[3]])
    # Two unseen items are not enough for four: both of them, then the two seen longest ago.
    partly = {k: seen[k] for k in keys[:4]}
    plan = plan_practice(index, PracticeSpec(("1.1",), 4), 3, partly)
    assert sorted(i.key for i in plan.items) == sorted([keys[4], keys[5], keys[3], keys[2]])


def test_unseen_items_are_all_taken_even_when_most_of_the_pool_was_seen() -> None:
    index = index_of(10)
    keys = _keys(index, "1.1")
    seen = {k: datetime(2026, 1, 1) for k in keys[:7]}
    for seed in range(5):
        plan = plan_practice(index, PracticeSpec(("1.1",), 3), seed, seen)
        assert sorted(i.key for i in plan.items) == sorted(keys[7:]), seed


def test_a_drill_does_not_repeat_a_due_item_when_it_falls_back_on_seen_ones() -> None:
    index = index_of(6)
    keys = _keys(index, "1.1")
    seen = {k: datetime(2026, 1, d) for k, d in zip(keys, [6, 5, 4, 3, 2, 1], strict=True)}
    plan = plan_drill(index, ["1.1"], [keys[5]], 3, 2, seen)
    assert sorted(i.key for i in plan.items) == sorted([keys[5], keys[4], keys[3]])


@pytest.mark.parametrize(
    ("seen_in_11", "expected"),
    [
        (2, {"1.1": 1, "1.2": 2}),  # 8 unseen against 9: the extra item goes to the fresher task
        (1, {"1.1": 2, "1.2": 1}),  # 9 unseen each: to the larger pool
    ],
)
def test_the_extra_item_goes_to_the_task_with_most_unseen_then_most_items(
    seen_in_11: int, expected: dict[str, int]
) -> None:
    index = index_of({"1.1": 10, "1.2": 9})
    seen = {k: datetime(2026, 1, 1) for k in _keys(index, "1.1")[:seen_in_11]}
    plan = plan_practice(index, PracticeSpec(("1.1", "1.2"), 3), 4, seen)
    assert Counter(i.task for i in plan.items) == expected


def test_every_short_tasks_excess_is_handed_over() -> None:
    plan = plan_practice(index_of({"1.1": 1, "1.2": 1, "1.3": 12}), PracticeSpec(("1.1", "1.2", "1.3"), 9), 2)
    assert Counter(i.task for i in plan.items) == {"1.1": 1, "1.2": 1, "1.3": 7}
    # A full task takes no more even when the spare outlasts a round over the tasks with room.
    plan = plan_practice(index_of({"1.1": 1, "1.2": 12}), PracticeSpec(("1.1", "1.2"), 8), 2)
    assert Counter(i.task for i in plan.items) == {"1.1": 1, "1.2": 7}


def test_a_practice_sets_spare_item_goes_to_the_task_with_most_room() -> None:
    # 15 over three tasks: 5 each, but 1.3 has 4; the spare one goes to 1.1 (room 3), not 1.2 (room 1).
    plan = plan_practice(index_of({"1.1": 8, "1.2": 6, "1.3": 4}), PracticeSpec(("1.1", "1.2", "1.3"), 15), 2)
    assert Counter(i.task for i in plan.items) == {"1.1": 6, "1.2": 5, "1.3": 4}
    # 16: 1.1 (most unseen) gets the extra sixth, 1.3 can give 4: the spare goes to 1.2 (room 2), not 1.1 (room 1).
    index = index_of({"1.1": 7, "1.2": 7, "1.3": 4})
    seen = {_keys(index, "1.2")[0]: datetime(2026, 1, 1)}
    plan = plan_practice(index, PracticeSpec(("1.1", "1.2", "1.3"), 16), 2, seen)
    assert Counter(i.task for i in plan.items) == {"1.1": 6, "1.2": 6, "1.3": 4}
    drill = plan_drill(index, ["1.1", "1.2", "1.3"], [], 16, 2, seen)
    assert Counter(i.task for i in drill.items) == {"1.1": 6, "1.2": 6, "1.3": 4}


def test_a_chosen_task_without_items_hands_over_its_whole_share() -> None:
    plan = plan_practice(index_of({"1.1": 5}), PracticeSpec(("1.1", "1.2"), 4), 1)
    assert Counter(i.task for i in plan.items) == {"1.1": 4}


def _case_index() -> BankIndex:
    from simulator.storage.bank import ItemRef

    refs = [ItemRef(f"i{n}", n, n, "4.1", "single", None) for n in range(4)]
    refs += [ItemRef(f"c{n}", 100 + n, 100 + n, "4.1", "single", "cs-a") for n in range(3)]
    return BankIndex(BLUEPRINT, refs, {"cs-a": ("c0", "c1", "c2")})


def test_a_practice_set_may_be_case_studies_only_or_as_many_items_as_case_studies() -> None:
    index = _case_index()
    only = plan_practice(index, PracticeSpec(("4.1",), 0, case_studies=1), 1)
    assert [(i.key, i.case_study) for i in only.items] == [("c0", "cs-a"), ("c1", "cs-a"), ("c2", "cs-a")]
    one_each = plan_practice(index, PracticeSpec(("4.1",), 1, case_studies=1), 1)
    assert len(one_each.items) == 4 and sum(i.case_study == "cs-a" for i in one_each.items) == 3


def test_a_case_study_may_open_a_practice_set() -> None:
    index = _case_index()
    first = [plan_practice(index, PracticeSpec(("4.1",), 1, case_studies=1), seed).items[0].key for seed in range(20)]
    assert "c0" in first and any(key.startswith("i") for key in first)  # before or after the standalone item


def test_full_plan_fields_and_a_one_minute_practice() -> None:
    index = index_of(12)
    plain = plan_full(index, FullSpec(), 1)
    assert plain.instant_feedback is False and plain.settings == {"accommodation": False}
    assert plan_full(index, FullSpec(accommodation=True), 1).settings == {"accommodation": True}
    assert plan_practice(index, PracticeSpec(("1.1",), 5, timed=True, minutes=1), 1).time_limit_s == 60


def test_practice_and_full_draws_are_pinned_for_a_seed() -> None:
    """The demo attempts and the calibration bench replay seeds: a seed keeps drawing the same items."""
    index = index_of(12)
    practice = plan_practice(index, PracticeSpec(("1.1", "2.1"), 4), 4)
    assert [i.key for i in practice.items] == ["s11-000006", "s11-000007", "s21-000002", "s21-000001"]
    full = plan_full(index, FullSpec(), 4)
    assert [i.key for i in full.items][:6] == [
        "s22-000009",
        "s34-000008",
        "s42-000005",
        "s13-000008",
        "s12-000009",
        "s41-000010",
    ]
