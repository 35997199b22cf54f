"""Persistence: SQLAlchemy models, Alembic migrations and the queries the engine needs."""
