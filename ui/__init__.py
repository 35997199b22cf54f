"""Simulacro's Qt Widgets interface; every Qt import goes through ui.qt."""
