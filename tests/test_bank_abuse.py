"""Bad bank input: every malformed file is an error message, never a traceback, and never a partial import.

Three parts:

1. The corpus in tests/bank_corpus/ (small committed files) plus cases generated here (empty file, 9 MB
   file, over-long text, thousands of nesting levels). The first line of every committed file says what
   it tests and the error it must produce: ``# what | line: N | expect: substring`` (line optional); a
   second line ``# with: partners/x.yaml`` names a file validated together with it.
2. Importing each malformed file beside a valid bank writes nothing: every table keeps its rows.
3. A fuzzer: random YAML-ish text and random mutations of a valid bank file.

Set SIMULACRO_ABUSE_REPORT=path.json to get the totals (inputs tried, tracebacks) for the README.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import MetaData, select

import main
from question_bank import yaml_lines
from question_bank.errors import BankError
from question_bank.importer import import_paths
from question_bank.validator import ValidationReport, validate
from question_bank.yaml_lines import MAX_DEPTH, MAX_FILE_BYTES, MAX_SCALAR_CHARS
from simulator.storage.db import Store
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_items, write_bank

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "bank_corpus"
HEAD = "exam: aif-c01\nlanguage: es\nitems:\n"
ITEM_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")
ERROR_LINE = re.compile(r"(?P<path>.+?):(?P<line>\d+): (?P<item>\S+): (?P<message>\S.*)")

# Figures for the README: how many malformed inputs were tried, and how many ended in a traceback.
TOTALS: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def abuse_report() -> Iterator[None]:
    """Write TOTALS as JSON to $SIMULACRO_ABUSE_REPORT once every test of this module has run."""
    yield
    target = os.environ.get("SIMULACRO_ABUSE_REPORT")
    if target:
        figures = {key: TOTALS[key] for key in sorted(TOTALS)}
        # Fuzzed inputs count only when the validator rejected them: a mutation may leave the file valid.
        figures["malformed_inputs_tried"] = TOTALS["corpus_files"] + TOTALS["generated_cases"] + TOTALS["fuzz_rejected"]
        figures["tracebacks"] = TOTALS["tracebacks"]
        Path(target).write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", "utf-8")


# ---------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    """One malformed input: its bytes (built lazily: some are megabytes), the message and maybe the line."""

    name: str
    build: Callable[[], bytes]
    expect: str
    line: int | None = None
    partner: Path | None = None
    generated: bool = False

    def write(self, folder: Path) -> tuple[Path, list[Path]]:
        """The file inside `folder`/aif-c01 beside a copy of the real blueprint; also every path to check."""
        exam = folder / "aif-c01"
        exam.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(BLUEPRINT_PATH, exam / "blueprint.yaml")
        target = exam / f"{self.name}.yaml"
        target.write_bytes(self.build())
        if self.partner is None:
            return target, [target]
        partner = exam / self.partner.name
        shutil.copyfile(self.partner, partner)
        return target, [partner, target]


def _first_line(data: bytes) -> str:
    """The header comment, whatever the file's encoding (some corpus files are UTF-16 or UTF-32 on purpose)."""
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding).split("\n", 1)[0]
    if data[:1] == b"\0":
        return data.decode("utf-16-be").split("\n", 1)[0]
    if data[1:2] == b"\0":
        return data.decode("utf-16-le").split("\n", 1)[0]
    return data.split(b"\n", 1)[0].decode("latin-1")


def _corpus_case(path: Path) -> Case:
    data = path.read_bytes()
    header = _first_line(data)
    assert header.startswith("# "), f"{path.name}: the first line must be '# what | expect: ...'"
    fields = dict(part.split(": ", 1) for part in header[2:].split(" | ")[1:])
    partner = re.search(rb"^# with: (\S+)$", data, re.MULTILINE)
    return Case(
        path.stem,
        path.read_bytes,
        fields["expect"],
        int(fields["line"]) if "line" in fields else None,
        CORPUS / partner.group(1).decode() if partner else None,
    )


