"""Exam assembly: quotas, invariants, determinism, freshness and clear shortfall errors."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.assembly import BankIndex, FullSpec, PracticeSpec, largest_remainder, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.errors import BankShortfallError, SimulacroError
from simulator.session import ExamSession
from simulator.storage.attempts import last_seen
from simulator.storage.bank import case_study_order, item_refs
from simulator.storage.db import Store
from tests.conftest import fill_synthetic
from tests.synthetic_bank import shipped_blueprint, synthetic_items

BLUEPRINT = shipped_blueprint()


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
