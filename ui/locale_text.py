"""Dates and numbers as the interface language writes them (QLocale), never ISO strings on screen."""

from __future__ import annotations

from datetime import datetime

from ui.qt import QDate, QDateTime, QLocale


def short_date(moment: datetime) -> str:
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)


def short_datetime(moment: datetime) -> str:
    return QLocale().toString(QDateTime(moment.replace(microsecond=0)), QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
