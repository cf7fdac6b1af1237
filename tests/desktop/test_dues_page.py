"""The dues and fund page over the demo commune: a tick saved, a reversal, a closed quarter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from db.dues import (
    DuesSettings,
    add_fund_entry,
    dues_members,
    dues_settings,
    fund_entries,
    set_dues_mark,
    set_dues_settings,
)
from db.engine import Database
from db.site import SiteInfo, get_site
from desktop.pages.dues.page import DuesPage, FundEntryDialog, MemberDuesModel
from desktop.tasks import TaskRunner
from desktop.widgets.conflict_dialog import ConflictChoice
from tests.desktop.conflict_answers import answering, saved_elsewhere
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)  # the fourth quarter


def site_of(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def make_page(qtbot: QtBot, database: Database) -> DuesPage:
    page = DuesPage(database, site_of(database), TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.load()
    return page


def test_a_tick_is_saved_and_counted(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    assert page.period() == (2026, 4)
    assert page.branches.rowCount() > 0
    branch = page.current_branch()
    assert branch is not None
    row = next(n for n, r in enumerate(page.members.rows()) if r.status == "unpaid")
    member = page.members.row_at(row)
    index = page.members.index(row, MemberDuesModel.PAID_COLUMN)
    assert page.members.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    page.members.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    site = site_of(demo_db)
    with demo_db.reading() as session:
        stored = next(r for r in dues_members(session, site.unit_id, branch, 2026, 4)
                      if r.member_id == member.member_id)
    assert stored.status == "paid" and stored.amount == 3_000
    shown = next(r for r in page.members.rows() if r.member_id == member.member_id)
    assert shown.status == "paid"
    # The change was announced: the branch's figures were read again.
    assert page.branches.row_at(page.branch_table.currentIndex().row()).paid == 1
    assert "3.000" in page.totals.text()
    # Exempt with a reason, then closing the quarter stops the ticks.
    page.member_table.selectRow(row + 1)
    other = page.current_member()
    assert other is not None
    page.exempt_current("Hoàn cảnh khó khăn")
    assert next(r for r in page.members.rows()
                if r.member_id == other.member_id).reason == "Hoàn cảnh khó khăn"
    page.year.setValue(2026)
    page.quarter.setCurrentIndex(0)
    page.close_current(confirmed=True)
    assert "đã khóa" in page.state.text()
    first = page.members.index(0, MemberDuesModel.PAID_COLUMN)
    assert not page.members.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not page.close_button.isEnabled()


def test_new_voucher_and_a_reversal(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db)
    page.tabs.setCurrentIndex(1)
    dialog = FundEntryDialog(page, TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)  # Chi
    type_text(dialog.content, "Thăm hội viên ốm")
    dialog.amount.setText("250.000")
    dialog.save()
    assert not dialog.errors["person"].isHidden()  # nobody named: refused, the form stays
    assert dialog.errors["person"].text() == "Hãy ghi người nộp hoặc người nhận tiền."
    type_text(dialog.person, "Thủ quỹ")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [r.voucher for r in page.entries.rows()] == ["PC 1/2026"]
    assert "Chi 250.000 đ" in page.balance.text()
    page.entry_table.selectRow(0)
    assert page.reverse_button.isEnabled()
    page.reverse_current("Ghi trùng")
    rows = page.entries.rows()
    assert [r.voucher for r in rows] == ["PC 1/2026", "PC 2/2026"]
    assert rows[0].reversed_by == "PC 2/2026" and rows[1].amount == -250_000
    assert "Tồn cuối kỳ 0 đ" in page.balance.text()
    page.entry_table.selectRow(1)
    assert not page.reverse_button.isEnabled()
    site = site_of(demo_db)
    with demo_db.reading() as session:
        stored = fund_entries(session, site.unit_id, 2026)
    assert sum(e.signed_amount for e in stored) == 0
    out = page.fund_book_pdf(2026, 4, tmp_path / "so-quy.pdf")
    text = " ".join("".join(p.extract_text() or "" for p in PdfReader(out).pages).split())
    assert "Đảo PC 1/2026: Ghi trùng" in text.replace("\u00a0", " ")


def test_a_closed_quarter_refuses_a_voucher_with_a_clear_message(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = make_page(qtbot, demo_db)
    page.quarter.setCurrentIndex(0)
    page.close_current(confirmed=True)
    dialog = FundEntryDialog(page, dt.date(2026, 2, 10))
    qtbot.addWidget(dialog)
    dialog.content.setText("Ủng hộ")
    dialog.amount.setText("100000")
    dialog.person.setText("Bà Lan")
    shown: list[str] = []
    page.tasks.op(dialog, demo_db, lambda s: add_fund_entry(
        s, page.site.unit_id, dialog.draft()), problem=shown.append)
    assert shown and "Quý I năm 2026 đã khóa sổ" in shown[0]


def test_rates_are_set_for_the_year_and_shown(qtbot: QtBot, demo_db: Database) -> None:
    from desktop.pages.dues.page import DuesSettingsDialog

    page = make_page(qtbot, demo_db)
    assert page.loaded is not None and page.loaded.period.settings.example
    assert "số ví dụ" in page.totals.text()
    dialog = DuesSettingsDialog(page, page.loaded.period.settings)
    qtbot.addWidget(dialog)
    dialog.rate.setValue(5_000)
    dialog.branch_share.setValue(80)
    dialog.upper_share.setValue(30)
    dialog.save()
    assert "100 %" in dialog.errors["upper_share"].text()
    dialog.branch_share.setValue(40)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings = page.loaded.period.settings
    assert (settings.rate, settings.branch_share, settings.upper_share, settings.example) == (
        5_000, 40, 30, False)
    assert "Mức 5.000 đ/hội viên/quý" in page.totals.text()


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_tick_over_a_mark_made_elsewhere_shows_both(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    page = make_page(qtbot, demo_db)
    row = next(n for n, r in enumerate(page.members.rows()) if r.status == "unpaid")
    member = page.members.row_at(row)
    site = site_of(demo_db)
    saved_elsewhere(demo_db, lambda session: set_dues_mark(  # another window, first
        session, site.unit_id, member.member_id, 2026, 4, "exempt", "Ốm dài ngày"))
    answers = answering(monkeypatch, choice)

    index = page.members.index(row, MemberDuesModel.PAID_COLUMN)
    page.members.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    [[field]] = answers.shown
    assert (field.mine, field.theirs) == ("Đã nộp", "Miễn — Ốm dài ngày")
    with demo_db.reading() as session:
        stored = next(r for r in dues_members(session, site.unit_id, page.current_branch(),
                                              2026, 4) if r.member_id == member.member_id)
    shown = next(r for r in page.members.rows() if r.member_id == member.member_id)
    expected = "paid" if choice is ConflictChoice.KEEP_MINE else "exempt"
    assert stored.status == shown.status == expected


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_rates_stored_elsewhere_meanwhile_show_both(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    from desktop.pages.dues.page import DuesSettingsDialog

    page = make_page(qtbot, demo_db)
    assert page.loaded is not None
    dialog = DuesSettingsDialog(page, page.loaded.period.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rate.setValue(5_000)
    site = site_of(demo_db)
    saved_elsewhere(demo_db, lambda session: set_dues_settings(  # the treasurer's window
        session, site.unit_id, DuesSettings(2026, 4_000, 30, 30, 80)))
    answers = answering(monkeypatch, choice)

    dialog.save()

    [fields] = answers.shown
    differing = [(f.mine, f.theirs) for f in fields if f.differs]
    assert [theirs for _mine, theirs in differing][-1] == "80"
    assert differing[0][0].startswith("5") and differing[0][1].startswith("4")
    with demo_db.reading() as session:
        stored = dues_settings(session, site.unit_id, 2026)
    if choice is ConflictChoice.KEEP_MINE:
        assert (stored.rate, stored.exempt_age) == (5_000, None)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return
    assert (stored.rate, stored.exempt_age) == (4_000, 80)  # nothing of hers stored
    assert dialog.isVisible()
    assert dialog.rate.value() == (4_000 if choice is ConflictChoice.TAKE_THEIRS else 5_000)
    dialog.save()  # the next save writes what is on screen
    with demo_db.reading() as session:
        assert dues_settings(session, site.unit_id, 2026).rate == dialog.rate.value()
    assert len(answers.shown) == 1
