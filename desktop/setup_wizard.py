"""First run: choose the commune (or the upper level) and create the branches.

A branch's own laptop starts instead from the enrollment file its commune wrote.

Short steps, each undoable until "Hoàn tất": what kind of office this is, which unit
from the official catalog (search as you type, without tones), the branches, and a
summary to confirm. Nothing is chosen for the person (a unit nobody chose would be set
up for good), and nothing is written until the summary is confirmed, then in one
transaction. A demo commune can be opened instead, in a file of its own marked "XÃ MẪU",
so looking around never touches the real register.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db import catalog
from db.engine import Database, open_database
from db.errors import UserError
from db.site import SiteInfo, find_site, init_site
from db.text import search_key
from db.units import create_branch
from desktop import paths
from desktop.error_text import error_text
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import fit_to_screen

MODE_COMMUNE = "commune"
MODE_UPPER = "upper"
MODE_DEMO = "demo"
MODE_BRANCH = "branch"
MODE_SERVER = "server"


@dataclass
class SetupChoice:
    """What the person chose in the wizard."""

    mode: str = MODE_COMMUNE
    province_code: str = ""
    commune_code: str = ""
    branches: list[str] = field(default_factory=list)
    enrollment: bytes = b""
    """A branch laptop: the enrollment file the commune wrote for it, fingerprint compared."""
    server_url: str = ""
    """« Kết nối máy chủ »: the address of the office's register on a server."""


def apply_setup(database: Database, choice: SetupChoice) -> SiteInfo:
    """Write the chosen unit and branches in one transaction."""
    with database.transaction() as session:
        if choice.mode == MODE_BRANCH:
            from db.site import get_site
            from db.sync.enrollment import import_enrollment

            import_enrollment(session, choice.enrollment, accept_key=True)
            return get_site(session)
        if choice.mode == MODE_UPPER:
            return init_site(session, choice.province_code, upper=True)
        site = init_site(session, choice.commune_code)
        for name in choice.branches:
            create_branch(session, site.unit_id, name)
        return site


def demo_path() -> Path:
    """Return the file of the demo commune (apart from the real register)."""
    return paths.demo_database()


def open_demo(tasks: TaskRunner, parent: QWidget | None = None) -> tuple[Database, SiteInfo]:
    """Open the demo commune, building it first (in the background) if needed."""
    path = demo_path()
    database = open_database(path)
    with database.reading() as session:
        site = find_site(session)
    if site is not None:
        return database, site
    progress = QProgressDialog(
        QWidget.tr(parent, "Đang tạo xã mẫu…") if parent else "Đang tạo xã mẫu…",
        "", 0, 0, parent,
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def build() -> None:
        from db.demo.generator import build_demo

        build_demo(database, members=8000, seed=7)

    def done(_result: object) -> None:
        outcome["ok"] = True
        loop.quit()

    def failed(exc: BaseException, _details: str) -> None:
        outcome["error"] = exc
        loop.quit()

    tasks.write(build, done, failed)
    if not outcome:
        loop.exec()
    progress.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    with database.reading() as session:
        built = find_site(session)
    assert built is not None
    return database, built


class ModePage(QWizardPage):
    """Step 1: a commune office, the upper level, or a look at a demo commune."""

    def __init__(self, choice: SetupChoice) -> None:
        super().__init__()
        self.choice = choice
        self.setTitle(self.tr("Chào mừng đến với Sổ Hội"))
        self.setSubTitle(self.tr("Máy tính này dùng cho đơn vị nào?"))
        self.commune = QRadioButton(self.tr("Hội LHPN xã, phường, đặc khu (cơ sở)"))
        self.upper = QRadioButton(self.tr("Hội LHPN cấp trên (tỉnh, thành phố)"))
        self.demo = QRadioButton(self.tr("Xem thử với một xã mẫu (dữ liệu không có thật)"))
        self.branch = QRadioButton(self.tr(
            "Máy riêng của một chi hội (nhập tệp đăng ký do Hội LHPN xã gửi)"))
        self.server = QRadioButton(self.tr(
            "Kết nối máy chủ: sổ dùng chung của văn phòng tỉnh trên máy chủ"))
        # Nothing is checked: the person says which office this is.
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.commune, self.upper, self.branch, self.server, self.demo):
            self.group.addButton(button)
            layout.addWidget(button)
        # The buttons below follow the choice: "Mở xã mẫu" finishes at once for the demo.
        self.group.buttonToggled.connect(lambda _button, _on: self.completeChanged.emit())
        hint = QLabel(self.tr("Có thể xem xã mẫu trước; sổ thật của đơn vị không bị ảnh hưởng."))
        hint.setWordWrap(True)
        layout.addSpacing(12)
        layout.addWidget(hint)

    def isComplete(self) -> bool:  # noqa: N802
        """The page is done once one of the three is chosen."""
        return self.group.checkedButton() is not None

    def validatePage(self) -> bool:  # noqa: N802
        """Remember the mode before moving on."""
        if self.upper.isChecked():
            self.choice.mode = MODE_UPPER
        elif self.demo.isChecked():
            self.choice.mode = MODE_DEMO
        elif self.branch.isChecked():
            self.choice.mode = MODE_BRANCH
        elif self.server.isChecked():
            self.choice.mode = MODE_SERVER
        else:
            self.choice.mode = MODE_COMMUNE
        return True

    def nextId(self) -> int:  # noqa: N802
        """The demo has a page of its own that says what it is, then finishes."""
        if self.branch.isChecked():
            return SetupWizard.BRANCH_PAGE
        if self.server.isChecked():
            return SetupWizard.SERVER_PAGE
        return SetupWizard.DEMO_PAGE if self.demo.isChecked() else SetupWizard.UNIT_PAGE


