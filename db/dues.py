"""Membership dues (hội phí) per branch and quarter, and the commune union's fund (quỹ hội).

Guidance 07/HD-ĐCT-TC on the Union's finances was not at hand in a form this module could
quote, so the rules below are the ones commune offices keep on paper, and every figure a
province may set differently is the commune's data, not a constant:

* **The period is the quarter.** Branches collect dues at their meetings, which the
  charter asks for at least once a quarter (see ``db.meetings.quarter_of``); a quarter is
  also the period the commune hands over to the upper level and closes its fund book.
  A month would triple the marks to enter for no figure anyone reports.
* **The rate** is a whole number of đồng per member per quarter, set by the commune for a
  year (:class:`DuesSettings`). Until it is set, :data:`EXAMPLE_SETTINGS` is shown, marked
  as an example, so the page is never empty; nothing is stored from it.
* **Who owes dues** in a quarter: the branch's live members who had joined by the
  quarter's end and were still members then (active, or their status changed after it).
  **Exempt by rule**: honorary members, and members who reach the commune's
  ``exempt_age`` (if set) in the year. **Exempt by choice**: a member the branch excuses
  for the quarter, always with a reason (hardship, illness).
* **The shares**: of what a branch collects, ``branch_share`` percent stays with the
  branch and the rest is handed to the commune; of the collected total, ``upper_share``
  percent is passed up by the commune. Shares are rounded down to the đồng, so what is
  passed up never exceeds what the percentage allows; the remainder stays below.
* **The fund** is a book of vouchers: receipts (phiếu thu, "PT") and spendings (phiếu chi,
  "PC"), each numbered from 1 every year within its kind, so "PT 3/2026" names one voucher.
  A voucher is never edited or deleted: a mistake is cancelled by a reversing voucher of
  the same kind and the opposite amount that points at it (:func:`reverse_fund_entry`),
  dated in an open quarter. The balance of a quarter is the opening balance plus receipts
  minus spendings, reversals included.
* **Closing a quarter** (:func:`close_period`) makes its dues and vouchers final: no mark,
  rate or voucher dated in it may be added or changed afterwards.

Money is an ``int`` of đồng everywhere. Every write goes through the ORM, so the audit
trail (``db.audit``) records it in the same transaction; the caller gives one transaction
per operation. These tables do not travel in sync packages yet: the upper level does not
see a commune's dues.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from db import catalog
from db.audit import current_actor
from db.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    FieldsError,
    Message,
    NotFoundError,
    UserError,
)
from db.formatting import money
from db.meetings import quarter_bounds as _meeting_quarter_bounds
from db.meetings import quarter_of
from db.models import (
    DuesClosure,
    DuesMark,
    DuesSetting,
    DuesStatus,
    FundEntry,
    FundKind,
    Member,
    MemberKind,
    MemberStatus,
    Unit,
    UnitLevel,
    utc_now,
)
from db.rules import live
from db.text import clean_text
from db.vocabulary import FUND_KIND

__all__ = [
    "EXAMPLE_SETTINGS",
    "FUND_KIND_LABELS",
    "QUARTER_NUMERALS",
    "BranchDues",
    "DuesBookData",
    "DuesMemberRow",
    "DuesPeriod",
    "DuesSettings",
    "FundBalance",
    "FundBookData",
    "FundEntryDraft",
    "FundEntryRow",
    "InvalidFundEntryError",
    "PeriodClosedError",
    "add_fund_entry",
    "branch_choices",
    "close_period",
    "closed_quarters",
    "dues_book_data",
    "dues_members",
    "dues_period",
    "dues_settings",
    "find_voucher",
    "fund_balance",
    "fund_book_data",
    "fund_entries",
    "period_label",
    "quarter_bounds",
    "quarter_of",
    "reverse_fund_entry",
    "set_dues_mark",
    "set_dues_settings",
    "shares_of",
]

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_RATE = 10_000_000
"""A rate above ten million đồng a quarter is a typing slip (an extra zero or three)."""
MAX_AMOUNT = 100_000_000_000
"""A voucher above a hundred billion đồng is a typing slip, and stays far from SQLite's limit."""
MAX_CONTENT, MAX_PERSON, MAX_REASON = 300, 200, 300

FUND_KIND_LABELS: dict[str, str] = FUND_KIND.labels
_VOUCHER_PREFIX = {FundKind.RECEIPT: "PT", FundKind.SPENDING: "PC"}

