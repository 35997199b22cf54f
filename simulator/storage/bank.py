"""Bank tables: write validated content as revisions, read the index the assembler draws from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from simulator.assembly import BankIndex
from simulator.blueprint import Blueprint, blueprint_hash
from simulator.content import ItemContent, ItemRef
from simulator.error_catalogue import Part
from simulator.errors import NotFoundError, SimulacroError, shown
from simulator.storage.db import Store
from simulator.storage.models import BlueprintRevision, CaseStudyRow, Exam, Item, ItemRevision, Pack

DEFAULT_EXAM = "aif-c01"


class PackConflictError(SimulacroError):
    """A pack would change what the shipped bank (or another pack) defines; `conflicts` are (id, why)."""

    def __init__(self, conflicts: list[tuple[str, Part]]) -> None:
        super().__init__("; ".join(str(why) for _, why in conflicts[:5]))
        self.conflicts = conflicts


@dataclass(frozen=True)
class ImportCounts:
    """What an import changed."""

    added: int
    revised: int
    unchanged: int
    retired: int
    case_studies: int

    @property
    def changed(self) -> bool:
        return bool(self.added or self.revised or self.retired)


@dataclass(frozen=True)
class CaseStudyInput:
    key: str
    title: str
    item_keys: tuple[str, ...]


def save_bank(
    store: Store,
    blueprint: Blueprint,
    items: Sequence[ItemContent],
    case_studies: Sequence[CaseStudyInput],
    *,
    bank_hash: str | None,
    retire_missing: bool,
    now: datetime,
    pack_id: int | None = None,
) -> ImportCounts:
    """Write items in one transaction: new ids get revision 1, changed content a new revision.

    With `pack_id` None this is the shipped bank: it owns its exam's blueprint and items. A pack may add
    items and define exams of its own, but raises PackConflictError (writing nothing) rather than change
    the blueprint or an item that the shipped bank or another pack owns."""
    with store.write() as session:
        return save_bank_in(
            session,
            blueprint,
            items,
            case_studies,
            bank_hash=bank_hash,
            retire_missing=retire_missing,
            now=now,
            pack_id=pack_id,
        )


def save_bank_in(
    session: Session,
    blueprint: Blueprint,
    items: Sequence[ItemContent],
    case_studies: Sequence[CaseStudyInput],
    *,
    bank_hash: str | None,
    retire_missing: bool,
    now: datetime,
    pack_id: int | None = None,
) -> ImportCounts:
    """save_bank inside the caller's transaction (a pack import writes all its exams in one)."""
    added = revised = unchanged = retired = 0
    exam = session.get(Exam, blueprint.exam)
    stored = blueprint.to_json()
    rows = session.execute(
        select(Item.id, Item.key, Item.current_revision, Item.active, Item.pack_id, ItemRevision.content_hash)
        .join(ItemRevision, (ItemRevision.item_id == Item.id) & (ItemRevision.revision == Item.current_revision))
        .where(Item.exam_code == blueprint.exam)
    ).all()
    existing = {row.key: row for row in rows}
    if pack_id is not None:
        cases_now = {
            row.key: row
            for row in session.scalars(select(CaseStudyRow).where(CaseStudyRow.exam_code == blueprint.exam))
        }
        _check_pack(exam, stored, items, existing, pack_id, case_studies, cases_now)
    if exam is None:
        session.add(Exam(code=blueprint.exam, blueprint=stored, bank_hash=bank_hash, synced_at=now, pack_id=pack_id))
    elif pack_id is None or exam.pack_id == pack_id:
        exam.blueprint = stored
        exam.pack_id = pack_id
        if bank_hash is not None:
            exam.bank_hash = bank_hash
            exam.synced_at = now
    session.flush()
    blueprint_revision(session, blueprint.exam, stored, now)
    new_items: list[dict[str, Any]] = []
    pending: list[tuple[str, ItemContent, str]] = []
    for content in items:
        digest = content.content_hash()
        row = existing.get(content.id)
        if row is None:
            new_items.append(
                {
                    "exam_code": blueprint.exam,
                    "key": content.id,
                    "task": content.task,
                    "type": content.type,
                    "case_study": content.case_study,
                    "current_revision": 1,
                    "active": True,
                    "pack_id": pack_id,
                }
            )
            pending.append((content.id, content, digest))
            added += 1
        elif row.content_hash != digest:
            revision = row.current_revision + 1
            session.execute(
                update(Item)
                .where(Item.id == row.id)
                .values(
                    current_revision=revision,
                    task=content.task,
                    type=content.type,
                    case_study=content.case_study,
                    active=True,
                    pack_id=pack_id,
                )
            )
            session.execute(
                insert(ItemRevision).values(
                    item_id=row.id,
                    revision=revision,
                    content_hash=digest,
                    content=content.to_json(),
                    created_at=now,
                )
            )
            revised += 1
        else:
            if (pack_id is None and (not row.active or row.pack_id is not None)) or (
                row.pack_id == pack_id and not row.active
            ):
                # The shipped bank takes over an id a pack added first; a pack re-activates only its own.
                session.execute(
                    update(Item).where(Item.id == row.id).values(active=True, pack_id=row.pack_id if pack_id else None)
                )
            unchanged += 1
    if new_items:
        session.execute(insert(Item), new_items)
        ids = dict(session.execute(select(Item.key, Item.id).where(Item.exam_code == blueprint.exam)).all())
        session.execute(
            insert(ItemRevision),
            [
                {
                    "item_id": ids[key],
                    "revision": 1,
                    "content_hash": digest,
                    "content": content.to_json(),
                    "created_at": now,
                }
                for key, content, digest in pending
            ],
        )
    if retire_missing:
        present = {content.id for content in items}
        gone = [
            row.id
            for key, row in existing.items()
            if key not in present and row.active and row.pack_id == pack_id  # only what this source owns
        ]
        if gone:
            session.execute(update(Item).where(Item.id.in_(gone)).values(active=False))
        retired = len(gone)
        owner = {key: row.pack_id for key, row in existing.items()}
        kept = {c.key for c in case_studies}
        for case_row in session.scalars(select(CaseStudyRow).where(CaseStudyRow.exam_code == blueprint.exam)):
            if case_row.key not in kept and all(owner.get(k, pack_id) == pack_id for k in case_row.item_keys):
                case_row.active = False
    known = {
        row.key: row for row in session.scalars(select(CaseStudyRow).where(CaseStudyRow.exam_code == blueprint.exam))
    }
    for case in case_studies:
        found = known.get(case.key)
        if found is None:
            session.add(
                CaseStudyRow(
                    exam_code=blueprint.exam,
                    key=case.key,
                    title=case.title,
                    item_keys=list(case.item_keys),
                    active=True,
                )
            )
        else:
            found.title = case.title
            found.item_keys = list(case.item_keys)
            found.active = True
    return ImportCounts(added, revised, unchanged, retired, len(case_studies))