def _huge_file() -> bytes:
    filler = b"# " + b"relleno " * 12 + b"\n"
    body = (HEAD + "  []\n").encode()
    return body + filler * ((9 * 1024 * 1024) // len(filler) + 1)


def _long_text() -> bytes:
    return (HEAD + '  - id: largo\n    stem: "' + "á" * (MAX_SCALAR_CHARS + 1) + '"\n').encode()


def _deep_block_mappings() -> bytes:
    # 3,000 levels of block mappings, one more space of indentation each (about 4.5 MB).
    return (
        "exam: aif-c01\nlanguage: es\nitems: []\nnest:\n" + "".join(" " * i + "a:\n" for i in range(1, 3001))
    ).encode()


def _many_broken_items() -> bytes:
    return (HEAD + "  - {id: roto}\n" * 1200).encode()


GENERATED = [
    Case("gen-empty-file", lambda: b"", "a bank file is a mapping", 1, generated=True),
    Case("gen-9mb-file", _huge_file, f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB", 1, generated=True),
    Case("gen-text-over-limit", _long_text, f"text longer than {MAX_SCALAR_CHARS} characters", 5, generated=True),
    Case(
        "gen-key-over-limit",
        lambda: ("exam: aif-c01\nlanguage: es\n? " + "k" * (MAX_SCALAR_CHARS + 10) + "\n: 1\n").encode(),
        "text longer than",
        3,
        generated=True,
    ),
    Case(
        "gen-deep-flow-lists",
        lambda: ("exam: aif-c01\nlanguage: es\nitems: " + "[" * 5000 + "]" * 5000 + "\n").encode(),
        "nesting",
        3,
        generated=True,
    ),
    Case(
        "gen-deep-flow-mappings",
        lambda: ("exam: aif-c01\nlanguage: es\nitems: " + "{a: " * 5000 + "b" + "}" * 5000 + "\n").encode(),
        "nesting",
        3,
        generated=True,
    ),
    Case(
        "gen-deep-block-lists",
        lambda: ("exam: aif-c01\nlanguage: es\nitems:\n" + "- " * 5000 + "x\n").encode(),
        f"nesting deeper than {MAX_DEPTH} levels",
        4,
        generated=True,
    ),
    Case(
        "gen-deep-block-mappings",
        _deep_block_mappings,
        f"nesting deeper than {MAX_DEPTH} levels",
        4 + MAX_DEPTH,
        generated=True,
    ),
    Case("gen-1200-broken-items", _many_broken_items, "errors; stopped checking this file", generated=True),
]
COMMITTED = [_corpus_case(p) for p in sorted(CORPUS.glob("*.yaml"))]
CASES = COMMITTED + GENERATED


def checked_validate(paths: Sequence[Path]) -> ValidationReport:
    try:
        return validate(paths)
    except BaseException:
        TOTALS["tracebacks"] += 1
        raise


def assert_well_formed(errors: Sequence[BankError], paths: Sequence[Path]) -> None:
    """Every error is one printable line `path:line: item-id: message` naming a checked file."""
    allowed = {str(p) for p in paths} | {str(p.parent / "blueprint.yaml") for p in paths}
    for error in errors:
        text = str(error)
        assert isinstance(error.line, int) and error.line >= 0, text
        assert text == f"{error.path}:{error.line}: {error.item_id}: {error.message}"
        assert text.isprintable() and len(text) < 1000, repr(text)
        match = ERROR_LINE.fullmatch(text)
        assert match and match["path"] == error.path and int(match["line"]) == error.line, repr(text)
        assert error.item_id in ("-", "blueprint") or ITEM_ID.fullmatch(error.item_id), repr(text)
        assert error.path in allowed, text


def assert_expected(case: Case, target: Path, errors: Sequence[BankError]) -> None:
    mine = [e for e in errors if e.path == str(target) and case.expect in e.message]
    assert mine, f"{case.name}: no error containing {case.expect!r} in {[str(e) for e in errors]}"
    if case.line is not None:
        assert any(e.line == case.line for e in mine), f"{case.name}: expected line {case.line}: {mine}"


def test_corpus_is_big_and_small() -> None:
    assert len(COMMITTED) >= 50
    for path in CORPUS.rglob("*.yaml"):
        assert path.stat().st_size < 8 * 1024, f"{path.name}: generate large inputs in the test instead"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_file_is_reported_not_raised(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target, paths = case.write(tmp_path)
    report = checked_validate(paths)
    TOTALS["generated_cases" if case.generated else "corpus_files"] += 1
    TOTALS["errors_reported"] += len(report.errors)
    assert not report.ok
    assert_well_formed(report.errors, paths)
    assert_expected(case, target, report.errors)

    code = main.main(["bank", "validate", *map(str, paths)])
    out, err = capsys.readouterr()
    TOTALS["cli_runs"] += 1
    if "Traceback" in err:
        TOTALS["tracebacks"] += 1
    assert code == 1 and out == ""
    assert "Traceback" not in err
    assert case.expect in err
    assert err.count("\n") == len(report.errors) + 1  # one line per error and the summary line


def test_too_many_values_are_refused_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A flow list of zeros packs four million values into 8 MB; the loader stops counting at MAX_NODES.

    The real limit (1,000,000) takes the parser about 3 s to reach, so the test lowers it: same code path.
    """
    monkeypatch.setattr(yaml_lines, "MAX_NODES", 5_000)
    case = Case(
        "gen-too-many-values",
        lambda: ("exam: aif-c01\nlanguage: es\nitems: [" + "0," * 6_000 + "0]\n").encode(),
        "more than 5,000 values in one file",
        3,
        generated=True,
    )
    target, paths = case.write(tmp_path)
    report = checked_validate(paths)
    TOTALS["generated_cases"] += 1
    assert_well_formed(report.errors, paths)
    assert_expected(case, target, report.errors)


# ---------------------------------------------------------------- all-or-nothing import


def _snapshot(store: Store, metadata: MetaData) -> dict[str, tuple[int, str]]:
    """Row count and a digest of the rows of every table, alembic's included."""
    tables: dict[str, tuple[int, str]] = {}
    with store.engine.connect() as connection:
        for name, table in sorted(metadata.tables.items()):
            rows = sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            tables[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return tables


def test_failed_import_changes_nothing(store: Store, tmp_path: Path) -> None:
    valid = write_bank(tmp_path / "valid", BLUEPRINT_PATH, list(synthetic_items(shipped_blueprint(), 2)))
    first = import_paths(store, [valid])
    assert first.ok, first.errors
    added = first.counts["aif-c01"].added
    assert added == 28
    metadata = MetaData()
    with store.engine.connect() as connection:
        metadata.reflect(connection)
    before = _snapshot(store, metadata)
    assert len(before) >= 5
    assert before["items"][0] == added and before["item_revisions"][0] == added

    for case in CASES:
        target, paths = case.write(tmp_path / "imports" / case.name)
        try:
            outcome = import_paths(store, [valid, *paths])
        except BaseException:
            TOTALS["tracebacks"] += 1
            raise
        TOTALS["import_attempts"] += 1
        assert not outcome.ok and outcome.counts == {}, case.name
        assert_well_formed(outcome.errors, [*paths, *sorted(valid.glob("*.yaml"))])
        assert_expected(case, target, outcome.errors)
        assert _snapshot(store, metadata) == before, f"{case.name}: a failed import changed the database"

    again = import_paths(store, [valid])
    assert again.ok and again.counts["aif-c01"].unchanged == added and again.counts["aif-c01"].added == 0
    assert _snapshot(store, metadata) == before


# ---------------------------------------------------------------- fuzzing


def _valid_bank_text() -> str:
    """FORMAT.md's example (one item of each type) plus a case study: every part of the format."""
    format_doc = (REPO / "question_bank" / "FORMAT.md").read_text("utf-8")
    example = re.search(r"```yaml\n(exam: aif-c01.*?)```", format_doc, re.S)
    assert example is not None
    return (
        example.group(1)
        + """case_studies:
  - id: cs-fuzz
    title: "Clínica con asistente"
    scenario: Una clínica usa un asistente generativo para resumir historias clínicas.
    items:
      - id: cs-fuzz-a
        task: "3.1"
        type: single
        difficulty: 2
        tags: [Bedrock, "RAG"]
        stem: ¿Qué técnica reduce las alucinaciones del asistente?
        options:
          - {text: Generación aumentada por recuperación, correct: true, why: Aporta contexto.}
          - {text: Subir la temperatura, why: Aumenta la variedad.}
          - {text: Quitar las instrucciones, why: Empeora el control.}
          - {text: Usar un modelo más pequeño, why: No aporta datos.}
        explanation: RAG ancla las respuestas en documentos de la clínica.
        references: ["https://docs.aws.amazon.com/bedrock/latest/userguide/kb.html"]
      - id: cs-fuzz-b
        task: "3.1"
        type: ordering
        stem: Ordena los pasos de RAG.
        steps:
          - Indexar los documentos
          - {text: Recuperar fragmentos, why: Según la pregunta.}
          - Generar la respuesta
        explanation: Se indexa, se recupera y se genera.
        references: ["https://docs.aws.amazon.com/bedrock/latest/userguide/kb-how-it-works.html"]
"""
    )


VALID_BANK = _valid_bank_text().encode("utf-8")

SPECIAL_CHARS = [
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "مرحبا",
    "שלום",
    "😀",
    "👩\u200d💻",  # emoji joined by a zero-width joiner
    "🇪🇸",
    "e\u0301",  # combining acute accent
    "a\u0308\u0323\u0301",  # stacked combining marks
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark in the middle of text
    "\u2028",  # line separator
    "\u2029",
    "\x85",
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x1b[31m",
    "\x7f",
    "\r",
    "\t",
    "\ufffe",
    "\U0010ffff",
]
YAML_TOKENS = [
    "exam: aif-c01\n",
    "language: es\n",
    "items:\n",
    "case_studies:\n",
    "  - id: a\n",
    '    task: "4.1"\n',
    "    type: single\n",
    "    type: matching\n",
    "    options:\n",
    "      - {text: A, correct: true, why: B}\n",
    "- ",
    "  ",
    "\n",
    "\t",
    ":",
    ": ",
    ",",
    "[",
    "]",
    "{",
    "}",
    "? ",
    "|",
    ">-",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "%TAG ! tag:x.example,2000:\n",
    "#",
    "'",
    '"',
    "\\",
    '"\\0"',
    '"\\e"',
    '"\\ud800"',
    '"\\U0010ffff"',
    "&a ",
    "*a",
    "<<: ",
    "=",
    "!!python/object:os.system ",
    "!!python/object/apply:os.system ",
    "!!binary ",
    "!!int ",
    "!!float ",
    "!!bool ",
    "!!timestamp ",
    "!!str ",
    "!!map ",
    "!!seq ",
    "!!set ",
    "!x ",
    "! ",
    "~",
    "null",
    "yes",
    "off",
    "2024-02-30",
    "2001-12-14t21:59:43.10-05:00",
    "0x1F",
    "0o17",
    "0b101",
    "190:20:30",
    "1_000",
    "1e400",
    ".nan",
    "-.inf",
    "9" * 80,
    "x" * 200,
]
VALUES = [
    "[]",
    "{}",
    "[1, 2]",
    "{a: b}",
    "42",
    "-1",
    "4.5",
    "true",
    "null",
    "~",
    '""',
    "'   '",
    "!!python/object:os.system x",
    "!!binary aGVsbG8=",
    "&x y",
    "*x",
    "<<",
    "=",
    "2024-02-30",
    "2024-01-01",
    "0x1F",
    "|",
    ">",
    "[",
    "{",
    "]",
    '"\\0"',
    '"\\e[1m"',
    "- a\n- b",
    "a: b: c",
    "x" * 90,
]

printable_text = st.text(max_size=8)
special_text = st.lists(st.sampled_from(SPECIAL_CHARS), min_size=1, max_size=4).map("".join)
yaml_ish_text = st.lists(
    st.sampled_from(YAML_TOKENS) | st.sampled_from(SPECIAL_CHARS) | printable_text, max_size=60
).map("".join)


def _encode(text: str, how: str) -> bytes:
    if how == "latin-1":
        return text.encode("latin-1", "replace")
    return text.encode(how, "surrogatepass")


Mutation = tuple[str, int, int, str, bytes]
mutation = st.tuples(
    st.sampled_from(["delete", "duplicate", "indent", "tab", "swap", "value", "unicode", "truncate", "bytes"]),
    st.integers(0, 10_000),
    st.integers(-6, 6),
    st.sampled_from(VALUES) | special_text | printable_text,
    st.binary(min_size=1, max_size=16),
)


def _mutate(data: bytes, mutations: Sequence[Mutation]) -> bytes:
    """Apply line and byte mutations to a valid bank file."""
    for kind, where, amount, text, raw in mutations:
        lines = data.split(b"\n")
        index = where % len(lines)
        line = lines[index]
        if kind == "delete":
            del lines[index]
        elif kind == "duplicate":
            lines.insert(index, line)
        elif kind == "indent":
            stripped = line.lstrip(b" ")
            lines[index] = b" " * max(0, len(line) - len(stripped) + amount) + stripped
        elif kind == "tab":
            lines[index] = b"\t" + line.lstrip(b" ")
        elif kind == "swap":
            other = (index + amount) % len(lines)
            lines[index], lines[other] = lines[other], line
        elif kind == "value":
            key, sep, _ = line.partition(b": ")
            lines[index] = key + (sep or b": ") + text.encode("utf-8", "surrogatepass")
        elif kind == "unicode":
            at = where % (len(line) + 1)
            lines[index] = line[:at] + text.encode("utf-8", "surrogatepass") + line[at:]
        elif kind == "truncate":
            return data[: where % (len(data) + 1)]
        else:
            at = where % (len(data) + 1)
            return data[:at] + raw + data[at + max(0, amount) :]
        data = b"\n".join(lines)
    return data


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    exam = tmp_path_factory.mktemp("fuzz") / "aif-c01"
    exam.mkdir()
    shutil.copyfile(BLUEPRINT_PATH, exam / "blueprint.yaml")
    return exam / "fuzz.yaml"


def _check_fuzzed(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    report = checked_validate([path])
    TOTALS["errors_reported"] += len(report.errors)
    TOTALS["fuzz_rejected"] += not report.ok
    assert_well_formed(report.errors, [path])


def test_fuzz_base_file_is_valid(fuzz_file: Path) -> None:
    fuzz_file.write_bytes(VALID_BANK)
    report = validate([fuzz_file])
    assert report.ok, report.errors
    assert report.item_count == 6 and len(report.banks["aif-c01"].case_studies) == 1


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=yaml_ish_text, how=st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_fuzz_yaml_ish_text(fuzz_file: Path, text: str, how: str) -> None:
    TOTALS["fuzz_text_examples"] += 1
    _check_fuzzed(fuzz_file, _encode(text, how))


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=st.lists(mutation, min_size=1, max_size=4))
def test_fuzz_mutated_bank_file(fuzz_file: Path, mutations: list[Mutation]) -> None:
    TOTALS["fuzz_mutation_examples"] += 1
    _check_fuzzed(fuzz_file, _mutate(VALID_BANK, mutations))


GOLDEN = CORPUS / "expected_errors.txt"


def _golden_lines(tmp_path: Path) -> list[str]:
    """Every error and warning each committed corpus file produces, exactly, with the folder left out."""
    lines: list[str] = []
    for case in COMMITTED:
        folder = tmp_path / case.name
        _target, paths = case.write(folder)
        report = validate(paths)
        prefix = str(folder / "aif-c01") + "/"
        for kind, problems in (("error", report.errors), ("warning", report.warnings)):
            lines.extend(f"{case.name} {kind} {str(p).replace(prefix, '')}" for p in problems)
    return lines


def test_every_corpus_message_is_exactly_as_recorded(tmp_path: Path) -> None:
    """The exact text and line of every message (a substring check would let a garbled message pass).
    After a deliberate change to a message: SIMULACRO_WRITE_GOLDEN=1 pytest -k exactly_as_recorded."""
    lines = _golden_lines(tmp_path)
    if os.environ.get("SIMULACRO_WRITE_GOLDEN"):
        GOLDEN.write_text("\n".join(lines) + "\n", "utf-8")
    assert lines == GOLDEN.read_text("utf-8").splitlines()
