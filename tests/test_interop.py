"""Interoperability: Moodle XML, GIFT, Aiken and CSV in (to a pack the normal import takes), Anki, Moodle XML and
GIFT out, results as formula-safe CSV, and hostile files that never reach a traceback."""

from __future__ import annotations

import csv
import functools
import io
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from defusedxml.ElementTree import fromstring

import main
from question_bank.importer import import_paths
from question_bank.interop.convert import (
    NO_FEEDBACK,
    ConvertOptions,
    PackFolderError,
    convert,
    detect,
    write_pack,
)
from question_bank.interop.export import anki_front, export_items, gift, gift_escape, moodle_xml
from question_bank.interop.text import tidy
from question_bank.validator import SHIPPED_ROOT, validate
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.content import ItemContent, Option
from simulator.errors import OutputError
from simulator.output_files import write_atomically
from simulator.results_out import attempt_csv, attempt_items, csv_text, flagged_items, history_csv, task_items
from simulator.review_tools import bank_index, csv_cell
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.db import Store
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_items, write_bank

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "interop"
HOSTILE = FIXTURES / "hostile"
REF = "https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html"
OPTIONS = ConvertOptions(references=(REF,), mapping=FIXTURES / "map.yaml")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        raise SystemExit(main.main(list(argv)))
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def by_stem(items: tuple[dict[str, object], ...], start: str) -> dict[str, object]:
    return next(item for item in items if str(item["stem"]).startswith(start))


# --- import: one realistic sample per format ---------------------------------------------------------------


def test_moodle_xml_every_type_feedback_and_categories() -> None:
    result = convert(FIXTURES / "moodle-aif.xml", OPTIONS)
    assert result.format == "moodle" and result.ready and not result.problems
    assert {t: dict(c) for t, c in result.counts().items()} == {
        "4.1": {"single": 1, "multiple": 1, "matching": 1, "ordering": 1},
        "5.1": {"single": 1},  # category "Seguridad", through the mapping file
    }
    single = by_stem(result.items, "Un banco entrena")
    assert single["stem"] == (
        "Un banco entrena un modelo de crédito y detecta que rechaza más solicitudes de un grupo demográfico.\n"
        "¿Qué herramienta de AWS mide ese sesgo antes del entrenamiento?"
    )
    options = single["options"]
    assert isinstance(options, list)
    assert options[0] == {
        "text": "Amazon SageMaker Clarify",
        "correct": True,
        "why": "Mide el sesgo en los datos y en las predicciones.",
    }
    assert options[3]["text"] == "AWS Config & reglas"  # entities decoded, once
    assert options[3]["why"] == "Evalúa la configuración de recursos, no datos <de> entrenamiento."
    assert str(single["explanation"]).startswith("SageMaker Clarify calcula")
    assert single["references"] == [REF]
    multiple = by_stem(result.items, "¿Qué dos prácticas")
    assert [o["correct"] for o in multiple["options"]] == [True, True, False, False, False]  # type: ignore[index]
    assert multiple["explanation"] == NO_FEEDBACK["es"]  # no general feedback: said, not invented
    matching = by_stem(result.items, "Empareja")
    assert [p["answer"] for p in matching["prompts"]] == ["r1", "r2", "r3"]  # type: ignore[index]
    assert [r["text"] for r in matching["responses"]][-1] == "Privacidad"  # type: ignore[index]
    ordering = by_stem(result.items, "Ordena")
    assert ordering["steps"] == [
        "Definir las métricas",
        "Preparar el conjunto de prompts",
        "Asignar evaluadores",
        "Analizar los resultados",
    ]
    assert any("no feedback" in note for note in result.notes)


def test_gift_sample_with_escapes_weights_and_matching() -> None:
    result = convert(FIXTURES / "gift-aif.gift", ConvertOptions(references=(REF,)))
    assert result.format == "gift" and result.ready, result.problems
    assert {t: dict(c) for t, c in result.counts().items()} == {
        "2.2": {"single": 1, "multiple": 1},
        "3.1": {"matching": 1, "single": 1},
    }
    special = by_stem(result.items, "¿Qué expresión")
    assert special["stem"] == '¿Qué expresión filtra una clave JSON {"a": 1} cuando el coste es ~0 y la regla dice a=b?'
    assert special["options"][1]["text"] == "La que usa almohadillas #"  # type: ignore[index]
    assert special["explanation"] == "Las barras invertidas escapan ~ = # { } y :."
    assert by_stem(result.items, "Empareja")["stem"] == "Empareja cada parámetro de inferencia con su efecto."
    multiple = by_stem(result.items, "¿Qué dos riesgos")
    assert multiple["type"] == "multiple"
    assert sum(o["correct"] for o in multiple["options"]) == 2  # type: ignore[union-attr]
    assert result.items[0]["id"] == "gift-aif-ventaja-de-los-modelos-fundacionales"


