"""Errors the core raises with a message fit to show a user as it is."""

from __future__ import annotations


class SimulacroError(Exception):
    """Base class: str(error) is a complete, user-facing sentence (English).

    Raised with a `code` from `simulator.error_catalogue` and its arguments, the window can show it in the
    candidate's language; `params` keeps the arguments."""

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        if code and not message:
            from simulator.error_catalogue import message as catalogue_message

            message = catalogue_message(code, **params)
        super().__init__(message)
        self.code = code
        self.params = params


class StorageError(SimulacroError):
    """The database cannot be opened, read or written."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of Simulacro."""


class BankShortfallError(SimulacroError):
    """The bank has too few items to assemble the requested exam."""

    def __init__(self, message: str, shortfalls: dict[str, int], *, code: str = "", **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.shortfalls = shortfalls


class CandidateNameError(SimulacroError, ValueError):
    """A candidate name that cannot be stored (empty, too long)."""


class InvalidAnswerError(SimulacroError):
    """An answer that does not fit the item (wrong shape, unknown option, too many choices)."""


class AttemptStateError(SimulacroError):
    """An operation that the attempt's state does not allow (answering a submitted exam, pausing a full exam)."""


class NotFoundError(SimulacroError):
    """An attempt, item or exam that does not exist."""


def shown(text: str, limit: int = 40) -> str:
    """Untrusted text as it may appear inside a one-line message: cut, control and bidi characters escaped."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


class OutputError(SimulacroError):
    """An output file (report, export) cannot be written where the user asked."""
