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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SAWarning, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from simulator.error_catalogue import Part, message
from simulator.errors import NewerDatabaseError, StorageError
from simulator.os_reasons import os_reason
from simulator.storage.ping import ping_when_idle
from simulator.storage.schema_head import MIGRATIONS, head_in_files

LOCAL_CANDIDATE_ID = 1  # created by migration 0005


def _alembic_config(connection: Any = None) -> Any:
    # Alembic is imported only when a schema is checked or changed: a start-up whose database is already at
    # head never loads it (see _stored_revision and _head_in_files).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class OpenNotice:
    """Something the user should be told about opening the database (e.g. a file moved aside)."""

    message: str
    moved_to: Path | None = None
    code: str = ""  # the message by code and arguments (simulator.error_catalogue), for the window to translate
    params: dict[str, object] = field(default_factory=dict)


class Store:
    """An open, migrated database. Sessions are short and every write commits before returning."""

    def __init__(self, engine: Engine, notices: tuple[OpenNotice, ...] = (), shown_url: str | None = None) -> None:
        self.engine = engine
        self.notices = notices
        # Who holds an attempt's lease: this computer, this process, this store (a second store is another window).
        self.owner = f"{socket.gethostname()[:30]}/{os.getpid()}/{uuid.uuid4().hex[:16]}"
        # Whose attempts, flags, drills and reports this store reads and writes (candidates.id); 1 is the
        # implicit local candidate of a one-person database. simulator.storage.candidates.use_candidate sets it.
        self.candidate_id = LOCAL_CANDIDATE_ID
        self._shown_url = shown_url
        self._raw_url = engine.url.render_as_string(hide_password=False)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_shared(self) -> bool:
        """A server database (PostgreSQL): many candidates, so the window asks who is sitting."""
        return self.engine.url.get_backend_name() != "sqlite"

    @property
    def url(self) -> str:
        return self._shown_url or redact(self.engine.url.render_as_string(hide_password=False))

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        try:
            with self._sessions() as session:
                yield session
        except OperationalError as exc:
            raise _storage_error(exc, self.url, self._raw_url) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends and rolls back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise _storage_error(exc, self.url, self._raw_url) from exc

    def close(self) -> None:
        self.engine.dispose()


def _storage_error(exc: SQLAlchemyError, url: str, raw_url: str = "") -> StorageError:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    detail = scrub(detail, raw_url)
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        return StorageError(code="db_locked", url=url)
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(code="db_read_only", url=url)
    if "disk" in lowered and "full" in lowered:
        return StorageError(code="db_disk_full", url=url)
    if "connection" in lowered and ("failed" in lowered or "refused" in lowered or "timeout" in lowered):
        # A shared database that does not answer: say what to check (the URL shown never holds the password).
        return StorageError(code="db_unreachable", url=url, detail=detail)
    return StorageError(code="db_error", url=url, detail=detail)


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


