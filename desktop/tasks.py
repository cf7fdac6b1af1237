"""Background work: the only place where threads start.

Reads that may take longer than a frame (a search in a million members, loading the id
list of a long table) run on a small pool; every write to the database runs on one
single worker, in order, so two saves can never interleave. Results come back to the
GUI thread through Qt signals. Each task carries a generation: when the person types
another letter, the answer to the previous search is dropped instead of painted.

On top of these, :meth:`TaskRunner.op` and :meth:`TaskRunner.query` are what pages
call for one person's action: the operation opens its own transaction (or read), shows
a "please wait" box only when the work turns out slow, reports a failure the way the
kind of failure deserves (under the form's fields, as a plain message, as a known
situation with advice, or as a bug) and announces on :class:`ChangeBus` what kind of
data changed, so every page showing that data reads it again. Pages keep only what is
theirs: what to do, and what to show once it is done.

Tests use ``TaskRunner(synchronous=True)``, which runs everything at once on the
calling thread, so a test reads like the user's story without waiting on timers.
"""

from __future__ import annotations

import contextvars
import enum
import logging
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.errors import Cancelled, FieldsError, UserError, known_situation
from db.validation import ValidationError
from desktop.error_text import error_text

if TYPE_CHECKING:
    from db.engine import Database

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException, str], None]
FieldsCallback = Callable[[dict[str, str]], None]

PROGRESS_DELAY_MS = 400
"""Work still running after this long shows a "please wait" box; quicker work never
flashes one."""


class Change(enum.StrEnum):
    """A kind of data an operation may change; pages showing that kind read it again."""

    MEMBERS = "members"
    BRANCHES = "branches"
    MEETINGS = "meetings"
    COURSES = "courses"
    CERTIFICATES = "certificates"
    OFFICERS = "officers"
    UNITS = "units"
    TARGETS = "targets"
    DUES = "dues"
    EVALUATIONS = "evaluations"
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    SYNC = "sync"


EVERYTHING = frozenset(Change)
"""What a restore or an imported package may have changed: all of it."""


class ChangeBus(QObject):
    """Announces what kind of data was changed, once per successful operation.

    Signals:
        changed(frozenset[str]): the kinds of data (:class:`Change` values) changed.
    """

    changed = Signal(object)

    def announce(self, kinds: Iterable[str]) -> None:
        """Tell every page following these kinds that what it shows may be stale."""
        chosen = frozenset(str(kind) for kind in kinds)
        if chosen:
            self.changed.emit(chosen)


