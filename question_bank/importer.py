"""Import validated bank files into the database, and sync the shipped bank when it changed."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from question_bank.blueprint_file import BLUEPRINT_NAME
from question_bank.errors import BankError
from question_bank.validator import SHIPPED_ROOT, ExamBank, ValidationReport, validate
from simulator.storage.bank import CaseStudyInput, ImportCounts, save_bank, stored_bank_hash
from simulator.storage.db import Store


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


def import_paths(store: Store, paths: Sequence[Path], *, now: datetime | None = None) -> ImportOutcome:
    """Validate, then import every exam found; any error means nothing is written."""
    report: ValidationReport = validate(paths)
    if not report.ok:
        return ImportOutcome({}, tuple(report.errors), report.item_count)
    stamp = now or datetime.now()
    counts = {
        exam: _save(store, bank, bank_hash=None, retire_missing=False, now=stamp) for exam, bank in report.banks.items()
    }
    return ImportOutcome(counts, (), report.item_count)


def folder_hash(folder: Path) -> str:
    """A hash of every YAML file in an exam folder (names and bytes), cheap enough for each start-up."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(b"\0")
        # In chunks: a stray multi-gigabyte file in the bank folder must not be read into memory at start-up.
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(1 << 20):
                    digest.update(chunk)
        except OSError:
            digest.update(b"\0unreadable\0")  # validation then reports the file instead of start-up failing
    return digest.hexdigest()


def shipped_exam_folders(root: Path = SHIPPED_ROOT) -> list[Path]:
    return sorted(p.parent for p in root.glob(f"*/{BLUEPRINT_NAME}"))


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
