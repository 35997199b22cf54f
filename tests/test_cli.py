"""The command line: every subcommand, its output, and its error paths with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from tests.synthetic_bank import BLUEPRINT_PATH, shipped_blueprint, synthetic_items, write_bank


@pytest.fixture
def bank_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A synthetic bank (12 items per task) used as the start-up bank for these tests."""
    root = tmp_path / "bank"
    write_bank(root, BLUEPRINT_PATH, list(synthetic_items(shipped_blueprint(), 12)))
    monkeypatch.setenv("SIMULACRO_BANK_DIR", str(root))
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        raise SystemExit(main.main(list(argv)))
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def test_validate_ok_and_errors(capsys: pytest.CaptureFixture[str], bank_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "bank", "validate", str(bank_dir))
    assert code == 0 and out.startswith("OK: 168 items")
    bad = bank_dir / "aif-c01" / "bad.yaml"
    bad.write_text("exam: aif-c01\nlanguage: es\nitems:\n  - id: roto\n    task: '9.9'\n", "utf-8")
    code, _, err = run(capsys, "bank", "validate", str(bad))
    assert code == 1
    assert f"{bad}:5: roto: unknown task statement '9.9'" in err
    assert "Traceback" not in err


def test_import_all_or_nothing(capsys: pytest.CaptureFixture[str], bank_dir: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra" / "aif-c01"
    write_bank(tmp_path / "extra", BLUEPRINT_PATH, [next(iter(synthetic_items(shipped_blueprint(), 1)))])
    (extra / "items-0000.yaml").write_text(
        (extra / "items-0000.yaml").read_text("utf-8").replace("s11-000000", "nuevo-1"), "utf-8"
    )
    code, out, _ = run(capsys, "bank", "import", str(extra))
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "bank", "import", str(extra))
    assert code == 0 and "0 added, 0 revised, 1 unchanged" in out
    (extra / "broken.yaml").write_text("exam: aif-c01\nlanguage: es\nitems: [1]\n", "utf-8")
    code, _, err = run(capsys, "bank", "import", str(extra))
    assert code == 1 and "nothing was imported" in err


def test_stats_json(capsys: pytest.CaptureFixture[str], bank_dir: Path) -> None:
    code, out, _ = run(capsys, "bank", "stats", "--json")
    data = json.loads(out)["aif-c01"]
    assert code == 0 and data["items"] == 168 and data["by_domain"]["4"] == 24
    code, out, _ = run(capsys, "bank", "stats")
    assert code == 0 and "by task" in out


def test_exam_plan_full_and_practice(capsys: pytest.CaptureFixture[str], bank_dir: Path) -> None:
    code, out, _ = run(capsys, "exam", "plan", "--mode", "full", "--seed", "4", "--json")
    plan = json.loads(out)
    assert code == 0 and len(plan["items"]) == 65 and sum(not i["scored"] for i in plan["items"]) == 15
    code, again, _ = run(capsys, "exam", "plan", "--mode", "full", "--seed", "4", "--json")
    assert json.loads(again) == plan
    code, out, _ = run(capsys, "exam", "plan", "--mode", "practice", "--tasks", "4,5.2", "--count", "9")
    assert code == 0 and "9 items" in out
    assert all(line.split()[1] in ("4.1", "4.2", "5.2") for line in out.splitlines()[1:])


def test_demo_and_history(capsys: pytest.CaptureFixture[str], bank_dir: Path) -> None:
    code, out, _ = run(capsys, "demo", "--attempts", "2", "--skill", "0.9", "--seed", "3")
    assert code == 0 and "2 demo attempts stored" in out
    code, out, _ = run(capsys, "history", "--json")
    payload = json.loads(out)
    rows = payload["attempts"]
    assert code == 0 and len(rows) == 2 and all(r["is_demo"] and r["status"] == "submitted" for r in rows)
    assert len(payload["mastery"]) == 14 and payload["mastery_source"] == "demo"
    assert 100 <= payload["readiness"]["scaled"] <= 1000
    assert 0 <= payload["readiness"]["pass_probability"] <= 1
    assert all(len(r["tasks"]) == 14 and sum(t["total"] for t in r["tasks"]) == 50 for r in rows)
    code, out, _ = run(capsys, "history")
    assert code == 0 and out.count(" demo:") == 2


def test_history_empty(capsys: pytest.CaptureFixture[str], bank_dir: Path) -> None:
    assert run(capsys, "history")[1].strip() == "No attempts yet."


@pytest.mark.parametrize(
    "argv",
    [
        ["nonsense"],
        ["bank"],
        ["bank", "validate"],
        ["exam", "plan"],
        ["exam", "plan", "--mode", "sideways"],
        ["exam", "plan", "--mode", "practice", "--count", "0"],
        ["exam", "plan", "--mode", "practice", "--count", "many"],
        ["exam", "plan", "--mode", "full", "--seed", "-1"],
        ["exam", "plan", "--mode", "full", "--seed", "99999999999999999999"],
        ["demo"],
        ["demo", "--attempts", "0"],
        ["demo", "--attempts", "1", "--skill", "1.5"],
        ["history", "--bogus"],
        ["--lang", "fr"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err
    assert err.strip().count("\n") <= 0 or err.strip().splitlines()[-1].startswith("simulacro")
    assert "error:" in err.strip().splitlines()[-1]


def test_unknown_task_is_a_usage_error(capsys: pytest.CaptureFixture[str], bank_dir: Path) -> None:
    code, _, err = run(capsys, "exam", "plan", "--mode", "practice", "--tasks", "4.9")
    assert code == 2 and "unknown task statement or domain '4.9'" in err


def test_shortfall_is_a_clear_failure(capsys: pytest.CaptureFixture[str], bank_dir: Path) -> None:
    code, _, err = run(capsys, "exam", "plan", "--mode", "practice", "--tasks", "1.1", "--count", "50")
    assert code == 1 and "fewer than the 50 asked for" in err


def test_newer_database_is_refused(capsys: pytest.CaptureFixture[str], bank_dir: Path, data_dir: Path) -> None:
    assert run(capsys, "history")[0] == 0
    import sqlite3

    with sqlite3.connect(data_dir / "simulacro.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    code, _, err = run(capsys, "history")
    assert code == 1 and "newer version of Simulacro" in err
