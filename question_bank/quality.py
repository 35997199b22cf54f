"""Editorial checks on bank content: counts, type mix, near-duplicate stems, answer-length habits."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from simulator.content import ItemContent

NEAR_DUPLICATE = 0.8
_WORD = re.compile(r"\w+", re.UNICODE)
_BANNED = (
    "todas las anteriores",
    "ninguna de las anteriores",
    "todas las opciones anteriores",
    "all of the above",
    "none of the above",
)


def tokens(text: str) -> frozenset[str]:
    """Lower-case, accent-free word set used for stem similarity."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return frozenset(_WORD.findall(plain))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def near_duplicates(items: Sequence[ItemContent], threshold: float = NEAR_DUPLICATE) -> list[tuple[str, str, float]]:
    """Pairs of items whose stems share at least `threshold` of their word sets."""
    sets = [(item.id, tokens(item.stem)) for item in items]
    found = []
    for (id_a, a), (id_b, b) in combinations(sets, 2):
        # Jaccard >= t needs the smaller set to be at least t times the larger one.
        if min(len(a), len(b)) < threshold * max(len(a), len(b)):
            continue
        score = similarity(a, b)
        if score >= threshold:
            found.append((id_a, id_b, round(score, 3)))
    return found


def correct_is_longest(item: ItemContent) -> bool:
    """True when the correct option of a single item is strictly longer than every distractor."""
    correct = [len(o.text) for o in item.options if o.correct]
    others = [len(o.text) for o in item.options if not o.correct]
    return bool(correct) and bool(others) and correct[0] > max(others)


def banned_phrases(item: ItemContent) -> list[str]:
    texts = [o.text.lower() for o in item.options]
    return [phrase for phrase in _BANNED for text in texts if phrase in text]


@dataclass(frozen=True)
class MixReport:
    total: int
    by_type: dict[str, int]
    by_task: dict[str, int]
    longest_correct_share: float

    def share(self, kind: str) -> float:
        return self.by_type.get(kind, 0) / self.total if self.total else 0.0


def mix(items: Iterable[ItemContent]) -> MixReport:
    """Type and task counts over standalone items (case studies excluded)."""
    chosen = [i for i in items if i.case_study is None]
    singles = [i for i in chosen if i.type == "single"]
    longest = sum(correct_is_longest(i) for i in singles)
    return MixReport(
        total=len(chosen),
        by_type=dict(Counter(i.type for i in chosen)),
        by_task=dict(sorted(Counter(i.task for i in chosen).items())),
        longest_correct_share=longest / len(singles) if singles else 0.0,
    )


def main(argv: Sequence[str]) -> int:
    """Print the editorial report for a bank folder, optionally limited to some tasks."""
    from question_bank.validator import validate

    paths = [Path(a) for a in argv if not a.startswith("--tasks=")]
    wanted = next((a.split("=", 1)[1].split(",") for a in argv if a.startswith("--tasks=")), None)
    report = validate(paths or [Path(__file__).resolve().parent])
    for error in report.errors:
        print(error)
    items = [i for b in report.banks.values() for i in b.items]
    scope = [i for i in items if wanted is None or i.task in wanted]
    m = mix(scope)
    print(f"items (no case studies): {m.total}  by task: {m.by_task}")
    print("types: " + ", ".join(f"{k} {v} ({m.share(k):.0%})" for k, v in sorted(m.by_type.items())))
    print(f"single items whose correct option is strictly longest: {m.longest_correct_share:.0%} (must be < 40%)")
    for a, b, score in near_duplicates(items):
        if wanted is None or any(i.id in (a, b) and i.task in wanted for i in scope):
            print(f"near-duplicate stems: {a} ~ {b} ({score})")
    for item in scope:
        for phrase in banned_phrases(item):
            print(f"{item.id}: banned option wording '{phrase}'")
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
