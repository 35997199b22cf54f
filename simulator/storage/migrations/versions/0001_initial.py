"""Initial schema: exams, items with revisions, case studies, attempts and their items.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exams",
        sa.Column("code", sa.String(80), primary_key=True),
        sa.Column("blueprint", sa.JSON(), nullable=False),
        sa.Column("bank_hash", sa.String(64), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("exam_code", sa.String(80), sa.ForeignKey("exams.code"), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("task", sa.String(10), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("case_study", sa.String(80), nullable=True),
        sa.Column("current_revision", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("exam_code", "key"),
    )
    op.create_index("ix_items_exam_task", "items", ["exam_code", "task"])
    op.create_table(
        "item_revisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("item_id", "revision"),
    )
    op.create_table(
        "case_studies",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("exam_code", sa.String(80), sa.ForeignKey("exams.code"), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("item_keys", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("exam_code", "key"),
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("exam_code", sa.String(80), sa.ForeignKey("exams.code"), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("time_limit_s", sa.Integer(), nullable=True),
        sa.Column("remaining_s", sa.Float(), nullable=True),
        sa.Column("elapsed_s", sa.Float(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("current_position", sa.Integer(), nullable=False),
        sa.Column("raw_correct", sa.Integer(), nullable=True),
        sa.Column("scored_total", sa.Integer(), nullable=True),
        sa.Column("scaled_score", sa.Integer(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("expired", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_attempts_status", "attempts", ["status"])
    op.create_table(
        "attempt_items",
        sa.Column("attempt_id", sa.Integer(), sa.ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("items.id"), nullable=False),
        sa.Column("revision_id", sa.Integer(), sa.ForeignKey("item_revisions.id"), nullable=False),
        sa.Column("task", sa.String(10), nullable=False),
        sa.Column("scored", sa.Boolean(), nullable=False),
        sa.Column("presentation", sa.JSON(), nullable=False),
        sa.Column("response", sa.JSON(), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("checked", sa.Boolean(), nullable=False),
        sa.Column("struck", sa.JSON(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("time_spent_s", sa.Float(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=True),
        sa.Column("credit", sa.Float(), nullable=True),
    )
    op.create_index("ix_attempt_items_item", "attempt_items", ["item_id"])


def downgrade() -> None:
    for table in ("attempt_items", "attempts", "case_studies", "item_revisions", "items", "exams"):
        op.drop_table(table)
