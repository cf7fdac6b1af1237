"""Old member lists import exactly: an independent TCVN3/VNI corpus in .xlsx, .xls and .ods.

The corpus (tests/corpus/legacy_workbooks.py) is typed with glibc's iconv for TCVN3 and a
VNI chart written from the published description, saved with writers other than the
reader, then read back through the real reader and import, into a real SQLite file.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.member_import import ImportPreview, guess_mapping, preview_import
from db.site import get_site
from desktop.cli.members_import import run_member_import
from desktop.documents.spreadsheet_reader import read_workbook
from desktop.pages.members.import_dialog import ImportDialog
from desktop.tasks import TaskRunner
from tests.corpus.legacy_workbooks import (
    HEADINGS,
    LETTERS,
    Row,
    legacy_rows,
    mixed_rows,
    to_tcvn3,
    to_vni,
    unicode_rows,
    write_ods,
    write_xls,
    write_xlsx,
)

TODAY = dt.date(2026, 11, 25)
WRITERS = {
    "xlsx": write_xlsx, "xls": write_xls, "ods": write_ods,
    "plain.ods": lambda path, kind, rows: write_ods(path, kind, rows, fonts=False),
}


def preview_of(db: Database, path: Path) -> ImportPreview:
    sheet = read_workbook(path).sheets[0]
    mapping = guess_mapping(sheet.rows, sheet.fonts)
    with db.reading() as session:
        return preview_import(session, get_site(session).unit_id, sheet.rows, mapping, TODAY,
                              fonts=sheet.fonts)


def test_the_corpus_covers_every_letter_and_tone() -> None:
    letters = LETTERS + [x.upper() for x in LETTERS]
    assert len(set(letters)) == 146
    # glibc's TCVN3 round-trips every lower-case letter; the VNI chart gives each letter
    # its own spelling.
    text = "".join(LETTERS)
    back = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
                          input=to_tcvn3(text).encode("latin-1"), capture_output=True,
                          check=True).stdout.decode()
    assert unicodedata.normalize("NFC", back) == text
    spellings = {to_vni(x) for x in letters if not x.isascii()}
    assert len(spellings) == len([x for x in letters if not x.isascii()])
    assert to_vni("Họ và tên") == "Hoï vaø teân" and to_tcvn3("họ và tên") == "hä vµ tªn"


CASES = [("xlsx", "tcvn3"), ("xlsx", "vni"), ("xls", "tcvn3"), ("xls", "vni"),
         ("ods", "tcvn3"), ("ods", "vni"), ("plain.ods", "tcvn3"), ("plain.ods", "vni")]


@pytest.mark.parametrize(("fmt", "kind"), CASES)
def test_every_name_and_note_imports_exactly(
    fmt: str, kind: str, tmp_path: Path, commune_db: Database
) -> None:
    # A file without fonts cannot hold .VnTimeH runs: there the bytes alone decide.
    rows = legacy_rows(kind, rich=fmt != "plain.ods")
    path = WRITERS[fmt](tmp_path / f"{kind}.{fmt}", kind, rows)
    fonts = read_workbook(path).sheets[0].fonts
    # The reader takes the fonts, and the runs of rich text, from each format.
    assert (fmt == "plain.ods") == (not fonts)
    assert (fmt == "plain.ods" or kind == "vni") == (
        not any(isinstance(f, tuple) for f in fonts.values()))
    preview = preview_of(commune_db, path)
    assert preview.mapping.headings[:5] == HEADINGS
    assert preview.mapping.originals[1] != ""  # the converted heading keeps its original
    assert len(preview.rows) == len(rows)
    names = [r.draft.full_name for r in preview.rows]
    notes = [r.draft.notes for r in preview.rows]
    assert names == [Row.text(r.name) for r in rows]
    assert notes == [Row.text(r.note) for r in rows]
    assert all(r.ok for r in preview.rows), [r.errors for r in preview.rows if not r.ok]
    counts = preview.cell_counts
    unicode_cells = sum(3 for r in rows if r.name[0].kind == "u")
    # Every legacy cell (name, gender, note) converted; the Unicode rows kept as written,
    # those whose bytes also read as the column's encoding marked doubtful.
    assert counts["converted"] == 3 * len(rows) - unicode_cells
    assert counts["doubtful"] + counts["unchanged"] == unicode_cells
    doubtful = [r for r in preview.rows
                for reading in r.readings.values() if reading.status == "doubtful"]
    assert all(r.draft.full_name in {"Lê Tú Anh", "Võ Thu Hà", "Nguyễn Thị Hương"}
               for r in doubtful)


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods", "plain.ods"])
def test_a_column_mixing_encodings_is_decided_cell_by_cell(
    fmt: str, tmp_path: Path, commune_db: Database
) -> None:
    rows = mixed_rows()
    preview = preview_of(commune_db, WRITERS[fmt](tmp_path / f"mixed.{fmt}", "tcvn3", rows))
    assert [r.draft.full_name for r in preview.rows] == [Row.text(r.name) for r in rows]
    assert [r.draft.notes for r in preview.rows] == [Row.text(r.note) for r in rows]
    for row, result in zip(rows, preview.rows, strict=True):
        kind = row.name[0].kind
        for field_name, reading in result.readings.items():
            if kind == "u":
                assert reading.status != "converted"
            elif field_name != "gender" or fmt != "plain.ods":
                assert (reading.status, reading.encoding) == ("converted", kind)
            else:
                # A lone "N÷" (TCVN3) among "Nöõ" (VNI), no font: at most doubtful,
                # never read the wrong way.
                assert reading.encoding == kind and reading.status != "unchanged"


def test_a_unicode_workbook_is_unchanged_byte_for_byte(
    tmp_path: Path, commune_db: Database
) -> None:
    rows = unicode_rows()
    path = write_xlsx(tmp_path / "unicode.xlsx", "u", rows)
    preview = preview_of(commune_db, path)
    assert [r.draft.full_name for r in preview.rows] == [Row.text(r.name) for r in rows]
    assert [r.draft.notes for r in preview.rows] == [Row.text(r.note) for r in rows]
    assert preview.cell_counts["converted"] == 0
    assert preview.mapping.originals == ("",) * len(preview.mapping.headings)


def test_cli_reports_the_counts(tmp_path: Path, commune_db: Database,
                                capsys: pytest.CaptureFixture[str]) -> None:
    rows = legacy_rows("tcvn3")
    path = write_xlsx(tmp_path / "tcvn3.xlsx", "tcvn3", rows)
    code = run_member_import(commune_db, path, dry_run=True, output_format="json", today=TODAY)
    summary = json.loads(capsys.readouterr().out)
    assert code == 0
    cells = summary["cells"]
    assert cells["converted"] == 3 * (len(rows) - 3)
    assert cells["converted"] + cells["doubtful"] + cells["unchanged"] == 3 * len(rows)


def test_corpus_summary(tmp_path: Path, commune_db: Database) -> None:
    """The figures quoted for the corpus: cells read and their outcomes, all formats."""
    total: Counter[str] = Counter()
    cells = 0
    for fmt, kind in CASES:
        rows = legacy_rows(kind, rich=fmt != "plain.ods")
        preview = preview_of(commune_db, WRITERS[fmt](tmp_path / f"{kind}.{fmt}", kind, rows))
        total.update(preview.cell_counts)
        cells += 3 * len(rows)
    assert sum(total.values()) == cells
    print(f"corpus: {cells} text cells, {dict(total)}")


@pytest.mark.parametrize("kind", ["tcvn3", "vni"])
def test_the_dialog_shows_converted_headings(
    kind: str, qtbot: QtBot, commune_db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / f"{kind}.xlsx", kind, legacy_rows(kind))
    with commune_db.reading() as session:
        site = get_site(session)
    dialog = ImportDialog(commune_db, site, TaskRunner(synchronous=True), path, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mapping is not None and dialog.mapping.header_row == 1
    assert [box.currentData() for box in dialog.field_boxes] == [
        "row_label", "full_name", "birth_date", "gender", "notes"]
    labels = []
    for row in range(1, 6):
        item = dialog.column_grid.itemAtPosition(row, 0)
        assert item is not None
        label = item.widget()
        assert isinstance(label, QLabel)
        labels.append(label)
    assert [label.text().split("  ")[0] for label in labels] == list(HEADINGS)
    # Every converted heading is marked and shows the text as written in the file.
    written = {"tcvn3": "Hä vµ tªn", "vni": "Hoï vaø teân"}[kind]
    assert labels[1].property("converted") and written in labels[1].text()
    assert labels[1].textFormat() == Qt.TextFormat.PlainText
    example = dialog.column_grid.itemAtPosition(2, 1)
    assert example is not None and isinstance(example.widget(), QLabel)
    assert "Nguyễn Thị Lan" in example.widget().text()
    dialog.make_preview()
    assert dialog.preview is not None and dialog.preview.cell_counts["converted"] > 0
    name_item = dialog.table.item(0, 1)
    assert name_item is not None and name_item.text().startswith("Nguyễn Thị Lan")
    assert "⟲" in name_item.text() and "Trong tệp" in name_item.toolTip()
    if kind == "tcvn3":
        # A Unicode name in the TCVN3 column: kept, marked, both readings shown.
        row = next(r for r in range(dialog.table.rowCount())
                   if dialog.table.item(r, 1).text().startswith("Lê Tú Anh"))
        assert dialog.table.item(row, 1).text().endswith("?")
        details = dialog.table.item(row, 3).text()
        assert "«Lê Tú Anh»" in details and "«Lờ Tỳ Anh»" in details
