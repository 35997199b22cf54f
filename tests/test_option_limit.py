"""One option limit (simulator.content.MAX_OPTIONS) for validation, the exam screen and the PDF: a pack with
more options is refused at path:line, and an item stored before the limit still shows every option."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from question_bank.validator import validate
from simulator.assembly import plan_selected
from simulator.clock import FakeClock
from simulator.content import MAX_OPTIONS, OPTION_LETTERS, Option, option_letter
from simulator.report_data import build_report_data
from simulator.report_pdf import render_report
from simulator.review_tools import bank_index
from simulator.session import ExamSession
from simulator.storage.bank import save_bank
from simulator.storage.db import Store
from tests.conftest import fill_synthetic
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_item

COUNTS = (5, 6, 9, 10, 11, 12, 16, 26, 27, 60)


def _multiple(count: int) -> str:
    options = "".join(
        f"      - {{text: Opción {n}, why: Motivo {n}.{', correct: true' if n < 2 else ''}}}\n" for n in range(count)
    )
    return (
        "exam: aif-c01\nlanguage: es\nitems:\n"
        '  - id: many-options\n    task: "4.1"\n    type: multiple\n    stem: ¿Cuáles?\n    options:\n'
        f'{options}    explanation: Explicación.\n    references: ["https://docs.aws.amazon.com/x"]\n'
    )


@pytest.mark.parametrize("count", COUNTS)
def test_validation_refuses_more_options_than_letters(tmp_path: Path, count: int) -> None:
    folder = tmp_path / "aif-c01"
    folder.mkdir()
    (folder / "blueprint.yaml").write_bytes(BLUEPRINT_PATH.read_bytes())
    (folder / "items.yaml").write_text(_multiple(count), encoding="utf-8")
    errors = [str(e) for e in validate([folder]).errors]
    if count <= MAX_OPTIONS:
        assert errors == []
    else:
        assert errors == [
            f"{folder / 'items.yaml'}:8: many-options: a multiple item has at most {MAX_OPTIONS} options, found {count}"
        ]


def test_letters_and_the_limit_agree() -> None:
    assert MAX_OPTIONS == len(OPTION_LETTERS) == 10
    labels = [option_letter(n) for n in range(60)]
    assert labels[:10] == list("ABCDEFGHIJ") and len(set(labels)) == 60  # past J: numbers, never a repeat


def _stored_wide_items(store: Store) -> list[str]:
    """Items with 11 to 30 options written straight to the database (as before the limit existed)."""
    fill_synthetic(store, 6)
    rng = random.Random(9)
    items = []
    for count in (11, 12, 26, 30):
        base = synthetic_item(f"wide-{count}", "4.1", "multiple", rng)
        options = tuple(Option(f"Opción {n}", n in (0, count - 1), f"Motivo {n}") for n in range(count))
        items.append(replace(base, options=options))
    save_bank(store, shipped_blueprint(), items, [], bank_hash=None, retire_missing=False, now=datetime(2026, 6, 1))
    return [i.id for i in items]


def test_the_pdf_lists_every_option_of_a_wide_item(store: Store, tmp_path: Path) -> None:
    keys = _stored_wide_items(store)
    session = ExamSession.start(store, plan_selected(bank_index(store, "aif-c01"), keys, 1, kind="flagged"),
                                FakeClock())  # fmt: skip
    for position in range(session.count):
        view = session.view(position)
        session.answer(position, [view.options[-1].index, view.options[-2].index])
    session.submit()
    target = render_report(build_report_data(store, session.attempt_id), tmp_path / "wide.pdf")
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(target)).pages)
    assert "Opción 29" in text and "Opción 10" in text


def test_the_screen_shows_every_option_of_a_wide_item(qtbot: QtBot, store: Store) -> None:
    from ui.item_panel import ItemPanel

    keys = _stored_wide_items(store)
    session = ExamSession.start(store, plan_selected(bank_index(store, "aif-c01"), keys, 1, kind="flagged"),
                                FakeClock())  # fmt: skip
    panel = ItemPanel()
    qtbot.addWidget(panel)
    for position in range(session.count):
        view = session.view(position)
        panel.show_item(view)
        rows = panel.choice_view.option_rows()
        shown = [row for row in rows if not row.isHidden()]
        assert len(shown) == len(view.options) > MAX_OPTIONS
        letters = [row.letter.text() for row in shown]
        assert len(set(letters)) == len(letters)
        assert {row.text.text() for row in shown} == {o.text for o in view.options}
