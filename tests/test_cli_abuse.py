"""The command line under abuse: missing, wrong and extreme arguments for every subcommand.

Every case: no traceback; a usage error exits 2 with one line; a failure exits 1 with one clear message.
Cases that currently break that promise are marked xfail(strict=True) with the bug in the reason, so the
suite stays green until the bug is fixed and then insists the mark is removed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import main
from question_bank.importer import sync_shipped_bank
from simulator.assembly import FullSpec, plan_full
from simulator.clock import FakeClock
from simulator.demo import DemoSettings, run_demo
from simulator.review_tools import bank_index
from simulator.session import ExamSession
from simulator.storage.db import open_store
from tests.privileges import run_main_obeying_modes
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_items, write_bank

REPO = Path(__file__).resolve().parent.parent
LONG = "1" * 5000  # past Python's 4300-digit limit for int()
RTL = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
UNICODE_NAME = f"🙂{RTL}مجلد-קובץ-ñ"


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]
    code: int
    needle: str = ""  # must appear on stderr (on stdout when the exit code is 0)
    lines: int = 1  # stderr lines expected when the exit code is 1 (usage errors always have exactly one)
    attempts: bool = False  # needs make_attempts(): submitted attempt #1, unfinished attempt #2


def case(*argv: str, code: int, needle: str = "", lines: int = 1, attempts: bool = False, bug: str = "") -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=f"bug: {bug}")] if bug else []
    ident = " ".join(a if len(a) < 40 else a[:12] + "…" for a in argv) or "(nothing)"
    return pytest.param(Case(argv, code, needle, lines, attempts), id=ident, marks=marks)


CASES = [
    # ----- bank validate ----------------------------------------------------------------------------
    case("bank", "validate", code=2, needle="the following arguments are required: PATH"),
    case("bank", "validate", "{missing}", code=1, needle="no such file or folder", lines=2),
    case("bank", "validate", "{file}", code=1, needle="a bank file is a mapping", lines=2),
    case("bank", "validate", "/dev/null", code=1, needle="not a regular file or folder", lines=2),
    case("bank", "validate", "/proc/self/mem", code=1, needle="cannot read file", lines=2),  # unreadable, even as root
    case("bank", "validate", "{unicode}", code=1, needle=f"{UNICODE_NAME}:0: -: no such file or folder", lines=2),
    case("bank", "validate", "{folder}", "{missing}", "{file}", code=1, needle="2 error(s)", lines=3),
    case("bank", "validate", "{folder}", code=1, needle="No bank files (*.yaml) found"),
    case("bank", "validate", "", code=2, needle="an empty path names nothing"),
    case("bank", "validate", "--bogus", "{folder}", code=2, needle="unrecognized arguments: --bogus"),
    # ----- bank import ------------------------------------------------------------------------------
    case("bank", "import", code=2, needle="the following arguments are required: PATH"),
    case("bank", "import", "{missing}", code=1, needle="nothing was imported", lines=2),
    case("bank", "import", "{file}", code=1, needle="nothing was imported", lines=2),
    case("bank", "import", "/dev/null", code=1, needle="not a regular file or folder", lines=2),
    case("bank", "import", "", code=2, needle="an empty path names nothing"),
    case("bank", "import", "{folder}", code=1, needle="No bank files (*.yaml) found"),
    case("bank", "import", "{pack}", "--name", "", code=1, needle="cannot name a pack", lines=2),
    case("bank", "import", "{pack}", "--name", f"{RTL}x", code=1, needle="cannot name a pack", lines=2),
    case("bank", "import", "{pack}", "--name", "a/b", code=1, needle="cannot name a pack", lines=2),
    case("bank", "import", "{pack}", "--name", "class-2b", code=0, needle="Imported as pack 'class-2b'"),
    case("bank", "import", "{pack}", code=0, needle="Imported as pack 'other-exam'"),
    case("bank", "import", "{takeover}", code=1, needle="would change the blueprint of exam 'aif-c01'", lines=2),
    case("bank", "import", "{missing}", "--name", "N" * 200, code=2, needle="at most 120 characters"),
    # ----- packs ------------------------------------------------------------------------------------
    case("bank", "packs", code=0, needle="No packs imported."),
    case("bank", "packs", "extra", code=2, needle="unrecognized arguments: extra"),
    case("bank", "remove", code=2, needle="the following arguments are required: PACK"),
    case("bank", "remove", "nope", code=1, needle="There is no pack 'nope'"),
    case("bank", "remove", "", code=1, needle="There is no pack ''"),
    # A newline in a pack name is refused as a usage error before any pack is looked up; a right-to-left
    # override alone is shown escaped.
    case("bank", "remove", f"{RTL}🙂\nx", code=2, needle="must be UTF-8 text without control characters"),
    case("bank", "remove", f"{RTL}🙂x", code=1, needle="There is no pack '\\u202e"),
    case("bank", "remove", "9" * 100, code=1, needle="There is no pack '9999"),
    case("bank", "remove", "N" * 200, code=2, needle="at most 120 characters"),
    # ----- classroom ----------------------------------------------------------------------------------
    case("--candidate", "x\ny", "history", code=2, needle="without control characters"),
    case("--candidate", "nadie", "history", code=1, needle="There is no candidate named 'nadie'"),
    case("stats", "items", "--csv", "{folder}", code=1, needle="is a folder"),
    case("stats", "items", "--json", "--exam", f"{RTL}🙂", code=1, needle="There is no exam"),
    case("report", "-o", "{tmp}/x.pdf", code=2, needle="ATTEMPT_ID or --cohort"),
    case("report", "1", "--cohort", "-o", "{tmp}/x.pdf", code=2, needle="ATTEMPT_ID or --cohort"),
    case("report", "--cohort", "-o", "{missing}/c.pdf", code=1, needle="does not exist"),
    # ----- --exam -----------------------------------------------------------------------------------
    case("exam", "plan", "--mode", "full", "--exam", "nope", code=1, needle="There is no exam 'nope'"),
    case("exam", "plan", "--mode", "full", "--exam", "", code=1, needle="There is no exam ''"),
    case("exam", "plan", "--mode", "full", "--exam", "aif-c01", "--seed", "1", code=0, needle="seed 1: 65 items"),
    case("demo", "--attempts", "1", "--exam", f"{RTL}🙂", code=1, needle="There is no exam"),
    case("history", "--json", "--exam", "nope", code=1, needle="There is no exam 'nope'"),
    case("history", "--exam", "E" * 200, code=2, needle="at most 120 characters"),
    # ----- bank stats and the global options ---------------------------------------------------------
    case("bank", "stats", "extra", code=2, needle="unrecognized arguments: extra"),
    case("bank", "🙂", code=2, needle="invalid choice: '🙂'"),
    case("bank", "stats", "--json", code=0, needle='"aif-c01"'),
    case("--db", "notaurl", "bank", "stats", code=1, needle="Cannot use the database URL"),
    case("--db", "🙂://x", "history", code=1, needle="Cannot use the database URL"),
    case("--db", "http://example.com/x", "history", code=1, needle="Cannot use the database URL"),
    case("--db", "sqlite:///{tmp}/x.db?timeout=abc", "history", code=1, needle="Cannot use the database URL"),
    case(
        "--db",
        "mysql+nosuchdriver://simulacro:s3cr3t@localhost/x",
        "history",
        code=1,
        needle="Cannot use the database URL 'mysql+nosuchdriver://simulacro:***@localhost/x'",
    ),
    case("--db", "sqlite:///{folder}", "history", code=1, needle="Is a directory"),
    case("--db", "sqlite:////", "history", code=1, needle="Cannot open the database /: Is a directory"),
    case("--db", "sqlite:///{tmp}/" + "x" * 5000, "history", code=1, needle="File name too long"),
    case(
        "--db",
        "sqlite:///{file}/x.db",
        "history",
        code=1,
        needle="is a file, not a folder",
    ),
    case("--db", "sqlite:///{unicode}.db", "history", code=0, needle="No attempts yet."),
    case("--db", "", "history", code=0, needle="No attempts yet."),  # empty means the default database
    case("--data-dir", "{file}", "history", code=1, needle="Cannot use the data folder"),
    case("--data-dir", "{file}/sub", "history", code=1, needle="Cannot use the data folder"),
    case("--data-dir", "/proc/simulacro", "history", code=1, needle="Cannot use the data folder"),
    case("--data-dir", "{unicode}", "history", code=0, needle="No attempts yet."),
    case("--data-dir", "", "history", code=0, needle="No attempts yet."),
    case("--lang", "🙂", "history", code=2, needle="invalid choice: '🙂'"),
    case("--lang", code=2, needle="expected one argument"),
    # ----- exam plan --------------------------------------------------------------------------------
    case("exam", code=2, needle="the following arguments are required: ACTION"),
    case("exam", "plan", "--mode", "", code=2, needle="invalid choice: ''"),
    case("exam", "plan", "--mode", "practice", "--count", "-5", code=2, needle="must be between 1 and 200"),
    case("exam", "plan", "--mode", "practice", "--count", "201", code=2, needle="must be between 1 and 200"),
    case("exam", "plan", "--mode", "practice", "--count", "1e3", code=2, needle="invalid number value"),
    case("exam", "plan", "--mode", "practice", "--count", "", code=2, needle="invalid number value"),
    case("exam", "plan", "--mode", "practice", "--count", LONG, code=2, needle="invalid number value"),
    case("exam", "plan", "--mode", "practice", "--count", "9" * 30, code=2, needle="must be between 1 and 200"),
    case("exam", "plan", "--mode", "practice", "--count", "200", code=1, needle="fewer than the 200 asked for"),
    case("exam", "plan", "--mode", "practice", "--count", "٣", code=0, needle="3 items"),  # Arabic-Indic three
    case("exam", "plan", "--mode", "practice", "--tasks", "99", code=2, needle="unknown task statement or domain '99'"),
    case("exam", "plan", "--mode", "practice", "--tasks", "0", code=2, needle="unknown task statement or domain '0'"),
    case("exam", "plan", "--mode", "practice", "--tasks", "-1", code=2, needle="unknown task statement or domain '-1'"),
    case("exam", "plan", "--mode", "practice", "--tasks", "1.1.1", code=2, needle="unknown task statement"),
    case("exam", "plan", "--mode", "practice", "--tasks", "🙂", code=2, needle="unknown task statement or domain '🙂'"),
    case("exam", "plan", "--mode", "practice", "--tasks", f"{RTL}1.1", code=2, needle="unknown task statement"),
    case("exam", "plan", "--mode", "practice", "--tasks", "1.1, 1.1 ,1", "--count", "3", code=0, needle="3 items"),
    case(
        "exam",
        "plan",
        "--mode",
        "practice",
        "--tasks",
        ",,,",
        code=2,
        needle="--tasks names no task statement or domain",
    ),
    case(
        "exam",
        "plan",
        "--mode",
        "practice",
        "--tasks",
        "²",
        code=2,
        needle="unknown task statement or domain '²'",
    ),
    case(
        "exam",
        "plan",
        "--mode",
        "practice",
        "--tasks",
        LONG,
        code=2,
        needle="unknown task statement or domain '1111111111111111111…'",
    ),
    case("exam", "plan", "--mode", "practice", "--case-studies", "6", code=2, needle="invalid choice: 6"),
    case("exam", "plan", "--mode", "practice", "--case-studies", "-1", code=2, needle="invalid choice: -1"),
    case("exam", "plan", "--mode", "practice", "--case-studies", "5", code=1, needle="Only 0 case studies"),
    case("exam", "plan", "--mode", "full", "--seed", "2147483647", code=0, needle="seed 2147483647: 65 items"),
    case("exam", "plan", "--mode", "full", "--seed", "2147483648", code=2, needle="between 0 and 2147483647"),
    case("exam", "plan", "--mode", "full", "--seed", LONG, code=2, needle="argument --seed"),
    case(
        "exam",
        "plan",
        "--mode",
        "full",
        "--seed",
        "abc",
        code=2,
        needle="invalid seed value: 'abc'",
    ),
    case(
        "exam",
        "plan",
        "--mode",
        "full",
        "--accommodation",
        "--json",
        "--seed",
        "0",
        code=0,
        needle='"time_limit_s": 7200',
    ),
    # ----- demo -------------------------------------------------------------------------------------
    case("demo", "--attempts", "10001", code=2, needle="must be between 1 and 10000"),
    case("demo", "--attempts", "-3", code=2, needle="must be between 1 and 10000"),
    case("demo", "--attempts", "", code=2, needle="invalid number value"),
    case("demo", "--attempts", LONG, code=2, needle="invalid number value"),
    case("demo", "--attempts", "1", "--skill", "nan", code=2, needle="must be between 0.0 and 1.0"),
    case("demo", "--attempts", "1", "--skill", "inf", code=2, needle="must be between 0.0 and 1.0"),
    case("demo", "--attempts", "1", "--skill", "-0.1", code=2, needle="must be between 0.0 and 1.0"),
    case("demo", "--attempts", "1", "--skill", "1.0000001", code=2, needle="must be between 0.0 and 1.0"),
    case(
        "demo",
        "--attempts",
        "1",
        "--skill",
        "abc",
        code=2,
        needle="invalid skill value: 'abc'",
    ),
    case("demo", "--attempts", "1", "--mode", "🙂", code=2, needle="invalid choice: '🙂'"),
    case("demo", "--attempts", "1", "--skill", "0", code=0, needle="1 demo attempts stored (0 estimated passes)"),
    case("demo", "--attempts", "1", "--skill", "1", "--mode", "practice", code=0, needle="1 demo attempts stored"),
    # ----- history ----------------------------------------------------------------------------------
    case("history", "--json", "extra", code=2, needle="unrecognized arguments: extra"),
    case("history", "🙂", code=2, needle="unrecognized arguments: 🙂"),
    case("history", code=0, needle="in progress, 0/65 answered, 90 min left", attempts=True),
    # ----- report -----------------------------------------------------------------------------------
    case("report", code=2, needle="the following arguments are required: -o/--output"),
    case("report", "1", code=2, needle="the following arguments are required: -o/--output"),
    case("report", "0", "-o", "{tmp}/r.pdf", code=2, needle="must be between 1 and 2147483647"),
    case("report", "-1", "-o", "{tmp}/r.pdf", code=2, needle="must be between 1 and 2147483647"),
    case("report", "abc", "-o", "{tmp}/r.pdf", code=2, needle="invalid number value: 'abc'"),
    case("report", LONG, "-o", "{tmp}/r.pdf", code=2, needle="invalid number value"),
    case("report", "2147483648", "-o", "{tmp}/r.pdf", code=2, needle="must be between 1 and 2147483647"),
    case("report", "2147483647", "-o", "{tmp}/r.pdf", code=1, needle="There is no attempt with id 2147483647"),
    case("report", "1", "-o", "{tmp}/r.pdf", code=0, needle="Report written to", attempts=True),
    case("report", "2", "-o", "{tmp}/r.pdf", code=1, needle="is not finished yet", attempts=True),
    case("report", "1", "-o", "{folder}", code=1, needle="is a folder; name a .pdf file", attempts=True),
    case("report", "1", "-o", "{missing}/r.pdf", code=1, needle="does not exist", attempts=True),
    case("report", "1", "-o", "/proc/r.pdf", code=1, needle="Cannot write the report", attempts=True),
    case(
        "report",
        "1",
        "-o",
        "{unicode}.pdf",
        "--name",
        f"José 🙂 {RTL}שלום\u202c مرحبا",
        code=0,
        needle="Report written to",
        attempts=True,
    ),
    case(
        "report",
        "1",
        "-o",
        "",
        code=2,
        needle="an empty path names nothing",
        attempts=True,
    ),
    case(
        "report",
        "1",
        "-o",
        "{tmp}/long.pdf",
        "--name",
        "N" * 5000,
        code=2,
        needle="at most 120 characters",
        attempts=True,
    ),
]


@pytest.fixture(scope="module")
def bank_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A synthetic bank folder and a database already synced with it (copied into each test's data dir)."""
    root = tmp_path_factory.mktemp("abuse")
    bank = root / "bank"
    write_bank(bank, BLUEPRINT_PATH, list(synthetic_items(shipped_blueprint(), 12)))
    database = root / "template.sqlite3"
    store = open_store(f"sqlite:///{database}")
    outcome = sync_shipped_bank(store, bank)
    store.close()
    assert outcome.ok, outcome.errors
    return bank, database