HONORARY_REASON = "Hội viên danh dự"
UNPAID = "unpaid"
"""The status of a member with no mark: owes the quarter's dues and has not paid."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class DuesSettings:
    """The commune's rates for a year.

    Attributes:
        rate: đồng per member per quarter.
        branch_share: percent of what a branch collects that the branch keeps.
        upper_share: percent of the collected total the commune passes up.
        exempt_age: members who reach this age in the year owe nothing (None: no such
            rule).
        example: True when nothing is stored and these are :data:`EXAMPLE_SETTINGS`.
    """

    year: int
    rate: int
    branch_share: int
    upper_share: int
    exempt_age: int | None
    example: bool = False


EXAMPLE_SETTINGS = DuesSettings(0, 3_000, 30, 30, None, example=True)
"""Shown until the commune sets its own: 1,000 đồng a month, 30 % kept, 30 % passed up."""


@dataclass(frozen=True)
class DuesMemberRow:
    """One member in a branch's dues grid for a quarter.

    Attributes:
        status: ``"paid"``, ``"unpaid"`` or ``"exempt"``.
        by_rule: exempt by a rule (honorary, age); such a row cannot be marked.
        reason: why the member is exempt ("" otherwise).
        amount: what she paid, in đồng (0 unless paid).
    """

    member_id: str
    full_name: str
    birth_year: int | None
    status: str
    by_rule: bool
    reason: str
    amount: int


@dataclass(frozen=True)
class BranchDues:
    """A branch's dues for a quarter, with the handing-over figures (all in đồng)."""

    branch_id: str
    name: str
    members: int
    exempt: int
    paid: int
    expected: int
    collected: int
    kept_by_branch: int
    handed_to_commune: int
    passed_up: int

    @property
    def owing(self) -> int:
        """Return the members who owe the quarter's dues (members less the exempt)."""
        return self.members - self.exempt


@dataclass(frozen=True)
class DuesPeriod:
    """Every branch's dues for one quarter, with the totals and whether it is closed."""

    year: int
    quarter: int
    settings: DuesSettings
    closed: bool
    branches: tuple[BranchDues, ...]

    @property
    def expected(self) -> int:
        """Return the dues expected from every branch, in đồng."""
        return sum(b.expected for b in self.branches)

    @property
    def collected(self) -> int:
        """Return the dues collected by every branch, in đồng."""
        return sum(b.collected for b in self.branches)

    @property
    def kept_by_branches(self) -> int:
        """Return what the branches keep, in đồng."""
        return sum(b.kept_by_branch for b in self.branches)

    @property
    def handed_to_commune(self) -> int:
        """Return what the branches hand to the commune, in đồng."""
        return sum(b.handed_to_commune for b in self.branches)

    @property
    def passed_up(self) -> int:
        """Return what the commune passes up, in đồng."""
        return sum(b.passed_up for b in self.branches)


@dataclass(frozen=True)
class FundEntryDraft:
    """A new voucher as typed in the form; the number is given when it is stored."""

    kind: str
    entry_date: dt.date | None
    content: str
    amount: int | None
    person: str


@dataclass(frozen=True)
class FundEntryRow:
    """One voucher of the fund book.

    Attributes:
        voucher: "PT 3/2026" or "PC 1/2026".
        amount: the voucher's amount in đồng, negative on a reversal.
        reverses: the voucher a reversal cancels ("" if not a reversal).
        reversed_by: the voucher that cancelled this one ("" if none).
        closed: the voucher's quarter is closed.
    """

    id: str
    kind: str
    voucher: str
    entry_date: dt.date
    content: str
    amount: int
    person: str
    reverses: str
    reversed_by: str
    closed: bool

    @property
    def kind_label(self) -> str:
        """Return "Thu" or "Chi"."""
        return FUND_KIND_LABELS.get(self.kind, self.kind)

    @property
    def signed_amount(self) -> int:
        """Return what the voucher adds to the balance (spending and reversals subtract)."""
        return self.amount if self.kind == FundKind.RECEIPT else -self.amount


@dataclass(frozen=True)
class FundBalance:
    """The fund over one quarter: opening balance, receipts, spending, closing balance."""

    year: int
    quarter: int
    opening: int
    receipts: int
    spending: int

    @property
    def closing(self) -> int:
        """Return the balance at the quarter's end: opening + receipts - spending."""
        return self.opening + self.receipts - self.spending


@dataclass(frozen=True)
class _Issuer:
    commune_union_name: str
    parent_union_name: str
    place_name: str


@dataclass(frozen=True)
class DuesBookData:
    """What the dues book of one branch and quarter prints."""

    commune_union_name: str
    parent_union_name: str
    place_name: str
    year: int
    quarter: int
    branch: BranchDues
    settings: DuesSettings
    rows: tuple[DuesMemberRow, ...]


