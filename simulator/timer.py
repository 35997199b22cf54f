"""The exam clock: a deadline measured with the monotonic clock within a run and wall time across runs.

A full exam keeps running while the app is closed, as in the real test: its deadline is a wall-clock time
stored with the attempt. Within one run the monotonic clock measures time, because it never jumps. Wall time
is trusted only to take time away, never to give it back:

- the wall clock moving ahead of the monotonic one (a suspended computer, a clock set forward) uses up the
  time it skipped: a jump beyond the deadline ends the exam;
- a clock set back adds nothing: the deadline moves back with it, so later time away still counts.

Practice has no deadline: its clock stops while the app is closed and it may be paused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from simulator.clock import Clock

AMBER_AT_S = 15 * 60
RED_AT_S = 5 * 60
GAP_S = 2.0  # how far wall time may run ahead of the monotonic clock before it counts as time away


class TimeLevel(Enum):
    NORMAL = "normal"
    AMBER = "amber"
    RED = "red"
    EXPIRED = "expired"
    UNTIMED = "untimed"


def level_for(remaining_s: float | None, limit_s: float | None = None) -> TimeLevel:
    """Amber and red at 15 and 5 minutes left in a full exam; at 25 % and 10 % left in a shorter timed set."""
    if remaining_s is None:
        return TimeLevel.UNTIMED
    if remaining_s <= 0:
        return TimeLevel.EXPIRED
    amber, red = float(AMBER_AT_S), float(RED_AT_S)
    if limit_s is not None and limit_s < 4 * AMBER_AT_S:
        amber, red = 0.25 * limit_s, 0.10 * limit_s
    if remaining_s <= red:
        return TimeLevel.RED
    if remaining_s <= amber:
        return TimeLevel.AMBER
    return TimeLevel.NORMAL


def used_minutes(seconds: float) -> int:
    """Time used in whole minutes, rounded to the nearest: the one rule for every screen and report."""
    return int(max(0.0, seconds) / 60 + 0.5)


@dataclass
class ExamTimer:
    """Remaining time from an anchor (remaining, monotonic instant); a deadline, when set, may only shorten it."""

    clock: Clock
    limit_s: float | None
    _remaining_at_start: float | None
    _started_at: float
    paused: bool = False
    deadline: datetime | None = None
    gaps: int = 0  # times wall time ran ahead in this run (suspend, clock set forward)
    gap_s: float = 0.0
    changed: bool = False  # the deadline or the gaps changed since the owner last saved them

    @classmethod
    def start(
        cls,
        clock: Clock,
        limit_s: float | None,
        remaining_s: float | None,
        paused: bool = False,
        deadline: datetime | None = None,
    ) -> ExamTimer:
        return cls(clock, limit_s, remaining_s, clock.monotonic(), paused, deadline)

    def remaining(self) -> float | None:
        if self._remaining_at_start is None:
            return None
        if self.paused:
            return max(0.0, self._remaining_at_start)
        mono = self.clock.monotonic()
        left = self._remaining_at_start - (mono - self._started_at)
        if self.deadline is not None:
            now = self.clock.now()
            by_wall = (self.deadline - now).total_seconds()
            if by_wall < left - GAP_S and left > 0:
                # Wall time ran ahead: the computer slept or the clock was set forward. That time is gone.
                self.gaps += 1
                self.gap_s += left - by_wall
                self._remaining_at_start, self._started_at = max(0.0, by_wall), mono
                left = by_wall
                self.changed = True
            elif by_wall > left + GAP_S:
                # The clock was set back: it gives no time; the deadline follows it so later gaps still count.
                self.deadline = now + timedelta(seconds=left)
                self.changed = True
        return max(0.0, left)

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
