"""The PDF weakness report: every section, every task statement and missed item, literal bank text,
atomic writes and clear errors."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from simulator.analytics import PRIOR_STRENGTH, readiness
from simulator.assembly import BankIndex, FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.demo import DemoSettings, run_demo
from simulator.report_data import build_report_data
from simulator.report_pdf import ReportError, render_report
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.states import Mode
from simulator.storage.bank import CaseStudyInput, bank_index, item_refs, load_blueprint, save_bank
from simulator.storage.db import Store
from tests.conftest import fill_synthetic
from tests.privileges import run_main_obeying_modes
from tests.synthetic_bank import shipped_blueprint, synthetic_item

MARKUP = 'Texto con <b>negrita</b> & <a href="x">enlace</a> y <font color="red">fuente</font> ñ'


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def sit(store: Store, *, full: bool = True, wrong_every: int = 3, seed: int = 5) -> ExamSession:
    index = bank_index(store, "aif-c01")
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
        # A process without root's power over file modes, so this runs in CI (as root) as well.
        run = run_main_obeying_modes(["report", str(session.attempt_id), "-o", str(locked / "r.pdf")])
        assert run.returncode == 1, run.stderr
        assert "Cannot write the report" in run.stderr and "Traceback" not in run.stderr
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


def _between(text: str, start: str, end: str) -> str:
    """The text between the first `start` and the next `end` after it."""
    head = text.index(start) + len(start)
    return text[head : text.index(end, head)]


def test_missed_items_show_the_candidates_answer_the_key_and_the_explanation(store: Store, tmp_path: Path) -> None:
    """For a known attempt: each missed item's own answer, its key and its explanation, under the right labels."""
    fill_synthetic(store, {"4.1": 8})
    blueprint = load_blueprint(store, "aif-c01")
    plan = plan_practice(BankIndex(blueprint, item_refs(store, "aif-c01"), {}), PracticeSpec(("4.1",), 8), 3)
    session = ExamSession.start(store, plan, FakeClock())
    given: dict[int, str] = {}
    for position in range(session.count):
        content = session.content(position)
        if content.type != "single":
            session.answer(position, key_of(content))
            continue
        if position % 2:
            session.answer(position, [2])  # wrong on purpose: the candidate's answer is option 2
            given[position] = content.options[2].text
        # even positions are left blank
    session.submit()
    text = " ".join(pdf_text(render_report(build_report_data(store, session.attempt_id), tmp_path / "r.pdf")).split())
    missed = [p for p in range(session.count) if session.content(p).type == "single"]
    assert len(missed) >= 2 and given
    for position in missed:
        content = session.content(position)
        section = _between(text, f"Pregunta {position + 1} ·", "Para leer más")
        # Options are lettered as the candidate saw them (shuffled): "B. <text>".
        yours = re.sub(r"^[A-J]\. ", "", _between(section, "Tu respuesta:", "Respuesta correcta:").strip())
        key = re.sub(r"^[A-J]\. ", "", _between(section, "Respuesta correcta:", "Explicación:").strip())
        assert yours == given.get(position, "Sin responder"), (position, yours)
        assert key == next(o.text for o in content.options if o.correct)
        assert f"Explicación: {content.explanation}" in section
        assert ("Incorrecta" if position in given else "Sin responder") in section.split("Tu respuesta:")[0]
    right = session.count - len(missed)
    row = _between(text, "4.1 " + blueprint.task("4.1").title("es"), "4.2")
    assert f"{right}/{session.count}" in row and f"{round(100 * right / session.count)}" in row