def test_aiken_needs_a_task_and_says_feedback_is_missing() -> None:
    no_task = convert(FIXTURES / "aiken-aif.txt", ConvertOptions(references=(REF,)))
    assert not no_task.ready and all("give --task" in p for p in no_task.problems) and len(no_task.problems) == 3
    result = convert(FIXTURES / "aiken-aif.txt", ConvertOptions(references=(REF,), task="1.2", language="en"))
    assert result.format == "aiken" and result.ready
    assert [i["options"][0]["correct"] for i in result.items] == [True, True, True]  # type: ignore[index]
    assert result.items[1]["options"][0] == {"text": "ROUGE", "correct": True, "why": NO_FEEDBACK["en"]}  # type: ignore[index]


def test_csv_layouts_comma_and_spanish_excel() -> None:
    result = convert(FIXTURES / "csv-aif.csv", ConvertOptions())
    assert result.format == "csv" and result.ready, result.problems
    assert [i["type"] for i in result.items] == ["single", "multiple", "ordering"]
    assert result.items[0]["id"] == "csv-aif-embeddings-busqueda"
    assert result.items[2]["references"] == [
        "https://docs.aws.amazon.com/bedrock/latest/userguide/kb-how-it-works.html"
    ]
    excel = convert(FIXTURES / "csv-excel-es.csv", ConvertOptions(references=(REF,)))
    assert excel.ready, excel.problems
    # A cell that a spreadsheet would run as a formula is only text here.
    assert excel.items[0]["stem"] == "=SUMA(1;2) ¿Qué servicio detecta texto tóxico?"
    assert excel.items[0]["task"] == "4.1"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("moodle-aif.xml", "moodle"),
        ("gift-aif.gift", "gift"),
        ("aiken-aif.txt", "aiken"),
        ("csv-aif.csv", "csv"),
        ("csv-excel-es.csv", "csv"),
    ],
)
def test_format_comes_from_the_content_not_the_suffix(name: str, expected: str, tmp_path: Path) -> None:
    data = (FIXTURES / name).read_bytes()
    assert detect(data, ".txt") == expected and detect(data, ".xml" if expected != "moodle" else ".csv") == expected
    renamed = tmp_path / "preguntas.dat"
    renamed.write_bytes(data)
    assert convert(renamed, ConvertOptions(references=(REF,), task="1.1")).format == expected


# --- what cannot be mapped ---------------------------------------------------------------------------------