@pytest.fixture
def places(
    bank_template: tuple[Path, Path], data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Start-up uses the synthetic bank and a synced database; the working folder is a scratch folder."""
    bank, template = bank_template
    monkeypatch.setenv("SIMULACRO_BANK_DIR", str(bank))
    shutil.copyfile(template, data_dir / "simulacro.sqlite3")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # an empty path means this folder, never the repository
    (work / "notes.txt").write_text("not a bank, not a database\n", encoding="utf-8")
    (work / "folder").mkdir()
    (work / "folder" / "readme.txt").write_text("no YAML here\n", encoding="utf-8")
    packs = Path(__file__).resolve().parent / "fixtures" / "packs"
    shutil.copytree(packs / "other-exam", work / "other-exam")
    shutil.copytree(packs / "takeover-blueprint", work / "takeover-blueprint")
    return {
        "pack": str(work / "other-exam"),
        "takeover": str(work / "takeover-blueprint"),
        "tmp": str(work),
        "file": str(work / "notes.txt"),
        "folder": str(work / "folder"),
        "missing": str(work / "missing"),
        "unicode": str(work / UNICODE_NAME),
    }


def make_attempts(data_dir: Path) -> None:
    """Attempt 1: a submitted (demo) full exam. Attempt 2: an unfinished full exam, nothing answered."""
    store = open_store(f"sqlite:///{data_dir / 'simulacro.sqlite3'}")
    try:
        run_demo(store, "aif-c01", DemoSettings(1, 0.7, 5))
        ExamSession.start(store, plan_full(bank_index(store, "aif-c01"), FullSpec(), 9), FakeClock())
    finally:
        store.close()


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """main.main in-process; an exception escaping it is shown as the interpreter would show it."""
    try:
        code = main.main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception:
        out, err = capsys.readouterr()
        return 1, out, err + "Traceback (most recent call last):\n" + traceback.format_exc()
    out, err = capsys.readouterr()
    return code, out, err


def check(case: Case, code: int, out: str, err: str) -> None:
    assert "Traceback" not in err, err[-3000:]
    assert code == case.code, f"exit {code}, not {case.code}; stderr: {err[-1000:]!r}"
    lines = err.strip().splitlines()
    if case.code == 2:
        assert len(lines) == 1 and "error:" in lines[0] and lines[0].startswith("simulacro"), lines
    elif case.code == 1:
        assert len(lines) == case.lines, lines
    if case.needle:
        assert case.needle in (out if case.code == 0 else err), (out[-500:], err[-500:])


@pytest.mark.parametrize("case", CASES)
def test_cli_abuse(case: Case, capsys: pytest.CaptureFixture[str], places: dict[str, str], data_dir: Path) -> None:
    if case.attempts:
        make_attempts(data_dir)
    argv = [a.format(**places) for a in case.argv]
    check(case, *run(capsys, argv))


@pytest.mark.parametrize("command", ["validate", "import"])
def test_unreadable_bank_file(command: str, tmp_path: Path) -> None:
    """Run without root's power over file modes, so CI (root) checks it too."""
    locked = tmp_path / "locked.yaml"
    locked.write_text("exam: aif-c01\nlanguage: es\nitems: []\n", encoding="utf-8")
    locked.chmod(0)
    try:
        run = run_main_obeying_modes(["bank", command, str(locked)])
    finally:
        locked.chmod(0o600)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert "cannot read file" in lines[0] and str(locked) in lines[0]
    assert len(lines) == 2, lines


def test_a_file_that_is_not_a_database_is_kept(capsys: pytest.CaptureFixture[str], places: dict[str, str]) -> None:
    """--db naming some other document (no database suffix) is refused and the document left as it was."""
    notes = Path(places["file"])
    code, _out, err = run(capsys, ["--db", f"sqlite:///{notes}", "history"])
    assert code == 1 and "Traceback" not in err
    assert "is not a Simulacro database" in err
    assert notes.read_text("utf-8") == "not a bank, not a database\n"
    assert not list(notes.parent.glob("notes.txt.corrupt-*"))


@pytest.mark.parametrize(
    ("argv", "code", "needle"),
    [
        (["demo", "--attempts", "1"], 1, "No exam bank is loaded"),
        (["exam", "plan", "--mode", "full"], 1, "No exam bank is loaded"),
        (["history"], 0, "No attempts yet."),
    ],
    ids=["demo", "exam-plan", "history"],
)
def test_without_any_bank(
    argv: list[str],
    code: int,
    needle: str,
    capsys: pytest.CaptureFixture[str],
    places: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """SIMULACRO_BANK_DIR at a folder with no bank and a new database: nothing is loaded."""
    monkeypatch.setenv("SIMULACRO_BANK_DIR", places["folder"])
    fresh = tmp_path / "fresh"
    result = run(capsys, ["--data-dir", str(fresh), *argv])
    check(Case(tuple(argv), code, needle), *result)


def test_full_exam_from_too_small_a_bank(
    capsys: pytest.CaptureFixture[str], places: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = tmp_path / "small-bank"
    write_bank(small, BLUEPRINT_PATH, list(synthetic_items(shipped_blueprint(), 2)))
    monkeypatch.setenv("SIMULACRO_BANK_DIR", str(small))
    argv = ["--data-dir", str(tmp_path / "small-data"), "exam", "plan", "--mode", "full"]
    check(Case(tuple(argv), 1, "simulacro: "), *run(capsys, argv))


def test_extremes_parse_without_running() -> None:
    """The largest values each option takes are accepted (only parsed: running them would take long)."""
    parser = main.build_parser()
    assert parser.parse_args(["demo", "--attempts", "10000", "--skill", "1", "--seed", "2147483647"]).attempts == 10000
    assert parser.parse_args(["demo", "--attempts", "1", "--skill", "0"]).skill == 0.0
    assert parser.parse_args(["demo", "--attempts", "1", "--skill", "1e-300"]).skill == 1e-300
    args = parser.parse_args(["exam", "plan", "--mode", "practice", "--count", "200", "--case-studies", "5"])
    assert (args.count, args.case_studies) == (200, 5)
    assert parser.parse_args(["report", "2147483647", "-o", "x.pdf"]).attempt_id == 2**31 - 1
    assert parser.parse_args(["report", "1", "-o", "x.pdf", "--name", "N" * 120]).name == "N" * 120
    assert parser.parse_args(["bank", "validate", *[f"p{n}" for n in range(10_000)]]).paths[-1] == Path("p9999")


# ----- the nastiest cases as a real process: nothing may leak a traceback --------------------------------------

SUBPROCESS_CASES = [
    pytest.param(
        ["--db", "notaurl", "history"],
        1,
        "Cannot use the database URL",
        id="db-not-a-url",
    ),
    pytest.param(
        ["--data-dir", "{file}", "history"],
        1,
        "Cannot",
        id="data-dir-is-a-file",
    ),
    pytest.param(
        ["report", "1", "-o", "{tmp}/r.pdf", "--name", "N" * 5000],
        2,
        "at most 120 characters",
        id="report-huge-name",
    ),
    pytest.param(
        ["--data-dir", "{unicode}", "exam", "plan", "--mode", "practice", "--tasks", f"🙂{RTL}مرحبا", "--count", "٣"],
        2,
        "unknown task statement",
        id="unicode-rtl-emoji",
    ),
    pytest.param(
        ["--db", "sqlite:///{tmp}/q.db?bogus=1", "history"],
        1,
        "Cannot use the database URL",
        id="db-url-unknown-query",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("argv", "code", "needle"), SUBPROCESS_CASES)
def test_nastiest_cases_in_a_real_process(
    argv: list[str], code: int, needle: str, places: dict[str, str], data_dir: Path
) -> None:
    make_attempts(data_dir)
    child = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *[a.format(**places) for a in argv]],
        cwd=places["tmp"],
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert "Traceback" not in child.stderr, child.stderr[-3000:]
    assert child.returncode == code, child.stderr[-1000:]
    if code:
        assert len(child.stderr.strip().splitlines()) == 1, child.stderr
    else:
        assert all(line.startswith("note: ") for line in child.stderr.splitlines()), child.stderr
    assert needle in (child.stdout if code == 0 else child.stderr)
