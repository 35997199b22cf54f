"""Bad blueprints: every malformed field is a `path:line` error from validate, import, any command and
start-up (SIMULACRO_BANK_DIR), never a traceback or a silently accepted exam; plus a blueprint fuzzer."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from question_bank.blueprint_file import load_blueprint
from question_bank.importer import import_paths
from question_bank.validator import validate
from simulator.storage.db import Store
from tests.synthetic_bank import BLUEPRINT_PATH

REPO = Path(__file__).resolve().parent.parent
SHIPPED: dict[str, Any] = yaml.safe_load(BLUEPRINT_PATH.read_text("utf-8"))
ITEMS = """exam: aif-c01
language: es
items:
  - id: bp-abuse-1
    task: "1.1"
    type: single
    stem: ¿Qué es el aprendizaje supervisado?
    options:
      - {text: Aprender de ejemplos etiquetados, correct: true, why: Es la definición.}
      - {text: Aprender sin datos, why: No existe.}
      - {text: Aprender por recompensa, why: Es refuerzo.}
      - {text: Agrupar sin etiquetas, why: Es no supervisado.}
    explanation: Usa ejemplos con la respuesta conocida.
    references: ["https://docs.aws.amazon.com/"]
"""
TOTALS: Counter[str] = Counter()


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[int(last) if isinstance(target, list) else last]

    return change


def _no_tasks_for_domain_5(data: dict[str, Any]) -> None:
    data["tasks"] = [t for t in data["tasks"] if not str(t["id"]).startswith("5.")]


def _duplicate_domain(data: dict[str, Any]) -> None:
    data["domains"].append(copy.deepcopy(data["domains"][0]))


def _duplicate_task(data: dict[str, Any]) -> None:
    data["tasks"].append(copy.deepcopy(data["tasks"][0]))


# (name, change, a substring of the error it must produce)
CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("covers-as-text", _set("tasks.0.covers", "solo texto"), "tasks[].covers"),
    ("covers-as-list", _set("tasks.0.covers", ["a", "b"]), "tasks[].covers"),
    ("covers-missing-en", _set("tasks.0.covers", {"es": "x"}), "covers.en"),
    ("weight-zero", _set("domains.0.weight", 0), "weight"),
    ("weight-negative", _set("domains.1.weight", -5), "weight"),
    ("weight-text", _set("domains.1.weight", "20"), "weight"),
    ("weight-bool", _set("domains.1.weight", True), "weight"),
    ("domain-without-tasks", _no_tasks_for_domain_5, "domain 5 has no task statements"),
    ("domain-duplicate", _duplicate_domain, "appears twice"),
    ("task-duplicate", _duplicate_task, "appears twice"),
    ("task-unknown-domain", _set("tasks.0.id", "9.1"), "does not name a domain"),
    ("task-id-number", _set("tasks.0.id", 1.1), "tasks[].id"),
    ("minutes-huge", _set("minutes", 10**12), "minutes"),
    ("minutes-zero", _set("minutes", 0), "minutes"),
    ("minutes-float", _set("minutes", 90.5), "minutes"),
    ("accommodation-negative", _set("accommodation_minutes", -1), "accommodation_minutes"),
    ("items-total-zero", _set("items_total", 0), "items_total"),
    ("items-total-huge", _set("items_total", 10**40), "items_total"),
    ("unscored-above-total", _set("items_unscored", 70), "fewer than items_total"),
    ("unscored-equals-total", _set("items_unscored", 65), "fewer than items_total"),
    ("scale-inverted", _set("scale", {"min": 1000, "max": 100, "pass": 700}), "below scale.max"),
    ("scale-pass-outside", _set("scale", {"min": 100, "max": 1000, "pass": 5000}), "scale.pass"),
    ("scale-text", _set("scale", "100-1000"), "scale"),
    ("scale-unknown-key", _set("scale", {"min": 100, "max": 1000, "pass": 700, "bonus": 1}), "bonus"),
    ("estimate-non-monotonic", _set("scaled_estimate", [[0.0, 100], [0.5, 900], [1.0, 500]]), "must not fall"),
    ("estimate-unordered", _set("scaled_estimate", [[0.0, 100], [0.8, 700], [0.5, 800], [1.0, 1000]]), "rising"),
    ("estimate-one-point", _set("scaled_estimate", [[0.0, 100]]), "from 0.0 to 1.0"),
    ("estimate-outside-scale", _set("scaled_estimate", [[0.0, 0], [1.0, 5000]]), "within the scale"),
    ("estimate-never-passes", _set("scaled_estimate", [[0.0, 100], [1.0, 690]]), "never reaches scale.pass (700)"),
    ("estimate-share-above-one", _set("scaled_estimate", [[0.0, 100], [1.5, 1000]]), "share 0..1"),
    ("estimate-pair-text", _set("scaled_estimate", ["0.0,100", "1.0,1000"]), "share 0..1"),
    ("estimate-empty", _set("scaled_estimate", []), "from 0.0 to 1.0"),
    ("types-unknown", _set("full_exam_types", ["single", "essay"]), "unknown item type"),
    ("types-empty", _set("full_exam_types", []), "at least one item type"),
    ("types-text", _set("full_exam_types", "single"), "full_exam_types"),
    ("types-duplicate", _set("full_exam_types", ["single", "single"]), "twice"),
    ("practice-types-unknown", _set("practice_types", ["quiz"]), "unknown item type"),
    ("unknown-top-key", _set("bonus_points", 100), "bonus_points"),
    ("unknown-domain-key", _set("domains.0.colour", "red"), "colour"),
    ("unknown-task-key", _set("tasks.0.weight", 3), "weight"),
    ("title-empty", _set("title", {"es": "", "en": "x"}), "title.es"),
    ("title-text", _set("title", "AIF"), "title"),
    ("title-other-language", _set("title", {"es": "a", "en": "b", "fr": "c"}), "fr"),
    ("domain-title-number", _set("domains.0.title", {"es": 1, "en": "x"}), "title.es"),
    ("exam-code-upper", _set("exam", "AIF C01"), "exam code"),
    ("exam-code-number", _set("exam", 12), "exam"),
    ("exam-missing", _drop("exam"), "missing field 'exam'"),
    ("domains-missing", _drop("domains"), "missing field 'domains'"),
    ("domains-empty", _set("domains", []), "at least one domain"),
    ("domains-mapping", _set("domains", {"1": 20}), "domains"),
    ("domain-scalar", _set("domains.0", 20), "a domain must be a mapping"),
    ("tasks-scalar", _set("tasks", "1.1"), "tasks"),
    ("task-scalar", _set("tasks.0", "1.1"), "a task must be a mapping"),
    ("resources-text", _set("tasks.0.resources", "https://docs.aws.amazon.com/"), "resources"),
    ("resource-no-url", _set("tasks.0.resources", [{"title": "x"}]), "resources[].url"),
    ("resource-url-number", _set("tasks.0.resources", [{"title": "x", "url": 5}]), "resources[].url"),
    ("guide-version-number", _set("guide_version", 1.1), "guide_version"),
    ("whole-file-list", lambda data: data.clear(), "missing field"),
]


def write_bank(folder: Path, data: Any) -> Path:
    bank = folder / "aif-c01"
    bank.mkdir(parents=True)
    (bank / "blueprint.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    (bank / "items.yaml").write_text(ITEMS, "utf-8")
    return bank


@pytest.fixture(scope="module", autouse=True)
def figures() -> Iterator[None]:
    yield
    print(f"\nblueprint abuse: {dict(TOTALS)}")


def test_shipped_blueprint_is_valid() -> None:
    blueprint, errors = load_blueprint(BLUEPRINT_PATH)
    assert blueprint is not None and errors == []


@pytest.mark.parametrize(("name", "change", "expect"), CASES, ids=[c[0] for c in CASES])
def test_bad_blueprint_is_a_located_error(
    name: str, change: Callable[[dict[str, Any]], None], expect: str, tmp_path: Path, store: Store
) -> None:
    data = copy.deepcopy(SHIPPED)
    change(data)
    bank = write_bank(tmp_path, data)
    report = validate([bank])
    TOTALS["cases"] += 1
    assert not report.ok, name
    for error in report.errors:
        assert error.path.endswith("blueprint.yaml") and error.line >= 1, error
        assert "\n" not in str(error)
    assert any(expect in error.message for error in report.errors), [str(e) for e in report.errors]
    outcome = import_paths(store, [bank])
    assert not outcome.ok and outcome.counts == {}


@pytest.mark.parametrize("name", ["covers-as-text", "scale-inverted", "weight-zero", "types-unknown"])
def test_bad_blueprint_through_every_command(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    change = next(c for n, c, _ in CASES if n == name)
    data = copy.deepcopy(SHIPPED)
    change(data)
    bank = write_bank(tmp_path / "bank", data)
    monkeypatch.setenv("SIMULACRO_BANK_DIR", str(bank.parent))
    for argv in (
        ["bank", "validate", str(bank)],
        ["bank", "import", str(bank)],
        ["bank", "stats"],
        ["exam", "plan", "--mode", "full"],
        ["demo", "--attempts", "1"],
        ["history", "--json"],
    ):
        code = main.main(argv)
        err = capsys.readouterr().err
        TOTALS["commands"] += 1
        assert code in (0, 1), argv
        assert "Traceback" not in err
        if argv[0] in ("exam", "demo"):
            assert code == 1 and "blueprint.yaml:" in err  # start-up says which file and line is wrong


@pytest.mark.slow
def test_bad_blueprint_at_start_up_smoke(tmp_path: Path) -> None:
    data = copy.deepcopy(SHIPPED)
    data["tasks"][0]["covers"] = "solo texto"
    bank = write_bank(tmp_path / "bank", data)
    env = {
        **__import__("os").environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "SIMULACRO_BANK_DIR": str(bank.parent),
    }
    run = subprocess.run(
        [sys.executable, "main.py", "--smoke"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in run.stderr and run.returncode in (0, 1)


VALUES = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([0, -1, 1, 10**40, True, False, None, "", " ", "texto", "<b>x</b>", "1.1", 0.5, 1.5, -0.1]),
    st.lists(st.sampled_from([0, 1, "single", [0.0, 100], None]), max_size=3),
    st.dictionaries(st.sampled_from(["es", "en", "min", "max", "pass", "id", "x"]), st.integers(-5, 2000), max_size=3),
    st.text(max_size=8),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


PATHS = [p for p in _paths(SHIPPED) if p]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    changes=st.lists(st.tuples(st.sampled_from(PATHS), st.one_of(VALUES, st.just("<delete>"))), min_size=1, max_size=3)
)
def test_fuzz_blueprint(changes: list[tuple[tuple[Any, ...], Any]], tmp_path_factory: pytest.TempPathFactory) -> None:
    data = copy.deepcopy(SHIPPED)
    for path, value in changes:
        target: Any = data
        try:
            for part in path[:-1]:
                target = target[part]
            if value == "<delete>":
                del target[path[-1]]
            else:
                target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "blueprint.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    TOTALS["fuzzed"] += 1
    blueprint, errors = load_blueprint(folder / "blueprint.yaml")  # never raises
    if blueprint is None:
        TOTALS["fuzz_rejected"] += 1
        assert errors and all(e.line >= 1 and "\n" not in str(e) for e in errors)
        return
    # Whatever it accepts is an exam the engine can run: sound counts, a rising scale, tasks in every domain.
    assert 0 <= blueprint.items_unscored < blueprint.items_total and blueprint.minutes >= 1
    assert blueprint.scale_min < blueprint.scale_max and all(d.weight > 0 for d in blueprint.domains)
    scores = [blueprint.scaled_score(x / 20) for x in range(21)]
    assert scores == sorted(scores)
    assert all(blueprint.tasks_of(d.id) for d in blueprint.domains)
