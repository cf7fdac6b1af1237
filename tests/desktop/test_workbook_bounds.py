"""Spreadsheets are read within bounds: what a file declares is not trusted."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.errors import UserError
from db.site import get_site
from desktop.documents.spreadsheet_reader import (
    check_workbook,
    in_child_process,
    read_workbook,
    read_workbook_isolated,
)
from desktop.pages.members.import_dialog import ImportDialog
from desktop.tasks import TaskRunner

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)


def small_xlsx(path: Path, sheet_data: str, *, pad: bytes = b"") -> Path:
    """A minimal .xlsx written by hand; the sheet declares only A1."""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/>'
        f"<sheetData>{sheet_data}</sheetData></worksheet>"
    ).encode() + pad
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


FAR_CELL = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>'
    '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
)


def test_a_2kb_workbook_reaching_xfd1048576_is_refused(tmp_path: Path) -> None:
    path = small_xlsx(tmp_path / "xa.xlsx", FAR_CELL)
    assert path.stat().st_size < 2048
    with pytest.raises(UserError, match=r"quá lớn để nhập.*XFD1048576"):
        read_workbook(path)
    with pytest.raises(UserError, match="quá lớn để nhập"):
        read_workbook_isolated(path)


def test_cells_far_away_are_found_whatever_the_rows_say(tmp_path: Path) -> None:
    # The row element says row 1, the cell says otherwise: the cell counts.
    path = small_xlsx(tmp_path / "xa.xlsx", '<row r="1"><c r="ZZZ999999"><v>1</v></c></row>')
    with pytest.raises(UserError, match="ZZZ999999"):
        check_workbook(path)
    near = small_xlsx(tmp_path / "gan.xlsx", '<row r="1"><c r="AB120000"><v>1</v></c></row>')
    check_workbook(near)  # 120,000 rows × 28 columns is within bounds


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = small_xlsx(tmp_path / "bom.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>',
                      pad=b" " * (60 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    with pytest.raises(UserError, match="nén bất thường"):
        read_workbook(path)


def test_an_ordinary_workbook_passes(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Họ và tên", "Năm sinh", "Ngày vào Hội"])
    sheet.append(["Nguyễn Thị An", 1985, dt.datetime(2001, 3, 8)])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    check_workbook(path)
    # Read in a child process and sent back: values and date cells arrive as read here.
    assert read_workbook_isolated(path) == read_workbook(path)
    assert read_workbook_isolated(path).sheets[0].rows[1] == [
        "Nguyễn Thị An", 1985, dt.date(2001, 3, 8)]


def test_the_window_survives_the_2kb_workbook(
    qtbot: QtBot, commune_db: Database, tmp_path: Path
) -> None:
    path = small_xlsx(tmp_path / "xa.xlsx", FAR_CELL)
    with commune_db.reading() as session:
        site = get_site(session)
    dialog = ImportDialog(commune_db, site, TaskRunner(synchronous=True), path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "quá lớn để nhập" in dialog.message.text()
    assert dialog.isVisible() and dialog.preview is None


def raw_calamine_read(path: Path) -> object:
    """What reading without the checks does: calamine asked for the whole grid."""
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_a_reader_crash_ends_only_the_child_process(tmp_path: Path) -> None:
    # Past the checks, calamine would allocate 17 billion cells and abort: in the child
    # process that is a message here, and this process goes on.
    path = small_xlsx(tmp_path / "xa.xlsx", FAR_CELL)
    with pytest.raises(UserError, match="trình đọc bảng tính dừng lại"):
        in_child_process(raw_calamine_read, path)
    assert in_child_process(str, Path("abc")) == "abc"


def small_ods(path: Path, rows_xml: str) -> Path:
    """A minimal .ods written by hand."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
        'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:'
        'opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
        'text:1.0" office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="DS">{rows_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
            'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
            'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
            '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
        ))
    return path


def test_an_ods_repeating_text_to_the_sheet_end_is_refused(tmp_path: Path) -> None:
    bomb = small_ods(tmp_path / "bom.ods", (
        '<table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row>"
    ))
    with pytest.raises(UserError, match=r"1\.048\.576 dòng × 16\.384 cột"):
        check_workbook(bomb)
    # Blank fill to the sheet's end, as LibreOffice writes it, is fine.
    filled = small_ods(tmp_path / "ds.ods", (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên'
        '</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1023"/>'
        '</table:table-row><table:table-row table:number-rows-repeated="1048575">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    ))
    check_workbook(filled)
    assert read_workbook(filled).sheets[0].rows[0][0] == "Họ và tên"
