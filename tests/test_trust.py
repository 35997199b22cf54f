"""Trust: hostile packs never replace the shipped bank or take over the exam, and a finished attempt's
sealed result stays byte-identical in history, review and the PDF whatever is imported, chosen or removed."""

from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader
from sqlalchemy import select

import main
from question_bank.importer import import_paths
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.demo import wrong_answer
from simulator.errors import AttemptStateError, NotFoundError
from simulator.history import attempt_history
from simulator.report_data import build_report_data
from simulator.review_tools import bank_index
from simulator.scoring import key_of
from simulator.session import ExamSession
from simulator.storage import attempts as attempt_store
from simulator.storage.bank import choose_exam, exam_codes, item_refs, load_blueprint, save_bank
from simulator.storage.db import Store, open_store
from simulator.storage.models import Attempt, AttemptItem, Item, ItemRevision
from simulator.storage.packs import list_packs, remove_pack
from tests.conftest import fill_synthetic
from tests.synthetic_bank import shipped_blueprint

PACKS = Path(__file__).resolve().parent / "fixtures" / "packs"
T0 = datetime(2026, 3, 2, 9, 0)


def copy_pack(name: str, tmp_path: Path) -> Path:
    target = tmp_path / "packs" / name
    shutil.copytree(PACKS / name, target)
    return target


def reversed_key_pack(store: Store, tmp_path: Path) -> tuple[Path, str]:
    """A pack re-using a shipped single-choice item's id with its key moved to another option."""
    with store.read() as session:
        content = next(
            c
            for (c,) in session.execute(
                select(ItemRevision.content)
                .join(Item, (Item.id == ItemRevision.item_id) & (ItemRevision.revision == Item.current_revision))
                .where(Item.exam_code == "aif-c01", Item.type == "single", Item.case_study.is_(None))
            )
        )
    options = [dict(o) for o in content["options"]]
    right = next(i for i, o in enumerate(options) if o["correct"])
    for i, option in enumerate(options):
        option["correct"] = i == (right + 1) % len(options)
    item = {k: content[k] for k in ("id", "task", "type", "stem", "explanation", "references")}
    item["options"] = options
    folder = tmp_path / "packs" / "reverse-key"
    folder.mkdir(parents=True)
    (folder / "items.yaml").write_text(
        yaml.safe_dump({"exam": "aif-c01", "language": "es", "items": [item]}, allow_unicode=True), "utf-8"
    )
    return folder, content["id"]


def sit_and_submit(store: Store, seed: int = 11, right_share: float = 0.45) -> ExamSession:
    """A full exam answered about 45 % right: a fail that the hostile blueprint (40 % passes) would flip."""
    plan = plan_full(bank_index(store, "aif-c01"), FullSpec(), seed)
    session = ExamSession.start(store, plan, FakeClock(T0))
    rng = random.Random(seed)
    # Exactly that share of the scored items right, whatever the bank draws (a coin per item drifted to 60 %
    # when the shipped bank changed).
    scored = [position for position, item in enumerate(plan.items) if item.scored]
    right_positions = set(rng.sample(scored, round(right_share * len(scored))))
    for position in range(session.count):
        content = session.content(position)
        right = position in right_positions
        session.answer(position, key_of(content) if right else wrong_answer(content, rng))
        if position % 7 == 0:
            session.set_flag(position, True)
    result = session.submit()
    assert not result.score.passed and 0.41 < result.score.raw_correct / result.score.scored_total < 0.6
    return session


# ----- packs ---------------------------------------------------------------------------------------


def test_pack_cannot_replace_the_shipped_blueprint(shipped_store: Store, tmp_path: Path) -> None:
    before = load_blueprint(shipped_store, "aif-c01")
    outcome = import_paths(shipped_store, [copy_pack("takeover-blueprint", tmp_path)])
    assert not outcome.ok and outcome.counts == {}
    (error,) = outcome.errors
    assert error.path.endswith("blueprint.yaml") and error.line == 1
    assert "would change the blueprint of exam 'aif-c01'" in error.message
    assert load_blueprint(shipped_store, "aif-c01") == before
    assert list_packs(shipped_store) == []
    assert "takeover-new-1" not in {r.key for r in item_refs(shipped_store, "aif-c01")}


