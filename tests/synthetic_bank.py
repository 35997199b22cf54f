"""Synthetic banks of any size for tests and benchmarks (content is filler, shapes are real)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import yaml

from question_bank.blueprint_file import load_blueprint
from question_bank.validator import SHIPPED_ROOT
from simulator.blueprint import Blueprint
from simulator.content import ItemContent, Option, Prompt, Response, Step

BLUEPRINT_PATH = SHIPPED_ROOT / "aif-c01" / "blueprint.yaml"
TYPES = ("single", "single", "multiple", "matching", "ordering")


def shipped_blueprint() -> Blueprint:
    blueprint, errors = load_blueprint(BLUEPRINT_PATH)
    assert blueprint is not None, errors
    return blueprint


def synthetic_item(key: str, task: str, kind: str, rng: random.Random) -> ItemContent:
    words = " ".join(rng.choice(["modelo", "datos", "sesgo", "token", "agente", "clave"]) for _ in range(6))
    base = {
        "id": key,
        "task": task,
        "type": kind,
        "stem": f"Pregunta {key}: {words}?",
        "explanation": f"Explicación de {key}.",
        "references": ("https://docs.aws.amazon.com/",),
    }
    if kind == "single":
        options = tuple(Option(f"Opción {i} de {key}", i == 0, f"Motivo {i}") for i in range(4))
        return ItemContent(**base, options=options)  # type: ignore[arg-type]
    if kind == "multiple":
        options = tuple(Option(f"Opción {i} de {key}", i < 2, f"Motivo {i}") for i in range(5))
        return ItemContent(**base, options=options)  # type: ignore[arg-type]
    if kind == "matching":
        responses = (Response("a", "Servicio A"), Response("b", "Servicio B"))
        prompts = tuple(Prompt(f"Dato {i} de {key}", "ab"[i % 2], f"Motivo {i}") for i in range(4))
        return ItemContent(**base, prompts=prompts, responses=responses)  # type: ignore[arg-type]
    steps = tuple(Step(f"Paso {i} de {key}", "") for i in range(4))
    return ItemContent(**base, steps=steps)  # type: ignore[arg-type]


def synthetic_items(blueprint: Blueprint, per_task: int | dict[str, int], seed: int = 7) -> Iterator[ItemContent]:
    rng = random.Random(seed)
    for task in blueprint.tasks:
        count = per_task if isinstance(per_task, int) else per_task.get(task.id, 0)
        for n in range(count):
            yield synthetic_item(f"s{task.id.replace('.', '')}-{n:06d}", task.id, TYPES[n % len(TYPES)], rng)


def item_yaml(item: ItemContent) -> dict[str, object]:
    data = item.to_json()
    if item.steps:
        data["steps"] = [s.text for s in item.steps]
    return data


def write_bank(folder: Path, blueprint_source: Path, items: list[ItemContent], per_file: int = 500) -> Path:
    """Write a bank folder (blueprint + item files) that the validator accepts."""
    exam = folder / "aif-c01"
    exam.mkdir(parents=True, exist_ok=True)
    (exam / "blueprint.yaml").write_bytes(blueprint_source.read_bytes())
    for start in range(0, len(items), per_file):
        chunk = items[start : start + per_file]
        doc = {"exam": "aif-c01", "language": "es", "items": [item_yaml(i) for i in chunk]}
        (exam / f"items-{start // per_file:04d}.yaml").write_text(
            yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return exam
