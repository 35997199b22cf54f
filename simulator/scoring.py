"""Scoring: all-or-nothing per item for the exam, partial credit for practice, and exam totals.

Answers are JSON-ready lists in the item's canonical (file) order:
single [option], multiple [options...], ordering [steps in the candidate's order],
matching [response key or None for each prompt].
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from simulator.blueprint import Blueprint
from simulator.content import ItemContent
from simulator.errors import InvalidAnswerError
from simulator.states import Mode

Answer = list[Any]


@dataclass(frozen=True)
class ItemScore:
    correct: bool
    credit: float  # 0..1, practice only; equals 1.0 exactly when correct


def check_answer(content: ItemContent, answer: Answer) -> Answer:
    """Return the answer in normal form or raise InvalidAnswerError saying what is wrong."""
    if not isinstance(answer, list):
        raise InvalidAnswerError(code="answer_list")
    if content.type in ("single", "multiple"):
        count = len(content.options)
        if not all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < count for i in answer):
            raise InvalidAnswerError(code="option_range", last=count - 1)
        if len(set(answer)) != len(answer):
            raise InvalidAnswerError(code="option_twice")
        if content.type == "single" and len(answer) > 1:
            raise InvalidAnswerError(code="takes_one")
        if content.type == "multiple" and len(answer) > content.correct_count:
            raise InvalidAnswerError(code="takes_n", count=content.correct_count)
        return sorted(answer)
    if content.type == "ordering":
        if sorted(answer) != list(range(len(content.steps))):
            raise InvalidAnswerError(code="order_every_step")
        return list(answer)
    keys = {r.key for r in content.responses}
    if len(answer) != len(content.prompts) or not all(a is None or a in keys for a in answer):
        raise InvalidAnswerError(code="matching_shape")
    return list(answer)


UNANSWERED = "unanswered"
INCOMPLETE = "incomplete"
ANSWERED = "answered"


def answer_state(content: ItemContent, answer: Answer | None, confirmed: bool = True) -> str:
    """UNANSWERED, INCOMPLETE or ANSWERED, as the real exam's review screen counts them.

    An item is answered only with exactly the options it asks for, every matching prompt paired and, for
    ordering, the order confirmed; anything less that is not blank is incomplete."""
    if not answer:
        return UNANSWERED
    if content.type == "matching":
        given = sum(a is not None for a in answer)
        if given == 0:
            return UNANSWERED
        return ANSWERED if given == len(content.prompts) else INCOMPLETE
    if content.type == "multiple":
        return ANSWERED if len(answer) == content.correct_count else INCOMPLETE
    if content.type == "ordering":
        return ANSWERED if confirmed else INCOMPLETE
    return ANSWERED


def missing_parts(content: ItemContent, answer: Answer | None, confirmed: bool = True) -> int:
    """How many options still to choose, or prompts still to pair; ordering: 1 while the order is unconfirmed."""
    given = [a for a in answer or () if a is not None]
    if content.type == "multiple":
        return max(0, content.correct_count - len(given))
    if content.type == "matching":
        return len(content.prompts) - len(given)
    if content.type == "ordering":
        return 0 if answer and confirmed else 1
    return 0 if given else 1


def is_answered(content: ItemContent, answer: Answer | None, confirmed: bool = True) -> bool:
    """Whether the item is completely answered (see answer_state)."""
    return answer_state(content, answer, confirmed) == ANSWERED


def key_of(content: ItemContent) -> Answer:
    """The correct answer in the same form as a candidate's."""
    if content.type in ("single", "multiple"):
        return [i for i, option in enumerate(content.options) if option.correct]
    if content.type == "ordering":
        return list(range(len(content.steps)))
    return [p.answer for p in content.prompts]


def score_item(content: ItemContent, answer: Answer | None) -> ItemScore:
    """All or nothing; the credit (practice only) counts the right parts of a multi-part item, even unfinished."""
    if answer_state(content, answer) == UNANSWERED:
        return ItemScore(False, 0.0)
    assert answer is not None
    key = key_of(content)
    if content.type == "single":
        right = answer == key
        return ItemScore(right, 1.0 if right else 0.0)
    if content.type == "multiple":
        hits = len(set(answer) & set(key))
        credit = hits / max(len(answer), len(key))
        return ItemScore(sorted(answer) == key, credit)
    hits = sum(1 for a, k in zip(answer, key, strict=True) if a == k)
    return ItemScore(hits == len(key), hits / len(key))


@dataclass(frozen=True)
class GroupScore:
    """Correct over total for a domain or a task statement (scored items only)."""

    id: str
    correct: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class ScoredItem:
    task: str
    scored: bool
    score: ItemScore


@dataclass(frozen=True)
class ExamScore:
    raw_correct: int
    scored_total: int
    scaled: int
    passed: bool
    partial_credit: float  # practice: mean credit over scored items, 0..1
    domains: tuple[GroupScore, ...]
    tasks: tuple[GroupScore, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.raw_correct / self.scored_total if self.scored_total else 0.0


def group_scores(
    blueprint: Blueprint, per_task: Mapping[str, tuple[int, int]]
) -> tuple[tuple[GroupScore, ...], tuple[GroupScore, ...]]:
    """(domains, tasks) from (scored items, right) per task statement; every blueprint entry appears."""
    tasks = tuple(
        GroupScore(t.id, per_task.get(t.id, (0, 0))[1], per_task.get(t.id, (0, 0))[0]) for t in blueprint.tasks
    )
    by_id = {g.id: g for g in tasks}
    domains = tuple(
        GroupScore(
            str(d.id),
            sum(by_id[t.id].correct for t in blueprint.tasks_of(d.id)),
            sum(by_id[t.id].total for t in blueprint.tasks_of(d.id)),
        )
        for d in blueprint.domains
    )
    return domains, tasks


def score_exam(blueprint: Blueprint, items: Sequence[ScoredItem]) -> ExamScore:
    """Totals over scored items; every task and domain of the blueprint appears, even with 0 items."""
    scored = [i for i in items if i.scored]
    correct = sum(i.score.correct for i in scored)
    total = len(scored)
    scaled = blueprint.scaled_score(correct / total if total else 0.0)
    per_task: dict[str, tuple[int, int]] = {}
    for item in scored:
        count, right = per_task.get(item.task, (0, 0))
        per_task[item.task] = (count + 1, right + item.score.correct)
    domains, tasks = group_scores(blueprint, per_task)
    credit = sum(i.score.credit for i in scored) / total if total else 0.0
    return ExamScore(correct, total, scaled, scaled >= blueprint.scale_pass, credit, domains, tasks)


ESTIMATE_FROM_SCORED = 30  # fewer scored items say too little for a scaled estimate or a pass/fail verdict


def shows_estimate(mode: str, scored_total: int) -> bool:
    """Whether a result shows the scaled estimate and a verdict: always for a full exam, else from 30 items."""
    return mode == Mode.FULL or scored_total >= ESTIMATE_FROM_SCORED


def pass_share(blueprint: Blueprint) -> float:
    """The smallest share of scored items right whose scaled estimate passes."""
    low, high = 0.0, 1.0
    for _ in range(40):
        middle = (low + high) / 2
        if blueprint.scaled_score(middle) >= blueprint.scale_pass:
            high = middle
        else:
            low = middle
    return high


def meets_competencies(blueprint: Blueprint, group: GroupScore) -> bool | None:
    """The AWS score report's per-domain wording: meets the competencies when the domain's share right reaches
    the pass share (None for a domain with no scored items)."""
    if not group.total:
        return None
    return group.correct / group.total >= pass_share(blueprint) - 1e-9