def test_pack_cannot_change_a_shipped_item(shipped_store: Store, tmp_path: Path) -> None:
    folder, key = reversed_key_pack(shipped_store, tmp_path)
    outcome = import_paths(shipped_store, [folder])
    assert not outcome.ok
    (error,) = outcome.errors
    assert error.item_id == key and error.line > 0 and "would change an item of the shipped bank" in error.message
    assert list_packs(shipped_store) == []


def test_blueprint_in_a_parent_folder_is_not_the_packs(shipped_store: Store, tmp_path: Path) -> None:
    copy_pack("parent-blueprint", tmp_path)
    before = load_blueprint(shipped_store, "aif-c01")
    outcome = import_paths(shipped_store, [tmp_path / "packs" / "parent-blueprint" / "pack"])
    assert outcome.ok, outcome.errors
    assert outcome.counts["aif-c01"].added == 2
    assert load_blueprint(shipped_store, "aif-c01") == before  # the parent's 1-minute blueprint was never read
    (pack,) = list_packs(shipped_store)
    assert pack.name == "pack" and pack.exams == ("aif-c01",) and pack.items == 2


def test_covers_as_text_is_an_error_not_a_traceback(shipped_store: Store, tmp_path: Path) -> None:
    outcome = import_paths(shipped_store, [copy_pack("covers-as-text", tmp_path)])
    assert not outcome.ok
    assert any("covers" in e.message and e.path.endswith("blueprint.yaml") and e.line > 1 for e in outcome.errors)


def test_packs_are_listed_removed_and_reimported(shipped_store: Store, tmp_path: Path) -> None:
    pack = copy_pack("other-exam", tmp_path)
    assert import_paths(shipped_store, [pack], name="classroom", now=T0).ok
    (info,) = list_packs(shipped_store)
    assert (info.name, info.exams, info.items, info.imported_at) == ("classroom", ("aaa-x01",), 4, T0)
    assert str(pack.resolve()) in info.source
    assert exam_codes(shipped_store) == ["aif-c01", "aaa-x01"]
    removed = remove_pack(shipped_store, "classroom", now=T0)
    assert removed.name == "classroom" and list_packs(shipped_store) == []
    assert exam_codes(shipped_store) == ["aif-c01"]
    with pytest.raises(NotFoundError):
        remove_pack(shipped_store, "classroom", now=T0)
    assert import_paths(shipped_store, [pack], name="classroom").ok  # back again, same items
    assert exam_codes(shipped_store) == ["aif-c01", "aaa-x01"]
    assert len(item_refs(shipped_store, "aaa-x01")) == 4


def test_a_pack_may_not_change_another_packs_items(shipped_store: Store, tmp_path: Path) -> None:
    first = copy_pack("other-exam", tmp_path)
    assert import_paths(shipped_store, [first], name="first").ok
    second = tmp_path / "second"
    shutil.copytree(first, second)
    text = (second / "items.yaml").read_text("utf-8").replace("Amazon Bedrock, correct: true", "Amazon Bedrock")
    (second / "items.yaml").write_text(text.replace("{text: Amazon S3,", "{text: Amazon S3, correct: true,"), "utf-8")
    outcome = import_paths(shipped_store, [second], name="second")
    assert not outcome.ok and all("another pack" in e.message for e in outcome.errors)
    assert [p.name for p in list_packs(shipped_store)] == ["first"]


def test_pack_for_another_exam_never_takes_over(shipped_store: Store, tmp_path: Path) -> None:
    assert import_paths(shipped_store, [copy_pack("other-exam", tmp_path)]).ok
    assert choose_exam(shipped_store) == "aif-c01"
    assert choose_exam(shipped_store, "aaa-x01") == "aaa-x01"
    with pytest.raises(NotFoundError, match="no exam 'zzz'"):
        choose_exam(shipped_store, "zzz")


