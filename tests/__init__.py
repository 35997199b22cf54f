"""Simulacro's test suite."""
