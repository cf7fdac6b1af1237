"""The Đề án 1893 report page over the demo commune."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from db.engine import Database
from db.site import SiteInfo, get_site
from db.targets import (
    TargetsReport,
    UntrainedRow,
    save_target,
    targets_for_year,
    targets_report,
    untrained_officers,
)
from desktop.formatting import money, number, percent
from desktop.pages.reports.page import MET_COLOR, NOT_MET_COLOR, ReportsPage, TargetsDialog
from desktop.tasks import TaskRunner
from desktop.widgets.conflict_dialog import ConflictChoice
from tests.desktop.conflict_answers import answering, saved_elsewhere

TODAY = dt.date(2026, 11, 25)


def site_of(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def expected(database: Database, year: int = 2026) -> tuple[TargetsReport, list[UntrainedRow]]:
    with database.reading() as session:
        commune = get_site(session).unit_id
        return (targets_report(session, commune, year, TODAY),
                untrained_officers(session, commune, year, TODAY))


def make_page(qtbot: QtBot, database: Database) -> ReportsPage:
    page = ReportsPage(database, site_of(database), TaskRunner(synchronous=True), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load()
    return page


def column(table, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, col).text() for row in range(table.rowCount())]


def test_page_shows_the_demo_numbers(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    report, untrained = expected(demo_db)
    table = page.categories
    assert column(table, 0) == [c.label for c in report.categories]
    assert column(table, 1) == [number(c.people) for c in report.categories]
    assert column(table, 2) == [number(c.trained_people) for c in report.categories]
    assert column(table, 3) == [number(c.participations) for c in report.categories]
    assert column(table, 4) == [percent(c.share) if c.share is not None else "—"
                                for c in report.categories]
    verdicts = column(table, 6)
    assert verdicts == [("Đạt" if c.met else "Chưa đạt") if c.met is not None else ""
                        for c in report.categories]
    for row, category in enumerate(report.categories):
        if category.met is not None:
            color = table.item(row, 6).foreground().color()
            assert color == (MET_COLOR if category.met else NOT_MET_COLOR)
    assert sum(c.people for c in report.categories) > 10  # the demo has officers
    assert page.chart.items == [(c.label, round(c.share or 0)) for c in report.categories]
    assert column(page.funding, 1)[-1] == money(report.funding_total)
    assert report.funding_total > 0
    model = page.untrained_model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        p.full_name for p in untrained]
    assert f"({len(untrained)} người)" in page.untrained_title.text()


def test_start_course_carries_the_untrained_ids(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    _report, untrained = expected(demo_db)
    assert untrained, "the demo should leave some officers untrained"
    with qtbot.waitSignal(page.start_course) as signal:
        page.course_button.click()
    assert signal.args == [[p.member_id for p in untrained]]
    # With people selected, only they are asked for.
    last = len(untrained) - 1
    page.untrained_table.selectionModel().select(
        page.untrained_model.index(last, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    with qtbot.waitSignal(page.start_course) as signal:
        page.course_button.click()
    assert signal.args == [[untrained[last].member_id]]


def test_year_change_and_printed_list(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db)
    page.year.setCurrentIndex(page.year.findData(2025))
    report, untrained = expected(demo_db, 2025)
    assert page.report == report and "2025" in page.untrained_title.text()
    pdf = page.untrained_pdf(tmp_path / "list.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "DANH SÁCH CÁN BỘ HỘI CHƯA ĐƯỢC BỒI DƯỠNG" in text
    for person in untrained[:3]:
        assert person.full_name in text


def test_export_writes_the_workbook(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db)
    written = page.write_workbook(tmp_path / "bao-cao")
    assert written == tmp_path / "bao-cao.xlsx"
    book = CalamineWorkbook.from_path(str(written))
    rows = book.get_sheet_by_name("Chỉ tiêu 1893").to_python()
    assert rows[0][0] == "KẾT QUẢ THỰC HIỆN ĐỀ ÁN 1893 NĂM 2026 — HỘI LHPN XÃ HƯNG HÀ"
    report, _untrained = expected(demo_db)
    chair = next(r for r in rows if r[0] == "Chủ tịch Hội LHPN cơ sở")
    assert chair[2] == report.categories[1].people


def test_editing_a_target_changes_the_verdict(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    report, _untrained = expected(demo_db)
    row = next(n for n, c in enumerate(report.categories)
               if c.met is False and c.share is not None)
    category = report.categories[row]
    with demo_db.reading() as session:
        targets = targets_for_year(session, 2026)
    dialog = TargetsDialog(demo_db, page.site, page.tasks, 2026, targets, page)
    qtbot.addWidget(dialog)
    dialog.saved.connect(page.refresh)
    index = next(n for n, t in enumerate(targets) if t.category == category.category)
    dialog.spins[index].setValue(int(category.share or 0) // 10 * 10)
    dialog.save()
    assert page.categories.item(row, 6).text() == "Đạt"
    assert page.categories.item(row, 5).text() == percent(int(category.share or 0) // 10 * 10, 0)


def test_refresh_fills_the_untrained_list_in_one_reset(qtbot: QtBot, demo_db: Database) -> None:
    """The list is set as a whole: one model reset, no row-by-row inserts to re-measure."""
    page = make_page(qtbot, demo_db)
    _report, untrained = expected(demo_db)
    model = page.untrained_model
    resets: list[str] = []
    inserts: list[int] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.rowsInserted.connect(lambda *_args: inserts.append(1))
    model.dataChanged.connect(lambda *_args: inserts.append(1))
    page.refresh()
    assert resets == ["reset"] and not inserts
    assert [model.index(row, 1).data() for row in range(model.rowCount())] == [
        (p.birth_date or "")[:4] for p in untrained]
    assert [model.index(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(model.rowCount())] == [p.member_id for p in untrained]
    assert page.untrained_table.horizontalHeader().resizeContentsPrecision() == 50


def test_the_page_fills_an_upper_level_form(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    from db.overview import commune_overview
    from desktop.widgets import messages

    page = make_page(qtbot, demo_db)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "{{don_vi.ten}}"
    sheet["B2"] = "{{hoi_vien.dang_sinh_hoat}}"
    template = tmp_path / "mau.xlsx"
    book.save(template)
    out = tmp_path / "da-dien"
    # The two file dialogs answer as the person would.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(template), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.template_button.click()
    written = out.with_name("da-dien.xlsx")
    qtbot.waitUntil(written.exists)
    rows = CalamineWorkbook.from_path(str(written)).get_sheet_by_index(0).to_python()
    site = site_of(demo_db)
    with demo_db.reading() as session:
        overview = commune_overview(session, site.unit_id, 2026, TODAY)
    assert rows[0][0] == site.unit_name
    assert rows[1][1] == overview.active_members
    assert str(written) in page.status.text()

    # A form with a misspelt placeholder: said in words, nothing written.
    sheet["B3"] = "{{hoi_vien.dang_sinh_hot}}"
    book.save(template)
    written.unlink()
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda _parent, text: shown.append(text))
    page.template_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert "hoi_vien.dang_sinh_hot" in shown[0]
    assert not written.exists()


def test_a_form_sent_down_is_chosen_from_the_list(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.template_publishing import list_templates, publish_template
    from desktop.documents.example_templates import write_examples
    from desktop.pages.reports import template_report
    from tests.sync_support import NOW, PROVINCE_COMMUNES, build_province

    province = build_province(tmp_path / "p", communes=1, members=40)
    form = write_examples(tmp_path / "mau")[0]
    with province.upper.transaction() as session:
        publish_template(session, "Mẫu của tỉnh", form.read_bytes(), NOW.date())
    code = PROVINCE_COMMUNES[0]
    province.receive_down(code, province.send_down(code))
    commune = province.communes[code]
    page = make_page(qtbot, commune)
    seen: list[list[str]] = []

    def choose_first(dialog: template_report.TemplateChoiceDialog) -> int:
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        assert dialog.fill_button.isEnabled()
        assert not dialog.withdraw_button.isVisible()  # a commune only fills
        dialog.fill_button.click()
        return int(dialog.result())

    monkeypatch.setattr(template_report.TemplateChoiceDialog, "exec", choose_first)
    out = tmp_path / "filled.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.template_button.click()
    qtbot.waitUntil(out.exists)
    assert seen and seen[0][0].startswith("Mẫu của tỉnh — lần 1")
    assert "của cấp trên" in seen[0][0]
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    with commune.reading() as session:
        assert len(list_templates(session)) == 1
        site = get_site(session)
    assert rows[0][0] == site.unit_name
    province.close()


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_goal_changed_elsewhere_meanwhile_shows_both(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    page = make_page(qtbot, demo_db)
    with demo_db.reading() as session:
        targets = targets_for_year(session, 2026)
    dialog = TargetsDialog(demo_db, page.site, page.tasks, 2026, targets, page)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second = 0, 1
    dialog.spins[first].setValue(35)
    dialog.spins[second].setValue(45)
    target = targets[first]
    saved_elsewhere(demo_db, lambda session: save_target(  # a colleague's PC, first
        session, target.year, target.category, target.metric, 65, target.description))
    answers = answering(monkeypatch, choice)

    dialog.save()

    [[field]] = answers.shown
    assert (field.mine, field.theirs) == ("35 %", "65 %")
    assert field.label.startswith(dialog.table.item(first, 1).text())

    def stored() -> tuple[int, int]:
        with demo_db.reading() as session:
            now = {(t.category, t.metric): t.value for t in targets_for_year(session, 2026)}
        return (now[(target.category, target.metric)],
                now[(targets[second].category, targets[second].metric)])

    if choice is ConflictChoice.KEEP_MINE:
        assert stored() == (35, 45)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return
    assert stored() == (65, targets[second].value)  # nothing of hers stored yet
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.spins[first].value() == (65 if choice is ConflictChoice.TAKE_THEIRS else 35)
    dialog.save()  # the next save writes what is on screen
    assert stored() == (dialog.spins[first].value(), 45)
    assert len(answers.shown) == 1
