"""After-exam tools: mastery and readiness by hand, Leitner drills, flags across attempts, question reports,
and the schema upgrade that added them."""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from simulator.analytics import AnswerRecord, Readiness, mastery_by_task, readiness, weakest_first
from simulator.assembly import FullSpec, PracticeSpec, plan_full, plan_practice
from simulator.clock import FakeClock
from simulator.demo import wrong_answer
from simulator.errors import SimulacroError
from simulator.history import resumable_attempt
from simulator.leitner import BOX_DELAY_DAYS, next_box
from simulator.review_tools import bank_index, drill_plan, export_reports_csv, flagged_plan, missed_plan, standing
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage.db import Store, current_revision, head_revision, open_store
from simulator.storage.review import add_item_report, clear_flag, item_reports, open_flags, schedule
from tests.synthetic_bank import shipped_blueprint

BLUEPRINT = shipped_blueprint()
T0 = datetime(2026, 3, 1, 10, 0)


def test_mastery_by_hand() -> None:
    records = [
        AnswerRecord(T0, "4.1", False),
        AnswerRecord(T0 + timedelta(days=1), "4.1", True),
        AnswerRecord(T0, "5.2", True),
    ]
    by_task = {m.task: m for m in mastery_by_task(BLUEPRINT, records)}
    w = 0.5 ** (1 / 20)  # the older 4.1 answer is one answer back
    assert by_task["4.1"].mastery == pytest.approx((1 + 1) / (2 + 1 + w))
    assert by_task["5.2"].mastery == pytest.approx(2 / 3)
    assert by_task["1.1"].mastery == pytest.approx(0.5) and by_task["1.1"].answers == 0
    assert by_task["4.1"].answers == 2 and by_task["4.1"].weight == pytest.approx(1 + w)
    assert next(m.task for m in weakest_first(list(by_task.values()))) == "1.1"


def test_recent_answers_weigh_more() -> None:
    old_wrong = [AnswerRecord(T0 + timedelta(hours=n), "2.1", False) for n in range(20)]
    new_right = [AnswerRecord(T0 + timedelta(days=5, hours=n), "2.1", True) for n in range(20)]
    mastery = {m.task: m for m in mastery_by_task(BLUEPRINT, old_wrong + new_right)}["2.1"].mastery
    assert mastery > 0.6  # a plain average would say 0.5


def test_readiness_by_hand() -> None:
    records = [AnswerRecord(T0, t.id, True) for t in BLUEPRINT.tasks]
    masteries = mastery_by_task(BLUEPRINT, records)
    estimate = readiness(BLUEPRINT, masteries)
    assert estimate.expected_share == pytest.approx(2 / 3)
    assert estimate.scaled == round(100 + 600 * (2 / 3) / 0.72)
    assert estimate.scaled_low < estimate.scaled < estimate.scaled_high
    assert 0.0 < estimate.pass_probability < 0.5
    many = [AnswerRecord(T0 + timedelta(minutes=n), t.id, True) for t in BLUEPRINT.tasks for n in range(60)]
    strong = readiness(BLUEPRINT, mastery_by_task(BLUEPRINT, many))
    assert strong.pass_probability > 0.99 and strong.scaled > 900


@pytest.mark.parametrize(
    ("box", "correct", "expected"),
    [
        (None, False, (1, 0)),
        (None, True, None),
        (1, True, (2, 1)),
        (2, True, (3, 3)),
        (4, True, (5, 14)),
        (5, True, (5, 14)),
        (4, False, (1, 0)),
    ],
)
def test_leitner_steps(box: int | None, correct: bool, expected: tuple[int, int] | None) -> None:
    assert next_box(box, correct) == expected
    assert BOX_DELAY_DAYS == {1: 0, 2: 1, 3: 3, 4: 7, 5: 14}


