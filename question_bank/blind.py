"""Blind reviews of the bank: sheets that show items as a candidate sees them, and the verdicts kept.

A reviewer who did not write the items classifies each one without the authors' labels: A (application: a
fact of the situation decides, and only knowledge of what a service or technique does connects it to the key),
R (recall: a definition, a capability list, a sequence by heart) or W (weak: a scenario answerable from the
stem's own words or by common sense). Verdicts are kept in `<exam>/reviews/*.csv` with a fingerprint of what
the candidate sees, so an item edited after its review has no current verdict until it is reviewed again. The
quality report prints the blind shares beside the authors' own `kind` labels, which have proved optimistic.

    python -m question_bank.blind sheet question_bank/aif-c01 --tasks 1.1,1.2 -o sheet.md
    python -m question_bank.blind sheet question_bank/aif-c01 --pending -o sheet.md   # only unreviewed/edited
    python -m question_bank.blind record question_bank/aif-c01 --sheet sheet.md --verdicts table.md \\
        --reviewer NAME --date 2026-11-27
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from simulator.content import ItemContent

CLASSES = ("A", "R", "W")
REVIEWS = "reviews"
FIELDS = ("item", "fingerprint", "verdict", "reason", "reviewed", "reviewer")
_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*\**([ARW])\**\s*\|\s*(.*?)\s*\|\s*$")
_SHEET_ITEM = re.compile(r"^### Item (\d+)$", re.MULTILINE)


def fingerprint(item: ItemContent) -> str:
    """A hash of what the candidate sees and what is keyed: any edit to them makes a past verdict stale."""
    seen = {
        "stem": item.stem,
        "options": [[o.text, o.correct] for o in item.options],
        "prompts": [[p.text, p.answer] for p in item.prompts],
        "responses": [[r.key, r.text] for r in item.responses],
        "steps": [s.text for s in item.steps],
    }
    return hashlib.sha256(json.dumps(seen, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def sheet(items: Sequence[ItemContent]) -> str:
    """The items as markdown for a blind reviewer: stem, options with the key marked; no author labels, no
    explanations and no ids (an id often names the answer). The ids go to a separate file (`ids_file`)."""
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        lines += [f"### Item {number}", f"(task {item.task}, type {item.type})", "", item.stem.strip(), ""]
        if item.type in ("single", "multiple"):
            lines += [f"- {o.text}" + ("  [KEY]" if o.correct else "") for o in item.options]
        elif item.type == "matching":
            texts = {r.key: r.text for r in item.responses}
            lines.append("Responses: " + " | ".join(texts.values()))
            lines += [f"- {p.text}  →  [KEY] {texts[p.answer]}" for p in item.prompts]
        else:
            lines.append("Steps in the correct order (the candidate sees them shuffled):")
            lines += [f"{n}. {s.text}" for n, s in enumerate(item.steps, start=1)]
        lines.append("")
    return "\n".join(lines)


def ids_file(sheet_path: Path) -> Path:
    """Where a sheet's item ids are kept, one per line in the sheet's numbering."""
    return sheet_path.with_name(sheet_path.name + ".ids")


def sheet_ids(sheet_text: str, ids_text: str) -> list[str]:
    """The item ids of a sheet, checked against its numbering."""
    numbers = [int(n) for n in _SHEET_ITEM.findall(sheet_text)]
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError("the sheet's items are not numbered 1, 2, 3… in order")
    ids = ids_text.split()
    if len(ids) != len(numbers):
        raise ValueError(f"the sheet has {len(numbers)} items but its ids file lists {len(ids)}")
    return ids


@dataclass(frozen=True)
class Verdict:
    item: str
    fingerprint: str
    verdict: str  # A, R or W
    reason: str
    reviewed: dt.date
    reviewer: str


def parse_table(text: str, count: int) -> dict[int, tuple[str, str]]:
    """`| n | A/R/W | reason |` rows of a reviewer's table, checked to cover items 1..count exactly once."""
    rows: dict[int, tuple[str, str]] = {}
    for line_number, line in enumerate(text.splitlines(), start=1):
        match = _ROW.match(line.strip())
        if not match:
            continue
        number = int(match.group(1))
        if not 1 <= number <= count:
            raise ValueError(f"line {line_number}: item {number} is not on the sheet (1–{count})")
        if number in rows:
            raise ValueError(f"line {line_number}: item {number} is classified twice")
        rows[number] = (match.group(2), match.group(3))
    missing = sorted(set(range(1, count + 1)) - set(rows))
    if missing:
        raise ValueError(f"no verdict for item(s) {', '.join(map(str, missing[:10]))}")
    return rows


def verdicts_for(items: Sequence[ItemContent], table: str, reviewer: str, reviewed: dt.date) -> list[Verdict]:
    rows = parse_table(table, len(items))
    return [
        Verdict(item.id, fingerprint(item), rows[n][0], rows[n][1], reviewed, reviewer)
        for n, item in enumerate(items, start=1)
    ]


