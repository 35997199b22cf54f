"""Home's practice presets, the mastery beside each task statement and the last choice, as the candidate meets them."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from simulator.assembly import PracticeSpec, plan_practice
from simulator.clock import FakeClock
from simulator.demo import wrong_answer
from simulator.review_tools import bank_index
from simulator.session import ExamSession
from simulator.states import Mode
from simulator.storage.db import Store
from tests.test_ui_flows import click, tick_box, wait_for_session
from tests.ui_helpers import open_window
from ui.qt import Qt


def _practise_wrong(store: Store, tasks: tuple[str, ...], count: int) -> None:
    """One practice on `tasks`, every answer wrong."""
    index = bank_index(store, "aif-c01")
    clock = FakeClock(datetime.now() - timedelta(hours=2))
    session = ExamSession.start(store, plan_practice(index, PracticeSpec(tasks, count), seed=7), clock)
    for position in range(session.count):
        session.answer(position, wrong_answer(session.content(position), random.Random(position)))
    session.submit()


def _task_indexes(model: Any) -> list[Any]:
    """The task statements' rows, domain by domain (the tree's second level)."""
    return [
        model.index(row, 0, model.index(group))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group)))
    ]


def _rows(window_home: object) -> list[str]:
    model = window_home.task_model  # type: ignore[attr-defined]
    return [str(model.data(index)) for index in _task_indexes(model)]


def test_weakest_three_preset_checks_the_three_missed_tasks(
    qtbot: QtBot, data_dir: Path, shipped_template: Path, shipped_store: Store
) -> None:
    _practise_wrong(shipped_store, ("2.2", "3.1", "5.2"), 6)  # every answer wrong
    window = open_window(qtbot, data_dir, shipped_template)
    home = window.home
    assert home.weakest_button.text() == "Mis 3 tareas más débiles"
    assert home.weakest_button.accessibleName() == "Seleccionar mis 3 tareas más débiles"
    click(qtbot, home.all_button)
    assert len(home.task_model.checked()) == 14
    click(qtbot, home.weakest_button)
    assert home.task_model.checked() == ("2.2", "3.1", "5.2")
    assert home.practice_hint.text().endswith("disponibles en las tareas elegidas.")
    # The mastery of the answered tasks, rounded, beside them and nowhere else.
    coaching = window.home_data.coaching if window.home_data else None
    assert coaching is not None
    known = {m.task: round(m.mastery * 100) for m in coaching.masteries if m.answers}
    assert sorted(known) == ["2.2", "3.1", "5.2"] and all(value < 50 for value in known.values())
    model = home.task_model
    rows = _rows(home)
    assert [row.split()[0] for row in rows if row.endswith("\u00a0%")] == ["2.2", "3.1", "5.2"]
    row = model.task_ids().index("3.1")
    title = _title(window, "3.1")
    assert rows[row] == f"3.1  {title} ·\u00a0{known['3.1']}\u00a0%"
    tasks = _task_indexes(model)
    assert model.data(tasks[row], Qt.ItemDataRole.AccessibleTextRole) == f"3.1 {title}, nivel {known['3.1']} %"
    assert model.data(tasks[0], Qt.ItemDataRole.AccessibleTextRole) == f"1.1 {_title(window, '1.1')}"


def _title(window: object, task: str) -> str:
    data = window.home_data  # type: ignore[attr-defined]
    return str(data.blueprint.task(task).title("es"))


def test_without_own_answers_the_weakest_preset_is_off_and_says_why(
    qtbot: QtBot, data_dir: Path, shipped_template: Path
) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    home = window.home
    assert home.weakest_button.isVisible() and not home.weakest_button.isEnabled()
    assert home.weakest_button.toolTip() == (
        "Disponible cuando hayas respondido una práctica o un examen propio: el nivel se calcula a partir de tus "
        "respuestas"
    )
    assert not any(row.endswith("\u00a0%") for row in _rows(home))  # no mastery known yet


def test_domains_4_and_5_preset_checks_exactly_their_tasks(
    qtbot: QtBot, data_dir: Path, shipped_template: Path
) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    home = window.home
    assert home.responsible_button.text() == "Dominios 4 y 5 — IA responsable y seguridad"
    click(qtbot, home.domain_buttons[0])  # domain 1 checked first: the preset replaces it
    assert home.task_model.checked() == ("1.1", "1.2", "1.3")
    click(qtbot, home.responsible_button)
    assert home.task_model.checked() == ("4.1", "4.2", "5.1", "5.2")
    click(qtbot, home.responsible_button)  # pressing it again keeps the same set
    assert home.task_model.checked() == ("4.1", "4.2", "5.1", "5.2")


def test_the_last_choice_is_restored_after_a_practice(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    home = window.home
    click(qtbot, home.responsible_button)
    home.count.setFocus()
    qtbot.keyClick(home.count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(home.count, "7")
    assert home.count.value() == 7
    tick_box(qtbot, home.timed)
    tick_box(qtbot, home.feedback)
    assert home.timed.isChecked() and not home.feedback.isChecked()
    click(qtbot, home.practice_button)
    wait_for_session(qtbot, window)
    session = window.exam.session
    assert session is not None and session.mode == Mode.PRACTICE and session.count == 7
    window.close()

    again = open_window(qtbot, data_dir, None)
    home = again.home
    assert home.task_model.checked() == ("4.1", "4.2", "5.1", "5.2")
    assert home.count.value() == 7
    assert home.timed.isChecked() and not home.feedback.isChecked()
    again.close()


def test_unknown_task_ids_in_the_saved_choice_are_ignored(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text(
        '[practice]\ntasks="9.9,2.1,<b>x</b>,3.2"\ncount=12\ntimed=false\nfeedback=true\n', encoding="utf-8"
    )
    window = open_window(qtbot, data_dir, shipped_template)
    home = window.home
    assert home.task_model.checked() == ("2.1", "3.2")
    assert home.count.value() == 12
    assert not home.timed.isChecked() and home.feedback.isChecked()


def test_domains_are_groups_that_expand_to_their_tasks_and_tick_them_all(
    qtbot: QtBot, data_dir: Path, shipped_template: Path
) -> None:
    window = open_window(qtbot, data_dir, shipped_template)
    home = window.home
    model, view = home.task_model, home.task_list
    blueprint = window.home_data.blueprint  # type: ignore[union-attr]
    assert model.rowCount() == 5
    domain4 = model.index(3)
    assert model.data(domain4) == f"Dominio 4 · {blueprint.domain(4).title('es')}"
    assert [model.index(r, 0, domain4).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount(domain4))] == [
        t.id for t in blueprint.tasks_of(4)
    ]
    assert all(view.isExpanded(model.index(group)) for group in range(5))  # every task in view at first
    click(qtbot, home.none_button)
    # The domain's own box, as a click on it would: every task of domain 4, and nothing else.
    assert model.setData(domain4, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert home.task_model.checked() == tuple(t.id for t in blueprint.tasks_of(4))
    assert domain4.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    first = model.index(0, 0, domain4)
    assert model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert domain4.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert model.setData(domain4, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert home.task_model.checked() == () and not home.practice_button.isEnabled()
    view.collapse(domain4)
    assert not view.isExpanded(domain4) and view.isExpanded(model.index(0))
