"""A validation error that names the file, the line and the item."""

from __future__ import annotations

from dataclasses import dataclass, field

from question_bank.messages import Params, text


@dataclass(frozen=True, order=True)
class BankError:
    """`message` is the English sentence (the CLI's); `code` and `params` say the same for the window to translate
    (question_bank.messages; an engine code for a pack refused by the database)."""

    path: str
    line: int
    item_id: str
    message: str
    code: str = field(default="", compare=False)
    params: Params = field(default=(), compare=False)

    @classmethod
    def coded(cls, path: str, line: int, item_id: str, code: str, **params: object) -> BankError:
        return cls(path, line, item_id, text(code, **params), code, tuple(params.items()))

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}: {self.item_id or '-'}: "

    def __str__(self) -> str:
        return self.where + self.message
