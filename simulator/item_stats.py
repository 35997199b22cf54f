"""Item statistics from the scored answers of finished attempts, per item revision (as Moodle's quiz statistics,
adapted to all-or-nothing items), and the "revisar" flags that point at a likely wrong key or ambiguous stem.

- facility: share of answers right;
- discrimination: point-biserial correlation between right/wrong on the item and the attempt's share right on
  its other scored items (the stored result, minus this item), shown from MIN_SAMPLE answers on;
- choices: how often each option (single, multiple), each order (ordering) or each pair (matching) was chosen,
  over everyone and over the top 27 % (by that same rest score);
- median time on the item, and how many question reports candidates wrote about the revision.

An item is flagged "revisar" (from MIN_SAMPLE answers on) when its discrimination is negative or near zero
(< NEAR_ZERO), its facility is under 0.2 or over 0.95, or the top 27 % chose a distractor (an option, an order,
or a pair) more often than the key.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple

from simulator.content import ItemContent
from simulator.scoring import key_of

MIN_SAMPLE = 30
NEAR_ZERO = 0.1
TOO_HARD = 0.2
TOO_EASY = 0.95
BLANK = "-"


class ScoredAnswer(NamedTuple):
    """One scored answer of a finished attempt (a tuple: statistics read hundreds of thousands)."""

    revision_id: int
    correct: bool
    response: list[Any] | str | None  # the answer, or its JSON text as stored
    time_s: float
    rest: float  # the attempt's share right on its other scored items


@dataclass(frozen=True)
class Choice:
    label: str  # "A", "A+C", "2-1-3-4", "1→B", or BLANK
    count: int
    top: int  # chosen by the top 27 %
    key: bool


@dataclass(frozen=True)
class ItemStat:
    key: str
    revision: int
    task: str
    type: str
    stem: str
    answers: int
    facility: float
    discrimination: float | None  # None below MIN_SAMPLE answers
    median_time_s: float
    choices: tuple[Choice, ...]
    reports: int
    flags: tuple[str, ...]

    @property
    def revisar(self) -> bool:
        return bool(self.flags)

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.key,
            "revision": self.revision,
            "task": self.task,
            "type": self.type,
            "answers": self.answers,
            "facility": round(self.facility, 4),
            "discrimination": None if self.discrimination is None else round(self.discrimination, 4),
            "median_time_s": round(self.median_time_s, 1),
            "reports": self.reports,
            "revisar": self.revisar,
            "flags": list(self.flags),
            "choices": [{"choice": c.label, "count": c.count, "top27": c.top, "key": c.key} for c in self.choices],
            "stem": self.stem,
        }


@dataclass(frozen=True)
class RevisionInfo:
    key: str
    revision: int
    content: ItemContent


def _letter(index: int) -> str:
    return chr(ord("A") + index) if 0 <= index < 26 else str(index + 1)


def choice_labels(content: ItemContent, response: list[Any] | str | None) -> list[str]:
    """What a response counts as in the choice table: one label per option or pair chosen, or the order."""
    if isinstance(response, str):
        response = json.loads(response)
    if not response:
        return [BLANK]
    if content.type in ("single", "multiple"):
        return [_letter(int(i)) for i in response]
    if content.type == "ordering":
        return ["-".join(str(int(i) + 1) for i in response)]
    pairs = [f"{n + 1}→{answer}" for n, answer in enumerate(response) if answer is not None]
    return pairs or [BLANK]


def key_labels(content: ItemContent) -> set[str]:
    return set(choice_labels(content, key_of(content)))


def point_biserial(n: int, right: int, sum_rest: float, sum_rest2: float, sum_rest_right: float) -> float | None:
    """Pearson correlation of right/wrong with the rest score, from sums; None when either does not vary."""
    if n < 2:
        return None
    p = right / n
    mean = sum_rest / n
    var_x = p * (1 - p)
    var_y = sum_rest2 / n - mean * mean
    if var_x <= 1e-12 or var_y <= 1e-12:
        return None
    covariance = sum_rest_right / n - p * mean
    return max(-1.0, min(1.0, covariance / math.sqrt(var_x * var_y)))


class AnswerGroup(NamedTuple):
    """The answers of one item revision that gave the same response: the sums statistics need.

    Computed in SQL by simulator.storage.stats (a few rows per item, whatever the number of attempts), or in
    Python from ScoredAnswer rows by group_answers (the two agree; tests check it)."""

    revision_id: int
    correct: bool
    response: list[Any] | str | None
    answers: int
    sum_rest: float
    sum_rest2: float
    top: int  # how many of them are in the item's top 27 % by rest score
    middle_time: float  # sum of the times of the median row(s) among them
    middle: int  # how many median rows are among them


def top_size(n: int) -> int:
    """The size of the top 27 % group (at least one answer), as the SQL computes it: ceil(27 n / 100)."""
    return max(1, (27 * n + 99) // 100)


def group_answers(answers: Iterable[ScoredAnswer]) -> list[AnswerGroup]:
    """AnswerGroups from single answers (ties in rest score or time: earlier answers rank first)."""
    by_revision: dict[int, list[ScoredAnswer]] = defaultdict(list)
    for answer in answers:
        by_revision[answer.revision_id].append(answer)
    groups = []
    for revision_id, rows in by_revision.items():
        n = len(rows)
        top = {id(r) for r in sorted(rows, key=lambda r: -r.rest)[: top_size(n)]}
        by_time = sorted(rows, key=lambda r: r.time_s)
        middle = {id(by_time[(n + 1) // 2 - 1]), id(by_time[(n + 2) // 2 - 1])}
        sums: dict[tuple[bool, str | None], list[float]] = {}
        for r in rows:
            entry = sums.setdefault((r.correct, _hashable(r.response)), [0, 0.0, 0.0, 0, 0.0, 0])
            entry[0] += 1
            entry[1] += r.rest
            entry[2] += r.rest * r.rest
            entry[3] += id(r) in top
            if id(r) in middle:
                entry[4] += r.time_s
                entry[5] += 1
        for (correct, response), e in sums.items():
            groups.append(
                AnswerGroup(revision_id, correct, response, int(e[0]), e[1], e[2], int(e[3]), e[4], int(e[5]))
            )
    return groups


def _distractor_beats_key(content: ItemContent, top: Counter[str], keys: set[str]) -> bool:
    """Whether the top group chose some distractor more often than the key (per prompt, for matching)."""
    if not top:
        return False
    if content.type == "matching":
        by_prompt: dict[str, Counter[str]] = defaultdict(Counter)
        for label, count in top.items():
            if label != BLANK:
                by_prompt[label.split("→")[0]][label] = count
        for prompt, counts in by_prompt.items():
            right = next((k for k in keys if k.split("→")[0] == prompt), None)
            right_count = counts.get(right, 0) if right else 0
            if any(count > right_count for label, count in counts.items() if label != right):
                return True
        return False
    weakest_key = min((top.get(k, 0) for k in keys), default=0)
    return any(count > weakest_key for label, count in top.items() if label not in keys and label != BLANK)


def _hashable(response: list[Any] | str | None) -> str | None:
    return response if response is None or isinstance(response, str) else json.dumps(response)


def compute_item_stats(
    groups: Iterable[AnswerGroup],
    revisions: dict[int, RevisionInfo],
    reports: dict[int, int] | None = None,
    *,
    min_sample: int = MIN_SAMPLE,
) -> list[ItemStat]:
    """Statistics per item revision from its answer groups (the query is simulator.storage.stats)."""
    by_revision: dict[int, list[AnswerGroup]] = defaultdict(list)
    for group in groups:
        by_revision[group.revision_id].append(group)
    reports = reports or {}
    result = []
    for revision_id, rows in by_revision.items():
        info = revisions.get(revision_id)
        if info is None:
            continue
        content = info.content
        n = sum(g.answers for g in rows)
        right = sum(g.answers for g in rows if g.correct)
        facility = right / n
        r_pb: float | None = None
        if n >= min_sample:
            r_pb = point_biserial(
                n,
                right,
                sum(g.sum_rest for g in rows),
                sum(g.sum_rest2 for g in rows),
                sum(g.sum_rest for g in rows if g.correct),
            )
            if r_pb is None:
                r_pb = 0.0  # everyone alike: the item tells strong and weak candidates apart not at all
        keys = key_labels(content)
        everyone: Counter[str] = Counter()
        top: Counter[str] = Counter()
        for g in rows:
            for label in choice_labels(content, g.response):
                everyone[label] += g.answers
                top[label] += g.top
        labels = sorted(set(everyone) | keys, key=lambda label: (label == BLANK, label))
        choices = tuple(Choice(label, everyone.get(label, 0), top.get(label, 0), label in keys) for label in labels)
        middle = sum(g.middle for g in rows)
        flags: list[str] = []
        if n >= min_sample:
            assert r_pb is not None
            if r_pb < 0:
                flags.append("negative-discrimination")
            elif r_pb < NEAR_ZERO:
                flags.append("low-discrimination")
            if facility < TOO_HARD:
                flags.append("too-hard")
            if facility > TOO_EASY:
                flags.append("too-easy")
            if _distractor_beats_key(content, +top, keys):
                flags.append("distractor-beats-key")
        result.append(
            ItemStat(
                key=info.key,
                revision=info.revision,
                task=content.task,
                type=content.type,
                stem=content.stem,
                answers=n,
                facility=facility,
                discrimination=r_pb,
                median_time_s=sum(g.middle_time for g in rows) / middle if middle else 0.0,
                choices=choices,
                reports=reports.get(revision_id, 0),
                flags=tuple(flags),
            )
        )
    result.sort(key=lambda s: (not s.revisar, s.task, s.key, s.revision))
    return result


CSV_COLUMNS = (
    "item",
    "revision",
    "task",
    "type",
    "answers",
    "facility",
    "discrimination",
    "median_time_s",
    "reports",
    "revisar",
    "flags",
    "choices",
    "stem",
)


def stats_rows(stats: Sequence[ItemStat]) -> list[list[object]]:
    rows: list[list[object]] = []
    for s in stats:
        choices = "; ".join(f"{c.label}{'*' if c.key else ''}: {c.count} ({c.top})" for c in s.choices)
        rows.append(
            [
                s.key,
                s.revision,
                s.task,
                s.type,
                s.answers,
                round(s.facility, 4),
                "" if s.discrimination is None else round(s.discrimination, 4),
                round(s.median_time_s, 1),
                s.reports,
                "revisar" if s.revisar else "",
                " ".join(s.flags),
                choices,
                s.stem,
            ]
        )
    return rows


def write_stats_csv(stats: Sequence[ItemStat], target: Path) -> Path:
    """The statistics as CSV (UTF-8 with BOM for spreadsheet apps; formula-safe cells; written atomically)."""
    from simulator.output_files import write_atomically
    from simulator.review_tools import csv_cell

    def write(raw: IO[bytes]) -> None:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in stats_rows(stats):
            writer.writerow([csv_cell(v) for v in row])
        handle.flush()
        handle.detach()  # write_atomically closes and syncs the file itself

    return write_atomically(target, write, what="the item statistics", extension=".csv")
