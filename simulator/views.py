"""Frozen snapshots the engine hands to callers: what an item shows, what changed, what was scored."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from simulator.blueprint import Blueprint
from simulator.scoring import ExamScore, GroupScore
from simulator.states import AttemptStatus, Mode
from simulator.timer import TimeLevel, used_minutes


@dataclass(frozen=True)
class AttemptSummary:
    id: int
    exam: str
    mode: Mode
    status: AttemptStatus
    is_demo: bool
    created_at: datetime
    submitted_at: datetime | None
    answered: int
    total: int
    time_limit_s: int | None
    remaining_s: float | None
    elapsed_s: float
    raw_correct: int | None
    scored_total: int | None
    scaled_score: int | None
    passed: bool | None
    domains: tuple[GroupScore, ...]
    tasks: tuple[GroupScore, ...]
    incomplete: int = 0  # items with a part answer (not counted in answered)
    interruptions: int = 0
    time_away_s: float = 0.0

    @property
    def unanswered(self) -> int:
        return self.total - self.answered - self.incomplete

    @property
    def used_minutes(self) -> int:
        """Time used, rounded by the one rule (simulator.timer.used_minutes)."""
        return used_minutes(self.elapsed_s)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["unanswered"] = self.unanswered
        data["used_minutes"] = self.used_minutes
        data["created_at"] = self.created_at.isoformat(timespec="seconds")
        data["submitted_at"] = self.submitted_at.isoformat(timespec="seconds") if self.submitted_at else None
        data["domains"] = [{"id": g.id, "correct": g.correct, "total": g.total} for g in self.domains]
        data["tasks"] = [{"id": g.id, "correct": g.correct, "total": g.total} for g in self.tasks]
        return data


@dataclass(frozen=True)
class OptionView:
    index: int  # canonical position in the bank file; answers use it
    text: str
    why: str  # shown only with feedback


@dataclass(frozen=True)
class PromptView:
    index: int
    text: str


@dataclass(frozen=True)
class ResponseView:
    key: str
    text: str


@dataclass(frozen=True)
class StepView:
    index: int
    text: str


@dataclass(frozen=True)
class Feedback:
    """Right or wrong, with the key and every reason; shown in practice or review."""

    correct: bool
    credit: float
    key: tuple[Any, ...]
    explanation: str
    references: tuple[str, ...]
    prompt_whys: tuple[str, ...]
    step_whys: tuple[str, ...]


@dataclass(frozen=True)
class ItemView:
    position: int
    count: int
    key: str
    type: str
    task: str
    domain: int
    stem: str
    choose: int
    options: tuple[OptionView, ...]
    prompts: tuple[PromptView, ...]
    responses: tuple[ResponseView, ...]
    steps: tuple[StepView, ...]
    scenario: str | None
    case_title: str | None
    case_study: str | None
    answer: tuple[Any, ...] | None
    answered: bool
    flagged: bool
    checked: bool
    struck: frozenset[int]
    feedback: Feedback | None
    state: str = "unanswered"  # unanswered, incomplete or answered (simulator.scoring.answer_state)
    missing: int = 0  # options still to choose, prompts still to pair; ordering: 1 until the order is confirmed
    highlights: tuple[tuple[int, int], ...] = ()  # highlighted spans of the stem
    scored: bool = True  # shown only after the exam: unscored items are indistinguishable during it


@dataclass(frozen=True)
class ItemStatus:
    position: int
    answered: bool
    flagged: bool
    case_study: str | None
    state: str = "unanswered"  # unanswered, incomplete or answered
    seen: bool = True

    @property
    def review_state(self) -> str:
        """The real exam's review screen: unseen, incomplete (seen but not fully answered) or answered."""
        if self.state == "answered":
            return "answered"
        return "incomplete" if self.seen else "unseen"


@dataclass(frozen=True)
class Progress:
    total: int
    answered: int
    flagged: int
    incomplete: int = 0

    @property
    def unanswered(self) -> int:
        """Items left blank (incomplete ones are counted apart)."""
        return self.total - self.answered - self.incomplete


@dataclass(frozen=True)
class AnswerChange:
    position: int
    answered: bool
    progress: Progress
    feedback: Feedback | None


@dataclass(frozen=True)
class FlagChange:
    position: int
    flagged: bool
    progress: Progress


@dataclass(frozen=True)
class StrikeChange:
    position: int
    struck: frozenset[int]


@dataclass(frozen=True)
class ClockState:
    remaining_s: float | None
    elapsed_s: float
    level: TimeLevel
    paused: bool
    saved: bool
    result: ExamResult | None  # set when this tick found the time up and submitted


@dataclass(frozen=True)
class ItemResult:
    position: int
    key: str
    task: str
    type: str
    scored: bool
    answered: bool
    flagged: bool
    correct: bool
    credit: float
    time_spent_s: float
    state: str = "answered"  # unanswered, incomplete or answered when submitted


@dataclass(frozen=True)
class ExamResult:
    attempt_id: int
    exam: str
    mode: Mode
    is_demo: bool
    score: ExamScore
    time_limit_s: int | None
    time_used_s: float
    expired: bool
    items: tuple[ItemResult, ...]
    blueprint: Blueprint | None = None  # the revision the attempt was made with (titles, scale)
    interruptions: int = 0  # times the exam was left (app closed, Home, computer asleep) and came back
    time_away_s: float = 0.0

    @property
    def used_minutes(self) -> int:
        return used_minutes(self.time_used_s)


def open_attempts(history: Sequence[AttemptSummary]) -> list[AttemptSummary]:
    """The unfinished attempts the app offers to resume (demos excluded), in the history's order."""
    return [h for h in history if h.status == AttemptStatus.IN_PROGRESS and not h.is_demo]
