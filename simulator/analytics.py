"""Mastery per task statement and a readiness estimate, from every answer the candidate has given.

Mastery rule (also in the README): for each task statement, answers to scored items of submitted attempts
are taken newest first; the k-th newest counts with weight 0.5 ** (k / 20), so an answer 20 answers back
counts half as much as the latest. Mastery is the smoothed weighted share right,
(1 + sum(w * right)) / (2 + sum(w)) — a Beta(1, 1) prior, so no data reads as 50 % with wide uncertainty.

Readiness: the expected share right on a full exam is the blueprint-weighted mean of domain mastery (each
domain the plain mean of its task statements). For readiness each task's estimate is shrunk towards the
candidate's own overall share right (a prior worth PRIOR_STRENGTH answers) rather than towards 50 %: with a
few answers per task, Beta(1, 1) alone predicted far too few passes (bench/readiness_calibration.py shows the
calibration). Its variance adds each task's posterior variance, the uncertainty of the overall level and the
sampling spread of a 50-item exam; the scaled estimate, its 95 % range and the chance of reaching the pass mark
follow from the blueprint's scaled-score estimate and a normal approximation (with a continuity correction:
an exam counts whole items). All of it is an estimate.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, NamedTuple

from simulator.blueprint import Blueprint
from simulator.scoring import pass_share

HALF_LIFE_ANSWERS = 20.0
PRIOR_STRENGTH = 8.0  # answers' worth of the candidate's overall share in each task's estimate
LEVEL_VARIANCE_SHARE = 1.0  # how much of the overall level's own uncertainty carries into the estimate


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


def _pooled(masteries: Sequence[TaskMastery], strength: float) -> list[tuple[str, float, float]]:
    """(task, mean, variance) per task with the candidate's own overall share as the prior (empirical Bayes).

    Each task's weighted right answers are recovered from its Beta(1, 1) mastery; the prior is the candidate's
    recency-weighted share right over every task, worth `strength` answers, so a task with few answers reads
    as the candidate's general level, not as 50 %."""
    rights = [(m, m.mastery * (2 + m.weight) - 1) for m in masteries]
    total_weight = sum(m.weight for m in masteries)
    overall = (1 + sum(r for _, r in rights)) / (2 + total_weight)
    # The overall level is itself uncertain; that uncertainty is shared by every task (added once, below).
    result = []
    for m, right in rights:
        alpha = strength * overall + right
        beta = strength * (1 - overall) + (m.weight - right)
        n = alpha + beta
        result.append((m.task, alpha / n, alpha * beta / (n * n * (n + 1))))
    return result


def readiness(blueprint: Blueprint, masteries: Sequence[TaskMastery], *, prior_strength: float = 0.0) -> Readiness:
    """The readiness estimate. prior_strength 0: each task statement's own Beta(1, 1) mastery (the plain model);
    > 0: each task shrunk towards the candidate's overall share (PRIOR_STRENGTH is the calibrated choice,
    validated by bench/readiness_calibration.py)."""
    by_task = {m.task: m for m in masteries}
    weight_sum = sum(d.weight for d in blueprint.domains)
    if prior_strength > 0 and masteries:
        pooled = {task: (mean, var) for task, mean, var in _pooled(masteries, prior_strength)}
    else:
        pooled = {m.task: (m.mastery, ((m.high - m.low) / (2 * 1.96)) ** 2) for m in masteries}
    expected = 0.0
    variance = 0.0
    for domain in blueprint.domains:
        tasks = [t.id for t in blueprint.tasks_of(domain.id) if t.id in by_task]
        if not tasks:
            continue
        share = domain.weight / weight_sum
        expected += share * sum(pooled[t][0] for t in tasks) / len(tasks)
        task_var = sum(pooled[t][1] for t in tasks) / len(tasks) ** 2
        variance += share**2 * task_var
    if prior_strength > 0 and masteries:
        total_weight = sum(m.weight for m in masteries)
        level = expected
        variance += LEVEL_VARIANCE_SHARE * level * (1 - level) / (2 + total_weight)
    variance += expected * (1 - expected) / max(1, blueprint.items_scored)
    sigma = math.sqrt(variance)
    items = max(1, blueprint.items_scored)
    # The exam counts whole items: passing takes k right of n, so the normal approximation is read at k - 1/2
    # (continuity correction); without it every estimate near the pass mark came out ~10 points too low.
    needed = math.ceil(pass_share(blueprint) * items - 1e-9)
    threshold = (needed - 0.5) / items
    probability = 1 - _normal_cdf((threshold - expected) / sigma) if sigma > 0 else float(expected >= threshold)
    return Readiness(
        expected_share=expected,
        scaled=blueprint.scaled_score(expected),
        scaled_low=blueprint.scaled_score(expected - 1.96 * sigma),
        scaled_high=blueprint.scaled_score(expected + 1.96 * sigma),
        pass_probability=probability,
        answers=sum(m.answers for m in masteries),
    )


@dataclass(frozen=True)
class Standing:
    """Mastery per task statement (blueprint order) and the readiness estimate, and what they rest on."""

    masteries: tuple[TaskMastery, ...]
    readiness: Readiness | None
    source: str  # "candidate", or "demo" when only simulated attempts exist

    def weakest(self) -> list[TaskMastery]:
        return weakest_first(self.masteries)


def standing_of(
    blueprint: Blueprint, own: Sequence[AnswerRecord], demo: Callable[[], Sequence[AnswerRecord]]
) -> Standing:
    """Mastery from the candidate's own answers; from the demo attempts' (read only when asked) when there are
    none."""
    records, source = list(own), "candidate"
    if not records:
        records, source = list(demo()), "demo"
    masteries = tuple(mastery_by_task(blueprint, records))
    return Standing(
        masteries, readiness(blueprint, masteries, prior_strength=PRIOR_STRENGTH) if records else None, source
    )
