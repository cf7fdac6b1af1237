"""Reads that a newer request can abandon half-way.

Search-as-you-type starts a read on every keystroke; at a million members the full id
list of an early prefix takes seconds. Without a way to stop it, each superseded read
runs to its end, and the answer to the last keystroke waits behind all of them. A
:class:`Cancel` token is handed to the read; while the read runs, SQLite calls a
progress handler every few thousand virtual-machine steps, which aborts the statement
as soon as the token is set (SQLite reports "interrupted"). On a PostgreSQL server,
setting the token asks the server to cancel the running statement (the dialect's
callback, :mod:`db.dialects`). The read then raises :class:`~db.errors.Cancelled`
instead of returning a result nobody wants.

Tokens are plain threading primitives: the side that cancels (the screen) and the side
that reads (a worker thread) share nothing else.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.errors import Cancelled

# SQLite virtual-machine steps between two looks at the token: a few tens of
# microseconds of work, so a cancelled read stops within a fraction of a millisecond
# while the look itself costs nothing measurable.
PROGRESS_STEPS = 1000


class Cancel:
    """A token a caller sets to abandon the reads it was given to (thread-safe)."""

    def __init__(self) -> None:
        self._set = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        """Ask every read holding this token to stop at its next look.

        A database server is asked to stop the running statement at once (the callbacks
        its dialect added); SQLite looks at the token by itself.
        """
        self._set.set()
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback()

    def add_callback(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from the cancelling thread) when the token is set."""
        with self._lock:
            self._callbacks.append(callback)

    def remove_callback(self, callback: Callable[[], None]) -> None:
        """Stop calling ``callback`` (the read it would stop has ended)."""
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    @property
    def cancelled(self) -> bool:
        """Tell whether :meth:`cancel` was called (SQLite's progress handler asks this)."""
        return self._set.is_set()

    def check(self) -> None:
        """Raise Cancelled if the token was set (between steps done in Python)."""
        if self._set.is_set():
            raise Cancelled


@contextlib.contextmanager
def cancellable(session: Session, cancel: Cancel | None) -> Iterator[None]:
    """Run the statements of the ``with`` body so that ``cancel`` can abort them.

    On SQLite a progress handler is installed on the session's connection for the
    duration of the body and removed after, so the pooled connection carries nothing
    over to the next user; a server is asked to cancel the running statement
    (:mod:`db.dialects`). ``None`` runs the body as it is.

    Raises:
        Cancelled: the token was set before or during the body.
    """
    if cancel is None:
        yield
        return
    cancel.check()
    from db.dialects import dialect_of

    with dialect_of(session).cancellable(session, cancel):
        yield


@contextlib.contextmanager
def interruptible(connection: sqlite3.Connection, cancel: Cancel | None) -> Iterator[None]:
    """Let ``cancel`` abort the statements run on a plain sqlite3 connection.

    The same progress handler as :func:`cancellable`, for the connections that live
    outside a session (the copy a backup is checking). ``None`` runs the body as it is.

    Raises:
        Cancelled: the token was set before or during the body.
    """
    if cancel is None:
        yield
        return
    cancel.check()

    def progress() -> int:
        return 1 if cancel.cancelled else 0

    connection.set_progress_handler(progress, PROGRESS_STEPS)
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as exc:
        # SQLAlchemy wraps the driver's error; a raw cursor read raises it as is.
        if cancel.cancelled:
            raise Cancelled from exc
        raise
    finally:
        connection.set_progress_handler(None, 0)
    cancel.check()
