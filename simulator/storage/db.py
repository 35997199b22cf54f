"""Open a database: create it, check it, move a corrupt file aside, and migrate to the current schema."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import sqlite3
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SAWarning, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from simulator.errors import NewerDatabaseError, StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LOCAL_CANDIDATE_ID = 1  # created by migration 0004


def _alembic_config(connection: Any = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class OpenNotice:
    """Something the user should be told about opening the database (e.g. a file moved aside)."""

    message: str
    moved_to: Path | None = None


class Store:
    """An open, migrated database. Sessions are short and every write commits before returning."""

    def __init__(self, engine: Engine, notices: tuple[OpenNotice, ...] = ()) -> None:
        self.engine = engine
        self.notices = notices
        # Who holds an attempt's lease: this computer, this process, this store (a second store is another window).
        self.owner = f"{socket.gethostname()[:30]}/{os.getpid()}/{uuid.uuid4().hex[:16]}"
        # Whose attempts, flags, drills and reports this store reads and writes (candidates.id); 1 is the
        # implicit local candidate of a one-person database. simulator.storage.candidates.use_candidate sets it.
        self.candidate_id = LOCAL_CANDIDATE_ID
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_shared(self) -> bool:
        """A server database (PostgreSQL): many candidates, so the window asks who is sitting."""
        return self.engine.url.get_backend_name() != "sqlite"

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        try:
            with self._sessions() as session:
                yield session
        except OperationalError as exc:
            raise StorageError(_describe(exc, self.url)) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends and rolls back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise StorageError(_describe(exc, self.url)) from exc

    def close(self) -> None:
        self.engine.dispose()


def _describe(exc: SQLAlchemyError, url: str) -> str:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"The database {url} is locked by another program. Close it and try again."
    if "readonly" in lowered or "read-only" in lowered:
        return f"The database {url} is read-only: answers cannot be saved. Check the file's permissions."
    if "disk" in lowered and "full" in lowered:
        return f"The disk holding {url} is full: free some space and try again."
    return f"Database error on {url}: {detail}"


def _sqlite_pragmas(durable: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed answer survives a power cut too, not only a killed process.
        cursor.execute(f"PRAGMA synchronous={'FULL' if durable else 'OFF'}")
        cursor.close()
        # pysqlite opens a transaction only before data changes, so schema changes (migrations) would run
        # outside any transaction and a crash could leave half a migration. Simulacro emits BEGIN itself
        # (see _begin), which makes every transaction, DDL included, all-or-nothing.
        dbapi_connection.isolation_level = None

    return on_connect


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def sqlite_file_of(url: str) -> Path | None:
    """The SQLite file a URL names, or None (another database, or a URL that is not one)."""
    try:
        return _sqlite_path(url)
    except (ArgumentError, ValueError):
        return None


def _check_sqlite_file(path: Path) -> str | None:
    """None when the file is a healthy SQLite database, else what is wrong with it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        return "it is not a SQLite database"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower():
            return None  # busy, not broken: the normal open reports it
        return f"it cannot be read ({exc})"
    if rows != [("ok",)]:
        return "its integrity check failed"
    return None


def _move_aside(path: Path, reason: str, now: datetime) -> OpenNotice:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        counter += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return OpenNotice(
        f"The database {path} could not be used ({reason}). It was kept as {target} and a new, "
        "empty database was created.",
        target,
    )


def redact(url: str) -> str:
    """The URL as it may be shown: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def open_store(url: str, *, durable: bool = True, migrate: bool = True) -> Store:
    """Open (creating if needed) and migrate the database at `url`; raise StorageError with a clear message."""
    notices: list[OpenNotice] = []
    try:
        sqlite_file = _sqlite_path(url)
    except (ArgumentError, ValueError) as exc:
        raise StorageError(f"Cannot use the database URL {redact(url)!r}: it is not a database URL.") from exc
    if sqlite_file is not None:
        for parent in sqlite_file.parents:
            if parent.exists() and not parent.is_dir():
                raise StorageError(f"Cannot open the database {sqlite_file}: {parent} is a file, not a folder.")
        try:
            sqlite_file.parent.mkdir(parents=True, exist_ok=True)
            problem = _check_sqlite_file(sqlite_file)
            if problem is not None:
                if sqlite_file.suffix.lower() not in DATABASE_SUFFIXES:
                    # Probably a typo naming someone's document: refuse rather than move it aside.
                    raise StorageError(f"{sqlite_file} is not a Simulacro database ({problem}); choose another file.")
                notices.append(_move_aside(sqlite_file, problem, datetime.now()))
            if not sqlite_file.exists():
                sqlite_file.touch(mode=0o600)
        except PermissionError as exc:
            raise StorageError(f"Cannot open the database {sqlite_file}: permission denied ({exc.strerror}).") from exc
        except OSError as exc:
            raise StorageError(f"Cannot open the database {sqlite_file}: {exc.strerror or exc}.") from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", SAWarning)  # e.g. unknown URL options: a user error, not a warning
            if sqlite_file is not None:
                engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
                event.listen(engine, "connect", _sqlite_pragmas(durable))
                event.listen(engine, "begin", _begin)
            else:
                engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, SAWarning, ImportError, ValueError, TypeError) as exc:
        raise StorageError(f"Cannot use the database URL {redact(url)!r}: {str(exc).splitlines()[0]}") from exc
    store = Store(engine, tuple(notices))
    if migrate:
        try:
            upgrade(store)
        except NewerDatabaseError:
            engine.dispose()
            raise
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise StorageError(_describe(exc, store.url)) from exc
    return store


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(store: Store, target: str = "head") -> None:
    """Bring the schema to `target`; refuse a database from a newer Simulacro."""
    scripts = ScriptDirectory.from_config(_alembic_config())
    head = scripts.get_current_head()
    with store.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception as exc:  # alembic raises several types for an unknown revision
            raise NewerDatabaseError(
                f"The database {store.url} was written by a newer version of Simulacro (schema {current}). "
                "Update Simulacro to open it; the file was left untouched."
            ) from exc
    if current == head and target == "head":
        return
    with store.engine.begin() as connection:
        command.upgrade(_alembic_config(connection), target)
