"""Imported question packs: written beside the shipped bank in one transaction, listed, and removed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from simulator.blueprint import Blueprint
from simulator.content import ItemContent
from simulator.errors import NotFoundError, SimulacroError, shown
from simulator.storage.bank import CaseStudyInput, ImportCounts, save_bank_in
from simulator.storage.db import Store
from simulator.storage.models import CaseStudyRow, Exam, Item, Pack

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}\Z")


@dataclass(frozen=True)
class PackBank:
    """One exam's validated content inside a pack."""

    blueprint: Blueprint
    items: Sequence[ItemContent]
    case_studies: Sequence[CaseStudyInput]


@dataclass(frozen=True)
class PackInfo:
    id: int
    name: str
    source: str
    exams: tuple[str, ...]
    items: int
    imported_at: datetime


def check_pack_name(name: str) -> str:
    """The name if it can name a pack (letters, digits, . _ -; at most 60), else a clear error."""
    if not _NAME.match(name):
        raise SimulacroError(code="pack_name", name=shown(name))
    return name


def save_pack(
    store: Store, name: str, source: str, banks: Sequence[PackBank], *, now: datetime
) -> dict[str, ImportCounts]:
    """Record the pack and write every exam of it in one transaction; PackConflictError writes nothing."""
    check_pack_name(name)
    with store.write() as session:
        pack = session.scalar(select(Pack).where(Pack.name == name))
        if pack is None:
            pack = Pack(name=name, source=source, exams=[], item_keys=[], imported_at=now, removed_at=None)
            session.add(pack)
            session.flush()
        counts = {
            bank.blueprint.exam: save_bank_in(
                session,
                bank.blueprint,
                bank.items,
                bank.case_studies,
                bank_hash=None,
                retire_missing=True,
                now=now,
                pack_id=pack.id,
            )
            for bank in banks
        }
        keys = sorted(session.scalars(select(Item.key).where(Item.pack_id == pack.id, Item.active.is_(True))).all())
        record = (source, None, sorted(counts), keys)
        if record != (pack.source, pack.removed_at, list(pack.exams), list(pack.item_keys)):
            # Re-importing an unchanged pack writes nothing at all.
            pack.source, pack.removed_at, pack.exams, pack.item_keys = record
            pack.imported_at = now
        return counts


def list_packs(store: Store) -> list[PackInfo]:
    """Packs in use (removed ones are kept only for the attempts that showed their items)."""
    with store.read() as session:
        rows = session.scalars(select(Pack).where(Pack.removed_at.is_(None)).order_by(Pack.name)).all()
        return [PackInfo(p.id, p.name, p.source, tuple(p.exams), len(p.item_keys), p.imported_at) for p in rows]


def remove_pack(store: Store, which: str, *, now: datetime) -> PackInfo:
    """Retire a pack's items, case studies and exams; past attempts keep the exact text they showed."""
    with store.write() as session:
        query = select(Pack).where(Pack.removed_at.is_(None))
        pack = session.scalar(query.where(Pack.name == which))
        if pack is None and which.isascii() and which.isdigit() and len(which) <= 9:
            pack = session.scalar(query.where(Pack.id == int(which)))
        if pack is None:
            raise NotFoundError(f"There is no pack '{shown(which)}' (see `bank packs`).")
        owned = set(session.scalars(select(Item.key).where(Item.pack_id == pack.id)).all())
        session.execute(update(Item).where(Item.pack_id == pack.id).values(active=False))
        for case in session.scalars(select(CaseStudyRow).where(CaseStudyRow.active.is_(True))):
            if case.item_keys and set(case.item_keys) <= owned:
                case.active = False
        for exam in session.scalars(select(Exam).where(Exam.pack_id == pack.id)):
            exam.bank_hash = None
        pack.removed_at = now
        return PackInfo(pack.id, pack.name, pack.source, tuple(pack.exams), len(pack.item_keys), pack.imported_at)
