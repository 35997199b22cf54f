"""A finished attempt's sealed result: written once by the submit transaction, read by every screen."""

from __future__ import annotations

from typing import Any

from simulator.blueprint import Blueprint
from simulator.scoring import ExamScore, GroupScore

FORMAT = 1
ITEM_RULE = "all-or-nothing per scored item; unscored items never count"


def seal(score: ExamScore, blueprint: Blueprint, blueprint_revision: int | None, blueprint_hash: str) -> dict[str, Any]:
    """The JSON stored with the attempt: totals, groups, and the rules and blueprint revision that produced them."""
    return {
        "format": FORMAT,
        "raw_correct": score.raw_correct,
        "scored_total": score.scored_total,
        "scaled": score.scaled,
        "passed": score.passed,
        "partial_credit": score.partial_credit,
        "domains": [[g.id, g.correct, g.total] for g in score.domains],
        "tasks": [[g.id, g.correct, g.total] for g in score.tasks],
        "rules": {
            "items": ITEM_RULE,
            "scale": {"min": blueprint.scale_min, "max": blueprint.scale_max, "pass": blueprint.scale_pass},
            "scaled_estimate": [list(a) for a in blueprint.scaled_anchors],
        },
        "blueprint": {"exam": blueprint.exam, "revision": blueprint_revision, "hash": blueprint_hash},
    }


def unseal(data: dict[str, Any]) -> ExamScore:
    """The ExamScore a sealed result holds (no blueprint, no item is consulted)."""
    return ExamScore(
        raw_correct=int(data["raw_correct"]),
        scored_total=int(data["scored_total"]),
        scaled=int(data["scaled"]),
        passed=bool(data["passed"]),
        partial_credit=float(data["partial_credit"]),
        domains=tuple(GroupScore(str(i), int(c), int(t)) for i, c, t in data["domains"]),
        tasks=tuple(GroupScore(str(i), int(c), int(t)) for i, c, t in data["tasks"]),
    )
