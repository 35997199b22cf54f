"""Read and check a blueprint.yaml file into a Blueprint."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import Any

from question_bank.errors import BankError
from question_bank.yaml_lines import LineDict, LineList, YamlProblem, load_file, shown
from simulator.blueprint import Blueprint
from simulator.links import link_problem
from simulator.os_reasons import os_reason

BLUEPRINT_NAME = "blueprint.yaml"
_TASK_ID = re.compile(r"^[1-9][0-9]?\.[1-9][0-9]?$")


_EXAM = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}\Z")
_LANGUAGES = ("es", "en")
_TOP = {
    "exam",
    "title",
    "guide_version",
    "items_total",
    "items_unscored",
    "minutes",
    "accommodation_minutes",
    "scale",
    "scaled_estimate",
    "full_exam_types",
    "practice_types",
    "domains",
    "tasks",
}
_MAX_TEXT = 500
_MAX_MINUTES = 24 * 60
_MAX_ITEMS = 1000
_MAX_SCALE = 1_000_000
_ITEM_TYPES = ("single", "multiple", "matching", "ordering")


class _Checker:
    """Collects `path:line: blueprint: message` errors; every value is checked before it is used."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[BankError] = []

    def error(self, line: int, code: str, **params: object) -> None:
        self.errors.append(BankError.coded(self.path, line, "blueprint", code, **params))

    def need(self, data: LineDict, key: str, kind: type | tuple[type, ...], where: str = "") -> Any:
        label = f"{where}{key}"
        if key not in data:
            self.error(data.line, "missing_field", field=label)
            return None
        value = data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.error(data.line_of(key), "wrong_type", field=label, expected=_kind(kind))
            return None
        return value

    def integer(self, data: LineDict, key: str, low: int, high: int, where: str = "") -> int | None:
        value = self.need(data, key, int, where)
        if isinstance(value, int) and not low <= value <= high:
            self.error(data.line_of(key), "between", field=f"{where}{key}", low=low, high=high, value=_number(value))
            return None
        return value if isinstance(value, int) else None

    def unknown(self, data: LineDict, allowed: set[str] | tuple[str, ...], code: str, **where: object) -> None:
        """An error per field outside `allowed`; `code` (and `where`) say in what."""
        for key in data:
            if key not in allowed:
                self.error(data.line_of(str(key)), code, field=repr(shown(str(key))), **where)

    def text(self, data: LineDict, key: str, where: str, *, required: bool = True) -> str | None:
        if key not in data and not required:
            return None
        value = self.need(data, key, str, where)
        if isinstance(value, str):
            if not value.strip():
                self.error(data.line_of(key), "not_empty", field=f"{where}{key}")
                return None
            if len(value) > _MAX_TEXT * 4:
                self.error(data.line_of(key), "longer_than", field=f"{where}{key}", count=_MAX_TEXT * 4)
                return None
        return value if isinstance(value, str) else None

    def bilingual(self, data: LineDict, key: str, where: str = "", *, required: bool = True) -> None:
        if key not in data and not required:
            return
        value = self.need(data, key, dict, where)
        if isinstance(value, LineDict):
            for lang in _LANGUAGES:
                self.text(value, lang, f"{where}{key}.")
            self.unknown(value, _LANGUAGES, "unknown_in_languages", key=f"{where}{key}")


