"""Check a built Simulacro bundle the way a user's machine would run it, and print its size and start-up time.

    python packaging/check_bundle.py [packaging/dist/simulacro]

Standard library only (run by packaging/build-linux.sh with the build venv's Python; the bundle itself is always
started with a bare environment: `env -i PATH=/usr/bin:/bin HOME=<tmp> QT_QPA_PLATFORM=offscreen`). It checks:

- `--smoke` exits 0, with PATH=/usr/bin:/bin as the brief says and again with an empty PATH;
- the CLI inside the bundle works: the shipped bank is synced into a fresh database (migrations ran), history,
  and, when the app has it, the PDF report (reportlab and the fonts);
- under strace (when installed): the translations, the bank, the migrations and the fonts are read from inside the
  bundle, nothing is read from the source tree or from a Python installation, and nothing is written anywhere
  but the data dir;
- nothing in the bundle folder changed (a before/after listing, strace or not);
- the bundle stays under 200 MB unpacked;
- no library in the bundle carries a search path outside it, and none of Qt's, Python's or PySide's libraries is
  missing.
Exit 1 with every failure listed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_layout as layout

SMOKE_RUNS = 4
SIZE_LIMIT_MB = 200
TIMEOUT_S = 180
WRITE_CALLS = {
    "mkdir",
    "mkdirat",
    "rmdir",
    "unlink",
    "unlinkat",
    "rename",
    "renameat",
    "renameat2",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "truncate",
    "chmod",
    "fchmodat",
    "fchmodat2",
    "chown",
    "lchown",
    "fchownat",
    "utime",
    "utimes",
    "utimensat",
    "futimesat",
    "setxattr",
    "lsetxattr",
    "removexattr",
    "lremovexattr",
    "mknod",
    "mknodat",
}
OPEN_CALLS = {"open", "openat", "creat"}
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
SYSTEM_PSEUDO = ("/dev/", "/proc/", "/sys/")
# "name(" ... ")" then " = result"; with -y a path-like argument reads `3</some/dir>` or `AT_FDCWD</cwd>`
_CALL = re.compile(r"^(?P<pid>\d+)\s+(?P<name>\w+)\((?P<args>.*)\)\s+=\s+(?P<result>.*)$")
_PATH_ARG = re.compile(r'(?:(?:AT_FDCWD|\d+)<(?P<dir>[^>]*)>,\s*)?"(?P<path>(?:[^"\\]|\\.)*)"')


@dataclass
class Call:
    name: str
    args: str
    ok: bool
    paths: list[str]

    @property
    def writes(self) -> bool:
        if self.name in WRITE_CALLS:
            return True
        return self.name in OPEN_CALLS and (self.name == "creat" or any(flag in self.args for flag in WRITE_FLAGS))


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def check(self, condition: bool, failure: str) -> bool:
        if not condition:
            self.failures.append(failure)
        return condition


def bare_env(home: Path, path: str) -> dict[str, str]:
    """What `env -i PATH=... HOME=... QT_QPA_PLATFORM=offscreen` leaves: nothing else from this shell."""
    return {"PATH": path, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def run(
    command: list[str], env: dict[str, str], cwd: Path, *, timeout: int = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


def listing(folder: Path) -> dict[str, tuple[str, int, int, int]]:
    """Every entry under `folder`: kind, size, mtime (ns) and mode, not following symlinks."""
    found = {}
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        kind = "link" if path.is_symlink() else "dir" if path.is_dir() else "file"
        found[str(path.relative_to(folder))] = (
            kind,
            info.st_size if kind == "file" else 0,
            info.st_mtime_ns,
            info.st_mode,
        )
    return found


def size_bytes(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def unescape(text: str) -> str:
    return (
        text.encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
    )


def parse_trace(text: str) -> list[Call]:
    """Syscalls from `strace -f -y` output, with interrupted calls (<unfinished ...>) joined up again."""
    pending: dict[str, str] = {}
    calls = []
    for line in text.splitlines():
        if "<unfinished ...>" in line:
            pid = line.split(maxsplit=1)[0]
            pending[pid] = line.split("<unfinished ...>")[0].rstrip()
            continue
        resumed = re.match(r"^(\d+)\s+<\.\.\. \w+ resumed>(.*)$", line)
        if resumed:
            line = pending.pop(resumed[1], "") + resumed[2]
        match = _CALL.match(line)
        if not match:
            continue
        paths = []
        for arg in _PATH_ARG.finditer(match["args"]):
            path = unescape(arg["path"])
            if arg["dir"] is not None and not path.startswith("/"):
                path = os.path.join(arg["dir"], path)
            paths.append(os.path.normpath(path))
        if match["name"] == "execve":
            paths = paths[:1]
        calls.append(Call(match["name"], match["args"], not match["result"].startswith("-1"), paths))
    return calls


def under(path: str, folder: Path) -> bool:
    return path == str(folder) or path.startswith(str(folder) + os.sep)


def check_trace(report: Report, calls: list[Call], app: Path, data: Path, expected: dict[str, Path]) -> None:
    internal = app / "_internal"
    opened = {path for call in calls if call.ok and call.name in OPEN_CALLS for path in call.paths}
    for label, path in expected.items():
        report.check(str(path) in opened, f"{label}: {path} was not read from inside the bundle")
    source_reads = sorted(p for p in opened if under(p, layout.ROOT) and not under(p, app))
    report.check(not source_reads, "read from the source tree, not the bundle: " + ", ".join(source_reads[:10]))
    pythons = sorted(
        path
        for call in calls
        if call.ok and (call.name in OPEN_CALLS or call.name == "execve")
        for path in call.paths
        if "python" in path.lower() and not under(path, internal) and not under(path, data)
    )
    report.check(not pythons, "used a Python from outside the bundle: " + ", ".join(pythons[:10]))
    writes = sorted({(call.name, path) for call in calls if call.writes for path in call.paths})
    in_bundle = [f"{name} {path}" for name, path in writes if under(path, app)]
    report.check(not in_bundle, "wrote inside the bundle folder: " + ", ".join(in_bundle[:10]))
    elsewhere = [
        f"{name} {path}"
        for name, path in writes
        if not under(path, data) and not under(path, app) and not path.startswith(SYSTEM_PSEUDO)
    ]
    report.check(not elsewhere, "wrote outside the data dir: " + ", ".join(elsewhere[:10]))


def check_libraries(report: Report, app: Path) -> None:
    """No search path outside the bundle; no Qt/PySide/Python library missing (system ones are only noted)."""
    readelf, ldd = shutil.which("readelf"), shutil.which("ldd")
    if not (readelf and ldd):
        report.notes.append("readelf or ldd missing: library checks skipped")
        return
    outside, missing_system, missing_own = set(), set(), set()
    for path in sorted(app.rglob("*")):
        if path.is_symlink() or not path.is_file() or not (".so" in path.name or path.name == layout.APP_NAME):
            continue
        dynamic = run([readelf, "-d", str(path)], dict(os.environ), app).stdout
        for runpath in re.findall(r"\((?:RUNPATH|RPATH)\).*\[(.*)\]", dynamic):
            outside.update(f"{path.relative_to(app)}: {entry}" for entry in runpath.split(":") if entry.startswith("/"))
        for name in re.findall(r"^\s*(\S+) => not found", run([ldd, str(path)], dict(os.environ), app).stdout, re.M):
            own = re.match(r"lib(Qt6|pyside6|shiboken6|python3)", name)
            (missing_own if own else missing_system).add(name)
    dangling = sorted(str(p.relative_to(app)) for p in app.rglob("*") if p.is_symlink() and not p.exists())
    report.check(not dangling, "broken symlinks: " + ", ".join(dangling[:10]))
    report.check(not outside, "search paths outside the bundle: " + ", ".join(sorted(outside)[:10]))
    report.check(not missing_own, "missing from the bundle: " + ", ".join(sorted(missing_own)))
    if missing_system:
        report.notes.append(
            "system libraries not on this machine, loaded from the user's system when needed: "
            + ", ".join(sorted(missing_system))
        )


def main() -> int:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else layout.PACKAGING / "dist" / layout.APP_NAME).resolve()
    binary = app / layout.APP_NAME
    if not binary.is_file():
        print(f"no bundle at {app}: build it first (packaging/build-linux.sh)", file=sys.stderr)
        return 1
    report = Report()
    before = listing(app)
    scratch = Path(tempfile.mkdtemp(prefix="simulacro-check-"))
    try:
        home, cwd, empty = scratch / "home", scratch / "cwd", scratch / "empty-path"
        for folder in (home, cwd, empty):
            folder.mkdir()
        env = bare_env(home, "/usr/bin:/bin")

        # 1. start-up time: --smoke on a fresh data dir each time (the first run creates and migrates the database)
        timings = []
        for attempt in range(SMOKE_RUNS):
            data = scratch / f"smoke-{attempt}"
            started = time.perf_counter()
            result = run([str(binary), "--smoke", "--data-dir", str(data)], env, cwd)
            timings.append(time.perf_counter() - started)
            if not report.check(result.returncode == 0, f"--smoke exited {result.returncode}: {result.stderr[-2000:]}"):
                break
        result = run([str(binary), "--smoke", "--data-dir", str(scratch / "no-path")], bare_env(home, str(empty)), cwd)
        report.check(result.returncode == 0, f"--smoke with an empty PATH exited {result.returncode}: {result.stderr}")

        # 2. the CLI from inside the bundle: bank synced into a fresh database, history, PDF report
        data = scratch / "cli"
        cli = [str(binary), "--data-dir", str(data)]
        stats = run([*cli, "bank", "stats", "--json"], env, cwd)
        exams = [folder.name for folder in layout.exam_folders()]
        if report.check(stats.returncode == 0, f"bank stats exited {stats.returncode}: {stats.stderr}"):
            counts = {code.lower(): info["items"] for code, info in json.loads(stats.stdout).items()}
            for exam in exams:
                report.check(counts.get(exam.lower(), 0) > 0, f"bank {exam}: no items loaded ({counts})")
            report.notes.append(f"bank loaded from the bundle: {counts}")
        history = run([*cli, "history", "--json"], env, cwd)
        report.check(history.returncode == 0, f"history exited {history.returncode}: {history.stderr}")
        has_report = " report " in run([str(binary), "--help"], env, cwd).stdout.replace("\n", " ")
        pdf = data / "report.pdf"
        report_cmd = [*cli, "report", "1", "--output", str(pdf)]
        if has_report:
            demo = run([*cli, "demo", "--attempts", "1", "--seed", "3"], env, cwd)
            report.check(demo.returncode == 0, f"demo exited {demo.returncode}: {demo.stderr}")
            written = run(report_cmd, env, cwd)
            report.check(
                written.returncode == 0 and pdf.read_bytes()[:5] == b"%PDF-",
                f"report exited {written.returncode} or wrote no PDF: {written.stderr}",
            )
        else:
            report.notes.append("this version has no `report` command: the PDF report and its fonts were not tried")

        # 3. under strace: what is read, from where, and what is written
        strace = shutil.which("strace")
        if strace:
            traced = scratch / "traced"
            runs = [
                [str(binary), "--smoke", "--data-dir", str(traced)],
                [str(binary), "--smoke", "--lang", "en", "--data-dir", str(traced)],
            ]
            if has_report:
                runs.append([str(binary), "--data-dir", str(traced), "demo", "--attempts", "1", "--seed", "5"])
                runs.append([str(binary), "--data-dir", str(traced), "report", "1", "--output", str(traced / "r.pdf")])
            calls = []
            for number, command in enumerate(runs):
                log = scratch / f"trace-{number}.txt"
                trace = [strace, "-f", "-qq", "-y", "-s", "4096", "-e", "trace=%file", "-o", str(log)]
                result = run(trace + command, env, cwd)
                report.check(result.returncode == 0, f"{' '.join(command[1:])} under strace exited {result.returncode}")
                calls += parse_trace(log.read_text(encoding="utf-8", errors="replace"))
            internal = app / "_internal"
            expected = {
                f"translation {lang}": internal / f"resources/i18n/simulacro_{lang}.qm" for lang in ("es", "en")
            }
            expected["Qt's Spanish translation"] = internal / "PySide6/Qt/translations/qtbase_es.qm"
            for exam in layout.exam_folders():
                expected[f"bank {exam.name}"] = internal / exam.relative_to(layout.ROOT) / layout.BLUEPRINT
            for script in layout.migration_files():
                if script.suffix == ".py":
                    expected[f"migration {script.name}"] = internal / script.relative_to(layout.ROOT)
            fonts = sorted((layout.ROOT / layout.RESOURCES / "fonts").glob("*.ttf"))
            if has_report and fonts:
                expected["a font"] = internal / fonts[0].relative_to(layout.ROOT)
            check_trace(report, calls, app, traced, expected)
        else:
            report.notes.append("strace is not installed: reads and writes were not traced (apt-get install strace)")

        # 4. the bundle folder itself is untouched
        after = listing(app)
        changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
        report.check(not changed, "the bundle folder changed: " + ", ".join(changed[:10]))
        check_libraries(report, app)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    total = size_bytes(app)
    report.check(total < SIZE_LIMIT_MB * 1e6, f"the bundle is {total / 1e6:.0f} MB, over the {SIZE_LIMIT_MB} MB target")
    print(f"bundle:   {app}")
    print(f"size:     {total / 1e6:.1f} MB unpacked ({total / 2**20:.1f} MiB) in {len(before)} files and folders")
    if timings:
        print(
            f"start-up: --smoke {timings[0]:.2f} s on the first run, median {statistics.median(timings):.2f} s "
            f"over {len(timings)} runs (fresh data dir each)"
        )
    for note in report.notes:
        print(f"note:     {note}")
    for failure in report.failures:
        print(f"FAIL:     {failure}", file=sys.stderr)
    print("bundle check: " + ("FAILED" if report.failures else "OK"))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
