"""Alembic environment: runs on the connection Simulacro hands over, never from an ini file."""

from __future__ import annotations

from alembic import context

from simulator.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Simulacro runs migrations with an open connection (see simulator.storage.db)")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
