"""The shipped AIF-C01 bank: counts, type mix, coverage, cues, upkeep fields and ten disjoint full exams."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from question_bank.quality import (
    QualityReport,
    banned_phrases,
    build_report,
    correct_is_longest,
    mix,
    near_duplicates,
)
from question_bank.validator import SHIPPED_ROOT, validate
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.content import ItemContent
from simulator.session import ExamSession
from simulator.storage.attempts import last_seen
from simulator.storage.bank import bank_index
from simulator.storage.db import Store

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference"
# Enough standalone items for ten full exams in a row without a repeat (13/16/18/9/9 items per exam).
MINIMUM = {
    "1.1": 43, "1.2": 43, "1.3": 43, "2.1": 53, "2.2": 53, "2.3": 53, "3.1": 45,
    "3.2": 45, "3.3": 45, "3.4": 45, "4.1": 45, "4.2": 45, "5.1": 45, "5.2": 45,
}  # fmt: skip
DOMAIN_MINIMUM = {1: 130, 2: 160, 3: 180, 4: 90, 5: 90}
DOMAINS_45 = ("4.1", "4.2", "5.1", "5.2")
# Keys are re-checked against AWS documentation at least every six months of this date.
CHECKED_SINCE = dt.date(2026, 5, 27)


@pytest.fixture(scope="module")
def items() -> list[ItemContent]:
    report = validate([SHIPPED_ROOT])
    assert report.ok, [str(e) for e in report.errors]
    return list(report.banks["aif-c01"].items)


def standalone(items: list[ItemContent], tasks: tuple[str, ...] | None = None) -> list[ItemContent]:
    return [i for i in items if i.case_study is None and (tasks is None or i.task in tasks)]


@pytest.fixture(scope="module")
def quality() -> QualityReport:
    report, quality = build_report([SHIPPED_ROOT / "aif-c01"], stale_before=CHECKED_SINCE)
    assert report.ok, [str(e) for e in report.errors]
    return quality


def test_counts_per_task_statement_and_domain(items: list[ItemContent]) -> None:
    counts = Counter(i.task for i in standalone(items))
    short = {t: (counts[t], n) for t, n in MINIMUM.items() if counts[t] < n}
    assert not short, short
    domains = Counter(i.domain for i in standalone(items))
    assert {d: domains[d] for d in DOMAIN_MINIMUM if domains[d] < DOMAIN_MINIMUM[d]} == {}


def test_case_studies(items: list[ItemContent]) -> None:
    report = validate([SHIPPED_ROOT])
    cases = report.banks["aif-c01"].case_studies
    by_domain = Counter()
    for case in cases:
        tasks = {i.task for i in items if i.id in case.item_ids}
        assert 2 <= len(case.item_ids) <= 4
        by_domain["45" if tasks <= set(DOMAINS_45) else "123"] += 1
    assert by_domain["45"] >= 4 and by_domain["123"] >= 3
    per_domain = Counter(
        next(i.domain for i in items if i.id == case.item_ids[0]) for case in cases
    )  # each case study is filed under the domain of its first item
    assert per_domain[4] >= 2 and per_domain[5] >= 2, per_domain


@pytest.mark.parametrize(
    "tasks", [DOMAINS_45, tuple(t for t in MINIMUM if t not in DOMAINS_45)], ids=["domains-4-5", "domains-1-3"]
)
def test_type_mix(items: list[ItemContent], tasks: tuple[str, ...]) -> None:
    report = mix(standalone(items, tasks))
    assert report.share("single") <= 0.55
    assert report.share("multiple") >= 0.20
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


@pytest.mark.slow
def test_ten_consecutive_full_exams_share_no_item(shipped_store: Store) -> None:
    """Fresh items first: a candidate can sit ten full exams in a row and never see an item twice."""
    store = shipped_store
    index = bank_index(store, "aif-c01")
    clock = FakeClock()
    seen: set[str] = set()
    for exam in range(10):
        plan = plan_full(index, FullSpec(), 1000 + exam, last_seen(store, "aif-c01"))
        ExamSession.start(store, plan, clock)
        clock.advance(86400)
        keys = {i.key for i in plan.items}
        assert len(keys) == 65, exam
        assert not keys & seen, (exam, sorted(keys & seen)[:5])
        seen |= keys
    assert len(seen) == 650


@pytest.mark.parametrize("seed", [0, 1, 7, 12345, 2**31 - 1])
def test_full_plan_succeeds_for_any_seed(shipped_store: Store, seed: int) -> None:
    index = bank_index(shipped_store, "aif-c01")
    assert len(plan_full(index, FullSpec(), seed).items) == 65


def test_every_shipped_item_records_its_check_kind_and_deciding_concepts(quality: QualityReport) -> None:
    assert quality.unverified() == []
    assert [i.id for i in quality.items if quality.kind_of(i) is None] == []
    assert [i.id for i in quality.items if not quality.covers_of(i)] == []


def test_no_key_is_older_than_the_review_cycle(quality: QualityReport) -> None:
    assert quality.stale(CHECKED_SINCE) == []


def test_references_name_the_page_that_supports_the_key(quality: QualityReport) -> None:
    assert quality.landing_references() == []


def test_every_item_has_a_blind_verdict_on_record(quality: QualityReport) -> None:
    """Whether an item is an application item is decided by a blind reviewer, not by its author's `kind` label:
    in this bank the labels claimed 76-93 % while blind reviews of every item found 10 % and then 22 % (see
    question_bank/FORMAT.md, "Blind reviews"). An earlier test held the labels to >= 70 %, which rewarded
    labelling over rewriting; the >= 70 % target is tracked on the blind figure in the bank's issue. What is
    held here: every standalone item has been reviewed blind at least once, so the report's share covers the
    whole bank (a new item needs a review before it ships)."""
    summary = quality.blind_summary()
    assert summary["unreviewed"] == 0
    assert summary["reviewed"] + summary["changed_since_review"] == len(quality.standalone)


def test_every_concept_and_available_service_decides_at_least_two_items(quality: QualityReport) -> None:
    coverage = quality.coverage()
    thin = {cid: len(ids) for cid, ids in coverage.items() if len(ids) < 2}
    flagged = {f"svc:{s.id}" for s in quality.catalogue.services.values() if s.flagged}
    assert {cid: n for cid, n in thin.items() if cid not in flagged} == {}
    every_task = {c.task for c in quality.catalogue.concepts.values()}
    assert every_task == set(MINIMUM)


def test_keys_do_not_stand_out(quality: QualityReport) -> None:
    data = quality.as_dict()
    assert data["multiple_keys_longest_share"] <= 0.15
    assert data["single_key_too_short"] == []
    assert data["absolute_words"]["distractors"] <= 0.08
    assert data["repeated_distractors"] == {}


def test_no_point_is_asked_twice(quality: QualityReport) -> None:
    assert quality.as_dict()["near_duplicate_keys"] == []


def test_the_shipped_bank_has_no_unknown_fields() -> None:
    """An unknown field is usually a typo or a flow mapping cut at a comma: the text after it was lost."""
    assert [str(w) for w in validate([SHIPPED_ROOT]).warnings] == []
