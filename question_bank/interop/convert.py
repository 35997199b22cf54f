"""`bank convert`: a Moodle XML, GIFT, Aiken or CSV file to a pack folder that `bank import` takes."""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from question_bank.blueprint_file import BLUEPRINT_NAME, load_blueprint
from question_bank.interop import aiken, csv_layout, gift, moodle_xml
from question_bank.interop.export import write_bytes
from question_bank.interop.model import Draft, Parsed, Problem
from question_bank.interop.text import tidy
from question_bank.messages import Located
from question_bank.validator import SHIPPED_ROOT, validate
from question_bank.yaml_lines import MAX_FILE_BYTES, YamlProblem, decode_bytes, load_text
from simulator.links import link_problem
from simulator.os_reasons import os_reason

PACK_FILE = "items.yaml"
MAX_QUESTIONS = 5000
_TASK = re.compile(r"^(?:task\s*)?(\d{1,2}\.\d{1,2})\b", re.IGNORECASE)
# What a converted item says where its source had no feedback: the truth, never an invented reason.
NO_FEEDBACK = {
    "es": "El archivo de origen no trae explicación para esto.",
    "en": "The source file gives no explanation for this.",
}


@dataclass(frozen=True)
class ConvertOptions:
    task: str | None = None  # for questions whose category names no task statement
    mapping: Path | None = None  # category → task statement
    references: tuple[str, ...] = ()  # https URLs for items whose source gives none
    language: str = "es"
    exam: str = "aif-c01"
    prefix: str = ""  # id prefix; default: the pack folder's name
    skip: bool = False  # leave out, whole, the questions that cannot be converted
    format: str | None = None  # force a format instead of recognising it


@dataclass(frozen=True)
class Conversion:
    """What a file converts to: the items, what could not be mapped (source:line: ...), and notes."""

    source: str
    format: str
    items: tuple[dict[str, Any], ...]
    problems: tuple[str, ...]
    notes: tuple[str, ...]
    left_out: int = 0
    skip: bool = False

    @property
    def ready(self) -> bool:
        """True when writing the pack carries every item over whole (or the user chose to leave some out)."""
        return bool(self.items) and (not self.problems or self.skip)

    def counts(self) -> dict[str, Counter[str]]:
        """Items per task statement and type."""
        result: dict[str, Counter[str]] = {}
        for item in self.items:
            result.setdefault(item["task"], Counter())[item["type"]] += 1
        return dict(sorted(result.items(), key=lambda kv: [int(p) for p in kv[0].split(".")]))


