"""Exam assembly: blueprint quotas by weight, even spread over task statements, fresh items first."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from simulator.blueprint import Blueprint
from simulator.content import ItemRef
from simulator.error_catalogue import Part
from simulator.errors import BankShortfallError, SimulacroError
from simulator.states import Mode

MAX_PRACTICE_ITEMS = 200


@dataclass(frozen=True)
class FullSpec:
    accommodation: bool = False


@dataclass(frozen=True)
class PracticeSpec:
    tasks: tuple[str, ...]
    count: int
    timed: bool = False
    minutes: int | None = None
    instant_feedback: bool = True
    case_studies: int = 0


@dataclass(frozen=True)
class PlannedItem:
    key: str
    item_id: int
    revision_id: int
    task: str
    type: str
    scored: bool
    case_study: str | None


@dataclass(frozen=True)
class ExamPlan:
    exam: str
    mode: Mode
    seed: int
    items: tuple[PlannedItem, ...]
    time_limit_s: int | None
    instant_feedback: bool
    settings: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "exam": self.exam,
            "mode": self.mode,
            "seed": self.seed,
            "time_limit_s": self.time_limit_s,
            "instant_feedback": self.instant_feedback,
            "items": [
                {"id": i.key, "task": i.task, "type": i.type, "scored": i.scored, "case_study": i.case_study}
                for i in self.items
            ],
        }


class BankIndex:
    """Item references grouped for drawing; built once per bank, reused for every plan."""

    def __init__(self, blueprint: Blueprint, refs: Sequence[ItemRef], case_studies: Mapping[str, Sequence[str]]):
        self.blueprint = blueprint
        self.refs: tuple[ItemRef, ...] = tuple(refs)
        full_types = set(blueprint.full_exam_types)
        self.full: dict[str, list[ItemRef]] = defaultdict(list)
        self.practice: dict[str, list[ItemRef]] = defaultdict(list)
        by_key = {ref.key: ref for ref in refs}
        for ref in refs:
            if ref.case_study is None:
                self.practice[ref.task].append(ref)
                if ref.type in full_types:
                    self.full[ref.task].append(ref)
        self.full_task = {ref.key: task for task, pool in self.full.items() for ref in pool}
        self.practice_task = {ref.key: task for task, pool in self.practice.items() for ref in pool}
        self.cases: dict[str, list[ItemRef]] = {}
        for case, keys in sorted(case_studies.items()):
            members = [by_key[k] for k in keys if k in by_key]
            if len(members) >= 2:
                self.cases[case] = members

    def size(self) -> int:
        return sum(len(v) for v in self.practice.values()) + sum(len(v) for v in self.cases.values())


def largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` in proportion to `weights`; leftovers go to the largest remainders, earlier first."""
    weight_sum = sum(weights)
    exact = [total * w / weight_sum for w in weights]
    counts = [math.floor(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


class _Drawer:
    """Draws items for one plan: unseen first (random), then the least recently seen."""

    def __init__(self, rng: random.Random, seen: Mapping[str, datetime]) -> None:
        self.rng = rng
        self.seen = seen
        self.taken: set[str] = set()

    def draw(self, pool: Sequence[ItemRef], quota: int, seen_in_pool: int) -> list[ItemRef]:
        # Sampling only quota + (items that may be rejected) keeps the cost independent of bank size.
        k = min(len(pool), quota + seen_in_pool + len(self.taken))
        chosen = [ref for ref in self.rng.sample(pool, k) if ref.key not in self.seen and ref.key not in self.taken][
            :quota
        ]
        if len(chosen) < quota:
            picked = {ref.key for ref in chosen}
            stale = sorted(
                (ref for ref in pool if ref.key in self.seen and ref.key not in self.taken and ref.key not in picked),
                key=lambda ref: (self.seen[ref.key], ref.key),
            )
            chosen.extend(stale[: quota - len(chosen)])
        self.taken.update(ref.key for ref in chosen)
        return chosen


def _seen_by_task(task_of: Mapping[str, str], seen: Mapping[str, datetime]) -> dict[str, int]:
    """How many already-seen items each task pool holds; costs O(seen), not O(bank)."""
    counts: dict[str, int] = defaultdict(int)
    for key in seen:
        task = task_of.get(key)
        if task is not None:
            counts[task] += 1
    return counts


def _spread(
    total: int,
    tasks: Sequence[str],
    pools: Mapping[str, Sequence[ItemRef]],
    seen_counts: Mapping[str, int],
    rng: random.Random,
) -> dict[str, int]:
    """Even split over tasks; the extra items go to the tasks with the most fresh, then most, items."""
    base, extra = divmod(total, len(tasks))
    ranked = sorted(
        tasks,
        key=lambda t: (-(len(pools.get(t, ())) - seen_counts.get(t, 0)), -len(pools.get(t, ())), rng.random()),
    )
    return {t: base + (1 if t in ranked[:extra] else 0) for t in tasks}


def _full_shortfall(short: dict[str, tuple[int, int]]) -> BankShortfallError:
    parts = tuple(
        Part("task_short", {"task": t, "missing": need - have, "have": have, "need": need})
        for t, (have, need) in sorted(short.items())
    )
    return BankShortfallError(
        "", {t: need - have for t, (have, need) in short.items()}, code="full_shortfall", short=parts
    )


def plan_full(index: BankIndex, spec: FullSpec, seed: int, seen: Mapping[str, datetime] | None = None) -> ExamPlan:
    """A full-length exam: domain quotas by weight, even spread over tasks, unscored items at random."""
    blueprint = index.blueprint
    rng = random.Random(seed)
    drawer = _Drawer(rng, seen or {})
    seen_counts = _seen_by_task(index.full_task, drawer.seen)
    domain_quota = largest_remainder(blueprint.items_total, [d.weight for d in blueprint.domains])
    quotas: dict[str, int] = {}
    for domain, quota in zip(blueprint.domains, domain_quota, strict=True):
        tasks = [t.id for t in blueprint.tasks_of(domain.id)]
        quotas.update(_spread(quota, tasks, index.full, seen_counts, rng))
    short = {t: (len(index.full.get(t, ())), q) for t, q in quotas.items() if len(index.full.get(t, ())) < q}
    if short:
        raise _full_shortfall(short)
    chosen: list[ItemRef] = []
    for task, quota in quotas.items():
        chosen.extend(drawer.draw(index.full[task], quota, seen_counts.get(task, 0)))
    rng.shuffle(chosen)
    unscored = set(rng.sample(range(len(chosen)), min(blueprint.items_unscored, len(chosen))))
    items = tuple(_planned(ref, i not in unscored) for i, ref in enumerate(chosen))
    minutes = blueprint.minutes + (blueprint.accommodation_minutes if spec.accommodation else 0)
    return ExamPlan(blueprint.exam, Mode.FULL, seed, items, minutes * 60, False, {"accommodation": spec.accommodation})


def plan_practice(
    index: BankIndex, spec: PracticeSpec, seed: int, seen: Mapping[str, datetime] | None = None
) -> ExamPlan:
    """A practice set over chosen tasks: N standalone items spread evenly, plus whole case studies if asked."""
    blueprint = index.blueprint
    _check_practice_spec(blueprint, spec)
    rng = random.Random(seed)
    drawer = _Drawer(rng, seen or {})
    tasks = sorted(set(spec.tasks))
    seen_counts = _seen_by_task(index.practice_task, drawer.seen)
    quotas = _practice_quotas(index, tasks, spec.count, seen_counts, rng)
    chosen: list[ItemRef] = []
    for task in tasks:
        chosen.extend(drawer.draw(index.practice.get(task, []), quotas[task], seen_counts.get(task, 0)))
    rng.shuffle(chosen)
    blocks: list[list[ItemRef]] = [[ref] for ref in chosen]
    _insert_case_studies(index, tasks, spec.case_studies, blocks, rng)
    items = tuple(_planned(ref, True) for block in blocks for ref in block)
    limit = _practice_limit(spec, len(items), blueprint)
    settings = {"tasks": tasks, "count": spec.count, "case_studies": spec.case_studies, "timed": spec.timed}
    return ExamPlan(blueprint.exam, Mode.PRACTICE, seed, items, limit, spec.instant_feedback, settings)


def _check_practice_spec(blueprint: Blueprint, spec: PracticeSpec) -> None:
    """Refuse unknown tasks, no task at all, and a size outside 1..MAX_PRACTICE_ITEMS."""
    known = {t.id for t in blueprint.tasks}
    unknown = [t for t in spec.tasks if t not in known]
    if unknown:
        raise SimulacroError(code="unknown_tasks", tasks=", ".join(unknown))
    if not spec.tasks:
        raise SimulacroError(code="choose_task")
    if not 0 <= spec.count <= MAX_PRACTICE_ITEMS or spec.count + spec.case_studies == 0:
        raise SimulacroError(code="practice_size", maximum=MAX_PRACTICE_ITEMS)


def _practice_quotas(
    index: BankIndex, tasks: list[str], count: int, seen_counts: Mapping[str, int], rng: random.Random
) -> dict[str, int]:
    """Items per task: an even spread, where a task with too few items hands its excess to tasks with room."""
    available = {t: len(index.practice.get(t, ())) for t in tasks}
    if sum(available.values()) < count:
        raise BankShortfallError(
            "",
            {",".join(tasks): count - sum(available.values())},
            code="practice_shortfall",
            available=sum(available.values()),
            tasks=", ".join(tasks),
            count=count,
        )
    quotas = _spread(count, tasks, index.practice, seen_counts, rng)
    spare = 0
    for t in tasks:
        if quotas[t] > available[t]:
            spare += quotas[t] - available[t]
            quotas[t] = available[t]
    while spare:
        for t in sorted(tasks, key=lambda t: available[t] - quotas[t], reverse=True):
            if spare and quotas[t] < available[t]:
                quotas[t] += 1
                spare -= 1
    return quotas


def _insert_case_studies(
    index: BankIndex, tasks: list[str], wanted: int, blocks: list[list[ItemRef]], rng: random.Random
) -> None:
    """Put `wanted` whole case studies touching the chosen tasks at random places among the blocks."""
    if not wanted:
        return
    fitting = [c for c, members in index.cases.items() if any(m.task in tasks for m in members)]
    if len(fitting) < wanted:
        raise SimulacroError(code="few_cases", found=len(fitting), wanted=wanted)
    for case in rng.sample(fitting, wanted):
        blocks.insert(rng.randint(0, len(blocks)), list(index.cases[case]))


def _practice_limit(spec: PracticeSpec, items: int, blueprint: Blueprint) -> int | None:
    """Seconds allowed: the asked minutes, or the real exam's pace for this many items; None if untimed."""
    if not spec.timed:
        return None
    minutes = spec.minutes or math.ceil(items * blueprint.minutes / blueprint.items_total)
    return max(1, minutes) * 60


def _planned(ref: ItemRef, scored: bool) -> PlannedItem:
    return PlannedItem(ref.key, ref.item_id, ref.revision_id, ref.task, ref.type, scored, ref.case_study)


def _ref_lookup(index: BankIndex) -> dict[str, ItemRef]:
    refs = {ref.key: ref for pool in index.practice.values() for ref in pool}
    refs.update({ref.key: ref for members in index.cases.values() for ref in members})
    return refs


def plan_selected(
    index: BankIndex,
    keys: Sequence[str],
    seed: int,
    *,
    kind: str,
    instant_feedback: bool = True,
    timed: bool = False,
) -> ExamPlan:
    """A practice set made of chosen items (flagged ones, missed ones), in random order, each once."""
    lookup = _ref_lookup(index)
    chosen = [lookup[k] for k in dict.fromkeys(keys) if k in lookup]
    if not chosen:
        raise SimulacroError(code="nothing_to_practise")
    rng = random.Random(seed)
    rng.shuffle(chosen)
    limit = math.ceil(len(chosen) * index.blueprint.minutes / index.blueprint.items_total) * 60 if timed else None
    items = tuple(_planned(ref, True) for ref in chosen)
    return ExamPlan(index.blueprint.exam, Mode.PRACTICE, seed, items, limit, instant_feedback, {"kind": kind})


def plan_drill(
    index: BankIndex,
    weakest_tasks: Sequence[str],
    due_keys: Sequence[str],
    count: int,
    seed: int,
    seen: Mapping[str, datetime] | None = None,
) -> ExamPlan:
    """A weak-area drill: items due for review (Leitner boxes) first, then fresh items of the weakest tasks."""
    if not 1 <= count <= MAX_PRACTICE_ITEMS:
        raise SimulacroError(code="drill_size", maximum=MAX_PRACTICE_ITEMS)
    lookup = _ref_lookup(index)
    rng = random.Random(seed)
    drawer = _Drawer(rng, seen or {})
    chosen = [lookup[k] for k in dict.fromkeys(due_keys) if k in lookup][:count]
    drawer.taken.update(ref.key for ref in chosen)
    tasks = [t for t in weakest_tasks if index.practice.get(t)]
    remaining = count - len(chosen)
    if remaining > 0 and tasks:
        available = {t: len(index.practice[t]) - sum(1 for r in chosen if r.task == t) for t in tasks}
        quotas = _spread(remaining, tasks, index.practice, _seen_by_task(index.practice_task, drawer.seen), rng)
        spare = sum(max(0, quotas[t] - available[t]) for t in tasks)
        quotas = {t: min(quotas[t], available[t]) for t in tasks}
        for t in sorted(tasks, key=lambda t: available[t] - quotas[t], reverse=True):
            extra = min(spare, available[t] - quotas[t])
            quotas[t] += extra
            spare -= extra
        seen_counts = _seen_by_task(index.practice_task, drawer.seen)
        for task in tasks:
            chosen.extend(drawer.draw(index.practice[task], quotas[task], seen_counts.get(task, 0)))
    if not chosen:
        raise SimulacroError(code="no_drill_items")
    rng.shuffle(chosen)
    items = tuple(_planned(ref, True) for ref in chosen)
    settings = {"kind": "drill", "tasks": list(tasks), "due": min(len(due_keys), count)}
    return ExamPlan(index.blueprint.exam, Mode.PRACTICE, seed, items, None, True, settings)
