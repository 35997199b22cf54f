"""The authoring contract: every fault is reported as path:line: id: message, never as a traceback."""

from __future__ import annotations

import gc
import os
import re
import textwrap
from pathlib import Path

import pytest

from question_bank.validator import validate
from question_bank.yaml_lines import YamlProblem, load_text

REPO = Path(__file__).resolve().parent.parent

GOOD_SINGLE = """
  - id: {id}
    task: "4.1"
    type: single
    stem: ¿Pregunta?
    options:
      - {{text: Uno, correct: true, why: Porque sí.}}
      - {{text: Dos, why: No.}}
      - {{text: Tres, why: No.}}
      - {{text: Cuatro, why: No.}}
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
"""


def write(tmp_path: Path, body: str, name: str = "items.yaml") -> Path:
    folder = tmp_path / "aif-c01"
    folder.mkdir(exist_ok=True)
    blueprint = REPO / "question_bank" / "aif-c01" / "blueprint.yaml"
    (folder / "blueprint.yaml").write_bytes(blueprint.read_bytes())
    path = folder / name
    path.write_text(
        "exam: aif-c01\nlanguage: es\nitems:\n" + textwrap.dedent(body).strip("\n").replace("\n", "\n") + "\n"
    )
    return path


def errors_for(path: Path) -> list[str]:
    return [str(e) for e in validate([path]).errors]


def test_line_numbers_are_recorded() -> None:
    data = load_text("a: 1\nb:\n  - x\n  - {c: 2}\n")
    assert data.line_of("b") == 2
    assert data["b"].line_of(1) == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &x 1\nb: *x\n", "anchors and aliases"),
        ("a: 1\na: 2\n", "appears twice"),
        ("a: [1, 2\n", "not valid YAML"),
        ("a: !!python/object:os.system x\n", "tags such as"),
    ],
)
def test_yaml_faults_are_problems_with_lines(text: str, message: str) -> None:
    with pytest.raises(YamlProblem, match=message):
        load_text(text)


def test_good_single_item_validates(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE.format(id="uno"))
    report = validate([path])
    assert report.ok, report.errors
    assert report.item_count == 1


def test_format_doc_example_validates(tmp_path: Path) -> None:
    text = (REPO / "question_bank" / "FORMAT.md").read_text("utf-8")
    example = re.search(r"```yaml\n(exam: aif-c01.*?)```", text, re.S)
    assert example is not None
    folder = tmp_path / "ex"
    folder.mkdir()
    path = folder / "example.yaml"
    path.write_text(example.group(1), "utf-8")
    report = validate([path])
    assert report.ok, report.errors
    assert {i.type for i in report.banks["aif-c01"].items} == {"single", "multiple", "matching", "ordering"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GOOD_SINGLE.format(id="a") + GOOD_SINGLE.format(id="a"), r":16: a: duplicate id \(first used at .*:4\)"),
        (GOOD_SINGLE.format(id="b").replace("type: single", "type: essay"), ":6: b: unknown type 'essay'"),
        (GOOD_SINGLE.format(id="c").replace('"4.1"', '"9.9"'), ":5: c: unknown task statement '9.9'"),
        (GOOD_SINGLE.format(id="d").replace("    stem: ¿Pregunta?\n", ""), ":4: d: missing field 'stem'"),
        (GOOD_SINGLE.format(id="e").replace("correct: true, ", ""), "e: a single item has exactly 1 correct option"),
        (GOOD_SINGLE.format(id="f").replace("      - {text: Cuatro, why: No.}\n", ""), "exactly 4 options, found 3"),
        (GOOD_SINGLE.format(id="g").replace("why: Porque sí.", "why: ''"), "g: 'why' must be non-empty text"),
        (GOOD_SINGLE.format(id="h").replace('["https://docs.aws.amazon.com/x"]', "[ftp://x]"), "is not an http"),
        (GOOD_SINGLE.format(id="Mal Id"), "id must be lowercase"),
    ],
)
def test_item_errors_name_file_line_and_item(tmp_path: Path, body: str, expected: str) -> None:
    path = write(tmp_path, body)
    found = errors_for(path)
    assert any(re.search(expected, e) for e in found), found
    assert all(e.startswith(str(path) + ":") for e in found)


