"""Check bank YAML files against the authoring contract and collect every error."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from question_bank.blueprint_file import BLUEPRINT_NAME, find_blueprint, load_blueprint
from question_bank.catalogue import SERVICE_PREFIX, Catalogue, is_catalogue_file, load_catalogue
from question_bank.errors import BankError
from question_bank.yaml_lines import LineDict, LineList, YamlProblem, load_file
from question_bank.yaml_lines import shown as printable
from simulator.blueprint import Blueprint
from simulator.content import ITEM_TYPES, MAX_OPTIONS, ItemContent, ItemType, Option, Prompt, Response, Step
from simulator.links import link_problem
from simulator.os_reasons import os_reason

SHIPPED_ROOT = Path(__file__).resolve().parent
# \Z, not $: "$" also matches before a final newline, and a block scalar ("id: |") ends with one.
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}\Z")
_LANGUAGES = ("es", "en")
_TYPE_FIELDS = {
    "single": {"options"},
    "multiple": {"options"},
    "matching": {"prompts", "responses"},
    "ordering": {"steps"},
}
_ALL_SHAPE_FIELDS = {"options", "prompts", "responses", "steps"}
# Fields an author may write; anything else is most likely a typo ("dificulty") and is warned about.
_ITEM_FIELDS = frozenset(
    {"id", "task", "type", "difficulty", "tags", "stem", "explanation", "references", "verified", "kind", "covers"}
    | _ALL_SHAPE_FIELDS
)
_PART_FIELDS = {
    "option": frozenset({"text", "correct", "why"}),
    "prompt": frozenset({"text", "answer", "why"}),
    "response": frozenset({"key", "text"}),
    "step": frozenset({"text", "why"}),
}
_CASE_FIELDS = frozenset({"id", "title", "scenario", "items"})
ITEM_KINDS = ("application", "recall")
# A hostile file can hold hundreds of thousands of broken items; past this many errors one file is
# not checked further (the errors so far are reported, ending with a note that checking stopped).
MAX_ERRORS_PER_FILE = 1000


def _show(value: object) -> str:
    """A value from a bank file as it may appear inside a one-line error message."""
    if isinstance(value, str):
        return f"'{printable(value)}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None or isinstance(value, bool | int | float):
        return printable(str(value))
    return f"a {type(value).__name__} value"


def _one_line(error: BankError) -> BankError:
    """The error with its id and message on one printable line, whatever text the file held."""
    item_id = printable(error.item_id, 100)
    message = printable(error.message, 500)
    if item_id == error.item_id and message == error.message:
        return error
    return BankError(error.path, error.line, item_id, message, error.code, error.params)


@dataclass(frozen=True)
class CaseStudy:
    id: str
    exam: str
    title: str
    scenario: str
    item_ids: tuple[str, ...]


@dataclass(frozen=True)
class ItemMeta:
    """Authoring facts about an item that candidates never see: when its key was checked, what it tests."""

    verified: dt.date | None = None
    kind: str | None = None
    covers: tuple[str, ...] = ()
    path: str = ""
    line: int = 0  # of `covers`, where an unknown id is reported


@dataclass
class ExamBank:
    """Everything validated for one exam code."""

    blueprint: Blueprint
    blueprint_path: Path
    items: list[ItemContent] = field(default_factory=list)
    case_studies: list[CaseStudy] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    origins: dict[str, tuple[str, int]] = field(default_factory=dict)
    meta: dict[str, ItemMeta] = field(default_factory=dict)
    catalogue: Catalogue = field(default_factory=Catalogue)

    def add(self, content: ItemContent, path: str, line: int, errors: list[BankError]) -> bool:
        """Keep an item unless its id is taken; report where the first one lives."""
        if content.id in self.origins:
            first_path, first_line = self.origins[content.id]
            errors.append(BankError.coded(path, line, content.id, "duplicate_id", first=f"{first_path}:{first_line}"))
            return False
        self.origins[content.id] = (path, line)
        self.items.append(content)
        return True

    def content_hash(self) -> str:
        digest = hashlib.sha256()
        for path in sorted({self.blueprint_path, *self.files}):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()


@dataclass
class ValidationReport:
    banks: dict[str, ExamBank] = field(default_factory=dict)
    errors: list[BankError] = field(default_factory=list)
    warnings: list[BankError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def item_count(self) -> int:
        return sum(len(b.items) for b in self.banks.values())


def bank_files(paths: Iterable[Path]) -> tuple[list[Path], list[BankError]]:
    """Expand folders to their *.yaml / *.yml files (blueprints excluded), in a stable order."""
    files: list[Path] = []
    errors: list[BankError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            files.extend(p for p in found if p.name != BLUEPRINT_NAME and not is_catalogue_file(p))
        elif path.is_file():
            if path.name != BLUEPRINT_NAME and not is_catalogue_file(path):
                files.append(path)
        elif path.exists():
            errors.append(BankError.coded(str(path), 0, "-", "not_file_or_folder"))
        else:
            errors.append(BankError.coded(str(path), 0, "-", "no_such_path"))
    return files, errors


class _ItemChecker:
    """Checks one item mapping; appends errors and returns content when it is valid."""

    def __init__(self, path: str, tasks: set[str], errors: list[BankError], warnings: list[BankError]) -> None:
        self.path = path
        self.tasks = tasks
        self.errors = errors
        self.warnings = warnings
        self.last_meta = ItemMeta()  # the authoring fields of the item check() last returned

    def error(self, line: int, item_id: str, code: str, **params: object) -> None:
        self.errors.append(BankError.coded(self.path, line, item_id, code, **params))

    def unknown_fields(self, data: LineDict, known: frozenset[str], item_id: str, code: str, number: int = 0) -> None:
        """Warn about fields outside `known`; `code` says of what (an item, option `number`...)."""
        for key in data:
            if key not in known:
                where = {"number": number} if number else {}
                warning = BankError.coded(self.path, data.line_of(key), item_id, code, field=_show(key), **where)
                self.warnings.append(warning)

    def authoring(self, data: LineDict, item_id: str) -> ItemMeta:
        """The optional authoring fields: verified (a date), kind and covers."""
        verified = data.get("verified")
        if isinstance(verified, str):
            with contextlib.suppress(ValueError):  # an unparsable date is reported just below
                verified = dt.date.fromisoformat(verified)
        if verified is not None and (not isinstance(verified, dt.date) or isinstance(verified, dt.datetime)):
            self.error(data.line_of("verified"), item_id, "verified_date")
            verified = None
        kind = data.get("kind")
        if kind is not None and kind not in ITEM_KINDS:
            self.error(data.line_of("kind"), item_id, "kind_value")
            kind = None
        covers = data.get("covers", [])
        if not isinstance(covers, list) or not all(isinstance(c, str) and c.strip() for c in covers):
            self.error(data.line_of("covers"), item_id, "covers_list")
            covers = []
        elif len(set(covers)) != len(covers):
            self.error(data.line_of("covers"), item_id, "covers_twice")
        return ItemMeta(verified, kind, tuple(c.strip() for c in covers), self.path, data.line_of("covers"))

    def text(self, data: LineDict, key: str, item_id: str, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.error(data.line, item_id, "missing_field", field=key)
            return ""
        if not isinstance(value, str) or not value.strip():
            self.error(data.line_of(key), item_id, "empty_text", field=key)
            return ""
        return value.strip()

    def check(self, data: Any, line: int, case: CaseStudyDraft | None = None) -> ItemContent | None:
        """One item: every problem reported (in field order), the content returned only when there is none."""
        if not isinstance(data, LineDict):
            self.error(line, "-", "item_mapping")
            return None
        before = len(self.errors)
        item_id = self._item_id(data)
        task = self._task(data, item_id)
        kind = self._type(data, item_id)
        difficulty = data.get("difficulty")
        # type() and not isinstance(): True is an int, and 1.0 == 1 would store a float difficulty.
        if difficulty is not None and (type(difficulty) is not int or difficulty not in (1, 2, 3)):
            self.error(data.line_of("difficulty"), item_id, "difficulty")
        tags = data.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            self.error(data.line_of("tags"), item_id, "tags_list")
            tags = []
        self.unknown_fields(data, _ITEM_FIELDS, item_id, "unknown_item_field")
        meta = self.authoring(data, item_id)
        stem = self.text(data, "stem", item_id)
        explanation = self.text(data, "explanation", item_id)
        references = self._references(data, item_id)
        options, prompts, responses, steps = self._shape(data, item_id, kind)
        if len(self.errors) != before:
            return None
        content = ItemContent(
            id=item_id,
            task=str(task),
            type=cast(ItemType, kind),
            stem=stem,
            explanation=explanation,
            references=references,
            options=options,
            prompts=prompts,
            responses=responses,
            steps=steps,
            difficulty=difficulty,
            tags=tuple(t.strip() for t in tags),
            case_study=case.id if case else None,
            scenario=case.scenario if case else None,
            case_title=case.title if case else None,
        )
        self.last_meta = meta
        return content

    def _item_id(self, data: LineDict) -> str:
        """The item's id, or "-" when it is missing or malformed (reported)."""
        raw_id = data.get("id")
        # Only a well-formed id names the item in messages: anything else could span lines or fake fields.
        item_id = raw_id if isinstance(raw_id, str) and _ID.match(raw_id) else "-"
        if raw_id is None:
            self.error(data.line, "-", "missing_field", field="id")
        elif item_id == "-":
            self.error(data.line_of("id"), "-", "bad_id", value=_show(raw_id))
        return item_id

    def _task(self, data: LineDict, item_id: str) -> Any:
        task = data.get("task")
        if task is None:
            self.error(data.line, item_id, "missing_field", field="task")
        elif not isinstance(task, str):
            self.error(data.line_of("task"), item_id, "task_quoted")
        elif task not in self.tasks:
            self.error(data.line_of("task"), item_id, "unknown_task", value=_show(task))
        return task

    def _type(self, data: LineDict, item_id: str) -> Any:
        kind = data.get("type")
        if kind is None:
            self.error(data.line, item_id, "missing_field", field="type")
        elif kind not in ITEM_TYPES:
            self.error(data.line_of("type"), item_id, "unknown_type", value=_show(kind), types=", ".join(ITEM_TYPES))
        return kind

    def _references(self, data: LineDict, item_id: str) -> tuple[str, ...]:
        refs = data.get("references")
        references: list[str] = []
        if refs is None:
            self.error(data.line, item_id, "missing_field", field="references")
        elif not isinstance(refs, LineList) or not refs:
            self.error(data.line_of("references"), item_id, "references_list")
        else:
            for index, url in enumerate(refs):
                problem = link_problem(url)
                if problem is not None:
                    self.error(refs.line_of(index), item_id, "reference_not_https", number=index + 1, reason=problem)
                else:
                    references.append(url)
        return tuple(references)

    def _shape(
        self, data: LineDict, item_id: str, kind: Any
    ) -> tuple[tuple[Option, ...], tuple[Prompt, ...], tuple[Response, ...], tuple[Step, ...]]:
        """The type's own fields (options, prompts and responses, or steps); another type's fields are errors."""
        if kind not in ITEM_TYPES:
            return (), (), (), ()
        for extra in sorted(_ALL_SHAPE_FIELDS - _TYPE_FIELDS[kind]):
            if extra in data:
                self.error(data.line_of(extra), item_id, "wrong_shape_field", field=extra, kind=kind)
        if kind in ("single", "multiple"):
            return self.options(data, item_id, kind), (), (), ()
        if kind == "matching":
            prompts, responses = self.matching(data, item_id)
            return (), prompts, responses, ()
        return (), (), (), self.steps(data, item_id)

    def _list(self, data: LineDict, key: str, item_id: str) -> LineList | None:
        value = data.get(key)
        if value is None:
            self.error(data.line, item_id, "missing_field", field=key)
            return None
        if not isinstance(value, LineList):
            self.error(data.line_of(key), item_id, "must_be_list", field=key)
            return None
        return value

    def options(self, data: LineDict, item_id: str, kind: str) -> tuple[Option, ...]:
        raw = self._list(data, "options", item_id)
        if raw is None:
            return ()
        where = data.line_of("options")  # the key's line: a block list only starts on the line below
        result: list[Option] = []
        for index, entry in enumerate(raw):
            line = raw.line_of(index)
            if not isinstance(entry, LineDict):
                self.error(line, item_id, "option_mapping", number=index + 1)
                continue
            self.unknown_fields(entry, _PART_FIELDS["option"], item_id, "unknown_option_field", index + 1)
            text = self.text(entry, "text", item_id)
            why = self.text(entry, "why", item_id)
            correct = entry.get("correct", False)
            if not isinstance(correct, bool):
                self.error(entry.line_of("correct"), item_id, "option_correct", number=index + 1)
                correct = False
            result.append(Option(text, correct, why))
        texts = [o.text for o in result]
        if len(set(texts)) != len(texts):
            self.error(where, item_id, "same_option_text")
        n_correct = sum(o.correct for o in result)
        if kind == "single":
            if len(raw) != 4:
                self.error(where, item_id, "single_options", found=len(raw))
            if n_correct != 1:
                self.error(where, item_id, "single_correct", found=n_correct)
        else:
            if len(raw) < 5:
                self.error(where, item_id, "multiple_few", found=len(raw))
            elif len(raw) > MAX_OPTIONS:
                self.error(where, item_id, "multiple_many", most=MAX_OPTIONS, found=len(raw))
            if n_correct < 2:
                self.error(where, item_id, "multiple_correct", found=n_correct)
            elif n_correct >= len(raw):
                self.error(where, item_id, "multiple_wrong")
        return tuple(result)

    def matching(self, data: LineDict, item_id: str) -> tuple[tuple[Prompt, ...], tuple[Response, ...]]:
        raw_responses = self._list(data, "responses", item_id)
        raw_prompts = self._list(data, "prompts", item_id)
        responses: list[Response] = []
        if raw_responses is not None:
            for index, entry in enumerate(raw_responses):
                if not isinstance(entry, LineDict):
                    self.error(raw_responses.line_of(index), item_id, "response_mapping", number=index + 1)
                    continue
                self.unknown_fields(entry, _PART_FIELDS["response"], item_id, "unknown_response_field", index + 1)
                key = entry.get("key")
                if not isinstance(key, str) or not key.strip():
                    self.error(entry.line_of("key"), item_id, "response_key", number=index + 1)
                    continue
                responses.append(Response(key.strip(), self.text(entry, "text", item_id)))
            keys = [r.key for r in responses]
            if len(set(keys)) != len(keys):
                self.error(data.line_of("responses"), item_id, "responses_share_key")
            if len(raw_responses) < 2:
                self.error(data.line_of("responses"), item_id, "matching_responses")
        keys_known = {r.key for r in responses}
        prompts: list[Prompt] = []
        if raw_prompts is not None:
            if not 3 <= len(raw_prompts) <= 7:
                found = len(raw_prompts)
                self.error(data.line_of("prompts"), item_id, "matching_prompts", found=found)
            for index, entry in enumerate(raw_prompts):
                line = raw_prompts.line_of(index)
                if not isinstance(entry, LineDict):
                    self.error(line, item_id, "prompt_mapping", number=index + 1)
                    continue
                self.unknown_fields(entry, _PART_FIELDS["prompt"], item_id, "unknown_prompt_field", index + 1)
                text = self.text(entry, "text", item_id)
                answer = entry.get("answer")
                if not isinstance(answer, str):
                    self.error(entry.line_of("answer"), item_id, "prompt_answer", number=index + 1)
                    continue
                if answer not in keys_known:
                    self.error(
                        entry.line_of("answer"), item_id, "prompt_undefined", number=index + 1, value=_show(answer)
                    )
                why = self.text(entry, "why", item_id, required=False)
                prompts.append(Prompt(text, answer, why))
            texts = [p.text for p in prompts]
            if len(set(texts)) != len(texts):
                self.error(data.line_of("prompts"), item_id, "same_prompt_text")
        return tuple(prompts), tuple(responses)

    def steps(self, data: LineDict, item_id: str) -> tuple[Step, ...]:
        raw = self._list(data, "steps", item_id)
        if raw is None:
            return ()
        where = data.line_of("steps")
        if not 3 <= len(raw) <= 5:
            self.error(where, item_id, "ordering_steps", found=len(raw))
        result: list[Step] = []
        for index, entry in enumerate(raw):
            line = raw.line_of(index)
            if isinstance(entry, str) and entry.strip():
                result.append(Step(entry.strip()))
            elif isinstance(entry, LineDict):
                self.unknown_fields(entry, _PART_FIELDS["step"], item_id, "unknown_step_field", index + 1)
                result.append(Step(self.text(entry, "text", item_id), self.text(entry, "why", item_id, required=False)))
            else:
                self.error(line, item_id, "step_shape", number=index + 1)
        texts = [s.text for s in result]
        if len(set(texts)) != len(texts):
            self.error(where, item_id, "same_step_text")
        return tuple(result)


