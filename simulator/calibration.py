"""Is the readiness estimate right? Simulated candidates with a known skill per task statement practise k times;
the estimate after those answers predicts P(pass the next full exam), which a simulated sitting then settles.

Over many candidates: the Brier score and a calibration table (predicted decile against the observed pass rate).
Everything runs in memory (real exam plans from the bank, engine scoring); nothing is stored."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from simulator.analytics import PRIOR_STRENGTH, AnswerRecord, mastery_by_task, readiness
from simulator.assembly import FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.demo import T0, Sitter, make_candidates


@dataclass(frozen=True)
class Decile:
    low: float
    high: float
    count: int
    predicted: float  # mean predicted P(pass)
    observed: float  # share that passed

    @property
    def gap(self) -> float:
        return self.observed - self.predicted


@dataclass(frozen=True)
class Calibration:
    candidates: int
    practice_attempts: int
    practice_items: int
    brier: float
    base_rate: float
    deciles: tuple[Decile, ...]

    def worst_gap(self, min_count: int = 1) -> float:
        return max((abs(d.gap) for d in self.deciles if d.count >= min_count), default=0.0)

    def lines(self) -> list[str]:
        out = [
            f"{self.candidates} simulated candidates, {self.practice_attempts} practice sets of "
            f"{self.practice_items} items each, then one full exam",
            f"Brier score {self.brier:.4f} (always guessing the base rate {self.base_rate:.2f}: "
            f"{self.base_rate * (1 - self.base_rate):.4f})",
            "predicted   |    n | mean predicted | observed | gap",
        ]
        for d in self.deciles:
            if d.count:
                out.append(
                    f"{d.low * 100:3.0f}-{d.high * 100:3.0f} %   | {d.count:4d} | {d.predicted * 100:13.1f} % |"
                    f" {d.observed * 100:6.1f} % | {d.gap * 100:+5.1f}"
                )
        return out


def calibrate(
    sitter: Sitter,
    *,
    candidates: int,
    practice_attempts: int = 4,
    practice_items: int = 20,
    skill: float = 0.72,
    spread: float = 0.1,
    seed: int = 1,
    prior_strength: float = PRIOR_STRENGTH,
) -> Calibration:
    """Simulate `candidates` people; return how well readiness predicted their next full exam."""
    rng = random.Random(seed)
    blueprint = sitter.blueprint
    tasks = tuple(t.id for t in blueprint.tasks)
    people = make_candidates(blueprint, candidates, skill, rng, spread=spread, prefix="sim")
    outcomes: list[tuple[float, bool]] = []
    for person in people:
        when = T0
        records: list[AnswerRecord] = []
        for _ in range(practice_attempts):
            when += timedelta(days=1)
            plan = plan_practice(sitter.index, PracticeSpec(tasks, practice_items), rng.randrange(2**31))
            sat, _score = sitter.sit(plan, person, 0, rng, when, blank_rate=0.0, flag_rate=0.0)
            records.extend(
                AnswerRecord(sat.submitted, item.task, item.correct, planned.key)
                for item, planned in zip(sat.items, plan.items, strict=True)
                if item.scored
            )
        estimate = readiness(blueprint, mastery_by_task(blueprint, records), prior_strength=prior_strength)
        plan = plan_full(sitter.index, FullSpec(), rng.randrange(2**31))
        _sat, score = sitter.sit(plan, person, 0, rng, when + timedelta(days=1), blank_rate=0.0, flag_rate=0.0)
        outcomes.append((estimate.pass_probability, score.passed))
    brier = sum((p - passed) ** 2 for p, passed in outcomes) / len(outcomes)
    deciles = []
    for n in range(10):
        low, high = n / 10, (n + 1) / 10
        inside = [(p, passed) for p, passed in outcomes if low <= p < high or (n == 9 and p == 1.0)]
        deciles.append(
            Decile(
                low,
                high,
                len(inside),
                sum(p for p, _ in inside) / len(inside) if inside else 0.0,
                sum(passed for _, passed in inside) / len(inside) if inside else 0.0,
            )
        )
    base = sum(passed for _, passed in outcomes) / len(outcomes)
    return Calibration(candidates, practice_attempts, practice_items, brier, base, tuple(deciles))