def test_shipped_sync_does_not_retire_pack_items(store: Store, tmp_path: Path) -> None:
    fill_synthetic(store, 6)
    assert import_paths(store, [copy_pack("parent-blueprint", tmp_path) / "pack"]).ok
    blueprint = shipped_blueprint()
    save_bank(store, blueprint, [], [], bank_hash="x", retire_missing=True, now=T0)  # a shipped bank with no items
    keys = {r.key for r in item_refs(store, "aif-c01")}
    assert keys == {"parent-new-1", "parent-new-2"}


# ----- concurrent windows ------------------------------------------------------------------------


@pytest.fixture
def two_windows(db_url: str) -> Any:
    first = open_store(db_url)
    fill_synthetic(first)
    second = open_store(db_url)
    yield first, second
    first.close()
    second.close()


def test_after_one_window_submits_the_other_cannot_write(two_windows: tuple[Store, Store]) -> None:
    first, second = two_windows
    session = ExamSession.start(first, plan_full(bank_index(first, "aif-c01"), FullSpec(), 3), FakeClock(T0))
    session.answer(0, key_of(session.content(0)))
    other = ExamSession.open(second, session.attempt_id, FakeClock(T0))
    assert other.read_only and not session.read_only  # the first window holds the lease
    with pytest.raises(AttemptStateError, match="another window"):
        other.answer(1, key_of(other.content(1)))
    taken = ExamSession.open(second, session.attempt_id, FakeClock(T0), take_over=True)
    assert not taken.read_only
    with pytest.raises(AttemptStateError, match="another window"):  # the first lost the lease
        session.answer(1, key_of(session.content(1)))
    assert not session.view(1).answered  # memory stays in step with the database
    result = taken.submit()
    for write in (
        lambda: session.answer(2, key_of(session.content(2))),
        lambda: session.set_flag(2, True),
        lambda: session.save_clock(),
        lambda: session.submit(),
        lambda: taken.answer(2, key_of(taken.content(2))),
    ):
        with pytest.raises(AttemptStateError):
            write()
    assert session.read_only and not session.tick().saved  # the refused copy stops trying to save
    # Even a writer that skips the engine's checks is refused by the statement itself.
    with pytest.raises(AttemptStateError, match="submitted"):
        attempt_store.save_item_state(
            first,
            session.attempt_id,
            3,
            {"response": [0]},
            remaining_s=1.0,
            elapsed_s=1.0,
            now=T0,
            owner=first.owner,
        )
    with pytest.raises(AttemptStateError, match="submitted"):
        attempt_store.save_item_state(
            second,
            session.attempt_id,
            3,
            {"response": [0]},
            remaining_s=1.0,
            elapsed_s=1.0,
            now=T0,
            owner=second.owner,
        )
    with first.read() as db:
        assert db.scalar(select(AttemptItem.response).where(AttemptItem.position == 3)) is None
    reopened = ExamSession.open(first, session.attempt_id, FakeClock(T0))
    assert reopened.submitted and reopened.result().score == result.score


def test_two_windows_answering_at_once_cannot_both_write(two_windows: tuple[Store, Store]) -> None:
    first, second = two_windows
    a = ExamSession.start(first, plan_full(bank_index(first, "aif-c01"), FullSpec(), 4), FakeClock(T0))
    b = ExamSession.open(second, a.attempt_id, FakeClock(T0))
    written = refused = 0
    for position in range(20):
        for session in (a, b):
            try:
                session.answer(position, key_of(session.content(position)))
                written += 1
            except AttemptStateError:
                refused += 1
    assert (written, refused) == (20, 20)
    result = a.submit()
    assert result.score.raw_correct == sum(1 for item in result.items[:20] if item.scored)


