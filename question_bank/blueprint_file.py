"""Read and check a blueprint.yaml file into a Blueprint."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from question_bank.errors import BankError
from question_bank.yaml_lines import LineDict, LineList, YamlProblem, load_file
from simulator.blueprint import Blueprint
from simulator.links import link_problem

BLUEPRINT_NAME = "blueprint.yaml"
_TASK_ID = re.compile(r"^[1-9][0-9]?\.[1-9][0-9]?$")


def _need(data: LineDict, key: str, kind: type | tuple[type, ...], path: str, errors: list[BankError]) -> Any:
    if key not in data:
        errors.append(BankError(path, data.line, "blueprint", f"missing field '{key}'"))
        return None
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        errors.append(BankError(path, data.line_of(key), "blueprint", f"field '{key}' has the wrong type"))
        return None
    return value


def _bilingual(data: LineDict, key: str, path: str, errors: list[BankError]) -> None:
    value = _need(data, key, dict, path, errors)
    if isinstance(value, dict):
        for lang in ("es", "en"):
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                errors.append(BankError(path, data.line_of(key), "blueprint", f"'{key}' needs non-empty '{lang}' text"))


def _resource_links(task: LineDict, path: str, errors: list[BankError]) -> None:
    """Study-resource URLs become links in the PDF: each must be a safe https link."""
    resources = task.get("resources")
    if not isinstance(resources, LineList):
        return
    for index, entry in enumerate(resources):
        if isinstance(entry, LineDict) and isinstance(entry.get("url"), str):
            problem = link_problem(entry["url"])
            if problem is not None:
                message = f"resource {index + 1} is not an https link: {problem}"
                errors.append(BankError(path, entry.line_of("url"), "blueprint", message))


def load_blueprint(path: Path) -> tuple[Blueprint | None, list[BankError]]:
    """Parse a blueprint file; return it, or None with every error found."""
    shown = str(path)
    try:
        data = load_file(path)
    except YamlProblem as exc:
        return None, [BankError(shown, exc.line, "blueprint", exc.message)]
    except OSError as exc:
        return None, [BankError(shown, 1, "blueprint", f"cannot read file: {exc.strerror}")]
    if not isinstance(data, LineDict):
        return None, [BankError(shown, 1, "blueprint", "a blueprint must be a mapping")]
    errors: list[BankError] = []
    _need(data, "exam", str, shown, errors)
    _bilingual(data, "title", shown, errors)
    for key in ("items_total", "items_unscored", "minutes", "accommodation_minutes"):
        value = _need(data, key, int, shown, errors)
        if isinstance(value, int) and value < 0:
            errors.append(BankError(shown, data.line_of(key), "blueprint", f"'{key}' must not be negative"))
    scale = _need(data, "scale", dict, shown, errors)
    if isinstance(scale, LineDict):
        for key in ("min", "max", "pass"):
            _need(scale, key, int, shown, errors)
    anchors = _need(data, "scaled_estimate", list, shown, errors)
    if isinstance(anchors, LineList):
        xs = []
        for index, pair in enumerate(anchors):
            ok = (
                isinstance(pair, list)
                and len(pair) == 2
                and isinstance(pair[0], int | float)
                and isinstance(pair[1], int)
                and 0.0 <= float(pair[0]) <= 1.0
            )
            if not ok:
                errors.append(
                    BankError(
                        shown, anchors.line_of(index), "blueprint", "each scaled_estimate entry is [share 0..1, score]"
                    )
                )
            else:
                xs.append(float(pair[0]))
        if xs and (xs != sorted(xs) or xs[0] != 0.0 or xs[-1] != 1.0):
            errors.append(
                BankError(shown, anchors.line, "blueprint", "scaled_estimate must run from 0.0 to 1.0 in order")
            )
    _need(data, "full_exam_types", list, shown, errors)
    domains = _need(data, "domains", list, shown, errors)
    domain_ids: set[int] = set()
    if isinstance(domains, LineList):
        for index, domain in enumerate(domains):
            if not isinstance(domain, LineDict):
                errors.append(BankError(shown, domains.line_of(index), "blueprint", "a domain must be a mapping"))
                continue
            did = _need(domain, "id", int, shown, errors)
            _need(domain, "weight", int, shown, errors)
            _bilingual(domain, "title", shown, errors)
            if isinstance(did, int):
                domain_ids.add(did)
    tasks = _need(data, "tasks", list, shown, errors)
    seen: set[str] = set()
    if isinstance(tasks, LineList):
        for index, task in enumerate(tasks):
            if not isinstance(task, LineDict):
                errors.append(BankError(shown, tasks.line_of(index), "blueprint", "a task must be a mapping"))
                continue
            tid = _need(task, "id", str, shown, errors)
            if isinstance(tid, str):
                if not _TASK_ID.match(tid) or int(tid.split(".")[0]) not in domain_ids:
                    errors.append(
                        BankError(shown, task.line_of("id"), "blueprint", f"task id '{tid}' does not name a domain")
                    )
                if tid in seen:
                    errors.append(BankError(shown, task.line_of("id"), "blueprint", f"task '{tid}' appears twice"))
                seen.add(tid)
            _bilingual(task, "title", shown, errors)
            resources = task.get("resources", [])
            if not isinstance(resources, list) or not all(
                isinstance(r, dict) and isinstance(r.get("title"), str) and isinstance(r.get("url"), str)
                for r in resources
            ):
                errors.append(
                    BankError(shown, task.line_of("resources"), "blueprint", "resources are {title, url} entries")
                )
            _resource_links(task, shown, errors)
    if errors:
        return None, errors
    return Blueprint.from_json(data), []


def find_blueprint(start: Path, exam: str, shipped_root: Path) -> Path | None:
    """The blueprint for `exam`: the nearest blueprint.yaml above `start`, else the shipped one."""
    for folder in [start, *start.parents]:
        candidate = folder / BLUEPRINT_NAME
        if candidate.is_file():
            try:
                data = load_file(candidate)
            except (YamlProblem, OSError):
                continue
            if isinstance(data, dict) and data.get("exam") == exam:
                return candidate
    shipped = shipped_root / exam / BLUEPRINT_NAME
    return shipped if shipped.is_file() else None