@dataclass(frozen=True)
class FundBookData:
    """What the fund book of a year (or one quarter) prints: vouchers with running balance.

    Attributes:
        balances: the running balance after each of ``entries``, in the same order.
    """

    commune_union_name: str
    parent_union_name: str
    place_name: str
    year: int
    quarter: int | None
    opening: int
    entries: tuple[FundEntryRow, ...]
    balances: tuple[int, ...] = field(default=())

    @property
    def receipts(self) -> int:
        """Return the receipts of the book's span, reversals included."""
        return sum(e.amount for e in self.entries if e.kind == FundKind.RECEIPT)

    @property
    def spending(self) -> int:
        """Return the spending of the book's span, reversals included."""
        return sum(e.amount for e in self.entries if e.kind == FundKind.SPENDING)

    @property
    def closing(self) -> int:
        """Return the balance at the end of the span."""
        return self.opening + self.receipts - self.spending


class PeriodClosedError(UserError):
    """A change dated in a closed quarter."""


class DuesMarkConflictError(ConcurrentChangeError):
    """Someone else marked the member's dues for the quarter after the grid was read.

    Attributes:
        stored: the (status, reason) stored now, to show beside hers.
    """

    def __init__(self, full_name: str, stored: tuple[str, str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hội phí của {full_name} vừa được đánh dấu ở nơi khác; đánh dấu của bạn "
                "chưa được lưu.",
            ),
            full_name=full_name,
        )
        self.stored = stored


class DuesSettingsConflictError(ConcurrentChangeError):
    """Someone else stored the year's rates after the form was opened.

    Attributes:
        stored: the rates stored now, to show beside hers.
    """

    def __init__(self, stored: DuesSettings) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mức hội phí năm {year} vừa được sửa ở nơi khác; những gì bạn nhập chưa được "
                "lưu.",
            ),
            year=stored.year,
        )
        self.stored = stored


class InvalidFundEntryError(FieldsError):
    """A voucher that cannot be stored, with one message per field."""


# --------------------------------------------------------------------------- periods


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a quarter, refusing a period that cannot be."""
    _check_period(year, quarter)
    return _meeting_quarter_bounds(year, quarter)


QUARTER_NUMERALS = ("I", "II", "III", "IV")
"""How the books number the quarters."""


def period_label(year: int, quarter: int, *, inside: bool = False) -> str:
    """Name a quarter the way the books do: "Quý III năm 2026" (lower case inside a sentence).

    A message's template, so a window in another language names the quarter in it too.
    """
    template = (QT_TRANSLATE_NOOP("DbErrors", "quý {numeral} năm {year}") if inside
                else QT_TRANSLATE_NOOP("DbErrors", "Quý {numeral} năm {year}"))
    return Message(template, {"numeral": QUARTER_NUMERALS[quarter - 1], "year": year})


def _check_period(year: int, quarter: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= quarter <= 4:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Kỳ không hợp lệ: quý {quarter} năm {year}.",
            ),
            quarter=quarter,
            year=year,
        )


def _is_closed(session: Session, commune_id: str, year: int, quarter: int) -> bool:
    return session.execute(
        select(DuesClosure.id).where(
            DuesClosure.owner_unit_id == commune_id,
            DuesClosure.year == year,
            DuesClosure.quarter == quarter,
            live(DuesClosure),
        )
    ).first() is not None


def _refuse_closed(session: Session, commune_id: str, year: int, quarter: int) -> None:
    if _is_closed(session, commune_id, year, quarter):
        raise PeriodClosedError(
            QT_TRANSLATE_NOOP("DbErrors", "{quarter} đã khóa sổ: không thể thêm hay sửa hội phí, "
            "phiếu thu, phiếu chi của kỳ này. Muốn sửa sai, hãy lập bút toán đảo ở kỳ "
            "đang mở."), quarter=period_label(year, quarter)
        )


def closed_quarters(session: Session, commune_id: str, year: int) -> frozenset[int]:
    """Return the closed quarters of a year."""
    return frozenset(
        session.scalars(
            select(DuesClosure.quarter).where(
                DuesClosure.owner_unit_id == commune_id,
                DuesClosure.year == year,
                live(DuesClosure),
            )
        )
    )


def close_period(session: Session, commune_id: str, year: int, quarter: int) -> None:
    """Close a quarter: its dues and vouchers become final.

    Quarters close in order, so a closed quarter never has an open one before it whose
    vouchers could still change its opening balance.

    Raises:
        PeriodClosedError: the quarter is already closed.
        UserError: an earlier quarter of the year is still open.
    """
    _check_period(year, quarter)
    _refuse_closed(session, commune_id, year, quarter)
    closed = closed_quarters(session, commune_id, year)
    earlier_open = [q for q in range(1, quarter) if q not in closed]
    if earlier_open:
        raise UserError(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy khóa {earlier_open} trước: các kỳ khóa lần lượt "
            "theo thứ tự."), earlier_open=period_label(year, earlier_open[0])
        )
    session.add(DuesClosure(owner_unit_id=commune_id, year=year, quarter=quarter,
                            closed_at=utc_now(), closed_by=current_actor()))
    session.flush()


# --------------------------------------------------------------------------- settings


def _stored_settings(session: Session, commune_id: str, year: int) -> DuesSetting | None:
    return session.scalars(
        select(DuesSetting).where(
            DuesSetting.owner_unit_id == commune_id, DuesSetting.year == year, live(DuesSetting)
        )
    ).first()


def dues_settings(session: Session, commune_id: str, year: int) -> DuesSettings:
    """Return the commune's rates for a year, or the example ones when none are stored."""
    row = _stored_settings(session, commune_id, year)
    if row is None:
        e = EXAMPLE_SETTINGS
        return DuesSettings(year, e.rate, e.branch_share, e.upper_share, e.exempt_age, True)
    return DuesSettings(year, row.rate, row.branch_share, row.upper_share, row.exempt_age)