def _check_sqlite_file(path: Path, uri: str | None = None) -> Part | None:
    """None when the file is a healthy SQLite database, else what is wrong with it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        return Part("not_sqlite")
    try:
        connection = sqlite3.connect(uri or f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower():
            return None  # busy, not broken: the normal open reports it
        return Part("unreadable", {"detail": str(exc)})
    if rows != [("ok",)]:
        return Part("integrity")
    return None


def _move_aside(path: Path, reason: Part, now: datetime) -> OpenNotice:
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
    params: dict[str, object] = {"path": str(path), "problem": reason, "target": str(target)}
    return OpenNotice(message("db_moved_aside", **params), target, "db_moved_aside", params)


_SECRET_PARAMETER = re.compile(
    r"([?&;][^=&;#]*(?:password|passwd|pwd|pass|secret|token|key|auth|credential)[^=&;#]*=)([^&;#]*)", re.IGNORECASE
)


def _secrets(url: str) -> list[str]:
    """The password and secret parameter values written in `url`, raw and percent-decoded."""
    found: list[str] = []
    _scheme, separator, rest = url.partition("://")
    if separator and "@" in rest and not rest.startswith("/"):
        userinfo = rest[: rest.rfind("@")]
        if ":" in userinfo:
            password = userinfo.split(":", 1)[1]
            # A parser that splits at the wrong '@', '/', '#' or '?' quotes the pieces (as a host name...).
            found += [password, *(piece for piece in re.split(r"[@/#?:]", password) if len(piece) >= 3)]
    found += [match.group(2) for match in _SECRET_PARAMETER.finditer(url)]
    found += [unquote(secret) for secret in found]
    return sorted({secret for secret in found if secret}, key=len, reverse=True)


def scrub(text: str, url: str) -> str:
    """`text` (an error from a driver) without any secret that `url` holds."""
    for secret in _secrets(url):
        text = text.replace(secret, "***")
    return text


def redact(url: str) -> str:
    """The URL as it may be shown: never a password, whether in the user-info part (even one holding raw
    '@', '/', ':' or '#' characters, which a URL parser splits in the wrong place) or in a query parameter
    such as ?password=."""
    text = str(url)
    scheme, separator, rest = text.partition("://")
    if separator and "@" in rest and not rest.startswith("/"):  # sqlite:///path has no user-info part
        # Everything between the user name and the last '@' may belong to the password.
        userinfo, host = rest[: rest.rfind("@")], rest[rest.rfind("@") + 1 :]
        user, has_password, _password = userinfo.partition(":")
        if any(c in user for c in "/?#"):
            user, has_password = "***", ""  # no plain user name: show none of it
        text = f"{scheme}://{user}{':***' if has_password else ''}@{host}"
    return _SECRET_PARAMETER.sub(r"\1***", text)


class NeedsWriteError(StorageError):
    """A read-only open is not possible (no file yet, a migration or a repair is due): open normally."""


def _probe_uri(path: Path) -> str | None:
    """How to look inside a file before opening it for real. Read-write when we may write it: a read-only
    connection to a WAL database leaves -wal and -shm files behind, which a refused file must not get."""
    try:
        writable = path.is_file() and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        return f"{path.resolve().as_uri()}?mode=rw" if writable else None
    except (OSError, ValueError):
        return None


def _foreign_tables(path: Path, uri: str | None = None) -> list[str]:
    """Tables and views in an existing SQLite file that are not Simulacro's; [] for a Simulacro database
    (one with Alembic's version table and Simulacro tables, of any revision) or an empty one."""
    from simulator.storage.models import Base

    connection = sqlite3.connect(uri or f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        rows = connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        connection.close()
    names = {str(name) for (name,) in rows}
    ours = set(Base.metadata.tables) | {"alembic_version"}
    if "alembic_version" in names and names & set(Base.metadata.tables):
        return []  # Simulacro's, perhaps from a newer version: upgrade() decides
    return sorted(names - ours)


DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def open_store(url: str, *, durable: bool = True, migrate: bool = True, read_only: bool = False) -> Store:
    """Open (creating if needed) and migrate the database at `url`; raise StorageError with a clear message.
    read_only: open an existing, current SQLite database without changing anything (NeedsWriteError
    when that is not possible)."""
    if read_only:
        return _open_read_only(url)
    notices: list[OpenNotice] = []
    try:
        sqlite_file = _sqlite_path(url)
    except (ArgumentError, ValueError) as exc:
        raise StorageError(code="db_not_url", url=repr(redact(url))) from exc
    if sqlite_file is not None:
        for parent in sqlite_file.parents:
            if parent.exists() and not parent.is_dir():
                raise StorageError(code="db_parent_file", path=str(sqlite_file), parent=str(parent))
        try:
            sqlite_file.parent.mkdir(parents=True, exist_ok=True)
            probe = _probe_uri(sqlite_file)
            problem = _check_sqlite_file(sqlite_file, probe)
            foreign = _foreign_tables(sqlite_file, probe) if problem is None and sqlite_file.exists() else []
            if foreign:
                shown = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
                raise StorageError(code="db_foreign", path=str(sqlite_file), tables=shown)
            if problem is not None:
                if sqlite_file.suffix.lower() not in DATABASE_SUFFIXES:
                    # Probably a typo naming someone's document: refuse rather than move it aside.
                    raise StorageError(code="db_not_ours", path=str(sqlite_file), problem=problem)
                notices.append(_move_aside(sqlite_file, problem, datetime.now()))
            if not sqlite_file.exists():
                sqlite_file.touch(mode=0o600)
        except PermissionError as exc:
            raise StorageError(code="db_permission", path=str(sqlite_file), reason=os_reason(exc)) from exc
        except OSError as exc:
            raise StorageError(code="db_cannot_open", path=str(sqlite_file), reason=os_reason(exc)) from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", SAWarning)  # e.g. unknown URL options: a user error, not a warning
            if sqlite_file is not None:
                engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
                event.listen(engine, "connect", _sqlite_pragmas(durable))
                event.listen(engine, "begin", _begin)
            elif make_url(url).get_backend_name() == "postgresql":
                # The start-up check must not hang on a server that does not answer: give up after 10 s.
                engine = create_engine(url, connect_args={"connect_timeout": 10})
                ping_when_idle(engine)
            else:
                engine = create_engine(url)
                ping_when_idle(engine)
    except ImportError as exc:
        raise StorageError(code="db_no_driver", url=repr(redact(url)), driver=str(exc.name or exc)) from exc
    except (SQLAlchemyError, SAWarning, ValueError, TypeError) as exc:
        detail = scrub(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, url)
        raise StorageError(code="db_bad_url", url=repr(redact(url)), detail=detail) from exc
    store = Store(engine, tuple(notices))
    if migrate:
        try:
            upgrade(store)
        except NewerDatabaseError:
            engine.dispose()
            raise
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise _storage_error(exc, store.url, url) from exc
    return store


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


_head_in_files = head_in_files  # the name the start-up test knows


def _stored_revision(store: Store) -> str | None:
    """The database's revision by plain SQL; None when there is no version table yet."""
    try:
        with store.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except (DatabaseError, OperationalError):
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(store: Store, target: str = "head") -> None:
    """Bring the schema to `target`; refuse a database from a newer Simulacro."""
    if target == "head" and (stored := _stored_revision(store)) is not None and stored == _head_in_files():
        return  # already at head: the usual start-up, without loading Alembic
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    scripts = ScriptDirectory.from_config(_alembic_config())
    head = scripts.get_current_head()
    with store.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current is not None:
        try:
            scripts.get_revision(current)
        except (CommandError, RevisionError) as exc:  # what alembic raises for a revision it does not know
            raise NewerDatabaseError(code="db_newer", url=store.url, revision=current) from exc
    if current == head and target == "head":
        return
    with store.engine.begin() as connection:
        command.upgrade(_alembic_config(connection), target)


def _open_read_only(url: str) -> Store:
    """An existing SQLite database at the current schema, opened so that nothing (not even the journal mode)
    is written: commands that only read work in a read-only data folder and leave the file as it was."""
    try:
        path = _sqlite_path(url)
    except (ArgumentError, ValueError) as exc:
        raise NeedsWriteError(str(exc)) from exc
    try:
        if path is None or not path.is_file() or path.stat().st_size == 0:
            raise NeedsWriteError("no database file to read")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if not os.access(path.parent, os.W_OK) and not path.with_name(path.name + "-shm").exists():
            # A WAL database cannot be read without its shared-memory file, which cannot be created here;
            # nobody can be writing it either, so it is read as an immutable file.
            uri += "&immutable=1"
        if _check_sqlite_file(path, uri) is not None or _foreign_tables(path, uri):
            raise NeedsWriteError("a damaged or foreign file")  # the normal open says what is wrong
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise NeedsWriteError(str(exc)) from exc

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
        connection.execute("PRAGMA busy_timeout=5000")
        connection.isolation_level = None
        return connection

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "begin", _begin)
    store = Store(engine, shown_url=redact(url))
    try:
        current = current_revision(store)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise NeedsWriteError(str(exc)) from exc
    if current != head_revision():
        engine.dispose()
        raise NeedsWriteError("the schema needs an upgrade")
    return store
