"""Start-up for the CLI and the window: open the user's database, migrate it, sync the shipped bank."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from question_bank.bank_digest import bank_root, folder_hash, shipped_exam_folders
from simulator.error_catalogue import Lines
from simulator.errors import SimulacroError, StorageError
from simulator.os_reasons import os_reason
from simulator.paths import data_dir, database_url, ensure_private_dir
from simulator.storage.db import NeedsWriteError, Store, open_store

if TYPE_CHECKING:
    from question_bank.importer import ImportOutcome


@dataclass(frozen=True)
class Unchanged:
    """The sync's outcome when no exam folder changed (the importer was not even loaded)."""

    counts: dict[str, object]
    errors: tuple[object, ...] = ()
    item_count: int = 0

    @property
    def ok(self) -> bool:
        return True


@dataclass(frozen=True)
class Workspace:
    store: Store
    data_dir: Path
    sync: ImportOutcome | Unchanged

    @property
    def notices(self) -> list[SimulacroError]:
        """What to tell the user about the start: str() is the English sentence (the CLI's); the window
        translates each by its code."""
        messages = [SimulacroError(n.message, code=n.code, **n.params) for n in self.store.notices]
        if self.sync.errors:
            messages.append(SimulacroError(code="bank_not_loaded", errors=Lines(self.sync.errors[:20])))
        return messages


def open_workspace(
    db_url: str | None = None, folder: str | Path | None = None, *, durable: bool = True, read_only: bool = False
) -> Workspace:
    """Everything start-up does that touches disk; raises StorageError with a clear message.
    read_only (commands that only read): an existing, current database is opened without writing anything
    and the bank is not synced; otherwise the normal open."""
    where = data_dir(folder)
    if read_only and where.is_dir():
        try:
            store = open_store(database_url(db_url, where), read_only=True)
        except NeedsWriteError:
            pass
        else:
            return Workspace(store, where, Unchanged({}))
    try:
        ensure_private_dir(where)
    except OSError as exc:
        raise StorageError(code="data_folder", folder=str(where), reason=os_reason(exc)) from exc
    store = open_store(database_url(db_url, where), durable=durable)
    return Workspace(store, where, sync_if_changed(store, bank_root()))


def sync_if_changed(store: Store, root: Path) -> ImportOutcome | Unchanged:
    """Import the shipped bank only when a folder's hash differs from the stored one."""
    from simulator.storage.bank import stored_bank_hash

    if all(stored_bank_hash(store, folder.name) == folder_hash(folder) for folder in shipped_exam_folders(root)):
        return Unchanged({})
    from question_bank.importer import sync_shipped_bank

    return sync_shipped_bank(store, root)
