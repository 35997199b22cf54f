"""Import validated bank files into the database, and sync the shipped bank when it changed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from question_bank.bank_digest import folder_hash, shipped_exam_folders
from question_bank.errors import BankError
from question_bank.validator import SHIPPED_ROOT, ExamBank, ValidationReport, validate
from simulator.errors import SimulacroError
from simulator.storage.bank import CaseStudyInput, ImportCounts, PackConflictError, save_bank, stored_bank_hash
from simulator.storage.db import Store
from simulator.storage.packs import PackBank, check_pack_name, save_pack


@dataclass(frozen=True)
class ImportOutcome:
    """Per exam what changed, or every error (and then nothing changed)."""

    counts: dict[str, ImportCounts]
    errors: tuple[BankError, ...]
    item_count: int

    @property
    def ok(self) -> bool:
        return not self.errors


def _save(store: Store, bank: ExamBank, *, bank_hash: str | None, retire_missing: bool, now: datetime) -> ImportCounts:
    cases = [CaseStudyInput(c.id, c.title, c.item_ids) for c in bank.case_studies]
    return save_bank(
        store, bank.blueprint, bank.items, cases, bank_hash=bank_hash, retire_missing=retire_missing, now=now
    )


def pack_name_for(paths: Sequence[Path]) -> str:
    """The default name of a pack: its folder's (or file's) name."""
    first = paths[0].resolve()
    raw = first.stem if first.is_file() else first.name
    return re.sub(r"[^A-Za-z0-9._-]+", "-", raw).strip("-._")[:60] or "pack"


def import_paths(
    store: Store, paths: Sequence[Path], *, name: str | None = None, now: datetime | None = None
) -> ImportOutcome:
    """Validate, then import every exam found as one pack, beside the shipped bank; any error writes nothing.

    A pack may add items with new ids or define exams of its own; one that would change the shipped
    blueprint, a shipped item or another pack's is refused with the file and line of each change."""
    report: ValidationReport = validate(paths)
    if not report.ok:
        return ImportOutcome({}, tuple(report.errors), report.item_count)
    if not report.banks:
        return ImportOutcome({}, (), 0)
    pack = name if name is not None else pack_name_for(paths)
    try:
        check_pack_name(pack)
    except SimulacroError as exc:
        refused = BankError(str(paths[0]), 0, "-", str(exc), exc.code, tuple(exc.params.items()))
        return ImportOutcome({}, (refused,), report.item_count)
    banks = [
        PackBank(bank.blueprint, bank.items, [CaseStudyInput(c.id, c.title, c.item_ids) for c in bank.case_studies])
        for bank in report.banks.values()
    ]
    source = ", ".join(str(p.resolve()) for p in paths)
    try:
        counts = save_pack(store, pack, source, banks, now=now or datetime.now())
    except PackConflictError as exc:
        return ImportOutcome({}, tuple(_located(report, exc)), report.item_count)
    return ImportOutcome(counts, (), report.item_count)


def _located(report: ValidationReport, exc: PackConflictError) -> list[BankError]:
    """Each refused change at the file and line that asks for it."""
    errors = []
    for what, why in exc.conflicts:
        said = (str(why), why.code, tuple(why.params.items()))  # an engine Part: the window translates it
        for bank in report.banks.values():
            if what == "blueprint":
                errors.append(BankError(str(bank.blueprint_path), 1, "blueprint", *said))
                break
            if what in bank.origins:
                path, line = bank.origins[what]
                errors.append(BankError(path, line, what, *said))
                break
        else:
            errors.append(BankError("-", 0, what, *said))
    return sorted(set(errors))


def sync_shipped_bank(store: Store, root: Path = SHIPPED_ROOT, *, now: datetime | None = None) -> ImportOutcome:
    """Import each shipped exam folder whose files changed since the last sync; retire removed items."""
    counts: dict[str, ImportCounts] = {}
    errors: list[BankError] = []
    total = 0
    for folder in shipped_exam_folders(root):
        digest = folder_hash(folder)
        report = None
        exam = folder.name
        if stored_bank_hash(store, exam) == digest:
            continue
        report = validate([folder])
        if not report.ok:
            errors.extend(report.errors)
            continue
        for code, bank in report.banks.items():
            total += len(bank.items)
            counts[code] = _save(
                store, bank, bank_hash=digest if code == exam else None, retire_missing=True, now=now or datetime.now()
            )
    return ImportOutcome(counts, tuple(errors), total)
