"""Mastery per task statement and a readiness estimate, from every answer the candidate has given.

Mastery rule (also in the README): for each task statement, answers to scored items of submitted attempts
are taken newest first; the k-th newest counts with weight 0.5 ** (k / 20), so an answer 20 answers back
counts half as much as the latest. Mastery is the smoothed weighted share right,
(1 + sum(w * right)) / (2 + sum(w)) — a Beta(1, 1) prior, so no data reads as 50 % with wide uncertainty.

Readiness: the expected share right on a full exam is the blueprint-weighted mean of domain mastery (each
domain the plain mean of its task statements). Its variance adds each task's Beta posterior variance and the
sampling spread of a 50-item exam; the scaled estimate, its 95 % range and the chance of reaching the pass mark
follow from the blueprint's scaled-score estimate and a normal approximation. All of it is an estimate.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, NamedTuple

from simulator.blueprint import Blueprint

HALF_LIFE_ANSWERS = 20.0


class AnswerRecord(NamedTuple):
    """One scored answer: when, which task statement, right or not (a tuple: histories hold tens of thousands)."""

    when: datetime
    task: str
    correct: bool
    item_key: str = ""


@dataclass(frozen=True)
class TaskMastery:
    task: str
    mastery: float  # 0..1
    answers: int
    weight: float  # effective number of answers after recency weighting
    low: float  # 95 % interval (normal approximation of the Beta posterior)
    high: float


@dataclass(frozen=True)
class Readiness:
    expected_share: float
    scaled: int
    scaled_low: int
    scaled_high: int
    pass_probability: float
    answers: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def mastery_by_task(blueprint: Blueprint, records: Iterable[AnswerRecord]) -> list[TaskMastery]:
    """Recency-weighted mastery for every task statement of the blueprint, in blueprint order."""
    by_task: dict[str, list[AnswerRecord]] = defaultdict(list)
    for record in records:
        by_task[record.task].append(record)
    result = []
    for task in blueprint.tasks:
        answers = sorted(by_task.get(task.id, []), key=lambda r: r.when, reverse=True)
        weights = [0.5 ** (k / HALF_LIFE_ANSWERS) for k in range(len(answers))]
        right = sum(w for w, r in zip(weights, answers, strict=True) if r.correct)
        total = sum(weights)
        alpha, beta = 1 + right, 1 + total - right
        mean = alpha / (alpha + beta)
        spread = 1.96 * math.sqrt(alpha * beta / ((alpha + beta) ** 2 * (alpha + beta + 1)))
        result.append(TaskMastery(task.id, mean, len(answers), total, max(0.0, mean - spread), min(1.0, mean + spread)))
    return result


def weakest_first(masteries: Sequence[TaskMastery]) -> list[TaskMastery]:
    return sorted(masteries, key=lambda m: (m.mastery, m.task))


def _normal_cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def _share_for_scaled(blueprint: Blueprint, target: int) -> float:
    """Smallest share right whose estimated scaled score reaches `target` (inverse of the estimate)."""
    low, high = 0.0, 1.0
    for _ in range(40):
        middle = (low + high) / 2
        if blueprint.scaled_score(middle) >= target:
            high = middle
        else:
            low = middle
    return high


def readiness(blueprint: Blueprint, masteries: Sequence[TaskMastery]) -> Readiness:
    by_task = {m.task: m for m in masteries}
    weight_sum = sum(d.weight for d in blueprint.domains)
    expected = 0.0
    variance = 0.0
    for domain in blueprint.domains:
        tasks = [by_task[t.id] for t in blueprint.tasks_of(domain.id) if t.id in by_task]
        if not tasks:
            continue
        share = domain.weight / weight_sum
        expected += share * sum(t.mastery for t in tasks) / len(tasks)
        task_var = sum(((t.high - t.low) / (2 * 1.96)) ** 2 for t in tasks) / len(tasks) ** 2
        variance += share**2 * task_var
    variance += expected * (1 - expected) / max(1, blueprint.items_scored)
    sigma = math.sqrt(variance)
    pass_share = _share_for_scaled(blueprint, blueprint.scale_pass)
    probability = 1 - _normal_cdf((pass_share - expected) / sigma) if sigma > 0 else float(expected >= pass_share)
    return Readiness(
        expected_share=expected,
        scaled=blueprint.scaled_score(expected),
        scaled_low=blueprint.scaled_score(expected - 1.96 * sigma),
        scaled_high=blueprint.scaled_score(expected + 1.96 * sigma),
        pass_probability=probability,
        answers=sum(m.answers for m in masteries),
    )
