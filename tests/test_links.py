"""Links from a pack (item references, blueprint study resources): only plain https links become clickable,
checked when the pack is validated, again when the PDF draws them and when the window opens them; the text
shown is the address opened. The family of hostile addresses is tests/fixtures/hostile-links.json."""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from question_bank.blueprint_file import load_blueprint
from question_bank.validator import validate
from simulator.assembly import plan_selected
from simulator.blueprint import Resource
from simulator.clock import FakeClock
from simulator.links import link_problem
from simulator.report_data import build_report_data
from simulator.report_pdf import render_report
from simulator.review_tools import bank_index
from simulator.session import ExamSession
from simulator.storage.bank import save_bank
from simulator.storage.db import Store
from simulator.views import Feedback
from tests.conftest import fill_synthetic
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_item

LINKS = json.loads((Path(__file__).parent / "fixtures" / "hostile-links.json").read_text(encoding="utf-8"))
REFUSED: list[str] = LINKS["refused"]
ACCEPTED: list[str] = LINKS["accepted"]
# What a database can hold (not the lone surrogate of undecodable bytes, which validation refuses earlier).
STORABLE = [url for url in REFUSED if url.encode("utf-8", "surrogatepass").decode("utf-8", "ignore") == url]


def test_the_link_rule_over_the_whole_family() -> None:
    assert len(REFUSED) >= 50
    wrongly_accepted = [url for url in REFUSED if link_problem(url) is None]
    wrongly_refused = [(url, link_problem(url)) for url in ACCEPTED if link_problem(url) is not None]
    assert not wrongly_accepted and not wrongly_refused
    for value in (None, 3, b"https://docs.aws.amazon.com/", ["https://docs.aws.amazon.com/"]):
        assert link_problem(value) is not None


def _item_yaml(url: str) -> str:
    return (
        "exam: aif-c01\nlanguage: es\nitems:\n"
        '  - id: link-test\n    task: "4.1"\n    type: single\n    stem: ¿Pregunta?\n    options:\n'
        "      - {text: Uno, correct: true, why: Sí.}\n      - {text: Dos, why: No.}\n"
        "      - {text: Tres, why: No.}\n      - {text: Cuatro, why: No.}\n"
        "    explanation: Explicación.\n    references:\n"
        '      - "https://docs.aws.amazon.com/x"\n'
        f"      - {json.dumps(url)}\n"
    )


def test_validation_refuses_every_bad_reference_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "aif-c01"
    folder.mkdir()
    (folder / "blueprint.yaml").write_bytes(BLUEPRINT_PATH.read_bytes())
    for url in REFUSED + ACCEPTED:
        path = folder / "items.yaml"
        path.write_text(_item_yaml(url), encoding="utf-8", errors="surrogateescape")
        errors = [str(e) for e in validate([folder]).errors]
        if url in ACCEPTED:
            assert errors == [], (url, errors)
            continue
        assert len(errors) == 1, (url, errors)
        assert "items.yaml:16: " in errors[0], (url, errors)  # the line of the bad reference
        assert "reference 2 is not an https link" in errors[0] or "link-test" not in errors[0], (url, errors)
        assert "\n" not in errors[0]


def test_validation_refuses_every_bad_study_resource_with_its_line(tmp_path: Path) -> None:
    source = BLUEPRINT_PATH.read_text(encoding="utf-8")
    first = 'url: "https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html"'
    assert first in source
    line = source[: source.index(first)].count("\n") + 1
    for url in REFUSED:
        path = tmp_path / "blueprint.yaml"
        path.write_text(source.replace(first, f"url: {json.dumps(url)}", 1), encoding="utf-8")
        blueprint, errors = load_blueprint(path)
        assert blueprint is None and errors, url
        shown = [str(e) for e in errors]
        assert any(f"blueprint.yaml:{line}:" in e and "resource 1 is not an https link" in e for e in shown) or any(
            f"blueprint.yaml:{line}:" in e for e in shown
        ), (url, shown)


def _hostile_attempt(store: Store) -> int:
    """An attempt over items whose references are the refused family (stored directly, as an older
    database or another tool could have), on a blueprint whose resources are the family too."""
    fill_synthetic(store, 6)
    rng = random.Random(5)
    blueprint = shipped_blueprint()
    tasks = tuple(
        replace(task, resources=tuple(Resource(f"recurso {n}", url) for n, url in enumerate(STORABLE)))
        for task in blueprint.tasks
    )
    blueprint = replace(blueprint, tasks=tasks)
    items = []
    for n in range(8):
        item = synthetic_item(f"links-{n}", "4.1", "single", rng)
        items.append(replace(item, references=(*STORABLE[n::8], ACCEPTED[0])))
    save_bank(store, blueprint, items, [], bank_hash=None, retire_missing=False, now=datetime(2026, 6, 1))
    plan = plan_selected(bank_index(store, "aif-c01"), [i.id for i in items], 1, kind="flagged")
    session = ExamSession.start(store, plan, FakeClock())
    session.submit()  # all unanswered: every item is in the report's missed list with its references
    return session.attempt_id


def test_the_pdf_links_only_https_and_shows_the_address_it_opens(store: Store, tmp_path: Path) -> None:
    attempt = _hostile_attempt(store)
    for language in ("es", "en"):
        target = render_report(build_report_data(store, attempt, language=language), tmp_path / f"{language}.pdf")
        reader = PdfReader(str(target))
        text = " ".join(page.extract_text() or "" for page in reader.pages)
        uris = []
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A")
                if action is None:
                    continue
                action = action.get_object()
                assert action.get("/S") == "/URI", action  # no GoTo, GoToR, Launch or JavaScript action
                uris.append(str(action["/URI"]))
        assert uris, "the report has no links at all"
        assert all(link_problem(uri) is None for uri in uris), uris
        for uri in set(uris):
            assert uri in text.replace("\n", "")  # the address shown is the one opened


@pytest.mark.parametrize("url", REFUSED + ACCEPTED)
def test_the_window_links_and_opens_only_safe_addresses(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import plain
    from ui.item_panel import feedback_html
    from ui.qt import QUrl

    opened: list[str] = []
    monkeypatch.setattr(plain.QDesktopServices, "openUrl", lambda target: opened.append(target.toString()) or True)
    markup = feedback_html(Feedback(False, 0.0, (), "x", (url,), (), ()), "Incorrecta", "0 %", "Leer más", "#000")
    hrefs = re.findall(r'href="([^"]*)"', markup)
    assert plain.open_link(url) == (url in ACCEPTED)
    assert opened == ([url] if url in ACCEPTED else [])  # the address shown is the address opened
    assert hrefs == ([html.escape(url, quote=True)] if url in ACCEPTED else [])
    # A click hands over a QUrl, which Qt may have normalised: whatever is opened must still be safe.
    opened.clear()
    plain.open_link(QUrl(url))
    assert all(link_problem(target) is None for target in opened), opened
