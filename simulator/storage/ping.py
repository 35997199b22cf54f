"""A pooled server connection is checked before use only when it sat idle: a ping at every checkout was one of
the five round trips of every answer a candidate saves."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError

# A connection used this recently is alive unless the server restarted within these seconds; an older one (idle
# timeouts, a restart during a pause, a laptop that slept) is pinged first and replaced if the server is gone.
IDLE_PING_S = 5.0


def ping_when_idle(engine: Engine, idle_s: float | None = None) -> None:
    """Like `pool_pre_ping`, for connections idle longer than `idle_s` (default IDLE_PING_S) only."""
    limit = IDLE_PING_S if idle_s is None else idle_s

    def used(_dbapi_connection: Any, record: Any, *_: Any) -> None:
        record.info["used_at"] = time.monotonic()

    def check(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        last = record.info.get("used_at")
        if last is not None and time.monotonic() - last < limit:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError("the server closed this connection") from exc  # the pool opens a new one
        record.info["used_at"] = time.monotonic()

    event.listen(engine, "connect", used)
    event.listen(engine, "checkin", used)
    event.listen(engine, "checkout", check)