def _figures(settings: DuesSettings) -> tuple[int, int, int, int | None]:
    return settings.rate, settings.branch_share, settings.upper_share, settings.exempt_age


def set_dues_settings(session: Session, commune_id: str, settings: DuesSettings, *,
                      seen: DuesSettings | None = None) -> None:
    """Store the commune's rates for a year.

    ``seen`` is what the form showed when it opened. If someone else stored other rates
    for the year meanwhile, writing these over them without a word would lose theirs:
    nothing is written and she is shown both.

    Raises:
        FieldsError: a figure out of range (messages per field).
        DuesSettingsConflictError: the year's rates moved on from ``seen`` meanwhile.
        PeriodClosedError: a quarter of the year is closed; its dues were reckoned at
            the old rate.
    """
    errors: dict[str, str] = {}
    if not MIN_YEAR <= settings.year <= MAX_YEAR:
        errors["year"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Năm phải từ {first} đến {last}."),
            {"first": MIN_YEAR, "last": MAX_YEAR})
    if not 0 <= settings.rate <= MAX_RATE:
        errors["rate"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mức hội phí phải từ 0 đến {amount} một quý."),
            {"amount": money(MAX_RATE)})
    if not 0 <= settings.branch_share <= 100:
        errors["branch_share"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tỷ lệ chi hội giữ lại phải từ 0 đến 100 %."))
    if not 0 <= settings.upper_share <= 100:
        errors["upper_share"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tỷ lệ nộp cấp trên phải từ 0 đến 100 %."))
    elif settings.branch_share + settings.upper_share > 100:
        errors["upper_share"] = Message(QT_TRANSLATE_NOOP(
            "DbErrors", "Phần chi hội giữ lại cộng phần nộp cấp trên không được quá 100 %."))
    if settings.exempt_age is not None and not 50 <= settings.exempt_age <= 120:
        errors["exempt_age"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tuổi được miễn phải từ 50 đến 120 (hoặc để trống)."))
    if errors:
        raise FieldsError(errors)
    if closed_quarters(session, commune_id, settings.year):
        raise PeriodClosedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Năm {year} đã có quý khóa sổ: không thể đổi mức hội phí của năm này.",
            ),
            year=settings.year,
        )
    if seen is not None:
        stored = dues_settings(session, commune_id, settings.year)
        if stored != seen and _figures(stored) != _figures(settings):
            raise DuesSettingsConflictError(stored)
    row = _stored_settings(session, commune_id, settings.year)
    if row is None:
        row = DuesSetting(owner_unit_id=commune_id, year=settings.year)
        session.add(row)
    row.rate = settings.rate
    row.branch_share = settings.branch_share
    row.upper_share = settings.upper_share
    row.exempt_age = settings.exempt_age
    session.flush()


def shares_of(collected: int, settings: DuesSettings) -> tuple[int, int, int]:
    """Split what a branch collected: (kept by the branch, handed to the commune, passed up).

    Both shares are rounded down to the đồng; the branch hands over the rest, so kept +
    handed always equals what was collected.
    """
    kept = collected * settings.branch_share // 100
    return kept, collected - kept, collected * settings.upper_share // 100


# --------------------------------------------------------------------------- dues


def _owing_members(commune_id: str, year: int, quarter: int) -> list[ColumnElement[bool]]:
    """Return the conditions "a member of this commune owes dues for the quarter"."""
    _start, end = quarter_bounds(year, quarter)
    return [
        Member.commune_id == commune_id,
        live(Member),
        Member.branch_id.is_not(None),
        or_(Member.joined_on.is_(None), Member.joined_on <= end),
        or_(
            Member.status == MemberStatus.ACTIVE,
            and_(Member.status_since.is_not(None), Member.status_since > end),
        ),
    ]


def _rule_reason(kind: str, birth_year: int | None, year: int,
                 settings: DuesSettings) -> str:
    """Return why a member is exempt by rule, or "" when no rule exempts her."""
    if kind == MemberKind.HONORARY:
        return HONORARY_REASON
    if (settings.exempt_age is not None and birth_year is not None
            and year - birth_year >= settings.exempt_age):
        return f"Từ {settings.exempt_age} tuổi trở lên"
    return ""


def dues_members(
    session: Session, commune_id: str, branch_id: str, year: int, quarter: int
) -> list[DuesMemberRow]:
    """Return a branch's dues grid for a quarter, in name order."""
    settings = dues_settings(session, commune_id, year)
    marks = {
        member_id: (status, amount, reason or "")
        for member_id, status, amount, reason in session.execute(
            select(DuesMark.member_id, DuesMark.status, DuesMark.amount, DuesMark.reason).where(
                DuesMark.owner_unit_id == commune_id,
                DuesMark.year == year,
                DuesMark.quarter == quarter,
                DuesMark.member_id.in_(select(Member.id).where(Member.branch_id == branch_id)),
                live(DuesMark),
            )
        )
    }
    query = (
        select(Member.id, Member.full_name, Member.birth_year, Member.kind)
        .where(*_owing_members(commune_id, year, quarter), Member.branch_id == branch_id)
        .order_by(Member.sort_key, Member.id)
    )
    rows: list[DuesMemberRow] = []
    for member_id, name, birth_year, kind in session.execute(query):
        rule = _rule_reason(kind, birth_year, year, settings)
        status, amount, reason = marks.get(member_id, (UNPAID, 0, ""))
        if rule:
            rows.append(DuesMemberRow(member_id, name, birth_year, DuesStatus.EXEMPT, True,
                                      rule, 0))
        else:
            rows.append(DuesMemberRow(member_id, name, birth_year, status, False, reason,
                                      amount if status == DuesStatus.PAID else 0))
    return rows


def set_dues_mark(
    session: Session, commune_id: str, member_id: str, year: int, quarter: int,
    status: str, reason: str = "", *, seen: tuple[str, str] | None = None,
) -> None:
    """Mark one member's dues for a quarter: ``"paid"``, ``"unpaid"`` or ``"exempt"``.

    A paid mark keeps the amount at the year's rate, so a later change of rate never
    changes what was collected. Taking a mark back (``"unpaid"``) tombstones it, which
    the audit trail records like any change; in a closed quarter nothing changes.

    ``seen`` is the (status, reason) the person changed from, as her grid showed it.
    When the stored mark is neither that nor the one she sets, someone else marked the
    member meanwhile (an exemption with its reason, a payment): nothing is written and
    she is shown both.

    Raises:
        DuesMarkConflictError: the mark moved on from ``seen`` meanwhile.
        PeriodClosedError: the quarter is closed.
        UserError: exempt without a reason, a member exempt by rule, or a member who
            owes nothing this quarter.
        NotFoundError: the member does not exist.
    """
    _check_period(year, quarter)
    _refuse_closed(session, commune_id, year, quarter)
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is not None or member.commune_id != commune_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy hội viên này."))
    owes = session.execute(
        select(Member.id).where(*_owing_members(commune_id, year, quarter),
                                Member.id == member_id)
    ).first()
    if owes is None or member.branch_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{full_name} không thuộc danh sách đóng hội phí {period}.",
            ),
            full_name=member.full_name,
            period=period_label(year, quarter, inside=True),
        )
    settings = dues_settings(session, commune_id, year)
    if _rule_reason(member.kind, member.birth_year, year, settings):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{full_name} được miễn hội phí theo quy định; không cần đánh dấu.",
            ),
            full_name=member.full_name,
        )
    reason = clean_text(reason)
    if status == DuesStatus.EXEMPT and not reason:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Hãy ghi lý do miễn hội phí."))
    if len(reason) > MAX_REASON:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Lý do quá dài (tối đa {MAX_REASON} ký tự).",
            ),
            MAX_REASON=MAX_REASON,
        )
    if status not in (DuesStatus.PAID, DuesStatus.EXEMPT, UNPAID):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Trạng thái hội phí không hợp lệ: {status}.",
            ),
            status=status,
        )
    mark = session.scalars(
        select(DuesMark).where(
            DuesMark.owner_unit_id == commune_id,
            DuesMark.member_id == member_id,
            DuesMark.year == year,
            DuesMark.quarter == quarter,
            live(DuesMark),
        )
    ).first()
    stored = (UNPAID, "") if mark is None else (mark.status, mark.reason or "")
    asked = (status, reason if status == DuesStatus.EXEMPT else "")
    if seen is not None and stored not in (seen, asked):
        raise DuesMarkConflictError(member.full_name, stored)
    if status == UNPAID:
        if mark is not None:
            mark.deleted_at = utc_now()
            session.flush()
        return
    if mark is None:
        mark = DuesMark(owner_unit_id=commune_id, member_id=member_id, year=year,
                        quarter=quarter)
        session.add(mark)
    mark.branch_id = member.branch_id
    mark.status = status
    mark.amount = settings.rate if status == DuesStatus.PAID else 0
    mark.reason = reason if status == DuesStatus.EXEMPT else None
    session.flush()


