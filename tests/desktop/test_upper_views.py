"""The upper level's read-only views across communes, over a province of real packages."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QPushButton
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from db import catalog
from db.meetings import list_meetings, quarter_bounds, quarter_of
from db.members import MemberFilter, count_members
from db.officers import list_officers
from db.site import SiteInfo, get_site
from db.targets import CATEGORY_ORDER
from db.text import search_key
from db.units import list_branches, list_branches_of_communes, list_communes
from desktop.app import open_main_window
from desktop.documents.targets_workbook import COMMUNES_SHEET, TARGETS_SHEET
from desktop.main_window import MainWindow
from desktop.pages.branches.upper_page import UpperBranchesPage
from desktop.pages.communes.model import Column as CommuneColumn
from desktop.pages.meetings.upper_page import UpperMeetingsPage
from desktop.pages.members.page import MembersPage
from desktop.pages.officers.upper_page import UpperOfficersPage
from desktop.pages.reports.page import ReportsPage
from desktop.pages.upper_list import COMMUNE_COLUMN, SORT, TEXT, UpperListPage
from desktop.tasks import TaskRunner
from desktop.widgets.commune_filter import READ_ONLY_NOTE, CommuneFilter
from tests.desktop.conftest import type_text
from tests.sync_support import NOW, Province, build_province

TODAY = NOW.date()
EDITING_WORDS = ("Thêm", "Sửa", "Xóa", "Nhập", "Đổi tên", "Sáp nhập", "Giao", "Điểm danh")


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    built = build_province(tmp_path_factory.mktemp("province"), communes=3, members=150)
    yield built
    built.close()


@pytest.fixture(scope="module")
def site(province: Province) -> SiteInfo:
    with province.upper.reading() as session:
        return get_site(session)


def _communes(province: Province) -> dict[str, str]:
    """Return name -> unit key of the province's communes."""
    with province.upper.reading() as session:
        return {c.name: c.unit_id for c in list_communes(session)}


def _own(province: Province, unit_id: str):  # type: ignore[no-untyped-def]
    for database in province.communes.values():
        with database.reading() as session:
            if get_site(session).unit_id == unit_id:
                return database
    raise AssertionError(unit_id)


def _no_editing_buttons(page: UpperListPage) -> None:
    labels = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisible()]
    assert not [t for t in labels if any(word in t for word in EDITING_WORDS)], labels
    assert page.note.text() == READ_ONLY_NOTE
    assert page.note.isVisible()


def _page(qtbot: QtBot, cls: type[UpperListPage], province: Province,
          site: SiteInfo) -> UpperListPage:
    built = cls(province.upper, site, TaskRunner(synchronous=True))
    qtbot.addWidget(built)
    built.resize(1100, 600)
    built.show()
    built.load()
    return built


# --- the filter ---------------------------------------------------------------------------


def test_filter_offers_every_commune_after_all_and_finds_one_without_tones(
    qtbot: QtBot, province: Province
) -> None:
    combo = CommuneFilter()
    qtbot.addWidget(combo)
    combo.load(province.upper)
    names = list(_communes(province))
    assert combo.itemText(0) == "Tất cả các xã"
    assert [name for _key, name in combo.communes()] == names
    assert combo.commune_id() is None
    chosen = names[1]
    line = combo.lineEdit()
    assert line is not None
    combo.show()
    # Typed without tones and in lower case, only a part of the name.
    typed = search_key(chosen).split(" ", 1)[1]
    line.selectAll()  # what entering the box does (no focus events offscreen)
    type_text(line, typed)
    completer = combo.completer()
    assert completer is not None
    candidates = completer.completionModel()
    assert [candidates.index(r, 0).data() for r in range(candidates.rowCount())] == [chosen]
    popup = completer.popup()
    popup.setCurrentIndex(candidates.index(0, 0))
    with qtbot.waitSignal(combo.commune_changed, timeout=1000) as signal:
        QTest.keyClick(popup, Qt.Key.Key_Return)
    assert signal.args == [_communes(province)[chosen]]
    assert combo.commune_id() == _communes(province)[chosen]
    assert combo.currentText() == chosen


# --- members ------------------------------------------------------------------------------