def test_moodle_unmappable_questions_are_reported_with_lines_and_nothing_is_partial(tmp_path: Path) -> None:
    result = convert(FIXTURES / "moodle-mixed.xml", ConvertOptions(references=(REF,)))
    assert not result.ready
    reported = "\n".join(result.problems)
    for line, what in [
        (10, "'true/false' has no Simulacro counterpart"),
        (16, "'short answer' has no Simulacro counterpart"),
        (21, "holds an image"),
        (32, "holds a formula"),
        (41, "exactly 4 options, 1 right; this one has 3"),
        (54, "partial credit"),
    ]:
        assert f"moodle-mixed.xml:{line}: " in reported and what in reported
    assert "Instrucciones" not in reported  # a description is not a question
    with pytest.raises(PackFolderError):
        write_pack(result, OPTIONS, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()
    skipping = convert(FIXTURES / "moodle-mixed.xml", ConvertOptions(references=(REF,), skip=True))
    assert skipping.ready and len(skipping.items) == 2 and skipping.problems == result.problems
    for item in skipping.items:  # the questions that are in are whole
        assert len(item["options"]) == 4  # type: ignore[arg-type]


def test_gift_unmappable_types() -> None:
    result = convert(FIXTURES / "gift-mixed.gift", ConvertOptions(references=(REF,)))
    reported = "\n".join(result.problems)
    for what in ("true/false", "short answer", "numerical", "essay", "missing word", "formula"):
        assert what in reported
    assert len(result.items) == 1 and not result.ready


def test_references_are_never_invented(tmp_path: Path) -> None:
    result = convert(FIXTURES / "moodle-aif.xml", ConvertOptions(mapping=FIXTURES / "map.yaml"))
    assert not result.ready and len(result.problems) == 5
    assert all("missing field 'references': give --reference URL" in p for p in result.problems)
    plain_http = convert(FIXTURES / "aiken-aif.txt", ConvertOptions(task="1.1", references=("http://example.com",)))
    assert not plain_http.ready and "must start with https://" in plain_http.problems[0]
    script = convert(FIXTURES / "aiken-aif.txt", ConvertOptions(task="1.1", references=("javascript:alert(1)",)))
    assert not script.ready


def test_mapping_and_task_errors_are_clear(tmp_path: Path) -> None:
    bad_map = tmp_path / "map.yaml"
    bad_map.write_text('Seguridad: "9.9"\n', encoding="utf-8")
    result = convert(FIXTURES / "moodle-aif.xml", ConvertOptions(references=(REF,), mapping=bad_map))
    assert not result.ready and "unknown task statement '9.9'" in result.problems[0]
    bad_map.write_text("a: &x [1, 2]\nb: *x\n", encoding="utf-8")  # aliases: refused before anything is built
    result = convert(FIXTURES / "moodle-aif.xml", ConvertOptions(references=(REF,), mapping=bad_map))
    assert "anchors and aliases" in result.problems[0]
    unknown = convert(FIXTURES / "aiken-aif.txt", ConvertOptions(references=(REF,), task="7.7"))
    assert not unknown.ready and "--task 7.7 is not a task statement" in unknown.problems[0]
    no_category = convert(FIXTURES / "moodle-aif.xml", ConvertOptions(references=(REF,)))
    assert any("category '$course$/top/Seguridad'" in p for p in no_category.problems)


# --- the pack: written whole, accepted by validate and import, removable ----------------------------------


def test_cli_convert_validate_import_and_remove(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pack = tmp_path / "curso-moodle"
    args = ["bank", "convert", str(FIXTURES / "moodle-aif.xml"), "-o", str(pack), "--reference", REF]
    code, out, err = run(capsys, *args, "--map", str(FIXTURES / "map.yaml"))
    assert code == 0, err
    assert "moodle: 5 questions convert" in out and "4.1: 1 single, 1 multiple, 1 matching, 1 ordering" in out
    assert sorted(p.name for p in pack.iterdir()) == ["items.yaml"]
    code, out, err = run(capsys, "bank", "validate", str(pack))
    assert code == 0 and "OK: 5 items" in out, err
    code, out, err = run(capsys, "bank", "import", str(pack))
    assert code == 0 and "5 added" in out, err
    code, out, _ = run(capsys, "bank", "packs")
    assert out.startswith("curso-moodle\taif-c01\t5 items")
    # Converting again gives the same ids: a re-import revises nothing and adds nothing.
    code, _, _ = run(capsys, *args, "--map", str(FIXTURES / "map.yaml"))
    code, out, _ = run(capsys, "bank", "import", str(pack))
    assert code == 0 and "0 added, 0 revised, 5 unchanged" in out
    code, out, _ = run(capsys, "bank", "remove", "curso-moodle")
    assert code == 0 and "5 items" in out


def test_cli_convert_refuses_partial_and_foreign_folders(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "bank", "convert", str(FIXTURES / "moodle-mixed.xml"), "-o", str(tmp_path / "p"))
    assert code == 1 and "nothing was written" in err and "--skip" in err and not (tmp_path / "p").exists()
    assert "moodle-mixed.xml:21: (Con imagen) holds an image" in err
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    args = ["bank", "convert", str(FIXTURES / "csv-aif.csv"), "-o", str(busy)]
    code, _, err = run(capsys, *args)
    assert code == 1 and "holds other files" in err and (busy / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_the_csv_example_in_format_md_converts(tmp_path: Path) -> None:
    text = (SHIPPED_ROOT / "FORMAT.md").read_text(encoding="utf-8")
    example = text.split("```csv\n", 1)[1].split("```", 1)[0]
    source = tmp_path / "hoja.csv"
    source.write_text(example, encoding="utf-8")
    result = convert(source, ConvertOptions())
    assert result.ready and result.items[0]["id"] == "hoja-embeddings", result.problems


def test_every_converted_sample_validates(tmp_path: Path) -> None:
    samples = [
        ("moodle-aif.xml", OPTIONS),
        ("gift-aif.gift", ConvertOptions(references=(REF,))),
        ("aiken-aif.txt", ConvertOptions(references=(REF,), task="1.1")),
        ("csv-aif.csv", ConvertOptions()),
        ("csv-excel-es.csv", ConvertOptions(references=(REF,))),
        ("hostile/aiken-mixed-line-endings.txt", ConvertOptions(references=(REF,), task="1.1")),
    ]
    for name, options in samples:
        folder = tmp_path / Path(name).stem
        write_pack(convert(FIXTURES / name, options), options, folder)
        report = validate([folder])
        assert report.ok and report.item_count >= 1, (name, report.errors)


# --- hostile files -----------------------------------------------------------------------------------------


def _hostile() -> list[Path]:
    return sorted(p for p in HOSTILE.iterdir() if p.name != "aiken-mixed-line-endings.txt")


@pytest.mark.parametrize("path", _hostile(), ids=lambda p: p.name)
def test_hostile_files_are_refused_with_a_line(path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    options = ConvertOptions(references=(REF,), task="1.1")
    result = convert(path, options)
    if path.name == "gift-bidi-controls.gift":
        assert result.ready and all("\u202e" not in str(v) for i in result.items for v in i.values())
        return
    assert not result.ready and result.problems
    assert all(p.startswith(str(path)) for p in result.problems)
    code, _, err = run(capsys, "bank", "convert", str(path), "-o", str(tmp_path / "p"), "--task", "1.1")
    assert code == 1 and "Traceback" not in err and not (tmp_path / "p").exists()


def test_xml_entities_and_dtds_are_never_expanded() -> None:
    for name in ("xml-billion-laughs.xml", "xml-external-entity.xml", "xml-external-dtd.xml"):
        result = convert(HOSTILE / name, OPTIONS)
        assert "DTDs and entities are never read or expanded" in result.problems[0]
        assert "root:" not in "".join(result.problems)  # /etc/passwd was never read


def test_huge_files_are_refused_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.gift"
    block = "::q::¿Pregunta?{=a ~b ~c ~d}\n\n" * 1000
    with huge.open("w", encoding="utf-8") as handle:
        while handle.tell() < 9 * 1024 * 1024:
            handle.write(block)
    result = convert(huge, OPTIONS)
    assert not result.ready and "larger than 8 MB" in result.problems[0]
    many = tmp_path / "many.txt"
    many.write_text("¿P?\nA. a\nB. b\nC. c\nD. d\nANSWER: A\n\n" * 5001, encoding="utf-8")
    assert "split the file" in convert(many, ConvertOptions(references=(REF,), task="1.1")).problems[0]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.xml"
        os.mkfifo(fifo)
        code, _, err = run(capsys, "bank", "convert", str(fifo), "-o", str(tmp_path / "p"))
        assert code == 1 and "not a regular file" in err


# --- export ------------------------------------------------------------------------------------------------


@functools.cache
def _shipped_bank() -> tuple[ItemContent, ...]:
    return tuple(validate([SHIPPED_ROOT / "aif-c01"]).banks["aif-c01"].items)


def _shipped_items() -> list[ItemContent]:
    items = _shipped_bank()
    chosen: list[ItemContent] = []
    for kind in ("single", "multiple", "matching", "ordering"):
        chosen += [i for i in items if i.type == kind][:3]
    chosen += [i for i in items if i.case_study][:1]
    return list({i.id: i for i in chosen}.values())


HOSTILE_ITEM = ItemContent(
    id="hostil-1",
    task="4.1",
    type="single",
    stem='<script>alert(1)</script> {llaves} ~tilde =igual #almohadilla dos:puntos \\barra "comillas" & <b>',
    explanation="Línea uno\nLínea dos con <i>etiquetas</i> y ::título::",
    references=("https://docs.aws.amazon.com/a?b=1&c=2",),
    options=(
        Option('=HYPERLINK("http://x")', True, "#feedback ####no general"),
        Option("-> flecha", False, "~ ="),
        Option("{}", False, "\\n no es salto"),
        Option("Texto normal", False, "Bien."),
    ),
)


def _round_trip(tmp_path: Path, target: str, items: list[ItemContent]) -> dict[str, dict[str, object]]:
    path = tmp_path / f"out.{target}"
    export_items(items, "aif-c01", target, path)
    back = convert(path, ConvertOptions(references=(REF,), format=None))
    assert back.ready, back.problems
    return {str(i["stem"]): i for i in back.items}


@pytest.mark.parametrize("target", ["moodle", "gift"])
def test_export_then_import_round_trips(target: str, tmp_path: Path) -> None:
    # The whole shipped bank (every type, case-study scenarios, quotes, ampersands) and a hostile item.
    items = [*_shipped_bank(), HOSTILE_ITEM]
    if target == "gift":  # GIFT has no ordering, and no answer that no prompt takes
        items = [
            i for i in items if i.type != "ordering" and {r.key for r in i.responses} <= {p.answer for p in i.prompts}
        ]
    back = _round_trip(tmp_path, target, items)
    assert len(back) == len(items)
    for item in items:
        stem = f"{item.scenario}\n\n{item.stem}" if item.scenario else item.stem
        got = back[tidy(stem)]
        assert got["task"] == item.task and got["type"] == item.type
        assert got["explanation"] == tidy(item.explanation)
        if item.options:
            assert [(o["text"], o["correct"], o["why"]) for o in got["options"]] == [  # type: ignore[attr-defined]
                (tidy(o.text), o.correct, tidy(o.why)) for o in item.options
            ]
        if item.prompts:
            texts = {r["key"]: r["text"] for r in got["responses"]}  # type: ignore[attr-defined]
            original = {r.key: r.text for r in item.responses}
            assert [(p["text"], texts[p["answer"]]) for p in got["prompts"]] == [  # type: ignore[attr-defined]
                (p.text, original[p.answer]) for p in item.prompts
            ]
        if item.steps:
            assert got["steps"] == [s.text for s in item.steps]


def test_export_escaping_per_target() -> None:
    xml = moodle_xml([HOSTILE_ITEM], "aif-c01")
    root = fromstring(xml)  # well-formed, and nothing in it is markup of ours
    question = root.findall("question")[1]
    assert question.findtext("questiontext/text", "").startswith("&lt;script&gt;alert(1)&lt;/script&gt;")
    text, left_out = gift([HOSTILE_ITEM], "aif-c01")
    assert not left_out and "<script>" not in text and "\\{llaves\\}" in text and "\\~tilde \\=igual" in text
    assert gift_escape("a:b\\c") == "a\\:b\\\\c"
    assert "<script>" not in anki_front(HOSTILE_ITEM) and "&lt;script&gt;" in anki_front(HOSTILE_ITEM)


def _notes(apkg: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(apkg) as archive:
        data = archive.read("collection.anki2")
    copy = apkg.with_suffix(".anki2")
    copy.write_bytes(data)
    connection = sqlite3.connect(copy)
    try:
        return sorted(connection.execute("SELECT guid, tags, flds FROM notes").fetchall())
    finally:
        connection.close()


def test_anki_deck_fields_tags_and_stable_note_ids(tmp_path: Path) -> None:
    items = _shipped_items()
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_items(items, "aif-c01", "anki", first)
    export_items(list(reversed(items)), "aif-c01", "anki", second)
    notes = _notes(first)
    assert len(notes) == len(items)
    assert [n[0] for n in notes] == [n[0] for n in _notes(second)]  # same guids: Anki updates, never duplicates
    single = next(i for i in items if i.type == "single")
    note = next(n for n in notes if single.id in n[2])
    front, back = note[2].split("\x1f")
    assert single.options[0].text.replace("&", "&amp;").split("<")[0][:20] in front
    key = next(o for o in single.options if o.correct)
    assert key.why.replace("&", "&amp;")[:20] in back and single.explanation.replace("&", "&amp;")[:20] in back
    assert note[1].strip() == f"aif-c01::{single.task}"


def test_outputs_refuse_links_pipes_and_folders(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.gift"
    link.symlink_to(real)
    with pytest.raises(OutputError, match="symbolic link"):
        export_items([HOSTILE_ITEM], "aif-c01", "gift", link)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.xml"
        os.mkfifo(fifo)
        with pytest.raises(OutputError, match="not a regular file"):
            export_items([HOSTILE_ITEM], "aif-c01", "moodle", fifo)
    assert real.read_text(encoding="utf-8") == "keep"
    with pytest.raises(OutputError, match="is a folder"):
        export_items([HOSTILE_ITEM], "aif-c01", "anki", tmp_path)
    with pytest.raises(OutputError, match="does not exist"):
        export_items([HOSTILE_ITEM], "aif-c01", "gift", tmp_path / "no" / "such.gift")
    target = tmp_path / "out.xml"
    export_items([HOSTILE_ITEM], "aif-c01", "moodle", target)
    write_atomically(target, lambda handle: handle.write(b"two"), what="x", extension=".xml")
    assert target.read_bytes() == b"two" and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# --- results out -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_cells_are_made_text(start: str) -> None:
    assert csv_cell(f"{start}1+1") == f"'{start}1+1"
    assert csv_cell("normal") == "normal" and csv_cell(12) == "12" and csv_cell(None) == ""
    rows = list(csv.reader(io.StringIO(csv_text(["a"], [[f"{start}SUM(A1)"]]))))
    assert rows[1] == [f"'{start}SUM(A1)"]


def _sit(store: Store) -> ExamSession:
    clock = FakeClock()
    session = ExamSession.start(store, plan_full(bank_index(store, "aif-c01"), FullSpec(), 7), clock)
    session.answer(0, key_of(session.content(0)))
    session.set_flag(1, True)
    clock.advance(30)
    session.submit()
    return session


def test_history_and_attempt_csv(synthetic_store: Store) -> None:
    session = _sit(synthetic_store)
    rows = list(csv.DictReader(io.StringIO(history_csv(synthetic_store))))
    assert len(rows) == 1 and rows[0]["status"] == "submitted" and rows[0]["scored_total"] == "50"
    items = list(csv.DictReader(io.StringIO(attempt_csv(synthetic_store, session.attempt_id))))
    assert len(items) == 65 and list(items[0]) == [
        "position",
        "item",
        "task",
        "type",
        "scored",
        "answer",
        "key",
        "right",
        "time_s",
        "flagged",
    ]
    assert items[0]["answer"] == items[0]["key"] != "" and items[0]["right"] == "yes"
    assert items[2]["answer"] == "" and items[2]["right"] == "no" and items[1]["flagged"] == "yes"
    exam, missed = attempt_items(synthetic_store, session.attempt_id, missed=True)
    assert exam == "aif-c01" and len(missed) == sum(1 for row in items if row["right"] == "no")
    assert [i.id for i in flagged_items(synthetic_store, "aif-c01")] == [items[1]["item"]]


def test_export_and_csv_commands(
    capsys: pytest.CaptureFixture[str],
    synthetic_store: Store,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = tmp_path / "bank"  # the same synthetic bank on disk, so start-up sync keeps the items as they are
    write_bank(root, BLUEPRINT_PATH, list(synthetic_items(shipped_blueprint(), 12)))
    monkeypatch.setenv("SIMULACRO_BANK_DIR", str(root))
    session = _sit(synthetic_store)
    db = ["--db", db_url]
    attempt = str(session.attempt_id)
    code, out, err = run(
        capsys, *db, "export", "gift", "--attempt", attempt, "--missed", "-o", str(tmp_path / "m.gift")
    )
    assert code == 0 and "Exported" in out, err
    code, out, err = run(capsys, *db, "export", "anki", "--flagged", "-o", str(tmp_path / "f.apkg"))
    assert code == 0 and "Exported 1 item(s)" in out, err
    code, out, err = run(capsys, *db, "export", "moodle", "--tasks", "4.1,5", "-o", str(tmp_path / "t.xml"))
    assert code == 0 and fromstring((tmp_path / "t.xml").read_bytes()).tag == "quiz", err
    code, _, err = run(capsys, *db, "export", "moodle", "--flagged", "--missed", "-o", str(tmp_path / "x.xml"))
    assert code == 2 and "--missed goes with --attempt" in err
    code, out, _ = run(capsys, *db, "history", "--csv")
    assert code == 0 and out.startswith("attempt,exam,mode")
    code, _, err = run(capsys, *db, "history", "--csv", "--attempt", attempt, "-o", str(tmp_path / "a.csv"))
    assert code == 0 and (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfposition,item")


@pytest.mark.parametrize(
    ("argv", "code", "needle"),
    [
        (["export", "anki", "--attempt", "999", "-o", "{tmp}/x.apkg"], 1, "no attempt with id 999"),
        (["export", "gift", "--tasks", "9.9", "-o", "{tmp}/x.gift"], 2, "unknown task statement"),
        (["export", "moodle", "--tasks", "4.1", "-o", "/dev/null"], 1, "not a regular file"),
        (["export", "moodle", "--tasks", "4.1", "-o", "{tmp}"], 1, "is a folder"),
        (["export", "moodle", "--tasks", "4.1", "-o", "{tmp}/no/such.xml"], 1, "does not exist"),
        (["export", "moodle", "--flagged", "-o", "{tmp}/f.xml"], 1, "Nothing to export"),
        (["export", "pdf", "--flagged", "-o", "{tmp}/f.pdf"], 2, "invalid choice"),
        (["export", "anki", "-o", "{tmp}/f.apkg"], 2, "one of the arguments"),
        (["history", "--csv", "--attempt", "999"], 1, "no attempt with id 999"),
        (["history", "--attempt", "3"], 2, "go with --csv"),
        (["export", "gift", "--flagged", "-o", "{tmp}/a\nb.gift"], 2, "control characters"),
        (["bank", "convert", "{tmp}/missing.xml", "-o", "{tmp}/p"], 1, "not a regular file"),
        (["bank", "convert", str(FIXTURES / "csv-aif.csv"), "-o", "{tmp}/file.txt"], 1, "is not a folder"),
        (["bank", "convert", str(FIXTURES / "aiken-aif.txt"), "-o", "{tmp}/p", "--reference", "ftp://x"], 1, "https"),
        (["bank", "convert", str(FIXTURES / "aiken-aif.txt"), "-o", "{tmp}/p", "--map", "{tmp}"], 1, "not a regular"),
        (["bank", "convert", str(FIXTURES / "aiken-aif.txt"), "-o", "{tmp}/p", "--format", "docx"], 2, "invalid"),
    ],
)
def test_interop_cli_abuse(
    argv: list[str], code: int, needle: str, capsys: pytest.CaptureFixture[str], shipped_store: Store, tmp_path: Path
) -> None:
    (tmp_path / "file.txt").write_text("mine", encoding="utf-8")
    got, out, err = run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert "Traceback" not in err and got == code and needle in out + err, (got, err)
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("moodle-aif.xml", OPTIONS),
        ("gift-aif.gift", ConvertOptions(references=(REF,))),
        ("aiken-aif.txt", ConvertOptions(references=(REF,), task="1.1")),
        ("csv-aif.csv", ConvertOptions()),
    ],
)
def test_each_format_round_trips_through_the_database_and_back_out(
    name: str, options: ConvertOptions, shipped_store: Store, tmp_path: Path
) -> None:
    converted = convert(FIXTURES / name, options)
    folder = tmp_path / "pack"
    write_pack(converted, options, folder)
    outcome = import_paths(shipped_store, [folder], name="muestra")
    assert outcome.ok and outcome.counts["aif-c01"].added == len(converted.items), outcome.errors
    tasks = sorted({str(i["task"]) for i in converted.items})
    wanted = {str(i["id"]) for i in converted.items}
    stored = {i.id: i for i in task_items(shipped_store, "aif-c01", tasks) if i.id in wanted}
    assert set(stored) == wanted
    for item in converted.items:
        content = stored[str(item["id"])]
        assert (content.stem, content.type, content.task) == (item["stem"], item["type"], item["task"])
        assert [o.text for o in content.options] == [o["text"] for o in item.get("options", [])]  # type: ignore[attr-defined]
    # And out again: Moodle XML carries every type; converting it back gives the same questions.
    exported = tmp_path / "out.xml"
    export_items(list(stored.values()), "aif-c01", "moodle", exported)
    again = convert(exported, ConvertOptions(references=(REF,)))
    assert again.ready and sorted(str(i["stem"]) for i in again.items) == sorted(
        str(i["stem"]) for i in converted.items
    )
