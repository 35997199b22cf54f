"""Simulated candidates: real exam plans answered at a known skill per task statement, scored by the engine and
stored as demo attempts in batches (one transaction for many sittings)."""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from simulator.assembly import BankIndex, ExamPlan, FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.blueprint import Blueprint
from simulator.content import ItemContent
from simulator.scoring import ExamScore, ScoredItem, key_of, score_exam, score_item
from simulator.sealed import seal
from simulator.session import presentation_for
from simulator.states import Mode
from simulator.storage.attempts import FinishedAttempt, FinishedItem, store_finished_attempts
from simulator.storage.bank import bank_index, revisions
from simulator.storage.candidates import add_candidate
from simulator.storage.db import Store

BATCH = 50  # sittings per transaction
T0 = datetime(2026, 1, 5, 9, 0)


def wrong_answer(content: ItemContent, rng: random.Random) -> list[Any]:
    """A plausible wrong answer of the right shape."""
    key = key_of(content)
    if content.type == "single":
        return [rng.choice([i for i in range(len(content.options)) if i not in key])]
    if content.type == "multiple":
        wrong = [i for i in range(len(content.options)) if i not in key]
        picks = [*rng.sample(key, len(key) - 1), rng.choice(wrong)]
        return sorted(picks)
    if content.type == "ordering":
        order = list(key)
        i = rng.randrange(len(order) - 1)
        order[i], order[i + 1] = order[i + 1], order[i]
        return order
    answer = list(key)
    keys = [r.key for r in content.responses]
    i = rng.randrange(len(answer))
    answer[i] = rng.choice([k for k in keys if k != answer[i]])
    return answer


def item_offset(key: str, spread: float) -> float:
    """A fixed per-item difficulty offset on the logit scale (from the key: the same item is always as hard)."""
    digest = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return spread * (2 * digest - 1)


def _logit(p: float) -> float:
    p = min(0.999, max(0.001, p))
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class SimulatedCandidate:
    """A simulated person: chance of a right answer per task statement (before the item's own difficulty)."""

    name: str
    skills: dict[str, float]

    def p_right(self, task: str, key: str, item_spread: float) -> float:
        base = self.skills.get(task, 0.5)
        if item_spread <= 0:
            return base
        return 1 / (1 + math.exp(-(_logit(base) + item_offset(key, item_spread))))


def make_candidates(
    blueprint: Blueprint, count: int, skill: float, rng: random.Random, *, spread: float = 0.1, prefix: str = "demo"
) -> list[SimulatedCandidate]:
    """`count` candidates around `skill`: each its own level, and its own strengths and gaps per task statement."""
    width = max(2, len(str(count)))
    people = []
    for n in range(count):
        level = rng.gauss(skill, spread)
        skills = {t.id: min(0.98, max(0.05, rng.gauss(level, 0.12))) for t in blueprint.tasks}
        people.append(SimulatedCandidate(f"{prefix}-{n + 1:0{width}d}", skills))
    return people