def sit_practice(
    store: Store, clock: FakeClock, tasks: tuple[str, ...], count: int, wrong: int, seed: int
) -> ExamSession:
    index = bank_index(store, "aif-c01")
    session = ExamSession.start(store, plan_practice(index, PracticeSpec(tasks, count), seed), clock)
    rng = random.Random(seed)
    for position in range(session.count):
        content = session.content(position)
        session.answer(position, wrong_answer(content, rng) if position < wrong else key_of(content))
    session.submit()
    return session


def test_drill_brings_missed_items_back_at_growing_intervals(synthetic_store: Store) -> None:
    clock = FakeClock(T0)
    first = sit_practice(synthetic_store, clock, ("4.1",), 6, wrong=2, seed=1)
    missed = {first.view(p).key for p in range(2)}
    due = {s.key: s for s in schedule(synthetic_store, "aif-c01")}
    assert set(due) == missed and all(s.box == 1 and s.due_at == T0 for s in due.values())
    plan = drill_plan(synthetic_store, "aif-c01", 8, seed=3, now=clock.now())
    keys = [i.key for i in plan.items]
    assert missed <= set(keys) and len(keys) == len(set(keys)) == 8
    # Answer the drill right: the missed items move to box 2, due one day later.
    drill = ExamSession.start(synthetic_store, plan, clock)
    for position in range(drill.count):
        drill.answer(position, key_of(drill.content(position)))
    drill.submit()
    due = {s.key: s for s in schedule(synthetic_store, "aif-c01")}
    assert all(due[k].box == 2 and due[k].due_at == T0 + timedelta(days=1) for k in missed)
    assert not [s for s in schedule(synthetic_store, "aif-c01") if s.due_at <= clock.now()]
    clock.advance(86400)  # a day later the missed items are due again
    again = {i.key for i in drill_plan(synthetic_store, "aif-c01", 8, seed=4, now=clock.now()).items}
    assert missed <= again


def test_drill_targets_the_weakest_tasks(synthetic_store: Store) -> None:
    clock = FakeClock(T0)
    for seed, task in enumerate(("1.1", "2.1", "3.1", "5.2")):
        sit_practice(synthetic_store, clock, (task,), 5, wrong=4 if task == "5.2" else 0, seed=seed)
        clock.advance(60)
    weakest = standing(synthetic_store, BLUEPRINT).weakest()[0].task
    assert weakest == "5.2"
    plan = drill_plan(synthetic_store, "aif-c01", 10, seed=9, now=clock.now() - timedelta(days=1))
    assert len(plan.items) == 10  # a subset check alone would pass on an empty plan
    assert {i.task for i in plan.items} <= {m.task for m in standing(synthetic_store, BLUEPRINT).weakest()[:3]}


def test_flags_across_attempts_and_clearing(synthetic_store: Store) -> None:
    clock = FakeClock(T0)
    index = bank_index(synthetic_store, "aif-c01")
    session = ExamSession.start(synthetic_store, plan_full(index, FullSpec(), 1), clock)
    session.set_flag(0, True)
    session.set_flag(1, True)
    session.submit()
    keys = {f.key for f in open_flags(synthetic_store, "aif-c01")}
    assert keys == {session.view(0).key, session.view(1).key}
    clock.advance(10)
    clear_flag(synthetic_store, "aif-c01", session.view(0).key, clock.now())
    assert {f.key for f in open_flags(synthetic_store, "aif-c01")} == {session.view(1).key}
    plan = flagged_plan(synthetic_store, "aif-c01", seed=2)
    assert [i.key for i in plan.items] == [session.view(1).key]
    missed = missed_plan(synthetic_store, "aif-c01", session.attempt_id, seed=3)
    assert len(missed.items) == 65  # nothing was answered


def test_question_reports_and_csv(synthetic_store: Store, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    session = sit_practice(synthetic_store, clock, ("4.2",), 3, wrong=0, seed=5)
    with pytest.raises(ValueError, match="Write what seems wrong"):
        add_item_report(synthetic_store, session.attempt_id, 0, "   ", T0)
    add_item_report(synthetic_store, session.attempt_id, 1, 'La opción "B" también vale; ñ, <b>', T0)
    rows = item_reports(synthetic_store)
    assert len(rows) == 1 and rows[0].key == session.view(1).key and rows[0].task == "4.2"
    target = tmp_path / "reports.csv"
    assert export_reports_csv(synthetic_store, target) == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][0] == "created_at" and table[1][5] == 'La opción "B" también vale; ñ, <b>'


