"""Dates and numbers as the interface language writes them (QLocale), never ISO strings on screen."""

from __future__ import annotations

from datetime import datetime

from ui.qt import QDate, QDateTime, QLocale, QTime


def short_date(moment: datetime) -> str:
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)


def short_datetime(moment: datetime) -> str:
    when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)