@dataclass
class Sitter:
    """Everything needed to answer planned exams in memory: the bank index and item contents, loaded once."""

    blueprint: Blueprint
    index: BankIndex
    contents: dict[int, ItemContent] = field(default_factory=dict)
    item_spread: float = 0.0

    @classmethod
    def load(cls, store: Store, exam: str, *, item_spread: float = 0.0) -> Sitter:
        index = bank_index(store, exam)
        return cls(index.blueprint, index, revisions(store, (r.revision_id for r in index.refs)), item_spread)

    def sit(
        self,
        plan: ExamPlan,
        person: SimulatedCandidate,
        candidate_id: int,
        rng: random.Random,
        started: datetime,
        *,
        blank_rate: float = 0.02,
        flag_rate: float = 0.08,
    ) -> tuple[FinishedAttempt, ExamScore]:
        """Answer every item of `plan` as `person` would, score it with the engine, seal the result."""
        presenter = random.Random(f"{plan.seed}/presentation")
        items = []
        scored_items = []
        elapsed = 0.0
        for planned in plan.items:
            content = self.contents[planned.revision_id]
            spent = rng.uniform(20, 110)
            over = plan.time_limit_s is not None and elapsed + spent > plan.time_limit_s
            elapsed += 0.0 if over else spent
            if over or rng.random() < blank_rate:
                answer = None
            elif rng.random() < person.p_right(planned.task, planned.key, self.item_spread):
                answer = key_of(content)
            else:
                answer = wrong_answer(content, rng)
            score = score_item(content, answer)
            scored_items.append(ScoredItem(planned.task, planned.scored, score))
            items.append(
                FinishedItem(
                    planned.item_id,
                    planned.revision_id,
                    planned.task,
                    planned.scored,
                    presentation_for(content, presenter),
                    answer,
                    answer is not None and rng.random() < flag_rate,
                    spent,
                    score.correct,
                    score.credit,
                )
            )
        exam = score_exam(self.blueprint, scored_items)
        finished = FinishedAttempt(
            candidate_id=candidate_id,
            exam=plan.exam,
            mode=plan.mode,
            seed=plan.seed,
            settings=dict(plan.settings, instant_feedback=plan.instant_feedback),
            time_limit_s=plan.time_limit_s,
            started=started,
            submitted=started + timedelta(seconds=elapsed),
            elapsed_s=elapsed,
            raw_correct=exam.raw_correct,
            scored_total=exam.scored_total,
            scaled=exam.scaled,
            passed=exam.passed,
            result=seal(exam, self.blueprint, None, ""),
            items=tuple(items),
        )
        return finished, exam


@dataclass(frozen=True)
class DemoSettings:
    attempts: int
    skill: float = 0.7
    seed: int = 1
    mode: Mode = Mode.FULL
    candidates: int = 0  # 0: every attempt is the store's candidate's; N: spread over N simulated candidates


@dataclass(frozen=True)
class DemoOutcome:
    attempt_id: int
    candidate_id: int
    score: ExamScore


def run_demo(
    store: Store, exam: str, settings: DemoSettings, progress: Callable[[int], None] | None = None
) -> list[DemoOutcome]:
    """Simulated sittings of real exam plans, stored as demo attempts, BATCH to a transaction."""
    rng = random.Random(settings.seed)
    sitter = Sitter.load(store, exam, item_spread=0.8)
    blueprint = sitter.blueprint
    if settings.candidates:
        people = make_candidates(blueprint, settings.candidates, settings.skill, rng)
        ids = [add_candidate(store, p.name) for p in people]
    else:
        people = make_candidates(blueprint, 1, settings.skill, rng, spread=0.08)
        ids = [store.candidate_id]
    outcomes: list[DemoOutcome] = []
    when = T0
    pending: list[tuple[FinishedAttempt, ExamScore]] = []

    def flush() -> None:
        stored = store_finished_attempts(store, [p[0] for p in pending], is_demo=True)
        outcomes.extend(DemoOutcome(a, p[0].candidate_id, p[1]) for a, p in zip(stored, pending, strict=True))
        pending.clear()
        if progress is not None:
            progress(len(outcomes))

    for n in range(settings.attempts):
        when += timedelta(seconds=rng.uniform(3600, 3 * 86400))  # days pass between sittings
        seed = rng.randrange(2**31)
        if settings.mode == Mode.PRACTICE:
            tasks = tuple(t.id for t in rng.sample(list(blueprint.tasks), 3))
            plan = plan_practice(sitter.index, PracticeSpec(tasks, 15, timed=True), seed)
        else:
            plan = plan_full(sitter.index, FullSpec(), seed)
        who = n % len(people)
        pending.append(sitter.sit(plan, people[who], ids[who], rng, when))
        if len(pending) >= BATCH:
            flush()
    if pending:
        flush()
    return outcomes
