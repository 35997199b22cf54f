"""Simulated candidates: real exams through the engine, answered at a chosen skill, stored as demo attempts."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from simulator.assembly import FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.content import ItemContent
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.states import Mode
from simulator.storage.bank import bank_index, load_blueprint
from simulator.storage.db import Store
from simulator.views import ExamResult


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


@dataclass(frozen=True)
class DemoSettings:
    attempts: int
    skill: float = 0.7
    seed: int = 1
    mode: Mode = Mode.FULL


def run_demo(
    store: Store, exam: str, settings: DemoSettings, progress: Callable[[int], None] | None = None
) -> list[ExamResult]:
    """Each simulated candidate sits a real exam: plan, answer with think time, submit."""
    rng = random.Random(settings.seed)
    blueprint = load_blueprint(store, exam)
    index = bank_index(store, exam)
    clock = FakeClock()
    results = []
    for n in range(settings.attempts):
        clock.advance(rng.uniform(3600, 3 * 86400))  # days pass between sittings
        seed = rng.randrange(2**31)
        if settings.mode == Mode.PRACTICE:
            tasks = tuple(t.id for t in rng.sample(list(blueprint.tasks), 3))
            plan = plan_practice(index, PracticeSpec(tasks, 15, timed=True), seed)
        else:
            plan = plan_full(index, FullSpec(), seed)
        session = ExamSession.start(store, plan, clock, is_demo=True)
        # Skill drifts per candidate so histories are not flat lines.
        skill = min(0.98, max(0.05, rng.gauss(settings.skill, 0.08)))
        for position in range(session.count):
            session.go_to(position)
            clock.advance(rng.uniform(20, 110))
            if session.timer.expired():
                break
            if rng.random() < 0.02:
                continue  # left blank
            content = session.content(position)
            answer = key_of(content) if rng.random() < skill else wrong_answer(content, rng)
            session.answer(position, answer)
            if rng.random() < 0.08:
                session.set_flag(position, True)
        results.append(session.submit(expired=session.timer.expired()))
        if progress is not None:
            progress(n + 1)
    return results