def _branches(session: Session, commune_id: str) -> list[tuple[str, str]]:
    return [
        (unit_id, name)
        for unit_id, name in session.execute(
            select(Unit.id, Unit.name)
            .where(Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
                   Unit.active.is_(True), live(Unit))
            .order_by(Unit.sort_key)
        )
    ]


def dues_period(session: Session, commune_id: str, year: int, quarter: int) -> DuesPeriod:
    """Return every branch's dues for a quarter with the handing-over figures.

    Counting is done per member in Python over one query per table: a commune has a
    few thousand members at most, and the exemption rules (age in the year, honorary)
    then live in :func:`_rule_reason` alone. A member who moved to another branch is
    counted, with what she paid, in the branch she belongs to now (the mark keeps the
    branch that collected it, for the record).
    """
    _check_period(year, quarter)
    settings = dues_settings(session, commune_id, year)
    counts: dict[str, list[int]] = {}
    branch_of: dict[str, str] = {}  # members who owe dues by their own choice or not
    for member_id, branch_id, kind, birth_year in session.execute(
        select(Member.id, Member.branch_id, Member.kind, Member.birth_year).where(
            *_owing_members(commune_id, year, quarter)
        )
    ):
        entry = counts.setdefault(branch_id or "", [0, 0, 0, 0])  # members, exempt, paid, sum
        entry[0] += 1
        if _rule_reason(kind, birth_year, year, settings):
            entry[1] += 1
        else:
            branch_of[member_id] = branch_id or ""
    for member_id, status, amount in session.execute(
        select(DuesMark.member_id, DuesMark.status, DuesMark.amount).where(
            DuesMark.owner_unit_id == commune_id,
            DuesMark.year == year,
            DuesMark.quarter == quarter,
            live(DuesMark),
        )
    ):
        # A member is counted with the branch she belongs to now, as her grid shows her.
        if member_id not in branch_of:
            continue
        entry = counts[branch_of[member_id]]
        if status == DuesStatus.EXEMPT:
            entry[1] += 1
        else:
            entry[2] += 1
            entry[3] += amount
    branches = []
    for branch_id, name in _branches(session, commune_id):
        members, exempt, paid, collected = counts.get(branch_id, [0, 0, 0, 0])
        kept, handed, passed_up = shares_of(collected, settings)
        branches.append(BranchDues(branch_id, name, members, exempt, paid,
                                   (members - exempt) * settings.rate, collected, kept,
                                   handed, passed_up))
    return DuesPeriod(year, quarter, settings,
                      _is_closed(session, commune_id, year, quarter), tuple(branches))


