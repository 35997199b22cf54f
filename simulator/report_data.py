"""Everything a weakness report shows, gathered from the database into plain frozen data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from simulator.analytics import PRIOR_STRENGTH, AnswerRecord, Readiness, TaskMastery, mastery_by_task, readiness
from simulator.blueprint import Blueprint
from simulator.clock import SystemClock
from simulator.content import option_letter
from simulator.errors import AttemptStateError
from simulator.history import attempt_history
from simulator.session import ExamSession
from simulator.states import AttemptStatus
from simulator.storage.attempts import answer_records
from simulator.storage.db import Store
from simulator.views import ExamResult, ItemView


@dataclass(frozen=True)
class ItemDetail:
    """A missed or flagged item as the report prints it."""

    position: int
    key: str
    task: str
    stem: str
    scenario: str | None
    your_answer: tuple[str, ...]
    correct_answer: tuple[str, ...]
    explanation: str
    references: tuple[str, ...]
    correct: bool
    flagged: bool
    answered: bool
    time_spent_s: float


@dataclass(frozen=True)
class TrendPoint:
    attempt_id: int
    when: datetime
    scaled: int
    percent: float
    mode: str


@dataclass(frozen=True)
class ReportData:
    blueprint: Blueprint
    result: ExamResult
    started_at: datetime
    submitted_at: datetime | None
    candidate: str
    language: str
    details: tuple[ItemDetail, ...]
    mastery: tuple[TaskMastery, ...]
    readiness: Readiness | None
    trend: tuple[TrendPoint, ...]


def _answer_lines(view: ItemView, answer: tuple[object, ...] | None) -> tuple[str, ...]:
    """The answer as readable lines, with the letters the candidate saw."""
    if not answer:
        return ()
    if view.type in ("single", "multiple"):
        chosen = set(answer)
        return tuple(f"{option_letter(n)}. {o.text}" for n, o in enumerate(view.options) if o.index in chosen)
    if view.type == "ordering":
        texts = {s.index: s.text for s in view.steps}
        return tuple(f"{n}. {texts[int(str(i))]}" for n, i in enumerate(answer, start=1))
    responses = {r.key: r.text for r in view.responses}
    return tuple(
        f"{p.text} → {responses.get(str(answer[p.index]), '—') if answer[p.index] is not None else '—'}"
        for p in view.prompts
    )


def build_report_data(store: Store, attempt_id: int, *, language: str = "es", candidate: str = "") -> ReportData:
    """Gather one finished attempt's report; raise NotFoundError or AttemptStateError with a clear message.

    Trend and mastery are those of the candidate whose attempt it is (a teacher may report anyone's)."""
    owner = _owner(store, attempt_id)
    if owner is None or owner == store.candidate_id:
        return _build(store, attempt_id, language=language, candidate=candidate)
    mine = store.candidate_id
    store.candidate_id = owner
    try:
        return _build(store, attempt_id, language=language, candidate=candidate)
    finally:
        store.candidate_id = mine


def _owner(store: Store, attempt_id: int) -> int | None:
    from sqlalchemy import select

    from simulator.storage.models import Attempt

    with store.read() as session:
        return session.scalar(select(Attempt.candidate_id).where(Attempt.id == attempt_id))


def _build(store: Store, attempt_id: int, *, language: str, candidate: str) -> ReportData:
    session = ExamSession.open(store, attempt_id, SystemClock())
    if not session.submitted:
        raise AttemptStateError(code="report_unfinished", attempt=attempt_id)
    result = session.result()
    details = []
    for item in result.items:
        if item.correct and not item.flagged:
            continue
        view = session.view(item.position)
        content = session.content(item.position)
        assert view.feedback is not None
        details.append(
            ItemDetail(
                position=item.position,
                key=item.key,
                task=item.task,
                stem=content.stem,
                scenario=content.scenario,
                your_answer=_answer_lines(view, view.answer),
                correct_answer=_answer_lines(view, view.feedback.key),
                explanation=content.explanation,
                references=content.references,
                correct=item.correct,
                flagged=item.flagged,
                answered=item.answered,
                time_spent_s=item.time_spent_s,
            )
        )
    history = [
        h
        for h in attempt_history(store)
        if h.status == AttemptStatus.SUBMITTED and h.is_demo == result.is_demo and h.exam == result.exam
    ]
    history.sort(key=lambda h: (h.submitted_at or h.created_at, h.id))
    trend = tuple(
        TrendPoint(
            h.id,
            h.submitted_at or h.created_at,
            h.scaled_score or 0,
            100.0 * (h.raw_correct or 0) / h.scored_total if h.scored_total else 0.0,
            h.mode,
        )
        for h in history
    )
    this = next((h for h in history if h.id == attempt_id), None)
    cutoff = this.submitted_at if this is not None and this.submitted_at else datetime.max
    records = [
        AnswerRecord(when, task, correct, key)
        for when, task, correct, key in answer_records(store, include_demo=result.is_demo, exam=result.exam)
        if when <= cutoff
    ]
    masteries = tuple(mastery_by_task(session.blueprint, records))
    return ReportData(
        blueprint=session.blueprint,
        result=result,
        started_at=this.created_at if this is not None else datetime.now(),
        submitted_at=this.submitted_at if this is not None else None,
        candidate=candidate,
        language=language,
        details=tuple(details),
        mastery=masteries,
        readiness=readiness(session.blueprint, masteries, prior_strength=PRIOR_STRENGTH) if records else None,
        trend=tuple(t for t in trend if t.when <= cutoff),
    )
