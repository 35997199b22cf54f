"""Pooled connections are pinged before use only after sitting idle, and a dead one is replaced, not used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from simulator.storage.ping import ping_when_idle


def counted_engine(tmp_path: Path, idle_s: float, monkeypatch: pytest.MonkeyPatch, fail_first: bool = False) -> Any:
    engine = create_engine(f"sqlite:///{tmp_path / 'ping.db'}")
    ping_when_idle(engine, idle_s)
    counts = {"pings": 0, "connects": 0}
    dialect = engine.dialect

    def ping(dbapi_connection: Any) -> bool:
        counts["pings"] += 1
        if fail_first and counts["pings"] == 1:
            raise dialect.loaded_dbapi.OperationalError("server closed the connection unexpectedly")
        return True

    monkeypatch.setattr(dialect, "do_ping", ping)
    event.listen(engine, "connect", lambda *_: counts.__setitem__("connects", counts["connects"] + 1))
    return engine, counts


def use(engine: Any) -> None:
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1


def test_a_connection_used_moments_ago_is_not_pinged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine, counts = counted_engine(tmp_path, 60.0, monkeypatch)
    for _ in range(5):
        use(engine)
    assert counts == {"pings": 0, "connects": 1}  # one connection, fresh then recently used: no round trip spent


def test_an_idle_connection_is_pinged_and_a_dead_one_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine, counts = counted_engine(tmp_path, 0.0, monkeypatch, fail_first=True)  # every checkout counts as idle
    use(engine)  # pinged; the server had closed it, so the pool opened another, pinged it and used it
    assert counts == {"pings": 2, "connects": 2}
    use(engine)
    assert counts == {"pings": 3, "connects": 2}
