"""Dues and the fund: a year of the demo commune, exemptions, reversals, closed quarters."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.audit import history_of
from db.dues import (
    DuesMarkConflictError,
    DuesSettings,
    DuesSettingsConflictError,
    FundEntryDraft,
    InvalidFundEntryError,
    PeriodClosedError,
    add_fund_entry,
    branch_choices,
    close_period,
    dues_members,
    dues_period,
    dues_settings,
    fund_balance,
    fund_book_data,
    fund_entries,
    reverse_fund_entry,
    set_dues_mark,
    set_dues_settings,
    shares_of,
)
from db.engine import Database
from db.errors import FieldsError, UserError
from db.models import AuditEvent, FundEntry, Member, MemberKind
from db.site import get_site

YEAR = 2026
RATE = 3_000


def commune_of(database: Database) -> str:
    with database.reading() as session:
        return get_site(session).unit_id


def make_honorary(database: Database) -> str:
    """Turn one member of the first branch into an honorary member; return her key."""
    commune = commune_of(database)
    with database.transaction() as session:
        branch = branch_choices(session, commune)[0][0]
        member = session.scalars(
            select(Member).where(Member.branch_id == branch, Member.kind != MemberKind.HONORARY,
                                 Member.status == "active").order_by(Member.sort_key)
        ).first()
        assert member is not None
        member.kind = MemberKind.HONORARY
        return member.id


def pay_everyone(database: Database, commune: str, branch: str, quarter: int,
                 skip: int = 0) -> list[str]:
    """Mark every member of a branch who owes dues as paid, leaving ``skip`` unpaid."""
    with database.reading() as session:
        rows = [r for r in dues_members(session, commune, branch, YEAR, quarter)
                if not r.by_rule]
    paid = [r.member_id for r in rows[skip:]]
    with database.transaction() as session:
        for member_id in paid:
            set_dues_mark(session, commune, member_id, YEAR, quarter, "paid")
    return paid


def test_a_year_of_dues_for_the_demo_commune(demo_db: Database) -> None:
    commune = commune_of(demo_db)
    honorary = make_honorary(demo_db)
    with demo_db.transaction() as session:
        set_dues_settings(session, commune, DuesSettings(YEAR, RATE, 30, 20, 85))
        branches = [b for b, _name in branch_choices(session, commune)]
    first = branches[0]
    collected_by_quarter = {}
    for quarter in (1, 2, 3, 4):
        paid = pay_everyone(demo_db, commune, first, quarter, skip=2)
        with demo_db.reading() as session:
            grid = dues_members(session, commune, first, YEAR, quarter)
            unpaid = [r for r in grid if r.status == "unpaid"]
        # An excused member for the quarter: exempt by choice, with a reason.
        with demo_db.transaction() as session:
            set_dues_mark(session, commune, unpaid[0].member_id, YEAR, quarter, "exempt",
                          "Hoàn cảnh khó khăn")
        with demo_db.reading() as session:
            period = dues_period(session, commune, YEAR, quarter)
        branch = next(b for b in period.branches if b.branch_id == first)
        by_rule = [r for r in grid if r.by_rule]
        assert any(r.member_id == honorary and r.reason == "Hội viên danh dự" for r in by_rule)
        assert all(r.status == "exempt" for r in by_rule)
        assert branch.members == len(grid)
        assert branch.exempt == len(by_rule) + 1
        assert branch.paid == len(paid)
        assert branch.collected == len(paid) * RATE
        assert branch.expected == (len(grid) - len(by_rule) - 1) * RATE
        assert branch.expected - branch.collected == RATE  # one left unpaid
        assert branch.kept_by_branch == branch.collected * 30 // 100
        assert branch.kept_by_branch + branch.handed_to_commune == branch.collected
        assert branch.passed_up == branch.collected * 20 // 100
        assert period.collected == branch.collected  # other branches collected nothing
        collected_by_quarter[quarter] = branch.collected
    assert all(isinstance(v, int) for v in collected_by_quarter.values())

    # The year's fund: the commune's share of each quarter comes in, spending goes out.
    with demo_db.transaction() as session:
        for quarter in (1, 2, 3, 4):
            day = dt.date(YEAR, 3 * quarter, 20)
            _kept, handed, up = shares_of(collected_by_quarter[quarter],
                                         dues_settings(session, commune, YEAR))
            add_fund_entry(session, commune, FundEntryDraft(
                "receipt", day, f"Hội phí quý {quarter} chi hội nộp", handed, "Chi hội trưởng"))
            add_fund_entry(session, commune, FundEntryDraft(
                "spending", day + dt.timedelta(days=2), f"Nộp hội phí quý {quarter} lên cấp trên",
                up, "Chủ tịch Hội"))
        wrong = add_fund_entry(session, commune, FundEntryDraft(
            "spending", dt.date(YEAR, 4, 10), "Mua văn phòng phẩm", 450_000, "Thủ quỹ"))
    # Q1 closes: nothing may be marked or entered in it any more.
    with demo_db.transaction() as session:
        close_period(session, commune, YEAR, 1)
    with demo_db.reading() as session:
        grid = dues_members(session, commune, first, YEAR, 1)
    unpaid_q1 = next(r for r in grid if r.status == "unpaid")
    paid_q1 = next(r for r in grid if r.status == "paid")
    for status, member in (("paid", unpaid_q1), ("unpaid", paid_q1)):
        with pytest.raises(PeriodClosedError, match="đã khóa sổ"), \
                demo_db.transaction() as session:
            set_dues_mark(session, commune, member.member_id, YEAR, 1, status)
    with pytest.raises(PeriodClosedError, match="Quý I năm 2026 đã khóa sổ"), \
            demo_db.transaction() as session:
        add_fund_entry(session, commune, FundEntryDraft(
            "receipt", dt.date(YEAR, 2, 1), "Ủng hộ", 100_000, "Bà Lan"))
    with pytest.raises(PeriodClosedError), demo_db.transaction() as session:
        set_dues_settings(session, commune, DuesSettings(YEAR, 5_000, 30, 20, None))
    # A voucher of Q1 is corrected by a reversal dated in the open Q2.
    with demo_db.reading() as session:
        q1_spending = next(e for e in fund_entries(session, commune, YEAR, 1)
                           if e.kind == "spending")
    with pytest.raises(PeriodClosedError), demo_db.transaction() as session:
        reverse_fund_entry(session, q1_spending.id, dt.date(YEAR, 3, 31))
    with demo_db.transaction() as session:
        reversal = reverse_fund_entry(session, q1_spending.id, dt.date(YEAR, 4, 2), "Nộp nhầm")
    # The April mistake is reversed in its own quarter, and not twice.
    with demo_db.transaction() as session:
        reverse_fund_entry(session, wrong, dt.date(YEAR, 4, 11))
    with pytest.raises(UserError, match="đã được đảo"), demo_db.transaction() as session:
        reverse_fund_entry(session, wrong, dt.date(YEAR, 4, 12))
    with pytest.raises(UserError, match="bút toán đảo"), demo_db.transaction() as session:
        reverse_fund_entry(session, reversal, dt.date(YEAR, 4, 12))
    # Q1's figures are what they were when it closed.
    with demo_db.reading() as session:
        q1 = dues_period(session, commune, YEAR, 1)
        assert q1.closed
        assert next(b for b in q1.branches if b.branch_id == first).collected == \
            collected_by_quarter[1]
        entries = fund_entries(session, commune, YEAR)
        stored = session.scalars(select(FundEntry)).all()
        reversed_entry = next(e for e in entries if e.id == q1_spending.id)
        reversal_row = next(e for e in entries if e.id == reversal)
        # Balance per quarter = receipts minus spending, carried over.
        opening = 0
        for quarter in (1, 2, 3, 4):
            balance = fund_balance(session, commune, YEAR, quarter)
            assert balance.opening == opening
            in_quarter = [e for e in entries if (e.entry_date.month - 1) // 3 + 1 == quarter]
            assert balance.receipts == sum(e.amount for e in in_quarter if e.kind == "receipt")
            assert balance.spending == sum(e.amount for e in in_quarter if e.kind == "spending")
            opening = balance.closing
        receipts = sum(e.amount for e in stored if e.kind == "receipt")
        spending = sum(e.amount for e in stored if e.kind == "spending")
        assert opening == receipts - spending
        book = fund_book_data(session, commune, YEAR)
        assert book.balances[-1] == receipts - spending == book.closing
        # Every write left its trace; the reversed voucher is untouched.
        audited = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.table_name.in_(["dues_marks", "fund_entries", "dues_closures",
                                       "dues_settings"])))
        assert history_of(session, reversal)
    assert reversed_entry.reversed_by == reversal_row.voucher
    assert reversal_row.reverses == q1_spending.voucher == "PC 1/2026"
    assert reversal_row.amount == -q1_spending.amount
    assert reversed_entry.closed and not reversal_row.closed
    assert audited and audited >= len(stored) + 1
    assert sorted(e.voucher for e in entries if e.kind == "receipt") == sorted(
        f"PT {n}/2026" for n in range(1, 5))


def test_rates_stored_elsewhere_meanwhile_are_not_overwritten(commune_db: Database) -> None:
    commune = commune_of(commune_db)
    with commune_db.reading() as session:
        opened = dues_settings(session, commune, YEAR)  # the example rates: nothing stored
    with commune_db.transaction() as session:
        set_dues_settings(session, commune, DuesSettings(YEAR, 4_000, 30, 30, 80), seen=opened)
    with pytest.raises(DuesSettingsConflictError) as caught, \
            commune_db.transaction() as session:
        set_dues_settings(session, commune, DuesSettings(YEAR, 5_000, 30, 30, None),
                          seen=opened)
    assert (caught.value.stored.rate, caught.value.stored.exempt_age) == (4_000, 80)
    # The same figures as the stored ones are no conflict; answering them writes.
    with commune_db.transaction() as session:
        set_dues_settings(session, commune, DuesSettings(YEAR, 4_000, 30, 30, 80), seen=opened)
        set_dues_settings(session, commune, DuesSettings(YEAR, 5_000, 30, 30, None),
                          seen=caught.value.stored)
    with commune_db.reading() as session:
        assert dues_settings(session, commune, YEAR).rate == 5_000


def test_quarters_close_in_order_and_once(commune_db: Database) -> None:
    commune = commune_of(commune_db)
    with pytest.raises(UserError, match="Quý I năm 2026 trước"), \
            commune_db.transaction() as session:
        close_period(session, commune, YEAR, 2)
    with commune_db.transaction() as session:
        close_period(session, commune, YEAR, 1)
    with pytest.raises(PeriodClosedError), commune_db.transaction() as session:
        close_period(session, commune, YEAR, 1)


def test_bad_vouchers_and_rates_are_refused_with_every_reason(commune_db: Database) -> None:
    commune = commune_of(commune_db)
    with pytest.raises(InvalidFundEntryError) as caught, commune_db.transaction() as session:
        add_fund_entry(session, commune, FundEntryDraft("spending", None, " ", 0, ""))
    assert set(caught.value.errors) == {"entry_date", "content", "amount", "person"}
    with pytest.raises(FieldsError) as refused, commune_db.transaction() as session:
        set_dues_settings(session, commune, DuesSettings(YEAR, -1, 80, 30, 20))
    assert set(refused.value.errors) == {"rate", "upper_share", "exempt_age"}
    with commune_db.reading() as session:
        assert dues_settings(session, commune, YEAR).example
        assert session.scalar(select(func.count()).select_from(FundEntry)) == 0


def test_exempt_needs_a_reason_and_rule_exempt_cannot_be_marked(demo_db: Database) -> None:
    commune = commune_of(demo_db)
    honorary = make_honorary(demo_db)
    with demo_db.reading() as session:
        branch = branch_choices(session, commune)[0][0]
        member = next(r for r in dues_members(session, commune, branch, YEAR, 3)
                      if not r.by_rule)
    with pytest.raises(UserError, match="lý do"), demo_db.transaction() as session:
        set_dues_mark(session, commune, member.member_id, YEAR, 3, "exempt", "  ")
    with pytest.raises(UserError, match="theo quy định"), demo_db.transaction() as session:
        set_dues_mark(session, commune, honorary, YEAR, 3, "paid")
    # A mark taken back in an open quarter leaves the member owing again.
    with demo_db.transaction() as session:
        set_dues_mark(session, commune, member.member_id, YEAR, 3, "paid")
    with demo_db.transaction() as session:
        set_dues_mark(session, commune, member.member_id, YEAR, 3, "unpaid")
    with demo_db.reading() as session:
        row = next(r for r in dues_members(session, commune, branch, YEAR, 3)
                   if r.member_id == member.member_id)
    assert row.status == "unpaid" and row.amount == 0


def test_a_mark_made_elsewhere_meanwhile_is_not_overwritten(demo_db: Database) -> None:
    commune = commune_of(demo_db)
    with demo_db.reading() as session:
        branch = branch_choices(session, commune)[0][0]
        member = next(r for r in dues_members(session, commune, branch, YEAR, 3)
                      if not r.by_rule and r.status == "unpaid")
    seen = (member.status, member.reason)
    # Another screen exempts her while this one still shows her owing.
    with demo_db.transaction() as session:
        set_dues_mark(session, commune, member.member_id, YEAR, 3, "exempt", "Ốm dài ngày",
                      seen=seen)
    with pytest.raises(DuesMarkConflictError) as caught, demo_db.transaction() as session:
        set_dues_mark(session, commune, member.member_id, YEAR, 3, "paid", seen=seen)
    assert caught.value.stored == ("exempt", "Ốm dài ngày")
    # The same mark as the one stored is no conflict; answering the stored one writes.
    with demo_db.transaction() as session:
        set_dues_mark(session, commune, member.member_id, YEAR, 3, "exempt", "Ốm dài ngày",
                      seen=seen)
        set_dues_mark(session, commune, member.member_id, YEAR, 3, "paid",
                      seen=caught.value.stored)
    with demo_db.reading() as session:
        row = next(r for r in dues_members(session, commune, branch, YEAR, 3)
                   if r.member_id == member.member_id)
    assert row.status == "paid"


def test_a_member_who_moves_branch_keeps_her_paid_mark(demo_db: Database) -> None:
    commune = commune_of(demo_db)
    with demo_db.transaction() as session:
        first, second = [b for b, _name in branch_choices(session, commune)][:2]
        member = next(r for r in dues_members(session, commune, first, YEAR, 4)
                      if not r.by_rule)
        set_dues_mark(session, commune, member.member_id, YEAR, 4, "paid")
    with demo_db.transaction() as session:
        moving = session.get(Member, member.member_id)
        assert moving is not None
        moving.branch_id = second
    with demo_db.reading() as session:
        grid = dues_members(session, commune, second, YEAR, 4)
        period = dues_period(session, commune, YEAR, 4)
    assert next(r for r in grid if r.member_id == member.member_id).status == "paid"
    by_branch = {b.branch_id: b for b in period.branches}
    assert by_branch[second].paid == 1 and by_branch[first].paid == 0
    assert by_branch[second].collected == 3_000


def test_erasure_clears_why_she_was_excused_but_keeps_the_figures(demo_db: Database) -> None:
    from db.models import DuesMark
    from db.personal_data import erase_member

    commune = commune_of(demo_db)
    with demo_db.transaction() as session:
        branch = branch_choices(session, commune)[0][0]
        member = next(r for r in dues_members(session, commune, branch, YEAR, 4)
                      if not r.by_rule)
        set_dues_mark(session, commune, member.member_id, YEAR, 4, "exempt", "Ốm dài ngày")
    with demo_db.transaction() as session:
        erase_member(session, member.member_id, dt.date(YEAR, 11, 25), "Theo đơn đề nghị")
    with demo_db.reading() as session:
        marks = session.execute(select(DuesMark.status, DuesMark.reason).where(
            DuesMark.member_id == member.member_id)).all()
        trail = " ".join(str(e.changes) for e in session.scalars(select(AuditEvent)))
    assert [tuple(m) for m in marks] == [("exempt", None)]
    assert "Ốm dài ngày" not in trail