def test_commune_filter_narrows_the_members(qtbot: QtBot, province: Province,
                                            site: SiteInfo) -> None:
    page = MembersPage(province.upper, site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.show()
    page.load()
    assert page.commune is not None
    everyone = page.model.rowCount()
    _name, unit_id = next(iter(_communes(province).items()))
    page.commune.set_commune(unit_id)
    with province.upper.reading() as session:
        expected = count_members(session, MemberFilter(commune_id=unit_id))
    assert 0 < page.model.rowCount() == expected < everyone
    assert page.current_filter().commune_id == unit_id
    assert not page.add_button.isVisible()
    assert not page.import_button.isVisible()


def test_double_click_on_a_commune_opens_its_members(qtbot: QtBot, province: Province,
                                                     site: SiteInfo) -> None:
    window: MainWindow = open_main_window(province.upper, site, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    communes = window.show_page("communes")
    communes.load()  # type: ignore[attr-defined]
    proxy = communes.proxy  # type: ignore[attr-defined]
    table = communes.table  # type: ignore[attr-defined]
    row = proxy.rowCount() - 1
    name = proxy.index(row, CommuneColumn.NAME).data()
    rect = table.visualRect(proxy.index(row, CommuneColumn.NAME))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.current_key() == "members"
    members = window.page("members")
    assert isinstance(members, MembersPage)
    assert members.commune is not None
    assert members.commune.currentText() == name
    unit_id = _communes(province)[name]
    with province.upper.reading() as session:
        expected = count_members(session, MemberFilter(commune_id=unit_id))
    assert members.model.rowCount() == expected
    window.close()


def test_upper_areas_are_real_pages_not_placeholders(qtbot: QtBot, province: Province,
                                                     site: SiteInfo) -> None:
    window = open_main_window(province.upper, site, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    assert isinstance(window.page("branches"), UpperBranchesPage)
    assert isinstance(window.page("officers"), UpperOfficersPage)
    assert isinstance(window.page("meetings"), UpperMeetingsPage)
    window.close()


# --- branches, officers, meetings ---------------------------------------------------------


def test_branches_of_the_chosen_commune_then_of_all(qtbot: QtBot, province: Province,
                                                    site: SiteInfo) -> None:
    page = _page(qtbot, UpperBranchesPage, province, site)
    name, unit_id = next(iter(_communes(province).items()))
    year = page.year.value()
    with _own(province, unit_id).reading() as session:
        own = list_branches(session, unit_id, year)
    page.commune.set_commune(unit_id)
    assert page.table.isColumnHidden(COMMUNE_COLUMN)
    assert sorted(page.model.column_texts(1)) == sorted(b.name for b in own)
    by_name = {b.name: b for b in own}
    for row in page.model.rows:
        assert row[2][SORT] == by_name[row[1][TEXT]].members
        assert row[3][SORT] == by_name[row[1][TEXT]].active_members
    _no_editing_buttons(page)
    page.commune.set_commune(None)
    assert not page.table.isColumnHidden(COMMUNE_COLUMN)
    assert set(page.model.column_texts(COMMUNE_COLUMN)) == set(_communes(province))
    # The lines are plain tuples of texts and numbers: once seen, the collector no
    # longer walks them (a province's lists hold a hundred thousand cells); a line
    # drops out at the pass after its cells.
    gc.collect()
    gc.collect()
    assert page.model.rows and not any(gc.is_tracked(row) for row in page.model.rows)
    assert page.model.column_texts(COMMUNE_COLUMN).count(name) == len(own)


def test_branch_counts_for_every_commune_equal_each_communes_own(province: Province) -> None:
    with province.upper.reading() as session:
        every = list_branches_of_communes(session, None, TODAY.year)
    for unit_id in _communes(province).values():
        with _own(province, unit_id).reading() as session:
            own = list_branches(session, unit_id, TODAY.year)
        assert [r.branch for r in every if r.commune_id == unit_id] == own


def test_officers_of_the_chosen_commune(qtbot: QtBot, province: Province,
                                        site: SiteInfo) -> None:
    page = _page(qtbot, UpperOfficersPage, province, site)
    name, unit_id = list(_communes(province).items())[1]
    page.commune.set_commune(unit_id)
    with _own(province, unit_id).reading() as session:
        own = list_officers(session, unit_id, dt.date.today())
    assert page.model.column_texts(1) == [o.full_name for o in own]
    assert page.model.column_texts(5).count("Đạt") == sum(1 for o in own if o.meets_standard)
    _no_editing_buttons(page)
    page.commune.set_commune(None)
    assert page.model.column_texts(COMMUNE_COLUMN).count(name) == len(own)
    assert len(set(page.model.column_texts(COMMUNE_COLUMN))) == 3


def test_meetings_of_the_chosen_commune_with_attendance(qtbot: QtBot, province: Province,
                                                        site: SiteInfo) -> None:
    page = _page(qtbot, UpperMeetingsPage, province, site)
    # The demo's meetings were held up to its day; choose that day's quarter.
    wanted = quarter_of(TODAY)
    offered = [tuple(page.quarter.itemData(row)) for row in range(page.quarter.count())]
    page.quarter.setCurrentIndex(offered.index(wanted))
    first, last = quarter_bounds(*wanted)
    name, unit_id = list(_communes(province).items())[2]
    page.commune.set_commune(unit_id)
    from db.meetings import MeetingFilter

    with _own(province, unit_id).reading() as session:
        own = list_meetings(session, unit_id, MeetingFilter(date_from=first, date_to=last))
    assert own, "the demo commune held meetings this quarter"
    assert len(page.model.rows) == len(own)
    shown = sorted((row[2][TEXT], row[5][TEXT]) for row in page.model.rows)
    assert shown == sorted((m.unit_name, f"{m.present}/{m.expected}") for m in own)
    _no_editing_buttons(page)
    page.commune.set_commune(None)
    assert page.model.column_texts(COMMUNE_COLUMN).count(name) == len(own)


# --- reports ------------------------------------------------------------------------------


def test_breakdown_has_one_row_per_commune_and_goes_to_excel(
    qtbot: QtBot, province: Province, site: SiteInfo, tmp_path: Path
) -> None:
    page = ReportsPage(province.upper, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.load()
    table, model = page.commune_table, page.commune_model
    assert table is not None and model is not None
    names = sorted(_communes(province))
    assert model.rowCount() == len(names)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sorted(shown) == names
    # First in the communes' order, as the header's indicator says.
    assert shown == sorted(shown, key=catalog.unit_sort_key)
    # Sorting by a share puts the highest first when asked descending (a header click).
    column = 1 + CATEGORY_ORDER.index("branch_head")
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    shares = [row.category("branch_head").share for row in model.rows()]
    known = [share for share in shares if share is not None]
    assert known == sorted(known, reverse=True)
    assert shares[:len(known)] == known  # communes without a share last
    # The counts behind a share are in its tooltip; the shown text is the share.
    first = model.rows()[0].category("branch_head")
    tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{first.trained_people}/{first.people} ")

    out = page.write_workbook(tmp_path / "chi-tieu.xlsx")
    assert out is not None
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names[:2] == [TARGETS_SHEET, COMMUNES_SHEET]
    rows = book.get_sheet_by_name(COMMUNES_SHEET).to_python()
    body = [r for r in rows[4:] if r[2] and r[2] != "Cộng"]
    assert sorted(r[2] for r in body) == names
    by_name = {c.name: c for c in page.by_commune}
    for r in body:
        branch_head = by_name[r[2]].category("branch_head")
        offset = 3 + 3 * CATEGORY_ORDER.index("branch_head")
        assert (r[offset], r[offset + 1]) == (branch_head.people, branch_head.trained_people)
    total = next(r for r in rows if r[2] == "Cộng")
    assert total[3] == sum(c.category("full_time").people for c in page.by_commune)
    assert page.report is not None
    assert total[3] == page.report.categories[0].people


def test_commune_site_has_no_breakdown_nor_filter(qtbot: QtBot, province: Province) -> None:
    database = next(iter(province.communes.values()))
    with database.reading() as session:
        commune_site = get_site(session)
    page = MembersPage(database, commune_site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    assert page.commune is None
    assert isinstance(page.add_button, QPushButton)
    reports = ReportsPage(database, commune_site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(reports)
    assert reports.commune_table is None


def test_courses_are_narrowed_to_one_commune(
    qtbot: QtBot, province: Province, site: SiteInfo
) -> None:
    from db.catalog import union_name
    from desktop.pages.trainings.page import TrainingsPage

    page = TrainingsPage(province.upper, site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.year.setCurrentIndex(0)  # every year
    page.refresh()
    assert page.commune is not None
    everything = page.courses.rowCount()
    communes = _communes(province)
    seen = 0
    for name, unit_id in communes.items():
        assert page.commune.set_commune(unit_id)
        rows = [page.courses.row_at(r) for r in range(page.courses.rowCount())]
        organisers = {row.organiser_name for row in rows if row is not None}
        assert organisers <= {union_name(name)}, organisers
        seen += page.courses.rowCount()
    assert 0 < seen <= everything


def test_an_upper_level_course_picks_officers_of_any_commune(
    qtbot: QtBot, province: Province, site: SiteInfo
) -> None:
    from desktop.pages.trainings.dialogs import MemberPickerDialog

    picker = MemberPickerDialog(province.upper, site)
    qtbot.addWidget(picker)
    assert picker.commune is not None
    texts = [picker.results.item(i).text() for i in range(picker.results.count())]
    names = set(_communes(province))
    assert len({name for name in names for text in texts if name in text}) == len(names) >= 3
    first = next(iter(_communes(province).values()))
    picker.commune.set_commune(first)
    narrowed = [picker.results.item(i).text() for i in range(picker.results.count())]
    assert narrowed and len(narrowed) < len(texts)