def test_a_stale_lease_is_taken_over(two_windows: tuple[Store, Store]) -> None:
    first, second = two_windows
    clock = FakeClock(T0)
    a = ExamSession.start(first, plan_full(bank_index(first, "aif-c01"), FullSpec(), 5), clock)
    a.answer(0, key_of(a.content(0)))
    later = FakeClock(T0)
    later.advance(attempt_store.LEASE_STALE_S + 1)
    b = ExamSession.open(second, a.attempt_id, later)
    assert not b.read_only and b.view(0).answered
    b.answer(1, key_of(b.content(1)))
    with pytest.raises(AttemptStateError):
        a.answer(2, key_of(a.content(2)))


def test_lease_of_a_dead_process_is_free(store: Store) -> None:
    fill_synthetic(store)
    a = ExamSession.start(store, plan_full(bank_index(store, "aif-c01"), FullSpec(), 6), FakeClock(T0))
    with store.write() as db:
        row = db.get(Attempt, a.attempt_id)
        assert row is not None
        host = store.owner.split("/")[0]
        row.lease_owner = f"{host}/99999999/deadbeef"  # no such process
    assert not ExamSession.open(store, a.attempt_id, FakeClock(T0)).read_only


# ----- sealed results ------------------------------------------------------------------------------


def test_result_is_sealed_at_submit_and_never_rescored(shipped_store: Store) -> None:
    session = sit_and_submit(shipped_store)
    sealed = session.result()
    with shipped_store.read() as db:
        row = db.get(Attempt, session.attempt_id)
        assert row is not None and row.result is not None
        stored = row.result
    assert stored["rules"]["scale"]["pass"] == 700 and stored["blueprint"]["revision"] is not None
    assert sum(t[2] for t in stored["tasks"]) == stored["scored_total"] == 50
    # An update of the shipped blueprint (another pass mark, other titles) changes no finished attempt.
    changed = replace(
        shipped_blueprint(), scale_pass=150, scaled_anchors=((0.0, 100), (0.3, 999), (1.0, 1000)), minutes=1
    )
    save_bank(shipped_store, changed, [], [], bank_hash=None, retire_missing=False, now=T0)
    assert load_blueprint(shipped_store, "aif-c01").scale_pass == 150
    reopened = ExamSession.open(shipped_store, session.attempt_id, FakeClock())
    assert reopened.result() == sealed and reopened.blueprint.scale_pass == 700
    (row,) = [h for h in attempt_history(shipped_store) if h.id == session.attempt_id]
    assert (row.scaled_score, row.passed, row.tasks) == (sealed.score.scaled, False, sealed.score.tasks)
    report = build_report_data(shipped_store, session.attempt_id)
    assert report.result == sealed and report.blueprint.scale_pass == 700


# ----- the must-show test ---------------------------------------------------------------------------


