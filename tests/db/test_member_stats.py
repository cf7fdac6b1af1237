"""Member statistics and the export stream, on a commune built by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from db.engine import Database
from db.errors import UserError
from db.member_stats import (
    DEFAULT_COLUMNS,
    EXPORT_COLUMNS,
    SENSITIVE_COLUMNS,
    check_columns,
    member_statistics,
    members_for_export,
)
from db.members import MemberDraft, MemberFilter, add_member, change_status, search_members
from db.site import get_site
from db.units import create_branch

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def commune(commune_db: Database) -> tuple[Database, str, dict[str, str]]:
    """Two branches; five active members, one who left, one honorary."""
    with commune_db.transaction() as session:
        site = get_site(session)
        one = create_branch(session, site.unit_id, "Thôn 1")
        two = create_branch(session, site.unit_id, "Thôn 2")
        create_branch(session, site.unit_id, "Thôn 3")  # no members: listed with 0
        people = [
            ("Nguyễn Thị Lan", "1990-05-12", "Kinh", "Không", "Nông nghiệp", one, "ordinary"),
            ("Trần Thị Hoa", "1960", "Kinh", "Phật giáo", "Nông nghiệp", one, "ordinary"),
            ("Lê Thị Mai", "1985-03", "Tày", "", "Công nhân", two, "automatic"),
            ("Phạm Thị Cúc", "", "Kinh", "Công giáo", "", two, "ordinary"),
            ("Hoàng Văn Nam", "1950", "", "", "Hưu trí", None, "honorary"),
            ("Vũ Thị Đào", "1970", "Kinh", "Không", "Buôn bán", one, "ordinary"),
        ]
        ids = {}
        for name, birth, ethnicity, religion, job, branch, kind in people:
            ids[name] = add_member(session, site.unit_id, MemberDraft(
                full_name=name, birth_date=birth, ethnicity=ethnicity, religion=religion,
                occupation=job, branch_id=branch, kind=kind,
                gender="male" if kind == "honorary" else "female",
                id_number="001190012345" if name == "Nguyễn Thị Lan" else "",
            ), TODAY)
        change_status(session, ids["Vũ Thị Đào"], "left", dt.date(2026, 6, 1), today=TODAY)
    return commune_db, site.unit_id, ids


def counts(stats, key: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {row.label: row.count for row in stats.table(key).rows}


def test_statistics_count_active_members_only(commune) -> None:  # type: ignore[no-untyped-def]
    database, commune_id, _ = commune
    with database.reading() as session:
        stats = member_statistics(session, commune_id, TODAY)
    assert stats.total == 5
    assert counts(stats, "branch") == {"Thôn 1": 2, "Thôn 2": 2, "Thôn 3": 0,
                                       "Chưa xếp chi hội": 1}
    assert counts(stats, "age") == {"18-30 tuổi": 0, "31-45 tuổi": 2, "46-60 tuổi": 0,
                                    "61-75 tuổi": 1, "76+ tuổi": 1, "Không rõ năm sinh": 1}
    assert counts(stats, "ethnicity") == {"Kinh": 3, "Tày": 1, "Chưa ghi": 1}
    assert counts(stats, "religion") == {"Không": 1, "Phật giáo": 1, "Công giáo": 1,
                                         "Chưa ghi": 2}
    assert counts(stats, "occupation") == {"Nông nghiệp": 2, "Công nhân": 1, "Hưu trí": 1,
                                           "Chưa ghi": 1}
    assert counts(stats, "kind") == {"Thường": 3, "Đương nhiên": 1, "Danh dự": 1}
    for table in stats.tables:
        assert table.total == 5, table.key
    kinh = stats.table("ethnicity").rows[0]
    assert kinh.share == pytest.approx(60.0)


def test_export_rows_follow_the_list(commune) -> None:  # type: ignore[no-untyped-def]
    database, commune_id, _ = commune
    flt = MemberFilter(commune_id=commune_id)
    with database.reading() as session:
        rows = list(members_for_export(session, flt, list(EXPORT_COLUMNS)))
        listed = [m.full_name for m in search_members(session, flt)]
    keys = list(EXPORT_COLUMNS)
    assert [r[keys.index("full_name")] for r in rows] == listed
    assert [r[0] for r in rows] == list(range(1, 7))
    by_name = {r[1]: dict(zip(keys, r, strict=True)) for r in rows}
    lan = by_name["Nguyễn Thị Lan"]
    assert lan["birth_date"] == dt.date(1990, 5, 12)
    assert lan["id_number"] == "001190012345"
    assert lan["gender"] == "Nữ" and lan["status"] == "Đang sinh hoạt"
    assert lan["branch"] == "Thôn 1"
    assert by_name["Lê Thị Mai"]["birth_date"] == "03/1985"
    assert by_name["Trần Thị Hoa"]["birth_date"] == "1960"
    assert by_name["Hoàng Văn Nam"]["kind"] == "Danh dự"
    assert by_name["Vũ Thị Đào"]["status"] == "Ra khỏi Hội"


def test_export_honours_the_filter(commune) -> None:  # type: ignore[no-untyped-def]
    database, commune_id, _ = commune
    flt = MemberFilter(commune_id=commune_id, status="active", text="thi")
    with database.reading() as session:
        rows = list(members_for_export(session, flt, ["full_name", "stt"]))
    assert [r[0] for r in rows] == ["Phạm Thị Cúc", "Trần Thị Hoa", "Nguyễn Thị Lan",
                                    "Lê Thị Mai"]
    assert [r[1] for r in rows] == [1, 2, 3, 4]


def test_columns_defaults_and_errors() -> None:
    assert not SENSITIVE_COLUMNS & set(DEFAULT_COLUMNS)
    assert {"ethnicity", "religion", "id_number"} == SENSITIVE_COLUMNS
    assert check_columns(None) == DEFAULT_COLUMNS
    assert check_columns(["phone", "full_name"]) == ("full_name", "phone")
    with pytest.raises(UserError) as error:
        check_columns(["full_name", "cmnd"])
    assert "cmnd" in error.value.message and "id_number" in error.value.message