def test_multiple_matching_ordering_rules(tmp_path: Path) -> None:
    body = """
      - id: m1
        task: "5.1"
        type: multiple
        stem: ¿Cuáles?
        options:
          - {text: A, correct: true, why: x}
          - {text: B, why: x}
          - {text: C, why: x}
          - {text: D, why: x}
        explanation: e
        references: ["https://a.b"]
      - id: x1
        task: "5.2"
        type: matching
        stem: Empareja
        prompts:
          - {text: P1, answer: ct}
          - {text: P2, answer: zz}
        responses:
          - {key: ct, text: CloudTrail}
          - {key: cw, text: CloudWatch}
        explanation: e
        references: ["https://a.b"]
      - id: o1
        task: "1.3"
        type: ordering
        stem: Ordena
        steps: [uno, dos]
        options: []
        explanation: e
        references: ["https://a.b"]
    """
    found = errors_for(write(tmp_path, body))
    joined = "\n".join(found)
    assert "m1: a multiple item has at least 5 options, found 4" in joined
    assert "m1: a multiple item has at least 2 correct options, found 1" in joined
    assert "x1: a matching item has 3 to 7 prompts, found 2" in joined
    assert "x1: prompt 2: undefined response key 'zz'" in joined
    assert "o1: an ordering item has 3 to 5 steps, found 2" in joined
    assert "o1: field 'options' does not belong to a ordering item" in joined


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"exam: aif-c01\nlanguage: es\nitems:\n  - id: \xff\xfe\n", ":4: -: not UTF-8"),
        (b"exam: aif-c01\n\x00\x01", ":2: -: binary data"),
        (b"- just\n- a list\n", ":1: -: a bank file is a mapping"),
        (b"exam: other\nlanguage: es\nitems: []\n", "no blueprint.yaml found for exam 'other'"),
        (b"exam: aif-c01\nlanguage: fr\nitems: []\nextra: 1\n", "unknown top-level field 'extra'"),
    ],
)
def test_file_level_faults(tmp_path: Path, data: bytes, expected: str) -> None:
    path = write(tmp_path, "")
    path.write_bytes(data)
    found = errors_for(path)
    assert any(expected in e for e in found), found


def test_every_error_is_collected_not_just_the_first(tmp_path: Path) -> None:
    body = GOOD_SINGLE.format(id="a").replace("type: single", "type: x") + GOOD_SINGLE.format(id="b").replace(
        '"4.1"', '"7.7"'
    )
    found = errors_for(write(tmp_path, body))
    assert len(found) >= 2


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    (error,) = validate([missing]).errors
    assert (str(error), error.code) == (f"{missing}:0: -: no such file or folder", "no_such_path")


def test_values_in_messages_are_shown_safely() -> None:
    import datetime as dt

    from question_bank.validator import _show

    shown = [_show(v) for v in ("s-1", {"a": 1}, [1], None, True, 3, 12.5, dt.date(2026, 1, 2))]
    assert shown == ["'s-1'", "a mapping", "a list", "None", "True", "3", "12.5", "a date value"]


def test_bank_content_hash_covers_every_file_and_its_name(tmp_path: Path) -> None:
    import hashlib

    from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_items, write_bank

    folder = write_bank(tmp_path / "b", BLUEPRINT_PATH, list(synthetic_items(shipped_blueprint(), 1)), per_file=7)
    report = validate([folder])
    assert report.ok, report.errors
    bank = report.banks["aif-c01"]
    files = sorted({bank.blueprint_path, *bank.files})
    assert len(files) >= 3
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    assert bank.content_hash() == digest.hexdigest()


