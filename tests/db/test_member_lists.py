"""Member lists as people expect them: sort by a column, search by number or year, bulk change."""

from __future__ import annotations

import datetime as dt

import pytest

from db.accounts import PermissionDeniedError
from db.engine import Database
from db.members import (
    STATUS_LABELS,
    MemberFilter,
    MemberSort,
    bulk_change_branch,
    bulk_change_status,
    count_members,
    member_rowids,
    members_by_rowids,
    search_members,
    search_terms,
)
from db.models import MemberStatus
from db.text import text_sort_key
from db.validation import ValidationError
from tests.stored import stored

TODAY = dt.date(2026, 11, 25)


def raw(database: Database, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read what is really stored, with the driver beside SQLAlchemy."""
    return stored(database, sql, *params)


def listed(database: Database, flt: MemberFilter) -> list[str]:
    """Return the ids in list order, as the member table pages through them."""
    with database.reading() as session:
        rowids = member_rowids(session, flt)
        rows = members_by_rowids(session, list(rowids))
    return [rows[r].id for r in rowids]


def test_search_terms_split_numbers_years_and_cards() -> None:
    terms = search_terms("Hòa 1975 0912.345.678 034185000123 HV-12 lê")
    assert terms.words == ("hoa", "le")
    assert terms.years == (1975,)
    assert terms.numbers == ("0912345678", "034185000123")
    assert terms.cards == ("HV-12",)


def test_default_order_is_the_vietnamese_name_order(demo_db: Database) -> None:
    ids = listed(demo_db, MemberFilter())
    keys = dict(raw(demo_db, "SELECT id, sort_key FROM members"))
    assert [keys[i] for i in ids] == sorted(keys[i] for i in ids)
    assert listed(demo_db, MemberFilter(sort=MemberSort())) == ids


@pytest.mark.parametrize("column, sql", [
    ("birth", "birth_date"), ("status", "status"), ("id_number", "id_number"),
])
@pytest.mark.parametrize("descending", [False, True])
def test_sort_by_a_column_in_both_directions(
    demo_db: Database, column: str, sql: str, descending: bool
) -> None:
    flt = MemberFilter(sort=MemberSort(column, descending))
    ids = listed(demo_db, flt)
    values = dict(raw(demo_db, f"SELECT id, {sql} FROM members"))
    if column == "status":
        # Statuses follow their Vietnamese labels, as the list shows them.
        values = {k: text_sort_key(STATUS_LABELS[MemberStatus(str(v))])
                  for k, v in values.items()}
    filled = [values[i] for i in ids if values[i] is not None]
    assert filled == sorted(filled, reverse=descending)
    assert len(set(filled)) > 1
    # Empty values come last, whichever the direction.
    empties = [values[i] is None for i in ids]
    assert empties == sorted(empties)
    with demo_db.reading() as session:
        first = search_members(session, flt, limit=50)
    assert [r.id for r in first] == ids[:50]


def test_sort_by_branch_keeps_names_in_order_within_a_branch(demo_db: Database) -> None:
    ids = listed(demo_db, MemberFilter(sort=MemberSort("branch")))
    rows = dict((r[0], (r[1], r[2])) for r in raw(
        demo_db, "SELECT m.id, u.sort_key, m.sort_key FROM members m "
        "LEFT JOIN units u ON u.id = m.branch_id"))
    pairs = [rows[i] for i in ids if rows[i][0] is not None]
    assert pairs == sorted(pairs)


def _a_member(demo_db: Database, where: str) -> tuple[str, ...]:
    row = raw(demo_db, "SELECT id, id_number, phone, birth_year, search_key FROM members "
              f"WHERE deleted_at IS NULL AND {where} LIMIT 1")[0]
    return tuple(str(v) for v in row)


def found(database: Database, text: str) -> list[str]:
    with database.reading() as session:
        ids = [r.id for r in search_members(session, MemberFilter(text=text), limit=1000)]
        assert count_members(session, MemberFilter(text=text)) == len(ids)
    assert listed(database, MemberFilter(text=text)) == ids
    return ids


def test_search_by_cccd_in_full_and_by_its_start(demo_db: Database) -> None:
    member_id, cccd, *_ = _a_member(demo_db, "id_number IS NOT NULL")
    assert found(demo_db, cccd) == [member_id]
    assert member_id in found(demo_db, cccd[:10])
    assert found(demo_db, "999999999999") == []


def test_search_by_phone_as_people_write_it(demo_db: Database) -> None:
    member_id, _cccd, phone, *_ = _a_member(demo_db, "phone IS NOT NULL")
    assert member_id in found(demo_db, phone)
    assert member_id in found(demo_db, f"{phone[:4]}.{phone[4:7]}.{phone[7:]}")


def test_search_by_name_and_birth_year(demo_db: Database) -> None:
    member_id, _c, _p, year, key = _a_member(demo_db, "birth_year IS NOT NULL")
    given = key.split()[-1]
    ids = found(demo_db, f"{given} {year}")
    assert member_id in ids
    years = dict(raw(demo_db, "SELECT id, birth_year FROM members"))
    assert {years[i] for i in ids} == {int(year)}
    by_name = found(demo_db, given)
    assert len(ids) < len(by_name)


def test_search_by_card_number(demo_db: Database) -> None:
    member_id = str(raw(demo_db, "SELECT id FROM members WHERE deleted_at IS NULL LIMIT 1")[0][0])
    stored(demo_db, "UPDATE members SET card_number = 'HV-2024-0153' WHERE id = ?", member_id)
    assert found(demo_db, "hv-2024-0153") == [member_id]
    assert found(demo_db, "HV-2024") == [member_id]
    assert found(demo_db, "HV-2025") == []


def _three(demo_db: Database) -> tuple[list[str], str]:
    ids = [str(r[0]) for r in raw(
        demo_db, "SELECT id FROM members WHERE deleted_at IS NULL AND status = 'active' "
        "AND branch_id IS NOT NULL ORDER BY sort_key LIMIT 3")]
    current = {str(r[0]) for r in raw(
        demo_db, f"SELECT branch_id FROM members WHERE id IN ({','.join('?' * 3)})", *ids)}
    other = next(str(r[0]) for r in raw(
        demo_db, "SELECT id FROM units WHERE level = 'branch' AND deleted_at IS NULL")
        if str(r[0]) not in current)
    return ids, other


def test_bulk_change_of_branch_is_one_transaction_with_audit(demo_db: Database) -> None:
    ids, branch = _three(demo_db)
    versions = dict(raw(demo_db, "SELECT id, version FROM members"))
    with demo_db.transaction() as session:
        assert bulk_change_branch(session, ids, branch, role="entry") == 3
    marks = ",".join("?" * 3)
    stored = raw(demo_db, f"SELECT id, branch_id, version FROM members WHERE id IN ({marks})",
                 *ids)
    assert {(str(i), str(b)) for i, b, _v in stored} == {(i, branch) for i in ids}
    assert all(int(str(v)) == int(str(versions[i])) + 1 for i, _b, v in stored)
    events = raw(demo_db, f"SELECT record_id, changes FROM audit_events WHERE action = 'update' "
                 f"AND record_id IN ({marks})", *ids)
    assert {str(e[0]) for e in events} == set(ids)
    assert all("branch_id" in str(e[1]) for e in events)


def test_bulk_change_refused_for_a_viewer_changes_nothing(demo_db: Database) -> None:
    ids, branch = _three(demo_db)
    before = raw(demo_db, "SELECT id, branch_id, status, version FROM members ORDER BY id")
    audit = raw(demo_db, "SELECT count(*) FROM audit_events")
    with pytest.raises(PermissionDeniedError), demo_db.transaction() as session:
        bulk_change_branch(session, ids, branch, role="viewer")
    with pytest.raises(PermissionDeniedError), demo_db.transaction() as session:
        bulk_change_status(session, ids, MemberStatus.LEFT, TODAY, role="viewer")
    assert raw(demo_db, "SELECT id, branch_id, status, version FROM members ORDER BY id") == before
    assert raw(demo_db, "SELECT count(*) FROM audit_events") == audit


def test_bulk_status_change_is_all_or_nothing(demo_db: Database) -> None:
    ids, _branch = _three(demo_db)
    with demo_db.transaction() as session:
        assert bulk_change_status(session, ids[:2], MemberStatus.LEFT, TODAY, role="entry",
                                  reason="Chuyển đi làm ăn xa") == 2
    left = raw(demo_db, "SELECT count(*) FROM members WHERE status = 'left' AND id IN (?, ?)",
               *ids[:2])
    assert left == [(2,)]
    before = raw(demo_db, "SELECT id, status, version FROM members ORDER BY id")
    # The first two already left: the whole change is refused, the third is unchanged.
    with pytest.raises(ValidationError), demo_db.transaction() as session:
        bulk_change_status(session, list(reversed(ids)), MemberStatus.LEFT, TODAY,
                           role="entry")
    assert raw(demo_db, "SELECT id, status, version FROM members ORDER BY id") == before


def test_number_prefixes_match_exactly_at_the_range_edges(demo_db: Database) -> None:
    """A prefix is asked as a range of the index: its last digit may be a 9, and the
    next number up, or the prefix itself with nothing after it, must be told apart."""
    people = raw(demo_db, "SELECT id FROM members WHERE deleted_at IS NULL LIMIT 5")
    edges = ("0912345699", "0912345700", "0912345690", "091234569", "0912345689")
    for (member_id,), phone in zip(people, edges, strict=True):
        stored(demo_db, "UPDATE members SET phone = ?, card_number = ? WHERE id = ?",
               phone, phone[-8:], member_id)
    by_phone = {phone: str(member_id) for (member_id,), phone in zip(people, edges, strict=True)}
    assert sorted(found(demo_db, "091234569")) == sorted(
        by_phone[p] for p in ("0912345699", "0912345690", "091234569"))
    assert found(demo_db, "0912345699") == [by_phone["0912345699"]]
    # Seven digits are the start of a card number (the phone's last eight digits here).
    assert sorted(found(demo_db, "1234569")) == sorted(
        by_phone[p] for p in ("0912345699", "0912345690"))


def test_sort_by_address_is_the_same_on_either_engine(demo_db: Database) -> None:
    """Free text with no sort key orders by its characters' codes, whatever the server's
    locale: here the server's column is even given Vietnamese collation on purpose."""
    if demo_db.is_server:
        found = raw(demo_db, "SELECT collname FROM pg_collation WHERE collname = 'vi-x-icu'")
        if found:
            raw(demo_db, 'ALTER TABLE members ALTER COLUMN address TYPE varchar(300) '
                         'COLLATE "vi-x-icu"')
    ids = listed(demo_db, MemberFilter(sort=MemberSort("address")))
    values = dict(raw(demo_db, "SELECT id, address FROM members"))
    filled = [str(values[i]) for i in ids if values[i] is not None]
    assert len(set(filled)) > 1
    assert filled == sorted(filled, key=lambda text: text.encode("utf-8"))
