"""A validation error that names the file, the line and the item."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class BankError:
    path: str
    line: int
    item_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.item_id or '-'}: {self.message}"
