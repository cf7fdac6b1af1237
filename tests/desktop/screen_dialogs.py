"""Every dialog the program opens, opened the way the program opens it (see screen_probe).

Each entry calls what a button calls (``new_member``, ``edit_targets``…), so the dialog
comes up at exactly the size the program gives it. A timer looks for the window that
appeared, has it checked, and closes it without saving; it also closes any message or
file dialog, which Qt runs in its own loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Check = Callable[[str, Any], dict[str, object]]

DIALOG_NAMES = (
    "members:new",
    "members:edit",
    "members:export",
    "members:import-file",
    "members:import",
    "members:import-preview",
    "members:bulk-branch",
    "members:bulk-status",
    "members:status",
    "members:privacy",
    "members:history",
    "members:conflict",
    "branches:add",
    "branches:rename",
    "branches:merge",
    "officers:post",
    "officers:end-post",
    "officers:qualification",
    "officers:need",
    "officers:standards",
    "officers:standard-rule",
    "meetings:new",
    "meetings:edit",
    "meetings:print-preview",
    "trainings:new",
    "trainings:edit",
    "trainings:pick-members",
    "trainings:outside-person",
    "trainings:print-preview",
    "certificates:issue",
    "certificates:pattern",
    "certificates:revoke",
    "reports:targets",
    "reports:print-preview",
    "sync:send-up",
    "sync:long-report",
    "sync:problem",
    "settings:passphrase",
    "settings:history",
    "settings:enable-accounts",
    "settings:add-account",
    "settings:edit-account",
    "settings:password",
    "sync:batch",
    "start:login",
    "start:recovery",
    "start:setup",
    "start:setup-unit",
)
"""What ``check_dialogs`` opens; the test asks for a report on each."""

LONG_NAME = "Hội LHPN phường Văn Miếu - Quốc Tử Giám"
REPORT_LINE = "{name} — đã nhận gói số 12, 1.234 hội viên"
PROBLEM = "Tệp gói hỏng. "
RECOVERY_DETAIL = "tệp hỏng (database disk image is malformed)"
ACCOUNT = ("chutich", "Nguyễn Thị Hồng Nhung Phương Thảo Văn Miếu Quốc Tử Giám")
BATCH_NOTE = "Gói này cũ hơn gói đã nhập; bỏ qua để không ghi đè dữ liệu mới hơn của xã. "
WORKBOOK_HEADER = ["STT", "Họ và tên", "Ngày sinh", "Chi hội", "Địa chỉ"]
WORKBOOK_ROW = ["Nguyễn Thị Hồng Nhung Phương Thảo {number}", "12/03/1985",
                "Chi hội Phụ nữ thôn Đông Thượng Lãng Nghĩa Trung", "Xóm " * 30]
FED_TEXTS = (LONG_NAME, REPORT_LINE, PROBLEM, RECOVERY_DETAIL, *ACCOUNT, BATCH_NOTE,
             *WORKBOOK_HEADER, *WORKBOOK_ROW)
"""What the checks hand the dialogs as data (a report, a file's cells, a reason): not
interface, so the pseudo-translation check allows their words bare."""



class Catcher:
    """Check and close the next dialog that shows up."""

    def __init__(self, window: QWidget, check: Check, settle: Callable[[Any], None]) -> None:
        self.window = window
        self.check = check
        self.settle = settle
        self.reports: list[dict[str, object]] = []
        self.expected: str | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _visible_dialogs(self) -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]

    def _look(self) -> None:
        dialogs = self._visible_dialogs()
        if not dialogs:
            return
        dialog = dialogs[-1]
        name, self.expected = self.expected, None
        if name is not None:
            self.settle(None)
            report = self.check(name, dialog)
            report["title"] = dialog.windowTitle()
            report["class"] = type(dialog).__name__
            self.reports.append(report)
        # Close without the dialog's own "discard?" question: nothing is saved.
        QDialog.done(dialog, QDialog.DialogCode.Rejected)

    def open(self, name: str, trigger: Callable[[], object]) -> None:
        """Run ``trigger`` and check the dialog it opens."""
        self.expected = name
        try:
            opened = trigger()
            if isinstance(opened, QDialog) and not opened.isVisible():
                opened.open()
        except Exception as exc:
            self.expected = None
            self.reports.append({"name": name, "fits": False,
                                 "outside": [f"could not open: {type(exc).__name__}: {exc}"]})
            return
        deadline = time.monotonic() + 3
        while self.expected is not None and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)
        if self.expected is not None:
            self.expected = None
            self.reports.append({"name": name, "fits": False, "outside": ["did not open"]})
        # Whatever the dialog left open (a question) is closed too, unchecked.
        deadline = time.monotonic() + 0.2
        while time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            for dialog in self._visible_dialogs():
                QDialog.done(dialog, QDialog.DialogCode.Rejected)


def _workbook(folder: Path) -> Path:
    """A small member list with long names, as an office imports it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(WORKBOOK_HEADER)
    for number in range(1, 30):
        sheet.append([number, *(cell.format(number=number) for cell in WORKBOOK_ROW)])
    path = folder / "danh sach hoi vien.xlsx"
    book.save(path)
    return path


def check_dialogs(window: Any, check: Check,
                  settle: Callable[[Any], None]) -> list[dict[str, object]]:
    """Open, check and close each dialog the program opens, page by page."""
    import tempfile

    catcher = Catcher(window, check, settle)
    folder = Path(tempfile.mkdtemp(prefix="sohoi-dialogs-"))
    database, site, tasks = window.database, window.site, window.tasks

    members = window.show_page("members")
    members.table.selectRow(0)
    member_id = members.model.row_at(0).id
    catcher.open("members:new", members.new_member)
    catcher.open("members:edit", lambda: members.open_member(0))
    catcher.open("members:export", members.export)
    catcher.open("members:import-file", members.import_file)

    def import_dialog() -> QDialog:
        from desktop.pages.members.import_dialog import ImportDialog

        return ImportDialog(database, site, tasks, _workbook(folder), members)

    catcher.open("members:import", import_dialog)

    def import_preview() -> QDialog:
        dialog = import_dialog()
        dialog.make_preview()  # type: ignore[attr-defined]
        return dialog

    catcher.open("members:import-preview", import_preview)
    catcher.open("members:bulk-branch", members.change_branch_of_selected)
    catcher.open("members:bulk-status", members.change_status_of_selected)

    from desktop.pages.members.form import MemberFormDialog

    form = MemberFormDialog(database, site, tasks, member_id, members)
    catcher.open("members:status", form.open_status_dialog)
    catcher.open("members:privacy", form.open_privacy_dialog)
    catcher.open("members:history", form.open_audit)

    from dataclasses import replace as replaced

    from desktop.widgets.conflict_dialog import ConflictDialog

    mine = form.draft()
    theirs = replaced(mine, address=WORKBOOK_ROW[3], notes=BATCH_NOTE * 3)
    catcher.open("members:conflict", lambda: ConflictDialog(
        form, form.tr("hồ sơ của {name}").format(name=ACCOUNT[1]), form._compared(mine, theirs)))
    QDialog.done(form, 0)

    branches = window.show_page("branches")
    branches.table.selectRow(0)
    catcher.open("branches:add", branches.add_branch)
    catcher.open("branches:rename", branches.rename_selected)
    catcher.open("branches:merge", branches.merge_selected)

    officers = window.show_page("officers")
    catcher.open("officers:post", officers.assign_post)
    officers.table.selectRow(0)
    officers.posts_table.selectRow(0)
    catcher.open("officers:end-post", officers.end_selected_post)
    catcher.open("officers:qualification", officers.add_qualification)
    catcher.open("officers:need", officers.add_need)
    catcher.open("officers:standards", officers.edit_standards)

    from desktop.pages.officers.dialogs import StandardsDialog

    standards = StandardsDialog(database, tasks, officers)
    catcher.open("officers:standard-rule", lambda: standards.open_rule(None))
    QDialog.done(standards, 0)

    meetings = window.show_page("meetings")
    catcher.open("meetings:new", meetings.new_meeting)
    catcher.open("meetings:edit", meetings.edit_meeting)
    catcher.open("meetings:print-preview", lambda: meetings.print_sheet(blank=True))

    trainings = window.show_page("trainings")
    catcher.open("trainings:new", trainings.new_course)
    catcher.open("trainings:edit", trainings.edit_course)
    catcher.open("trainings:pick-members", trainings.picker)
    catcher.open("trainings:outside-person", trainings.add_outside)
    catcher.open("trainings:print-preview", lambda: trainings.print_sheet(blank=True))

    certificates = window.show_page("certificates")
    catcher.open("certificates:issue", certificates.issue_dialog)
    catcher.open("certificates:pattern", certificates.pattern_dialog)
    certificates.table.selectRow(0)
    catcher.open("certificates:revoke", certificates.revoke_selected)

    reports = window.show_page("reports")
    catcher.open("reports:targets", reports.edit_targets)
    catcher.open("reports:print-preview", reports.print_untrained)

    sync = window.show_page("sync")
    catcher.open("sync:send-up", sync.send_up)

    from desktop.pages.sync import messages

    report = "<br>".join(REPORT_LINE.format(name=name) for name in [LONG_NAME] * 170)
    catcher.open("sync:long-report", lambda: messages.show_done(sync, "Nhận gói", report))
    catcher.open("sync:problem", lambda: messages.show_problem(sync, PROBLEM * 40))

    settings = window.show_page("settings")
    catcher.open("settings:passphrase", settings.choose_new_passphrase)
    catcher.open("settings:history", settings.open_audit)
    catcher.open("settings:enable-accounts", settings.accounts.open_enable_dialog)

    from db.accounts import AccountDraft, Role, enable_accounts
    from desktop.pages.settings.accounts_view import ADD, EDIT, AccountDialog, PasswordDialog

    with database.transaction() as session:
        admin = enable_accounts(session, AccountDraft(
            *ACCOUNT, Role.ADMIN, "mat-khau-du-dai-2026", "mat-khau-du-dai-2026"))
    catcher.open("settings:add-account", lambda: AccountDialog(
        database, tasks, ADD, by=admin.id, parent=settings))
    catcher.open("settings:edit-account", lambda: AccountDialog(
        database, tasks, EDIT, admin, by=admin.id, parent=settings))
    catcher.open("settings:password", lambda: PasswordDialog(
        database, tasks, admin, by=admin.id, parent=settings))

    from desktop.pages.sync.batch_dialog import BatchDialog, BatchRow, Plan

    rows = [BatchRow(folder / f"goi-du-lieu-cua-xa-{n:03d}-rat-dai-ten-tep.sohoi-goi", plan,
                     None, BATCH_NOTE * 2)
            for n, plan in enumerate([Plan.IMPORT, Plan.REFUSED, Plan.FIRST,
                                      Plan.NEWER_IN_FOLDER] * 40)]
    catcher.open("sync:batch", lambda: BatchDialog(rows, folder, sync))

    from desktop.login_dialog import LoginDialog
    from desktop.recovery_dialog import RecoveryDialog
    from desktop.setup_wizard import SetupWizard

    catcher.open("start:login", lambda: LoginDialog(database, tasks, site.union_name))
    catcher.open("start:recovery", lambda: RecoveryDialog(
        database.path, folder, RECOVERY_DETAIL))
    catcher.open("start:setup", SetupWizard)

    def wizard_at(page: int) -> QDialog:
        wizard = SetupWizard()
        for _ in range(page):
            wizard.next()
        return wizard

    catcher.open("start:setup-unit", lambda: wizard_at(1))
    catcher.timer.stop()
    return catcher.reports


UPPER_DIALOG_NAMES = (
    "upper:members-export",
    "upper:enroll",
    "upper:print-preview",
    "upper:history",
)
"""What ``check_upper_dialogs`` opens on an upper level's register."""


def check_upper_dialogs(window: Any, check: Check,
                        settle: Callable[[Any], None]) -> list[dict[str, object]]:
    """Open, check and close the dialogs an upper level's office opens."""
    catcher = Catcher(window, check, settle)
    members = window.show_page("members")
    catcher.open("upper:members-export", members.export)
    sync = window.show_page("sync")
    catcher.open("upper:enroll", sync.enroll_commune)
    reports = window.show_page("reports")
    catcher.open("upper:print-preview", reports.print_untrained)
    settings = window.show_page("settings")
    catcher.open("upper:history", settings.open_audit)
    catcher.timer.stop()
    return catcher.reports
