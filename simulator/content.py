"""What an exam item says: the validated, immutable content the engine works on."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal, cast

ItemType = Literal["single", "multiple", "matching", "ordering"]
ITEM_TYPES: tuple[ItemType, ...] = ("single", "multiple", "matching", "ordering")
# One limit for the validator, the exam screen and the PDF: an option beyond the letters could not be shown.
OPTION_LETTERS = "ABCDEFGHIJ"
MAX_OPTIONS = len(OPTION_LETTERS)


def option_letter(index: int) -> str:
    """The letter an option is shown with; a number past J (only a database written before the limit)."""
    return OPTION_LETTERS[index] if 0 <= index < MAX_OPTIONS else str(index + 1)


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    why: str


@dataclass(frozen=True)
class Prompt:
    text: str
    answer: str
    why: str = ""


@dataclass(frozen=True)
class Response:
    key: str
    text: str


@dataclass(frozen=True)
class Step:
    text: str
    why: str = ""


@dataclass(frozen=True)
class ItemRef:
    """What the assembler needs to know of an item, without its text."""

    key: str
    item_id: int
    revision_id: int
    task: str
    type: str
    case_study: str | None


@dataclass(frozen=True)
class ItemContent:
    """One item revision as authored; the canonical option/step order is the file's order."""

    id: str
    task: str
    type: ItemType
    stem: str
    explanation: str
    references: tuple[str, ...]
    options: tuple[Option, ...] = ()
    prompts: tuple[Prompt, ...] = ()
    responses: tuple[Response, ...] = ()
    steps: tuple[Step, ...] = ()
    difficulty: int | None = None
    tags: tuple[str, ...] = ()
    case_study: str | None = None
    scenario: str | None = None
    case_title: str | None = None

    @property
    def domain(self) -> int:
        return int(self.task.split(".", 1)[0])

    @property
    def correct_count(self) -> int:
        return sum(1 for option in self.options if option.correct)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "task": self.task,
            "type": self.type,
            "stem": self.stem,
            "explanation": self.explanation,
            "references": list(self.references),
        }
        if self.options:
            data["options"] = [{"text": o.text, "correct": o.correct, "why": o.why} for o in self.options]
        if self.prompts:
            data["prompts"] = [{"text": p.text, "answer": p.answer, "why": p.why} for p in self.prompts]
        if self.responses:
            data["responses"] = [{"key": r.key, "text": r.text} for r in self.responses]
        if self.steps:
            data["steps"] = [{"text": s.text, "why": s.why} for s in self.steps]
        if self.difficulty is not None:
            data["difficulty"] = self.difficulty
        if self.tags:
            data["tags"] = list(self.tags)
        if self.case_study is not None:
            data["case_study"] = self.case_study
            data["scenario"] = self.scenario
            data["case_title"] = self.case_title
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ItemContent:
        return cls(
            id=data["id"],
            task=data["task"],
            type=cast(ItemType, data["type"]),
            stem=data["stem"],
            explanation=data["explanation"],
            references=tuple(data.get("references", ())),
            options=tuple(Option(o["text"], bool(o["correct"]), o["why"]) for o in data.get("options", ())),
            prompts=tuple(Prompt(p["text"], p["answer"], p.get("why", "")) for p in data.get("prompts", ())),
            responses=tuple(Response(r["key"], r["text"]) for r in data.get("responses", ())),
            steps=tuple(Step(s["text"], s.get("why", "")) for s in data.get("steps", ())),
            difficulty=data.get("difficulty"),
            tags=tuple(data.get("tags", ())),
            case_study=data.get("case_study"),
            scenario=data.get("scenario"),
            case_title=data.get("case_title"),
        )

    def content_hash(self) -> str:
        canonical = json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