def test_report_data_lines_details_and_trend_are_exact(synthetic_store: Store) -> None:
    """What the report prints, field by field: answer lines for each item type, which items are listed,
    the trend and the refusal for an unfinished attempt."""
    from simulator.content import option_letter
    from simulator.errors import AttemptStateError

    clock = FakeClock()
    index = bank_index(synthetic_store, "aif-c01")
    first = ExamSession.start(synthetic_store, plan_practice(index, PracticeSpec(("1.1",), 5), 1), clock)
    first.answer(0, key_of(first.content(0)))
    clock.advance(60)
    first.submit()
    clock.advance(3600)
    plan = plan_practice(index, PracticeSpec(("2.1", "2.2"), 10), 2)
    session = ExamSession.start(synthetic_store, plan, clock)
    with pytest.raises(AttemptStateError) as early:
        build_report_data(synthetic_store, session.attempt_id)
    assert str(early.value) == (
        f"Attempt {session.attempt_id} is not finished yet: submit it before making its report."
    )
    kinds = {session.view(p).type: p for p in range(session.count)}
    assert set(kinds) == {"single", "multiple", "matching", "ordering"}
    wrong: dict[int, object] = {}
    for kind, position in kinds.items():
        key = key_of(session.content(position))
        view = session.view(position)
        if kind == "single":
            wrong[position] = [next(o.index for o in view.options if o.index not in key)]
        elif kind == "multiple":
            wrong[position] = [key[0], next(o.index for o in view.options if o.index not in key)]
        elif kind == "ordering":
            wrong[position] = list(reversed(key))
        else:
            wrong[position] = [*key[1:], key[0]]  # every prompt paired, the pairs rotated
        session.answer(position, wrong[position])  # type: ignore[arg-type]
    right = next(p for p in range(session.count) if p not in wrong)
    session.answer(right, key_of(session.content(right)))
    session.set_flag(right, True)
    clock.advance(120)
    session.submit()
    data = build_report_data(synthetic_store, session.attempt_id, language="en", candidate="Ana")
    assert (data.language, data.candidate) == ("en", "Ana")
    listed = {d.position: d for d in data.details}
    blank = [p for p in range(session.count) if p not in wrong and p != right]
    assert sorted(listed) == sorted([*wrong, right, *blank])  # missed, flagged, and blank ones
    assert listed[right].correct and listed[right].flagged and listed[right].answered
    assert all(not listed[p].answered and listed[p].your_answer == () for p in blank)

    def lines(position: int, answer: object) -> tuple[str, ...]:
        view = session.view(position)
        if view.type in ("single", "multiple"):
            return tuple(f"{option_letter(n)}. {o.text}" for n, o in enumerate(view.options) if o.index in answer)  # type: ignore[operator]
        if view.type == "ordering":
            text = {s.index: s.text for s in view.steps}
            return tuple(f"{n}. {text[i]}" for n, i in enumerate(answer, start=1))  # type: ignore[call-overload]
        reply = {r.key: r.text for r in view.responses}
        return tuple(
            f"{p.text} → {reply[answer[p.index]] if answer[p.index] is not None else '—'}"  # type: ignore[index]
            for p in view.prompts
        )

    for position, answer in wrong.items():
        detail = listed[position]
        content = session.content(position)
        assert detail.your_answer == lines(position, answer), detail.key
        assert detail.correct_answer == lines(position, key_of(content)), detail.key
        assert (detail.key, detail.task, detail.stem, detail.explanation) == (
            content.id,
            content.task,
            content.stem,
            content.explanation,
        )
        assert detail.references == content.references and not detail.correct and detail.answered
    assert [(t.attempt_id, t.mode, t.scaled) for t in data.trend] == [
        (first.attempt_id, "practice", first.result().score.scaled),
        (session.attempt_id, "practice", session.result().score.scaled),
    ]
    assert data.trend[0].percent == pytest.approx(100.0 * first.result().score.raw_correct / 5)
    assert data.submitted_at is not None and data.started_at < data.submitted_at
    assert data.readiness is not None and data.readiness.answers == 15
    assert data.readiness == readiness(data.blueprint, data.mastery, prior_strength=PRIOR_STRENGTH)
    from simulator.storage.attempts import load_attempt

    _attempt, rows = load_attempt(synthetic_store, session.attempt_id)
    spent = {row.position: row.time_spent_s for row in rows}
    for position in wrong:
        assert listed[position].scenario == session.content(position).scenario
        assert listed[position].time_spent_s == spent[position]
    # Attempts made later, and demo attempts, are not part of this report's trend or estimate.
    clock.advance(3600)
    later = ExamSession.start(synthetic_store, plan_practice(index, PracticeSpec(("3.1",), 4), 3), clock)
    later.answer(0, key_of(later.content(0)))
    later.submit()
    run_demo(synthetic_store, "aif-c01", DemoSettings(attempts=1, mode=Mode.PRACTICE))
    again = build_report_data(synthetic_store, session.attempt_id, language="en", candidate="Ana")
    assert (again.trend, again.mastery, again.readiness) == (data.trend, data.mastery, data.readiness)


