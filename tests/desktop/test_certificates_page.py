"""The certificates page over the demo commune: verify box, issuing, revoking, numbering."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select, update

from db import certificates as certs
from db.engine import Database
from db.models import Participation
from db.site import get_site
from db.text import search_key
from desktop.pages.certificates.page import CertificatesPage
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def page(qtbot, demo_db: Database) -> CertificatesPage:  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        site = get_site(session)
    widget = CertificatesPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    widget.load()
    return widget


def _scan(page: CertificatesPage, text: str) -> None:
    """Type a code the way a scanner does: characters, then Enter."""
    box = page.verification.code
    box.clear()
    type_text(box, text)
    QTest.keyClick(box, Qt.Key.Key_Return)


def test_verify_box_shows_valid_revoked_and_unknown(page: CertificatesPage) -> None:
    rows = page.model.rows()
    assert len(rows) == 18 and page.summary.text() == "18 giấy chứng nhận"
    first = rows[0]
    _scan(page, f"sohoi-cert:{first.verification_code.lower()}")
    assert page.verification.status_kind() == "valid"
    assert page.verification.status.text() == "CÒN HIỆU LỰC"
    assert first.full_name in page.verification.details.text()
    assert first.course_title in page.verification.details.text()

    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    page.revoke(first.id, dt.date(2026, 11, 24), "Cấp nhầm người")
    assert page.verification.status_kind() == "revoked"  # re-checked after revoking
    assert page.verification.status.text() == "ĐÃ THU HỒI ngày 24/11/2026 — Cấp nhầm người"
    assert "thu hồi 1" in page.summary.text()

    _scan(page, "ABCDE-FGHJK")
    assert page.verification.status_kind() == "unknown"
    assert page.verification.status.text() == "KHÔNG TÌM THẤY"
    assert "ABCDEFGHJK" in page.verification.details.text()


def test_issue_for_a_demo_course_shows_the_count(page: CertificatesPage,
                                                demo_db: Database) -> None:
    with demo_db.reading() as session:
        course = next(c for c in certs.issuable_courses(session, page.site.unit_id, TODAY)
                      if c.end.year == 2026)
        waiting = session.scalars(select(Participation.id).where(
            Participation.course_id == course.id, Participation.completed.is_(False))).all()
    assert waiting
    with demo_db.transaction() as session:
        session.execute(update(Participation).where(Participation.id.in_(waiting))
                        .values(completed=True))
    dialog = page.issue_dialog()
    assert dialog.current() is not None and dialog.current().id == course.id  # pending first
    assert dialog.count.text().startswith(f"<b>{len(waiting)}</b> học viên")
    assert dialog.ok.isEnabled()
    dialog.signer_title.setPlainText("")
    dialog.accept_if_valid()
    assert dialog.result() == 0 and "người ký" in dialog.error.text()
    dialog.signer_title.setPlainText("CHỦ TỊCH")
    dialog.signer_name.clear()
    type_text(dialog.signer_name, "Phạm Thị Thoa")
    dialog.accept_if_valid()
    assert dialog.result() == 1
    assert QSettings().value("certificates/signer_name") == "Phạm Thị Thoa"
    page.issue(*dialog.values())
    assert page.summary.text() == f"Đã cấp {len(waiting)} giấy chứng nhận."
    assert page.course.currentData() == course.id
    shown = page.model.rows()
    assert sum(1 for r in shown if r.signer_name == "Phạm Thị Thoa") == len(waiting)
    assert page.issue_dialog().courses[0].pending == 0  # nobody waits any more

    page.table.clearSelection()
    path = page.certificates_pdf()  # the whole class, as nothing is selected
    assert path is not None
    assert len(PdfReader(path).pages) == course.issued + len(waiting)


def test_filters_search_and_print_selection(page: CertificatesPage) -> None:
    page.year.setCurrentIndex(page.year.findData(2025))
    assert page.model.rows() and all(r.year == 2025 for r in page.model.rows())
    name = page.model.rows()[0].full_name
    before = len(page.model.rows())
    type_text(page.search, name.split()[-1])
    key = search_key(name.split()[-1])  # tones and case do not count
    assert page.model.rows() and all(key in search_key(r.full_name)
                                     for r in page.model.rows())
    assert len(page.model.rows()) < before
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    path = page.certificates_pdf()
    assert path is not None
    text = PdfReader(path).pages[0].extract_text()
    assert name in " ".join(text.split())


def test_pattern_dialog_shows_a_live_example_and_saves(page: CertificatesPage,
                                                     demo_db: Database) -> None:
    dialog = page.pattern_dialog()
    assert dialog.example.text() == "Số: 08/2026/GCN-HLHPN"  # the demo issued 7 in 2026
    dialog.pattern.clear()
    type_text(dialog.pattern, "{seq:04d}/{year}/GCN")
    assert dialog.example.text() == "Số: 0008/2026/GCN" and dialog.ok.isEnabled()
    dialog.pattern.setText("GCN-HLHPN")
    assert not dialog.ok.isEnabled() and "{seq}" in dialog.example.text()
    page.save_pattern("{seq:04d}/{year}/GCN")
    with demo_db.reading() as session:
        assert certs.certificate_pattern(session) == "{seq:04d}/{year}/GCN"


def test_verify_box_accepts_pasted_qr_text(page: CertificatesPage, demo_db: Database) -> None:
    with demo_db.reading() as session:
        [row] = certs.with_qr_texts(session, page.model.rows()[:1])
    assert row.qr_text.startswith("GIẤY CHỨNG NHẬN số ")
    page.verification.code.setText(row.qr_text)  # pasted, line ends and all
    page.verification.run()
    assert page.verification.status_kind() == "valid"
    assert row.full_name in page.verification.details.text()
    page.verification.code.setText(row.qr_text.replace("Họ tên: ", "Họ tên: <b>X</b> "))
    page.verification.run()
    assert page.verification.status_kind() == "forged"
    assert page.verification.status.text() == "GIẢ MẠO"
    assert "<b>X" not in page.verification.details.text()


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs", "edit"])
def test_a_pattern_stored_elsewhere_meanwhile_shows_both(
    page: CertificatesPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: str,
) -> None:
    from desktop.pages.certificates.page import PatternDialog
    from tests.desktop.conflict_answers import answering, saved_elsewhere

    dialog = page.pattern_dialog()
    seen = dialog.seen
    saved_elsewhere(demo_db, lambda session: certs.set_certificate_pattern(
        session, "GCN-{seq:03d}-{year}"))
    answers = answering(monkeypatch, choice)
    reopened: list[str] = []

    def look(self: PatternDialog) -> int:  # "go back" opens the box again, with hers
        reopened.append(self.pattern.text())
        return 0

    monkeypatch.setattr(PatternDialog, "exec", look)

    page.save_pattern("{seq:04d}/{year}/GCN", seen=seen)

    [[field]] = answers.shown
    assert (field.mine, field.theirs) == ("{seq:04d}/{year}/GCN", "GCN-{seq:03d}-{year}")
    with demo_db.reading() as session:
        stored = certs.certificate_pattern(session)
    assert stored == ("{seq:04d}/{year}/GCN" if choice == "keep_mine"
                      else "GCN-{seq:03d}-{year}")
    assert reopened == (["{seq:04d}/{year}/GCN"] if choice == "edit" else [])
