"""Item statistics (facility, point-biserial, choices, top 27 %, median time, reports, "revisar"), the CSV/JSON
exports, and the cohort report (data, PDF, CLI)."""

from __future__ import annotations

import csv
import json
import math
import random
import statistics
from pathlib import Path

import pytest

import main
from simulator.cohort import build_cohort
from simulator.cohort_pdf import render_cohort
from simulator.content import ItemContent, Option
from simulator.demo import DemoSettings, run_demo
from simulator.errors import OutputError
from simulator.item_stats import (
    MIN_SAMPLE,
    RevisionInfo,
    ScoredAnswer,
    compute_item_stats,
    group_answers,
    point_biserial,
    write_stats_csv,
)
from simulator.storage.db import Store
from simulator.storage.models import AttemptItem
from simulator.storage.review import add_item_report
from simulator.storage.stats import answer_groups, item_statistics
from tests.item_stats_helpers import by_response, scored_answers

SINGLE = ItemContent(
    id="q1",
    task="1.1",
    type="single",
    stem='=HYPERLINK("http://x")',
    explanation="",
    references=(),
    options=tuple(Option(f"o{i}", i == 0, "") for i in range(4)),
)
INFO = {7: RevisionInfo("q1", 1, SINGLE)}


def _answers(n: int, rule: object, seed: int = 1) -> list[ScoredAnswer]:
    """n answers to SINGLE; `rule(rest, rng)` gives the option chosen by a candidate whose rest score is `rest`."""
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        rest = k / max(1, n - 1)
        choice = rule(rest, rng)  # type: ignore[operator]
        rows.append(ScoredAnswer(7, choice == 0, [choice], 30.0 + k, rest))
    return rows


def _stat(rows: list[ScoredAnswer], **kwargs: object) -> object:
    (stat,) = compute_item_stats(group_answers(rows), INFO, {7: 2}, **kwargs)  # type: ignore[arg-type]
    return stat


def test_point_biserial_matches_pearson_by_hand() -> None:
    rng = random.Random(3)
    xs = [rng.random() < 0.6 for _ in range(200)]
    ys = [rng.random() + (0.3 if x else 0.0) for x in xs]
    expected = statistics.correlation([float(x) for x in xs], ys)
    got = point_biserial(
        len(xs), sum(xs), sum(ys), sum(y * y for y in ys), sum(y for x, y in zip(xs, ys, strict=True) if x)
    )
    assert got == pytest.approx(expected, abs=1e-9)
    assert point_biserial(10, 10, 5.0, 3.0, 5.0) is None  # everyone right: no variation


def test_good_item_is_not_flagged_and_shows_everything() -> None:
    stat = _stat(_answers(60, lambda rest, rng: 0 if rng.random() < 0.2 + 0.7 * rest else rng.choice([1, 2, 3])))
    assert stat.answers == 60 and 0.4 < stat.facility < 0.8  # type: ignore[attr-defined]
    assert stat.discrimination is not None and stat.discrimination > 0.3  # type: ignore[attr-defined]
    assert stat.flags == () and stat.reports == 2  # type: ignore[attr-defined]
    choices = {c.label: c for c in stat.choices}  # type: ignore[attr-defined]
    assert choices["A"].key and sum(c.count for c in choices.values()) == 60
    assert sum(c.top for c in choices.values()) == math.ceil(0.27 * 60)
    assert stat.median_time_s == pytest.approx(statistics.median(30.0 + k for k in range(60)))  # type: ignore[attr-defined]


def test_wrong_key_is_flagged() -> None:
    """Strong candidates pick B (the real answer, keyed wrong as A): negative discrimination, B beats the key."""
    stat = _stat(_answers(60, lambda rest, rng: 1 if rest > 0.5 else rng.choice([0, 2, 3])))
    assert stat.discrimination < 0  # type: ignore[attr-defined, operator]
    assert {"negative-discrimination", "distractor-beats-key"} <= set(stat.flags)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("share", "flag"), [(0.1, "too-hard"), (1.0, "too-easy")])
def test_facility_extremes_are_flagged(share: float, flag: str) -> None:
    stat = _stat(_answers(40, lambda rest, rng: 0 if rng.random() < share else 2))
    assert flag in stat.flags  # type: ignore[attr-defined]


def test_nothing_is_flagged_or_shown_below_the_minimum_sample() -> None:
    stat = _stat(_answers(MIN_SAMPLE - 1, lambda rest, rng: 1))
    assert stat.discrimination is None and stat.flags == ()  # type: ignore[attr-defined]
    assert stat.facility == 0.0  # type: ignore[attr-defined]


def test_csv_is_formula_safe_and_written_whole(tmp_path: Path) -> None:
    stat = _stat(_answers(40, lambda rest, rng: 0 if rest > 0.3 else 3))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "stats.csv"
    target.write_text("old", "utf-8")
    write_stats_csv([stat], target)  # type: ignore[list-item]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "item" and rows[1][0] == "q1"
    assert rows[1][-1].startswith("'=HYPERLINK")  # shown as text by a spreadsheet, never run
    assert not any(cell[:1] in ("=", "+", "-", "@") for row in rows for cell in row)
    with pytest.raises(OutputError, match="does not exist"):
        write_stats_csv([stat], out / "missing" / "x.csv")  # type: ignore[list-item]
    assert sorted(p.name for p in out.iterdir()) == ["stats.csv"]  # no temporary file left behind