def case_study_file(tmp_path: Path, name: str, case_id: str, fields: str, item_prefix: str = "") -> Path:
    """A bank file holding one case study of two valid single items; `fields` are its lines before `items:`."""
    folder = tmp_path / "aif-c01"
    folder.mkdir(exist_ok=True)
    (folder / "blueprint.yaml").write_bytes((REPO / "question_bank" / "aif-c01" / "blueprint.yaml").read_bytes())
    prefix = item_prefix or case_id
    items = GOOD_SINGLE.format(id=f"{prefix}-a") + GOOD_SINGLE.format(id=f"{prefix}-b")
    body = textwrap.indent(items.strip("\n"), "    ")
    path = folder / name
    text = f"exam: aif-c01\nlanguage: es\nitems: []\ncase_studies:\n  - id: {case_id}\n{fields}    items:\n{body}\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_case_study_fields_title_fallback_and_unknown_field(tmp_path: Path) -> None:
    typo = case_study_file(tmp_path, "a.yaml", "cs-uno", "    escenario: Una clínica.\n")
    report = validate([typo])
    assert [str(e) for e in report.errors] == [f"{typo}:5: cs-uno: missing field 'scenario'"]
    assert [str(w) for w in report.warnings] == [
        f"{typo}:6: cs-uno: unknown case study field 'escenario' (ignored; a typo?)"
    ]
    untitled = case_study_file(tmp_path, "b.yaml", "cs-dos", "    scenario: Una clínica.\n")
    titled = case_study_file(tmp_path, "c.yaml", "cs-tres", '    title: "Clínica"\n    scenario: Otra clínica.\n')
    report = validate([untitled, titled])
    assert report.errors == [] and report.warnings == []
    cases = [(c.id, c.exam, c.title, c.scenario, c.item_ids) for b in report.banks.values() for c in b.case_studies]
    assert cases == [
        ("cs-dos", "aif-c01", "cs-dos", "Una clínica.", ("cs-dos-a", "cs-dos-b")),  # no title: the id stands in
        ("cs-tres", "aif-c01", "Clínica", "Otra clínica.", ("cs-tres-a", "cs-tres-b")),
    ]


def test_a_case_study_id_used_twice_is_named_with_its_first_place(tmp_path: Path) -> None:
    first = case_study_file(tmp_path, "a.yaml", "cs-uno", "    scenario: Una clínica.\n")
    second = case_study_file(tmp_path, "b.yaml", "cs-uno", "    scenario: Otra clínica.\n", item_prefix="cs-otro")
    report = validate([first, second])
    assert [str(e) for e in report.errors] == [f"{second}:5: cs-uno: duplicate id (first used at {first}:5)"]
    assert [c.scenario for b in report.banks.values() for c in b.case_studies] == ["Una clínica."]


MATCHING_AND_ORDERING = """
  - id: m-uno
    task: "5.2"
    type: matching
    stem: Empareja cada dato con el servicio que lo guarda.
    prompts:
      - {text: Llamadas a la API, answer: ct, why: Son eventos de API.}
      - {text: Métricas de invocación, answer: cw}
      - {text: Registros de entrenamiento, answer: cw, why: Los registros van a CloudWatch Logs.}
    responses:
      - {key: ct, text: AWS CloudTrail}
      - {key: cw, text: Amazon CloudWatch}
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
  - id: o-uno
    task: "1.3"
    type: ordering
    stem: ¿En qué orden?
    steps:
      - Recoger datos
      - {text: Entrenar, why: Con los datos ya preparados.}
      - {text: Evaluar}
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
"""


def test_matching_and_ordering_parts_are_read_exactly(tmp_path: Path) -> None:
    from simulator.content import Prompt, Response, Step

    report = validate([write(tmp_path, MATCHING_AND_ORDERING)])
    assert report.errors == [] and report.warnings == []
    matching, ordering = report.banks["aif-c01"].items
    assert matching.prompts == (
        Prompt("Llamadas a la API", "ct", "Son eventos de API."),
        Prompt("Métricas de invocación", "cw", ""),
        Prompt("Registros de entrenamiento", "cw", "Los registros van a CloudWatch Logs."),
    )
    assert matching.responses == (Response("ct", "AWS CloudTrail"), Response("cw", "Amazon CloudWatch"))
    assert ordering.steps == (Step("Recoger datos"), Step("Entrenar", "Con los datos ya preparados."), Step("Evaluar"))


BROKEN_PARTS = """
  - id: m-roto
    task: "5.2"
    type: matching
    stem: Empareja.
    prompts:
      - suelto
      - {text: Uno, answer: ct, peso: 2}
      - {text: Dos, answer: 7}
      - {text: Uno, answer: cw}
    responses:
      - texto suelto
      - {key: ct, text: AWS CloudTrail, color: rojo}
      - {key: "  ", text: Amazon S3}
      - {key: cw, text: Amazon CloudWatch}
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
  - id: o-roto
    task: "1.3"
    type: ordering
    stem: ¿En qué orden?
    steps:
      - Uno
      - {text: Dos, orden: 2}
      - ""
      - 5
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
"""