@dataclass(frozen=True)
class CaseStudyDraft:
    id: str
    title: str
    scenario: str


def _check_file(
    path: Path,
    report: ValidationReport,
    blueprints: dict[str, tuple[Path, Blueprint | None]],
    root: Path | None = None,
) -> None:
    shown = str(path)
    errors = report.errors
    try:
        data = load_file(path)
    except YamlProblem as exc:
        errors.append(BankError(shown, exc.line, "-", exc.message, exc.code, exc.params))
        return
    except OSError as exc:
        errors.append(BankError.coded(shown, 0, "-", "cannot_read", reason=os_reason(exc)))
        return
    if not isinstance(data, LineDict):
        line = data.line if isinstance(data, LineList) else 1
        errors.append(BankError.coded(shown, line, "-", "bank_file_mapping"))
        return
    exam = data.get("exam")
    if not isinstance(exam, str) or not _ID.match(exam):
        errors.append(BankError.coded(shown, data.line_of("exam"), "-", "exam_field"))
        return
    language = data.get("language")
    if language not in _LANGUAGES:
        errors.append(BankError.coded(shown, data.line_of("language"), "-", "language_field"))
    for key in data:
        if key not in ("exam", "language", "items", "case_studies"):
            errors.append(BankError.coded(shown, data.line_of(key), "-", "unknown_top_field", field=_show(key)))
    if exam not in blueprints:
        found = find_blueprint(path.parent.resolve(), exam, SHIPPED_ROOT, root)
        if found is None:
            blueprints[exam] = (path, None)
            errors.append(BankError.coded(shown, data.line_of("exam"), "-", "no_blueprint", exam=exam))
        else:
            blueprint, problems = load_blueprint(found)
            errors.extend(problems)
            blueprints[exam] = (found, blueprint)
            if blueprint is not None:
                report.banks[exam] = ExamBank(blueprint, found)
    _, blueprint = blueprints[exam]
    if blueprint is None:
        return
    bank = report.banks[exam]
    bank.files.append(path)
    checker = _ItemChecker(shown, {t.id for t in blueprint.tasks}, errors, report.warnings)
    items = data.get("items", LineList())
    if not isinstance(items, LineList):
        errors.append(BankError.coded(shown, data.line_of("items"), "-", "must_be_list", field="items"))
        items = LineList()
    first_error = len(errors)

    def too_many(line: int) -> bool:
        if len(errors) - first_error <= MAX_ERRORS_PER_FILE:
            return False
        errors.append(BankError.coded(shown, line, "-", "too_many_errors", count=MAX_ERRORS_PER_FILE))
        return True

    for index, entry in enumerate(items):
        if too_many(items.line_of(index)):
            return
        content = checker.check(entry, items.line_of(index))
        if content is not None and bank.add(content, shown, items.line_of(index), errors):
            bank.meta[content.id] = checker.last_meta
    cases = data.get("case_studies", LineList())
    if not isinstance(cases, LineList):
        errors.append(BankError.coded(shown, data.line_of("case_studies"), "-", "must_be_list", field="case_studies"))
        return
    for index, case in enumerate(cases):
        if too_many(cases.line_of(index)):
            return
        _check_case(case, cases.line_of(index), exam, checker, bank)


