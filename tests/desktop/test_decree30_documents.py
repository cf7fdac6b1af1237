"""Decree 30/2020/NĐ-CP on real PDFs: read back with their layout (docs/PRINTING.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from db import catalog
from db.engine import Database
from db.meetings import MeetingDraft, create_meeting, set_attendance, sheet_data
from db.members import MemberDraft, add_member
from db.models import Post
from db.site import get_site, init_site
from db.units import create_branch
from desktop.documents.attendance_sheet import (
    AttendanceSheet,
    SheetPerson,
    render_attendance_sheet,
)
from desktop.documents.certificate import _bench_sheets, render_certificates
from desktop.documents.meeting_sheet import sheet_from_meeting
from desktop.documents.pdf_common import MARGIN_LEFT
from tests.desktop.pdf_layout import Page, Run, assert_decree_page_numbers, read_pages

TODAY = dt.date(2026, 11, 25)


def _sheet(**changes: object) -> AttendanceSheet:
    sheet = AttendanceSheet(
        issuer_parent="HỘI LHPN TỈNH HƯNG YÊN", issuer="HỘI LHPN XÃ HƯNG HÀ",
        title="DANH SÁCH ĐIỂM DANH", subject="Sinh hoạt chi hội Thôn Đông",
        when="Thứ Năm, ngày 12/03/2026", where="Nhà văn hóa Thôn Đông",
        place_and_date="Hưng Hà, ngày 12 tháng 3 năm 2026", session_labels=("Điểm danh",),
        people=(SheetPerson("Nguyễn Thị Lan", "1980", "Chi hội Thôn Đông", "", ("x",)),),
        filled=True, signers=(("NGƯỜI LẬP", ""), ("CHỦ TỊCH", "Nguyễn Thị Hương")),
    )
    return dataclasses.replace(sheet, **changes)  # type: ignore[arg-type]


def _pages(sheet: AttendanceSheet, tmp_path: Path, name: str = "sheet.pdf") -> list[Page]:
    out = tmp_path / name
    render_attendance_sheet(sheet, out)
    return read_pages(out)


def _text(pages: list[Page]) -> str:
    return "\n".join(line for page in pages for line in page.lines())


def _run(pages: list[Page], text: str) -> Run:
    """Return the last run reading ``text`` (a signer's name comes after her table row)."""
    return [r for page in pages for r in page.runs if r.text.strip() == text][-1]


# --- page numbers and type sizes ------------------------------------------------------


@pytest.mark.parametrize("sessions", [1, 6])
def test_page_numbers_from_page_2_centred_in_the_top_margin(
    tmp_path: Path, sessions: int
) -> None:
    people = tuple(SheetPerson(f"Người số {n}", "1980", "Chi hội Thôn Đông", "",
                               ("x",) * sessions) for n in range(90))
    labels = ("Điểm danh",) if sessions == 1 else tuple(f"Buổi {n}" for n in range(1, 7))
    pages = _pages(_sheet(people=people, session_labels=labels), tmp_path)
    assert len(pages) >= 3
    assert_decree_page_numbers(pages)


def test_one_page_has_no_number(tmp_path: Path) -> None:
    pages = _pages(_sheet(), tmp_path)
    assert len(pages) == 1
    assert_decree_page_numbers(pages)


def test_certificates_carry_no_page_number(tmp_path: Path) -> None:
    out = tmp_path / "gcn.pdf"
    render_certificates(_bench_sheets(3), out)
    pages = read_pages(out)
    assert len(pages) == 3
    for page in pages:
        assert not [r for r in page.in_top_margin() if r.text.strip().isdigit()]


def test_sheet_body_text_is_13_pt_at_least(tmp_path: Path) -> None:
    people = tuple(SheetPerson(f"Trần Thị Số {n}", "1980", "Chi hội Thôn Đông",
                               "Tổ trưởng" if n % 5 == 0 else "", ("x", "P", "V", "")[n % 4:][:1],
                               "Ốm" if n % 4 == 1 else "") for n in range(40))
    pages = _pages(_sheet(people=people), tmp_path)
    header = {"HỘI LHPN TỈNH HƯNG YÊN", "HỘI LHPN XÃ HƯNG HÀ",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
    body = [r for page in pages for r in page.runs
            if r.text.strip() not in header and "Bold" not in r.font]
    assert any(r.text.strip() == "Trần Thị Số 7" for r in body)
    assert min(r.size for r in body) >= 13, [r for r in body if r.size < 13][:5]


# --- the issuer block -----------------------------------------------------------------


def _longest_communes(count: int) -> list[tuple[str, str]]:
    """(province, commune) official names of the ``count`` communes with the longest names."""
    every = [(p.name, u.name) for p in catalog.provinces() for u in catalog.communes(p.code)]
    return sorted(every, key=lambda pair: (-len(catalog.union_name(pair[1])), pair[1]))[:count]


def test_the_50_longest_commune_names_stay_whole(tmp_path: Path) -> None:
    """Portrait is the narrowest header: each proper name must sit on one line in it."""
    pairs = _longest_communes(50)
    assert len(pairs) == 50 and len(catalog.union_name(pairs[-1][1])) >= 28
    broken = []
    for number, (province, commune) in enumerate(pairs):
        sheet = _sheet(issuer_parent=catalog.union_name(province).upper(),
                       issuer=catalog.union_name(commune).upper(),
                       place_and_date=f"{catalog.place_name(commune)}, ngày 12 tháng 3 năm 2026")
        pages = _pages(sheet, tmp_path, f"s{number}.pdf")
        page = pages[0]
        # Lines of the issuer column only: runs starting left of the national name.
        left = [r for r in page.runs if r.x < MARGIN_LEFT + 75 * mm
                and r.y > page.height - 60 * mm]
        lines: dict[float, str] = {}
        for run in sorted(left, key=lambda r: r.x):
            key = next((k for k in lines if abs(k - run.y) < 1), run.y)
            lines[key] = (lines.get(key, "") + run.text).strip()
        for name in (catalog.bare_name(province), catalog.bare_name(commune)):
            if not any(name.upper() in line for line in lines.values()):
                broken.append((name, list(lines.values())))
    assert broken == []


def test_a_long_ward_breaks_before_its_name(tmp_path: Path) -> None:
    sheet = _sheet(issuer="HỘI LHPN PHƯỜNG CHÂU ĐỐC",
                   issuer_parent="HỘI LHPN THÀNH PHỐ HỒ CHÍ MINH")
    lines = _pages(sheet, tmp_path)[0].lines()
    assert not any(line.endswith("CHÂU") or line.endswith("HỒ CHÍ") for line in lines)
    assert any("CHÂU ĐỐC" in line for line in lines)
    assert any("HỒ CHÍ MINH" in line for line in lines)


# --- signers --------------------------------------------------------------------------


def _signature_gap(pages: list[Page], hint: str, name: str) -> float:
    return _run(pages, hint).y - _run(pages, name).y


@pytest.fixture
def commune(commune_db: Database) -> dict[str, str]:
    """Xã Hưng Hà with a branch, its head, the commune's chair and two members."""
    ids: dict[str, str] = {}
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        branch = create_branch(session, commune_id, "Thôn Đông")
        people = {}
        for name in ("Nguyễn Thị Lan", "Trần Thị Hoa", "Lê Thị Mai"):
            people[name] = add_member(session, commune_id, MemberDraft(
                full_name=name, branch_id=branch, joined_on=dt.date(2020, 1, 1)), TODAY)
        for member, unit, title in ((people["Nguyễn Thị Lan"], commune_id, "chair"),
                                    (people["Trần Thị Hoa"], branch, "branch_head")):
            session.add(Post(owner_unit_id=commune_id, member_id=member, unit_id=unit,
                             title=title, start_on=dt.date(2021, 10, 1)))
        ids["commune"], ids["branch"] = commune_id, branch
        for unit in ("commune", "branch"):
            ids[f"{unit}_meeting"] = create_meeting(
                session, commune_id, MeetingDraft(unit_id=ids[unit], held_on=TODAY,
                                                  topic="Sinh hoạt định kỳ"), TODAY)
        set_attendance(session, ids["branch_meeting"], {
            people["Nguyễn Thị Lan"]: ("present", None),
            people["Trần Thị Hoa"]: ("excused", "Con ốm"),
            people["Lê Thị Mai"]: ("absent", "Đi làm ăn xa"),
        })
    ids["db"] = str(commune_db.path)
    return ids


def test_commune_meeting_is_signed_for_the_standing_committee(
    commune_db: Database, commune: dict[str, str], tmp_path: Path
) -> None:
    with commune_db.reading() as session:
        data = sheet_data(session, commune["commune_meeting"])
    pages = _pages(sheet_from_meeting(data, blank=True), tmp_path)
    lines = _text(pages).splitlines()
    assert "TM. BAN THƯỜNG VỤ" in " ".join(lines)
    chair_post = _run(pages, "CHỦ TỊCH")
    assert _run(pages, "TM. BAN THƯỜNG VỤ").y > chair_post.y
    assert _run(pages, "Nguyễn Thị Lan").y < chair_post.y
    assert "CHI HỘI TRƯỞNG" not in _text(pages)
    # The names of both signers share a line, with room for signature and seal above.
    preparer = _run(pages, "NGƯỜI LẬP")
    assert abs(preparer.y - chair_post.y) < 1
    assert chair_post.y - _run(pages, "Nguyễn Thị Lan").y >= 35 * mm


def test_branch_meeting_is_signed_by_the_branch_head_and_shows_reasons(
    commune_db: Database, commune: dict[str, str], tmp_path: Path
) -> None:
    with commune_db.reading() as session:
        data = sheet_data(session, commune["branch_meeting"])
    assert data.held_by_branch and data.branch_head_name == "Trần Thị Hoa"
    pages = _pages(sheet_from_meeting(data, blank=False), tmp_path)
    text = _text(pages)
    assert "CHI HỘI TRƯỞNG" in text and "TM. BAN THƯỜNG VỤ" not in text
    head = [r for page in pages for r in page.runs if r.text.strip() == "Trần Thị Hoa"]
    assert _run(pages, "CHI HỘI TRƯỞNG").y - min(r.y for r in head) >= 35 * mm
    # Marks for every status, the reasons beside them, and a legend that says so.
    for name, mark, reason in (("Nguyễn Thị Lan", "x", ""), ("Trần Thị Hoa", "P", "Con ốm"),
                               ("Lê Thị Mai", "V", "Đi làm ăn xa")):
        person = next(r for page in pages for r in page.runs if r.text.strip() == name)
        row = sorted((r for r in pages[0].runs if abs(r.y - person.y) < 1 and r.x > person.x),
                     key=lambda r: r.x)
        assert [r.text.strip() for r in row][-2:] == ([mark, reason] if reason else
                                                      [r.text.strip() for r in row][-2:])
        assert row[-1].text.strip() == (reason or mark), (name, row)
    assert "Lý do vắng" in text
    assert "V: vắng không có lý do" in text and "để trống" not in text
    assert "Có mặt: 1/3 (33,3 %) · Vắng có lý do: 1 · Vắng: 1" in text


def test_the_signer_can_be_edited_per_document(
    commune_db: Database, commune: dict[str, str], tmp_path: Path
) -> None:
    with commune_db.reading() as session:
        data = sheet_data(session, commune["commune_meeting"])
    sheet = sheet_from_meeting(data, blank=True,
                               signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Thị Yến"))
    text = _text(_pages(sheet, tmp_path))
    assert "KT. CHỦ TỊCH" in text and "PHÓ CHỦ TỊCH" in text and "Phạm Thị Yến" in text
    assert "TM. BAN THƯỜNG VỤ" not in text


def test_a_blank_cell_is_explained_as_not_recorded(tmp_path: Path) -> None:
    people = (SheetPerson("Nguyễn Thị Lan", "1980", "Thôn Đông", "", ("x",)),
              SheetPerson("Lê Thị Mai", "1981", "Thôn Đông", "", ("",)))
    text = _text(_pages(_sheet(people=people), tmp_path))
    assert "để trống: chưa ghi nhận" in text


# --- the place and date line ----------------------------------------------------------


def test_a_numbered_ward_keeps_its_full_name_in_the_date_line(
    database: Database, tmp_path: Path
) -> None:
    with database.transaction() as session:
        site = init_site(session, "24823")  # Phường 1 Bảo Lộc, Lâm Đồng
        branch = create_branch(session, site.unit_id, "Tổ dân phố 1")
        meeting = create_meeting(session, site.unit_id, MeetingDraft(
            unit_id=branch, held_on=dt.date(2026, 3, 12), topic="Họp"), TODAY)
        data = sheet_data(session, meeting)
    assert data.place_name == "Phường 1 Bảo Lộc"
    pages = _pages(sheet_from_meeting(data, blank=True), tmp_path)
    lines = pages[0].lines()
    assert any(line.endswith("Phường 1 Bảo Lộc, ngày 12 tháng 3 năm 2026") for line in lines)
    assert not any("1 Bảo Lộc, ngày" in line and "Phường 1 Bảo Lộc" not in line
                   for line in lines)


def test_certificate_leaves_room_to_sign_and_seal(tmp_path: Path) -> None:
    sheets = [dataclasses.replace(s, signer_title="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH")
              for s in _bench_sheets(2)]
    out = io.BytesIO()
    render_certificates(sheets, out)
    path = tmp_path / "gcn.pdf"
    path.write_bytes(out.getvalue())
    assert len(PdfReader(path).pages) == 2
    pages = read_pages(path)
    hint = _run(pages[:1], "(Ký, đóng dấu)")
    name = _run(pages[:1], "Nguyễn Thị Hương")
    assert hint.y - name.y - name.size >= 35 * mm
    assert _run(pages[:1], "TM. BAN THƯỜNG VỤ").y > _run(pages[:1], "CHỦ TỊCH").y > hint.y


@pytest.mark.parametrize(("text", "room", "lines"), [
    ("HỘI LHPN XÃ HƯNG HÀ", 300, ["HỘI LHPN XÃ HƯNG HÀ"]),
    ("HỘI LHPN PHƯỜNG CHÂU ĐỐC", 150, ["HỘI LHPN PHƯỜNG", "CHÂU ĐỐC"]),
    ("HỘI LHPN PHƯỜNG XÃ ĐÀN", 120, ["HỘI LHPN PHƯỜNG", "XÃ ĐÀN"]),
    ("HỘI LHPN THÀNH PHỐ HỒ CHÍ MINH", 150, ["HỘI LHPN THÀNH PHỐ", "HỒ CHÍ MINH"]),
    ("HỘI LHPN PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM", 60, None),
])
def test_issuer_lines_break_before_the_proper_name(
    text: str, room: float, lines: list[str] | None
) -> None:
    from desktop.documents.pdf_common import issuer_lines, register_fonts

    assert issuer_lines(text, register_fonts().bold, 12, room) == lines