def _check_pack(
    exam: Exam | None,
    stored: dict[str, Any],
    items: Sequence[ItemContent],
    existing: dict[str, Any],
    pack_id: int,
    case_studies: Sequence[CaseStudyInput],
    cases_now: dict[str, CaseStudyRow],
) -> None:
    conflicts: list[tuple[str, Part]] = []
    for case in case_studies:
        found = cases_now.get(case.key)
        if found is None or (found.title, list(found.item_keys)) == (case.title, list(case.item_keys)):
            continue
        if not all(getattr(existing.get(k), "pack_id", pack_id) == pack_id for k in found.item_keys):
            conflicts.append((case.key, Part("case_conflict")))
    if exam is not None and exam.pack_id != pack_id and exam.blueprint != stored:
        owner = "shipped" if exam.pack_id is None else "pack"
        conflicts.append(("blueprint", Part(f"blueprint_conflict_{owner}", {"exam": exam.code})))
    for content in items:
        row = existing.get(content.id)
        if row is None or row.pack_id == pack_id or row.content_hash == content.content_hash():
            continue
        owner = "shipped" if row.pack_id is None else "pack"
        conflicts.append((content.id, Part(f"item_conflict_{owner}")))
    if conflicts:
        raise PackConflictError(conflicts)


def blueprint_revision(session: Session, exam: str, stored: dict[str, Any], now: datetime) -> int:
    """The id of this blueprint's revision row, added when the blueprint is new (inside the caller's transaction)."""
    digest = blueprint_hash(stored)
    found = session.scalar(
        select(BlueprintRevision.id).where(
            BlueprintRevision.exam_code == exam, BlueprintRevision.content_hash == digest
        )
    )
    if found is not None:
        return int(found)
    row = BlueprintRevision(exam_code=exam, content_hash=digest, content=stored, created_at=now)
    session.add(row)
    session.flush()
    return row.id


def current_blueprint_revision(session: Session, exam: str) -> int | None:
    """The revision row of the exam's blueprint as stored now (inside a caller's session)."""
    row = session.get(Exam, exam)
    if row is None:
        return None
    found = session.scalar(
        select(BlueprintRevision.id).where(
            BlueprintRevision.exam_code == exam, BlueprintRevision.content_hash == blueprint_hash(row.blueprint)
        )
    )
    return int(found) if found is not None else None


