"""Simulacro's Qt-free core: exam engine, storage, scoring and analytics."""