def test_upgrade_from_revision_0001_keeps_attempts(data_dir: Path) -> None:
    # A database as revision 0001 left it (today's engine can no longer write that schema: the fixture can).
    import shutil

    from tests.make_db_fixtures import fixture_paths

    target = data_dir / "old.sqlite3"
    shutil.copyfile(fixture_paths("0001")[0], target)
    url = f"sqlite:///{target}"
    old = open_store(url, migrate=False)
    assert current_revision(old) == "0001"
    old.close()
    new = open_store(url)
    assert current_revision(new) == head_revision()
    unfinished = resumable_attempt(new)
    assert unfinished is not None
    attempt = unfinished.id
    resumed = ExamSession.open(new, attempt, FakeClock(T0))
    blank = next(p for p in range(resumed.count) if not resumed.view(p).answered)
    resumed.answer(blank, key_of(resumed.content(blank)))
    resumed.set_flag(blank, True)
    reopened = ExamSession.open(new, attempt, FakeClock(T0))
    assert reopened.view(blank).answered and reopened.view(blank).flagged
    reopened.submit()
    assert open_flags(new, "aif-c01")


def test_mastery_and_readiness_exact_values() -> None:
    """Golden figures for a mixed history (every task answered 1..14 times, one in three wrong)."""
    records = [
        AnswerRecord(T0 + timedelta(minutes=n), t.id, n % 3 != 0)
        for i, t in enumerate(BLUEPRINT.tasks)
        for n in range(i + 1)
    ]
    masteries = mastery_by_task(BLUEPRINT, records)
    first = [(m.task, m.mastery, m.answers, m.weight, m.low, m.high) for m in masteries[:3]]
    expected = [
        ("1.1", 0.3333333333333333, 1, 1.0, 0.0, 0.7953097637085443),
        ("1.2", 0.5042945307551607, 2, 1.9659363289248457, 0.0645408509575513, 0.9440482105527701),
        ("1.3", 0.6054204741672788, 3, 2.898969320461653, 0.21099602486046798, 0.9998449234740897),
    ]
    for got, want in zip(first, expected, strict=True):
        assert got[0] == want[0] and got[2] == want[2]
        assert got[1:2] + got[3:] == pytest.approx(want[1:2] + want[3:], rel=1e-12)
    estimate = readiness(BLUEPRINT, masteries)
    assert estimate.to_json() == {
        "expected_share": pytest.approx(0.5733262633268867, rel=1e-12),
        "scaled": 578,
        "scaled_low": 442,
        "scaled_high": 717,
        # Passing takes 36 of 50 scored items (share 0.7194 for 700): read at 35.5/50 = 0.71 (continuity
        # correction), sigma 0.0830 -> 1 - Phi((0.71 - 0.57333) / 0.0830) = 0.04986.
        "pass_probability": pytest.approx(0.04985841927571033, rel=1e-9),
        "answers": 105,
    }
    # Domain 3 unanswered: it is left out of the weighted mean, not counted as zero.
    partial = readiness(BLUEPRINT, [m for m in masteries if not m.task.startswith("3.")])
    assert (partial.expected_share, partial.scaled, partial.scaled_low, partial.scaled_high, partial.answers) == (
        pytest.approx(0.4068025290495696, rel=1e-12),
        439,
        309,
        569,
        71,
    )
    # sigma 0.07984: 1 - Phi((0.71 - 0.40680) / 0.07984) (read at 35.5 of 50, as above).
    assert partial.pass_probability == pytest.approx(7.303105258560372e-05, rel=1e-6)
    assert readiness(BLUEPRINT, []) == Readiness(0.0, 100, 100, 100, 0.0, 0)
    many = [AnswerRecord(T0 + timedelta(minutes=n), t.id, True) for t in BLUEPRINT.tasks for n in range(300)]
    strong_masteries = mastery_by_task(BLUEPRINT, many)
    assert all(m.high == 1.0 and m.low < m.mastery for m in strong_masteries)
    strong = readiness(BLUEPRINT, strong_masteries)
    assert (strong.scaled, strong.scaled_low, strong.scaled_high, strong.pass_probability) == (966, 912, 1000, 1.0)