def load_blueprint_revision(store: Store, revision_id: int) -> tuple[Blueprint, str]:
    """A blueprint as it was (an attempt's), with its hash."""
    with store.read() as session:
        row = session.get(BlueprintRevision, revision_id)
        if row is None:
            raise NotFoundError(code="no_blueprint_revision", revision=revision_id)
        return Blueprint.from_json(row.content), row.content_hash


def stored_bank_hash(store: Store, exam: str) -> str | None:
    with store.read() as session:
        row = session.get(Exam, exam)
        return row.bank_hash if row else None


def load_blueprint(store: Store, exam: str) -> Blueprint:
    with store.read() as session:
        row = session.get(Exam, exam)
        if row is None:
            raise NotFoundError(code="exam_not_imported", exam=exam)
        return Blueprint.from_json(row.blueprint)


def exam_codes(store: Store) -> list[str]:
    """The exams one can sit: the shipped ones and those of packs not removed, the default first."""
    with store.read() as session:
        removed = select(Pack.id).where(Pack.removed_at.is_not(None))
        codes = list(
            session.scalars(
                select(Exam.code).where(Exam.pack_id.is_(None) | Exam.pack_id.not_in(removed)).order_by(Exam.code)
            )
        )
    return sorted(codes, key=lambda code: (code != DEFAULT_EXAM, code))


def choose_exam(store: Store, requested: str | None = None) -> str:
    """The exam a command or screen works on: the one asked for, else the shipped default (never a pack's by chance)."""
    codes = exam_codes(store)
    if requested is not None:
        if requested not in codes:
            known = ", ".join(shown(c) for c in codes) or "none"
            raise NotFoundError(code="no_such_exam", exam=shown(requested), known=known)
        return requested
    if not codes:
        raise NotFoundError(code="no_exam_bank")
    with store.read() as session:
        shipped = [c for c in codes if (row := session.get(Exam, c)) is not None and row.pack_id is None]
    return shipped[0] if shipped else codes[0]


def item_refs(store: Store, exam: str) -> list[ItemRef]:
    """Every active item of an exam at its current revision."""
    with store.read() as session:
        rows = session.execute(
            select(Item.key, Item.id, ItemRevision.id, Item.task, Item.type, Item.case_study)
            .join(ItemRevision, (ItemRevision.item_id == Item.id) & (ItemRevision.revision == Item.current_revision))
            .where(Item.exam_code == exam, Item.active.is_(True))
            .order_by(Item.key)
        ).all()
    return [ItemRef(*row) for row in rows]


def case_study_order(store: Store, exam: str) -> dict[str, tuple[str, ...]]:
    """Active case studies and their item keys in authored order."""
    with store.read() as session:
        rows = session.scalars(
            select(CaseStudyRow).where(CaseStudyRow.exam_code == exam, CaseStudyRow.active.is_(True))
        ).all()
        return {row.key: tuple(row.item_keys) for row in rows}


def revisions(store: Store, revision_ids: Iterable[int]) -> dict[int, ItemContent]:
    """Item content by revision id."""
    wanted = list(set(revision_ids))
    result: dict[int, ItemContent] = {}
    with store.read() as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for rev_id, content in session.execute(
                select(ItemRevision.id, ItemRevision.content).where(ItemRevision.id.in_(chunk))
            ):
                result[rev_id] = ItemContent.from_json(content)
    return result


def item_counts(store: Store, exam: str) -> list[tuple[str, str, bool, int]]:
    """(task, type, in a case study, count) for the active items of an exam."""
    with store.read() as session:
        rows = session.execute(
            select(Item.task, Item.type, Item.case_study.is_not(None), func.count())
            .where(Item.exam_code == exam, Item.active.is_(True))
            .group_by(Item.task, Item.type, Item.case_study.is_not(None))
        ).all()
    return [(task, kind, bool(in_case), int(count)) for task, kind, in_case, count in rows]


def bank_index(store: Store, exam: str) -> BankIndex:
    """The exam's bank as the planner draws from it: the one place that builds a BankIndex from the database."""
    return BankIndex(load_blueprint(store, exam), item_refs(store, exam), case_study_order(store, exam))


def latest_content(store: Store, item_id: int) -> ItemContent | None:
    """An item's newest revision (what a flagged-items row opens to read)."""
    with store.read() as session:
        content = session.execute(
            select(ItemRevision.content)
            .where(ItemRevision.item_id == item_id)
            .order_by(ItemRevision.revision.desc())
            .limit(1)
        ).scalar_one_or_none()
    return None if content is None else ItemContent.from_json(content)
