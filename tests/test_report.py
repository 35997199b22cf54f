"""The PDF weakness report: every section, every task statement and missed item, literal bank text,
atomic writes and clear errors."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from simulator.assembly import BankIndex, FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.report_data import build_report_data
from simulator.report_pdf import ReportError, render_report
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.bank import case_study_order, item_refs, load_blueprint, save_bank
from simulator.storage.db import Store
from tests.conftest import fill_synthetic
from tests.synthetic_bank import shipped_blueprint, synthetic_item

MARKUP = 'Texto con <b>negrita</b> & <a href="x">enlace</a> y <font color="red">fuente</font> ñ'


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def sit(store: Store, *, full: bool = True, wrong_every: int = 3, seed: int = 5) -> ExamSession:
    blueprint = load_blueprint(store, "aif-c01")
    index = BankIndex(blueprint, item_refs(store, "aif-c01"), case_study_order(store, "aif-c01"))
    plan = plan_full(index, FullSpec(), seed) if full else plan_practice(index, PracticeSpec(("4.1",), 6), seed)
    clock = FakeClock()
    session = ExamSession.start(store, plan, clock)
    for position in range(session.count):
        session.go_to(position)
        clock.advance(20 + position)
        if position % wrong_every == 0:
            continue  # left blank: counts as missed
        session.answer(position, key_of(session.content(position)))
        if position % 7 == 0:
            session.set_flag(position, True)
    session.submit()
    return session


def test_report_has_every_section_task_and_missed_item(shipped_store: Store, tmp_path: Path) -> None:
    sit(shipped_store, seed=3)
    session = sit(shipped_store, seed=4)
    data = build_report_data(shipped_store, session.attempt_id, language="es", candidate="Ana Núñez")
    target = render_report(data, tmp_path / "informe.pdf")
    text = pdf_text(target)
    for heading in ("Informe de resultados", "Resultados por tarea", "Resultados por dominio", "Qué estudiar ahora",
                    "Preguntas falladas y marcadas", "Tiempo", "Evolución"):  # fmt: skip
        assert heading in text, heading
    assert "Ana Núñez" in text
    for task in shipped_blueprint().tasks:
        assert task.id in text
    missed = [i for i in session.result().items if not i.correct]
    assert missed
    for item in missed:
        assert f"Pregunta {item.position + 1} " in text
    assert "Página 1 de" in text
    assert data.readiness is not None
    # Every font in the file is embedded (no stray Helvetica), and the charts' reference lines are labelled.
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(str(target)).pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts and not any("Helvetica" in f for f in fonts), fonts
    assert b"/Helvetica" not in target.read_bytes()
    assert "Objetivo: 70 %" in text and "Aprobado: 700" in text


def test_report_in_english(shipped_store: Store, tmp_path: Path) -> None:
    session = sit(shipped_store)
    data = build_report_data(shipped_store, session.attempt_id, language="en")
    text = pdf_text(render_report(data, tmp_path / "report.pdf"))
    assert "Results report" in text and "What to study next" in text and "Page 1 of" in text
    assert "Evolución" not in text


def test_markup_in_bank_text_shows_literally(store: Store, tmp_path: Path) -> None:
    fill_synthetic(store, 10)
    blueprint = shipped_blueprint()
    import random

    rng = random.Random(1)
    items = []
    for n in range(6):
        item = synthetic_item(f"markup-{n}", "4.1", "single", rng)
        items.append(replace(item, stem=MARKUP, explanation=MARKUP + " explicación"))
    save_bank(store, blueprint, items, [], bank_hash=None, retire_missing=False, now=datetime(2026, 2, 1))
    blueprint_index = BankIndex(blueprint, [r for r in item_refs(store, "aif-c01") if r.key.startswith("markup")], {})
    plan = plan_practice(blueprint_index, PracticeSpec(("4.1",), 6), 1)
    session = ExamSession.start(store, plan, FakeClock())
    session.submit()
    text = pdf_text(render_report(build_report_data(store, session.attempt_id), tmp_path / "m.pdf"))
    assert '<b>negrita</b> & <a href="x">enlace</a>' in text.replace("\n", " ")
    assert '<font color="red">fuente</font> ñ' in text.replace("\n", " ")


def test_unwritable_path_is_a_clear_error_and_leaves_nothing(shipped_store: Store, tmp_path: Path) -> None:
    session = sit(shipped_store)
    data = build_report_data(shipped_store, session.attempt_id)
    with pytest.raises(ReportError, match="does not exist"):
        render_report(data, tmp_path / "missing" / "r.pdf")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.geteuid() != 0:
            with pytest.raises(ReportError, match="Cannot write the report"):
                render_report(data, locked / "r.pdf")
            assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_failure_midway_leaves_no_partial_file(
    shipped_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = sit(shipped_store)
    data = build_report_data(shipped_store, session.attempt_id)

    def boom(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("simulator.report_pdf.SimpleDocTemplate.build", boom)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReportError, match="No space left on device"):
        render_report(data, out / "r.pdf")
    assert list(out.iterdir()) == []


def test_cli_report_and_its_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.synthetic_bank import BLUEPRINT_PATH, synthetic_items, write_bank

    root = tmp_path / "bank"
    write_bank(root, BLUEPRINT_PATH, list(synthetic_items(shipped_blueprint(), 12)))
    monkeypatch.setenv("SIMULACRO_BANK_DIR", str(root))
    assert main.main(["demo", "--attempts", "1", "--seed", "2"]) == 0
    capsys.readouterr()
    target = tmp_path / "out.pdf"
    assert main.main(["report", "1", "-o", str(target), "--name", "Luis"]) == 0
    assert target.exists() and "Report written" in capsys.readouterr().out
    assert main.main(["report", "99", "-o", str(target)]) == 1
    assert "There is no attempt with id 99" in capsys.readouterr().err
    assert main.main(["report", "1", "-o", str(tmp_path / "nope" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main.main(["report", "abc", "-o", str(target)])
    assert info.value.code == 2
    # An unfinished attempt has no report yet.
    from question_bank.workspace import open_workspace

    workspace = open_workspace()
    blueprint = load_blueprint(workspace.store, "aif-c01")
    index = BankIndex(blueprint, item_refs(workspace.store, "aif-c01"), {})
    unfinished = ExamSession.start(workspace.store, plan_full(index, FullSpec(), 9), FakeClock())
    workspace.store.close()
    assert main.main(["report", str(unfinished.attempt_id), "-o", str(target)]) == 1
    assert "not finished" in capsys.readouterr().err
