"""A deadline timer on a monotonic clock: remaining time is computed, never counted in ticks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from simulator.clock import Clock

AMBER_AT_S = 15 * 60
RED_AT_S = 5 * 60


class TimeLevel(Enum):
    NORMAL = "normal"
    AMBER = "amber"
    RED = "red"
    EXPIRED = "expired"
    UNTIMED = "untimed"


def level_for(remaining_s: float | None) -> TimeLevel:
    if remaining_s is None:
        return TimeLevel.UNTIMED
    if remaining_s <= 0:
        return TimeLevel.EXPIRED
    if remaining_s <= RED_AT_S:
        return TimeLevel.RED
    if remaining_s <= AMBER_AT_S:
        return TimeLevel.AMBER
    return TimeLevel.NORMAL


@dataclass
class ExamTimer:
    """Holds a deadline while running and the frozen remaining time while paused."""

    clock: Clock
    limit_s: float | None
    _remaining_at_start: float | None
    _started_at: float
    paused: bool = False

    @classmethod
    def start(cls, clock: Clock, limit_s: float | None, remaining_s: float | None, paused: bool = False) -> ExamTimer:
        return cls(clock, limit_s, remaining_s, clock.monotonic(), paused)

    def remaining(self) -> float | None:
        if self._remaining_at_start is None:
            return None
        if self.paused:
            return max(0.0, self._remaining_at_start)
        return max(0.0, self._remaining_at_start - (self.clock.monotonic() - self._started_at))

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def pause(self) -> None:
        if not self.paused:
            self._remaining_at_start = self.remaining()
            self.paused = True

    def resume(self) -> None:
        if self.paused:
            self._started_at = self.clock.monotonic()
            self.paused = False