def test_weakest_first_breaks_ties_by_task() -> None:
    masteries = mastery_by_task(BLUEPRINT, [AnswerRecord(T0, "3.2", False)])
    order = [m.task for m in weakest_first(masteries)]
    assert order[0] == "3.2" and order[1:] == sorted(order[1:])


def test_flags_of_an_unfinished_exam_stay_inside_it(synthetic_store: Store) -> None:
    """No answer leaks: an unfinished exam's flags reach no other screen (flagged list, its practice set)."""
    clock = FakeClock(T0)
    index = bank_index(synthetic_store, "aif-c01")
    session = ExamSession.start(synthetic_store, plan_full(index, FullSpec(), 1), clock)
    session.set_flag(0, True)
    assert open_flags(synthetic_store, "aif-c01") == []
    with pytest.raises(SimulacroError):
        flagged_plan(synthetic_store, "aif-c01", seed=2)
    session.submit()
    assert {f.key for f in open_flags(synthetic_store, "aif-c01")} == {session.view(0).key}


def test_standing_rests_on_own_answers_then_demo_ones_then_on_nothing() -> None:
    from simulator.analytics import PRIOR_STRENGTH, standing_of

    own = [AnswerRecord(T0 + timedelta(minutes=n), "2.1", n % 4 != 0) for n in range(12)]
    demo = [AnswerRecord(T0, "4.1", False), AnswerRecord(T0, "5.2", True)]
    asked: list[str] = []

    def demo_records() -> list[AnswerRecord]:
        asked.append("demo")
        return demo

    mine = standing_of(BLUEPRINT, own, demo_records)
    masteries = tuple(mastery_by_task(BLUEPRINT, own))
    assert (mine.masteries, mine.source, asked) == (masteries, "candidate", [])  # demo data not even read
    assert mine.readiness == readiness(BLUEPRINT, masteries, prior_strength=PRIOR_STRENGTH)
    assert mine.readiness != readiness(BLUEPRINT, masteries)  # the prior is applied
    borrowed = standing_of(BLUEPRINT, [], demo_records)
    assert (borrowed.source, asked) == ("demo", ["demo"])
    assert borrowed.masteries == tuple(mastery_by_task(BLUEPRINT, demo)) and borrowed.readiness is not None
    nothing = standing_of(BLUEPRINT, [], list)
    assert (nothing.source, nothing.readiness) == ("demo", None)
    assert nothing.masteries == tuple(mastery_by_task(BLUEPRINT, []))


def test_pooling_shrinks_each_task_towards_the_candidates_overall_share() -> None:
    from simulator.analytics import TaskMastery, _pooled

    strong = TaskMastery("1.1", 0.75, 2, 2.0, 0.0, 1.0)  # Beta(1, 1) with 2 right of 2: (1 + 2) / (2 + 2)
    weak = TaskMastery("1.2", 0.25, 2, 2.0, 0.0, 1.0)  # 0 right of 2
    # Overall share (1 + 2 + 0) / (2 + 4) = 0.5, worth 8 answers: Beta(4 + 2, 4 + 0) and Beta(4 + 0, 4 + 2).
    pooled = _pooled([strong, weak], 8.0)
    variance = 6 * 4 / (10 * 10 * 11)
    assert [task for task, _, _ in pooled] == ["1.1", "1.2"]
    assert [mean for _, mean, _ in pooled] == pytest.approx([0.6, 0.4])
    assert [var for _, _, var in pooled] == pytest.approx([variance, variance])
    lopsided = _pooled([strong, TaskMastery("1.2", 0.5, 0, 0.0, 0.0, 1.0)], 4.0)
    # Overall (1 + 2 + 0) / (2 + 2) = 0.75: the unanswered task reads as the candidate's level, Beta(3, 1).
    assert lopsided[1][1:] == pytest.approx((0.75, 3 * 1 / (4 * 4 * 5)))
    assert lopsided[0][1:] == pytest.approx((5 / 6, 5 * 1 / (6 * 6 * 7)))


