"""Output files (the PDF report, the question-reports CSV): formula cells neutralised, only a new name or a
regular file is written, atomically, and temporaries left by a killed export are cleaned up."""

from __future__ import annotations

import csv
import os
import socket
import stat
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from simulator.errors import OutputError
from simulator.output_files import STALE_PART_S, clean_stale_parts, write_atomically
from simulator.report_data import build_report_data
from simulator.report_pdf import render_report
from simulator.review_tools import csv_cell, export_reports_csv
from simulator.storage.db import Store
from simulator.storage.review import add_item_report
from tests.test_report import sit

# OWASP's CSV injection starters, in the ways a spreadsheet would run them.
FORMULAS = [
    "=1+1", "=HYPERLINK(\"https://evil.example\",\"clic\")", "=cmd|' /C calc'!A0", "+1", "+cmd|' /C calc'!A0",
    "-1", "-2+3", "@SUM(A1:A9)", "@", "=", "+", "-", "\t=1+1", "\t", "\r=1+1", "\r", "=\n1", "-\u202e1",
]  # fmt: skip
PLAIN = ["1", "texto", "a=b", "1+1", "email@example.com", " leading space", "'=ya citado", "", "ñ=1", "＝1"]


def test_every_formula_starter_is_neutralised_and_other_text_kept() -> None:
    for value in FORMULAS:
        assert csv_cell(value) == "'" + value
    for value in PLAIN:
        assert csv_cell(value) == value
    assert csv_cell(None) == "" and csv_cell(-5) == "'-5" and csv_cell(7) == "7"


def _reports(store: Store) -> int:
    session = sit(store)
    for number, note in enumerate(FORMULAS + PLAIN):
        if note.strip():
            add_item_report(store, session.attempt_id, number % session.count, note, datetime(2026, 6, 1))
    return session.attempt_id


def test_the_export_has_no_live_formula(shipped_store: Store, tmp_path: Path) -> None:
    _reports(shipped_store)
    target = tmp_path / "reportes.csv"
    count = export_reports_csv(shipped_store, target)
    assert count > len(PLAIN)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == count + 1
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    notes = {row[5] for row in rows[1:]}
    assert "'=1+1" in notes and "'@SUM(A1:A9)" in notes and "a=b" in notes
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def _not_regular_targets(tmp_path: Path) -> dict[str, Path]:
    """Every kind of existing name that is not a regular file."""
    places = tmp_path / "targets"
    places.mkdir()
    victim = places / "victim.txt"
    victim.write_text("keep me")
    made = {
        "symlink to a file": places / "to-file",
        "symlink to /dev/null": places / "to-devnull",
        "dangling symlink": places / "dangling",
        "symlink to a folder": places / "to-folder",
        "fifo": places / "pipe",
        "socket": places / "socket",
    }
    made["symlink to a file"].symlink_to(victim)
    made["symlink to /dev/null"].symlink_to("/dev/null")
    made["dangling symlink"].symlink_to(places / "nowhere")
    made["symlink to a folder"].symlink_to(places)
    os.mkfifo(made["fifo"])
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(made["socket"]))
    server.close()
    if os.geteuid() == 0:  # a device node like /dev/null, made in the test folder (only root may)
        made["character device"] = places / "null"
        os.mknod(made["character device"], stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return made


def _snapshot(path: Path) -> tuple[int, str]:
    info = path.lstat()
    return info.st_mode, os.readlink(path) if path.is_symlink() else ""


WRITERS: dict[str, Callable[[Store, int, Path], object]] = {
    "pdf": lambda store, attempt, target: render_report(build_report_data(store, attempt), target),
    "csv": lambda store, attempt, target: export_reports_csv(store, target),
}


@pytest.mark.parametrize("kind", ["pdf", "csv"])
def test_a_target_that_is_not_a_regular_file_is_refused_untouched(
    shipped_store: Store, tmp_path: Path, kind: str
) -> None:
    attempt = _reports(shipped_store)
    targets = _not_regular_targets(tmp_path)
    targets["folder"] = tmp_path / "targets"
    for name, target in targets.items():
        before = _snapshot(target)
        with pytest.raises(OutputError) as raised:
            WRITERS[kind](shipped_store, attempt, target)
        message = str(raised.value)
        assert str(target) in message and "\n" not in message, (name, message)
        assert _snapshot(target) == before, name
    assert (tmp_path / "targets" / "victim.txt").read_text() == "keep me"
    assert not [p for p in (tmp_path / "targets").iterdir() if p.name.endswith(".part")]
    # A regular file is replaced whole.
    regular = tmp_path / f"out.{kind}"
    regular.write_text("old")
    WRITERS[kind](shipped_store, attempt, regular)
    assert regular.read_bytes()[:4] in (b"%PDF", b"\xef\xbb\xbfc")


@pytest.mark.parametrize("name", ["r\n.pdf", "r\r.pdf", "r\x00x.pdf", "r\x1b[31m.pdf", "r\x7f.pdf", "r\udcff.pdf"])
def test_control_characters_in_the_file_name_are_refused(shipped_store: Store, tmp_path: Path, name: str) -> None:
    attempt = _reports(shipped_store)
    folder = tmp_path / "out"
    folder.mkdir()
    for writer in WRITERS.values():
        with pytest.raises(OutputError, match="control characters"):
            writer(shipped_store, attempt, folder / name)
    assert list(folder.iterdir()) == []


def test_an_interrupted_write_leaves_nothing_and_stale_temporaries_are_cleaned(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "r.pdf"
    target.write_bytes(b"previous")

    def killed(handle: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, killed, what="the report", extension=".pdf")
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]
    # What a killed process (no cleanup at all) leaves behind: hidden temporaries of several exports.
    old = time.time() - STALE_PART_S - 60
    stale = [tmp_path / ".r.pdf.k2j4h5g6.part", tmp_path / ".reportes.csv.abc_1234.part"]
    fresh = tmp_path / ".r.pdf.zzzzzzzz.part"  # maybe another export running right now: kept
    unrelated = [tmp_path / ".config.part", tmp_path / "notes.part", tmp_path / ".r.pdf.k2j4h5g6.partial"]
    for path in [*stale, fresh, *unrelated]:
        path.write_bytes(b"x")
    for path in [*stale, *unrelated]:
        os.utime(path, (old, old))
    write_atomically(target, lambda handle: handle.write(b"%PDF new"), what="the report", extension=".pdf")
    assert target.read_bytes() == b"%PDF new"
    left = {p.name for p in tmp_path.iterdir()}
    assert not any(p.name in left for p in stale)
    assert fresh.name in left and all(p.name in left for p in unrelated)
    assert clean_stale_parts(tmp_path / "missing") == 0
