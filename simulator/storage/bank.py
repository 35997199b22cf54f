"""Bank tables: write validated content as revisions, read the index the assembler draws from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from simulator.blueprint import Blueprint
from simulator.content import ItemContent, ItemRef
from simulator.errors import NotFoundError
from simulator.storage.db import Store
from simulator.storage.models import CaseStudyRow, Exam, Item, ItemRevision


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
) -> ImportCounts:
    """Write items in one transaction: new ids get revision 1, changed content a new revision."""
    added = revised = unchanged = retired = 0
    with store.write() as session:
        exam = session.get(Exam, blueprint.exam)
        if exam is None:
            session.add(Exam(code=blueprint.exam, blueprint=blueprint.to_json(), bank_hash=bank_hash, synced_at=now))
        else:
            exam.blueprint = blueprint.to_json()
            if bank_hash is not None:
                exam.bank_hash = bank_hash
                exam.synced_at = now
        session.flush()
        rows = session.execute(
            select(Item.id, Item.key, Item.current_revision, Item.active, ItemRevision.content_hash)
            .join(ItemRevision, (ItemRevision.item_id == Item.id) & (ItemRevision.revision == Item.current_revision))
            .where(Item.exam_code == blueprint.exam)
        ).all()
        existing = {row.key: row for row in rows}
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
                if not row.active:
                    session.execute(update(Item).where(Item.id == row.id).values(active=True))
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
            gone = [row.id for key, row in existing.items() if key not in present and row.active]
            if gone:
                session.execute(update(Item).where(Item.id.in_(gone)).values(active=False))
            retired = len(gone)
            session.execute(
                update(CaseStudyRow)
                .where(
                    CaseStudyRow.exam_code == blueprint.exam,
                    CaseStudyRow.key.not_in([c.key for c in case_studies]),
                )
                .values(active=False)
            )
        known = {
            row.key: row
            for row in session.scalars(select(CaseStudyRow).where(CaseStudyRow.exam_code == blueprint.exam))
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


def stored_bank_hash(store: Store, exam: str) -> str | None:
    with store.read() as session:
        row = session.get(Exam, exam)
        return row.bank_hash if row else None


def load_blueprint(store: Store, exam: str) -> Blueprint:
    with store.read() as session:
        row = session.get(Exam, exam)
        if row is None:
            raise NotFoundError(f"The exam '{exam}' is not in the database: import its bank first.")
        return Blueprint.from_json(row.blueprint)


def exam_codes(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Exam.code).order_by(Exam.code)))


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
