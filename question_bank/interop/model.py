"""What a parser hands the converter: questions as drafts, and what it could not map, with the source line."""

from __future__ import annotations

from dataclasses import dataclass, field

from question_bank.messages import Located, Params, text


@dataclass(frozen=True)
class Problem:
    """Something in the source that Simulacro cannot carry over; the question it belongs to is left out."""

    line: int
    message: str
    question: str = ""
    code: str = ""  # question_bank.messages, with `params`: the window shows the message in the user's language
    params: Params = ()

    @classmethod
    def coded(cls, line: int, code: str, question: str = "", **params: object) -> Problem:
        return cls(line, text(code, **params), question, code, tuple(params.items()))

    def located(self, source: str) -> Located:
        name = f" ({self.question})" if self.question else ""
        return Located.same(f"{source}:{self.line}:{name} ", self)


@dataclass
class Draft:
    """One source question, already plain text, before it gets an id, a task and references."""

    line: int
    type: str  # single, multiple, matching or ordering
    stem: str
    name: str = ""
    category: str = ""
    options: list[tuple[str, bool, str]] = field(default_factory=list)  # text, correct, why
    prompts: list[tuple[str, str, str]] = field(default_factory=list)  # text, response text, why
    distractors: list[str] = field(default_factory=list)  # responses no prompt takes
    steps: list[str] = field(default_factory=list)  # in the right order
    explanation: str = ""
    references: list[str] = field(default_factory=list)
    task: str = ""  # given by the source itself (a CSV column)
    id: str = ""  # given by the source itself (a CSV column)


@dataclass
class Parsed:
    """A parser's result: the questions it converted and the problems it found, all with lines."""

    drafts: list[Draft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