# --------------------------------------------------------------------------- fund


def _voucher(kind: str, number: int, year: int) -> str:
    return f"{_VOUCHER_PREFIX.get(FundKind(kind), '?')} {number}/{year}"


def _next_number(session: Session, commune_id: str, year: int, kind: str) -> int:
    highest = session.scalar(
        select(func.max(FundEntry.number)).where(
            FundEntry.owner_unit_id == commune_id, FundEntry.year == year,
            FundEntry.kind == kind,
        )
    )
    return int(highest or 0) + 1


def add_fund_entry(session: Session, commune_id: str, draft: FundEntryDraft) -> str:
    """Validate and store a new voucher with the next number of its kind and year.

    Raises:
        InvalidFundEntryError: one message per field that is not acceptable.
        PeriodClosedError: the voucher is dated in a closed quarter.
    """
    errors: dict[str, str] = {}
    if draft.kind not in (FundKind.RECEIPT, FundKind.SPENDING):
        errors["kind"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn phiếu thu hay phiếu chi."))
    if draft.entry_date is None:
        errors["entry_date"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy nhập ngày của chứng từ."))
    elif not MIN_YEAR <= draft.entry_date.year <= MAX_YEAR:
        errors["entry_date"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Năm của chứng từ phải từ {first} đến {last}."),
            {"first": MIN_YEAR, "last": MAX_YEAR})
    content = clean_text(draft.content)
    if not content:
        errors["content"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Hãy ghi nội dung thu, chi."))
    elif len(content) > MAX_CONTENT:
        errors["content"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Nội dung quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_CONTENT})
    if draft.amount is None or draft.amount <= 0:
        errors["amount"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Số tiền phải là số đồng lớn hơn 0."))
    elif draft.amount > MAX_AMOUNT:
        errors["amount"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Số tiền quá lớn (tối đa {amount})."),
            {"amount": money(MAX_AMOUNT)})
    person = clean_text(draft.person)
    if not person:
        errors["person"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy ghi người nộp hoặc người nhận tiền."))
    elif len(person) > MAX_PERSON:
        errors["person"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Tên quá dài (tối đa {limit} ký tự)."),
            {"limit": MAX_PERSON})
    if errors:
        raise InvalidFundEntryError(errors)
    assert draft.entry_date is not None and draft.amount is not None
    _refuse_closed(session, commune_id, *quarter_of(draft.entry_date))
    year = draft.entry_date.year
    entry = FundEntry(owner_unit_id=commune_id, year=year, kind=draft.kind,
                      number=_next_number(session, commune_id, year, draft.kind),
                      entry_date=draft.entry_date, content=content, amount=draft.amount,
                      person=person)
    session.add(entry)
    session.flush()
    return entry.id


def reverse_fund_entry(session: Session, entry_id: str, on: dt.date, reason: str = "") -> str:
    """Cancel a voucher with a reversing one dated ``on``; return the reversal's key.

    The reversal has the same kind and the opposite amount, so the balance returns to
    what it was without the voucher, while the book keeps both lines. A voucher is
    reversed once; a reversal is not reversed (enter the right voucher anew instead).

    Raises:
        NotFoundError: no such voucher.
        UserError: already reversed, or itself a reversal.
        PeriodClosedError: ``on`` falls in a closed quarter.
    """
    entry = session.get(FundEntry, entry_id)
    if entry is None or entry.deleted_at is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy chứng từ này."))
    voucher = _voucher(entry.kind, entry.number, entry.year)
    if entry.reverses_id is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{voucher} là bút toán đảo; không đảo một bút toán đảo. Hãy lập chứng từ đúng "
                "thay vào.",
            ),
            voucher=voucher,
        )
    if session.execute(select(FundEntry.id).where(FundEntry.reverses_id == entry.id)).first():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{voucher} đã được đảo rồi.",
            ),
            voucher=voucher,
        )
    if on < entry.entry_date:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Ngày của bút toán đảo không được trước ngày của chứng từ bị đảo.",
            ),
        )
    commune_id = entry.owner_unit_id
    _refuse_closed(session, commune_id, *quarter_of(on))
    reason = clean_text(reason)
    content = f"Đảo {voucher}: {reason or entry.content}"[:MAX_CONTENT]
    reversal = FundEntry(owner_unit_id=commune_id, year=on.year, kind=entry.kind,
                         number=_next_number(session, commune_id, on.year, entry.kind),
                         entry_date=on, content=content, amount=-entry.amount,
                         person=entry.person, reverses_id=entry.id)
    session.add(reversal)
    session.flush()
    return reversal.id


