"""Home's coach, as the candidate meets it: what it says for a history, and its button starts that step."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from simulator.assembly import PracticeSpec, plan_practice
from simulator.clock import FakeClock
from simulator.demo import wrong_answer
from simulator.review_tools import bank_index
from simulator.session import ExamSession
from simulator.states import Mode
from simulator.storage.db import Store
from simulator.storage.models import Attempt, AttemptItem
from tests.test_ui_flows import click, wait_for_session
from tests.ui_helpers import open_window
from ui.dialogs import PreferencesDialog
from ui.qt import QDate, Qt


def _practise(store: Store, task: str, count: int, hours_ago: float) -> None:
    """A practice of `count` items on one task statement, every answer wrong (missed items are due at once)."""
    index = bank_index(store, "aif-c01")
    clock = FakeClock(datetime.now() - timedelta(hours=hours_ago))
    session = ExamSession.start(store, plan_practice(index, PracticeSpec((task,), count), seed=5), clock)
    for position in range(session.count):
        session.answer(position, wrong_answer(session.content(position), random.Random(position)))
    session.submit()


def test_a_new_candidate_is_offered_a_first_full_exam(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    coach = window.home.coach
    assert coach.isVisible()
    assert coach.readiness.text().startswith("Aún no hay estimación")
    assert coach.advice.text() == (
        "Siguiente paso: un primer examen completo, para que cada dominio y tarea tenga un punto de partida."
    )
    assert coach.bars == []  # no answers: no domain strip
    assert coach.facts.text() == "0 preguntas para repasar hoy · Racha de estudio: 0 días"
    click(qtbot, coach.action_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=20_000)
    wait_for_session(qtbot, window)
    session = window.exam.session
    assert session is not None and session.mode == Mode.FULL and session.count == 65


def test_the_weakest_task_is_practised_from_one_button(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, shipped_store: Store
) -> None:
    _practise(shipped_store, "2.1", 3, hours_ago=2)  # 3 missed: under the drill's threshold of 5
    window = open_window(qtbot, data_dir, shipped_template)
    coach = window.home.coach
    assert coach.advice.text().startswith("Siguiente paso: 10 preguntas de tu tarea más floja, 2.1 ")
    domains = window.home_data.coaching.domains if window.home_data and window.home_data.coaching else ()
    assert [bar.value() for bar in coach.bars] == [round(d.mastery * 100) for d in domains]
    labels = [coach.strip.itemAt(i).widget().text() for i in range(0, coach.strip.count(), 2)]
    assert labels == [f"D{d.domain}: {round(d.mastery * 100)} %" for d in domains]
    assert [d.domain for d in domains] == [1, 2, 3, 4, 5]
    assert min(domains, key=lambda d: d.mastery).domain == 2  # every 2.1 answer was wrong
    assert all(bar.accessibleName().startswith(f"Dominio {n}") for n, bar in enumerate(coach.bars, start=1))
    assert "Racha de estudio: 1 día" in coach.facts.text()
    coach.action_button.setFocus()
    qtbot.keyClick(coach.action_button, Qt.Key.Key_Space)  # one key on the focused recommendation
    wait_for_session(qtbot, window)
    session = window.exam.session
    assert session is not None and session.mode == Mode.PRACTICE and session.count == 10
    assert {session.view(p).task for p in range(session.count)} == {"2.1"}
    with shipped_store.read() as db:
        settings = db.scalars(select(Attempt.settings).order_by(Attempt.id.desc())).first()
    assert settings is not None and settings["tasks"] == ["2.1"]


def test_an_exam_date_set_in_preferences_counts_down_on_home(
    qtbot: QtBot, data_dir: Path, shipped_template: Path
) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    window.open_preferences()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    click(qtbot, dialog.has_exam_date)
    exam_day = date.today() + timedelta(days=12)
    dialog.exam_date.setDate(QDate(exam_day.year, exam_day.month, exam_day.day))
    dialog.accept()
    qtbot.waitUntil(lambda: window.home.coach.facts.text().startswith("Examen en 12 días"), timeout=20_000)
    assert window.settings.exam_date == exam_day


def test_missed_items_due_again_are_drilled_from_one_button(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, shipped_store: Store
) -> None:
    _practise(shipped_store, "3.4", 6, hours_ago=25)
    with shipped_store.read() as db:
        missed = db.scalar(select(func.count()).select_from(AttemptItem).where(AttemptItem.correct.is_(False)))
    window = open_window(qtbot, data_dir, shipped_template)
    coach = window.home.coach
    assert coach.advice.text() == (
        f"Siguiente paso: un repaso de puntos débiles ({missed} preguntas falladas pendientes de repaso)."
    )
    assert coach.action_button.text() == "&Empezar"
    click(qtbot, coach.action_button)
    wait_for_session(qtbot, window)
    with shipped_store.read() as db:
        settings = db.scalars(select(Attempt.settings).order_by(Attempt.id.desc())).first()
    assert settings is not None and settings["kind"] == "drill" and settings["due"] == min(15, missed)
