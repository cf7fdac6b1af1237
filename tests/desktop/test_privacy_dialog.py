"""The personal data dialog: consent, the printed copy and erasure, on a real register."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from db.engine import Database
from db.personal_data import ERASED_NAME
from db.site import SiteInfo, get_site
from desktop.pages.members.privacy_dialog import PrivacyDialog
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text


def _query(database: Database, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(database.path) as connection:
        return connection.execute(sql, params).fetchall()


def _member(database: Database, *, officer: bool) -> str:
    has_post = "EXISTS" if officer else "NOT EXISTS"
    rows = _query(database, f"""
        SELECT m.id FROM members m WHERE m.id_number IS NOT NULL AND m.deleted_at IS NULL
        AND {has_post} (SELECT 1 FROM posts p WHERE p.member_id = m.id)
        AND EXISTS (SELECT 1 FROM attendances a WHERE a.member_id = m.id)
        ORDER BY m.sort_key LIMIT 1""")
    return str(rows[0][0])


@pytest.fixture
def site(demo_db: Database) -> SiteInfo:
    with demo_db.reading() as session:
        return get_site(session)


def _dialog(qtbot, database: Database, site: SiteInfo, member_id: str) -> PrivacyDialog:  # type: ignore[no-untyped-def]
    dialog = PrivacyDialog(database, site, TaskRunner(synchronous=True), member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_consent_is_recorded(qtbot, demo_db: Database, site: SiteInfo) -> None:  # type: ignore[no-untyped-def]
    member_id = _member(demo_db, officer=False)
    dialog = _dialog(qtbot, demo_db, site, member_id)
    dialog.consent_date.setDate(QDate(2026, 3, 8))
    dialog.consent_method.setCurrentText("")
    line = dialog.consent_method.lineEdit()
    assert line is not None
    type_text(line, "Đồng ý qua Zalo, có tin nhắn lưu")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        dialog.consent_button.click()
    assert _query(demo_db, "SELECT consent_on, consent_method FROM members WHERE id = ?",
                  member_id) == [("2026-03-08", "Đồng ý qua Zalo, có tin nhắn lưu")]
    assert "08/03/2026" in dialog.consent_state.text()

    dialog.consent_method.setCurrentText("   ")
    dialog.record_consent()
    assert dialog.errors["consent_method"].isVisible()


def test_printed_copy_holds_her_data(qtbot, demo_db: Database, site: SiteInfo) -> None:  # type: ignore[no-untyped-def]
    member_id = _member(demo_db, officer=True)
    (name, cccd) = _query(demo_db, "SELECT full_name, id_number FROM members WHERE id = ?",
                          member_id)[0]
    dialog = _dialog(qtbot, demo_db, site, member_id)
    path = dialog.report_pdf()
    assert path.suffix == ".pdf" and path.name.startswith("thong-tin-ca-nhan-")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert str(name) in text and str(cccd) in text
    assert "HỘI LHPN XÃ HƯNG HÀ" in text and "Hưng Hà, ngày" in text
    dialog.grab().save(str(Path("/tmp") / "privacy-dialog.png"))


def test_erase_needs_the_word_and_refuses_an_officer(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, site: SiteInfo
) -> None:
    member_id = _member(demo_db, officer=True)
    dialog = _dialog(qtbot, demo_db, site, member_id)
    assert not dialog.erase_panel.isVisible()
    dialog.erase_button.click()
    assert dialog.erase_panel.isVisible()
    type_text(dialog.reason_edit, "Theo đơn đề nghị")
    type_text(dialog.confirm_edit, "XOA")
    assert not dialog.erase_confirm_button.isEnabled()
    dialog.erase()
    assert dialog.errors["confirm"].isVisible()
    dialog.confirm_edit.clear()
    type_text(dialog.confirm_edit, "xóa")
    assert dialog.erase_confirm_button.isEnabled()
    dialog.erase_confirm_button.click()
    assert dialog.isVisible()
    assert "chức danh" in dialog.erase_error.text() and dialog.erase_error.isVisible()
    assert _query(demo_db, "SELECT erased_at FROM members WHERE id = ?", member_id) == [(None,)]
    dialog.grab().save(str(Path("/tmp") / "privacy-dialog-erase.png"))


def test_erase_clears_her_data(qtbot, demo_db: Database, site: SiteInfo) -> None:  # type: ignore[no-untyped-def]
    member_id = _member(demo_db, officer=False)
    dialog = _dialog(qtbot, demo_db, site, member_id)
    dialog.show_erase_panel()
    dialog.confirm_edit.setText("XÓA")
    dialog.erase()  # no reason yet
    assert dialog.errors["reason"].isVisible()
    assert _query(demo_db, "SELECT erased_at FROM members WHERE id = ?", member_id) == [(None,)]
    type_text(dialog.reason_edit, "Theo đơn đề nghị")
    with qtbot.waitSignal(dialog.erased, timeout=1000):
        dialog.erase()
    assert not dialog.isVisible()
    ((name, cccd, erased, deleted),) = _query(
        demo_db, "SELECT full_name, id_number, erased_at, deleted_at FROM members WHERE id = ?",
        member_id)
    assert name == ERASED_NAME and cccd is None and erased and deleted
    assert dt.date.fromisoformat(str(deleted)[:10]) >= dt.date(2026, 1, 1)
