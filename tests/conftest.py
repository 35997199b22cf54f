"""Test set-up: offscreen Qt, and a private data dir and database for every test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from question_bank.importer import sync_shipped_bank
from simulator.storage.bank import save_bank
from simulator.storage.db import Store, open_store
from tests.synthetic_bank import shipped_blueprint, synthetic_items

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user data dir: every location points into the test's tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("SIMULACRO_DATA_DIR", str(data))
    monkeypatch.delenv("SIMULACRO_DB", raising=False)
    return data


@pytest.fixture
def data_dir(private_dirs: Path) -> Path:
    private_dirs.mkdir(parents=True, exist_ok=True)
    return private_dirs


@pytest.fixture
def db_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'test.sqlite3'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def shipped_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped bank imported once; tests get a copy of this file."""
    path = tmp_path_factory.mktemp("template") / "shipped.sqlite3"
    template = open_store(f"sqlite:///{path}")
    outcome = sync_shipped_bank(template)
    template.close()
    assert outcome.ok, outcome.errors
    return path


@pytest.fixture
def shipped_store(shipped_template: Path, data_dir: Path) -> Iterator[Store]:
    """A database holding the shipped bank."""
    target = data_dir / "simulacro.sqlite3"
    shutil.copyfile(shipped_template, target)
    opened = open_store(f"sqlite:///{target}")
    yield opened
    opened.close()


def fill_synthetic(store: Store, per_task: int | dict[str, int] = 12) -> None:
    """Put a synthetic bank in `store`: enough for full exams unless told otherwise."""
    blueprint = shipped_blueprint()
    save_bank(
        store,
        blueprint,
        list(synthetic_items(blueprint, per_task)),
        [],
        bank_hash=None,
        retire_missing=False,
        now=datetime(2026, 1, 1),
    )


@pytest.fixture
def synthetic_store(store: Store) -> Store:
    fill_synthetic(store)
    return store