def to_csv(verdicts: Iterable[Verdict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for v in verdicts:
        writer.writerow([v.item, v.fingerprint, v.verdict, v.reason, v.reviewed.isoformat(), v.reviewer])
    return out.getvalue()


def load(folder: Path) -> dict[str, Verdict]:
    """The latest verdict per item from every review file of an exam folder: later review dates win, and on
    the same date the file later in name order (the record command's --label orders same-day rounds)."""
    latest: dict[str, Verdict] = {}
    for path in sorted((folder / REVIEWS).glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("verdict") not in CLASSES:
                    raise ValueError(f"{path}: item {row.get('item')}: verdict must be one of A, R, W")
                verdict = Verdict(
                    row["item"],
                    row["fingerprint"],
                    row["verdict"],
                    row["reason"],
                    dt.date.fromisoformat(row["reviewed"]),
                    row["reviewer"],
                )
                known = latest.get(verdict.item)
                if known is None or verdict.reviewed >= known.reviewed:
                    latest[verdict.item] = verdict
    return latest


@dataclass(frozen=True)
class BlindShares:
    current: Counter[str]  # verdicts of items unchanged since their review
    changed: int  # reviewed, then edited: no current verdict
    unreviewed: int

    @property
    def reviewed(self) -> int:
        return sum(self.current.values())

    def share(self, verdict: str = "A") -> float:
        return self.current[verdict] / self.reviewed if self.reviewed else 0.0


def blind_shares(items: Iterable[ItemContent], latest: dict[str, Verdict]) -> BlindShares:
    current: Counter[str] = Counter()
    changed = unreviewed = 0
    for item in items:
        verdict = latest.get(item.id)
        if verdict is None:
            unreviewed += 1
        elif verdict.fingerprint != fingerprint(item):
            changed += 1
        else:
            current[verdict.verdict] += 1
    return BlindShares(current, changed, unreviewed)


def pending(items: Iterable[ItemContent], latest: dict[str, Verdict]) -> list[ItemContent]:
    """The items a blind reviewer still has to see: never reviewed, or edited since their latest verdict."""
    return [i for i in items if (v := latest.get(i.id)) is None or v.fingerprint != fingerprint(i)]


def _items(folder: Path, tasks: Sequence[str] | None) -> list[ItemContent]:
    from question_bank.validator import validate

    report = validate([folder])
    if report.errors:
        raise ValueError("\n".join(str(e) for e in report.errors))
    every = [i for bank in report.banks.values() for i in bank.items if i.case_study is None]
    return [i for i in every if not tasks or i.task in tasks]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m question_bank.blind", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("sheet", help="write a blind sheet of an exam folder's standalone items")
    make.add_argument("folder", type=Path)
    make.add_argument("--tasks", help="comma-separated task statements")
    make.add_argument(
        "--pending", action="store_true", help="only items with no current verdict (new, or edited since review)"
    )
    make.add_argument("-o", "--output", type=Path, required=True)
    keep = sub.add_parser("record", help="store a reviewer's verdicts for a sheet in <folder>/reviews/")
    keep.add_argument("folder", type=Path)
    keep.add_argument("--sheet", type=Path, required=True)
    keep.add_argument("--verdicts", type=Path, required=True, help="markdown table | n | A/R/W | reason |")
    keep.add_argument("--reviewer", required=True)
    keep.add_argument("--date", type=dt.date.fromisoformat, required=True)
    keep.add_argument("--label", help="file name after the date (default: the reviewer); same day: later names win")
    args = parser.parse_args(argv)
    try:
        if args.command == "sheet":
            items = _items(args.folder, args.tasks.split(",") if args.tasks else None)
            if args.pending:
                items = pending(items, load(args.folder))
            args.output.write_text(sheet(items), encoding="utf-8")
            ids_file(args.output).write_text("\n".join(i.id for i in items) + "\n", encoding="utf-8")
            print(f"{args.output}: {len(items)} items (ids in {ids_file(args.output).name})")
            return 0
        by_id = {i.id: i for i in _items(args.folder, None)}
        ids = sheet_ids(args.sheet.read_text(encoding="utf-8"), ids_file(args.sheet).read_text(encoding="utf-8"))
        unknown = [i for i in ids if i not in by_id]
        if unknown:
            raise ValueError(f"{args.sheet}: not in the bank: {', '.join(unknown[:5])}")
        items = [by_id[i] for i in ids]
        verdicts = verdicts_for(items, args.verdicts.read_text(encoding="utf-8"), args.reviewer, args.date)
        target = args.folder / REVIEWS / f"blind-{args.date.isoformat()}-{args.label or args.reviewer}.csv"
        same_day = target.parent.glob(f"blind-{args.date.isoformat()}-*.csv")
        later = sorted(p.name for p in same_day if p.name > target.name)
        if later:
            # The same day's files count in name order: this round would be read as older than those.
            raise ValueError(f"{target.name} sorts before {later[-1]} of the same day: choose a label after it")
        target.parent.mkdir(exist_ok=True)
        target.write_text(to_csv(verdicts), encoding="utf-8")
        counts = Counter(v.verdict for v in verdicts)
        print(f"{target}: {len(verdicts)} verdicts, A {counts['A']} R {counts['R']} W {counts['W']}")
        return 0
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