def test_sql_sums_match_the_python_definition(shipped_store: Store) -> None:
    """The window-function query returns exactly what group_answers computes from single answers."""
    run_demo(shipped_store, "aif-c01", DemoSettings(30, 0.7, 2, candidates=5))
    rows = scored_answers(shipped_store)
    assert by_response(answer_groups(shipped_store, "aif-c01", include_demo=True)) == by_response(group_answers(rows))
    assert answer_groups(shipped_store, "aif-c01") == []  # demo attempts only count when asked


def test_stats_cohort_and_reports_end_to_end(shipped_store: Store, tmp_path: Path) -> None:
    outcomes = run_demo(shipped_store, "aif-c01", DemoSettings(80, 0.65, 4, candidates=8))
    with shipped_store.read() as db:
        first = db.query(AttemptItem).filter(AttemptItem.attempt_id == outcomes[0].attempt_id).first()
        assert first is not None
        revision = first.revision_id
    add_item_report(shipped_store, outcomes[0].attempt_id, first.position, "ambiguous stem", datetime_now())
    stats = item_statistics(shipped_store, "aif-c01", include_demo=True)
    assert sum(s.answers for s in stats) == sum(o.score.scored_total for o in outcomes)
    assert any(s.reports == 1 for s in stats)
    assert stats == sorted(stats, key=lambda s: (not s.revisar, s.task, s.key, s.revision))
    assert revision
    cohort = build_cohort(shipped_store, "aif-c01", include_demo=True, stats=stats)
    assert len(cohort.candidates) == 8 and all(c.attempts == 10 for c in cohort.candidates)
    chances = [c.readiness.pass_probability for c in cohort.candidates if c.readiness]
    assert chances == sorted(chances, reverse=True)
    assert len(cohort.weakest(5)) == 5 and cohort.weakest(1)[0].mean_mastery == min(
        t.mean_mastery for t in cohort.tasks
    )
    for language in ("es", "en"):
        target = render_cohort(
            build_cohort(shipped_store, "aif-c01", include_demo=True, language=language), tmp_path / f"c-{language}.pdf"
        )
        from pypdf import PdfReader

        pages = PdfReader(str(target)).pages
        content = "".join(p.extract_text() for p in pages)
        assert "demo-08" in content and ("Cohort report" if language == "en" else "Informe de la cohorte") in content


def datetime_now():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime(2026, 5, 1, 10, 0)


def test_cli_stats_and_cohort(shipped_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = shipped_store.url
    shipped_store.close()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main.main(["--db", url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("stats", "items")[1].startswith("No finished attempts")
    code, out, _ = run("demo", "--attempts", "40", "--candidates", "4", "--seed", "9")
    assert code == 0 and "over 4 candidates" in out
    code, out, _ = run("stats", "items", "--json", "--include-demo")
    payload = json.loads(out)
    assert code == 0 and payload["min_sample"] == MIN_SAMPLE and payload["items"]
    assert {"item", "facility", "discrimination", "choices", "flags", "revisar"} <= set(payload["items"][0])
    code, out, _ = run("stats", "items", "--include-demo", "--csv", str(tmp_path / "s.csv"))
    assert code == 0 and (tmp_path / "s.csv").exists()
    code, out, _ = run("report", "--cohort", "--include-demo", "-o", str(tmp_path / "c.pdf"))
    assert code == 0 and (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run("report", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "ATTEMPT_ID or --cohort" in err
    code, _, err = run("report", "--cohort", "-o", str(tmp_path / "nowhere" / "c.pdf"))
    assert code == 1 and "does not exist" in err and "Traceback" not in err


def test_cohort_pdf_lists_the_items_to_revise_worst_first(shipped_store: Store, tmp_path: Path) -> None:
    """The cohort PDF's "questions to revise" table: each flagged item's key, revision, facility, signed
    discrimination and reasons in the report's language, the most negative discrimination first."""
    import dataclasses

    from pypdf import PdfReader

    from simulator.report_pdf import ReportError

    wrong_key = _stat(_answers(60, lambda rest, rng: 1 if rest > 0.5 else rng.choice([0, 2, 3])))
    too_easy = _stat(_answers(40, lambda rest, rng: 0))
    assert wrong_key.discrimination < 0 and "too-easy" in too_easy.flags  # type: ignore[attr-defined, operator]
    cohort = build_cohort(shipped_store, "aif-c01", include_demo=True, language="es")
    flagged = dataclasses.replace(cohort, flagged=(too_easy, wrong_key))  # type: ignore[arg-type]
    text = "".join(p.extract_text() for p in PdfReader(str(render_cohort(flagged, tmp_path / "c.pdf"))).pages)
    table = " ".join(text[text.index("Preguntas a revisar") :].split())
    assert "q1 r1" in table and table.count("q1 r1") == 2
    assert 'q1 r1 =HYPERLINK("http://x") 1.1 60 0,20 -0,41 discriminación negativa, distractor más' in table
    assert "discriminación negativa" in table and "distractor más elegido que la clave" in table
    assert table.index("discriminación negativa") < table.index("demasiado fácil")  # worst first
    assert "1.1 40 1,00 +0,00 discriminación casi nula, demasiado fácil" in table
    empty = dataclasses.replace(cohort, flagged=())
    text = "".join(p.extract_text() for p in PdfReader(str(render_cohort(empty, tmp_path / "e.pdf"))).pages)
    assert "Ninguna pregunta cumple aún los criterios de revisión" in text
    with pytest.raises(ReportError, match="Cannot write the report"):
        render_cohort(cohort, tmp_path / "missing" / "c.pdf")
    with pytest.raises(ReportError, match="Cannot write the report"):
        render_cohort(cohort, tmp_path)  # a folder, not a file
