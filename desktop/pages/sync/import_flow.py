"""Importing one package or several, one after another: check, show, apply, report.

For each file: its bytes are read and checked off the GUI thread (the dry run, in a
reading session); the preview dialog shows what would change; on "Nhập" a safety copy
is taken and the package applied in one write transaction on the single writer. A
refused file (damaged, already imported, from a stranger) is reported and the next file
still goes on, because an upper level often empties a whole USB stick of communes'
packages at once. The bytes applied are the bytes previewed: the file is not read twice.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from db.backup import BackupInfo, before_import_backup
from db.engine import Database
from db.errors import UserError
from db.sync import files
from db.sync.errors import HandoverPackageError
from db.sync.handover import import_handover, preview_handover
from db.sync.importer import ImportPreview, import_package, preview_package
from db.sync.tables import Direction
from desktop.error_text import error_text
from desktop.formatting import number
from desktop.pages.sync import messages
from desktop.pages.sync.preview_dialog import PreviewDialog
from desktop.tasks import TaskRunner

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def read_package_file(path: Path) -> bytes:
    """Read a package from a folder or a USB stick, in words if it cannot be read.

    The file is read in bounded steps and refused if larger than any package
    (:func:`db.sync.files.read_package_file`).

    Raises:
        UserError: the file is gone, unreadable, too large, or the stick was pulled out.
    """
    return files.read_package_file(path)


@dataclass(frozen=True)
class Checked:
    """A package read and checked, waiting for the operator's decision."""

    path: Path
    data: bytes
    preview: ImportPreview


@dataclass(frozen=True)
class Applied:
    """A package imported, with the safety copy taken just before."""

    preview: ImportPreview
    backup: BackupInfo | None  # None on a server: its copies are its administrator's


@dataclass(frozen=True)
class Outcome:
    """What became of one file, for the summary after several."""

    file_name: str
    imported: ImportPreview | None = None
    refused: str | None = None
    skipped: bool = False


