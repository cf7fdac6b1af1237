"""Batch work at the upper level: a whole folder of packages in, every commune's file out.

Both are chains of small tasks, one file per task, each started when the one before has
reported back (docs/ARCHITECTURE.md §7: reads on the pool, writes on the single writer):

* :class:`FolderImport` lists the folder, checks every package in a read task of its own
  (the dry run), shows one :class:`~desktop.pages.sync.batch_dialog.BatchDialog` for all,
  takes one safety copy, then imports each chosen package in its own write transaction,
  so that a package refused at the last moment leaves the others imported. Only a
  digest of each checked file is kept (170 packages held in memory would pass the
  memory budget); a file that changed between the check and its import is refused.
* :class:`SendToAll` writes one package per commune, one write transaction each, so that
  a full stick at the 90th commune keeps the 89 files (and their generations) written.

Both show a progress dialog whose "Dừng" stops after the current file — never in the
middle of one — and end with one report for all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.backup import BackupInfo, before_import_backup
from db.engine import Database
from db.errors import UserError
from db.sync.export import ExportResult, export_package
from db.sync.importer import ImportPreview, import_package, preview_package
from desktop.error_text import error_text
from desktop.pages.sync import messages
from desktop.pages.sync.batch_dialog import BatchDialog, BatchRow, Checked, Plan, plan_rows
from desktop.pages.sync.destination_dialog import Destination
from desktop.pages.sync.import_flow import changes_text, read_package_file
from desktop.removable_drives import size_text
from desktop.tasks import TaskRunner

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".sohoi"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def package_files(folder: Path) -> list[Path]:
    """List the packages of a folder, sorted by name.

    Hidden files are left out, and with them the ``.name.partial`` files a writer leaves
    while it writes (:mod:`db.sync.files`) and the ``._name`` files macOS puts on sticks.

    Raises:
        UserError: the folder cannot be read (the stick was pulled out).
    """
    try:
        entries = list(folder.iterdir())
    except OSError as error:
        raise UserError(_tr(
            "Không đọc được thư mục {folder} ({reason}). Hãy kiểm tra USB rồi thử lại."
        ).format(folder=folder, reason=error.strerror or error)) from error
    found = [
        path for path in entries
        if path.suffix.lower() == PACKAGE_SUFFIX and not path.name.startswith(".")
        and path.is_file()
    ]
    return sorted(found, key=lambda path: path.name)


def _reason(exc: BaseException, details: str, tasks: TaskRunner, what: str) -> str:
    """Word a failure for the report: a refusal as it is, a bug through the handler."""
    if isinstance(exc, UserError):
        log.info("sync batch: refused (%s)", type(exc).__name__)
        return error_text(exc)
    log.error("sync batch: %s failed: %s", what, type(exc).__name__)
    if tasks.on_unhandled is not None:
        tasks.on_unhandled(exc, details)
    return _tr("Đã xảy ra lỗi không mong muốn; dữ liệu không thay đổi.")


class Progress:
    """A progress dialog for a batch: "n/total", the file at hand, and "Dừng".

    It shows only when the work lasts (a quick batch does not flash a window). It does
    not close itself at the maximum: the chain closes it when the last task reported.
    """

    def __init__(self, parent: QWidget, title: str, total: int,
                 on_cancel: Callable[[], None]) -> None:
        self.dialog = QProgressDialog("", _tr("Dừng"), 0, total, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(460)
        self.dialog.canceled.connect(on_cancel)
        self.dialog.setValue(0)

    def show_step(self, done: int, text: str) -> None:
        """Say which file is being worked on, and how many are done."""
        self.dialog.setLabelText(text)
        self.dialog.setValue(done)

    def close(self) -> None:
        """Take the dialog away (the batch ended, finished or stopped)."""
        self.dialog.canceled.disconnect()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()


class _Chain(QObject):
    """Runs one task after another without growing the stack.

    With the threaded runner each task reports back later, from the event loop; with
    the synchronous runner of the tests it reports back at once, from inside the call
    that started it. ``advance`` turns the second case into a loop, so that 170 files
    do not mean 170 nested calls.
    """

    step = Signal(str)
    """Emitted with the progress text each time a file is started (tests follow it)."""

    finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.cancelled = False
        self.progress: Progress | None = None
        self._pumping = False
        self._again = False

    def cancel(self) -> None:
        """Stop after the file at hand (the progress dialog's "Dừng")."""
        self.cancelled = True

    def advance(self) -> None:
        """Start the next task (or end), now or as soon as the current step returns."""
        if self._pumping:
            self._again = True
            return
        self._pumping = True
        try:
            self._again = True
            while self._again:
                self._again = False
                self._next()
        finally:
            self._pumping = False

    def _next(self) -> None:
        raise NotImplementedError

    def _start_progress(self, title: str, total: int) -> None:
        self._close_progress()
        self.progress = Progress(self.widget, title, total, self.cancel)

    def _show_step(self, done: int, text: str) -> None:
        if self.progress is not None:
            self.progress.show_step(done, text)
        self.step.emit(text)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one chosen package: imported (with what changed) or refused."""

    row: BatchRow
    imported: ImportPreview | None = None
    refused: str | None = None


class FolderImport(_Chain):
    """Import every package of a folder after one summary; emits ``finished`` at the end."""

    def __init__(
        self, parent: QWidget, database: Database, tasks: TaskRunner, folder: Path,
        backup_folder: Callable[[], Path],
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.folder = folder
        self.backup_folder = backup_folder
        self.files: list[Path] = []
        self.checked: list[Checked] = []
        self.rows: list[BatchRow] = []
        self.chosen: list[BatchRow] = []
        self.outcomes: list[ImportOutcome] = []
        self.backup: BackupInfo | None = None
        self.dialog: BatchDialog | None = None
        self._phase = "check"

    def start(self) -> None:
        """List the folder (off the GUI thread: a stick can be slow to answer)."""
        folder = self.folder
        self.tasks.read(lambda: package_files(folder), self._listed, self._list_failed)

    def _list_failed(self, exc: BaseException, details: str) -> None:
        messages.show_problem(self.widget, _reason(exc, details, self.tasks, "listing"))
        self.finished.emit()

    def _listed(self, files: list[Path]) -> None:
        if not files:
            messages.show_problem(self.widget, _tr(
                "Thư mục {folder} không có gói dữ liệu (.sohoi) nào."
            ).format(folder=self.folder))
            self.finished.emit()
            return
        self.files = files
        self._start_progress(_tr("Kiểm tra các gói"), len(files))
        self.advance()

    def _next(self) -> None:
        if self._phase == "check":
            self._check_next()
        else:
            self._import_next()

    # Checking ------------------------------------------------------------------------

    def _check_next(self) -> None:
        if self.cancelled:
            self._close_progress()
            self.finished.emit()
            return
        position = len(self.checked)
        if position >= len(self.files):
            self._close_progress()
            self._show_summary()
            return
        path = self.files[position]
        database = self.database
        self._show_step(position, _tr("Đang kiểm tra gói {n}/{total}…\n{name}").format(
            n=position + 1, total=len(self.files), name=path.name))

        def check() -> Checked:
            data = read_package_file(path)
            with database.reading() as session:
                preview = preview_package(session, data, path.name)
            return Checked(path, hashlib.sha256(data).digest(), preview)

        def refused(exc: BaseException, details: str) -> None:
            self.checked.append(Checked(path, refused=_reason(exc, details, self.tasks,
                                                              "check")))
            self.advance()

        self.tasks.read(check, self._checked, refused)

    def _checked(self, checked: Checked) -> None:
        self.checked.append(checked)
        self.advance()

    def _show_summary(self) -> None:
        self.rows = plan_rows(self.checked)
        self.checked = []
        dialog = BatchDialog(self.rows, self.folder, self.widget)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._apply(dialog.chosen()))
        dialog.rejected.connect(self._dismissed)
        dialog.open()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _dismissed(self) -> None:
        self._close_dialog()
        self.rows = []
        self.finished.emit()

    # Importing -----------------------------------------------------------------------

    def _apply(self, chosen: list[BatchRow]) -> None:
        self._close_dialog()
        self.chosen = chosen
        self._phase = "import"
        self.cancelled = False
        database, folder = self.database, self.backup_folder()
        self._start_progress(_tr("Nhập các gói"), len(chosen))
        self._show_step(0, _tr("Đang sao lưu dữ liệu trước khi nhập…"))
        self.tasks.write(
            # On a server each package is one transaction; its copies are pg_dump's.
            lambda: None if database.is_server else before_import_backup(
                database.path, folder, dt.datetime.now()),
            self._backed_up, self._backup_failed)

    def _backup_failed(self, exc: BaseException, details: str) -> None:
        self._close_progress()
        reason = _reason(exc, details, self.tasks, "backup")
        messages.show_problem(self.widget, _tr(
            "Không sao lưu được dữ liệu trước khi nhập, nên chưa nhập gói nào.<br>{reason}"
        ).format(reason=html.escape(reason)))
        self.finished.emit()

    def _backed_up(self, backup: BackupInfo | None) -> None:
        self.backup = backup
        self.advance()

    def _import_next(self) -> None:
        position = len(self.outcomes)
        if self.cancelled or position >= len(self.chosen):
            self._close_progress()
            messages.show_done(self.widget, _tr("Nhập cả thư mục"), self.report())
            self.finished.emit()
            return
        row = self.chosen[position]
        digest = row.digest
        assert digest is not None
        database = self.database
        self._show_step(position, _tr("Đang nhập gói {n}/{total} — {commune}").format(
            n=position + 1, total=len(self.chosen), commune=row.commune))

        def write() -> ImportPreview:
            data = read_package_file(row.path)
            if hashlib.sha256(data).digest() != digest:
                raise UserError(_tr(
                    "Tệp đã thay đổi sau khi kiểm tra; hãy nhập lại cả thư mục. "
                    "Dữ liệu không thay đổi."))
            with database.transaction() as session:
                return import_package(session, data, row.path.name)

        def imported(preview: ImportPreview) -> None:
            self.outcomes.append(ImportOutcome(row, imported=preview))
            self.advance()

        def refused(exc: BaseException, details: str) -> None:
            self.outcomes.append(ImportOutcome(row, refused=_reason(exc, details, self.tasks,
                                                                     "import")))
            self.advance()

        self.tasks.write(write, imported, refused)

    def report(self) -> str:
        """Say what became of every file of the folder, commune by commune."""
        imported = [o for o in self.outcomes if o.imported is not None]
        refused = [o for o in self.outcomes if o.refused is not None]
        done = {id(o.row) for o in self.outcomes}
        not_reached = [row for row in self.chosen if id(row) not in done]
        chosen = {id(row) for row in self.chosen}
        left_out = [row for row in self.rows if id(row) not in chosen]
        lines = [_tr("Đã nhập <b>{ok}/{total}</b> gói từ thư mục {folder}.").format(
            ok=len(imported), total=len(self.chosen), folder=html.escape(str(self.folder)))]
        if self.backup is not None:
            lines.append(_tr("Bản sao an toàn trước khi nhập: {path}").format(
                path=html.escape(str(self.backup.path))))
        # What needs a look comes first: with 170 communes the good news is a long list.
        for outcome in refused:
            lines.append(_tr("✘ {commune}: {reason}").format(
                commune=html.escape(outcome.row.commune),
                reason=html.escape(outcome.refused or "")))
        if not_reached:
            lines.append(_tr("<b>Đã dừng theo yêu cầu: {n} gói chưa được nhập.</b>").format(
                n=len(not_reached)))
            for row in not_reached:
                lines.append(_tr("– {commune}: chưa nhập (đã dừng).").format(
                    commune=html.escape(row.commune)))
        for row in left_out:
            note = row.note if row.plan is not Plan.IMPORT else _tr("bỏ chọn, chưa nhập.")
            lines.append(_tr("– {commune}: {note}").format(
                commune=html.escape(row.commune), note=html.escape(note)))
        for outcome in imported:
            assert outcome.imported is not None
            lines.append(_tr("✔ {commune}: gói lần {n}, {changes}.").format(
                commune=html.escape(outcome.row.commune), n=outcome.imported.generation,
                changes=changes_text(outcome.imported)))
        return "<br>".join(lines)


@dataclass(frozen=True)
class Recipient:
    """A commune to send a package to: its code and its name for people."""

    code: str
    name: str


class SendToAll(_Chain):
    """Write one package per commune into one folder; emits ``finished`` after the report."""

    def __init__(
        self, parent: QWidget, database: Database, tasks: TaskRunner,
        destination: Destination, recipients: Sequence[Recipient],
        skipped: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.destination = destination
        self.recipients = list(recipients)
        self.skipped = list(skipped)
        self.written: list[ExportResult] = []
        self.failed: list[tuple[Recipient, str]] = []

    def start(self) -> None:
        """Write the first file."""
        self._start_progress(_tr("Gửi xuống tất cả các xã"), len(self.recipients))
        self.advance()

    def _next(self) -> None:
        position = len(self.written) + len(self.failed)
        if self.cancelled or position >= len(self.recipients):
            self._close_progress()
            messages.show_done(self.widget, _tr("Đã ghi gói dữ liệu"), self.report())
            self.finished.emit()
            return
        recipient = self.recipients[position]
        database, folder = self.database, self.destination.folder
        self._show_step(position, _tr("Đang ghi gói {n}/{total} — {name}").format(
            n=position + 1, total=len(self.recipients), name=recipient.name))

        def write() -> ExportResult:
            with database.transaction() as session:
                return export_package(session, folder, recipient.code)

        def written(result: ExportResult) -> None:
            self.written.append(result)
            self.advance()

        def failed(exc: BaseException, details: str) -> None:
            self.failed.append((recipient, _reason(exc, details, self.tasks, "export")))
            self.advance()

        self.tasks.write(write, written, failed)

    def report(self) -> str:
        """Say how many files were written, where, and which communes got none and why."""
        total = len(self.recipients)
        lines = [_tr("Đã ghi {ok}/{total} gói vào {folder}:").format(
            ok=len(self.written), total=total,
            folder=html.escape(str(self.destination.folder)))]
        for recipient, reason in self.failed:
            lines.append(_tr("✘ {name} (mã {code}): {reason}").format(
                name=html.escape(recipient.name), code=recipient.code,
                reason=html.escape(reason)))
        done = len(self.written) + len(self.failed)
        if done < total:
            lines.append(_tr("<b>Đã dừng theo yêu cầu: {n} xã chưa được ghi gói.</b>").format(
                n=total - done))
            for recipient in self.recipients[done:]:
                lines.append(_tr("– {name}: chưa ghi (đã dừng).").format(
                    name=html.escape(recipient.name)))
        for name, reason in self.skipped:
            lines.append(_tr("– {name}: {reason}").format(
                name=html.escape(name), reason=html.escape(reason)))
        for result in self.written:
            lines.append(_tr("✔ {name}: gói lần {n}, {file} ({size})").format(
                name=html.escape(result.recipient_name), n=result.generation,
                file=html.escape(result.path.name), size=size_text(result.size_bytes)))
        if self.written:
            verified = _tr("Các tệp đã được đọc lại và kiểm tra, không lỗi.")
            if self.destination.removable:
                verified += " <b>" + _tr("Có thể rút USB.") + "</b>"
            lines.append(verified)
        return "<br>".join(lines)
