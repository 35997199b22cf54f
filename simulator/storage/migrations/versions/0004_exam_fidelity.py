"""Exam fidelity: a full exam's deadline and interruptions; items seen and stem highlights.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): a rebuild of attempts would cascade-delete its items on SQLite.
    # No deadline for attempts left unfinished by an older version: the engine sets one when they reopen.
    op.add_column("attempts", sa.Column("deadline_at", sa.DateTime(), nullable=True))
    op.add_column("attempts", sa.Column("interruptions", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("attempts", sa.Column("time_away_s", sa.Float(), nullable=False, server_default="0"))
    op.add_column("attempt_items", sa.Column("seen", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("attempt_items", sa.Column("highlights", sa.JSON(), nullable=True))
    # An item with an answer, a flag or time on it has been seen.
    op.execute(
        "UPDATE attempt_items SET seen = "
        + ("true" if op.get_bind().dialect.name == "postgresql" else "1")
        + " WHERE response IS NOT NULL OR flagged OR time_spent_s > 0"
    )


def downgrade() -> None:
    for table, column in (
        ("attempt_items", "highlights"),
        ("attempt_items", "seen"),
        ("attempts", "time_away_s"),
        ("attempts", "interruptions"),
        ("attempts", "deadline_at"),
    ):
        op.drop_column(table, column)
