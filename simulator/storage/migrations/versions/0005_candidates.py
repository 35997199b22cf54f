"""Candidates: every attempt, flag clearance, question report and review schedule belongs to one.

Existing data becomes the implicit local candidate (id 1), so a one-person SQLite database reads as before.
flag_clearances and review_schedule are rebuilt with (candidate_id, item_id) keys: nothing references them.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LOCAL_ID = 1  # as simulator.storage.candidates.LOCAL_ID
LOCAL_NAME = "local"


def upgrade() -> None:
    candidates = op.create_table(
        "candidates",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.bulk_insert(candidates, [{"id": LOCAL_ID, "name": LOCAL_NAME, "created_at": datetime.now()}])
    if op.get_bind().dialect.name == "postgresql":  # an explicit id does not move the sequence
        op.execute("SELECT setval(pg_get_serial_sequence('candidates', 'id'), (SELECT max(id) FROM candidates))")
    # Plain ADD COLUMN (no table rebuild): a rebuild of attempts would cascade-delete its items on SQLite; and
    # SQLite refuses ADD COLUMN ... REFERENCES with a non-null default, so candidate_id is a checked-in-code
    # reference, not a declared foreign key.
    op.add_column("attempts", sa.Column("candidate_id", sa.Integer(), nullable=False, server_default=str(LOCAL_ID)))
    op.create_index("ix_attempts_candidate", "attempts", ["candidate_id", "status"])
    op.add_column("item_reports", sa.Column("candidate_id", sa.Integer(), nullable=False, server_default=str(LOCAL_ID)))
    _rekey("flag_clearances", [sa.Column("cleared_at", sa.DateTime(), nullable=False)], "item_id, cleared_at")
    _rekey(
        "review_schedule",
        [
            sa.Column("box", sa.Integer(), nullable=False),
            sa.Column("due_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
        ],
        "item_id, box, due_at, updated_at",
    )
    op.create_index("ix_review_schedule_due", "review_schedule", ["due_at"])


def _rekey(table: str, columns: list[sa.Column[Any]], copied: str) -> None:
    """Rebuild `table` keyed by (candidate_id, item_id), its rows given to the local candidate.

    The rows (one per item at most) are read, the table dropped and created anew, so no constraint or index
    name of the old table lingers (PostgreSQL keeps those names on a renamed table)."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT {copied} FROM {table}")).mappings().all()
    if table == "review_schedule":
        op.drop_index("ix_review_schedule_due", table_name=table)
    op.drop_table(table)
    created = op.create_table(
        table,
        sa.Column("candidate_id", sa.Integer(), sa.ForeignKey("candidates.id"), primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), primary_key=True),
        *columns,
    )
    if rows:
        op.bulk_insert(created, [{"candidate_id": LOCAL_ID, **row} for row in rows])


def downgrade() -> None:
    op.drop_index("ix_review_schedule_due", table_name="review_schedule")
    for table in ("review_schedule", "flag_clearances"):
        op.drop_table(table)
    op.create_table(
        "flag_clearances",
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("cleared_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "review_schedule",
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("box", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_review_schedule_due", "review_schedule", ["due_at"])
    op.drop_column("item_reports", "candidate_id")
    op.drop_index("ix_attempts_candidate", table_name="attempts")
    op.drop_column("attempts", "candidate_id")
    op.drop_table("candidates")