def test_readiness_with_and_without_the_prior_is_exact() -> None:
    """Golden figures (bench/readiness_calibration.py shows the prior's estimate is the calibrated one): any
    change to the pooling, the shared level variance or the pass line moves them."""
    records = [
        AnswerRecord(T0 + timedelta(minutes=n), task.id, (n + i) % 3 != 0)
        for i, task in enumerate(BLUEPRINT.tasks)
        for n in range(i + 2)
    ]
    masteries = mastery_by_task(BLUEPRINT, records)
    plain = readiness(BLUEPRINT, masteries)
    light = readiness(BLUEPRINT, masteries, prior_strength=0.5)
    calibrated = readiness(BLUEPRINT, masteries, prior_strength=8.0)
    assert (plain.scaled, plain.scaled_low, plain.scaled_high, plain.answers) == (617, 485, 763, 119)
    assert (plain.expected_share, plain.pass_probability) == pytest.approx((0.6204890035, 0.1338353199))
    assert (light.scaled, light.scaled_low, light.scaled_high) == (648, 495, 831)
    assert (light.expected_share, light.pass_probability) == pytest.approx((0.6581884124, 0.2903488401))
    assert (calibrated.scaled, calibrated.scaled_low, calibrated.scaled_high) == (651, 508, 820)
    assert (calibrated.expected_share, calibrated.pass_probability) == pytest.approx((0.6607467731, 0.2868853474))


def test_answers_of_one_moment_keep_their_order_and_right_ones_are_not_put_first() -> None:
    """One attempt's answers share its submission time: the order given, not right-before-wrong, sets the weights."""
    records = [AnswerRecord(T0, "2.1", False, "b"), AnswerRecord(T0, "2.1", True, "a")]
    w = 0.5 ** (1 / 20)  # the second answer listed counts as one answer back
    mastery = {m.task: m for m in mastery_by_task(BLUEPRINT, records)}["2.1"]
    assert mastery.mastery == pytest.approx((1 + w) / (2 + 1 + w), rel=1e-12)


def test_a_pass_mark_on_a_whole_number_of_items_needs_exactly_that_many() -> None:
    from dataclasses import replace

    # 699.5 (rounded to the pass mark 700) sits at exactly half right: 25 of 50 scored items pass, so the
    # normal approximation is read at 24.5 / 50 = 0.49, below the expected share 0.4943: a chance above one half.
    halfway = replace(BLUEPRINT, scale_min=0, scale_max=1399, scaled_anchors=((0.0, 0), (1.0, 1399)))
    records = [AnswerRecord(T0 + timedelta(minutes=n), t.id, n % 2 == 0) for t in BLUEPRINT.tasks for n in range(4)]
    masteries = mastery_by_task(halfway, records)
    estimate = readiness(halfway, masteries)
    assert estimate.expected_share == pytest.approx(0.4943238185393165, rel=1e-12)
    assert estimate.pass_probability == pytest.approx(0.5197315912464872, rel=1e-9)


def test_readiness_for_a_blueprint_with_a_single_scored_item() -> None:
    from dataclasses import replace

    # One scored item: passing takes it (read at 0.5), and the exam's sampling spread is that of one item.
    tiny = replace(BLUEPRINT, items_total=2, items_unscored=1)
    records = [AnswerRecord(T0 + timedelta(minutes=n), t.id, n % 2 == 0) for t in BLUEPRINT.tasks for n in range(4)]
    estimate = readiness(tiny, mastery_by_task(tiny, records))
    assert (estimate.scaled, estimate.scaled_low, estimate.scaled_high) == (512, 100, 1000)
    assert estimate.pass_probability == pytest.approx(0.4954945677035787, rel=1e-9)