class BranchPage(QWizardPage):
    """A branch's own laptop: the commune's enrollment file, its fingerprint compared.

    Nothing is written before "Hoàn tất"; the file is read and its signature checked
    here, and the commune's fingerprint is shown to compare on the phone.
    """

    def __init__(self, choice: SetupChoice) -> None:
        super().__init__()
        self.choice = choice
        self.setTitle(self.tr("Máy riêng của chi hội"))
        self.setSubTitle(self.tr(
            "Chọn tệp đăng ký (.sohoi) do Hội LHPN xã ghi cho chi hội, rồi gọi điện cho xã "
            "để so mã nhận diện."
        ))
        self.choose_button = QPushButton(self.tr("Chọn tệp đăng ký…"))
        self.description = QLabel()
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.confirm_box = QCheckBox(self.tr(
            "Tôi đã so mã nhận diện trên với mã trên màn hình của xã: trùng khớp."))
        self.confirm_box.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.description)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose_file)
        self.confirm_box.toggled.connect(lambda _on: self.completeChanged.emit())

    def choose_file(self) -> None:
        """Ask for the file, then read it."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp đăng ký (.sohoi)"), str(Path.home()),
            self.tr("Tệp Sổ Hội (*.sohoi)"))
        if name:
            self.read_file(Path(name))

    def read_file(self, path: Path) -> None:
        """Check the file's frame and signature and say what it is (nothing written)."""
        from db.errors import UserError
        from db.sync.enrollment import read_enrollment
        from db.sync.files import read_package_file

        self.choice.enrollment = b""
        self.confirm_box.setChecked(False)
        self.confirm_box.setEnabled(False)
        try:
            data = read_package_file(path)
            info = read_enrollment(data)
        except UserError as error:
            self.description.setText(error_text(error))
            self.completeChanged.emit()
            return
        self.choice.enrollment = data
        self.description.setText(self.tr(
            "Tệp đăng ký của {sender} cho {branch}, tạo lúc {created} UTC.\n\n"
            "Mã nhận diện của xã: {fingerprint}").format(
                sender=info.upper_name, branch=info.commune_name, created=info.created_at,
                fingerprint=info.fingerprint))
        self.confirm_box.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        """Done once a file was read and its fingerprint confirmed."""
        return bool(self.choice.enrollment) and self.confirm_box.isChecked()

    def nextId(self) -> int:  # noqa: N802
        """The file says everything: "Hoàn tất" sets the laptop up."""
        return -1


