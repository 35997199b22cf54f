"""The spreadsheet layout of FORMAT.md in: one question a row, options in columns A-H, the key in 'answer'."""

from __future__ import annotations

import csv
import io
import re

from question_bank.interop.model import Draft, Parsed, Problem
from question_bank.interop.text import tidy, unsupported

LETTERS = "ABCDEFGH"
_ALIASES = {
    "stem": "question",
    "references": "reference",
    "key": "answer",
    "correct": "answer",
    # Spanish headers, as a Spanish spreadsheet names them
    "pregunta": "question",
    "respuesta": "answer",
    "explicacion": "explanation",
    "explicación": "explanation",
    "referencia": "reference",
    "tarea": "task",
    "tipo": "type",
    "categoria": "category",
    "categoría": "category",
}
_KNOWN = {"id", "task", "type", "question", "answer", "explanation", "reference", "category"}
_KNOWN |= set(LETTERS.lower()) | {f"why_{c}" for c in LETTERS.lower()}
_SPLIT_URLS = re.compile(r"[\s|]+")


def _column(name: str) -> str:
    key = tidy(name).lower().replace(" ", "_")
    key = _ALIASES.get(key, key)
    match = re.fullmatch(r"([a-h])_why|feedback_([a-h])", key)
    if match:
        key = f"why_{match.group(1) or match.group(2)}"
    return key


def header_columns(first_line: str) -> list[str] | None:
    """The columns of a header line in this layout, or None when the line is not one."""
    for delimiter in (",", ";", "\t"):
        names = [_column(n) for n in next(csv.reader([first_line], delimiter=delimiter), [])]
        if "question" in names and "answer" in names:
            return names
    return None


def _delimiter(first_line: str) -> str:
    for delimiter in (",", ";", "\t"):
        names = [_column(n) for n in next(csv.reader([first_line], delimiter=delimiter), [])]
        if "question" in names and "answer" in names:
            return delimiter
    return ","


def parse(source: str) -> Parsed:
    """Every row of a CSV in this layout, or the problems that keep each one out."""
    result = Parsed()
    first = source.split("\n", 1)[0]
    columns = header_columns(first)
    if columns is None:
        result.problems.append(Problem.coded(1, "csv_header"))
        return result
    unknown = [c for c in columns if c and c not in _KNOWN]
    if unknown:
        shown = ", ".join(repr(tidy(c)[:30]) for c in unknown[:5])
        result.problems.append(Problem.coded(1, "csv_columns", columns=shown))
        return result
    reader = csv.reader(io.StringIO(source, newline=""), delimiter=_delimiter(first), strict=True)
    try:
        next(reader)
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            draft = _row(dict(zip(columns, row, strict=False)), len(row) > len(columns), line, result.problems)
            if draft is not None:
                result.drafts.append(draft)
    except csv.Error as exc:
        result.problems.append(Problem.coded(reader.line_num or 1, "csv_invalid", detail=_csv_detail(exc)))
    return result


def _csv_detail(exc: csv.Error) -> str:
    """The csv module's complaint as a fixed phrase (the window translates it); its own wording names C
    internals ("universal-newline mode") and varies with the separator."""
    said = str(exc)
    if "expected after" in said:
        return "a closing quote must be followed by the separator"
    if said == "unexpected end of data":
        return "the file ends inside a quoted cell"
    if said.startswith("field larger than field limit"):
        return "a cell is longer than the field limit"
    if said.startswith("new-line character seen in unquoted field"):
        return "a line break inside an unquoted cell"
    if "NUL" in said:
        return "binary data (NUL byte)"
    return said


def _row(cells: dict[str, str], extra: bool, line: int, problems: list[Problem]) -> Draft | None:
    name = tidy(cells.get("id", ""))[:80]
    if extra:
        problems.append(Problem.coded(line, "csv_cells", name))
        return None
    found = unsupported("\n".join(cells.values()))
    if found:
        for what in found:
            problems.append(Problem.coded(line, "cannot_show", name, what=what))
        return None
    options = [(c, tidy(cells.get(c.lower(), ""))) for c in LETTERS if tidy(cells.get(c.lower(), ""))]
    letters = [c for c, _ in options]
    answer = re.sub(r"[\s,;]+", "", cells.get("answer", "")).upper()
    kind = tidy(cells.get("type", "")).lower()
    if not answer or any(a not in letters for a in answer) or len(set(answer)) != len(answer):
        problems.append(Problem.coded(line, "csv_answer", name, letters="".join(letters)))
        return None
    if not kind:
        kind = "single" if len(answer) == 1 else "multiple"
    if kind not in ("single", "multiple", "ordering"):
        problems.append(Problem.coded(line, "csv_type", name, kind=kind[:20]))
        return None
    draft = Draft(line, kind, tidy(cells.get("question", "")), name=name, category=tidy(cells.get("category", "")))
    draft.id = name
    draft.task = tidy(cells.get("task", ""))
    draft.explanation = tidy(cells.get("explanation", ""))
    draft.references = [u for u in _SPLIT_URLS.split(cells.get("reference", "").strip()) if u]
    texts = dict(options)
    if kind == "ordering":
        if set(answer) != set(letters):
            problems.append(Problem.coded(line, "csv_ordering", name))
            return None
        draft.steps = [texts[c] for c in answer]
    else:
        draft.options = [(text, c in answer, tidy(cells.get(f"why_{c.lower()}", ""))) for c, text in options]
    return draft
