"""Aiken (one-answer multiple choice: the question, lettered options, ANSWER: X) in."""

from __future__ import annotations

import re

from question_bank.interop.model import Draft, Parsed, Problem
from question_bank.interop.text import tidy, unsupported

OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)


def parse(source: str) -> Parsed:
    """Every question of an Aiken file, or the problems that keep each one out."""
    result = Parsed()
    stem: list[str] = []
    options: list[tuple[str, str]] = []
    start = 0

    def reset() -> None:
        nonlocal start
        stem.clear()
        options.clear()
        start = 0

    for number, raw in enumerate(source.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        if not start:
            start = number
        answer = ANSWER.match(line)
        option = OPTION.match(line)
        if answer:
            _finish(result, start, stem, options, answer.group(1).strip(), number)
            reset()
        elif option and stem:
            options.append((option.group(1), option.group(2)))
        elif options:
            result.problems.append(Problem.coded(start, "aiken_text_after", number=number))
            reset()
        else:
            stem.append(line)
    if start:
        result.problems.append(Problem.coded(start, "aiken_no_answer"))
    return result


def _finish(result: Parsed, start: int, stem: list[str], options: list[tuple[str, str]], key: str, line: int) -> None:
    text = "\n".join(stem)
    if not stem or not options:
        result.problems.append(Problem.coded(start, "aiken_lone_answer"))
        return
    found = unsupported(text + "\n".join(o[1] for o in options))
    if found:
        for what in found:
            result.problems.append(Problem.coded(start, "cannot_show", what=what))
        return
    letters = [letter for letter, _ in options]
    if len(set(letters)) != len(letters) or key.upper() not in letters:
        result.problems.append(Problem.coded(line, "aiken_answer_unknown", key=tidy(key)[:10]))
        return
    draft = Draft(start, "single", tidy(text))
    draft.options = [(tidy(body), letter == key.upper(), "") for letter, body in options]
    result.drafts.append(draft)
