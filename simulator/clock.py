"""Clocks: a monotonic clock for deadlines and a wall clock for timestamps, injectable for tests."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never jumps when the wall clock is changed."""
        ...

    def now(self) -> datetime:
        """Wall-clock time, for timestamps only (never for remaining time)."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now()


class FakeClock:
    """A clock that moves only when told to: for tests and simulated candidates."""

    def __init__(self, start: datetime | None = None) -> None:
        self._mono = 1000.0
        self._wall = start or datetime(2026, 1, 1, 9, 0, 0)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """Change only the wall clock, as a user or NTP would."""
        self._wall += timedelta(seconds=seconds)
