"""The op runner: database and PDF work on a background thread, results delivered on the UI thread."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from simulator.errors import SimulacroError
from ui.qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; queued signals carry the outcome back to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.op = op
        self.relay = relay

    def run(self) -> None:
        hook = threading.gettrace()
        if hook is not None:  # Qt's threads skip threading's start-up: let coverage and debuggers see the op
            sys.settrace(hook)
        try:
            value = self.op()
        except BaseException as exc:  # every failure goes back to the UI thread, which decides what to show
            if isinstance(exc, SimulacroError):
                log.info("op refused: %s", exc)
            else:  # a bug: its traceback must reach the log
                log.error("op failed:\n%s", traceback.format_exc())
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(value)


class OpRunner(QObject):
    """Runs one op at a time in order (a single worker keeps writes to the database serial)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        op: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `op` (no widget access inside it); call back on the UI thread when it finishes."""
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            if callback is not None:
                callback(value)

        relay.succeeded.connect(lambda value: finish(on_success, value))
        relay.failed.connect(lambda exc: finish(on_failure, exc))
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(op, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued ops finish (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)