def _check_case(case: Any, line: int, exam: str, checker: _ItemChecker, bank: ExamBank) -> None:
    if not isinstance(case, LineDict):
        checker.error(line, "-", "case_mapping")
        return
    raw_id = case.get("id")
    case_id = raw_id if isinstance(raw_id, str) and _ID.match(raw_id) else "-"
    if case_id == "-":
        checker.error(case.line_of("id"), "-", "case_id")
    checker.unknown_fields(case, _CASE_FIELDS, case_id, "unknown_case_field")
    scenario = checker.text(case, "scenario", case_id)
    title = checker.text(case, "title", case_id, required=False) or case_id
    items = case.get("items")
    if not isinstance(items, LineList) or len(items) < 2:
        checker.error(case.line_of("items"), case_id, "case_items")
        return
    draft = CaseStudyDraft(case_id, title, scenario)
    ids: list[str] = []
    for index, entry in enumerate(items):
        content = checker.check(entry, items.line_of(index), draft)
        if content is not None and bank.add(content, checker.path, items.line_of(index), checker.errors):
            bank.meta[content.id] = checker.last_meta
            ids.append(content.id)
    if case_id == "-" or not scenario or len(ids) != len(items):
        return
    if case_id in bank.origins:
        first_path, first_line = bank.origins[case_id]
        checker.error(case.line_of("id"), case_id, "duplicate_id", first=f"{first_path}:{first_line}")
        return
    bank.origins[case_id] = (checker.path, case.line_of("id"))
    bank.case_studies.append(CaseStudy(case_id, exam, title, scenario, tuple(ids)))


