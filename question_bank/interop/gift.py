"""GIFT (Moodle's plain-text question format) in: multiple choice with one or several answers, and matching."""

from __future__ import annotations

import re

from question_bank.interop.model import Draft, Parsed, Problem
from question_bank.interop.text import html_to_text, tidy, unsupported

_ESCAPES = {"~": "~", "=": "=", "#": "#", "{": "{", "}": "}", ":": ":", "n": "\n", "\\": "\\"}
_TAGS = re.compile(r"<[a-zA-Z/][^>]*>")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)\s*(#|$)")


def unescape(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPES:
            out.append(_ESCAPES[text[index + 1]])
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _split(text: str, marks: str) -> list[tuple[str, str]]:
    """Split at unescaped marks: [(mark that opened the part or '', part)]."""
    parts: list[tuple[str, str]] = []
    current: list[str] = []
    opener = ""
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char in marks:
            parts.append((opener, "".join(current)))
            opener, current = char, []
        else:
            current.append(char)
        index += 1
    parts.append((opener, "".join(current)))
    return parts


def _find(text: str, mark: str, start: int = 0) -> int:
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(mark, index):
            return index
        index += 1
    return -1


def _plain(raw: str, markup: str) -> str:
    text = unescape(raw)
    if markup == "html" or (markup == "" and _TAGS.search(text)):
        return html_to_text(text)
    return tidy(text)


def _blocks(source: str) -> list[tuple[int, str]]:
    """Questions (and category lines) with the line each starts on; // comments dropped."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(source.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if stripped.startswith("$CATEGORY:"):
            if current:
                blocks.append((start, "\n".join(current)))
                current = []
            blocks.append((number, stripped))
            continue
        if not stripped:
            if current:
                blocks.append((start, "\n".join(current)))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, "\n".join(current)))
    return blocks


def parse(source: str) -> Parsed:
    """Every question of a GIFT file, or the problems that keep each one out."""
    result = Parsed()
    category = ""
    for line, block in _blocks(source):
        if block.startswith("$CATEGORY:"):
            category = tidy(block[len("$CATEGORY:") :])
            continue
        draft = _question(block, line, category, result.problems)
        if draft is not None:
            result.drafts.append(draft)
    return result


def _question(block: str, line: int, category: str, problems: list[Problem]) -> Draft | None:
    name = ""
    body = block.strip()
    if body.startswith("::"):
        end = _find(body, "::", 2)
        if end < 0:
            problems.append(Problem.coded(line, "gift_title"))
            return None
        name = tidy(unescape(body[2:end]))[:80]
        body = body[end + 2 :].lstrip()
    markup = ""
    format_match = re.match(r"^\[(html|moodle|plain|markdown)\]", body)
    if format_match:
        markup = format_match.group(1)
        body = body[format_match.end() :]
    opening = _find(body, "{")
    if opening < 0:
        problems.append(Problem.coded(line, "gift_description", name))
        return None
    closing = _find(body, "}", opening)
    if closing < 0:
        problems.append(Problem.coded(line, "gift_unclosed", name))
        return None
    before, answers, after = body[:opening], body[opening + 1 : closing].strip(), body[closing + 1 :].strip()
    found = unsupported(unescape(block))
    for what in dict.fromkeys(found):
        problems.append(Problem.coded(line, "cannot_show", name, what=what))
    if found:
        return None
    if after:
        problems.append(Problem.coded(line, "gift_missing_word", name))
        return None
    general = ""
    cut = _find(answers, "####")
    if cut >= 0:
        general, answers = _plain(answers[cut + 4 :], markup), answers[:cut].strip()
    draft = Draft(line, "single", _plain(before, markup), name=name, category=category, explanation=general)
    lacking = _lacking(answers)
    if lacking:
        problems.append(Problem.coded(line, "no_counterpart", name, lacking=lacking))
        return None
    parts = [(mark, text) for mark, text in _split(answers, "=~") if mark]
    if "->" in answers:
        draft.type = "matching"
        for _, text in parts:
            split = _find(text, "->")
            if split < 0:
                problems.append(Problem.coded(line, "gift_pair", name))
                return None
            prompt, response = _plain(text[:split], markup), _plain(text[split + 2 :], markup)
            if prompt:
                draft.prompts.append((prompt, response, ""))
            elif response:
                draft.distractors.append(response)
        return draft
    weighted = False
    for mark, text in parts:
        weight = _WEIGHT.match(text.strip())
        text = text.strip()[weight.end() :] if weight else text
        cut = _find(text, "#")
        feedback = _plain(text[cut + 1 :], markup) if cut >= 0 else ""
        answer = _plain(text[:cut] if cut >= 0 else text, markup)
        if weight:
            weighted = True
            correct = float(weight.group(1)) > 0
        else:
            correct = mark == "="
        draft.options.append((answer, correct, feedback))
    draft.type = "multiple" if weighted and sum(o[1] for o in draft.options) > 1 else "single"
    return draft


def _lacking(answers: str) -> str:
    """The GIFT question type, when it is one Simulacro lacks; '' otherwise."""
    if not answers:
        return "essay"
    if answers.startswith("#"):
        return "numerical"
    if _TRUE_FALSE.match(answers):
        return "true/false"
    marks = {mark for mark, _ in _split(answers, "=~") if mark}
    if "->" not in answers and "~" not in marks:
        return "short answer"
    return ""