def test_broken_matching_and_ordering_parts_name_their_line_item_and_number(tmp_path: Path) -> None:
    path = write(tmp_path, BROKEN_PARTS)
    report = validate([path])
    assert [str(e) for e in report.errors] == [
        f"{path}:8: m-roto: two prompts have the same text",
        f"{path}:9: m-roto: prompt 1 must be {{text, answer}}",
        f"{path}:11: m-roto: prompt 3 needs an answer key",
        f"{path}:14: m-roto: response 1 must be {{key, text}}",
        f"{path}:16: m-roto: response 3 needs a text key",
        f"{path}:27: o-roto: step 3 must be text or {{text, why}}",
        f"{path}:28: o-roto: step 4 must be text or {{text, why}}",
    ]
    assert [str(w) for w in report.warnings] == [
        f"{path}:10: m-roto: unknown prompt 2 field 'peso' (ignored; a typo?)",
        f"{path}:15: m-roto: unknown response 2 field 'color' (ignored; a typo?)",
        f"{path}:26: o-roto: unknown step 2 field 'orden' (ignored; a typo?)",
    ]


def test_items_of_a_case_study_carry_its_id_title_and_scenario(tmp_path: Path) -> None:
    path = case_study_file(tmp_path, "a.yaml", "cs-uno", '    title: "Clínica"\n    scenario: Una clínica.\n')
    report = validate([path])
    assert report.errors == []
    assert [(i.id, i.case_study, i.case_title, i.scenario) for i in report.banks["aif-c01"].items] == [
        ("cs-uno-a", "cs-uno", "Clínica", "Una clínica."),
        ("cs-uno-b", "cs-uno", "Clínica", "Una clínica."),
    ]


def case_with_id_below(tmp_path: Path, name: str, case_id: str, scenario: str = "Una clínica.") -> Path:
    """A case study whose id is its third field (so its line differs from the case's own first line)."""
    folder = tmp_path / "aif-c01"
    folder.mkdir(exist_ok=True)
    (folder / "blueprint.yaml").write_bytes((REPO / "question_bank" / "aif-c01" / "blueprint.yaml").read_bytes())
    first, second = (f"{name[0]}-{n}" for n in "ab")
    items = textwrap.indent((GOOD_SINGLE.format(id=first) + GOOD_SINGLE.format(id=second)).strip("\n"), "    ")
    path = folder / name
    path.write_text(
        "exam: aif-c01\nlanguage: es\nitems: []\ncase_studies:\n"
        f"  - title: Clínica\n    scenario: {scenario}\n    id: {case_id}\n    items:\n{items}\n",
        encoding="utf-8",
    )
    return path


def test_a_case_study_id_is_reported_on_its_own_line(tmp_path: Path) -> None:
    bad = case_with_id_below(tmp_path, "a.yaml", "Mal Id")
    assert errors_for(bad) == [f"{bad}:7: -: case study needs a valid id"]
    first = case_with_id_below(tmp_path, "b.yaml", "cs-uno")
    again = case_with_id_below(tmp_path, "c.yaml", "cs-uno")
    assert [str(e) for e in validate([first, again]).errors] == [
        f"{again}:7: cs-uno: duplicate id (first used at {first}:7)"
    ]


def test_a_case_study_without_scenario_or_with_a_bad_item_is_not_kept(tmp_path: Path) -> None:
    empty = case_with_id_below(tmp_path, "a.yaml", "cs-uno", scenario='""')
    report = validate([empty])
    assert [str(e) for e in report.errors] == [f"{empty}:6: cs-uno: 'scenario' must be non-empty text"]
    assert report.banks["aif-c01"].case_studies == []
    broken = case_with_id_below(tmp_path, "b.yaml", "cs-dos")
    broken.write_text(broken.read_text(encoding="utf-8").replace('task: "4.1"', 'task: "9.9"', 1), "utf-8")
    report = validate([broken])
    assert len(report.errors) == 1 and "unknown task statement" in str(report.errors[0])
    assert report.banks["aif-c01"].case_studies == []  # one of its items was refused: the case is not half kept


