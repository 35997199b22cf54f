"""Items out: an Anki deck (.apkg), Moodle XML and GIFT, each with its own markup escaped; written atomically."""

from __future__ import annotations

import hashlib
import html
import random
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from simulator.content import ItemContent
from simulator.output_files import check_target, write_atomically

TARGETS = ("anki", "moodle", "gift")
LETTERS = "ABCDEFGHIJ"
_GIFT_SPECIAL = "~=#{}:"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    written: int
    left_out: tuple[str, ...]  # "item-id: why" for items the target cannot hold


def write_bytes(target: Path, data: bytes, *, what: str, extension: str) -> Path:
    """`data` into `target`, whole or not at all, only as a new name or over a regular file."""

    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    return write_atomically(target, write, what=what, extension=extension)


def _html(text: str) -> str:
    """Plain text as HTML that shows exactly that text: escaped, newlines as <br>."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def _stem(item: ItemContent) -> str:
    return f"{item.scenario}\n\n{item.stem}" if item.scenario else item.stem


def _shuffled_steps(item: ItemContent) -> list[str]:
    """Steps in an order fixed by the item id (the right order would give the answer away)."""
    steps = [s.text for s in item.steps]
    rng = random.Random(int(hashlib.sha256(item.id.encode()).hexdigest()[:8], 16))
    for _ in range(5):
        rng.shuffle(steps)
        if steps != [s.text for s in item.steps]:
            break
    return steps


# --- Anki --------------------------------------------------------------------------------------------------

_MODEL_ID = 1_690_417_201  # fixed: re-exports use the same note type, so Anki updates notes in place
_CSS = ".card { font-family: sans-serif; font-size: 18px; text-align: left; } .why { color: #555; }"


def _stable_id(text: str) -> int:
    return 1 << 30 | int(hashlib.sha256(text.encode()).hexdigest()[:7], 16)


def anki_front(item: ItemContent) -> str:
    parts = [f"<div>{_html(_stem(item))}</div>"]
    if item.options:
        if item.type == "multiple":
            parts.append(f"<div><i>({item.correct_count})</i></div>")
        parts.append("<ol type='A'>" + "".join(f"<li>{_html(o.text)}</li>" for o in item.options) + "</ol>")
    elif item.prompts:
        parts.append("<ul>" + "".join(f"<li>{_html(p.text)}</li>" for p in item.prompts) + "</ul>")
        parts.append("<div>→ " + " · ".join(_html(r.text) for r in item.responses) + "</div>")
    elif item.steps:
        parts.append("<ul>" + "".join(f"<li>{_html(s)}</li>" for s in _shuffled_steps(item)) + "</ul>")
    return "".join(parts)


def anki_back(item: ItemContent) -> str:
    parts: list[str] = []
    if item.options:
        key = [f"{LETTERS[i]}. {_html(o.text)}" for i, o in enumerate(item.options) if o.correct]
        parts.append("<div><b>" + "<br>".join(key) + "</b></div>")
        reasons = "".join(
            f"<li>{'✔' if o.correct else '✘'} {_html(o.text)}: <span class='why'>{_html(o.why)}</span></li>"
            for o in item.options
        )
        parts.append(f"<ul>{reasons}</ul>")
    elif item.prompts:
        texts = {r.key: r.text for r in item.responses}
        rows = "".join(
            f"<li>{_html(p.text)} → <b>{_html(texts.get(p.answer, ''))}</b>"
            + (f" <span class='why'>{_html(p.why)}</span>" if p.why else "")
            + "</li>"
            for p in item.prompts
        )
        parts.append(f"<ul>{rows}</ul>")
    elif item.steps:
        rows = "".join(
            f"<li><b>{_html(s.text)}</b>" + (f" <span class='why'>{_html(s.why)}</span>" if s.why else "") + "</li>"
            for s in item.steps
        )
        parts.append(f"<ol>{rows}</ol>")
    parts.append(f"<p>{_html(item.explanation)}</p>")
    if item.references:
        parts.append("<div class='why'>" + "<br>".join(_html(r) for r in item.references) + "</div>")
    parts.append(f"<div class='why'>{_html(item.id)} · {_html(item.task)}</div>")
    return "".join(parts)


def _anki(items: Sequence[ItemContent], exam: str, target: Path) -> bytes:
    import genanki  # imported on use: only the Anki export needs it

    model = genanki.Model(
        _MODEL_ID,
        "Simulacro",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
        css=_CSS,
    )
    deck = genanki.Deck(_stable_id(f"simulacro-deck-{exam}"), f"Simulacro {exam.upper()}")
    for item in items:
        note = genanki.Note(
            model=model,
            fields=[anki_front(item), anki_back(item)],
            tags=[f"{exam}::{item.task}"],
            guid=genanki.guid_for("simulacro", exam, item.id),  # the item id, so a re-export updates the note
        )
        deck.add_note(note)
    with tempfile.TemporaryDirectory(prefix="simulacro-anki-") as folder:
        temporary = Path(folder) / "deck.apkg"
        genanki.Package(deck).write_to_file(str(temporary))
        return bytes(temporary.read_bytes())


# --- Moodle XML --------------------------------------------------------------------------------------------


def _text_node(parent: ET.Element, tag: str, text: str, *, markup: bool = True) -> ET.Element:
    node = ET.SubElement(parent, tag, {"format": "html"} if markup else {})
    ET.SubElement(node, "text").text = _html(text) if markup else text
    return node


def _moodle_fraction(count: int) -> str:
    return f"{100 / count:.7f}".rstrip("0").rstrip(".")


def moodle_xml(items: Sequence[ItemContent], exam: str) -> bytes:
    quiz = ET.Element("quiz")
    category = None
    for item in sorted(items, key=lambda i: ([int(p) for p in i.task.split(".")], i.id)):
        if item.task != category:
            category = item.task
            node = ET.SubElement(quiz, "question", {"type": "category"})
            ET.SubElement(ET.SubElement(node, "category"), "text").text = f"$course$/top/{exam.upper()}/{item.task}"
        kind = {"single": "multichoice", "multiple": "multichoice"}.get(item.type, item.type)
        question = ET.SubElement(quiz, "question", {"type": kind})
        ET.SubElement(ET.SubElement(question, "name"), "text").text = item.id
        _text_node(question, "questiontext", _stem(item))
        _text_node(question, "generalfeedback", item.explanation)
        ET.SubElement(question, "defaultgrade").text = "1"
        ET.SubElement(question, "idnumber").text = item.id
        if item.options:
            ET.SubElement(question, "single").text = "true" if item.type == "single" else "false"
            ET.SubElement(question, "shuffleanswers").text = "true"
            ET.SubElement(question, "answernumbering").text = "ABCD"
            right = _moodle_fraction(item.correct_count)
            for option in item.options:
                fraction = "100" if item.type == "single" and option.correct else "0"
                if item.type == "multiple":
                    # All or nothing, as in Simulacro: every wrong choice takes the whole mark away.
                    fraction = right if option.correct else "-100"
                answer = _text_node(question, "answer", option.text)
                answer.set("fraction", fraction)
                _text_node(answer, "feedback", option.why)
        elif item.prompts:
            ET.SubElement(question, "shuffleanswers").text = "true"
            texts = {r.key: r.text for r in item.responses}
            for prompt in item.prompts:
                sub = _text_node(question, "subquestion", prompt.text)
                ET.SubElement(ET.SubElement(sub, "answer"), "text").text = texts.get(prompt.answer, "")
            for key in sorted(set(texts) - {p.answer for p in item.prompts}):
                sub = _text_node(question, "subquestion", "")
                sub.find("text").text = ""  # type: ignore[union-attr]  # a response no prompt takes
                ET.SubElement(ET.SubElement(sub, "answer"), "text").text = texts[key]
        else:
            # qtype_ordering (a Moodle plug-in): the steps in their right order, numbered by fraction.
            ET.SubElement(question, "layouttype").text = "VERTICAL"
            ET.SubElement(question, "selecttype").text = "ALL"
            ET.SubElement(question, "gradingtype").text = "ABSOLUTE_POSITION"
            for index, step in enumerate(item.steps, start=1):
                answer = _text_node(question, "answer", step.text)
                answer.set("fraction", f"{index}.0000000")
    ET.indent(quiz)
    body: bytes = ET.tostring(quiz, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


# --- GIFT --------------------------------------------------------------------------------------------------


def gift_escape(text: str) -> str:
    """Plain text as GIFT [html] text: HTML-escaped, then GIFT's own special characters backslashed."""
    escaped = _html(text).replace("\\", "\\\\")
    for char in _GIFT_SPECIAL:
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def gift(items: Sequence[ItemContent], exam: str) -> tuple[str, list[str]]:
    lines = [f"// Exported by Simulacro ({exam.upper()}). Text is HTML-escaped plain text.", ""]
    left_out: list[str] = []
    category = None
    for item in sorted(items, key=lambda i: ([int(p) for p in i.task.split(".")], i.id)):
        if item.type == "ordering":
            left_out.append(f"{item.id}: GIFT has no ordering questions (use Moodle XML)")
            continue
        if item.task != category:
            category = item.task
            lines += [f"$CATEGORY: $course$/top/{exam.upper()}/{item.task}", ""]
        answers: list[str] = []
        if item.options:
            right = _moodle_fraction(item.correct_count)
            for option in item.options:
                if item.type == "single":
                    mark = "=" if option.correct else "~"
                else:
                    mark = f"~%{right}%" if option.correct else "~%-100%"
                answers.append(f"\t{mark}{gift_escape(option.text)}#{gift_escape(option.why)}")
        else:
            texts = {r.key: r.text for r in item.responses}
            answers += [f"\t={gift_escape(p.text)} -> {gift_escape(texts.get(p.answer, ''))}" for p in item.prompts]
            unused = sorted(set(texts) - {p.answer for p in item.prompts})
            if unused:
                left_out.append(f"{item.id}: {len(unused)} answer(s) no prompt takes are not in GIFT matching")
        title = item.id.replace(":", "\\:")
        lines.append(f"::{title}::[html]{gift_escape(_stem(item))}{{")
        lines += answers
        lines.append(f"\t####{gift_escape(item.explanation)}")
        lines += ["}", ""]
    return "\n".join(lines), left_out


def export_items(items: Sequence[ItemContent], exam: str, target: str, path: Path) -> ExportResult:
    """Write the items in the target format; the file appears whole or not at all."""
    extension = {"anki": ".apkg", "moodle": ".xml", "gift": ".gift"}[target]
    check_target(path, "the export", extension)  # before the work: a bad target is refused at once
    left_out: list[str] = []
    if target == "anki":
        data = _anki(items, exam, path)
        written = len(items)
    elif target == "moodle":
        data = moodle_xml(items, exam)
        written = len(items)
    else:
        text, left_out = gift(items, exam)
        data = text.encode("utf-8")
        written = len(items) - sum(1 for i in items if i.type == "ordering")
    write_bytes(path, data, what="the export", extension=extension)
    return ExportResult(path, written, tuple(left_out))
