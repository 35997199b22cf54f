"""Sealed results, blueprint revisions, question packs and attempt leases.

Every submitted attempt gets its result stored once, from what its submit already wrote (per-item right or
wrong and credit, raw, scaled, pass) and the blueprint stored at migration time; nothing is re-scored.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ITEM_RULE = "all-or-nothing per scored item; unscored items never count"  # as simulator.sealed.ITEM_RULE


def _hash(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.create_table(
        "packs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("exams", sa.JSON(), nullable=False),
        sa.Column("item_keys", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "blueprint_revisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("exam_code", sa.String(80), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("exam_code", "content_hash"),
    )
    # Plain ADD COLUMN (no table rebuild): a rebuild of attempts would cascade-delete its items on SQLite.
    op.add_column("exams", sa.Column("pack_id", sa.Integer(), nullable=True))
    op.add_column("items", sa.Column("pack_id", sa.Integer(), nullable=True))
    op.add_column("attempts", sa.Column("blueprint_revision_id", sa.Integer(), nullable=True))
    op.add_column("attempts", sa.Column("result", sa.JSON(), nullable=True))
    op.add_column("attempts", sa.Column("lease_owner", sa.String(64), nullable=True))
    op.add_column("attempts", sa.Column("lease_heartbeat", sa.DateTime(), nullable=True))
    _seal_existing(op.get_bind())


def _seal_existing(bind: Any) -> None:
    exams = sa.table("exams", sa.column("code"), sa.column("blueprint", sa.JSON()))
    revisions = sa.table(
        "blueprint_revisions",
        sa.column("id"),
        sa.column("exam_code"),
        sa.column("content_hash"),
        sa.column("content", sa.JSON()),
        sa.column("created_at"),
    )
    attempts = sa.table(
        "attempts",
        sa.column("id"),
        sa.column("exam_code"),
        sa.column("status"),
        sa.column("raw_correct"),
        sa.column("scored_total"),
        sa.column("scaled_score"),
        sa.column("passed"),
        sa.column("blueprint_revision_id"),
        sa.column("result", sa.JSON()),
    )
    items = sa.table(
        "attempt_items",
        sa.column("attempt_id"),
        sa.column("task"),
        sa.column("scored"),
        sa.column("correct"),
        sa.column("credit"),
    )
    now = datetime.now()
    blueprints: dict[str, tuple[int, str, dict[str, Any]]] = {}
    for code, blueprint in bind.execute(sa.select(exams.c.code, exams.c.blueprint)).all():
        digest = _hash(blueprint)
        bind.execute(revisions.insert().values(exam_code=code, content_hash=digest, content=blueprint, created_at=now))
        rev_id = bind.execute(
            sa.select(revisions.c.id).where(revisions.c.exam_code == code, revisions.c.content_hash == digest)
        ).scalar_one()
        blueprints[code] = (rev_id, digest, blueprint)
        bind.execute(attempts.update().where(attempts.c.exam_code == code).values(blueprint_revision_id=rev_id))
    per_task: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    credit: dict[int, list[float]] = defaultdict(list)
    for attempt_id, task, correct, item_credit in bind.execute(
        sa.select(items.c.attempt_id, items.c.task, items.c.correct, items.c.credit).where(items.c.scored.is_(True))
    ):
        per_task[attempt_id][task][0] += 1
        per_task[attempt_id][task][1] += 1 if correct else 0
        credit[attempt_id].append(float(item_credit or 0.0))
    for row in bind.execute(sa.select(attempts).where(attempts.c.status == "submitted")).all():
        if row.exam_code not in blueprints:
            continue
        rev_id, digest, blueprint = blueprints[row.exam_code]
        counts = per_task[row.id]
        tasks = [
            [t["id"], counts[t["id"]][1], counts[t["id"]][0]] if t["id"] in counts else [t["id"], 0, 0]
            for t in blueprint["tasks"]
        ]
        domains = []
        for d in blueprint["domains"]:
            mine = [t for t in tasks if str(t[0]).split(".")[0] == str(d["id"])]
            domains.append([str(d["id"]), sum(t[1] for t in mine), sum(t[2] for t in mine)])
        given = credit[row.id]
        result = {
            "format": 1,
            "raw_correct": int(row.raw_correct or 0),
            "scored_total": int(row.scored_total or 0),
            "scaled": int(row.scaled_score or 0),
            "passed": bool(row.passed),
            "partial_credit": sum(given) / len(given) if given else 0.0,
            "domains": domains,
            "tasks": tasks,
            "rules": {
                "items": ITEM_RULE,
                "scale": dict(blueprint["scale"]),
                "scaled_estimate": [list(a) for a in blueprint["scaled_estimate"]],
            },
            "blueprint": {"exam": row.exam_code, "revision": rev_id, "hash": digest},
        }
        bind.execute(attempts.update().where(attempts.c.id == row.id).values(result=result))


def downgrade() -> None:
    for column in ("lease_heartbeat", "lease_owner", "result", "blueprint_revision_id"):
        op.drop_column("attempts", column)
    op.drop_column("items", "pack_id")
    op.drop_column("exams", "pack_id")
    op.drop_table("blueprint_revisions")
    op.drop_table("packs")
