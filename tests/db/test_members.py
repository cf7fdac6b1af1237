"""Members: adding through drafts, validation per field, duplicates, status, search."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from db.engine import Database
from db.members import (
    InvalidDraftError,
    MemberDraft,
    MemberFilter,
    add_member,
    change_status,
    count_members,
    draft_of,
    member_rowids,
    members_by_rowids,
    possible_duplicates,
    search_members,
    search_terms,
    status_history,
    update_member,
)
from db.models import Member
from db.site import get_site
from db.validation import ValidationError

TODAY = dt.date(2026, 11, 25)


def add(database: Database, name: str, **fields: object) -> str:
    with database.transaction() as session:
        site = get_site(session)
        return add_member(session, site.unit_id, MemberDraft(full_name=name, **fields), TODAY)  # type: ignore[arg-type]


def names(database: Database, text: str = "", **kw: object) -> list[str]:
    with database.reading() as session:
        return [m.full_name for m in search_members(session, MemberFilter(text=text, **kw))]  # type: ignore[arg-type]


def test_add_member_normalises_what_was_typed(commune_db: Database) -> None:
    member_id = add(
        commune_db,
        "  Nguye\u0302\u0303n   Thị  Thuỷ ",
        birth_date="3/1985",
        phone="+84 912.345.678",
        id_number="034 185 012345",
    )
    with commune_db.reading() as session:
        draft = draft_of(session, member_id)
        rows = search_members(session, MemberFilter(text="thuy"))
    assert draft.full_name == "Nguyễn Thị Thuỷ"
    assert draft.phone == "0912345678"
    assert draft.id_number == "034185012345"
    assert draft.birth_date == "03/1985"
    assert rows[0].birth_date == "1985-03"
    assert rows[0].id_number_masked.endswith("2345") and "0341" not in rows[0].id_number_masked


def test_every_bad_field_gets_its_own_message(commune_db: Database) -> None:
    with pytest.raises(InvalidDraftError) as caught, commune_db.transaction() as session:
        site = get_site(session)
        add_member(
            session,
            site.unit_id,
            MemberDraft(full_name=" ", birth_date="31/02/1990", phone="12345",
                        id_number="034185012345"),
            TODAY,
        )
    errors = caught.value.errors
    assert set(errors) == {"full_name", "birth_date", "phone"}
    assert "Họ và tên" in errors["full_name"]
    assert all(message.strip() for message in errors.values())
    assert names(commune_db) == []


def test_cccd_must_agree_with_birth_year(commune_db: Database) -> None:
    with pytest.raises(InvalidDraftError) as caught:
        add(commune_db, "Lê Thị Hoa", birth_date="1990", id_number="034185012345")
    assert "id_number" in caught.value.errors


def test_men_only_as_honorary_members(commune_db: Database) -> None:
    with pytest.raises(InvalidDraftError):
        add(commune_db, "Trần Văn Nam", gender="male", kind="ordinary")
    add(commune_db, "Trần Văn Nam", gender="male", kind="honorary")
    assert names(commune_db) == ["Trần Văn Nam"]


def test_possible_duplicates_by_cccd_or_name_and_year(commune_db: Database) -> None:
    add(commune_db, "Phạm Thị Lan", birth_date="12/05/1980", id_number="034180000111")
    with commune_db.reading() as session:
        site = get_site(session)
        same_cccd = possible_duplicates(
            session, site.unit_id, MemberDraft(full_name="Phạm T. Lan", id_number="034180000111")
        )
        same_name = possible_duplicates(
            session, site.unit_id, MemberDraft(full_name="pham thi lan", birth_date="1980")
        )
        other = possible_duplicates(
            session, site.unit_id, MemberDraft(full_name="Phạm Thị Lan", birth_date="1981")
        )
    assert [d.reason for d in same_cccd] == ["cùng số CCCD"]
    assert [d.reason for d in same_name] == ["cùng họ tên và năm sinh"]
    assert other == []


def test_status_change_and_history(commune_db: Database) -> None:
    member_id = add(commune_db, "Bùi Thị Mai", joined_on=dt.date(2020, 3, 8))
    with pytest.raises(ValidationError), commune_db.transaction() as session:
        change_status(session, member_id, "transferred", dt.date(2026, 5, 1))
    with commune_db.transaction() as session:
        change_status(session, member_id, "transferred", dt.date(2026, 5, 1),
                      reason="Theo chồng", destination="Xã Tiên Hưng")
    with commune_db.reading() as session:
        history = status_history(session, member_id)
        active = count_members(session, MemberFilter(status="active"))
    assert [(h.status, h.effective_on) for h in history] == [
        ("active", dt.date(2020, 3, 8)),
        ("transferred", dt.date(2026, 5, 1)),
    ]
    assert history[1].destination == "Xã Tiên Hưng"
    assert active == 0


def test_update_member_keeps_search_in_step(commune_db: Database) -> None:
    member_id = add(commune_db, "Đỗ Thị Hằng")
    with commune_db.transaction() as session:
        draft = draft_of(session, member_id)
        update_member(session, member_id, draft.__class__(**{**draft.__dict__,
                                                             "full_name": "Đỗ Thị Hạnh"}))
    assert names(commune_db, "hanh") == ["Đỗ Thị Hạnh"]
    assert names(commune_db, "hang") == []


def test_search_order_and_folding(commune_db: Database) -> None:
    people = [
        "Trần Văn Anh", "Lê Thị Ánh", "Nguyễn Thị An", "Đào Thị Bình", "Dương Thị Bình",
        "Nguyễn Thị Thủy", "Hoàng Thị Thuỷ", "Phạm Thị Hòa", "Lê Thị Hoà",
    ]
    shuffled = people[:]
    random.Random(3).shuffle(shuffled)
    for name in shuffled:
        kind = "honorary" if "Văn" in name else "ordinary"
        add(commune_db, name, gender="male" if "Văn" in name else "female", kind=kind)
    assert names(commune_db) == [
        "Nguyễn Thị An", "Trần Văn Anh", "Lê Thị Ánh", "Dương Thị Bình", "Đào Thị Bình",
        "Lê Thị Hoà", "Phạm Thị Hòa", "Hoàng Thị Thuỷ", "Nguyễn Thị Thủy",
    ]
    assert names(commune_db, "THUY") == ["Hoàng Thị Thuỷ", "Nguyễn Thị Thủy"]
    assert names(commune_db, "dao") == ["Đào Thị Bình"]
    assert names(commune_db, "hoa le") == ["Lê Thị Hoà"]
    assert names(commune_db, "100%_") == []


def test_keyset_paging_and_rowids_cover_the_whole_list(demo_db: Database) -> None:
    with demo_db.reading() as session:
        flt = MemberFilter(text="thi")
        total = count_members(session, flt)
        seen: list[str] = []
        after = None
        while True:
            page = search_members(session, flt, limit=97, after=after)
            if not page:
                break
            seen += [m.id for m in page]
            after = (page[-1].sort_key, page[-1].id)
        rowids = member_rowids(session, flt)
        by_rowid = members_by_rowids(session, rowids[:250])
    assert len(seen) == len(set(seen)) == total == len(rowids)
    assert [by_rowid[r].id for r in rowids[:250]] == seen[:250]


def test_filters_narrow_the_list(demo_db: Database) -> None:
    with demo_db.reading() as session:
        everyone = count_members(session, MemberFilter())
        active = count_members(session, MemberFilter(status="active"))
        honorary = count_members(session, MemberFilter(kind="honorary"))
        young = count_members(session, MemberFilter(age_group="18-30", reference_date=TODAY))
        officers = count_members(session, MemberFilter(officer=True))
        others = count_members(session, MemberFilter(officer=False))
    assert everyone == 1200
    assert 0 < active < everyone
    assert 0 < honorary < 100
    assert 0 < young < everyone
    assert officers > 10 and officers + others == everyone


def test_status_change_cannot_be_dated_in_the_future(commune_db: Database) -> None:
    member_id = add(commune_db, "Vũ Thị Sen", joined_on=dt.date(2020, 1, 1))
    with pytest.raises(ValidationError) as caught, commune_db.transaction() as session:
        change_status(session, member_id, "left", dt.date(2026, 12, 1), today=TODAY)
    assert caught.value.field == "effective_on"


def test_saving_an_outdated_draft_is_refused(commune_db: Database) -> None:
    from dataclasses import replace

    from db.errors import UserError

    member_id = add(commune_db, "Hà Thị Nụ")
    with commune_db.reading() as session:
        first = draft_of(session, member_id)
        second = draft_of(session, member_id)
    with commune_db.transaction() as session:
        update_member(session, member_id, replace(first, phone="0912345678"))
    with pytest.raises(UserError), commune_db.transaction() as session:
        update_member(session, member_id, replace(second, address="Thôn Bắc"))
    with commune_db.reading() as session:
        assert draft_of(session, member_id).address == ""


def test_dates_that_cannot_be_true_are_refused(commune_db: Database) -> None:
    with pytest.raises(InvalidDraftError) as caught:
        add(commune_db, "Ngô Thị Lụa", birth_date="1990",
            joined_on=dt.date(2000, 1, 1), card_issued_on=dt.date(2027, 1, 1))
    assert set(caught.value.errors) == {"joined_on", "card_issued_on"}


def test_notes_keep_their_lines(commune_db: Database) -> None:
    member_id = add(commune_db, "Tô Thị Gấm", notes="  Dòng một \n\n\n  Dòng hai  ")
    with commune_db.reading() as session:
        assert draft_of(session, member_id).notes == "Dòng một\n\nDòng hai"


PATHS = {
    # Every way _first_screen and the filtered search can reach a screen, forced.
    "first-walk": {"FIRST_WALK": 10**9},
    "bounded-walk": {"FIRST_WALK": 1, "WALK_PER_CANDIDATE": 10**6, "FEW_MATCHES_MIN": 10**9},
    "fetch-few": {"FIRST_WALK": 1, "WALK_PER_CANDIDATE": 0, "FEW_MATCHES_MIN": 10**9},
    "walk-many": {"FIRST_WALK": 1, "FEW_MATCHES_MIN": 1, "FEW_MATCHES_PER_MEMBERS": 10**9,
                  "LONGEST_WALK_PER_MEMBERS": 1},
    "fetch-many": {"FIRST_WALK": 1, "FEW_MATCHES_MIN": 1, "FEW_MATCHES_PER_MEMBERS": 10**9,
                   "LONGEST_WALK_PER_MEMBERS": 10**9},
    "estimated-walk-fails": {"FIRST_WALK": 1, "FTS_POSTINGS_PER_FETCH": 10**9,
                             "WALK_PER_CANDIDATE": 1},
    "estimated-many": {"FIRST_WALK": 1, "SAMPLE_MANY": 0, "LONGEST_WALK_PER_MEMBERS": 4},
    "rare-word-list": {"FIRST_WALK": 1, "RARE_WORD_PER_MEMBERS": 1,
                       "SHORT_LIST_PER_MEMBERS": 1},
    "rare-word-list-bounded": {"FIRST_WALK": 1, "RARE_WORD_PER_MEMBERS": 1,
                               "SHORT_LIST_PER_MEMBERS": 10**9, "WALK_PER_CANDIDATE": 1},
    "coarse-sample": {"FIRST_WALK": 1, "SAMPLE_PARTS": 3, "SAMPLE_PER_PART": 7,
                      "RARE_WORD_PER_MEMBERS": 1},
    "filtered-walk": {"FEW_MATCHES_MIN": 1, "FEW_MATCHES_PER_MEMBERS": 10**9},
    "filtered-fetch": {"FEW_MATCHES_MIN": 10**9},
}


@pytest.mark.parametrize("path", PATHS)
def test_search_finds_exactly_the_matching_names_by_every_path(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    """Common middle names are left out of the index query, never out of the result."""
    import db.members as members_module

    for name, value in PATHS[path].items():
        monkeypatch.setattr(members_module, name, value)
    if path.startswith("filtered"):
        monkeypatch.setattr(members_module, "_text_only", lambda _flt: False)
    with demo_db.transaction() as session:  # removed and renamed members stay in step
        gone, renamed, *inside = session.scalars(
            select(Member).where(Member.search_key.contains("thi"))
            .order_by(Member.sort_key).limit(5)).all()
        gone.deleted_at = dt.datetime(2026, 11, 1)
        # Words found only inside other words ("hoa" in Thoa, "van" in Ivan, "anh" in
        # Thanh): a walk of the word's initial list misses them, the merge must not.
        for member, name in zip(inside, ("Trần Thị Thoa", "Ivan Nguyễn Văn Tú",
                                         "Nguyễn Thị Khoa Thanh"), strict=True):
            update_member(session, member.id, MemberDraft(full_name=name, birth_date="1990"),
                          dt.date(2026, 11, 25))
        update_member(session, renamed.id, MemberDraft(full_name="Lò Thị Lả",
                                                       birth_date="1990"), dt.date(2026, 11, 25))
    with demo_db.reading() as session:
        everyone = session.execute(
            select(Member.id, Member.search_key)
            .where(Member.deleted_at.is_(None)).order_by(Member.sort_key, Member.id)
        ).all()
        for query in ("le thi hoa", "thi", "van", "nguyen thi h", "tran van", "pham thi l",
                      "thi hoa", "van an", "thi thi", "an", "n", "lo thi la", "l", "la",
                      "nguyen van t", "nguyen thi hoa", "tran", "h", "t h", "zzz",
                      "Nguyễn Văn T", "lê thị h", "ngọc anh", "hoa", "anh", "oa", "ivan",
                      "nguyen thi ngoc anh", "đặng thị thu", "dang thi thu", "ngoc",
                      "hoang thi thu h", "thoa", "nguyen van", "do thi h", "x", "yen"):
            words = search_terms(query).words
            expected = [
                member_id for member_id, key in everyone
                if all((w in key) if len(w) >= 3 else (" " + w) in (" " + key) for w in words)
            ][:100]
            found = [row.id for row in search_members(session, MemberFilter(text=query))]
            assert found == expected, query
            assert gone.id not in found
