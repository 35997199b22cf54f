"""What Home shows, loaded on the op runner at start-up: Qt-free, so loading it never imports a page."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.blueprint import Blueprint
from simulator.coach import Coaching
from simulator.views import AttemptSummary


@dataclass(frozen=True)
class HomeData:
    """Everything the home screen shows, loaded off the UI thread in one go."""

    blueprint: Blueprint
    domain_counts: dict[str, int]
    task_counts: dict[str, int]
    history: list[AttemptSummary]
    unfinished: list[AttemptSummary]  # every unfinished attempt, most recent first
    flagged: int = 0
    due: int = 0
    reports: int = 0
    exams: tuple[str, ...] = ()  # every exam one can sit; a picker shows when there is more than one
    coaching: Coaching | None = None  # readiness, the domain strip and the recommended next action
