"""The rows behind item statistics: scored answers of finished attempts, with each attempt's stored result."""

from __future__ import annotations

from sqlalchemy import Float, Text, case, cast, func, or_, select

from simulator.content import ItemContent
from simulator.item_stats import MIN_SAMPLE, AnswerGroup, ItemStat, RevisionInfo, compute_item_stats
from simulator.states import AttemptStatus
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem, Item, ItemReport, ItemRevision


def answer_groups(store: Store, exam: str, *, include_demo: bool = False) -> list[AnswerGroup]:
    """The scored answers of every candidate's submitted attempts of `exam`, summed per item revision and response.

    An answer's rest score is its attempt's share right on the other scored items, from the totals the submit
    stored (raw_correct, scored_total: the sealed result's figures); nothing is re-scored. The whole computation
    runs in the database (window functions, on SQLite and PostgreSQL): a few rows per item come back."""
    right = case((AttemptItem.correct.is_(True), 1), else_=0)
    rest = case(
        (Attempt.scored_total > 1, cast(Attempt.raw_correct - right, Float) / (Attempt.scored_total - 1)),
        else_=0.0,
    )
    inner = (
        select(
            AttemptItem.revision_id.label("revision_id"),
            right.label("correct"),
            # As JSON text: equal answers are equal strings, grouped in SQL and parsed once.
            cast(AttemptItem.response, Text).label("response"),
            AttemptItem.time_spent_s.label("t"),
            rest.label("rest"),
            func.row_number()
            .over(partition_by=AttemptItem.revision_id, order_by=(rest.desc(), AttemptItem.attempt_id))
            .label("rank_rest"),
            func.row_number()
            .over(partition_by=AttemptItem.revision_id, order_by=(AttemptItem.time_spent_s, AttemptItem.attempt_id))
            .label("rank_time"),
            func.count().over(partition_by=AttemptItem.revision_id).label("n"),
        )
        .join(Attempt, Attempt.id == AttemptItem.attempt_id)
        .where(Attempt.status == AttemptStatus.SUBMITTED, Attempt.exam_code == exam, AttemptItem.scored.is_(True))
    )
    if not include_demo:
        inner = inner.where(Attempt.is_demo.is_(False))
    sub = inner.subquery()
    is_middle = or_(sub.c.rank_time == (sub.c.n + 1) // 2, sub.c.rank_time == (sub.c.n + 2) // 2)
    query = select(
        sub.c.revision_id,
        sub.c.correct,
        sub.c.response,
        func.count(),
        func.sum(sub.c.rest),
        func.sum(sub.c.rest * sub.c.rest),
        func.sum(case((sub.c.rank_rest <= (27 * sub.c.n + 99) // 100, 1), else_=0)),
        func.sum(case((is_middle, sub.c.t), else_=0.0)),
        func.sum(case((is_middle, 1), else_=0)),
    ).group_by(sub.c.revision_id, sub.c.correct, sub.c.response)
    with store.read() as session:
        return [
            AnswerGroup(rid, bool(c), resp, int(n), float(s1), float(s2), int(top), float(mt or 0.0), int(m))
            for rid, c, resp, n, s1, s2, top, mt, m in session.execute(query)
        ]


def revision_infos(store: Store, revision_ids: set[int]) -> dict[int, RevisionInfo]:
    infos: dict[int, RevisionInfo] = {}
    ids = sorted(revision_ids)
    with store.read() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for rid, key, number, content in session.execute(
                select(ItemRevision.id, Item.key, ItemRevision.revision, ItemRevision.content)
                .join(Item, Item.id == ItemRevision.item_id)
                .where(ItemRevision.id.in_(chunk))
            ):
                infos[rid] = RevisionInfo(key, number, ItemContent.from_json(content))
    return infos


def report_counts(store: Store) -> dict[int, int]:
    """Question reports per item revision, from every candidate."""
    with store.read() as session:
        return {
            rid: int(n)
            for rid, n in session.execute(select(ItemReport.revision_id, func.count()).group_by(ItemReport.revision_id))
        }


def item_statistics(
    store: Store, exam: str, *, include_demo: bool = False, min_sample: int = MIN_SAMPLE
) -> list[ItemStat]:
    """Statistics of every item revision of `exam` that finished attempts answered, flagged items first."""
    groups = answer_groups(store, exam, include_demo=include_demo)
    infos = revision_infos(store, {g.revision_id for g in groups})
    return compute_item_stats(groups, infos, report_counts(store), min_sample=min_sample)
