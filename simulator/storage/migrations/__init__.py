"""Alembic migration scripts for Simulacro's schema."""
