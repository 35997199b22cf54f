"""Moodle XML quizzes in: multichoice (one or several answers), matching and ordering, parsed with defusedxml."""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET
from typing import Any

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from question_bank.interop.model import Draft, Parsed, Problem
from question_bank.interop.text import html_to_text, tidy, unsupported

# Moodle question types Simulacro has no counterpart for, named as a teacher knows them.
_LACKING = {
    "truefalse": "true/false",
    "shortanswer": "short answer",
    "numerical": "numerical",
    "essay": "essay",
    "multianswer": "embedded answers (Cloze)",
    "calculated": "calculated",
    "calculatedsimple": "calculated",
    "calculatedmulti": "calculated multichoice",
    "ddwtos": "drag and drop into text",
    "ddimageortext": "drag and drop onto image",
    "ddmarker": "drag and drop markers",
    "gapselect": "select missing words",
    "randomsamatch": "random short-answer matching",
    "random": "random question",
}


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers the source line each element starts on."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None
        self.lines: dict[int, int] = {}

    def start(self, tag: Any, attrs: Any) -> ET.Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element


def _text(element: ET.Element | None) -> str:
    """The plain text of a Moodle text container (<questiontext>, <answer>, <feedback>...)."""
    if element is None:
        return ""
    inner = element.find("text")
    raw = (inner.text if inner is not None else element.text) or ""
    if element.get("format", "html") in ("html", "moodle_auto_format"):
        return html_to_text(raw)
    return tidy(raw)


def _raw(element: ET.Element | None) -> str:
    if element is None:
        return ""
    inner = element.find("text")
    return (inner.text if inner is not None else element.text) or ""


def parse(data: bytes) -> Parsed:
    """Every question of a Moodle XML export, or the problems that keep each one out."""
    result = Parsed()
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except RecursionError:
        result.problems.append(Problem.coded(1, "moodle_deep"))
        return result
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 1
        result.problems.append(Problem.coded(line, "moodle_xml", detail=str(exc).split(":")[0]))
        return result
    except defusedxml.DefusedXmlException as exc:
        what = {"DTDForbidden": "a DTD", "EntitiesForbidden": "an entity", "ExternalReferenceForbidden": "an external"}
        line = 1
        with contextlib.suppress(Exception):
            line = parser.parser.CurrentLineNumber
        declared = what.get(type(exc).__name__, "a DTD or entity")
        result.problems.append(Problem.coded(line, "moodle_refused", declared=declared))
        return result
    if root.tag != "quiz":
        result.problems.append(Problem.coded(1, "moodle_root", tag=tidy(str(root.tag))[:40]))
        return result
    category = ""
    for question in root.iter("question"):
        line = builder.lines.get(id(question), 1)
        kind = question.get("type", "")
        if kind == "category":
            category = tidy(_raw(question.find("category")))
            continue
        name = tidy(_raw(question.find("name")))[:80]
        if kind == "description":
            continue  # text between questions, not a question: nothing to carry over
        if kind not in ("multichoice", "matching", "ordering"):
            lacking = _LACKING.get(kind, tidy(kind)[:40] or "untyped")
            result.problems.append(Problem.coded(line, "no_counterpart", name, lacking=lacking))
            continue
        draft = _question(question, kind, line, name, category, builder.lines, result.problems)
        if draft is not None:
            result.drafts.append(draft)
    return result


def _markup_problems(question: ET.Element, line: int, name: str, problems: list[Problem]) -> bool:
    found: list[str] = []
    for element in question.iter():
        if element.tag == "file":
            found.append("an image")
        if element.tag == "text" and element.text:
            found.extend(unsupported(element.text))
    for what in dict.fromkeys(found):
        problems.append(Problem.coded(line, "cannot_show", name, what=what))
    return bool(found)


def _question(
    question: ET.Element,
    kind: str,
    line: int,
    name: str,
    category: str,
    lines: dict[int, int],
    problems: list[Problem],
) -> Draft | None:
    if _markup_problems(question, line, name, problems):
        return None
    stem = _text(question.find("questiontext"))
    draft = Draft(line, "single", stem, name=name, category=category)
    draft.explanation = _text(question.find("generalfeedback"))
    if kind == "multichoice":
        single = (question.findtext("single") or "true").strip().lower() in ("true", "1")
        for answer in question.findall("answer"):
            try:
                fraction = float(answer.get("fraction", "0"))
            except ValueError:
                problems.append(Problem.coded(lines.get(id(answer), line), "moodle_fraction", name))
                return None
            if single and 0 < fraction < 100:
                where = lines.get(id(answer), line)
                problems.append(Problem.coded(where, "moodle_partial", name))
                return None
            draft.options.append((_text(answer), fraction > 0, _text(answer.find("feedback"))))
        draft.type = "single" if single else "multiple"
    elif kind == "matching":
        draft.type = "matching"
        for sub in question.findall("subquestion"):
            prompt = _text(sub)
            response = _text(sub.find("answer"))
            if prompt:
                draft.prompts.append((prompt, response, ""))
            elif response:
                draft.distractors.append(response)
    else:
        draft.type = "ordering"
        answers = question.findall("answer")
        keyed = []
        for index, answer in enumerate(answers):
            try:
                order = float(answer.get("fraction", str(index)))
            except ValueError:
                order = float(index)
            keyed.append((order, index, _text(answer)))
        # qtype_ordering writes the steps in their right order; its fractions, when distinct, say the same.
        if len({k[0] for k in keyed}) == len(keyed):
            keyed.sort()
        draft.steps = [k[2] for k in keyed]
    return draft
