"""The authoring contract: every fault is reported as path:line: id: message, never as a traceback."""

from __future__ import annotations

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
    assert "no such file or folder" in errors_for(tmp_path / "nope.yaml")[0]


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