class DemoPage(QWizardPage):
    """The demo commune: what it is, in a file of its own; "Hoàn tất" opens it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Xem thử với một xã mẫu"))
        text = QLabel(self.tr(
            "Xã mẫu là dữ liệu không có thật (8.000 hội viên, các chi hội, buổi sinh hoạt, "
            "lớp tập huấn) để xem thử mọi chức năng. Xã mẫu nằm trong một tệp riêng, cửa "
            "sổ ghi rõ « XÃ MẪU »; sổ thật của đơn vị không bị ảnh hưởng.\n\n"
            "Khi muốn dùng thật, mở lại Sổ Hội và chọn đơn vị của mình."
        ))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802
        """Nothing follows: "Hoàn tất" opens the demo."""
        return -1


class UnitPage(QWizardPage):
    """Step 2: the province, then the commune, from the official catalog."""

    def __init__(self, choice: SetupChoice) -> None:
        super().__init__()
        self.choice = choice
        self.setTitle(self.tr("Chọn đơn vị"))
        self.province = QComboBox()
        self.province.setEditable(False)
        self.province.addItem(self.tr("— Chọn tỉnh, thành phố —"), "")
        for unit in catalog.provinces():
            self.province.addItem(unit.name, unit.code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ tên xã, phường (không cần dấu)"))
        self.search.setClearButtonEnabled(True)
        self.communes = QListWidget()
        self.commune_label = QLabel(self.tr("Xã, phường, đặc khu:"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tỉnh, thành phố:")))
        layout.addWidget(self.province)
        layout.addWidget(self.commune_label)
        layout.addWidget(self.search)
        layout.addWidget(self.communes, 1)
        self.province.currentIndexChanged.connect(self._fill_communes)
        self.search.textChanged.connect(self._filter)
        self.communes.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        self.communes.itemDoubleClicked.connect(lambda _item: self.wizard().next())

    def initializePage(self) -> None:  # noqa: N802
        """Show or hide the commune list depending on the mode."""
        upper = self.choice.mode == MODE_UPPER
        self.setSubTitle(
            self.tr("Chọn tỉnh, thành phố của Hội LHPN cấp trên.") if upper
            else self.tr("Chọn tỉnh, thành phố rồi chọn xã, phường của Hội.")
        )
        for widget in (self.commune_label, self.search, self.communes):
            widget.setVisible(not upper)
        self._fill_communes()

    def _fill_communes(self) -> None:
        self.communes.clear()
        code = self.province.currentData()
        if not code:
            return
        for unit in catalog.communes(code):
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, search_key(unit.name))
            self.communes.addItem(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = search_key(text)
        first_visible = -1
        for row in range(self.communes.count()):
            item = self.communes.item(row)
            hidden = bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(hidden)
            if not hidden and first_visible < 0:
                first_visible = row
        current = self.communes.currentItem()
        if current is not None and current.isHidden():
            self.communes.setCurrentRow(-1)
            current = None
        # Only what the person typed selects a commune (the first match); an untouched
        # list selects nothing.
        if needle and current is None and first_visible >= 0:
            self.communes.setCurrentRow(first_visible)
        self.completeChanged.emit()

    def select_province(self, code: str) -> None:
        """Choose a province by its code (used by tests and by the keyboard)."""
        self.province.setCurrentIndex(self.province.findData(code))

    def isComplete(self) -> bool:  # noqa: N802
        """The page is done when a province (and, for a commune, a commune) is chosen."""
        if self.choice.mode == MODE_UPPER:
            return bool(self.province.currentData())
        item = self.communes.currentItem()
        return item is not None and not item.isHidden() and self.communes.currentRow() >= 0

    def validatePage(self) -> bool:  # noqa: N802
        """Remember the chosen codes."""
        self.choice.province_code = str(self.province.currentData())
        item = self.communes.currentItem()
        self.choice.commune_code = (
            str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        )
        return True

    def nextId(self) -> int:  # noqa: N802
        """The upper level has no branches to create: straight to the summary."""
        return (SetupWizard.SUMMARY_PAGE if self.choice.mode == MODE_UPPER
                else SetupWizard.BRANCHES_PAGE)


class BranchesPage(QWizardPage):
    """Step 3: the branches (villages, residential groups), one per line."""

    def __init__(self, choice: SetupChoice) -> None:
        super().__init__()
        self.choice = choice
        self.setTitle(self.tr("Các chi hội"))
        self.setSubTitle(self.tr(
            "Gõ tên các chi hội, mỗi dòng một chi hội (ví dụ: Thôn Đông). "
            "Có thể để trống và thêm sau ở trang Chi hội."
        ))
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText("Thôn Đông\nThôn Tây\nThôn Nam")
        layout = QVBoxLayout(self)
        layout.addWidget(self.names)

    def validatePage(self) -> bool:  # noqa: N802
        """Keep the non-empty, distinct lines."""
        seen: set[str] = set()
        names = []
        for line in self.names.toPlainText().splitlines():
            key = search_key(line)
            if key and key not in seen:
                seen.add(key)
                names.append(line.strip())
        self.choice.branches = names
        return True


def describe_choice(choice: SetupChoice) -> list[str]:
    """Return the summary lines the person confirms before anything is written."""
    province = catalog.find(choice.province_code) if choice.province_code else None
    if choice.mode == MODE_UPPER:
        name = catalog.union_name(province.name) if province else ""
        return [f"Đơn vị: {name}", "Chế độ: cấp trên (tổng hợp số liệu các xã)"]
    commune = catalog.find(choice.commune_code) if choice.commune_code else None
    lines = [
        f"Đơn vị: {catalog.union_name(commune.name) if commune else ''}",
        f"Thuộc: {province.name if province else ''}",
        "Chế độ: cơ sở (xã, phường, đặc khu)",
    ]
    if choice.branches:
        lines.append(f"Chi hội ({len(choice.branches)}): " + ", ".join(choice.branches))
    else:
        lines.append("Chi hội: chưa có (thêm sau ở trang Chi hội)")
    return lines


class SummaryPage(QWizardPage):
    """Last step: what will be set up, to confirm; nothing is written before "Hoàn tất"."""

    def __init__(self, choice: SetupChoice) -> None:
        super().__init__()
        self.choice = choice
        self.setTitle(self.tr("Kiểm tra lại trước khi thiết lập"))
        self.setSubTitle(self.tr(
            "Máy tính này sẽ được thiết lập cho đơn vị dưới đây. Nếu chưa đúng, bấm "
            "« Quay lại » để sửa."
        ))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        """Show the choice as it stands now."""
        self.summary.setText("\n".join(describe_choice(self.choice)))

    def nextId(self) -> int:  # noqa: N802
        """The summary is the last step."""
        return -1


class ServerPage(QWizardPage):
    """« Kết nối máy chủ »: this PC opens the office's register on a server."""

    def __init__(self, choice: SetupChoice) -> None:
        super().__init__()
        from desktop.server_connection import ServerConnectionDialog

        self.choice = choice
        self.setTitle(self.tr("Kết nối máy chủ"))
        self.setSubTitle(self.tr(
            "Sổ đã được người quản trị tạo trên máy chủ (sohoi server init). Mỗi lần mở, Sổ "
            "Hội hỏi mật khẩu máy chủ rồi tài khoản đăng nhập của bạn."))
        # The dialog's fields, shown on the page itself.
        self.fields = ServerConnectionDialog()
        self.fields.setWindowFlags(Qt.WindowType.Widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        self.fields.address.textChanged.connect(lambda _text: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802
        """An address is needed."""
        return bool(self.fields.address.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        """Keep the address (with its password, in memory) if it names a server."""
        from db.dialects import is_server_url

        chosen = self.fields.chosen()
        if chosen is None or not is_server_url(chosen):
            self.fields.accept()  # shows what is wrong, and stays
            return False
        self.choice.server_url = chosen
        return True

    def nextId(self) -> int:  # noqa: N802
        """Nothing follows: the register on the server is already set up."""
        return -1


class SetupWizard(QWizard):
    """The steps of the first run."""

    (MODE_PAGE, UNIT_PAGE, BRANCHES_PAGE, SUMMARY_PAGE, DEMO_PAGE, BRANCH_PAGE,
     SERVER_PAGE) = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = SetupChoice()
        self.setWindowTitle(self.tr("Thiết lập Sổ Hội"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.mode_page = ModePage(self.choice)
        self.unit_page = UnitPage(self.choice)
        self.branches_page = BranchesPage(self.choice)
        self.setPage(self.MODE_PAGE, self.mode_page)
        self.setPage(self.UNIT_PAGE, self.unit_page)
        self.setPage(self.BRANCHES_PAGE, self.branches_page)
        self.summary_page = SummaryPage(self.choice)
        self.setPage(self.SUMMARY_PAGE, self.summary_page)
        self.demo_page = DemoPage()
        self.setPage(self.DEMO_PAGE, self.demo_page)
        self.branch_page = BranchPage(self.choice)
        self.setPage(self.BRANCH_PAGE, self.branch_page)
        self.server_page = ServerPage(self.choice)
        self.setPage(self.SERVER_PAGE, self.server_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Để sau"))
        fit_to_screen(self, QSize(640, 520))


def run_first_setup(
    database: Database, tasks: TaskRunner
) -> tuple[Database, SiteInfo] | None:
    """Run the wizard; return the register to open, or None if the person cancelled."""
    wizard = SetupWizard()
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return None
    if wizard.choice.mode == MODE_DEMO:
        return open_demo(tasks)
    if wizard.choice.mode == MODE_SERVER:
        return open_server_register(wizard.choice.server_url)
    return database, apply_setup(database, wizard.choice)


def open_server_register(url: str) -> tuple[Database, SiteInfo]:
    """Open the office's register on the server and remember its address (no password).

    Raises:
        UserError: the server refused, or holds no register yet (its administrator
            creates it with ``sohoi server init``).
    """
    from db.engine import open_server_database
    from desktop.server_connection import remember_server

    database = open_server_database(url)
    with database.reading() as session:
        site = find_site(session)
    if site is None:
        database.close()
        raise UserError(QCoreApplication.translate(
            "SetupWizard", "Cơ sở dữ liệu trên máy chủ chưa có sổ. Người quản trị máy chủ "
            "hãy tạo sổ bằng lệnh sohoi server init (hoặc chuyển sổ đang có bằng sohoi "
            "server migrate)."))
    remember_server(url)
    return database, site
