"""Members in no branch: imported by village, found by a filter, counted everywhere."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from db.engine import Database
from db.member_import import apply_import, guess_mapping, preview_import
from db.members import MemberFilter, count_members, search_members
from db.overview import commune_overview
from db.site import get_site
from db.units import create_branch, list_branches, members_without_branch
from desktop.main_window import MainWindow
from desktop.pages.members.form import MemberFormDialog
from desktop.pages.members.page import WITHOUT_BRANCH, MembersPage
from desktop.tasks import TaskRunner

TODAY = dt.date(2026, 11, 25)


def test_villages_that_name_branches_place_members(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        create_branch(session, commune_id, "Thôn Đông")
    rows = [
        ["STT", "Họ và tên", "Năm sinh", "Thôn/Xóm", "Số điện thoại"],
        [1, "Nguyễn Thị An", 1985, "Thôn Đông", "0912345678"],
        [2, "Trần Thị Bình", 1986, "Thôn Tây", "01662345678"],  # retired 11-digit number
        [3, "Lê Thị Cúc", 1987, None, "024 3825 1234"],  # a landline
    ]
    mapping = guess_mapping(rows)
    assert "village" in mapping.columns and "branch" not in mapping.columns
    with commune_db.reading() as session:
        preview = preview_import(session, commune_id, rows, mapping, TODAY)
    an, binh, cuc = preview.rows
    assert all(r.ok for r in preview.rows), [r.errors for r in preview.rows]
    assert an.branch_name == "Thôn Đông" and an.draft.branch_id is not None
    assert binh.branch_name == "" and preview.unknown_branches == ()  # a village, not a branch
    assert binh.values["phone"] == "0362345678" and any("2018" in w for w in binh.warnings)
    assert cuc.values["phone"] is None and "024 3825 1234" in cuc.draft.notes
    with commune_db.transaction() as session:
        apply_import(session, commune_id, preview, create_branches=False,
                     skip_duplicates=True, today=TODAY)
    with commune_db.reading() as session:
        without = search_members(session, MemberFilter(without_branch=True))
        assert sorted(m.full_name for m in without) == ["Lê Thị Cúc", "Trần Thị Bình"]
        assert count_members(session, MemberFilter(without_branch=True)) == 2
        assert members_without_branch(session, commune_id) == 2
        in_branches = sum(b.members for b in list_branches(session, commune_id, 2026))
        overview = commune_overview(session, commune_id, 2026, TODAY)
    # The branches page (branches plus the members in none) and the overview agree.
    assert in_branches + 2 == overview.active_members == 3


def test_the_members_page_offers_the_filter(window: MainWindow) -> None:
    page = window.show_page("members")
    assert isinstance(page, MembersPage)
    index = page.branch.findData(WITHOUT_BRANCH)
    assert index > 0 and page.branch.itemText(index) == "Chưa có chi hội"
    page.branch.setCurrentIndex(index)
    flt = page.current_filter()
    assert flt.without_branch and flt.branch_id is None
    page.apply_search()
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert all(m is not None and m.branch_id is None for m in shown)


def test_saving_a_member_without_a_branch_warns(qtbot: QtBot, commune_db: Database) -> None:
    with commune_db.transaction() as session:
        site = get_site(session)
        create_branch(session, site.unit_id, "Thôn Đông")
    dialog = MemberFormDialog(commune_db, site, TaskRunner(synchronous=True), None)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Phạm Thị Hoa")
    dialog.birth_date.setText("1980")
    assert dialog.branch.currentData() is None
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    notice = dialog.no_branch_notice
    assert notice is not None and "chưa thuộc chi hội nào" in notice.text()
    assert not notice.isModal()
    notice.close()
    with commune_db.reading() as session:
        assert count_members(session, MemberFilter(without_branch=True)) == 1