def _kind(kind: type | tuple[type, ...]) -> str:  # (question_bank.messages.PHRASES)
    names = {int: "a whole number", str: "text", dict: "a mapping", list: "a list", bool: "true or false"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _number(value: int) -> str:
    text = str(value) if abs(value) < 10**30 else f"{str(value)[:10]}… ({len(str(abs(value)))} digits)"
    return text


def load_blueprint(path: Path) -> tuple[Blueprint | None, list[BankError]]:
    """Parse a blueprint file; return it, or None with every error found (never raises on content)."""
    shown_path = str(path)
    try:
        data = load_file(path)
    except YamlProblem as exc:
        return None, [BankError(shown_path, exc.line, "blueprint", exc.message, exc.code, exc.params)]
    except OSError as exc:
        return None, [BankError.coded(shown_path, 1, "blueprint", "cannot_read", reason=os_reason(exc))]
    if not isinstance(data, LineDict):
        line = data.line if isinstance(data, LineList) else 1
        return None, [BankError.coded(shown_path, line, "blueprint", "blueprint_mapping")]
    check = _Checker(shown_path)
    _check_exam(check, data)
    scale = _check_scale(check, data)
    _check_anchors(check, data, scale)
    _check_types(check, data, "full_exam_types", _ITEM_TYPES, required=True)
    _check_types(check, data, "practice_types", (*_ITEM_TYPES, "case_study"), required=False)
    domain_ids = _check_domains(check, data)
    _check_tasks(check, data, domain_ids)
    if check.errors:
        return None, check.errors
    try:
        return Blueprint.from_json(data), []
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a check above missed something: say so
        return None, [
            BankError.coded(shown_path, data.line, "blueprint", "blueprint_unreadable", error=type(exc).__name__)
        ]


def _check_exam(check: _Checker, data: LineDict) -> None:
    """The exam's code, title, guide version, item counts and minutes."""
    check.unknown(data, _TOP, "unknown_in_blueprint")
    exam = check.need(data, "exam", str)
    if isinstance(exam, str) and not _EXAM.match(exam):
        check.error(data.line_of("exam"), "exam_code", value=repr(shown(exam)))
    check.bilingual(data, "title")
    check.text(data, "guide_version", "", required=False)
    total = check.integer(data, "items_total", 1, _MAX_ITEMS)
    unscored = check.integer(data, "items_unscored", 0, _MAX_ITEMS)
    if total is not None and unscored is not None and unscored >= total:
        check.error(data.line_of("items_unscored"), "unscored_fewer")
    check.integer(data, "minutes", 1, _MAX_MINUTES)
    check.integer(data, "accommodation_minutes", 0, _MAX_MINUTES)


def _check_scale(check: _Checker, data: LineDict) -> tuple[int, int, int] | None:
    scale = check.need(data, "scale", dict)
    if not isinstance(scale, LineDict):
        return None
    check.unknown(scale, ("min", "max", "pass"), "unknown_in_scale")
    values = [check.integer(scale, key, 0, _MAX_SCALE, "scale.") for key in ("min", "max", "pass")]
    low, high, mark = values
    if low is None or high is None or mark is None:
        return None
    if low >= high:
        check.error(data.line_of("scale"), "scale_order", low=low, high=high)
        return None
    if not low <= mark <= high:
        check.error(data.line_of("scale"), "scale_pass", mark=mark)
        return None
    return low, high, mark


def _check_anchors(check: _Checker, data: LineDict, scale: tuple[int, int, int] | None) -> None:
    anchors = check.need(data, "scaled_estimate", list)
    if not isinstance(anchors, LineList):
        return
    pairs: list[tuple[float, int]] = []
    for index, pair in enumerate(anchors):
        ok = (
            isinstance(pair, list)
            and len(pair) == 2
            and isinstance(pair[0], int | float)
            and not isinstance(pair[0], bool)
            and isinstance(pair[1], int)
            and not isinstance(pair[1], bool)
            and 0.0 <= float(pair[0]) <= 1.0
        )
        if not ok:
            check.error(anchors.line_of(index), "estimate_entry")
            continue
        pairs.append((float(pair[0]), int(pair[1])))
    if len(pairs) != len(anchors):
        return
    shares = [x for x, _ in pairs]
    if len(pairs) < 2 or shares[0] != 0.0 or shares[-1] != 1.0 or any(b <= a for a, b in pairwise(shares)):
        check.error(anchors.line, "estimate_shares")
        return
    scores = [y for _, y in pairs]
    if any(b < a for a, b in pairwise(scores)):
        check.error(anchors.line, "estimate_falls")
    if scale is not None and any(not scale[0] <= y <= scale[1] for y in scores):
        check.error(anchors.line, "estimate_scale", low=scale[0], high=scale[1])
    elif scale is not None and scores[-1] < scale[2]:
        # Every domain would "meet the competencies" while no score could ever pass: refuse the contradiction.
        check.error(anchors.line, "estimate_never_passes", mark=scale[2])


def _check_types(check: _Checker, data: LineDict, key: str, known: tuple[str, ...], *, required: bool) -> None:
    if key not in data and not required:
        return
    kinds = check.need(data, key, list)
    if not isinstance(kinds, LineList):
        return
    if not kinds:
        check.error(data.line_of(key), "types_empty", field=key)
    for index, kind in enumerate(kinds):
        if not isinstance(kind, str) or kind not in known:
            text = shown(kind) if isinstance(kind, str) else type(kind).__name__
            check.error(kinds.line_of(index), "unknown_item_type", value=repr(text), field=key, known=", ".join(known))
    if len({k for k in kinds if isinstance(k, str)}) != len(kinds):
        check.error(data.line_of(key), "types_twice", field=key)


def _check_domains(check: _Checker, data: LineDict) -> dict[int, int]:
    """Domain ids (with their line) of the well-formed domains."""
    domains = check.need(data, "domains", list)
    found: dict[int, int] = {}
    if not isinstance(domains, LineList):
        return found
    if not domains:
        check.error(data.line_of("domains"), "no_domain")
    for index, domain in enumerate(domains):
        if not isinstance(domain, LineDict):
            check.error(domains.line_of(index), "domain_mapping")
            continue
        check.unknown(domain, ("id", "weight", "title"), "unknown_in_domain", number=index + 1)
        did = check.integer(domain, "id", 1, 99, "domains[].")
        check.integer(domain, "weight", 1, 100, "domains[].")
        check.bilingual(domain, "title", "domains[].")
        if did is not None:
            if did in found:
                check.error(domain.line_of("id"), "domain_twice", domain=did)
            found.setdefault(did, domain.line_of("id"))
    return found


def _check_tasks(check: _Checker, data: LineDict, domain_ids: dict[int, int]) -> None:
    tasks = check.need(data, "tasks", list)
    if not isinstance(tasks, LineList):
        return
    seen: set[str] = set()
    used: set[int] = set()
    for index, task in enumerate(tasks):
        if not isinstance(task, LineDict):
            check.error(tasks.line_of(index), "task_mapping")
            continue
        check.unknown(task, ("id", "title", "covers", "resources"), "unknown_in_task", number=index + 1)
        tid = check.need(task, "id", str, "tasks[].")
        if isinstance(tid, str):
            if not _TASK_ID.match(tid) or int(tid.split(".")[0]) not in domain_ids:
                check.error(task.line_of("id"), "task_id_domain", value=repr(shown(tid)))
            else:
                used.add(int(tid.split(".")[0]))
            if tid in seen:
                check.error(task.line_of("id"), "task_twice", value=repr(shown(tid)))
            seen.add(tid)
        check.bilingual(task, "title", "tasks[].")
        check.bilingual(task, "covers", "tasks[].", required=False)
        _check_resources(check, task)
    for did, line in domain_ids.items():
        if did not in used:
            check.error(line, "domain_no_tasks", domain=did)


def _check_resources(check: _Checker, task: LineDict) -> None:
    if "resources" not in task:
        return
    resources = task["resources"]
    if not isinstance(resources, LineList):
        check.error(task.line_of("resources"), "resources_list")
        return
    for index, entry in enumerate(resources):
        if not isinstance(entry, LineDict):
            check.error(resources.line_of(index), "resources_list")
            continue
        check.unknown(entry, ("title", "url"), "unknown_in_resource", number=index + 1)
        check.text(entry, "title", "resources[].")
        url = check.text(entry, "url", "resources[].")
        # Study resources become links in the PDF: each must be a safe https link.
        problem = link_problem(url) if isinstance(url, str) and url else None
        if problem is not None:
            check.error(entry.line_of("url"), "resource_not_https", number=index + 1, reason=problem)


def find_blueprint(start: Path, exam: str, shipped_root: Path, root: Path | None = None) -> Path | None:
    """The blueprint for `exam`: the nearest blueprint.yaml from `start` up to `root` (the folder the user named,
    never above it: a blueprint.yaml in some parent folder is not the pack's), else the shipped one."""
    folders = [start]
    if root is not None and start != root and root in start.parents:
        folders.extend(p for p in start.parents if p == root or root in p.parents)
    for folder in folders:
        candidate = folder / BLUEPRINT_NAME
        if candidate.is_file():
            try:
                data = load_file(candidate)
            except (YamlProblem, OSError):
                return candidate  # the pack's own blueprint is broken: load_blueprint says where
            code = data.get("exam") if isinstance(data, dict) else None
            if code == exam or not isinstance(code, str) or not _EXAM.match(code):
                return candidate  # this exam's, or one that names no exam: report it rather than skip it
    shipped = shipped_root / exam / BLUEPRINT_NAME
    return shipped if shipped.is_file() else None
