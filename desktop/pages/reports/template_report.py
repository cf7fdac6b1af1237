"""The reports page's "Điền mẫu báo cáo…": the upper level's own form, filled in.

A commune picks a form the upper level sent down in a package (or any .xlsx file); the
upper level also sends its forms from here. The figures are read and the workbook
written on the pool (a province's communes take a few seconds), and any refusal — an
unknown placeholder, a broken file, a full disk — is said in words with nothing written
(``desktop.documents.template_workbook``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.report_template import commune_values, upper_values
from db.site import SiteInfo
from db.template_publishing import (
    PublishedTemplate,
    list_templates,
    publish_template,
    template_content,
    withdraw_template,
)
from desktop.formatting import date as format_date
from desktop.tasks import Change, TaskRunner
from desktop.widgets.screen_fit import fit_to_screen

Source = Path | str
"""A form to fill: a file, or the id of a form held in the register."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateReport", text)


def fill_in_background(
    parent: QWidget, database: Database, site: SiteInfo, tasks: TaskRunner,
    template: Source, out: Path, year: int, today: dt.date,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Fill ``template`` for ``year`` into ``out`` on the pool; ``done(out)`` after."""
    from desktop.documents.template_workbook import FilledSheet, fill_template

    def work(session: Session) -> Path:
        if site.is_upper:
            summed, each = upper_values(session, year, today, site.unit_name, site.unit_code)
            sheets = [FilledSheet(None, summed),
                      *(FilledSheet(name, values) for name, values in each)]
        else:
            sheets = [FilledSheet(None, commune_values(session, site.unit_id, year, today))]
        source = template if isinstance(template, Path) else template_content(session, template)
        fill_template(source, out, sheets)
        return out

    tasks.query(parent, database, work, done=done or (lambda _out: None),
                progress=_tr("Đang điền mẫu báo cáo…"))


def _ask_output(parent: QWidget, suggested: Path) -> Path | None:
    target, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Lưu báo cáo đã điền"), str(suggested), _tr("Bảng tính Excel (*.xlsx)"),
    )
    if not target:
        return None
    out = Path(target)
    return out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx")


def _ask_template_file(parent: QWidget, title: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, str(Path.home()), _tr("Mẫu Excel (*.xlsx)"),
    )
    return Path(chosen) if chosen else None


class TemplateChoiceDialog(QDialog):
    """The forms the register holds, to fill one; at the upper level, to send or withdraw.

    Attributes:
        chosen: after "Điền", the id of the chosen form, or the file picked instead.
    """

    def __init__(self, templates: list[PublishedTemplate], upper: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Mẫu báo cáo"))
        self.chosen: Source | None = None
        self.upper = upper
        self.publish_requested = False
        self.withdraw_requested: str | None = None
        note = QLabel(_tr(
            "Các mẫu cấp trên gửi xuống (theo gói đồng bộ). Chọn một mẫu rồi bấm «Điền», "
            "hoặc chọn một tệp mẫu khác."
        ) if not upper else _tr(
            "Các mẫu đơn vị đã gửi cho các xã; các xã nhận ở gói gửi xuống tiếp theo. "
            "Chọn một mẫu để điền số liệu tổng hợp, hoặc gửi mẫu mới."
        ))
        note.setWordWrap(True)
        self.list = QListWidget()
        for template in templates:
            origin = _tr("đơn vị này gửi") if template.own else _tr("của cấp trên")
            item = QListWidgetItem(_tr("{name} — lần {edition}, {day} · {origin}").format(
                name=template.name, edition=template.edition,
                day=format_date(template.published_on), origin=origin))
            item.setData(Qt.ItemDataRole.UserRole, template.template_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, template.own)
            self.list.addItem(item)
        if templates:
            self.list.setCurrentRow(0)
        self.empty = QLabel(_tr("Sổ chưa có mẫu nào."))
        self.empty.setVisible(not templates)

        buttons = QDialogButtonBox()
        self.fill_button = QPushButton(_tr("Điền mẫu đã chọn…"))
        self.fill_button.setDefault(True)
        self.file_button = QPushButton(_tr("Chọn tệp mẫu khác…"))
        buttons.addButton(self.fill_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button = QPushButton(_tr("Gửi mẫu mới cho các xã…"))
        self.withdraw_button = QPushButton(_tr("Thôi gửi mẫu này"))
        if upper:
            buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
            buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.fill_button.clicked.connect(self._fill)
        self.file_button.clicked.connect(self._file)
        self.publish_button.clicked.connect(self._publish)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemDoubleClicked.connect(lambda _item: self._fill())

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        fit_to_screen(self, self.sizeHint().expandedTo(self.minimumSizeHint()))
        self._update()

    def _current(self) -> QListWidgetItem | None:
        return self.list.currentItem()

    def _update(self) -> None:
        item = self._current()
        self.fill_button.setEnabled(item is not None)
        self.withdraw_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1)))

    def _fill(self) -> None:
        item = self._current()
        if item is None:
            return
        self.chosen = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _file(self) -> None:
        path = _ask_template_file(self, _tr("Chọn mẫu báo cáo"))
        if path is not None:
            self.chosen = path
            self.accept()

    def _publish(self) -> None:
        self.publish_requested = True
        self.accept()

    def _withdraw(self) -> None:
        item = self._current()
        if item is not None:
            self.withdraw_requested = str(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


def ask_and_fill(
    parent: QWidget, database: Database, site: SiteInfo, tasks: TaskRunner,
    year: int, today: dt.date, done: Callable[[Path], None] | None = None,
) -> None:
    """Offer the forms held (or a file), ask where to save, then fill in the background."""

    def chosen(templates: list[PublishedTemplate]) -> None:
        if not templates and not site.is_upper:
            path = _ask_template_file(parent, _tr("Chọn mẫu báo cáo của cấp trên"))
            if path is not None:
                _fill(path, path.stem)
            return
        dialog = TemplateChoiceDialog(templates, site.is_upper, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.publish_requested:
            ask_and_publish(parent, database, tasks, today)
        elif dialog.withdraw_requested is not None:
            withdraw(parent, database, tasks, dialog.withdraw_requested)
        elif isinstance(dialog.chosen, Path):
            _fill(dialog.chosen, dialog.chosen.stem)
        elif dialog.chosen is not None:
            name = next(t.name for t in templates if t.template_id == dialog.chosen)
            _fill(dialog.chosen, name)

    def _fill(source: Source, stem: str) -> None:
        folder = source.parent if isinstance(source, Path) else Path.home()
        out = _ask_output(parent, folder / f"{_file_stem(stem)}-{year}-da-dien.xlsx")
        if out is not None:
            fill_in_background(parent, database, site, tasks, source, out, year, today, done)

    tasks.query(parent, database, list_templates, done=chosen)


def _file_stem(name: str) -> str:
    """Return a form's name as a file name: no characters Windows refuses."""
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    return cleaned.strip(" .")[:80] or "mau-bao-cao"


def ask_and_publish(parent: QWidget, database: Database, tasks: TaskRunner,
                    today: dt.date) -> None:
    """Pick a form file, check its placeholders, and send it to the communes."""
    from desktop.documents.template_workbook import check_template, load_template
    from desktop.widgets import messages

    path = _ask_template_file(parent, _tr("Chọn mẫu báo cáo sẽ gửi cho các xã"))
    if path is None:
        return

    def work(session: Session) -> PublishedTemplate:
        check_template(load_template(path))
        return publish_template(session, path.stem, path.read_bytes(), today)

    def sent(template: PublishedTemplate) -> None:
        messages.show_info(parent, _tr("Mẫu báo cáo"), _tr(
            "Đã gửi mẫu «{name}» (lần {edition}). Các xã nhận mẫu ở gói gửi xuống tiếp theo."
        ).format(name=template.name, edition=template.edition))

    tasks.op(parent, database, work, done=sent, changes=(Change.SETTINGS,),
             progress=_tr("Đang kiểm tra mẫu…"))


def withdraw(parent: QWidget, database: Database, tasks: TaskRunner, template_id: str) -> None:
    """Stop sending a form, after asking."""
    from desktop.widgets import messages

    if not messages.confirm(parent, _tr("Mẫu báo cáo"), _tr(
        "Thôi gửi mẫu này? Các xã sẽ không còn mẫu ở gói gửi xuống tiếp theo."
    ), _tr("Thôi gửi")):
        return
    tasks.op(parent, database,
             lambda session: withdraw_template(session, template_id, dt.datetime.now()),
             changes=(Change.SETTINGS,))