def test_an_error_is_one_printable_line_whatever_text_it_carries() -> None:
    from question_bank.errors import BankError
    from question_bank.validator import _one_line

    plain = BankError("a.yaml", 3, "x-1", "missing field 'stem'", "missing_field", (("field", "stem"),))
    assert _one_line(plain) is plain
    odd = BankError("a.yaml", 7, "i\n" + "d" * 120, "m\t" + "e" * 600, "missing_field", (("field", "stem"),))
    fixed = _one_line(odd)
    assert (fixed.path, fixed.line, fixed.code, fixed.params) == ("a.yaml", 7, "missing_field", (("field", "stem"),))
    assert fixed.item_id == "i\\n" + "d" * 98 + "…"  # 100 characters kept, then escaped
    assert fixed.message == "m\\t" + "e" * 498 + "…"
    only_message = BankError("a.yaml", 1, "x-1", "bad\rvalue", "", ())
    assert _one_line(only_message).item_id == "x-1" and _one_line(only_message).message == "bad\\rvalue"
    only_id = BankError("a.yaml", 1, "x\x07", "fine", "", ())
    assert (_one_line(only_id).item_id, _one_line(only_id).message) == ("x\\x07", "fine")


def _multiple(item_id: str, count: int, extra: str = "") -> str:
    options = "\n".join(
        f"      - {{text: Opción {n}, why: Motivo {n}.{', correct: true' if n < 2 else ''}}}" for n in range(count)
    )
    return (
        f'  - id: {item_id}\n    task: "2.1"\n    type: multiple\n    stem: ¿Cuáles? (Elige dos.)\n'
        f"    options:\n{options}\n{extra}    explanation: Explicación.\n"
        '    references: ["https://docs.aws.amazon.com/x"]\n'
    )


def test_a_multiple_item_holds_five_to_ten_options_each_read_exactly(tmp_path: Path) -> None:
    from simulator.content import Option

    ten = write(tmp_path, _multiple("m-diez", 10), "diez.yaml")
    report = validate([ten])
    assert report.errors == []
    (item,) = report.banks["aif-c01"].items
    assert item.options[:3] == (
        Option("Opción 0", True, "Motivo 0."),
        Option("Opción 1", True, "Motivo 1."),
        Option("Opción 2", False, "Motivo 2."),
    )
    eleven = write(tmp_path, _multiple("m-once", 11), "once.yaml")
    assert errors_for(eleven) == [f"{eleven}:8: m-once: a multiple item has at most 10 options, found 11"]


