"""Database: migrations, model/migration agreement, bad files kept aside, revisions and all-or-nothing import."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from question_bank.importer import import_paths, sync_shipped_bank
from simulator.errors import NewerDatabaseError, StorageError
from simulator.storage.bank import item_refs, revisions
from simulator.storage.db import Store, current_revision, head_revision, open_store
from simulator.storage.models import Base
from tests.synthetic_bank import shipped_blueprint, synthetic_items, write_bank

BLUEPRINT_SRC = Path(__file__).resolve().parent.parent / "question_bank" / "aif-c01" / "blueprint.yaml"


def test_migrations_from_empty_reach_head_and_match_the_models(db_url: str) -> None:
    store = open_store(db_url)
    assert current_revision(store) == head_revision()
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_sqlite_file_uses_wal_and_foreign_keys(db_url: str, data_dir: Path) -> None:
    store = open_store(db_url)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert oct((data_dir / "test.sqlite3").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 50, os.urandom(8192), b"SQLite format 3\x00" + b"\x00" * 40],
)
def test_corrupt_file_is_moved_aside_not_deleted(data_dir: Path, content: bytes) -> None:
    path = data_dir / "bad.sqlite3"
    path.write_bytes(content)
    store = open_store(f"sqlite:///{path}")
    assert len(store.notices) == 1
    kept = store.notices[0].moved_to
    assert kept is not None and kept.read_bytes() == content
    assert "could not be used" in store.notices[0].message
    assert current_revision(store) == head_revision()


def test_truncated_database_is_moved_aside(data_dir: Path, db_url: str) -> None:
    store = open_store(db_url)
    sync_shipped_bank(store)
    store.close()
    path = data_dir / "test.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    reopened = open_store(db_url)
    assert reopened.notices and reopened.notices[0].moved_to is not None


def test_newer_schema_is_refused_and_left_untouched(db_url: str, data_dir: Path) -> None:
    store = open_store(db_url)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    before = (data_dir / "test.sqlite3").read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Simulacro"):
        open_store(db_url)
    assert (data_dir / "test.sqlite3").read_bytes() == before


def test_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = "sqlite:////proc/simulacro/test.sqlite3"  # root can write anywhere else
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = f"sqlite:///{locked / 'sub' / 'x.sqlite3'}"
    with pytest.raises(StorageError, match="Cannot open the database"):
        open_store(target)


def test_bad_url_is_a_clear_error() -> None:
    with pytest.raises(StorageError, match="Cannot use the database URL"):
        open_store("nosuchdriver://x/y")


def test_import_revisions_and_unchanged(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    items = list(synthetic_items(shipped_blueprint(), 2))
    folder = write_bank(tmp_path / "bank", BLUEPRINT_SRC, items)
    first = import_paths(store, [folder])
    assert first.ok and first.counts["aif-c01"].added == 28
    again = import_paths(store, [folder])
    assert again.counts["aif-c01"].unchanged == 28 and not again.counts["aif-c01"].changed
    old_rev = {r.key: r.revision_id for r in item_refs(store, "aif-c01")}
    text = (folder / "items-0000.yaml").read_text("utf-8").replace("Pregunta s11-000000", "Pregunta editada s11")
    (folder / "items-0000.yaml").write_text(text, "utf-8")
    third = import_paths(store, [folder])
    assert third.counts["aif-c01"].revised == 1
    new_rev = {r.key: r.revision_id for r in item_refs(store, "aif-c01")}
    assert new_rev["s11-000000"] != old_rev["s11-000000"]
    old = revisions(store, [old_rev["s11-000000"]])[old_rev["s11-000000"]]
    assert old.stem.startswith("Pregunta s11-000000")  # history keeps the text it showed


def test_failed_import_changes_nothing(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    items = list(synthetic_items(shipped_blueprint(), 1))
    folder = write_bank(tmp_path / "bank", BLUEPRINT_SRC, items)
    (folder / "broken.yaml").write_text("exam: aif-c01\nlanguage: es\nitems:\n  - id: x\n", "utf-8")
    outcome = import_paths(store, [folder])
    assert not outcome.ok
    assert item_refs(store, "aif-c01") == []


def test_shipped_sync_runs_only_when_files_change(db_url: str) -> None:
    store = open_store(db_url)
    first = sync_shipped_bank(store)
    assert first.ok and first.counts
    second = sync_shipped_bank(store)
    assert second.ok and second.counts == {}


def test_no_answer_is_sql_null_not_json_null(synthetic_store: Store) -> None:
    """Queries, migrations and the kill soak look for answers with `response IS NOT NULL`."""
    from sqlalchemy import text

    from simulator.assembly import FullSpec, plan_full
    from simulator.clock import FakeClock
    from simulator.review_tools import bank_index
    from simulator.scoring import key_of
    from simulator.session import ExamSession

    session = ExamSession.start(
        synthetic_store, plan_full(bank_index(synthetic_store, "aif-c01"), FullSpec(), 3), FakeClock()
    )
    session.answer(0, key_of(session.content(0)))
    session.answer(1, key_of(session.content(1)))
    session.answer(1, None)  # cleared again
    with synthetic_store.read() as db:
        rows = db.execute(
            text("SELECT position, response IS NULL FROM attempt_items WHERE attempt_id = :a ORDER BY position"),
            {"a": session.attempt_id},
        ).all()
    assert [p for p, is_null in rows if not is_null] == [0]
