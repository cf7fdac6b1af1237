"""The printed attendance sheet: real PDFs, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop.documents.attendance_sheet import (
    AttendanceSheet,
    SheetPerson,
    render_attendance_sheet,
    session_totals,
    totals_line,
)
from desktop.documents.meeting_sheet import sheet_from_meeting
from desktop.documents.pdf_common import (
    vietnamese_date_line,
    vietnamese_weekday,
    write_atomically,
)
from tests.desktop.pdf_layout import assert_decree_page_numbers, read_pages

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLE = ("Thị", "Thị Thu", "Thị Ngọc", "Thị Minh")
GIVEN = ("Lan", "Hương", "Hằng", "Nga", "Dung", "Yến", "Phượng", "Hoà", "Ngọc")
NAMED = ("Nguyễn Thị Thuỷ", "Đặng Thị Ánh", "Hoàng Thị Huệ")


def people(count: int, sessions: int = 1, *, marks: bool = False) -> tuple[SheetPerson, ...]:
    rows = []
    for i in range(count):
        name = NAMED[i] if i < len(NAMED) else (
            f"{FAMILY[i % 10]} {MIDDLE[i // 10 % 4]} {GIVEN[i // 40 % 9]}"
        )
        row_marks = tuple(("x", "P", "")[(i + s) % 7 % 3] for s in range(sessions))
        rows.append(SheetPerson(
            full_name=name,
            birth_year=str(1960 + i % 40) if i % 9 else "",
            unit="Chi hội Thôn Đông" if i % 3 else "Chi hội Khu dân cư số 3",
            title="Chi hội trưởng" if i == 0 else "",
            marks=row_marks if marks else (),
        ))
    return tuple(rows)


def make_sheet(count: int = 60, *, filled: bool = False, sessions: int = 1,
               **changes: Any) -> AttendanceSheet:
    labels = ("Ký tên",) if sessions == 1 else tuple(f"Buổi {i + 1}" for i in range(sessions))
    sheet = AttendanceSheet(
        issuer_parent="HỘI LHPN TỈNH HƯNG YÊN",
        issuer="HỘI LHPN XÃ HƯNG HÀ",
        title="DANH SÁCH ĐIỂM DANH" if filled else "DANH SÁCH KÝ NHẬN",
        subject="Sinh hoạt chi hội Thôn Đông — Chuyên đề: Phòng chống bạo lực gia đình",
        when="Thứ Năm, ngày 12/03/2026",
        where="Nhà văn hóa Thôn Đông",
        place_and_date="Hưng Hà, ngày 12 tháng 3 năm 2026",
        session_labels=labels,
        people=people(count, sessions, marks=filled),
        filled=filled,
        signers=(("NGƯỜI LẬP", ""), ("CHỦ TỊCH", "Nguyễn Thị Hương")),
    )
    return dataclasses.replace(sheet, **changes)


def render(sheet: AttendanceSheet, tmp_path: Path, name: str = "sheet.pdf") -> PdfReader:
    target = tmp_path / name
    render_attendance_sheet(sheet, target)
    return PdfReader(target)


def page_texts(reader: PdfReader) -> list[str]:
    return [unicodedata.normalize("NFC", page.extract_text()) for page in reader.pages]


def fonts_of(reader: PdfReader) -> list[DictionaryObject]:
    found = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", DictionaryObject()).get_object().values():
            font = ref.get_object()
            found.append(font)
            found += [d.get_object() for d in font.get("/DescendantFonts", [])]
    return found


# --- content ------------------------------------------------------------------------------


def test_names_and_headers_are_printed_exactly(tmp_path: Path) -> None:
    text = "\n".join(page_texts(render(make_sheet(), tmp_path)))

    for name in NAMED:
        assert name in text
    for heading in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "HỘI LHPN TỈNH HƯNG YÊN", "HỘI LHPN XÃ HƯNG HÀ",
                    "Hưng Hà, ngày 12 tháng 3 năm 2026", "DANH SÁCH KÝ NHẬN",
                    "STT", "Họ và tên", "Chức danh", "Ký tên", "NGƯỜI LẬP", "CHỦ TỊCH",
                    "(Ký, ghi rõ họ tên)", "Nguyễn Thị Hương", "Nhà văn hóa Thôn Đông"):
        assert heading in text, heading


def test_every_font_is_an_embedded_subset_and_none_is_standard(tmp_path: Path) -> None:
    reader = render(make_sheet(filled=True), tmp_path)
    fonts = fonts_of(reader)

    assert fonts
    for font in fonts:
        base = str(font["/BaseFont"])
        assert base.lstrip("/") not in STANDARD_14
        if font["/Subtype"] == "/Type0":
            continue  # its descendant font carries the file and is checked itself
        assert re.fullmatch(r"/[A-Z]{6}\+LiberationSerif(-\w+)?", base), base
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), base


def test_a_long_sheet_repeats_the_header_and_numbers_every_page(tmp_path: Path) -> None:
    texts = page_texts(render(make_sheet(500), tmp_path))
    total = len(texts)

    assert total >= 5
    for number, text in enumerate(texts, start=1):
        assert "Họ và tên" in text, number
    # Decree 30: no number on page 1, then the number alone centred in the top margin.
    assert_decree_page_numbers(read_pages(tmp_path / "sheet.pdf"))
    joined = "\n".join(texts)
    assert "500" in texts[-1] and "(Ký, ghi rõ họ tên)" in texts[-1]
    assert joined.count("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == 1  # first page only


def test_signatures_never_stand_alone_on_the_last_page(tmp_path: Path) -> None:
    for count in range(14, 40):
        texts = page_texts(render(make_sheet(count, filled=True), tmp_path))
        last = texts[-1]
        assert "(Ký, ghi rõ họ tên)" in last
        assert "Họ và tên" in last and str(count) in last, (count, last)


def test_blank_and_filled_differ_in_marks_and_totals(tmp_path: Path) -> None:
    blank = "\n".join(page_texts(render(make_sheet(30), tmp_path, "blank.pdf")))
    filled_sheet = make_sheet(30, filled=True, session_labels=("Điểm danh",))
    filled = "\n".join(page_texts(render(filled_sheet, tmp_path, "filled.pdf")))

    assert "Có mặt:" not in blank and "Ghi chú" not in blank
    assert "x" not in blank.split() and "P" not in blank.split()
    present, excused, absent = session_totals(filled_sheet)[0]
    assert present + excused + absent == 30 and excused > 0 and absent > 0
    assert totals_line(present, excused, absent) in filled
    assert "x" in filled.split() and "P" in filled.split()
    assert "x: có mặt; P: vắng có lý do" in filled


def test_totals_line_wording() -> None:
    assert totals_line(52, 5, 3) == "Có mặt: 52/60 (86,7 %) · Vắng có lý do: 5 · Vắng: 3"
    assert totals_line(0, 0, 0) == "Có mặt: 0/0 · Vắng có lý do: 0 · Vắng: 0"


def test_several_sessions_get_totals_each(tmp_path: Path) -> None:
    sheet = make_sheet(20, filled=True, sessions=3)
    text = "\n".join(page_texts(render(sheet, tmp_path)))

    for label, counts in zip(sheet.session_labels, session_totals(sheet), strict=True):
        assert f"{label} — {totals_line(*counts)}" in text


def test_more_than_three_sessions_turn_the_page(tmp_path: Path) -> None:
    for sessions, landscape in ((1, False), (3, False), (4, True), (6, True)):
        reader = render(make_sheet(40, sessions=sessions, filled=True), tmp_path)
        for page in reader.pages:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            assert (width > height) is landscape, sessions
            assert sorted((round(width), round(height))) == [595, 842]  # A4


def test_text_that_is_markup_or_overlong_still_prints(tmp_path: Path) -> None:
    odd = SheetPerson("Công Tằng Tôn Nữ Thị Bích Ngọc Phương Thảo Hoàng Lan", "1970",
                      "Tổ 1 & 2 <Xóm Giữa>", "Ủy viên Ban Chấp hành")
    text = "\n".join(page_texts(render(make_sheet(3, people=(odd,)), tmp_path)))

    assert "Tổ 1 & 2 <Xóm Giữa>" in text.replace("\n", " ")
    assert "Công Tằng Tôn Nữ" in text


@pytest.mark.parametrize(
    "changes",
    [
        {"people": ()},
        {"people": (), "filled": True},
        {"session_labels": ()},
        {"signers": ()},
        {"people": people(1), "signers": ()},
        {"issuer_parent": "", "subject": "", "when": "", "where": "", "place_and_date": ""},
        {"session_labels": tuple(f"Buổi {i}" for i in range(1, 13)), "filled": True},
    ],
)
def test_unusual_sheets_still_print(tmp_path: Path, changes: dict[str, Any]) -> None:
    texts = page_texts(render(make_sheet(3, **changes), tmp_path))

    assert "Họ và tên" in texts[0]
    assert_decree_page_numbers(read_pages(tmp_path / "sheet.pdf"))


def test_line_breaks_inside_a_cell_become_spaces(tmp_path: Path) -> None:
    pasted = SheetPerson("Lê Thị\nLan", "1970", "Chi hội\tThôn Đông\r\n", "")
    text = page_texts(render(make_sheet(people=(pasted,)), tmp_path))[0]

    assert "Lê Thị Lan" in text and "Chi hội Thôn Đông" in text


def test_nfd_input_prints_the_same_text_as_nfc(tmp_path: Path) -> None:
    def nfd(value: Any) -> Any:
        if isinstance(value, str):
            return unicodedata.normalize("NFD", value)
        if isinstance(value, tuple):
            return tuple(nfd(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{
                f.name: nfd(getattr(value, f.name)) for f in dataclasses.fields(value)
            })
        return value

    sheet = make_sheet(25, filled=True)
    decomposed = nfd(sheet)
    assert decomposed.people[0].full_name != sheet.people[0].full_name

    raw_nfc = [p.extract_text() for p in render(sheet, tmp_path, "nfc.pdf").pages]
    raw_nfd = [p.extract_text() for p in render(decomposed, tmp_path, "nfd.pdf").pages]
    assert raw_nfd == raw_nfc
    assert "Nguyễn Thị Thuỷ" in unicodedata.normalize("NFC", raw_nfd[0])


def test_rendering_into_a_stream(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    render_attendance_sheet(make_sheet(5), buffer)

    assert buffer.getvalue().startswith(b"%PDF-")
    assert "Hoàng Thị Huệ" in PdfReader(buffer).pages[0].extract_text()


# --- writing ------------------------------------------------------------------------------


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "danh-sach.pdf"
    target.write_bytes(b"the sheet printed last week")

    def build(stream: Any) -> None:
        stream.write(b"%PDF-1.4 half of a new sheet")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_atomically(target, build)

    assert target.read_bytes() == b"the sheet printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["danh-sach.pdf"]


def test_failed_render_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "danh-sach.pdf"
    render_attendance_sheet(make_sheet(10), target)
    before = target.read_bytes()
    broken = make_sheet(200, people=(*people(150), SheetPerson(None, "", "", "")))  # type: ignore[arg-type]

    with pytest.raises(TypeError):
        render_attendance_sheet(broken, target)

    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["danh-sach.pdf"]


def test_successful_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "danh-sach.pdf"
    target.write_bytes(b"old")

    render_attendance_sheet(make_sheet(10), target)

    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["danh-sach.pdf"]


# --- dates --------------------------------------------------------------------------------


def test_date_line_follows_decree_30() -> None:
    assert vietnamese_date_line("Hưng Hà", dt.date(2026, 3, 12)) == (
        "Hưng Hà, ngày 12 tháng 3 năm 2026"
    )
    assert vietnamese_date_line("Hưng Hà", dt.date(2026, 2, 5)) == (
        "Hưng Hà, ngày 05 tháng 02 năm 2026"
    )
    assert vietnamese_date_line("Hưng Hà", dt.date(2026, 12, 1)) == (
        "Hưng Hà, ngày 01 tháng 12 năm 2026"
    )


def test_weekdays_in_vietnamese() -> None:
    monday = dt.date(2026, 3, 9)
    names = [vietnamese_weekday(monday + dt.timedelta(days=i)) for i in range(7)]
    assert names == ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                     "Chủ nhật"]


# --- from a meeting -----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SheetRow:
    full_name: str
    birth_date: str | None
    branch: str
    title: str
    status: str | None
    note: str | None = None
    member_id: str = ""


@dataclasses.dataclass(frozen=True)
class MeetingSheetData:
    meeting_id: str
    unit_name: str
    commune_union_name: str
    parent_union_name: str | None
    place_name: str
    held_on: dt.date
    kind: str
    topic: str
    place: str | None
    rows: tuple[SheetRow, ...]
    chair_name: str | None
    held_by_branch: bool = False
    branch_head_name: str | None = None


def meeting(**changes: Any) -> MeetingSheetData:
    data = MeetingSheetData(
        meeting_id="m1",
        unit_name="Chi hội Thôn Đông",
        commune_union_name="Hội LHPN xã Hưng Hà",
        parent_union_name="Hội LHPN tỉnh Hưng Yên",
        place_name="Hưng Hà",
        held_on=dt.date(2026, 3, 12),
        kind="thematic",
        topic="Phòng chống bạo lực gia đình",
        place="Nhà văn hóa Thôn Đông",
        rows=(
            SheetRow("Nguyễn Thị Thuỷ", "1985-03-12", "Chi hội Thôn Đông", "Chi hội trưởng",
                     "present"),
            SheetRow("Đặng Thị Ánh", "1990", "Chi hội Thôn Đông", "", "excused"),
            SheetRow("Hoàng Thị Huệ", None, "Chi hội Thôn Đông", "", "absent",
                     "Đi làm ăn xa"),
            SheetRow("Lê Thị Lan", "1979-07", "Chi hội Thôn Đông", "", None),
        ),
        chair_name="Nguyễn Thị Hương",
        held_by_branch=True,
        branch_head_name="Nguyễn Thị Thuỷ",
    )
    return dataclasses.replace(data, **changes)


def test_filled_meeting_sheet() -> None:
    sheet = sheet_from_meeting(meeting(), blank=False)  # type: ignore[arg-type]

    assert sheet.issuer_parent == "HỘI LHPN TỈNH HƯNG YÊN"
    assert sheet.issuer == "HỘI LHPN XÃ HƯNG HÀ"
    assert sheet.title == "DANH SÁCH ĐIỂM DANH"
    assert sheet.subject == (
        "Sinh hoạt chi hội Thôn Đông — Chuyên đề: Phòng chống bạo lực gia đình"
    )
    assert sheet.when == "Thứ Năm, ngày 12/03/2026"
    assert sheet.where == "Nhà văn hóa Thôn Đông"
    assert sheet.place_and_date == "Hưng Hà, ngày 12 tháng 3 năm 2026"
    assert sheet.filled
    assert [(p.birth_year, p.marks) for p in sheet.people] == [
        ("1985", ("x",)), ("1990", ("P",)), ("", ("V",)), ("1979", ("",)),
    ]
    assert [p.note for p in sheet.people] == ["", "", "Đi làm ăn xa", ""]
    assert sheet.people[0].title == "Chi hội trưởng"
    # A branch meeting: its head signs, in her own name.
    assert sheet.signers == (("NGƯỜI LẬP", ""), ("CHI HỘI TRƯỞNG", "Nguyễn Thị Thuỷ"))
    assert session_totals(sheet) == [(1, 1, 2)]


def test_blank_meeting_sheet() -> None:
    sheet = sheet_from_meeting(  # type: ignore[arg-type]
        meeting(parent_union_name=None, chair_name=None, place=None, kind="regular",
                held_on=dt.date(2026, 3, 15)),
        blank=True,
    )

    assert sheet.title == "DANH SÁCH KÝ NHẬN"
    assert not sheet.filled
    assert sheet.issuer_parent == ""
    assert sheet.when == "Chủ nhật, ngày 15/03/2026"
    assert sheet.where == ""
    assert sheet.subject == "Sinh hoạt chi hội Thôn Đông — Nội dung: Phòng chống bạo lực gia đình"
    assert sheet.session_labels == ("Ký tên",)
    assert all(p.marks == () for p in sheet.people)
    assert sheet.signers == (("NGƯỜI LẬP", ""), ("CHI HỘI TRƯỞNG", "Nguyễn Thị Thuỷ"))


def test_meeting_sheet_capitals_from_decomposed_names() -> None:
    data = meeting(commune_union_name=unicodedata.normalize("NFD", "Hội LHPN xã Đông Hưng"),
                   kind="conference", unit_name="Hội LHPN xã Đông Hưng", topic="")
    sheet = sheet_from_meeting(data, blank=True)  # type: ignore[arg-type]

    assert sheet.issuer == "HỘI LHPN XÃ ĐÔNG HƯNG"
    assert sheet.subject == "Hội nghị Hội LHPN xã Đông Hưng"


def test_meeting_sheet_renders(tmp_path: Path) -> None:
    for blank in (True, False):
        sheet = sheet_from_meeting(meeting(), blank=blank)  # type: ignore[arg-type]
        text = "\n".join(page_texts(render(sheet, tmp_path)))
        assert "Thứ Năm, ngày 12/03/2026" in text
        assert ("Có mặt: 1/4 (25,0 %)" in text) is not blank


def test_stand_in_matches_the_real_data_shape() -> None:
    meetings = pytest.importorskip("db.meetings")
    if not hasattr(meetings, "MeetingSheetData"):
        pytest.skip("db.meetings has no MeetingSheetData yet")
    for ours, theirs in ((MeetingSheetData, meetings.MeetingSheetData),
                         (SheetRow, meetings.SheetRow)):
        assert [f.name for f in dataclasses.fields(ours)] == [
            f.name for f in dataclasses.fields(theirs)
        ]
