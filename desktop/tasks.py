"""Background work: the only place where threads start.

Reads that may take longer than a frame (a search in a million members, loading the id
list of a long table) run on a small pool; every write to the database runs on one
single worker, in order, so two saves can never interleave. Results come back to the
GUI thread through Qt signals. Each task carries a generation: when the person types
another letter, the answer to the previous search is dropped instead of painted.

Tests use ``TaskRunner(synchronous=True)``, which runs everything at once on the
calling thread, so a test reads like the user's story without waiting on timers.
"""

from __future__ import annotations

import contextvars
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException, str], None]


class _Relay(QObject):
    """Carries a task's outcome back to the thread that owns the relay (the GUI)."""

    finished = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    """One task, run in the context (context variables) of the code that started it.

    A pool thread starts with an empty context; carrying the starter's context keeps
    the audit actor (:func:`db.audit.set_actor`, a context variable) on the writer, so a
    save is recorded under the logged-in person, not the OS user.
    """

    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.function = function
        self.relay = relay
        self.context = contextvars.copy_context()
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.context.run(self.function)
        except BaseException as exc:
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.finished.emit(result)


class TaskRunner(QObject):
    """Starts reads on a pool and writes on one serial worker."""

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self.on_unhandled: ErrorCallback | None = None
        self.writes_started = 0

    def read(self, function: Callable[[], Any], done: Callback,
             failed: ErrorCallback | None = None) -> None:
        """Run a query off the GUI thread and hand its result to ``done``."""
        self._start(self._reads, function, done, failed)

    def write(self, function: Callable[[], Any], done: Callback,
              failed: ErrorCallback | None = None) -> None:
        """Run a change on the single writer, after every change asked before it."""
        self.writes_started += 1
        self._start(self._writes, function, done, failed)

    def _start(self, pool: QThreadPool, function: Callable[[], Any], done: Callback,
               failed: ErrorCallback | None) -> None:
        on_error = failed or self._unhandled
        if self.synchronous:
            try:
                result = function()
            except Exception as exc:
                on_error(exc, traceback.format_exc())
            else:
                done(result)
            return
        relay = _Relay()
        self._relays.add(relay)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            done(result)

        def fail(exc: BaseException, details: str) -> None:
            self._relays.discard(relay)
            on_error(exc, details)

        relay.finished.connect(finish)
        relay.failed.connect(fail)
        pool.start(_Job(function, relay))

    def _unhandled(self, exc: BaseException, details: str) -> None:
        if self.on_unhandled is not None:
            self.on_unhandled(exc, details)
        else:
            log.error("background task failed: %s", type(exc).__name__)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started task has finished (for closing and tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)
