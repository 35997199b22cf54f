"""Home's data for the first paint, read with sqlite3 on the op runner: no Qt, no SQLAlchemy.

Only for the everyday start: a local SQLite database already at the current schema whose bank folders have not
changed (so nothing will be migrated or imported). Anything else, or any problem reading, gives None and the
window waits for the usual open (ui/home_backend.py), which follows this read in any case: the window then has
its workspace and redraws Home only if what it read differs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path

from question_bank.bank_digest import bank_root, folder_hash, shipped_exam_folders
from simulator.analytics import standing_of
from simulator.coach import home_coaching
from simulator.paths import data_dir, database_url
from simulator.storage import home_read
from simulator.storage.schema_head import head_in_files
from simulator.views import open_attempts
from ui.home_data import HomeData

LOCAL_CANDIDATE = 1  # simulator.storage.db.LOCAL_CANDIDATE_ID: a SQLite database is one person's


def sqlite_file(db_url: str | None, folder: str | Path | None) -> Path | None:
    """The SQLite file the window will open, when the URL is a plain local one; else None."""
    url = database_url(db_url, data_dir(folder))
    prefix = "sqlite:///"
    if not url.startswith(prefix) or any(mark in url for mark in "?%#") or url == prefix:
        return None
    return Path(url[len(prefix) :])


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(home_read.open_read_only(path)) as connection:
        yield connection


def quick_home(
    db_url: str | None, folder: str | Path | None, exam: str | None = None, exam_date: date | None = None
) -> HomeData | None:
    """What Home shows, when it can be read without opening the database the usual way; else None."""
    path = sqlite_file(db_url, folder)
    if path is None:
        return None
    try:
        with _reading(path) as connection:
            if home_read.stored_revision(connection) != head_in_files():
                return None  # a migration comes first
            if any(
                home_read.stored_bank_hash(connection, f.name) != folder_hash(f)
                for f in shipped_exam_folders(bank_root())
            ):
                return None  # the bank sync comes first
            return _read(connection, exam, exam_date)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError):
        return None  # the usual open says what is wrong, if anything is


def _read(connection: sqlite3.Connection, exam: str | None, exam_date: date | None) -> HomeData | None:
    """ui.home_backend.load_home's reads, for the local candidate."""
    me = LOCAL_CANDIDATE
    codes = home_read.exam_codes(connection)
    code = home_read.choose_exam(connection, exam)
    if code is None:
        return None
    blueprint = home_read.load_blueprint(connection, code)
    domain_counts, task_counts = home_read.item_counts(connection, code)
    every = home_read.attempt_history(connection, me)
    history = [h for h in every if h.exam == code]
    now = datetime.now()
    due_at = home_read.due_dates(connection, code, me)
    mine = standing_of(
        blueprint,
        home_read.answer_records(connection, me, include_demo=False, exam=code),
        lambda: home_read.answer_records(connection, me, include_demo=True, exam=code),
    )
    return HomeData(
        blueprint,
        domain_counts,
        task_counts,
        history,
        open_attempts(every),
        flagged=home_read.open_flag_count(connection, code, me),
        due=sum(1 for when in due_at if when <= now),
        reports=home_read.report_count(connection, me),
        exams=tuple(codes),
        coaching=home_coaching(blueprint, mine, now, every, due_at, exam_date),
    )
