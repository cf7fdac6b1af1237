"""The Đề án 1893 workbook, read back with a different reader than the one that wrote it."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from db.targets import (
    CategoryProgress,
    CertificateProgress,
    FundingLine,
    StandardProgress,
    TargetsReport,
    UntrainedRow,
)
from desktop.documents.targets_workbook import (
    FUNDING_SHEET,
    TARGETS_SHEET,
    UNTRAINED_SHEET,
    birth_text,
    write_targets_workbook,
)


def sample_report() -> TargetsReport:
    categories = (
        CategoryProgress("full_time", "Cán bộ chuyên trách", 4, 3, 5, 75.0, 100,
                         "trained_any", False),
        CategoryProgress("chair", "Chủ tịch Hội LHPN cơ sở", 1, 1, 2, 100.0, 100,
                         "trained_any", True),
        CategoryProgress("vice_chair", "Phó Chủ tịch Hội LHPN cơ sở", 2, 1, 1, 50.0, 100,
                         "trained_topic", False),
        CategoryProgress("branch_head", "Chi hội trưởng", 30, 27, 27, 90.0, 100,
                         "trained_topic", False),
        CategoryProgress("branch_deputy", "Chi hội phó", 0, 0, 0, None, None,
                         "trained_any", None),
    )
    certificates = (
        CertificateProgress("full_time", "Cán bộ chuyên trách", 4, 2, 50.0, 100),
        CertificateProgress("vice_chair", "Phó Chủ tịch Hội LHPN cơ sở", 2, 1, 50.0, 50),
    )
    standards = (StandardProgress("chair", "Chủ tịch Hội LHPN cơ sở", 1, 1, 100.0),)
    funding = (
        FundingLine("state_budget", "Ngân sách nhà nước", 5_000_000),
        FundingLine("union", "Kinh phí Hội", 1_500_000),
        FundingLine("socialized", "Xã hội hóa", 0),
        FundingLine("other", "Khác", 250_000),
    )
    return TargetsReport(2026, "Hội LHPN xã Hưng Hà", dt.date(2026, 11, 25), categories,
                         certificates, standards, funding, 35, 32)


UNTRAINED = [
    UntrainedRow("m1", "Lê Thị Cúc", "1980", ("Cán bộ chuyên trách",), "Chi hội Thôn 2"),
    UntrainedRow("m2", "Trần Thị Én", "1975-03-09", ("Chi hội trưởng",), "Chi hội Thôn 1"),
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    out = tmp_path / "chi-tieu.xlsx"
    write_targets_workbook(sample_report(), UNTRAINED, out)
    return out


def rows(path: Path, sheet: str) -> list[list[Any]]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(sheet).to_python()


def find(table: list[list[Any]], first: str) -> list[Any]:
    return next(row for row in table if row and row[0] == first)


def test_title_and_numbers_read_back(workbook: Path) -> None:
    table = rows(workbook, TARGETS_SHEET)
    assert table[0][0] == "KẾT QUẢ THỰC HIỆN ĐỀ ÁN 1893 NĂM 2026 — HỘI LHPN XÃ HƯNG HÀ"
    assert table[1][0] == "Số liệu tính đến ngày 25/11/2026"
    assert table[3][:8] == ["Đối tượng", "Chỉ tiêu đo", "Số người", "Đã bồi dưỡng (người)",
                            "Lượt", "Tỷ lệ", "Chỉ tiêu", "Đạt?"]
    full_time = find(table, "Cán bộ chuyên trách")
    assert full_time[2:8] == [4, 3, 5, 0.75, 1, "Chưa đạt"]
    assert find(table, "Chủ tịch Hội LHPN cơ sở")[7] == "Đạt"
    deputy = find(table, "Chi hội phó")
    assert deputy[2:5] == [0, 0, 0] and deputy[5:8] == ["", "", ""]
    total = find(table, "Tổng số trong năm (hội viên của xã)")
    assert total[3:5] == [32, 35]
    # the certificate goals and the standards follow the first table
    labels = [row[0] for row in table]
    vice = [row for row in table if row[0] == "Phó Chủ tịch Hội LHPN cơ sở"]
    assert vice[1][2:4] == [2, 1] and vice[1][6] == 0.5
    assert "3. Đạt chuẩn chức danh" in labels


def test_funding_sheet(workbook: Path) -> None:
    table = rows(workbook, FUNDING_SHEET)
    assert [row[1:3] for row in table[4:9]] == [
        ["Ngân sách nhà nước", 5_000_000], ["Kinh phí Hội", 1_500_000], ["Xã hội hóa", 0],
        ["Khác", 250_000], ["Tổng cộng", 6_750_000],
    ]


def test_untrained_sheet_keeps_names_and_birth_dates_as_text(workbook: Path) -> None:
    table = rows(workbook, UNTRAINED_SHEET)
    assert table[4][:5] == [1, "Lê Thị Cúc", "1980", "Cán bộ chuyên trách", "Thôn 2"]
    assert table[5][1:3] == ["Trần Thị Én", "09/03/1975"]
    assert len([row for row in table if row and row[1]]) == 3  # header + two people


def test_layout_chart_freeze_and_print_setup(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    sheet = book[TARGETS_SHEET]
    assert sheet.freeze_panes == "A5"
    assert sheet.auto_filter.ref == "A4:H9"
    assert sheet["A4"].font.bold and sheet["A4"].fill.fgColor.rgb.endswith("DCE6F0")
    assert sheet["F5"].number_format == "0.0%"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1
    # Decree 30: the number centred at the top, 13 pt, none on page 1.
    assert sheet.oddHeader.center.text == "&P" and sheet.oddHeader.center.size == 13
    assert sheet.HeaderFooter.differentFirst and not sheet.firstHeader.center.text
    assert not sheet.oddFooter.center.text
    assert sheet.column_dimensions["A"].width >= 25
    assert book[FUNDING_SHEET]["C5"].number_format == '#,##0 "đ"'
    assert book[UNTRAINED_SHEET].freeze_panes == "A5"
    # openpyxl does not read charts back: look for the chart part in the package.
    with zipfile.ZipFile(workbook) as package:
        charts = [name for name in package.namelist() if name.startswith("xl/charts/chart")]
        xml = package.read(charts[0]).decode("utf-8")
    assert len(charts) == 1
    assert "<barChart>" in xml and '<barDir val="bar"' in xml and "'Chỉ tiêu 1893'!$F$5:$F$9" in xml


def test_writing_replaces_the_old_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    out.write_bytes(b"old")
    write_targets_workbook(sample_report(), [], out)
    assert rows(out, UNTRAINED_SHEET)[1][0].startswith("0 người")
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.xlsx"]


def test_birth_text() -> None:
    assert [birth_text(v) for v in (None, "1980", "1980-03", "1980-03-12")] == [
        "", "1980", "03/1980", "12/03/1980"]