@dataclass
class _Run:
    source: str
    options: ConvertOptions
    tasks: set[str]
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_source(path: Path) -> bytes:
    """At most the size limit (plus a byte to notice more) of a regular file."""
    if not path.is_file():
        raise YamlProblem.coded(0, "not_regular_file")
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise YamlProblem.coded(1, "file_too_large", size=MAX_FILE_BYTES // (1024 * 1024))
    return data


def detect(data: bytes, suffix: str = "") -> str | None:
    """The format from the content; the suffix only breaks a tie. None when it is none of them."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml", b"<quiz", b"<!DOCTYPE", b"<!--")) or b"\x00<\x00" in data[:64]:
        return "moodle"
    text = data[:65536].decode("utf-8", errors="replace").lstrip("\ufeff")
    first = text.split("\n", 1)[0].strip("\r")
    if csv_layout.header_columns(first) is not None:
        return "csv"
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    has_answer = any(aiken.ANSWER.match(line) and len(line) < 20 for line in lines)
    has_options = any(aiken.OPTION.match(line) for line in lines)
    has_braces = re.search(r"(?<!\\)\{[^}]*(?<!\\)\}", text, re.DOTALL) is not None
    if has_answer and has_options and not has_braces:
        return "aiken"
    if has_braces:
        return "gift"
    by_suffix = {".xml": "moodle", ".gift": "gift", ".txt": None, ".csv": "csv"}
    return by_suffix.get(suffix.lower())


def _parse(kind: str, data: bytes) -> Parsed:
    if kind == "moodle":
        return moodle_xml.parse(data)
    try:
        text = decode_bytes(data).replace("\r\n", "\n").replace("\r", "\n")
    except YamlProblem as exc:
        return Parsed(problems=[Problem(exc.line, exc.message, "", exc.code, exc.params)])
    parser = {"gift": gift.parse, "aiken": aiken.parse, "csv": csv_layout.parse}[kind]
    return parser(text)


def _blueprint_tasks(exam: str) -> set[str]:
    blueprint, _ = load_blueprint(SHIPPED_ROOT / exam / BLUEPRINT_NAME)
    return {t.id for t in blueprint.tasks} if blueprint else set()


def load_mapping(path: Path, tasks: set[str]) -> tuple[dict[str, str], list[str]]:
    """A mapping file: `category: "4.1"` lines (YAML), keyed by a category's full path or its last segment."""
    try:
        # The bank's own loader: line numbers, and no anchors or aliases (no alias bombs).
        data = load_text(decode_bytes(read_source(path)))
    except YamlProblem as exc:
        return {}, [Located.same(f"{path}:{exc.line}: ", exc)]
    except OSError as exc:
        return {}, [Located.coded(f"{path}: ", "cannot_read_source", reason=os_reason(exc))]
    if not isinstance(data, dict):
        return {}, [Located.coded(f"{path}:1: ", "mapping_shape")]
    mapping: dict[str, str] = {}
    errors: list[str] = []
    for key, value in data.items():
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            errors.append(Located.coded(f"{path}: ", "mapping_value", category=tidy(str(key))[:60]))
            continue
        task = str(value).strip()
        if task not in tasks:
            errors.append(Located.coded(f"{path}: ", "mapping_task", category=tidy(str(key))[:60], task=task[:10]))
        mapping[tidy(str(key))] = task
    return mapping, errors


def _task(draft: Draft, run: _Run, mapping: dict[str, str]) -> str | None:
    segments = [s.strip() for s in draft.category.split("/") if s.strip()]
    for key in (draft.category, segments[-1] if segments else None):
        if key and key in mapping:
            return mapping[key]
    candidates = [draft.task] if draft.task else []
    if segments:
        match = _TASK.match(segments[-1])
        if match:
            candidates.append(match.group(1))
    for candidate in candidates:
        if candidate in run.tasks:
            return candidate
    if run.options.task:
        return run.options.task
    if draft.task:
        where = {"code": "no_task_foreign", "task": draft.task[:10], "exam": run.options.exam}
    elif draft.category:
        where = {"code": "no_task_category", "category": draft.category[:60]}
    else:
        where = {"code": "no_task_none"}
    run.problems.append(Problem.coded(draft.line, question=draft.name, **where))
    return None


def _shape(draft: Draft) -> Problem | None:
    """Why this question does not fit a Simulacro item type; None when it does."""
    if not draft.stem:
        return Problem.coded(draft.line, "empty_stem", draft.name)
    if draft.type in ("single", "multiple"):
        right = sum(1 for _, correct, _ in draft.options if correct)
        count = len(draft.options)
        if any(not text for text, _, _ in draft.options):
            return Problem.coded(draft.line, "empty_answer", draft.name)
        if draft.type == "multiple" and right == 1 and count == 4:
            draft.type = "single"
        if draft.type == "single" and (count != 4 or right != 1):
            return Problem.coded(draft.line, "one_answer_shape", draft.name, count=count, right=right)
        if draft.type == "multiple" and (count < 5 or right < 2 or right == count):
            return Problem.coded(draft.line, "several_answers_shape", draft.name, count=count, right=right)
        if len({text for text, _, _ in draft.options}) != count:
            return Problem.coded(draft.line, "same_answer_text", draft.name)
    elif draft.type == "matching":
        responses = {r for _, r, _ in draft.prompts} | set(draft.distractors)
        if not 3 <= len(draft.prompts) <= 7 or len(responses) < 2:
            return Problem.coded(draft.line, "matching_question", draft.name, count=len(draft.prompts))
        if any(not p or not r for p, r, _ in draft.prompts):
            return Problem.coded(draft.line, "empty_pair", draft.name)
        if len({p for p, _, _ in draft.prompts}) != len(draft.prompts):
            return Problem.coded(draft.line, "same_matching_prompt", draft.name)
    elif draft.type == "ordering":
        if not 3 <= len(draft.steps) <= 5 or any(not s for s in draft.steps):
            return Problem.coded(draft.line, "ordering_shape", draft.name, count=len(draft.steps))
        if len(set(draft.steps)) != len(draft.steps):
            return Problem.coded(draft.line, "same_step_text", draft.name)
    return None


def _slug(text: str, limit: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


def _ids(drafts: list[Draft], prefix: str) -> list[str]:
    """Stable ids: the pack prefix and the question's own id or name, else a digest of its text."""
    names = [_slug(d.id or d.name, 40) for d in drafts]
    repeated = {n for n, c in Counter(names).items() if c > 1}
    ids = []
    for draft, name in zip(drafts, names, strict=True):
        digest = hashlib.sha1(draft.stem.encode("utf-8")).hexdigest()[:8]
        base = name if name and name not in repeated else (f"{name}-{digest}" if name else digest)
        ids.append(f"{prefix}-{base}"[:80])
    seen: Counter[str] = Counter()
    unique = []
    for item_id in ids:
        seen[item_id] += 1
        unique.append(item_id if seen[item_id] == 1 else f"{item_id[:75]}-{seen[item_id]}")
    return unique


def _item(draft: Draft, item_id: str, task: str, references: list[str], language: str) -> tuple[dict[str, Any], int]:
    """The YAML mapping of one item, and how many texts it lacked (filled with NO_FEEDBACK)."""
    missing = 0

    def said(text: str) -> str:
        nonlocal missing
        if text:
            return text
        missing += 1
        return NO_FEEDBACK[language]

    item: dict[str, Any] = {"id": item_id, "task": task, "type": draft.type, "stem": draft.stem}
    if draft.type in ("single", "multiple"):
        item["options"] = [{"text": t, "correct": c, "why": said(w)} for t, c, w in draft.options]
    elif draft.type == "matching":
        keys: dict[str, str] = {}
        for _, response, _ in draft.prompts:
            keys.setdefault(response, f"r{len(keys) + 1}")
        for response in draft.distractors:
            keys.setdefault(response, f"r{len(keys) + 1}")
        item["prompts"] = [{"text": p, "answer": keys[r]} for p, r, _ in draft.prompts]
        item["responses"] = [{"key": k, "text": r} for r, k in keys.items()]
    else:
        item["steps"] = list(draft.steps)
    item["explanation"] = said(draft.explanation)
    item["references"] = list(references)
    return item, missing


def convert(path: Path, options: ConvertOptions) -> Conversion:
    """Read, recognise and convert a file; nothing is written (see write_pack)."""
    source = str(path)
    try:
        data = read_source(path)
    except YamlProblem as exc:
        return Conversion(source, "-", (), (Located.same(f"{source}:{exc.line}: ", exc),), ())
    except OSError as exc:
        reason = os_reason(exc)
        return Conversion(source, "-", (), (Located.coded(f"{source}: ", "cannot_read_source", reason=reason),), ())
    kind = options.format or detect(data, path.suffix)
    if kind is None:
        return Conversion(source, "-", (), (Located.coded(f"{source}:1: ", "unknown_format"),), ())
    run = _Run(source, options, _blueprint_tasks(options.exam))
    if not run.tasks:
        unknown = Located.coded(f"{source}: ", "no_exam_blueprint", exam=options.exam[:40])
        return Conversion(source, kind, (), (unknown,), ())
    setup: list[str] = []
    if options.task is not None and options.task not in run.tasks:
        setup.append(Located.coded("", "task_option", task=options.task[:10], exam=options.exam))
    setup.extend(
        Located.coded("", "reference_option", url=repr(tidy(u)[:80]), reason=link_problem(u))
        for u in options.references
        if link_problem(u)
    )
    mapping: dict[str, str] = {}
    if options.mapping is not None:
        mapping, errors = load_mapping(options.mapping, run.tasks)
        setup.extend(errors)
    if setup:
        return Conversion(source, kind, (), tuple(setup), ())
    parsed = _parse(kind, data)
    run.problems.extend(parsed.problems)
    if len(parsed.drafts) > MAX_QUESTIONS:
        message = Located.coded(f"{source}:1: ", "too_many_questions", count=len(parsed.drafts), most=MAX_QUESTIONS)
        return Conversion(source, kind, (), (message,), ())
    kept: list[tuple[Draft, str, list[str]]] = []
    for draft in parsed.drafts:
        task = _task(draft, run, mapping)
        why_not = _shape(draft)
        if why_not is not None:
            run.problems.append(why_not)
        references = draft.references or list(options.references)
        wrong = [u for u in references if link_problem(u)]
        if wrong:
            url, why = repr(tidy(wrong[0])[:60]), link_problem(wrong[0])
            run.problems.append(Problem.coded(draft.line, "reference_unsafe", draft.name, url=url, reason=why))
        elif not references:
            run.problems.append(Problem.coded(draft.line, "no_reference", draft.name))
        if task and why_not is None and not wrong and references:
            kept.append((draft, task, references))
    prefix = _slug(options.prefix or path.stem, 30) or "pack"
    ids = _ids([d for d, _, _ in kept], prefix)
    items, lacking = [], 0
    for (draft, task, references), item_id in zip(kept, ids, strict=True):
        item, missing = _item(draft, item_id, task, references, options.language)
        items.append(item)
        lacking += missing
    if lacking:
        run.notes.append(Located.coded("", "no_feedback_source", count=lacking))
    problems = sorted(run.problems, key=lambda p: p.line)
    if not items and not problems:
        problems.append(Problem.coded(1, "no_questions"))
    left_out = len(parsed.drafts) - len(items) + len(parsed.problems)
    located = tuple(p.located(source) for p in problems)
    conversion = Conversion(source, kind, tuple(items), located, tuple(run.notes), left_out, options.skip)
    if conversion.ready:
        errors = _check(conversion, options, {item["id"]: d.line for item, (d, _, _) in zip(items, kept, strict=True)})
        if errors:
            return Conversion(source, kind, (), located + tuple(errors), tuple(run.notes), left_out, options.skip)
    return conversion


def pack_yaml(conversion: Conversion, options: ConvertOptions) -> str:
    shown = " ".join(Path(conversion.source).name.split())[:80]
    header = (
        f"# Converted by Simulacro from {shown!r} ({conversion.format}) on {date.today().isoformat()}.\n"
        "# Imported text is untrusted: it is shown as plain text.\n"
    )
    body = {"exam": options.exam, "language": options.language, "items": list(conversion.items)}
    return header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=1000)


def _check(conversion: Conversion, options: ConvertOptions, lines: dict[str, int]) -> list[str]:
    """Run the bank validator on what would be written; its errors, at the source line of the item."""
    folder = Path(tempfile.mkdtemp(prefix="simulacro-convert-"))
    try:
        (folder / PACK_FILE).write_text(pack_yaml(conversion, options), encoding="utf-8")
        report = validate([folder])
        return [Located.same(f"{conversion.source}:{lines.get(e.item_id, 0)}: {e.item_id}: ", e) for e in report.errors]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class PackFolderError(Exception):
    """The pack folder cannot take the converted file; `problem` says why (a coded Located line)."""

    def __init__(self, code: str, **params: object) -> None:
        self.problem = Located.coded("", code, **params)
        super().__init__(self.problem)


def write_pack(conversion: Conversion, options: ConvertOptions, folder: Path) -> Path:
    """Write the pack's items.yaml (whole or not at all) into a new or empty folder, or over an earlier one."""
    if not conversion.ready:
        raise PackFolderError("pack_not_ready")
    if folder.exists() and not folder.is_dir():
        raise PackFolderError("pack_not_folder", folder=str(folder))
    if folder.is_symlink():
        raise PackFolderError("pack_link", folder=str(folder))
    if folder.is_dir():
        others = [p.name for p in folder.iterdir() if p.name != PACK_FILE]
        if others:
            raise PackFolderError("pack_other_files", folder=str(folder), name=others[0][:40])
    else:
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise PackFolderError("pack_mkdir", folder=str(folder), reason=os_reason(exc)) from exc
    data = pack_yaml(conversion, options).encode("utf-8")
    return write_bytes(folder / PACK_FILE, data, what="the pack", extension=".yaml")
