"""The officers page: list, assign a post by typing a name, qualifications, standards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.members import MemberFilter, search_members
from db.models import MemberStatus
from db.officers import list_officers, list_standards
from db.site import SiteInfo, get_site
from desktop.pages.officers.dialogs import (
    PostDialog,
    QualificationDialog,
    StandardRuleDialog,
    StandardsDialog,
)
from desktop.pages.officers.page import Column, OfficersPage
from desktop.tasks import TaskRunner
from tests.desktop.conftest import type_text

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def site(demo_db: Database) -> SiteInfo:
    with demo_db.reading() as session:
        return get_site(session)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, site: SiteInfo) -> Iterator[OfficersPage]:
    widget = OfficersPage(demo_db, site, TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.load()
    yield widget


def _cell(page: OfficersPage, member_id: str, column: int) -> str:
    row = next(i for i, r in enumerate(page.rows) if r.member_id == member_id)
    item = page.table.item(row, column)
    assert item is not None
    return item.text()


def test_page_lists_the_demo_officers(page: OfficersPage, demo_db: Database,
                                      site: SiteInfo) -> None:
    with demo_db.reading() as session:
        expected = list_officers(session, site.unit_id, TODAY)
    assert page.table.rowCount() == len(expected) > 10
    assert [page.table.item(i, Column.NAME).text() for i in range(3)] == [  # type: ignore[union-attr]
        r.full_name for r in expected[:3]]
    texts = {page.table.item(i, Column.STANDARD).text()  # type: ignore[union-attr]
             for i in range(page.table.rowCount())}
    assert texts >= {"Đạt", "Chưa đạt"}
    meeting = sum(1 for r in expected if r.meets_standard)
    untrained = sum(1 for r in expected if not r.trained_this_year)
    assert page.count.text() == (f"{len(expected)} cán bộ · {meeting} đạt chuẩn · "
                                 f"{untrained} chưa được bồi dưỡng năm 2026")
    # Filtering by title keeps only the chair.
    page.title_filter.setCurrentIndex(page.title_filter.findData("chair"))
    assert page.table.rowCount() == 1
    assert "Chủ tịch" in page.table.item(0, Column.TITLES).text()  # type: ignore[union-attr]


def test_assign_a_post_by_typing_her_name(page: OfficersPage, demo_db: Database,
                                          site: SiteInfo, qtbot: QtBot) -> None:
    listed = {r.member_id for r in page.rows}
    with demo_db.reading() as session:
        candidates = search_members(session, MemberFilter(
            commune_id=site.unit_id, status=MemberStatus.ACTIVE), limit=400)
    person = next(c for c in candidates if c.id not in listed and c.branch_id
                  and len([x for x in candidates if x.full_name == c.full_name]) == 1)
    dialog = page.assign_post()
    assert isinstance(dialog, PostDialog)
    type_text(dialog.search, person.full_name)
    dialog.find_members()
    assert dialog.results.count() >= 1
    match = next(i for i in range(dialog.results.count())
                 if dialog.results.item(i).text().startswith(person.full_name))
    dialog.results.setCurrentRow(match)
    assert dialog.chosen.text() == f"Đã chọn: {person.full_name}"
    dialog.title.setCurrentIndex(dialog.title.findData("branch_deputy"))
    assert dialog.unit.currentData() == person.branch_id  # her own branch is suggested
    type_text(dialog.decision, "Quyết định số 45/QĐ-HLHPN")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = page.row_of(person.id)
    assert row is not None and row.titles_text.startswith("Chi hội phó")
    assert page.current is not None and page.current.member_id == person.id
    assert page.posts_table.item(0, 5).text() == "Quyết định số 45/QĐ-HLHPN"  # type: ignore[union-attr]


def test_post_dialog_shows_messages_beside_fields(page: OfficersPage) -> None:
    dialog = page.assign_post()
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["member_id"].text() == "Hãy chọn hội viên được giao chức danh."
    assert not dialog.errors["title"].text()


def test_adding_a_qualification_turns_chua_dat_into_dat(page: OfficersPage) -> None:
    # An officer missing exactly one rule.
    row = next(r for r in page.rows if r.meets_standard is False and len(r.missing) == 1)
    assert _cell(page, row.member_id, Column.STANDARD) == "Chưa đạt"
    assert page.select_member(row.member_id)
    assert page.detail is not None
    rule = next(r for r in page.detail.standard.rules if not r.met)
    assert page.standard_label.text().endswith(f"Còn thiếu: {rule.description}.")
    dialog = page.add_qualification()
    assert isinstance(dialog, QualificationDialog)
    dialog.set_level(rule.kind, "")
    levels = [dialog.level.itemText(i) for i in range(dialog.level.count())]
    assert levels  # the usual levels of that kind are offered
    best = dialog.level.itemText(dialog.level.count() - 1)
    dialog.level.setCurrentIndex(dialog.level.count() - 1)
    type_text(dialog.issuer, "Trường Chính trị tỉnh Hưng Yên")
    assert dialog.is_modified()
    dialog.save()
    assert _cell(page, row.member_id, Column.STANDARD) == "Đạt"
    assert page.detail is not None and page.detail.standard.meets is True
    shown = [page.qualifications_table.item(i, 1).text()  # type: ignore[union-attr]
             for i in range(page.qualifications_table.rowCount())]
    assert best in shown


def test_editing_a_standard_rule_changes_the_evaluation(page: OfficersPage,
                                                        demo_db: Database) -> None:
    heads = [r for r in page.rows if any(p.title == "branch_head" for p in r.posts)
             and r.meets_standard]
    assert heads, "the demo has a branch head who meets her standard"
    head = heads[0]
    standards = page.edit_standards()
    assert isinstance(standards, StandardsDialog)
    with demo_db.reading() as session:
        rule = next(r for r in list_standards(session)
                    if r.title == "branch_head" and r.kind == "union_work")
    index = standards.rules.index(rule)
    standards.table.selectRow(index)
    form = standards.open_rule(standards.selected())
    assert isinstance(form, StandardRuleDialog)
    assert form.description.text() == rule.description
    # Ask for more than a certificate: rank 2 is beyond every usual level.
    form.set_min_rank(2)
    form.description.clear()
    type_text(form.description, "Có chứng chỉ nghiệp vụ công tác Hội nâng cao")
    form.save()
    assert "nâng cao" in standards.table.item(index, 3).text()  # type: ignore[union-attr]
    assert _cell(page, head.member_id, Column.STANDARD) == "Chưa đạt"
    refreshed = page.row_of(head.member_id)
    assert refreshed is not None
    assert "Có chứng chỉ nghiệp vụ công tác Hội nâng cao" in refreshed.missing
    standards.accept()


def test_page_renders_at_screenshot_size(page: OfficersPage, qtbot: QtBot,
                                        tmp_path: Path) -> None:
    """Render as docs/screenshots/officers.png is made, into a temporary file."""
    row = next(r for r in page.rows if r.meets_standard is False)
    page.select_member(row.member_id)
    page.tabs.setCurrentIndex(2)
    qtbot.wait(20)
    assert page.rules_table.rowCount() >= 1
    image = page.grab()
    assert (image.width(), image.height()) == (1280, 800)
    assert image.save(str(tmp_path / "officers.png"))


def test_a_name_with_markup_shows_as_typed_in_the_heading(page: OfficersPage,
                                                          demo_db: Database) -> None:
    """A name from a commune's package is text: its angle brackets are not markup."""
    from sqlalchemy import update

    from db.models import Member

    officer = page.rows[0]
    with demo_db.transaction() as session:
        session.execute(update(Member).where(Member.id == officer.member_id)
                        .values(full_name="<i>Lan</i> <a href='x'>y</a>"))
    page.refresh(select=officer.member_id)
    assert page.current is not None and page.current.member_id == officer.member_id
    heading = page.heading.text()
    assert "&lt;i&gt;Lan&lt;/i&gt;" in heading
    assert "<i>" not in heading and "<a " not in heading


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs", "edit"])
def test_a_rule_changed_elsewhere_meanwhile_shows_both(
    page: OfficersPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: str,
) -> None:
    from db.officers import save_standard
    from tests.desktop.conflict_answers import answering, saved_elsewhere

    standards = page.edit_standards()
    assert isinstance(standards, StandardsDialog)
    with demo_db.reading() as session:
        rule = next(r for r in list_standards(session)
                    if r.title == "branch_head" and r.kind == "union_work")
    standards.table.selectRow(standards.rules.index(rule))
    form = standards.open_rule(standards.selected())
    assert isinstance(form, StandardRuleDialog)
    form.description.setText("Có chứng chỉ nghiệp vụ, học trong năm đầu nhiệm kỳ")
    saved_elsewhere(demo_db, lambda session: save_standard(  # the province's other staff
        session, rule.title, rule.kind, rule.min_rank, "Theo hướng dẫn số 12/HD-ĐCT",
        standard_id=rule.id))
    answers = answering(monkeypatch, choice)

    form.save()

    [fields] = answers.shown
    assert [(f.label, f.mine, f.theirs) for f in fields if f.differs] == [
        ("Mô tả", "Có chứng chỉ nghiệp vụ, học trong năm đầu nhiệm kỳ",
         "Theo hướng dẫn số 12/HD-ĐCT")]

    def stored() -> str:
        with demo_db.reading() as session:
            return next(r for r in list_standards(session) if r.id == rule.id).description

    if choice == "keep_mine":
        assert stored() == "Có chứng chỉ nghiệp vụ, học trong năm đầu nhiệm kỳ"
        assert not form.isVisible()
        return
    assert stored() == "Theo hướng dẫn số 12/HD-ĐCT" and form.isVisible()
    assert form.description.text() == ("Theo hướng dẫn số 12/HD-ĐCT" if choice == "take_theirs"
                                       else "Có chứng chỉ nghiệp vụ, học trong năm đầu nhiệm kỳ")
    on_screen = form.description.text()
    form.save()  # the next save writes what is on screen
    assert stored() == on_screen and not form.isVisible()
    assert len(answers.shown) == 1
    standards.accept()
