"""Smaller holes: a read-only data folder (log, read-only commands), credentials in printed database URLs,
undecodable and control characters in arguments and PDF metadata, and another application's SQLite file."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import main
from simulator.report_data import build_report_data
from simulator.report_pdf import ReportError, render_report
from simulator.storage.db import Store, open_store, redact, scrub
from tests.test_report import sit

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534


def _digest(folder: Path) -> dict[str, tuple[str, float]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder under /tmp that the unprivileged user can reach (pytest's tmp_path is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="simulacro-ro-", dir="/tmp"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for path in [base, *base.rglob("*")]:
            with contextlib.suppress(OSError):
                path.chmod(0o777 if path.is_dir() else 0o666)
        shutil.rmtree(base, ignore_errors=True)


def unprivileged(call: Callable[[], int], timeout: float = 120) -> tuple[int, str]:
    """Run `call` in a forked child that drops root's privileges (CI runs as root, and root may write a
    read-only folder); returns its exit code and output. Everything the call imports must already be
    imported: the interpreter's own files may be unreadable to the unprivileged user."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 98
        try:
            os.close(read_end)
            stream = os.fdopen(write_end, "w", buffering=1, encoding="utf-8", errors="backslashreplace")
            sys.stdout = sys.stderr = stream
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            code = call()
        except BaseException:
            traceback.print_exc()
            code = 99
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            os._exit(code)
    os.close(write_end)
    chunks = []
    deadline = time.monotonic() + timeout
    with os.fdopen(read_end, "rb") as reader:
        while chunk := reader.read(65536):
            chunks.append(chunk)
            if time.monotonic() > deadline:
                break
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def finished_data(capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    """A shared data folder holding a database with two finished demo attempts (and everything the
    commands need already imported, by running them once)."""
    with shared_folder() as base:
        data = base / "data"
        environment = {**os.environ, "PYTHONPATH": str(REPO)}
        demo = [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "demo", "--attempts", "2"]
        subprocess.run(demo, check=True, capture_output=True, env=environment, timeout=300)  # closes cleanly
        warm = base / "warm"
        shutil.copytree(data, warm)
        assert main.main(["--data-dir", str(warm), "history"]) == 0
        assert main.main(["--data-dir", str(warm), "report", "1", "-o", str(base / "warm.pdf")]) == 0
        capsys.readouterr()
        assert sorted(p.name for p in data.iterdir()) == ["simulacro.sqlite3"]
        yield data


def test_read_only_commands_leave_the_database_untouched(
    finished_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(finished_data)
    assert main.main(["--data-dir", str(finished_data), "history"]) == 0
    assert main.main(["--data-dir", str(finished_data), "history", "--json"]) == 0
    assert main.main(["--data-dir", str(finished_data), "report", "2", "-o", str(finished_data.parent / "r.pdf")]) == 0
    after = {name: value for name, value in _digest(finished_data).items() if not name.endswith(("-wal", "-shm"))}
    assert after == before
    assert "#2" in capsys.readouterr().out


def test_a_read_only_data_folder_works_for_reading_commands_and_the_log(finished_data: Path) -> None:
    from ui.app import start_logging

    out = finished_data.parent / "out"
    out.mkdir()
    out.chmod(0o777)
    for path in finished_data.iterdir():
        path.chmod(0o444)
    finished_data.chmod(0o555)
    before = _digest(finished_data)

    def history() -> int:
        return main.main(["--data-dir", str(finished_data), "history"])

    def report() -> int:
        return main.main(["--data-dir", str(finished_data), "report", "1", "-o", str(out / "r.pdf")])

    def log() -> int:
        root = logging.getLogger()
        for handler in list(root.handlers):
            root.removeHandler(handler)
        start_logging(finished_data)
        logging.getLogger("simulacro").warning("still running")
        return 0

    code, output = unprivileged(history)
    assert code == 0 and "#1" in output and "#2" in output and "Traceback" not in output, output
    code, output = unprivileged(report)
    assert code == 0 and "Report written to" in output, output
    assert (out / "r.pdf").read_bytes()[:4] == b"%PDF"
    code, output = unprivileged(log)
    assert code == 0 and "logging to stderr" in output and "still running" in output, output
    assert _digest(finished_data) == before
    code, output = unprivileged(lambda: main.main(["--data-dir", str(finished_data), "demo", "--attempts", "1"]))
    assert code == 1 and "Traceback" not in output and output.count("\n") <= 2, output  # a write: one clear error


def test_an_unwritable_log_file_falls_back_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ui.app import start_logging

    (tmp_path / "simulacro.log").mkdir()  # cannot be opened as a file, even by root
    root = logging.getLogger()
    saved = list(root.handlers)
    for handler in saved:
        root.removeHandler(handler)
    try:
        start_logging(tmp_path)
        assert any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
                   for h in root.handlers)  # fmt: skip
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved:
            root.addHandler(handler)
    assert "logging to stderr" in capsys.readouterr().err


SECRET = "s3cr3t"
URLS = [
    f"postgresql://simulacro:{SECRET}@localhost/x",
    f"postgresql+psycopg://simulacro:{SECRET}@db.example:5432/x",
    f"postgresql://simulacro:p@{SECRET}@localhost/x",
    f"postgresql://simulacro:{SECRET}@@@localhost/x",
    f"postgresql://simulacro:a/{SECRET}@localhost/x",
    f"postgresql://simulacro:a#{SECRET}@localhost/x",
    f"postgresql://simulacro:a?{SECRET}@localhost/x",
    f"postgresql://simulacro:a:{SECRET}@localhost/x",
    f"postgresql://simulacro:{SECRET}%40x@localhost/x",
    f"postgresql://simulacro:{SECRET}@[::1]:5432/x",
    f"postgresql://localhost/x?user=simulacro&password={SECRET}",
    f"postgresql://localhost/x?password={SECRET}&sslmode=require",
    f"postgresql://localhost/x?PASSWORD={SECRET}",
    f"postgresql://localhost/x?sslpassword={SECRET}",
    f"postgresql:///x?host=/run/postgresql&password={SECRET}",
    f"mysql+nosuchdriver://simulacro:{SECRET}@localhost/x",
    f"mysql://localhost/x?passwd={SECRET}",
    f"sqlite:///x.db?password={SECRET}",
    f"notaurl://simulacro:{SECRET}@",
    f"://simulacro:{SECRET}@localhost",
]


@pytest.mark.parametrize("url", URLS)
def test_no_credential_is_printed(
    url: str, capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(data_dir)  # a relative SQLite path (sqlite:///x.db) must not land in the repository
    assert SECRET not in redact(url)
    assert SECRET not in scrub(f"failed for {url}", url)
    code = main.main(["--db", url, "history"])
    captured = capsys.readouterr()
    assert code == 1 and SECRET not in captured.out + captured.err, captured.err
    assert "Traceback" not in captured.err


def test_undecodable_and_control_characters_in_arguments(tmp_path: Path) -> None:
    """Real argv bytes, as a shell passes them: a name that is not UTF-8, or a file name with a newline."""
    environment = {**os.environ, "PYTHONPATH": str(REPO), "SIMULACRO_DATA_DIR": str(tmp_path / "data")}
    cases: list[tuple[list[bytes], str]] = [
        ([b"--name", b"Jos\xe9 \xff"], "--name: must be UTF-8 text without control characters"),
        ([b"--name", b"Ana\nAuthor: forged"], "--name: must be UTF-8 text without control characters"),
        ([b"--name", b"Ana\x1b[31m"], "--name: must be UTF-8 text without control characters"),
    ]
    command = [sys.executable.encode(), str(REPO / "main.py").encode(), b"report", b"1"]
    for extra, needle in cases:
        argv = [*command, b"-o", str(tmp_path / "r.pdf").encode(), *extra]
        result = subprocess.run(argv, capture_output=True, env=environment, timeout=120)
        error = result.stderr.decode("utf-8", "backslashreplace")
        assert result.returncode == 2 and needle in error and "Traceback" not in error, error
    for name in (b"r\n.pdf", b"r\r.pdf", b"r\x1b.pdf", b"r\xff.pdf"):
        argv = [*command, b"-o", str(tmp_path).encode() + b"/" + name]
        result = subprocess.run(argv, capture_output=True, env=environment, timeout=120)
        error = result.stderr.decode("utf-8", "backslashreplace")
        assert result.returncode == 2 and "control characters" in error and "Traceback" not in error, error
    assert not list(tmp_path.glob("r*"))


@pytest.mark.parametrize("name", ["Ana\nAuthor: x", "Ana\r", "\x00", "Ana\x1b[2J", "Ana\x7f", "Ana\udcff"])
def test_control_characters_never_reach_pdf_metadata(shipped_store: Store, tmp_path: Path, name: str) -> None:
    session = sit(shipped_store)
    data = build_report_data(shipped_store, session.attempt_id, candidate=name)
    with pytest.raises(ReportError, match="control characters"):
        render_report(data, tmp_path / "r.pdf")
    assert list(tmp_path.glob("*.pdf")) == []


def _foreign_file(path: Path, wal: bool, tables: list[str]) -> None:
    connection = sqlite3.connect(path)
    if wal:
        connection.execute("PRAGMA journal_mode=WAL")
    for table in tables:
        connection.execute(f'CREATE TABLE "{table}" (id INTEGER PRIMARY KEY, body TEXT)')
        connection.execute(f'INSERT INTO "{table}" (body) VALUES (?)', ("someone else's data",))
    connection.commit()
    connection.close()


def _journal_mode(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])


FOREIGN = [
    ["notes"],
    ["users", "orders", "invoices", "products", "payments", "sessions"],
    ["alembic_version", "notes"],  # another Alembic application
    ["attempts_backup"],
    ["moz_places", "moz_bookmarks"],  # a browser's history
]


@pytest.mark.parametrize("suffix", [".sqlite3", ".db", ".data"])
@pytest.mark.parametrize("wal", [False, True])
@pytest.mark.parametrize("tables", FOREIGN, ids=lambda t: "+".join(t))
def test_another_applications_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, wal: bool, tables: list[str]
) -> None:
    path = tmp_path / f"other{suffix}"
    _foreign_file(path, wal, tables)
    mode = _journal_mode(path)
    before = _digest(tmp_path)
    for command in (["history"], ["bank", "stats"], ["demo", "--attempts", "1"]):
        code = main.main(["--db", f"sqlite:///{path}", *command])
        error = capsys.readouterr().err
        assert code == 1 and "belongs to another application" in error and "Traceback" not in error, error
    assert _digest(tmp_path) == before  # no new tables, no WAL switch, no -wal or -shm file, no move aside
    assert _journal_mode(path) == mode
    with pytest.raises(Exception, match="belongs to another application"):
        open_store(f"sqlite:///{path}")


def test_simulacros_own_database_is_not_foreign(shipped_template: Path, tmp_path: Path) -> None:
    copy = tmp_path / "mine.sqlite3"
    shutil.copyfile(shipped_template, copy)
    open_store(f"sqlite:///{copy}").close()
    assert stat.S_ISREG(copy.stat().st_mode)