def find_voucher(session: Session, commune_id: str, voucher: str) -> str:
    """Return the key of a voucher named as the books name it ("PC 1/2026", "pt 3/2026").

    Raises:
        NotFoundError: the text names no voucher of this commune.
    """
    match = re.fullmatch(r"\s*(PT|PC)\s*0*(\d{1,9})\s*/\s*(\d{4})\s*", voucher, re.IGNORECASE)
    if match is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không hiểu số chứng từ \"{voucher}\": hãy viết như PT 3/2026 hoặc PC 1/2026.",
            ),
            voucher=voucher,
        )
    prefix, number_, year = match.groups()
    kind = next(k for k, p in _VOUCHER_PREFIX.items() if p == prefix.upper())
    key = session.scalar(select(FundEntry.id).where(
        FundEntry.owner_unit_id == commune_id, FundEntry.kind == kind,
        FundEntry.number == int(number_), FundEntry.year == int(year), live(FundEntry)))
    if key is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không có chứng từ {prefix} {number}/{year}.",
            ),
            prefix=prefix.upper(),
            number=int(number_),
            year=year,
        )
    return key


def _entry_rows(session: Session, commune_id: str, start: dt.date,
                end: dt.date) -> list[FundEntryRow]:
    entries = list(session.scalars(
        select(FundEntry)
        .where(FundEntry.owner_unit_id == commune_id, live(FundEntry),
               FundEntry.entry_date >= start, FundEntry.entry_date <= end)
        .order_by(FundEntry.entry_date, FundEntry.created_at, FundEntry.id)
    ))
    ids = {e.id for e in entries}
    names: dict[str, str] = {}
    reversed_by: dict[str, str] = {}
    linked = session.execute(
        select(FundEntry.id, FundEntry.kind, FundEntry.number, FundEntry.year,
               FundEntry.reverses_id)
        .where(live(FundEntry), or_(FundEntry.id.in_(
            [e.reverses_id for e in entries if e.reverses_id]), FundEntry.reverses_id.in_(ids)))
    )
    for key, kind, number, year, reverses_id in linked:
        names[key] = _voucher(kind, number, year)
        if reverses_id:
            reversed_by[reverses_id] = names[key]
    closed: dict[int, frozenset[int]] = {}
    rows = []
    for e in entries:
        if e.year not in closed:
            closed[e.year] = closed_quarters(session, commune_id, e.year)
        rows.append(FundEntryRow(
            e.id, e.kind, _voucher(e.kind, e.number, e.year), e.entry_date, e.content,
            e.amount, e.person, names.get(e.reverses_id or "", ""),
            reversed_by.get(e.id, ""), quarter_of(e.entry_date)[1] in closed[e.year],
        ))
    return rows