def pdf_values(path: Path) -> list[str]:
    """Every number, fraction and percentage the report prints, in order (what a reader compares)."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.findall(r"\d+(?:[.,]\d+)?\s*(?:%|/\s*\d+)?", text)


def observe(store: Store, attempt: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], step: str) -> Any:
    """The attempt as history --json, the answer review and the PDF show it."""
    capsys.readouterr()
    assert main.main(["history", "--json"]) == 0, step
    payload = json.loads(capsys.readouterr().out)
    # The attempt's row, and mastery (built from the stored per-item results of this exam's attempts only).
    shown = [[r for r in payload["attempts"] if r["id"] == attempt], payload["mastery"]]
    history = json.dumps(shown, sort_keys=True, ensure_ascii=False)
    review = ExamSession.open(store, attempt, FakeClock())
    views = [review.view(p) for p in range(review.count)]
    target = tmp_path / f"report-{step}.pdf"
    assert main.main(["report", str(attempt), "-o", str(target), "--name", "Ana"]) == 0, step
    capsys.readouterr()
    return history.encode("utf-8"), review.result(), views, pdf_values(target)


def test_sealed_result_is_identical_through_hostile_packs_exam_switches_and_removals(
    shipped_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    attempt = sit_and_submit(shipped_store).attempt_id
    baseline = observe(shipped_store, attempt, tmp_path, capsys, "baseline")
    assert b'"passed": false' in baseline[0] and baseline[3]

    takeover = copy_pack("takeover-blueprint", tmp_path)
    covers = copy_pack("covers-as-text", tmp_path)
    reverse, _key = reversed_key_pack(shipped_store, tmp_path)
    for hostile in (takeover, covers, reverse):
        assert main.main(["bank", "import", str(hostile)]) == 1
        assert "nothing was imported" in capsys.readouterr().err
    assert observe(shipped_store, attempt, tmp_path, capsys, "refused") == baseline

    parent = copy_pack("parent-blueprint", tmp_path) / "pack"
    other = copy_pack("other-exam", tmp_path)
    assert main.main(["bank", "import", str(parent), "--name", "extra"]) == 0
    assert main.main(["bank", "import", str(other)]) == 0
    capsys.readouterr()
    assert main.main(["bank", "packs"]) == 0
    listed = capsys.readouterr().out
    assert "extra\taif-c01\t2 items" in listed and "other-exam\taaa-x01\t4 items" in listed
    assert observe(shipped_store, attempt, tmp_path, capsys, "imported") == baseline

    # Switch exams: the default stays the shipped one; the other exam is used only when asked for.
    assert main.main(["exam", "plan", "--mode", "full", "--seed", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["exam"] == "aif-c01"
    assert main.main(["exam", "plan", "--mode", "full", "--seed", "3", "--json", "--exam", "aaa-x01"]) == 0
    assert json.loads(capsys.readouterr().out)["exam"] == "aaa-x01"
    assert main.main(["demo", "--attempts", "2", "--exam", "aaa-x01"]) == 0
    other_exam = ExamSession.start(
        shipped_store, plan_full(bank_index(shipped_store, "aaa-x01"), FullSpec(), 2), FakeClock(T0)
    )
    for position in range(other_exam.count):  # the candidate's own answers in another exam's task "1.1"
        other_exam.answer(position, key_of(other_exam.content(position)))
    assert other_exam.submit().score.passed
    assert main.main(["demo", "--attempts", "1", "--exam", "nope"]) == 1
    assert observe(shipped_store, attempt, tmp_path, capsys, "switched") == baseline

    # An update of the shipped blueprint itself: finished attempts keep the rules they were scored by.
    changed = replace(shipped_blueprint(), scale_pass=150, scaled_anchors=((0.0, 100), (0.3, 999), (1.0, 1000)))
    save_bank(shipped_store, changed, [], [], bank_hash=None, retire_missing=False, now=T0)
    assert observe(shipped_store, attempt, tmp_path, capsys, "new-rules") == baseline

    assert main.main(["bank", "remove", "extra"]) == 0
    assert main.main(["bank", "remove", "other-exam"]) == 0
    assert main.main(["bank", "remove", "other-exam"]) == 1
    capsys.readouterr()
    assert main.main(["bank", "packs"]) == 0
    assert capsys.readouterr().out.strip() == "No packs imported."
    assert exam_codes(shipped_store) == ["aif-c01"]
    assert observe(shipped_store, attempt, tmp_path, capsys, "removed") == baseline


def test_the_window_lock_belongs_to_the_database(tmp_path: Path) -> None:
    from ui.app import instance_lock, lock_path

    url = f"sqlite:///{tmp_path / 'shared' / 'class.sqlite3'}"
    (tmp_path / "shared").mkdir()
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    assert lock_path(one, url) == lock_path(two, url) == tmp_path / "shared" / "class.sqlite3.lock"
    assert lock_path(one) != lock_path(two)  # each data folder's own database
    server = "postgresql+psycopg://ana:secret@db.example/clase"
    assert lock_path(one, server) == lock_path(two, server) and "secret" not in str(lock_path(one, server))
    held = instance_lock(one, url)
    assert held is not None
    try:
        assert instance_lock(two, url) is None  # a second window on the same database, from another folder
    finally:
        held.unlock()