class ChangeFollower(QObject):
    """Keeps one page fresh: re-reads at once when on screen, else when next shown.

    A hidden page only remembers that it is stale, so ten changes while the person works
    elsewhere cost one read when she comes back, not ten reads nobody sees.
    """

    def __init__(self, bus: ChangeBus, page: QWidget, kinds: Iterable[str],
                 reread: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.kinds = frozenset(str(kind) for kind in kinds)
        self.reread = reread
        self.stale = False
        bus.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, kinds: frozenset[str]) -> None:
        if not kinds & self.kinds:
            return
        if self.page.isVisible():
            self.stale = False
            self.reread()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Read again when a stale page comes back on screen."""
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reread()
        return False


class Running(QObject):
    """One operation under way: its cancel flag and, once it is slow, its progress box.

    Signals:
        advanced(int, int): steps done and steps in all, emitted by the work from its
            thread (:meth:`advance`); delivered on the GUI thread, where the progress
            box shows "3 / 20".
    """

    advanced = Signal(int, int)

    def __init__(self, parent: QWidget | None, progress: str | None,
                 cancellable: bool) -> None:
        super().__init__()
        self.steps = (0, 0)
        self.advanced.connect(self._show_step)
        self.parent_widget = parent
        self.text = progress
        self.cancellable = cancellable
        self.cancel = threading.Event()
        self.progress: QProgressDialog | None = None
        self.finished = False

    def show_progress(self) -> None:
        """Show the "please wait" box (called once the work has run for a moment)."""
        if self.finished or self.progress is not None or self.text is None:
            return
        cancel_text = _tr("Hủy") if self.cancellable else ""
        done, total = self.steps
        dialog = QProgressDialog(self.text, cancel_text, 0, total, self.parent_widget)
        dialog.setValue(done)
        dialog.setWindowTitle(_tr("Sổ Hội"))
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.request_cancel)
        dialog.show()
        self.progress = dialog

    def advance(self, done: int, total: int) -> None:
        """Report progress from the work's thread: ``done`` of ``total`` steps."""
        self.advanced.emit(done, total)

    def _show_step(self, done: int, total: int) -> None:
        self.steps = (done, total)
        if self.progress is not None and not self.cancel.is_set():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def request_cancel(self) -> None:
        """Ask the work to stop at its next check (the person pressed "Hủy")."""
        self.cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(_tr("Đang dừng…"))

    def stop(self) -> None:
        """Close the progress box: the work is over, well or not."""
        self.finished = True
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("tasks", text)


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
        self.changes = ChangeBus(self)
        self.schedule: Callable[[int, Callable[[], None]], None] = self._schedule
        """Runs a function after some milliseconds; tests put a fake clock here."""

    def read(self, function: Callable[[], Any], done: Callback,
             failed: ErrorCallback | None = None) -> None:
        """Run a query off the GUI thread and hand its result to ``done``."""
        self._start(self._reads, function, done, failed)

    def write(self, function: Callable[[], Any], done: Callback,
              failed: ErrorCallback | None = None,
              changes: Iterable[str] | None = None) -> None:
        """Run a change on the single writer, after every change asked before it.

        Prefer :meth:`op`. A plain write does not say what it changed unless told
        (``changes``), so on success it announces that anything may have changed: pages
        on screen read again, hidden ones when next shown.
        """
        self.writes_started += 1
        kinds = EVERYTHING if changes is None else frozenset(changes)

        def finish(result: Any) -> None:
            self.changes.announce(kinds)
            done(result)

        self._start(self._writes, function, finish, failed)

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


    # Operations ------------------------------------------------------------------------

    def op(
        self,
        parent: QWidget | None,
        database: Database | None,
        work: Callable[..., Any],
        *,
        done: Callback | None = None,
        changes: Iterable[str] = (),
        progress: str | None = None,
        cancellable: bool = False,
        steps: bool = False,
        fields: FieldsCallback | None = None,
        problem: Callable[[str], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Running:
        """Run one change the person asked for, on the single writer, in one transaction.

        Args:
            parent: the window messages and the progress box belong to.
            database: the register; ``work`` gets a session inside one transaction on it
                (committed when ``work`` returns). None: ``work`` gets no session (a
                file to write, a copy to take).
            work: a function from ``db/`` (``work(session)``; with ``cancellable``,
                ``work(session, should_stop)`` where ``should_stop()`` turns true once
                "Hủy" was pressed and the work should raise :class:`db.errors.Cancelled`).
            done: what to show once it is stored, given what ``work`` returned.
            changes: the kinds of data changed (:class:`Change`), announced on success.
            progress: the text of the "please wait" box shown if the work is slow.
            cancellable: the work accepts ``should_stop``; the box gets "Hủy".
            steps: the work also accepts ``advance(done, total)`` (after
                ``should_stop`` if cancellable) and calls it as it goes, so the box
                shows how far it is instead of only turning.
            fields: where a form shows per-field messages; the form stays open with
                what was typed.
            problem: where a refusal's message (:class:`db.errors.UserError`) is shown
                instead of a message box (a line in the dialog).
            failed: called after the failure was reported (re-enable a button, show what
                the file really holds).
        """
        self.writes_started += 1
        return self._operation(self._writes, parent, database, work, True, done, changes,
                               progress, cancellable, fields, problem, failed, steps)

    def query(
        self,
        parent: QWidget | None,
        database: Database | None,
        work: Callable[..., Any],
        *,
        done: Callback,
        progress: str | None = None,
        cancellable: bool = False,
        steps: bool = False,
        problem: Callable[[str], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Running:
        """Run one read on the pool, inside ``database.reading()``; see :meth:`op`.

        With ``database`` None it runs any slow work that writes nothing to the
        register, such as sending a document to the printer.
        """
        return self._operation(self._reads, parent, database, work, False, done, (),
                               progress, cancellable, None, problem, failed, steps)

    def _operation(
        self, pool: QThreadPool, parent: QWidget | None, database: Database | None,
        work: Callable[..., Any], writes: bool, done: Callback | None,
        changes: Iterable[str], progress: str | None, cancellable: bool,
        fields: FieldsCallback | None, problem: Callable[[str], None] | None,
        failed: Callable[[BaseException], None] | None, steps: bool = False,
    ) -> Running:
        running = Running(parent, progress, cancellable)
        kinds = frozenset(changes)
        should_stop = running.cancel.is_set
        extra: tuple[Any, ...] = (should_stop,) if cancellable else ()
        if steps:
            extra += (running.advance,)

        def run() -> Any:
            if database is None:
                return work(*extra)
            opened = database.transaction() if writes else database.reading()
            with opened as session:
                return work(session, *extra)

        def finish(result: Any) -> None:
            running.stop()
            if writes:
                self.changes.announce(kinds)
            if done is not None:
                done(result)

        def fail(exc: BaseException, details: str) -> None:
            running.stop()
            if not isinstance(exc, Cancelled):
                self.report(parent, exc, details, fields=fields, problem=problem)
            if failed is not None:
                failed(exc)

        if progress is not None and not self.synchronous:
            self.schedule(PROGRESS_DELAY_MS, running.show_progress)
        self._start(pool, run, finish, fail)
        return running

    def report(self, parent: QWidget | None, exc: BaseException, details: str,
               *, fields: FieldsCallback | None = None,
               problem: Callable[[str], None] | None = None) -> None:
        """Tell the person about a failure in the way its kind deserves.

        The person's mistakes go under the form's fields (or in a plain message); a
        known situation (a full disk, a locked or read-only file, a removed USB stick)
        says what happened and what to do; anything else is a bug, shown as such.
        """
        from desktop.widgets import messages

        if isinstance(exc, FieldsError) and fields is not None:
            fields({name: error_text(text) for name, text in exc.errors.items()})
        elif isinstance(exc, ValidationError) and fields is not None:
            fields({exc.field: error_text(exc)})
        elif isinstance(exc, UserError) and problem is not None:
            problem(error_text(exc))
        elif isinstance(exc, UserError):
            messages.show_problem(parent, error_text(exc))
        elif isinstance(exc, FieldsError | ValidationError):
            messages.show_problem(parent, str(exc))
        elif (situation := known_situation(exc)) is not None:
            log.warning("operation stopped: %s (%s)", situation.kind, type(exc).__name__)
            messages.show_situation(parent, situation)
        else:
            self._unhandled(exc, details)

    def follow(self, page: QWidget, kinds: Iterable[str],
               reread: Callable[[], None]) -> ChangeFollower:
        """Keep ``page`` fresh: ``reread`` runs after a change of one of ``kinds``."""
        return ChangeFollower(self.changes, page, kinds, reread)

    def _schedule(self, msecs: int, function: Callable[[], None]) -> None:
        QTimer.singleShot(msecs, self, function)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started task has finished (for closing and tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)