def _span(year: int, quarter: int | None) -> tuple[dt.date, dt.date]:
    if quarter is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return quarter_bounds(year, quarter)


def fund_entries(session: Session, commune_id: str, year: int,
                 quarter: int | None = None) -> list[FundEntryRow]:
    """Return the vouchers of a year or a quarter, in date order."""
    start, end = _span(year, quarter)
    return _entry_rows(session, commune_id, start, end)


def _balance_before(session: Session, commune_id: str, day: dt.date) -> int:
    """Return the fund's balance at the start of ``day``: every earlier voucher summed."""
    total = session.scalar(
        select(func.coalesce(func.sum(
            FundEntry.amount * case((FundEntry.kind == FundKind.RECEIPT, 1), else_=-1)), 0))
        .where(FundEntry.owner_unit_id == commune_id, live(FundEntry),
               FundEntry.entry_date < day)
    )
    return int(total or 0)


def fund_balance(session: Session, commune_id: str, year: int, quarter: int) -> FundBalance:
    """Return the fund's opening balance, receipts and spending over a quarter."""
    start, end = quarter_bounds(year, quarter)
    sums: dict[str, int] = {
        kind: int(total or 0)
        for kind, total in session.execute(
            select(FundEntry.kind, func.sum(FundEntry.amount))
            .where(FundEntry.owner_unit_id == commune_id, live(FundEntry),
                   FundEntry.entry_date >= start, FundEntry.entry_date <= end)
            .group_by(FundEntry.kind)
        )
    }
    return FundBalance(year, quarter, _balance_before(session, commune_id, start),
                       sums.get(FundKind.RECEIPT, 0), sums.get(FundKind.SPENDING, 0))


# --------------------------------------------------------------------------- books


def _issuer(session: Session, commune_id: str) -> _Issuer:
    commune = session.get(Unit, commune_id)
    if commune is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy xã này."))
    parent = session.get(Unit, commune.parent_id) if commune.parent_id else None
    place = commune.name
    for prefix in catalog.UNIT_PREFIXES:
        if place.startswith(prefix + " "):
            place = place[len(prefix) + 1:]
            break
    return _Issuer(catalog.union_name(commune.name),
                   catalog.union_name(parent.name) if parent else "", place)


def dues_book_data(session: Session, commune_id: str, branch_id: str, year: int,
                   quarter: int) -> DuesBookData:
    """Gather the dues book of one branch and quarter.

    Raises:
        NotFoundError: the branch is not one of the commune's.
    """
    period = dues_period(session, commune_id, year, quarter)
    branch = next((b for b in period.branches if b.branch_id == branch_id), None)
    if branch is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy chi hội này."))
    issuer = _issuer(session, commune_id)
    return DuesBookData(issuer.commune_union_name, issuer.parent_union_name,
                        issuer.place_name, year, quarter, branch, period.settings,
                        tuple(dues_members(session, commune_id, branch_id, year, quarter)))


def fund_book_data(session: Session, commune_id: str, year: int,
                   quarter: int | None = None) -> FundBookData:
    """Gather the fund book of a year or a quarter, each voucher with the balance after it."""
    start, end = _span(year, quarter)
    opening = _balance_before(session, commune_id, start)
    entries = _entry_rows(session, commune_id, start, end)
    balances: list[int] = []
    running = opening
    for entry in entries:
        running += entry.signed_amount
        balances.append(running)
    issuer = _issuer(session, commune_id)
    return FundBookData(issuer.commune_union_name, issuer.parent_union_name,
                        issuer.place_name, year, quarter, opening, tuple(entries),
                        tuple(balances))


def branch_choices(session: Session, commune_id: str) -> Sequence[tuple[str, str]]:
    """Return (key, name) of the commune's active branches, in name order."""
    return _branches(session, commune_id)