def pack_root(file: Path, paths: Sequence[Path]) -> Path:
    """The folder a blueprint may come from: the named folder holding `file`, or the file's own folder."""
    resolved = file.resolve()
    for path in paths:
        if path.is_dir() and path.resolve() in resolved.parents:
            return path.resolve()
    return resolved.parent


def validate(paths: Sequence[Path]) -> ValidationReport:
    """Validate bank files and folders; the report holds valid content per exam and every error."""
    # Parsing makes hundreds of thousands of small objects and no reference cycles worth collecting;
    # pausing the cyclic GC keeps large banks from paying for repeated full collections.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _validate(paths)
    finally:
        if enabled:
            gc.enable()


def _validate(paths: Sequence[Path]) -> ValidationReport:
    report = ValidationReport()
    files, errors = bank_files(paths)
    report.errors.extend(errors)
    blueprints: dict[str, tuple[Path, Blueprint | None]] = {}
    for path in files:
        _check_file(path, report, blueprints, pack_root(path, paths))
    for bank in report.banks.values():
        _check_covers(bank, report.errors)
    report.errors[:] = sorted(_one_line(e) for e in report.errors)
    report.warnings[:] = sorted(_one_line(e) for e in report.warnings)
    return report


def _check_covers(bank: ExamBank, errors: list[BankError]) -> None:
    """Load the exam's catalogue; with one present, every covered id must be in it."""
    tasks = {t.id for t in bank.blueprint.tasks}
    bank.catalogue, problems = load_catalogue(bank.blueprint_path.parent, tasks)
    errors.extend(problems)
    if bank.catalogue.empty:
        return
    for item_id, meta in bank.meta.items():
        for cover in meta.covers:
            if not bank.catalogue.knows(cover):
                code = "unknown_service" if cover.startswith(SERVICE_PREFIX) else "unknown_concept"
                errors.append(BankError.coded(meta.path, meta.line, item_id, code, value=_show(cover)))
