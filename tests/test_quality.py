"""The bank's upkeep tools: authoring fields, the catalogue, unknown-field warnings and the editorial report."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from question_bank.quality import (
    absolute_words,
    build_report,
    key_too_short,
    keys_are_longest,
    landing_page,
    repeated_distractors,
    same_key_duplicates,
)
from question_bank.validator import validate
from simulator.content import ItemContent, Option

REPO = Path(__file__).resolve().parent.parent

SERVICES = """
services:
  - {id: bedrock, name: "Amazon Bedrock"}
  - id: clarify
    name: "Amazon SageMaker Clarify"
    status: closed-to-new-customers
    checked: 2026-11-27
    source: "https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-processing-job-data-format.html"
"""
CONCEPTS = """
exam: aif-c01
task: "4.1"
concepts:
  - {id: 4.1.bias-drift, source: deck, text: "Deriva del sesgo"}
  - {id: 4.1.balanced-data, source: guide, text: "Datos equilibrados"}
"""


def single(item_id: str, extra: str = "", key: str = "Uno", task: str = "4.1") -> str:
    return f"""
  - id: {item_id}
    task: "{task}"
    type: single
    stem: ¿Pregunta {item_id} sobre un caso?
    options:
      - {{text: {key}, correct: true, why: Porque sí.}}
      - {{text: Dos, why: No.}}
      - {{text: Tres, why: No.}}
      - {{text: Cuatro, why: No.}}
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-data-bias-reports.html"]
{textwrap.indent(textwrap.dedent(extra).strip(), "    ") if extra else ""}
"""


def bank(tmp_path: Path, items: str, *, catalogue: bool = True) -> Path:
    folder = tmp_path / "aif-c01"
    folder.mkdir(exist_ok=True)
    (folder / "blueprint.yaml").write_bytes((REPO / "question_bank" / "aif-c01" / "blueprint.yaml").read_bytes())
    if catalogue:
        (folder / "services.yaml").write_text(SERVICES)
        (folder / "concepts").mkdir(exist_ok=True)
        (folder / "concepts" / "4.1.yaml").write_text(CONCEPTS)
    (folder / "items.yaml").write_text("exam: aif-c01\nlanguage: es\nitems:\n" + items)
    return folder


def option_item(texts: list[tuple[str, bool]], kind: str = "single") -> ItemContent:
    options = tuple(Option(text, correct, "why") for text, correct in texts)
    return ItemContent("x", "4.1", kind, "stem", "expl", ("https://docs.aws.amazon.com/a/b/c/d.html",), options)  # type: ignore[arg-type]


# --- validator: authoring fields and warnings ---------------------------------------------------------------


def test_authoring_fields_are_read_and_catalogue_files_are_not_items(tmp_path: Path) -> None:
    extra = "verified: 2026-11-27\nkind: application\ncovers: [4.1.bias-drift, 'svc:clarify']"
    report = validate([bank(tmp_path, single("a-1", extra))])
    assert report.ok, report.errors
    exam = report.banks["aif-c01"]
    assert [i.id for i in exam.items] == ["a-1"]  # services.yaml and concepts/ hold no items
    meta = exam.meta["a-1"]
    assert (meta.verified, meta.kind) == (dt.date(2026, 11, 27), "application")
    assert meta.covers == ("4.1.bias-drift", "svc:clarify")
    assert set(exam.catalogue.concepts) == {"4.1.bias-drift", "4.1.balanced-data"}
    assert exam.catalogue.services["clarify"].status == "closed-to-new-customers"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("verified: ayer", "verified must be a date"),
        ("verified: 2026-13-01", "not a date"),
        ("kind: memoria", "kind must be application or recall"),
        ("covers: 4.1.bias-drift", "covers must be a list"),
        ("covers: [4.1.bias-drift, 4.1.bias-drift]", "covers names a concept twice"),
        ("covers: [4.1.no-such]", "covers an unknown concept '4.1.no-such'"),
        ("covers: ['svc:no-such']", "covers an unknown service 'svc:no-such'"),
    ],
)
def test_bad_authoring_fields_are_errors_with_a_line(tmp_path: Path, extra: str, message: str) -> None:
    errors = [str(e) for e in validate([bank(tmp_path, single("a-1", extra))]).errors]
    assert len(errors) == 1, errors
    assert message in errors[0]
    # A date that does not parse stops the YAML reader itself, before the item has a name.
    assert "items.yaml:16: " in errors[0]
    assert (": -: " if message == "not a date" else ": a-1: ") in errors[0]


def test_unknown_fields_are_warned_with_their_line_and_the_item_still_loads(tmp_path: Path) -> None:
    items = single("a-1", "dificulty: 2") + "\n".join(
        [
            "  - id: a-2",
            '    task: "4.1"',
            "    type: single",
            "    stem: ¿Otra?",
            "    options:",
            "      - {text: Uno, correct: true, why: Sí., corect: true}",
            "      - {text: Dos, why: No.}",
            "      - {text: Tres, why: No.}",
            "      - {text: Cuatro, why: No.}",
            "    explanation: E.",
            '    references: ["https://docs.aws.amazon.com/a/b/c.html"]',
            "",
        ]
    )
    report = validate([bank(tmp_path, items)])
    assert report.ok
    assert len(report.banks["aif-c01"].items) == 2
    warnings = [str(w) for w in report.warnings]
    assert len(warnings) == 2, warnings
    assert warnings[0].endswith(": a-1: unknown item field 'dificulty' (ignored; a typo?)")
    assert ":22: a-2: unknown option 1 field 'corect'" in warnings[1]


def test_bank_validate_prints_warnings_and_succeeds(tmp_path: Path) -> None:
    folder = bank(tmp_path, single("a-1", "dificulty: 2"))
    run = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "bank", "validate", str(folder)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert "warning: " in run.stderr and "unknown item field 'dificulty'" in run.stderr
    assert run.stdout.startswith("OK: 1 items")


@pytest.mark.parametrize(
    ("services", "message"),
    [
        ("services:\n  - {id: Bad_Id, name: X}\n", "service id must read 'lowercase-kebab-case'"),
        ("services:\n  - {id: x, name: X, status: retired}\n", "status must be one of"),
        ("services:\n  - {id: x, name: X, status: legacy, source: 'https://a.example/x'}\n", "needs 'checked"),
        ("services:\n  - {id: x, name: X, status: legacy, checked: 2026-01-01, source: 'ftp://x'}\n", "https 'source'"),
        ("services:\n  - {id: x, name: X}\n  - {id: x, name: Y}\n", "duplicate service id"),
        ("servicios: []\n", "a catalogue file holds a list 'services'"),
    ],
)
def test_catalogue_errors_name_file_and_line(tmp_path: Path, services: str, message: str) -> None:
    folder = bank(tmp_path, single("a-1"))
    (folder / "services.yaml").write_text(services)
    errors = [str(e) for e in validate([folder]).errors]
    assert any(message in e and "services.yaml:" in e for e in errors), errors


def test_concept_ids_must_belong_to_their_task(tmp_path: Path) -> None:
    folder = bank(tmp_path, single("a-1"))
    (folder / "concepts" / "4.1.yaml").write_text(CONCEPTS.replace("4.1.bias-drift", "5.1.bias-drift"))
    errors = [str(e) for e in validate([folder]).errors]
    assert any("concept id must read '4.1.<kebab-case>'" in e for e in errors), errors


# --- the report's measures, with exact values ---------------------------------------------------------------


def test_giveaway_lengths() -> None:
    wrong = [("cc", False), ("ddd", False), ("e", False)]
    assert keys_are_longest(option_item([("aaaa", True), ("bbbb", True), *wrong]))
    assert not keys_are_longest(option_item([("aaaa", True), ("bb", True), *wrong]))
    assert key_too_short(option_item([("IAM", True), ("x" * 7, False), ("y" * 8, False), ("z" * 9, False)]))
    assert not key_too_short(option_item([("IAM1", True), ("x" * 8, False), ("y" * 8, False), ("z" * 9, False)]))


def test_absolute_words_ignore_accents_and_case() -> None:
    assert absolute_words("Garantiza que NUNCA falle y elimina el riesgo por completo") == [
        "garantiza",
        "nunca",
        "por completo",
    ]
    assert absolute_words("Jamás, sin excepción, al 100 %") == ["jamas", "sin excepcion", "100 %"]
    assert absolute_words("Reduce el riesgo de forma notable") == []


def test_repeated_distractors_and_watched_phrases() -> None:
    items = [
        ItemContent(
            f"i{n}",
            "3.1",
            "single",
            "s",
            "e",
            ("u",),
            (
                Option("Clave", True, "w"),
                Option("Usar Amazon Polly", False, "w"),
                Option(f"Subir la temperatura a {n}", False, "w"),
                Option(f"Otra {n}", False, "w"),
            ),
        )
        for n in range(5)
    ]
    found = repeated_distractors(items[:4])
    assert found == {"usar amazon polly": ["i0", "i1", "i2", "i3"], "«subir la temperatura»": ["i0", "i1", "i2", "i3"]}
    assert repeated_distractors(items[:3]) == {}


def test_same_key_duplicates_need_the_same_key_and_alike_stems() -> None:
    def item(item_id: str, stem: str, key: str) -> ItemContent:
        opts = (Option(key, True, "w"), Option("b", False, "w"), Option("c", False, "w"), Option("d", False, "w"))
        return ItemContent(item_id, "5.1", "single", stem, "e", ("u",), opts)

    a = item("a", "Un banco guarda PII en Amazon S3 y quiere descubrirla", "Amazon Macie")
    b = item("b", "Un banco guarda PII en Amazon S3 y quiere encontrarla", "Amazon Macie")
    c = item("c", "Un hospital quiere cifrar las claves de sus modelos", "Amazon Macie")
    d = item("d", "Un banco guarda PII en Amazon S3 y quiere descubrirla", "AWS KMS")
    assert same_key_duplicates([a, b, c, d]) == [("a", "b", 0.818)]


@pytest.mark.parametrize(
    ("url", "landing"),
    [
        ("https://aws.amazon.com/bedrock/", True),
        ("https://aws.amazon.com/", True),
        ("https://docs.aws.amazon.com/bedrock/latest/userguide/", True),
        ("https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html", False),
        ("https://aws.amazon.com/blogs/security/securing-generative-ai-scoping-matrix/", False),
        ("https://aws.amazon.com/ai/responsible-ai/", False),
    ],
)
def test_landing_pages(url: str, landing: bool) -> None:
    assert landing_page(url) is landing


def test_report_figures_for_a_known_bank(tmp_path: Path) -> None:
    items = (
        single("a-1", "verified: 2026-11-27\nkind: application\ncovers: [4.1.bias-drift, 'svc:clarify']")
        + single("a-2", "verified: 2025-01-10\nkind: recall\ncovers: [4.1.bias-drift]", key="Clave nunca falla")
        + single("a-3", "kind: application")
    )
    report, quality = build_report([bank(tmp_path, items)], stale_before=dt.date(2026, 6, 1))
    assert report.ok, report.errors
    data = quality.as_dict()
    assert data["items"] == 3 and data["standalone"] == 3
    assert data["application_share"] == round(2 / 3, 3)
    assert data["absolute_words"] == {"keys": round(1 / 3, 3), "distractors": 0.0}
    assert data["per_task"]["4.1"]["concepts"] == {"4.1.bias-drift": 2, "4.1.balanced-data": 0}
    assert data["thin_concepts"] == {"4.1.balanced-data": 0}
    assert data["thin_services"] == {"svc:bedrock": 0, "svc:clarify": 1}
    assert data["deck_concepts"] == {"4.1.bias-drift": 2}
    assert data["unverified"] == ["a-3"]
    assert data["stale"] == [["a-2", "2025-01-10"]]
    assert data["keyed_on_flagged_services"] == [["a-1", "clarify", "closed-to-new-customers"]]
    assert data["landing_page_references"] == []


def test_quality_cli_lists_stale_items_and_fails_while_there_are_any(tmp_path: Path) -> None:
    folder = bank(tmp_path, single("a-1", "verified: 2025-01-10\nkind: recall\ncovers: [4.1.bias-drift]"))
    command = [sys.executable, "-m", "question_bank.quality", str(folder), "--json"]
    stale = subprocess.run([*command, "--stale-before", "2026-06-01"], capture_output=True, text=True, cwd=REPO)
    assert stale.returncode == 1
    assert json.loads(stale.stdout)["stale"] == [["a-1", "2025-01-10"]]
    fresh = subprocess.run([*command, "--stale-before", "2024-06-01"], capture_output=True, text=True, cwd=REPO)
    assert fresh.returncode == 0
    assert json.loads(fresh.stdout)["stale"] == []


def test_quality_text_report_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from question_bank.quality import main as quality_main

    items = single("a-1", "verified: 2025-01-10\nkind: recall\ncovers: [4.1.bias-drift]") + single(
        "a-2", "kind: application"
    )
    folder = bank(tmp_path, items)
    assert quality_main([str(folder), "--tasks", "4.1", "--stale-before", "2026-06-01"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("items: 2 (2 standalone)")
    assert "application items (authors' labels): 50% (target >= 70%)" in out
    assert "blind review: no current verdicts (0 changed since review, 2 never reviewed)" in out
    assert "  4.1: 2 items" in out and "<-- under 2" in out
    assert "stale (verified before the given date): 1" in out and "['a-1', '2025-01-10']" in out
    assert "items without 'verified': 1" in out
    assert quality_main([str(folder)]) == 0
    capsys.readouterr()
    assert quality_main([str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["items"] == 2
