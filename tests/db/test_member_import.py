"""Member import from spreadsheet rows: header, mapping, values, duplicates, one transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.errors import UserError
from db.member_import import (
    apply_import,
    count_members,
    detect_header,
    guess_mapping,
    preview_import,
)
from db.members import MemberFilter, search_members
from db.models import Member, MemberStatusEvent, Unit
from db.site import get_site
from db.units import create_branch

TODAY = dt.date(2026, 11, 25)

TITLE = [
    ["HỘI LHPN XÃ HƯNG HÀ", None, None, None, None, None, None, None, None],
    ["DANH SÁCH HỘI VIÊN NĂM 2024", None, None, None, None, None, None, None, None],
    [None] * 9,
]
HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "CMND/CCCD", "Dân tộc", "Tôn giáo",
          "Chi hội", "SĐT"]


def rows(*body: list[object]) -> list[list[object]]:
    return [*TITLE, HEADER, *[list(r) for r in body]]


def commune(db: Database) -> str:
    with db.reading() as session:
        return get_site(session).unit_id


def preview(db: Database, data: list[list[object]]):  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return preview_import(session, commune(db), data, guess_mapping(data), TODAY)


def test_header_found_below_title_rows() -> None:
    data = rows([1, "Nguyễn Thị An", 1985, "Nữ", None, "Kinh", "Không", "Đông", None])
    assert detect_header(data) == 3
    mapping = guess_mapping(data)
    assert mapping.columns["full_name"] == 1
    assert mapping.columns["birth_date"] == 2
    assert mapping.columns["id_number"] == 4
    assert mapping.columns["branch"] == 7
    assert mapping.columns["phone"] == 8
    fixed = mapping.with_column("address", 7)
    assert fixed.columns["address"] == 7 and "branch" not in fixed.columns


def test_heading_spellings() -> None:
    header = ["TT", "Họ, tên", "Ngày, tháng, năm sinh", "Số định danh", "Thôn/Xóm",
              "Điện thoại", "Nghề nghiệp", "Trình độ học vấn", "Ngày vào Hội", "Số thẻ",
              "Ghi chú", "Địa chỉ"]
    mapping = guess_mapping([header])
    assert set(mapping.columns) == {
        "row_label", "full_name", "birth_date", "id_number", "village", "phone",
        "occupation", "education", "joined_on", "card_number", "notes", "address"}
    split = guess_mapping([["STT", "Họ và đệm", "Tên", "Năm sinh"]])
    assert split.columns["family_middle"] == 1 and split.columns["given_name"] == 2


def test_no_header_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="tiêu đề"):
        guess_mapping([["abc", 1, 2], [None, "x", 3]])


def test_values_parsed_as_meant(commune_db: Database) -> None:
    data = rows(
        [1, "  Nguyễn   Thị  An ", 1985.0, "Nữ", 34185012345, "kinh", "không", "Đông",
         912345678],
        [2, "Trần Thị Bình", "12/03/1985", "nữ", "034185012346", "Kinh", "Thiên chúa giáo",
         "Chi hội Đông", "0912 345 679"],
        [3, "Lê Thị Cúc", "3/1985", "N", None, "Kinh", "Phật giáo", None, None],
        [4, "Phạm Thị Dung", dt.datetime(1985, 3, 12), "nu", None, None, None, None, None],
        [5, "Hoàng Thị Én", 31118, "Nữ", None, None, None, None, None],
        [None] * 9,
        [6, "Vũ Văn Giang", 1980, "Nam", None, None, None, None, None],
    )
    result = preview(commune_db, data)
    by_name = {r.draft.full_name: r for r in result.rows}
    assert len(result.rows) == 6
    an = by_name["Nguyễn Thị An"]
    assert an.ok, an.errors
    assert an.draft.birth_date == "1985"
    assert an.values["id_number"] == "034185012345"
    assert an.values["phone"] == "0912345678"
    assert an.values["ethnicity"] == "Kinh" and an.values["religion"] == "Không"
    assert any("số 0" in w and "CCCD" in w for w in an.warnings)
    assert any("điện thoại" in w for w in an.warnings)
    binh = by_name["Trần Thị Bình"]
    assert binh.values["birth_date"] == "1985-03-12"
    assert binh.values["religion"] == "Công giáo"
    assert by_name["Lê Thị Cúc"].values["birth_date"] == "1985-03"
    assert by_name["Lê Thị Cúc"].values["religion"] == "Phật giáo"
    assert by_name["Phạm Thị Dung"].values["birth_date"] == "1985-03-12"
    assert by_name["Hoàng Thị Én"].values["birth_date"] == "1985-03-12"  # Excel serial
    giang = by_name["Vũ Văn Giang"]
    assert giang.ok and giang.values["kind"] == "honorary"  # a man can only be honorary
    assert result.unknown_branches == ("Đông",)
    assert result.rows[-1].row_number == 11  # empty row 10 skipped, numbers as in Excel


def test_lost_digits_are_refused_and_trailing_zeros_only_warned(commune_db: Database) -> None:
    data = rows(
        [1, "Nguyễn Thị An", 1985, "Nữ", "3.41850123E+11", None, None, None, None],
        [2, "Trần Thị Bình", 1985, "Nữ", 34185120000.0, None, None, None, None],
        [3, "Lê Thị Cúc", 1985, "Nữ", "3.4185012345E+10", None, None, None, None],
    )
    result = preview(commune_db, data)
    assert "mất chữ số" in result.rows[0].errors["id_number"]
    assert result.rows[1].ok and result.rows[1].values["id_number"] == "034185120000"
    assert any("làm tròn" in w for w in result.rows[1].warnings)
    assert result.rows[2].ok and result.rows[2].values["id_number"] == "034185012345"


def test_row_errors_use_form_messages(commune_db: Database) -> None:
    data = rows(
        [1, None, 1985, "Nữ", None, None, None, None, "0912345678"],
        [2, "Trần Thị Bình", "1085", "Nữ", None, None, None, None, None],
        [3, "Lê Thị Cúc", 1990, "Nữ", "034185012345", None, None, None, None],
        [4, "Lê Thị Dung", 1990, "khác", None, None, None, None, "12345"],
    )
    result = preview(commune_db, data)
    assert [len(r.errors) > 0 for r in result.rows] == [True, True, True, True]
    assert "Họ và tên" in result.rows[0].errors["full_name"]
    assert "birth_date" in result.rows[1].errors
    assert "1985" in result.rows[2].errors["id_number"]
    assert "gender" in result.rows[3].errors and "phone" not in result.rows[3].errors
    assert "Điện thoại: 12345" in result.rows[3].draft.notes
    assert len(result.rejected) == 4


def test_legacy_names_converted_by_column(commune_db: Database) -> None:
    data = rows(
        [1, "NguyÔn ThÞ Thñy", 1985, "N÷", None, "Kinh", None, "§«ng", None],
        [2, "TrÇn ThÞ Cóc", 1986, "N÷", None, None, None, None, None],
        [3, "Nguyeãn Thò Thuûy", 1987, "Nöõ", None, None, None, None, None],
    )
    result = preview(commune_db, data)
    names = [r.draft.full_name for r in result.rows]
    assert names == ["Nguyễn Thị Thủy", "Trần Thị Cúc", "Nguyễn Thị Thủy"]
    assert all(r.ok for r in result.rows), [r.errors for r in result.rows]
    assert result.rows[0].branch_name == "Đông"
    assert any("TCVN3" in w for w in result.rows[0].warnings)
    assert result.converted == 3


def test_duplicates_in_file_and_register(demo_db: Database) -> None:
    cid = commune(demo_db)
    with demo_db.reading() as session:
        existing = session.execute(
            select(Member.full_name, Member.birth_year, Member.id_number)
            .where(Member.id_number.is_not(None)).limit(2)
        ).all()
    (name1, year1, cccd1), (name2, year2, _cccd2) = existing
    data = rows(
        [1, "Nguyễn Thị Mới", 1985, "Nữ", "034185099999", None, None, None, None],
        [2, "Nguyễn Thị Mới Khác", 1985, "Nữ", "034185099999", None, None, None, None],
        [3, "Nguyễn Thị Mới", 1985, "Nữ", None, None, None, None, None],
        [4, "Ai Đó", year1, "Nữ", cccd1, None, None, None, None],
        [5, name2, year2, "Nữ", None, None, None, None, None],
    )
    with demo_db.reading() as session:
        result = preview_import(session, cid, data, guess_mapping(data), TODAY)
    kinds = [r.duplicate for r in result.rows]
    assert kinds == [None, "file", "file", "register", "register"], [
        (r.errors, r.warnings) for r in result.rows]
    assert name1 in result.rows[3].warnings[-1]
    with demo_db.reading() as session:
        before = count_members(session, cid)
    with demo_db.transaction() as session:
        done = apply_import(session, cid, result, create_branches=False, skip_duplicates=True,
                            today=TODAY)
    assert (done.imported, done.skipped_duplicates) == (1, 4)
    with demo_db.reading() as session:
        assert count_members(session, cid) == before + 1


def test_apply_writes_members_events_branches_and_search(commune_db: Database) -> None:
    cid = commune(commune_db)
    with commune_db.transaction() as session:
        create_branch(session, cid, "Tây")
    data = rows(
        [1, "Nguyễn Thị An", 1985, "Nữ", "034185012345", "Kinh", "Không", "Đông", 912345678],
        [2, "Trần Thị Bình", 1990, "Nữ", None, None, None, "chi hoi tay", None],
        [3, "Lỗi Ngày Sinh", "99/99/1990", "Nữ", None, None, None, None, None],
    )
    result = preview(commune_db, data)
    with commune_db.transaction() as session:
        done = apply_import(session, cid, result, create_branches=True, skip_duplicates=True,
                            today=TODAY)
    assert (done.imported, done.rejected, done.branches_created) == (2, 1, ("Chi hội Đông",))
    with commune_db.reading() as session:
        found = search_members(session, MemberFilter(text="nguyen an", commune_id=cid))
        assert [m.full_name for m in found] == ["Nguyễn Thị An"]
        assert found[0].branch == "Chi hội Đông" and found[0].phone == "0912345678"
        binh = search_members(session, MemberFilter(text="binh", commune_id=cid))[0]
        assert binh.branch == "Chi hội Tây"
        assert session.scalar(select(func.count()).select_from(MemberStatusEvent)) == 2
        reasons = set(session.scalars(select(MemberStatusEvent.reason)))
        assert reasons == {"Ghi vào sổ (chưa rõ ngày vào Hội)"}


def test_all_or_nothing(commune_db: Database) -> None:
    cid = commune(commune_db)
    data = rows([1, "Nguyễn Thị An", 1985, "Nữ", None, None, None, "Đông", None],
                [2, "Trần Thị Bình", 1986, "Nữ", None, None, None, None, None])
    result = preview(commune_db, data)
    with pytest.raises(RuntimeError), commune_db.transaction() as session:
        apply_import(session, cid, result, create_branches=True, skip_duplicates=True)
        raise RuntimeError("power cut")
    with commune_db.reading() as session:
        assert count_members(session, cid) == 0
        assert session.scalar(select(func.count()).select_from(Unit).where(
            Unit.parent_id == cid)) == 0
    # A branch name the commune refuses fails the whole import, members included.
    bad = rows([1, "Nguyễn Thị An", 1985, "Nữ", None, None, None, "x" * 300, None])
    result = preview(commune_db, bad)
    with pytest.raises(UserError), commune_db.transaction() as session:
        apply_import(session, cid, result, create_branches=True, skip_duplicates=True)
    with commune_db.reading() as session:
        assert count_members(session, cid) == 0