def test_report_data_defaults_to_spanish_without_a_name_and_shows_a_prompt_left_blank(shipped_store: Store) -> None:
    from simulator.report_data import _answer_lines

    session = sit(shipped_store)
    plain = build_report_data(shipped_store, session.attempt_id)
    assert plain == build_report_data(shipped_store, session.attempt_id, language="es", candidate="")
    assert plain != build_report_data(shipped_store, session.attempt_id, language="en")
    position = next(p for p in range(session.count) if session.content(p).type == "matching")
    view = session.view(position)
    first, *rest = key_of(session.content(position))
    lines = _answer_lines(view, (first, *([None] * len(rest))))
    shown = {r.key: r.text for r in view.responses}
    by_prompt = {p.index: line for p, line in zip(view.prompts, lines, strict=True)}
    assert by_prompt[0].endswith(f" → {shown[str(first)]}")
    assert all(line.endswith(" → —") for index, line in by_prompt.items() if index)
    # A prompt left blank shows the dash even when a response's key reads "None".
    from simulator.views import ResponseView

    odd = replace(view, responses=(*view.responses, ResponseView("None", "Ninguno")))
    odd_lines = _answer_lines(odd, (first, *([None] * len(rest))))
    assert all(line.endswith(" → —") for p, line in zip(odd.prompts, odd_lines, strict=True) if p.index)


def test_a_teacher_reports_another_candidates_attempt_with_that_candidates_trend(synthetic_store: Store) -> None:
    from simulator.storage.candidates import use_candidate

    clock = FakeClock()
    index = bank_index(synthetic_store, "aif-c01")
    teacher = use_candidate(synthetic_store, "Profe")
    own = ExamSession.start(synthetic_store, plan_practice(index, PracticeSpec(("1.1",), 4), 1), clock)
    own.submit()
    ana = use_candidate(synthetic_store, "Ana")
    clock.advance(60)
    hers = ExamSession.start(synthetic_store, plan_practice(index, PracticeSpec(("2.1",), 5), 2), clock)
    hers.answer(0, key_of(hers.content(0)))
    hers.submit()
    use_candidate(synthetic_store, candidate_id=teacher)
    data = build_report_data(synthetic_store, hers.attempt_id)
    assert [t.attempt_id for t in data.trend] == [hers.attempt_id]  # Ana's history, not the teacher's
    assert data.readiness is not None and data.readiness.answers == 5
    assert synthetic_store.candidate_id == teacher  # the store is the teacher's again afterwards
    named = build_report_data(synthetic_store, hers.attempt_id, language="en", candidate="Ana")
    assert (named.language, named.candidate, named.trend) == ("en", "Ana", data.trend)
    mine = build_report_data(synthetic_store, own.attempt_id)
    assert [t.attempt_id for t in mine.trend] == [own.attempt_id] and ana != teacher


