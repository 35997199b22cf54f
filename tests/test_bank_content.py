"""The shipped AIF-C01 bank: counts, type mix, editorial rules and four disjoint full exams."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from question_bank.quality import banned_phrases, correct_is_longest, mix, near_duplicates
from question_bank.validator import SHIPPED_ROOT, validate
from simulator.assembly import BankIndex, FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.content import ItemContent
from simulator.session import ExamSession
from simulator.storage.attempts import last_seen
from simulator.storage.bank import case_study_order, item_refs, load_blueprint
from simulator.storage.db import Store

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference"
MINIMUM = {
    "1.1": 18, "1.2": 17, "1.3": 18, "2.1": 22, "2.2": 21, "2.3": 22, "3.1": 20,
    "3.2": 20, "3.3": 18, "3.4": 18, "4.1": 30, "4.2": 20, "5.1": 28, "5.2": 22,
}  # fmt: skip
DOMAINS_45 = ("4.1", "4.2", "5.1", "5.2")


@pytest.fixture(scope="module")
def items() -> list[ItemContent]:
    report = validate([SHIPPED_ROOT])
    assert report.ok, [str(e) for e in report.errors]
    return list(report.banks["aif-c01"].items)


def standalone(items: list[ItemContent], tasks: tuple[str, ...] | None = None) -> list[ItemContent]:
    return [i for i in items if i.case_study is None and (tasks is None or i.task in tasks)]


def test_counts_per_task_statement(items: list[ItemContent]) -> None:
    counts = Counter(i.task for i in standalone(items))
    short = {t: (counts[t], n) for t, n in MINIMUM.items() if counts[t] < n}
    assert not short, short
    assert sum(counts[t] for t in DOMAINS_45) >= 100
    assert sum(counts[t] for t in MINIMUM if t not in DOMAINS_45) >= 190


def test_case_studies(items: list[ItemContent]) -> None:
    report = validate([SHIPPED_ROOT])
    cases = report.banks["aif-c01"].case_studies
    by_domain = Counter()
    for case in cases:
        tasks = {i.task for i in items if i.id in case.item_ids}
        assert 2 <= len(case.item_ids) <= 4
        by_domain["45" if tasks <= set(DOMAINS_45) else "123"] += 1
    assert by_domain["45"] >= 2 and by_domain["123"] >= 3


@pytest.mark.parametrize(
    "tasks", [DOMAINS_45, tuple(t for t in MINIMUM if t not in DOMAINS_45)], ids=["domains-4-5", "domains-1-3"]
)
def test_type_mix(items: list[ItemContent], tasks: tuple[str, ...]) -> None:
    report = mix(standalone(items, tasks))
    assert report.share("single") <= 0.60
    assert report.share("multiple") >= 0.18
    assert report.share("matching") >= 0.10
    assert report.share("ordering") >= 0.06
    assert report.longest_correct_share < 0.40


def test_every_option_has_a_reason_and_every_item_a_reference(items: list[ItemContent]) -> None:
    for item in items:
        assert all(o.why.strip() for o in item.options), item.id
        assert all(p.why.strip() for p in item.prompts), item.id
        assert item.explanation.strip(), item.id
        assert any(re.match(r"https://(docs\.)?aws\.amazon\.com/", url) for url in item.references), item.id


def test_no_near_duplicate_stems(items: list[ItemContent]) -> None:
    assert near_duplicates(items) == []


def test_editorial_rules(items: list[ItemContent]) -> None:
    for item in items:
        assert not banned_phrases(item), item.id
        assert not re.search(r"\belig[ea] (dos|tres|2|3)\b", item.stem.lower()), f"{item.id}: the app adds 'Elige N'"
        if re.search(r"¿[^?]*\b(no es|no debe|no ayuda|no corresponde)\b[^?]*\?", item.stem):
            pytest.fail(f"{item.id}: a negative question must emphasise the negation (NO)")


def test_singles_do_not_favour_the_longest_option(items: list[ItemContent]) -> None:
    singles = [i for i in items if i.type == "single"]
    share = sum(correct_is_longest(i) for i in singles) / len(singles)
    assert share < 0.40


def test_seed_deck_sentences_are_not_copied(items: list[ItemContent]) -> None:
    deck = REFERENCE / "seed" / "aws-aip-review-session-4-domains-4-5.es.txt"
    if not deck.exists():
        pytest.skip("reference deck not available")
    text = deck.read_text("utf-8").lower()
    sentences = [s.strip() for s in re.split(r"[.\n?¿]", text) if len(s.strip()) > 60]
    corpus = " ".join(
        " ".join([i.stem, i.explanation, *(o.text for o in i.options), *(o.why for o in i.options)]).lower()
        for i in items
    )
    copied = [s for s in sentences if s in corpus]
    assert not copied, copied


def test_four_consecutive_full_exams_share_no_item(shipped_store: Store) -> None:
    store = shipped_store
    blueprint = load_blueprint(store, "aif-c01")
    index = BankIndex(blueprint, item_refs(store, "aif-c01"), case_study_order(store, "aif-c01"))
    clock = FakeClock()
    shown: list[set[str]] = []
    for seed in (11, 22, 33, 44):
        plan = plan_full(index, FullSpec(), seed, last_seen(store, "aif-c01"))
        ExamSession.start(store, plan, clock)
        clock.advance(86400)
        shown.append({i.key for i in plan.items})
    assert all(len(s) == 65 for s in shown)
    for a in range(4):
        for b in range(a + 1, 4):
            assert not shown[a] & shown[b]


@pytest.mark.parametrize("seed", [0, 1, 7, 12345, 2**31 - 1])
def test_full_plan_succeeds_for_any_seed(shipped_store: Store, seed: int) -> None:
    blueprint = load_blueprint(shipped_store, "aif-c01")
    index = BankIndex(blueprint, item_refs(shipped_store, "aif-c01"), case_study_order(shipped_store, "aif-c01"))
    assert len(plan_full(index, FullSpec(), seed).items) == 65