def test_options_that_are_not_mappings_or_have_a_bad_correct_value_are_all_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
  - id: s-mal
    task: "4.1"
    type: single
    stem: ¿Pregunta?
    options:
      - suelta
      - {text: Uno, why: Porque sí., correct: true}
      - text: Dos
        why: No.
        correct: "sí"
      - {text: Tres, why: No.}
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
""",
    )
    assert errors_for(path) == [
        f"{path}:9: s-mal: option 1 must be a mapping with text, why and correct",
        f"{path}:13: s-mal: option 3: correct must be true or false",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_path_that_is_neither_file_nor_folder_is_one_error_naming_it(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    (error,) = validate([pipe]).errors
    assert str(error) == f"{pipe}:0: -: not a regular file or folder"
    assert (error.code, error.params) == ("not_file_or_folder", ())


@pytest.mark.skipif(not Path("/proc/self/mem").is_file(), reason="needs Linux /proc")
def test_an_unreadable_file_is_one_error_naming_it_and_the_reason() -> None:
    mem = Path("/proc/self/mem")  # a regular file whose first bytes cannot be read, even as root
    (error,) = validate([mem]).errors
    assert str(error) == f"{mem}:0: -: cannot read file: Input/output error"
    assert (error.code, error.params) == ("cannot_read", (("reason", "Input/output error"),))


def test_a_yaml_fault_keeps_its_code_and_arguments_for_the_window(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    path.write_text("exam: aif-c01\nexam: otro\n", encoding="utf-8")
    (error,) = validate([path]).errors
    assert str(error) == f"{path}:2: -: key 'exam' appears twice"
    assert (error.code, error.params) == ("key_twice", (("key", "exam"),))


def test_a_folder_yields_its_yml_files_and_a_named_blueprint_is_not_a_bank_file(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE.format(id="uno"), "items.yml")
    report = validate([path.parent])
    assert report.errors == [] and [i.id for i in report.banks["aif-c01"].items] == ["uno"]
    report = validate([path.parent / "blueprint.yaml"])
    assert (report.errors, report.warnings, report.banks) == ([], [], {})


def test_a_blueprint_is_found_up_to_the_named_folder_whatever_else_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE.format(id="uno"))
    pack = path.parent
    (pack / "sub").mkdir()
    path.rename(pack / "sub" / "items.yaml")
    other = tmp_path / "otra"
    other.mkdir()
    report = validate([other, pack])
    assert report.errors == []
    assert report.banks["aif-c01"].blueprint_path == (pack / "blueprint.yaml").resolve()


def test_exam_faults_are_reported_on_the_exam_line(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    bad = folder / "bad.yaml"
    bad.write_text("language: es\nexam: Mal Examen\nitems: []\n", encoding="utf-8")
    unknown = folder / "unknown.yaml"
    unknown.write_text("language: es\nexam: zz-t01\nitems: []\n", encoding="utf-8")
    assert [str(e) for e in validate([bad, unknown]).errors] == [
        f"{bad}:2: -: missing or invalid field 'exam'",
        f"{unknown}:2: -: no blueprint.yaml found for exam 'zz-t01'",
    ]


def test_a_file_may_hold_case_studies_without_an_items_list(tmp_path: Path) -> None:
    path = case_study_file(tmp_path, "a.yaml", "cs-uno", "    scenario: Una clínica.\n")
    path.write_text(path.read_text("utf-8").replace("items: []\n", "", 1), encoding="utf-8")
    report = validate([path])
    assert report.errors == [] and [c.id for c in report.banks["aif-c01"].case_studies] == ["cs-uno"]


def test_a_malformed_item_id_is_reported_on_its_own_line(tmp_path: Path) -> None:
    body = GOOD_SINGLE.format(id="uno").replace('  - id: uno\n    task: "4.1"\n', '  - task: "4.1"\n    id: Mal Id\n')
    path = write(tmp_path, body)
    assert errors_for(path) == [
        f"{path}:5: -: id must be lowercase letters, digits, '.', '_' or '-' (max 80), not 'Mal Id'"
    ]


def test_difficulty_and_tags_are_kept_and_blank_tags_or_covers_refused(tmp_path: Path) -> None:
    extra = '    difficulty: 2\n    tags: [" rag ", bedrock]\n    stem:'
    kept = GOOD_SINGLE.format(id="uno").replace("    stem:", extra)
    blank_tag = GOOD_SINGLE.format(id="dos").replace("    stem:", '    tags: ["  "]\n    stem:')
    blank_cover = GOOD_SINGLE.format(id="tres").replace("    stem:", '    covers: ["  "]\n    stem:')
    path = write(tmp_path, kept + blank_tag + blank_cover)
    report = validate([path])
    assert [str(e) for e in report.errors] == [
        f"{path}:21: dos: tags must be a list of text",
        f"{path}:34: tres: covers must be a list of concept or svc: ids",
    ]
    (item,) = report.banks["aif-c01"].items
    assert (item.difficulty, item.tags) == (2, ("rag", "bedrock"))


def test_an_unknown_item_field_warning_carries_only_the_field_for_the_window(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE.format(id="uno").replace("    stem:", "    dificulty: 2\n    stem:"))
    report = validate([path])
    (warning,) = report.warnings
    assert str(warning) == f"{path}:7: uno: unknown item field 'dificulty' (ignored; a typo?)"
    assert (warning.code, warning.params) == ("unknown_item_field", (("field", "'dificulty'"),))


PARTS_IN_BLOCKS = """
  - id: m-mal
    task: "5.2"
    type: matching
    stem: Empareja.
    prompts:
      - text: Uno
        answer: 7
      - text: Dos
        answer: zz
      - answer: ct
      - text: Tres
        answer: ct
        why: ""
    responses:
      - text: AWS CloudTrail
        key: ct
      - text: Amazon S3
        key: "  "
      - key: cw
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
  - id: m-sin
    task: "5.2"
    type: matching
    stem: Empareja.
    responses: [{key: ct, text: AWS CloudTrail}, {key: cw, text: Amazon CloudWatch}]
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
  - id: o-mal
    task: "1.3"
    type: ordering
    stem: Ordena.
    steps:
      - {why: Sin texto.}
      - {text: Dos, why: ""}
      - Tres
    explanation: Explicación.
    references: ["https://docs.aws.amazon.com/x"]