def test_trend_holds_submitted_attempts_in_submission_order_with_their_own_figures(synthetic_store: Store) -> None:
    from simulator.analytics import AnswerRecord, mastery_by_task
    from simulator.history import attempt_history
    from simulator.storage.attempts import answer_records

    clock = FakeClock()
    index = bank_index(synthetic_store, "aif-c01")
    reported = ExamSession.start(synthetic_store, plan_practice(index, PracticeSpec(("1.1",), 3), 1), clock)
    clock.advance(60)
    blank = ExamSession.start(synthetic_store, plan_practice(index, PracticeSpec(("2.1",), 3), 2), clock)
    clock.advance(60)
    blank.submit()  # started after the reported attempt, submitted before it, nothing right
    clock.advance(60)
    ExamSession.start(synthetic_store, plan_practice(index, PracticeSpec(("3.1",), 3), 3), clock)  # left open
    clock.advance(60)
    reported.answer(0, key_of(reported.content(0)))
    reported.submit()
    data = build_report_data(synthetic_store, reported.attempt_id)
    submitted = {h.id: h.submitted_at for h in attempt_history(synthetic_store)}
    assert [(t.attempt_id, t.when, t.percent) for t in data.trend] == [
        (blank.attempt_id, submitted[blank.attempt_id], 0.0),
        (reported.attempt_id, submitted[reported.attempt_id], pytest.approx(100 / 3)),
    ]
    rows = answer_records(synthetic_store, include_demo=False, exam="aif-c01")
    assert data.mastery == tuple(mastery_by_task(data.blueprint, [AnswerRecord(*row) for row in rows]))
    assert {m.task: sum(r[2] for r in rows if r[1] == m.task) for m in data.mastery if m.answers} == {
        "1.1": 1,
        "2.1": 0,
    }


def test_a_demo_attempts_report_rests_on_the_demo_answers(synthetic_store: Store) -> None:
    from simulator.history import attempt_history

    run_demo(synthetic_store, "aif-c01", DemoSettings(attempts=1, mode=Mode.PRACTICE))
    (demo,) = attempt_history(synthetic_store)
    data = build_report_data(synthetic_store, demo.id)
    assert data.result.is_demo and [t.attempt_id for t in data.trend] == [demo.id]
    assert data.readiness is not None and data.readiness.answers == demo.scored_total


def test_another_exams_answers_stay_out_of_the_report_and_a_scenario_is_shown(store: Store) -> None:
    import random

    zero_based = ((0.0, 0), (0.72, 700), (1.0, 1000))  # a scale from 0: nothing right scores 0
    blueprint = replace(shipped_blueprint(), scale_min=0, scaled_anchors=zero_based)
    rng = random.Random(2)
    case = {"case_study": "cs-s", "case_title": "Caso", "scenario": "Escenario del caso"}
    items = [replace(synthetic_item(f"sc-{n}", "4.1", "single", rng), **case) for n in range(3)]  # type: ignore[arg-type]
    studies = [CaseStudyInput("cs-s", "Caso", tuple(item.id for item in items))]
    save_bank(store, blueprint, items, studies, bank_hash=None, retire_missing=False, now=datetime(2026, 2, 1))
    other = replace(blueprint, exam="other-x01")
    others = [synthetic_item(f"ox-{n}", "4.1", "single", rng) for n in range(4)]
    save_bank(store, other, others, [], bank_hash=None, retire_missing=False, now=datetime(2026, 2, 1))
    clock = FakeClock()
    elsewhere = ExamSession.start(
        store, plan_practice(bank_index(store, "other-x01"), PracticeSpec(("4.1",), 4), 1), clock
    )
    for position in range(elsewhere.count):
        elsewhere.answer(position, key_of(elsewhere.content(position)))
    elsewhere.submit()
    clock.advance(60)
    session = ExamSession.start(
        store, plan_practice(bank_index(store, "aif-c01"), PracticeSpec(("4.1",), 0, case_studies=1), 1), clock
    )
    session.submit()  # all blank
    data = build_report_data(store, session.attempt_id)
    assert [(t.attempt_id, t.scaled, t.percent) for t in data.trend] == [(session.attempt_id, 0, 0.0)]
    (task,) = [m for m in data.mastery if m.answers]
    weight = sum(0.5 ** (k / 20) for k in range(3))  # 0 right of these 3, none of the other exam's 4 right
    assert (task.task, task.answers, task.mastery) == ("4.1", 3, pytest.approx(1 / (2 + weight), rel=1e-12))
    assert data.readiness is not None and data.readiness.answers == 3
    scenarios = {d.key: d.scenario for d in data.details}
    assert scenarios == {f"sc-{n}": "Escenario del caso" for n in range(3)}
