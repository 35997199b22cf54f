"""Blind reviews: the sheet shows what a candidate sees (no author labels), verdicts are parsed strictly, kept
per item with a fingerprint, and an item edited after its review has no current verdict."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from question_bank.blind import (
    blind_shares,
    fingerprint,
    load,
    main,
    parse_table,
    sheet,
    sheet_ids,
    to_csv,
    verdicts_for,
)
from question_bank.quality import build_report
from simulator.content import ItemContent, Option, Prompt, Response, Step

DAY = dt.date(2026, 11, 27)
SINGLE = ItemContent(
    id="q-single",
    task="1.1",
    type="single",
    stem="Which one?",
    explanation="Because the secret explanation says so.",
    references=("https://docs.aws.amazon.com/x.html",),
    options=tuple(Option(t, t == "B", f"why {t}") for t in ("A", "B", "C", "D")),
)
MATCHING = ItemContent(
    id="q-match",
    task="1.2",
    type="matching",
    stem="Match them.",
    explanation="",
    references=(),
    prompts=(Prompt("p1", "x"), Prompt("p2", "y")),
    responses=(Response("x", "Ex"), Response("y", "Why")),
)
ORDERING = ItemContent(
    id="q-order",
    task="1.2",
    type="ordering",
    stem="Order them.",
    explanation="",
    references=(),
    steps=(Step("first"), Step("second"), Step("third")),
)
ITEMS = [SINGLE, MATCHING, ORDERING]
TABLE = """| Item | Class | Reason |
|---|---|---|
| 1 | A | a fact decides |
| 2 | **W** | the prompt echoes its response |
| 3 | R | textbook order |
"""


def test_sheet_shows_what_the_candidate_sees_and_nothing_the_author_wrote() -> None:
    text = sheet(ITEMS)
    assert "### Item 1\n(task 1.1, type single)\n\nWhich one?\n\n- A\n- B  [KEY]\n- C\n- D\n" in text
    assert "- p1  →  [KEY] Ex\n- p2  →  [KEY] Why" in text
    assert "1. first\n2. second\n3. third" in text
    assert "secret explanation" not in text and "why B" not in text and "q-single" not in text  # ids name answers
    assert sheet_ids(text, "q-single\nq-match\nq-order\n") == ["q-single", "q-match", "q-order"]
    with pytest.raises(ValueError, match="the sheet has 3 items but its ids file lists 2"):
        sheet_ids(text, "q-single\nq-match\n")


def test_fingerprint_changes_with_what_the_candidate_sees_only() -> None:
    base = fingerprint(SINGLE)
    assert fingerprint(dataclasses.replace(SINGLE, explanation="rewritten")) == base
    assert fingerprint(dataclasses.replace(SINGLE, stem="Which one now?")) != base
    moved_key = tuple(Option(o.text, o.text == "C", o.why) for o in SINGLE.options)
    assert fingerprint(dataclasses.replace(SINGLE, options=moved_key)) != base


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("| 1 | A | x |\n| 2 | R | y |", "no verdict for item(s) 3"),
        ("| 1 | A | x |\n| 1 | R | y |\n| 2 | R | y |\n| 3 | R | y |", "line 2: item 1 is classified twice"),
        ("| 1 | A | x |\n| 2 | R | y |\n| 3 | R | y |\n| 4 | W | z |", "line 4: item 4 is not on the sheet (1–3)"),
    ],
)
def test_a_table_must_cover_the_sheet_exactly(table: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_table(table, 3)


def test_latest_verdict_counts_and_an_edited_item_has_none(tmp_path: Path) -> None:
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    (reviews / "old.csv").write_text(to_csv(verdicts_for(ITEMS, TABLE, "first", DAY - dt.timedelta(days=30))))
    newer = TABLE.replace("| 2 | **W** |", "| 2 | A |")
    (reviews / "new.csv").write_text(to_csv(verdicts_for(ITEMS, newer, "second", DAY)))
    latest = load(tmp_path)
    assert {k: (v.verdict, v.reviewer) for k, v in latest.items()} == {
        "q-single": ("A", "second"),
        "q-match": ("A", "second"),
        "q-order": ("R", "second"),
    }
    edited = dataclasses.replace(ORDERING, stem="Order them, now with a constraint.")
    shares = blind_shares([SINGLE, MATCHING, edited, dataclasses.replace(SINGLE, id="q-new")], latest)
    assert (shares.current, shares.changed, shares.unreviewed) == (Counter({"A": 2}), 1, 1)
    assert shares.share("A") == 1.0


def test_a_bad_verdict_in_a_review_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "reviews").mkdir()
    (tmp_path / "reviews" / "x.csv").write_text(
        "item,fingerprint,verdict,reason,reviewed,reviewer\nq1,abc,Z,r,2026-11-27,me\n"
    )
    with pytest.raises(ValueError, match=re.escape("x.csv: item q1: verdict must be one of A, R, W")):
        load(tmp_path)


def test_cli_sheet_then_record_then_the_quality_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).resolve().parent.parent / "question_bank" / "aif-c01"
    bank = tmp_path / "aif-c01"
    bank.mkdir()
    for name in ("blueprint.yaml", "services.yaml", "d5-5.2.yaml"):
        (bank / name).write_bytes((shipped / name).read_bytes())
    (bank / "concepts").mkdir()
    for concept in (shipped / "concepts").glob("*.yaml"):
        (bank / "concepts" / concept.name).write_bytes(concept.read_bytes())
    target = tmp_path / "sheet.md"
    assert main(["sheet", str(bank), "--tasks", "5.2", "-o", str(target)]) == 0
    ids = sheet_ids(target.read_text(encoding="utf-8"), (tmp_path / "sheet.md.ids").read_text(encoding="utf-8"))
    rows = "\n".join(f"| {n} | {'A' if n % 2 else 'W'} | reason {n} |" for n in range(1, len(ids) + 1))
    verdicts = tmp_path / "table.md"
    verdicts.write_text(rows, encoding="utf-8")
    args = ["record", str(bank), "--sheet", str(target), "--verdicts", str(verdicts)]
    assert main([*args, "--reviewer", "rev", "--date", "2026-11-27"]) == 0
    half = (len(ids) + 1) // 2
    assert f"{len(ids)} verdicts, A {half} R 0 W {len(ids) - half}" in capsys.readouterr().out
    assert (bank / "reviews" / "blind-2026-11-27-rev.csv").is_file()
    _, quality = build_report([bank])
    summary = quality.as_dict()["blind"]
    assert (summary["A"], summary["W"], summary["changed_since_review"], summary["unreviewed"]) == (
        half,
        len(ids) - half,
        0,
        0,
    )
    first = next(f for f in bank.glob("d5-*.yaml"))
    edited_stem = "Editada tras su revisión."
    lines = first.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.strip() == "stem: >-") + 1  # the first item's stem
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    lines.insert(at, f"{indent}{edited_stem}\n")
    first.write_text("".join(lines), encoding="utf-8")
    again = tmp_path / "again.md"
    assert main(["sheet", str(bank), "--pending", "-o", str(again)]) == 0
    assert (tmp_path / "again.md.ids").read_text(encoding="utf-8").split() == [ids[0]]
    assert edited_stem in again.read_text(encoding="utf-8")
    verdicts.write_text(rows.replace("| 1 |", "| 999 |"), encoding="utf-8")
    assert main([*args, "--reviewer", "rev", "--date", "2026-11-27"]) == 1
    assert "is not on the sheet" in capsys.readouterr().err
    verdicts.write_text(rows, encoding="utf-8")
    assert main([*args, "--reviewer", "rev", "--date", "2026-11-27", "--label", "s2"]) == 0
    # "s10" would sort before "s2" and be read as the older round of the day: refused, nothing written.
    assert main([*args, "--reviewer", "rev", "--date", "2026-11-27", "--label", "s10"]) == 1
    assert "sorts before blind-2026-11-27-s2.csv of the same day" in capsys.readouterr().err
    assert not (bank / "reviews" / "blind-2026-11-27-s10.csv").exists()
