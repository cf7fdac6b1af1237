"""The audit dialog: a member's history with its before → after, and the overall list."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.members import MemberDraft, add_member, update_member
from db.site import get_site
from desktop.widgets.audit_view import AuditDialog
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)


def _member_with_history(database: Database) -> str:
    with database.transaction() as session:
        commune = get_site(session).unit_id
        member_id = add_member(session, commune, MemberDraft(
            full_name="Nguyễn Thị Hoa", phone="0912345678"), TODAY)
    with database.transaction() as session:
        update_member(session, member_id, MemberDraft(
            full_name="Nguyễn Thị Hoa", phone="0987654321"), TODAY)
    return member_id


def _cells(dialog: AuditDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _detail(dialog: AuditDialog) -> list[tuple[str, str, str]]:
    table = dialog.detail
    return [tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(table.rowCount())]


def test_lists_a_members_history(qtbot, commune_db: Database) -> None:  # type: ignore[no-untyped-def]
    member_id = _member_with_history(commune_db)
    dialog = AuditDialog(commune_db, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    cells = _cells(dialog)
    assert [c[4] for c in cells] == ["Sửa", "Thêm"]
    assert {c[2] for c in cells} == {"Hội viên"}
    assert {c[3] for c in cells} == {"Nguyễn Thị Hoa"}
    assert len(cells[0][0]) == len("25/11/2026 08:30") and cells[0][0][2] == "/"
    assert not dialog.filters.isVisible()
    assert ("Số điện thoại", "0912345678", "0987654321") in _detail(dialog)
    dialog.table.selectRow(1)
    assert ("Họ và tên", "—", "Nguyễn Thị Hoa") in _detail(dialog)
    dialog.grab().save("/tmp/audit_member.png")


def test_overall_list_filters_by_text_and_kind(qtbot, commune_db: Database) -> None:  # type: ignore[no-untyped-def]
    _member_with_history(commune_db)
    dialog = AuditDialog(commune_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.filters.isVisible()
    everything = len(_cells(dialog))
    assert everything >= 3
    dialog.kind.setCurrentIndex(dialog.kind.findData("members"))
    dialog.reload()
    assert {c[2] for c in _cells(dialog)} == {"Hội viên"}
    type_text(dialog.text, "không ai có tên này")
    dialog.reload()
    assert _cells(dialog) == []
    assert dialog.status.text() == "Chưa có thay đổi nào được ghi lại."
    dialog.text.clear()
    type_text(dialog.text, "Hoa")
    dialog.reload()
    assert len(_cells(dialog)) == 2
    dialog.grab().save("/tmp/audit_all.png")


def test_member_form_offers_the_history_when_editing(  # type: ignore[no-untyped-def]
    qtbot, commune_db: Database
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.pages.members.form import MemberFormDialog
    from desktop.tasks import TaskRunner

    member_id = _member_with_history(commune_db)
    with commune_db.reading() as session:
        site = get_site(session)
    form = MemberFormDialog(commune_db, site, TaskRunner(synchronous=True), member_id)
    qtbot.addWidget(form)
    form.show()
    seen: list[list[list[str]]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AuditDialog)
        seen.append(_cells(dialog))
        dialog.accept()

    QTimer.singleShot(0, look)
    form.audit_button.click()
    assert [c[4] for c in seen[0]] == ["Sửa", "Thêm"]
