"""An exam's authoring catalogue: the concepts items may cover and the AWS services with their status."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path

from question_bank.errors import BankError
from question_bank.yaml_lines import LineDict, LineList, YamlProblem, load_file, shown
from simulator.os_reasons import os_reason

SERVICES_NAME = "services.yaml"
CONCEPTS_DIR = "concepts"
SERVICE_PREFIX = "svc:"
# Concept ids read "<task>.<kebab-case>"; service ids are kebab-case and are written "svc:<id>" in items.
CONCEPT_ID = re.compile(r"^\d+\.\d+\.[a-z0-9]+(?:-[a-z0-9]+)*\Z")
SERVICE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
CONCEPT_SOURCES = ("guide", "deck")
# A service that is not simply available to everyone: items keyed on it are listed for review.
SERVICE_STATUSES = ("active", "closed-to-new-customers", "end-of-life", "legacy", "renamed")


@dataclass(frozen=True)
class Concept:
    id: str
    task: str
    source: str
    text: str


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    status: str = "active"
    checked: dt.date | None = None
    since: dt.date | None = None
    source: str = ""
    note: str = ""

    @property
    def flagged(self) -> bool:
        return self.status != "active"


@dataclass
class Catalogue:
    concepts: dict[str, Concept] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.concepts and not self.services

    def knows(self, cover: str) -> bool:
        if cover.startswith(SERVICE_PREFIX):
            return cover[len(SERVICE_PREFIX) :] in self.services
        return cover in self.concepts


def is_catalogue_file(path: Path) -> bool:
    """Catalogue files sit in an exam folder beside the items and are not item files."""
    return path.name == SERVICES_NAME or path.parent.name == CONCEPTS_DIR


def _text(entry: LineDict, key: str, where: str, errors: list[BankError], ident: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        errors.append(BankError.coded(where, entry.line_of(key), ident, "empty_text", field=key))
        return ""
    return value.strip()


def _entries(path: Path, key: str, errors: list[BankError]) -> tuple[LineDict | None, LineList]:
    where = str(path)
    try:
        data = load_file(path)
    except YamlProblem as exc:
        errors.append(BankError(where, exc.line, "-", exc.message, exc.code, exc.params))
        return None, LineList()
    except OSError as exc:
        errors.append(BankError.coded(where, 0, "-", "cannot_read", reason=os_reason(exc)))
        return None, LineList()
    if not isinstance(data, LineDict) or not isinstance(data.get(key), LineList):
        errors.append(BankError.coded(where, getattr(data, "line", 1), "-", "catalogue_list", key=key))
        return None, LineList()
    return data, data[key]


def _entry_id(
    entry: object,
    line: int,
    where: str,
    rule: tuple[str, re.Pattern[str], str],  # service or concept, its id's pattern, how an id reads
    taken: Container[str],
    errors: list[BankError],
) -> tuple[LineDict, str] | None:
    """A catalogue entry and its id, or None after reporting why it cannot be used."""
    what, pattern, shape = rule
    if not isinstance(entry, LineDict):
        errors.append(BankError.coded(where, line, "-", f"{what}_mapping"))
        return None
    raw_id = entry.get("id")
    if not isinstance(raw_id, str) or not pattern.match(raw_id):
        errors.append(BankError.coded(where, line, "-", f"{what}_id", shape=shape))
        return None
    if raw_id in taken:
        errors.append(BankError.coded(where, line, raw_id, f"duplicate_{what}"))
        return None
    return entry, raw_id


def _load_services(path: Path, catalogue: Catalogue, errors: list[BankError]) -> None:
    where = str(path)
    _, entries = _entries(path, "services", errors)
    for index, raw in enumerate(entries):
        line = entries.line_of(index)
        found = _entry_id(raw, line, where, ("service", SERVICE_ID, "lowercase-kebab-case"), catalogue.services, errors)
        if found is None:
            continue
        entry, raw_id = found
        name = _text(entry, "name", where, errors, raw_id)
        status = entry.get("status", "active")
        if status not in SERVICE_STATUSES:
            statuses = ", ".join(SERVICE_STATUSES)
            errors.append(BankError.coded(where, entry.line_of("status"), raw_id, "service_status", statuses=statuses))
            continue
        checked = entry.get("checked")
        since = entry.get("since")
        source = entry.get("source", "")
        if status != "active":
            if not isinstance(checked, dt.date):
                errors.append(BankError.coded(where, line, raw_id, "status_checked"))
            if not isinstance(source, str) or not source.startswith("https://"):
                errors.append(BankError.coded(where, line, raw_id, "status_source"))
        note = entry.get("note", "")
        catalogue.services[raw_id] = Service(
            raw_id,
            name,
            str(status),
            checked if isinstance(checked, dt.date) else None,
            since if isinstance(since, dt.date) else None,
            source if isinstance(source, str) else "",
            note if isinstance(note, str) else "",
        )


def _load_concepts(path: Path, tasks: set[str], catalogue: Catalogue, errors: list[BankError]) -> None:
    where = str(path)
    data, entries = _entries(path, "concepts", errors)
    if data is None:
        return
    task = data.get("task")
    if task not in tasks:
        errors.append(BankError.coded(where, data.line_of("task"), "-", "unknown_task", value=f"'{shown(str(task))}'"))
        return
    own_task = re.compile(re.escape(f"{task}.") + CONCEPT_ID.pattern.removeprefix(r"^\d+\.\d+\."))
    for index, raw in enumerate(entries):
        line = entries.line_of(index)
        found = _entry_id(raw, line, where, ("concept", own_task, f"{task}.<kebab-case>"), catalogue.concepts, errors)
        if found is None:
            continue
        entry, raw_id = found
        source = entry.get("source")
        if source not in CONCEPT_SOURCES:
            sources = ", ".join(CONCEPT_SOURCES)
            errors.append(BankError.coded(where, entry.line_of("source"), raw_id, "concept_source", sources=sources))
            continue
        text = _text(entry, "text", where, errors, raw_id)
        catalogue.concepts[raw_id] = Concept(raw_id, str(task), str(source), text)


def load_catalogue(exam_folder: Path, tasks: set[str]) -> tuple[Catalogue, list[BankError]]:
    """Read `services.yaml` and `concepts/*.yaml` of an exam folder; both are optional."""
    catalogue = Catalogue()
    errors: list[BankError] = []
    services = exam_folder / SERVICES_NAME
    if services.is_file():
        _load_services(services, catalogue, errors)
    concepts = exam_folder / CONCEPTS_DIR
    if concepts.is_dir():
        for path in sorted(concepts.glob("*.yaml")):
            _load_concepts(path, tasks, catalogue, errors)
    return catalogue, errors
