"""The attempt's status and mode: one enum each, stored in the database as their string values."""

from __future__ import annotations

from enum import StrEnum


class AttemptStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    ABANDONED = "abandoned"  # set aside by the candidate: kept, never offered for resuming


class Mode(StrEnum):
    FULL = "full"
    PRACTICE = "practice"
