"""Candidates: list, find or add one by name, and choose whose data a store reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from simulator.errors import CandidateNameError, StorageError
from simulator.storage.db import LOCAL_CANDIDATE_ID, Store
from simulator.storage.models import Attempt, Candidate

LOCAL_ID = LOCAL_CANDIDATE_ID
MAX_NAME = 80


@dataclass(frozen=True)
class CandidateRow:
    id: int
    name: str
    attempts: int


def clean_name(name: str) -> str:
    """A candidate name as stored: trimmed, single spaces, no control characters; CandidateNameError (a
    ValueError too) when unusable."""
    text = " ".join("".join(ch for ch in name if ch.isprintable()).split())
    if not text:
        raise CandidateNameError(code="candidate_name_empty")
    if len(text) > MAX_NAME:
        raise CandidateNameError(code="candidate_name_long", maximum=MAX_NAME)
    return text


def list_candidates(store: Store) -> list[CandidateRow]:
    """Every candidate with the number of attempts they have, by name."""
    with store.read() as session:
        counts = {
            cid: int(n)
            for cid, n in session.execute(select(Attempt.candidate_id, func.count()).group_by(Attempt.candidate_id))
        }
        rows = session.execute(select(Candidate.id, Candidate.name).order_by(func.lower(Candidate.name))).all()
    return [CandidateRow(cid, name, int(counts.get(cid, 0))) for cid, name in rows]


def find_candidate(store: Store, name: str) -> int | None:
    wanted = clean_name(name)
    with store.read() as session:
        return session.scalar(select(Candidate.id).where(func.lower(Candidate.name) == wanted.lower()))


def add_candidate(store: Store, name: str, now: datetime | None = None) -> int:
    """The id of the candidate with this name (case-insensitive), created if new."""
    wanted = clean_name(name)
    found = find_candidate(store, wanted)
    if found is not None:
        return found
    try:
        with store.write() as session:
            row = Candidate(name=wanted, created_at=now or datetime.now())
            session.add(row)
            session.flush()
            return row.id
    except IntegrityError:  # another window added the same name meanwhile
        found = find_candidate(store, wanted)
        if found is None:
            raise StorageError(code="candidate_not_added", name=repr(wanted)) from None
        return found


def use_candidate(store: Store, name: str | None = None, candidate_id: int | None = None) -> int:
    """Make the store read and write one candidate's data (by name, created if new, or by id)."""
    if candidate_id is None:
        candidate_id = LOCAL_ID if name is None else add_candidate(store, name)
    else:
        with store.read() as session:
            if session.get(Candidate, candidate_id) is None:
                raise StorageError(code="no_candidate_id", candidate=candidate_id)
    store.candidate_id = candidate_id
    return candidate_id


def candidate_name(store: Store, candidate_id: int | None = None) -> str:
    with store.read() as session:
        name = session.scalar(select(Candidate.name).where(Candidate.id == (candidate_id or store.candidate_id)))
    return name or ""