"""


def test_faults_inside_parts_name_their_item_and_the_line_of_the_faulty_key(tmp_path: Path) -> None:
    single = GOOD_SINGLE.format(id="s-mal").replace("{text: Cuatro, why: No.}", "{why: No.}")
    path = write(tmp_path, PARTS_IN_BLOCKS + single)
    assert errors_for(path) == [
        f"{path}:10: m-mal: prompt 1 needs an answer key",
        f"{path}:12: m-mal: prompt 2: undefined response key 'zz'",
        f"{path}:13: m-mal: missing field 'text'",
        f"{path}:16: m-mal: 'why' must be non-empty text",
        f"{path}:21: m-mal: response 2 needs a text key",
        f"{path}:22: m-mal: missing field 'text'",
        f"{path}:25: m-sin: missing field 'prompts'",
        f"{path}:37: o-mal: missing field 'text'",
        f"{path}:38: o-mal: 'why' must be non-empty text",
        f"{path}:51: s-mal: missing field 'text'",
    ]


def test_case_study_faults_name_the_case_and_a_case_with_a_bad_id_is_not_kept(tmp_path: Path) -> None:
    untitled = case_study_file(tmp_path, "a.yaml", "cs-uno", '    title: ""\n    scenario: Una clínica.\n')
    not_mapping = case_study_file(tmp_path, "b.yaml", "cs-dos", "    scenario: Una clínica.\n")
    text = not_mapping.read_text("utf-8").replace("    items:\n", "    items:\n      - 5\n", 1)
    not_mapping.write_text(text, encoding="utf-8")
    assert [str(e) for e in validate([untitled, not_mapping]).errors] == [
        f"{untitled}:6: cs-uno: 'title' must be non-empty text",
        f"{not_mapping}:8: -: an item must be a mapping of fields",
    ]
    bad_id = case_with_id_below(tmp_path, "c.yaml", "Mal Id")
    report = validate([bad_id])
    assert [str(e) for e in report.errors] == [f"{bad_id}:7: -: case study needs a valid id"]
    assert report.banks["aif-c01"].case_studies == []


def test_an_id_used_again_in_a_case_study_is_refused_and_the_case_not_kept(tmp_path: Path) -> None:
    first = case_study_file(tmp_path, "a.yaml", "cs-uno", "    scenario: Una clínica.\n")
    plain = GOOD_SINGLE.format(id="cs-uno-a").strip("\n")
    text = first.read_text("utf-8").replace("items: []\n", "items:\n" + plain + "\n", 1)
    first.write_text(text, encoding="utf-8")
    later = write(tmp_path, GOOD_SINGLE.format(id="cs-uno-b"), "b.yaml")
    report = validate([first, later])
    assert [str(e) for e in report.errors] == [
        f"{first}:19: cs-uno-a: duplicate id (first used at {first}:4)",
        f"{later}:4: cs-uno-b: duplicate id (first used at {first}:31)",
    ]
    bank = report.banks["aif-c01"]
    assert [i.id for i in bank.items] == ["cs-uno-a", "cs-uno-b"] and bank.case_studies == []


def test_checking_a_file_stops_after_a_thousand_errors_of_its_items(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    path.write_text("exam: aif-c01\nlanguage: fr\nitems:\n" + "  - 5\n" * 1002, encoding="utf-8")
    found = errors_for(path)
    assert len(found) == 1 + 1001 + 1  # the language, 1001 items, then the note
    assert found[1000:] == [
        f"{path}:1003: -: an item must be a mapping of fields",
        f"{path}:1004: -: an item must be a mapping of fields",
        f"{path}:1005: -: more than 1000 errors; stopped checking this file",
    ]


def test_checking_a_file_stops_after_a_thousand_errors_of_its_case_studies(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    path.write_text("exam: aif-c01\nlanguage: es\ncase_studies:\n" + "  - 5\n" * 1002, encoding="utf-8")
    found = errors_for(path)
    assert len(found) == 1001 + 1
    assert found[-1] == f"{path}:1005: -: more than 1000 errors; stopped checking this file"


def test_validation_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_SINGLE.format(id="uno"))
    was_enabled = gc.isenabled()
    try:
        gc.enable()
        validate([path])
        assert gc.isenabled()
        gc.disable()
        validate([path])
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
