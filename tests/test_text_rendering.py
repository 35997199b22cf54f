"""Hard text in item content: right-to-left scripts, emoji, combining accents and markup show literally in
the window and in the PDF."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from simulator.assembly import PracticeSpec, plan_practice
from simulator.clock import FakeClock
from simulator.content import Option
from simulator.report_data import build_report_data
from simulator.report_pdf import render_report
from simulator.review_tools import bank_index
from simulator.session import ExamSession
from simulator.storage.bank import save_bank
from simulator.storage.db import Store
from tests.conftest import fill_synthetic
from tests.synthetic_bank import shipped_blueprint, synthetic_item

RTL = "مرحبا بالعالم שלום"
EMOJI = "🚀🤖✅"
COMBINING = "Cafe\u0301 nin\u0303o"  # decomposed é and ñ
MARKUP = '<b>negrita</b> & <a href="x">y</a> <font size="40">z</font>'
HARD = f"{RTL} {EMOJI} {COMBINING} {MARKUP}"


def hard_bank(store: Store) -> None:
    fill_synthetic(store, 8)
    rng = random.Random(2)
    items = []
    for n in range(4):
        item = synthetic_item(f"hard-{n}", "4.2", "single", rng)
        options = tuple(replace(o, text=f"{o.text} {EMOJI}") if i == 0 else o for i, o in enumerate(item.options))
        items.append(replace(item, stem=HARD, explanation=HARD, options=options))
    save_bank(store, shipped_blueprint(), items, [], bank_hash=None, retire_missing=False, now=datetime(2026, 5, 1))


def test_hard_text_in_the_pdf(store: Store, tmp_path: Path) -> None:
    hard_bank(store)
    index = bank_index(store, "aif-c01")
    index.practice["4.2"] = [r for r in index.practice["4.2"] if r.key.startswith("hard")]
    session = ExamSession.start(store, plan_practice(index, PracticeSpec(("4.2",), 4), 1), FakeClock())
    session.submit()
    target = render_report(build_report_data(store, session.attempt_id), tmp_path / "hard.pdf")
    reader = PdfReader(str(target))
    text = unicodedata.normalize("NFC", " ".join(page.extract_text() or "" for page in reader.pages))
    # Emoji beyond the Basic Multilingual Plane (🚀 🤖) are drawn from the symbol font, but ReportLab's
    # text layer maps them to wrong code points, so only BMP characters are checked in the extracted text.
    for piece in ("✅", "Café", "niño", "<b>negrita</b>", '<a href="x">y</a>'):
        assert piece in text, piece
    for piece in ("שלום", "مرحبا"):  # right-to-left runs are stored in display order
        assert piece in text or piece[::-1] in text, piece
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
        if "/BaseFont" in font.get_object()
    }
    assert any("Symbola" in f for f in fonts), fonts  # emoji set in the symbol font, not as empty boxes


def test_hard_text_in_the_window(qtbot: QtBot, data_dir: Path, shipped_template: Path) -> None:
    from simulator.storage.db import open_store
    from tests.ui_helpers import open_window

    window = open_window(qtbot, data_dir, shipped_template)
    assert window.workspace is not None
    store: Store = window.workspace.store
    rng = random.Random(3)
    item = synthetic_item("hard-window", "4.2", "single", rng)
    options = (Option(f"Opción {EMOJI}", True, "why"), *item.options[1:])
    save_bank(store, shipped_blueprint(), [replace(item, stem=HARD, options=options)], [], bank_hash=None,
              retire_missing=False, now=datetime(2026, 5, 1))  # fmt: skip
    del open_store
    index = bank_index(store, "aif-c01")
    plan = plan_practice(
        type(index)(index.blueprint, [r for r in index.practice["4.2"] if r.key == "hard-window"], {}),
        PracticeSpec(("4.2",), 1),
        5,
    )
    session = ExamSession.start(store, plan, FakeClock())
    window.exam.open_session(session, {})
    window.pages.setCurrentWidget(window.exam)
    panel = window.exam.panel
    assert panel.stem.text() == HARD  # plain text: markup is shown, not interpreted
    assert panel.stem.textFormat().name == "PlainText"
    assert any(EMOJI in row.text.text() for row in panel.choice_view.option_rows())
    image = window.grab().toImage()
    assert not image.isNull() and image.width() > 0