class PackageImport(QObject):
    """Walks through the chosen files; emits ``finished`` when the last one is done."""

    finished = Signal()

    def __init__(
        self, parent: QWidget, database: Database, tasks: TaskRunner, files: list[Path],
        backup_folder: Callable[[], Path],
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.database = database
        self.tasks = tasks
        self.files = sorted(files, key=lambda path: path.name)
        self.backup_folder = backup_folder
        self.outcomes: list[Outcome] = []
        self.dialog: PreviewDialog | None = None
        self._busy: messages.BusyIndicator | None = None
        self._position = 0

    @property
    def several(self) -> bool:
        """Tell whether more than one file was chosen (a summary comes at the end)."""
        return len(self.files) > 1

    def start(self) -> None:
        """Check the first file."""
        self._next()

    def _next(self) -> None:
        if self._position >= len(self.files):
            self._finish()
            return
        path = self.files[self._position]
        self._position += 1
        database = self.database

        def check() -> Checked:
            data = read_package_file(path)
            with database.reading() as session:
                try:
                    return Checked(path, data, preview_package(session, data, path.name))
                except HandoverPackageError:
                    # A new commune's first register after a merge: its own check.
                    return Checked(path, data, preview_handover(session, data, path.name))

        self._show_busy(_tr("Đang đọc và kiểm tra {name}…").format(name=path.name))
        self.tasks.read(check, self._checked, lambda exc, details: self._refused(
            path.name, exc, details))

    def _checked(self, checked: Checked) -> None:
        self._hide_busy()
        dialog = PreviewDialog(checked.preview, self.widget, position=self._position,
                               total=len(self.files))
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._apply(checked, dialog.accept_key))
        dialog.rejected.connect(lambda: self._skip(checked))
        dialog.open()

    def _skip(self, checked: Checked) -> None:
        self._close_dialog()
        self.outcomes.append(Outcome(checked.path.name, skipped=True))
        self._next()

    def _apply(self, checked: Checked, accept_key: bool) -> None:
        self._close_dialog()
        database, folder = self.database, self.backup_folder()

        def write() -> Applied:
            backup = None if database.is_server else before_import_backup(
                database.path, folder, dt.datetime.now())
            with database.transaction() as session:
                if checked.preview.direction is Direction.HANDOVER:
                    import_handover(session, checked.data)
                    preview = checked.preview
                else:
                    preview = import_package(session, checked.data, checked.path.name,
                                             accept_key=accept_key)
            return Applied(preview, backup)

        self._show_busy(_tr("Đang nhập {name}…").format(name=checked.path.name))
        self.tasks.write(write, self._applied, lambda exc, details: self._refused(
            checked.path.name, exc, details))

    def _applied(self, applied: Applied) -> None:
        self._hide_busy()
        self.outcomes.append(Outcome(applied.preview.file_name, imported=applied.preview))
        if not self.several:
            messages.show_done(self.widget, _tr("Đã nhập gói"), imported_message(applied))
        self._next()

    def _refused(self, file_name: str, exc: BaseException, details: str) -> None:
        self._hide_busy()
        self._close_dialog()
        if isinstance(exc, UserError):
            reason = error_text(exc)
            log.info("sync import refused: %s", type(exc).__name__)
        else:
            log.error("sync import failed: %s", type(exc).__name__)
            reason = _tr("Đã xảy ra lỗi không mong muốn; dữ liệu không thay đổi.")
            if self.tasks.on_unhandled is not None:
                self.tasks.on_unhandled(exc, details)
        self.outcomes.append(Outcome(file_name, refused=reason))
        if not self.several:
            messages.show_problem(self.widget, reason)
        self._next()

    def _finish(self) -> None:
        if self.several:
            messages.show_done(self.widget, _tr("Nhập gói dữ liệu"),
                               summary_message(self.outcomes))
        self.finished.emit()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _show_busy(self, text: str) -> None:
        self._hide_busy()
        self._busy = messages.BusyIndicator(self.widget, text)

    def _hide_busy(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy = None


def changes_text(preview: ImportPreview) -> str:
    """Say in one line what a package changed: "1.200 mới, 3 thay đổi, 0 bị xóa"."""
    kinds = preview.kinds
    return _tr("{new} bản ghi mới, {changed} thay đổi, {removed} bị xóa").format(
        new=number(sum(k.new for k in kinds)),
        changed=number(sum(k.changed for k in kinds)),
        removed=number(sum(k.removed for k in kinds)),
    )


def imported_message(applied: Applied) -> str:
    """Describe one import, with the safety copy to go back to if it was the wrong file."""
    preview = applied.preview
    lines = [_tr("Đã nhập gói lần <b>{n}</b> của <b>{sender}</b>: {changes}.").format(
        n=preview.generation, sender=html.escape(preview.sender_name),
        changes=changes_text(preview))]
    if applied.backup is not None:
        lines.append(_tr("Bản sao an toàn trước khi nhập: {path}").format(
            path=html.escape(str(applied.backup.path))))
    return "<br>".join(lines)


def summary_message(outcomes: list[Outcome]) -> str:
    """Describe what became of each of several files."""
    imported = [o for o in outcomes if o.imported is not None]
    refused = [o for o in outcomes if o.refused is not None]
    skipped = [o for o in outcomes if o.skipped]
    lines = [_tr("Đã nhập {ok}/{total} tệp.").format(ok=len(imported), total=len(outcomes))]
    for outcome in imported:
        assert outcome.imported is not None
        lines.append(_tr("✔ {sender}, gói lần {n}: {changes}.").format(
            sender=html.escape(outcome.imported.sender_name), n=outcome.imported.generation,
            changes=changes_text(outcome.imported)))
    for outcome in refused:
        lines.append(_tr("✘ {name}: {reason}").format(
            name=html.escape(outcome.file_name), reason=html.escape(outcome.refused or "")))
    for outcome in skipped:
        lines.append(_tr("– {name}: bỏ qua, chưa nhập.").format(
            name=html.escape(outcome.file_name)))
    return "<br>".join(lines)
