"""A hostile pack (HTML, images, links, style, tables in every text field of its items and blueprint) is
shown as plain text on every screen, and nothing reads the file its <img> tags name."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from question_bank.validator import validate
from simulator.assembly import plan_selected
from simulator.clock import FakeClock
from simulator.report_data import build_report_data
from simulator.report_pdf import render_report
from simulator.review_tools import bank_index
from simulator.session import ExamSession
from simulator.storage.bank import CaseStudyInput, save_bank
from tests.hostile_text import MARKER, OpenWatch, hostile_pack, rich_text_problems
from tests.ui_helpers import answer_current_by_widgets, open_window
from ui.main_window import MainWindow
from ui.plain import plain_tip
from ui.qt import QApplication, QLabel, Qt, QtWidgets

pytestmark = [
    pytest.mark.skipif(not os.path.exists("/proc/self"), reason="the open watch needs Linux inotify"),
    pytest.mark.qt_log_ignore("This plugin does not support raise"),  # tooltips shown on the offscreen platform
]


def _check(window: MainWindow, where: str, watch: OpenWatch, *, expect_pack: bool = True) -> None:
    problems, seen = rich_text_problems(window)
    assert not problems, f"{where}: {problems[:5]}"
    if expect_pack:
        assert seen, f"{where}: no text from the pack was on screen, so nothing was checked"
    assert watch.events() == 0, f"{where}: a file named in the pack was opened"


def _load_pack(window: MainWindow, pack: Path) -> list[str]:
    assert window.workspace is not None
    store = window.workspace.store
    report = validate([pack])
    assert report.ok, report.errors
    bank = report.banks["aif-c01"]
    cases = [CaseStudyInput(c.id, c.title, c.item_ids) for c in bank.case_studies]
    save_bank(store, bank.blueprint, bank.items, cases, bank_hash=None, retire_missing=False, now=datetime(2026, 6, 1))
    return [item.id for item in bank.items]


def _go(qtbot: QtBot, window: MainWindow, page: QtWidgets.QWidget) -> None:
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page, timeout=20_000)
    QApplication.processEvents()


def test_every_screen_shows_a_hostile_pack_as_plain_text(qtbot: QtBot, data_dir: Path, shipped_template: Path,
                                                        tmp_path: Path) -> None:  # fmt: skip
    pack, sentinel = hostile_pack(tmp_path)
    watch = OpenWatch(sentinel.parent)
    window = open_window(qtbot, data_dir, shipped_template)
    window.resize(1280, 900)
    keys = _load_pack(window, pack)
    assert watch.events() == 0  # validating and storing the pack read no file it names

    window.refresh_home()

    def pack_shown() -> bool:
        return window.home_data is not None and MARKER in window.home_data.blueprint.domains[0].title("es")

    qtbot.waitUntil(pack_shown, timeout=20_000)
    _check(window, "home", watch)

    assert window.workspace is not None
    store = window.workspace.store
    plan = plan_selected(bank_index(store, "aif-c01"), keys, 3, kind="flagged", instant_feedback=True)
    session = ExamSession.start(store, plan, FakeClock())
    window.pages.setCurrentWidget(window.exam)
    window.exam.open_session(session, window._task_titles())
    page = window.exam
    types = set()
    for position in range(session.count):
        page.go(position)
        view = session.view(position)
        types.add(view.type)
        _check(window, f"exam item {position + 1} ({view.type})", watch)
        answer_current_by_widgets(qtbot, page, right=position % 2 == 0)
        page.check_answer()
        if position % 3 == 0:
            page.toggle_flag()
        _check(window, f"exam item {position + 1} with feedback", watch)
    assert types == {"single", "multiple", "matching", "ordering"}
    assert any(session.view(p).scenario for p in range(session.count))  # the case study was shown
    page.open_review()
    _check(window, "review grid", watch, expect_pack=False)
    assert page.review_dialog is not None
    page.review_dialog.close()
    page.ask_submit()
    _check(window, "submit dialog", watch, expect_pack=False)
    assert page.submit_dialog is not None
    with qtbot.waitSignal(page.finished, timeout=10_000):
        page.submit_dialog.accept()
    _go(qtbot, window, window.results)
    _check(window, "results", watch)

    # The PDF of the same attempt: ReportLab must not interpret the pack's markup either.
    target = render_report(build_report_data(store, session.attempt_id), tmp_path / "hostile.pdf")
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(target)).pages)
    assert f"{MARKER}1" in text.replace("\n", "") or MARKER in text
    assert watch.events() == 0, "writing the PDF opened a file named in the pack"

    window.results.review_button.click()
    _go(qtbot, window, window.review)
    review = window.review
    for row in range(review.proxy.rowCount()):
        review.list.setCurrentIndex(review.proxy.index(row, 0))
        _check(window, f"answer review row {row + 1}", watch)
    with qtbot.waitSignal(window.item_reported, timeout=10_000):
        window.report_item(session.attempt_id, 0, '<img src="' + str(sentinel) + f'"><b>{MARKER} note</b>')

    window.show_flagged()
    _go(qtbot, window, window.flagged)
    assert window.flagged.model.rowCount() > 0
    _check(window, "flagged items", watch)
    window.show_reports()
    _go(qtbot, window, window.reports)
    assert window.reports.model.rowCount() == 1
    _check(window, "question reports", watch)
    window.show_history()
    _go(qtbot, window, window.history)
    _check(window, "history", watch)
    for chart in (window.history.domain_chart, window.history.task_chart):
        assert MARKER not in chart.title()

    window.open_preferences()
    _check(window, "preferences", watch, expect_pack=False)
    window.show_shortcuts()
    _check(window, "help", watch, expect_pack=False)
    window.show_error(f'<img src="{sentinel}"><b>{MARKER}</b> in {pack}')
    _check(window, "error message", watch)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QtWidgets.QMessageBox) and w.isVisible()]
    assert boxes and all(
        label.textFormat() == Qt.TextFormat.PlainText for box in boxes for label in box.findChildren(QLabel)
        if MARKER in label.text()
    )  # fmt: skip
    window.go_home()
    _go(qtbot, window, window.home)
    _check(window, "home after the exam", watch)
    watch.close()


def test_the_watch_does_see_rich_text_open_the_sentinel(qtbot: QtBot, tmp_path: Path) -> None:
    """The checks above are only worth something if they would fail: an AutoText label with the pack's
    markup is reported, and rendering it opens the sentinel file."""
    _pack, sentinel = hostile_pack(tmp_path)
    watch = OpenWatch(sentinel.parent)
    host = QtWidgets.QWidget()
    qtbot.addWidget(host)
    label = QLabel(f'<img src="{sentinel}"><b>{MARKER}</b>', host)
    host.show()
    problems, seen = rich_text_problems(host)
    assert seen and any("QLabel" in p for p in problems)
    assert watch.events() > 0
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setToolTip(f'<a href="file:///etc/passwd">{MARKER}</a>')
    problems, _ = rich_text_problems(host)
    assert any("tooltip" in p for p in problems) and not any("text:" in p for p in problems)
    label.setToolTip(f'<img src="{sentinel}"><b>{MARKER}</b>')
    watch.events()
    rich_text_problems(host)
    assert watch.events() > 0  # showing a rich tooltip reads the image: the walk would notice
    label.setToolTip(plain_tip(f'<img src="{sentinel}"><b>{MARKER}</b>'))
    problems, seen = rich_text_problems(host)
    assert seen and not problems and watch.events() == 0
    watch.close()


def test_labels_and_message_boxes_are_made_by_the_plain_text_helpers() -> None:
    """A new QLabel or message box elsewhere in ui/ would be AutoText (rich text guessed from content)."""
    root = Path(__file__).resolve().parent.parent / "ui"
    offenders = []
    for source in sorted(root.glob("*.py")):
        if source.name in ("plain.py", "qt.py"):
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\bQLabel\(|\bQMessageBox\(|QMessageBox\.(warning|critical|information)\(", line):
                offenders.append(f"{source.name}:{number}: {line.strip()}")
    assert not offenders, offenders


def test_the_hostile_pack_is_valid_and_hostile_in_every_text_field(tmp_path: Path) -> None:
    """The fixture must stay a valid pack (so every screen shows it) with markup in every free-text field."""
    import yaml

    pack, _sentinel = hostile_pack(tmp_path)
    assert validate([pack]).ok
    structural = {"id", "task", "type", "exam", "language", "url", "key", "answer", "guide_version", "references",
                  "full_exam_types", "practice_types"}  # fmt: skip
    texts: list[tuple[str, str]] = []

    def walk(value: object, key: str) -> None:
        if isinstance(value, dict):
            for name, child in value.items():
                walk(child, str(name))
        elif isinstance(value, list):
            for child in value:
                walk(child, key)
        elif isinstance(value, str) and key not in structural:
            texts.append((key, value))

    for file in sorted(pack.glob("*.yaml")):
        walk(yaml.safe_load(file.read_text(encoding="utf-8")), "")
    kinds = {key for key, _ in texts}
    assert {"stem", "explanation", "text", "why", "title", "scenario", "steps", "tags", "es", "en"} <= kinds
    assert all(MARKER in value and "<img" in value for _, value in texts), [k for k, v in texts if MARKER not in v]
