"""Members as spreadsheet rows and as statistics tables, for the Excel exports.

The export streams the member list exactly as the members page shows it (same filter,
same Vietnamese name order) without ever holding more than a few thousand rows: the
ordered row numbers come from :func:`db.members.member_rowids` and the columns are read
in chunks by row number. The statistics are counted by SQLite (GROUP BY), not by looping
over members in Python, so a commune of 8,000 members costs a handful of small queries.

Ethnicity and religion are sensitive personal data (Law 91/2025/QH15, Decree 356/2025)
and the ID number is basic personal data: none of them is exported unless the person
ticks it, which is why :data:`DEFAULT_COLUMNS` leaves them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, case, func, literal_column, select
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from db.members import AGE_GROUPS, KIND_LABELS, STATUS_LABELS, MemberFilter, member_rowids
from db.models import Gender, Member, MemberKind, MemberStatus, Unit, UnitLevel
from db.rules import live
from db.scope import check_sensitive
from db.validation import PartialDate
from db.vocabulary import ETHNICITY, GENDER, RELIGION, Vocabulary

__all__ = [
    "CHUNK",
    "DEFAULT_COLUMNS",
    "EXPORT_COLUMNS",
    "SENSITIVE_COLUMNS",
    "MemberStatistics",
    "StatRow",
    "StatTable",
    "check_columns",
    "member_statistics",
    "members_for_export",
]

EXPORT_COLUMNS: Mapping[str, str] = {
    "stt": "STT",
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "gender": "Giới tính",
    "ethnicity": "Dân tộc",
    "religion": "Tôn giáo",
    "id_number": "Số CCCD",
    "phone": "Điện thoại",
    "address": "Địa chỉ",
    "branch": "Chi hội",
    "occupation": "Nghề nghiệp",
    "education": "Học vấn",
    "professional_level": "Chuyên môn",
    "political_theory": "Lý luận chính trị",
    "party_member": "Đảng viên",
    "kind": "Loại hội viên",
    "joined_on": "Ngày vào Hội",
    "card_number": "Số thẻ",
    "card_issued_on": "Ngày cấp thẻ",
    "status": "Tình trạng",
    "notes": "Ghi chú",
}
"""Every column a member list can have, in the order they appear, with its heading."""

SENSITIVE_COLUMNS: frozenset[str] = frozenset({"ethnicity", "religion", "id_number"})
"""Columns left out unless chosen: sensitive data (ethnicity, religion) and the ID number."""

DEFAULT_COLUMNS: tuple[str, ...] = tuple(k for k in EXPORT_COLUMNS if k not in SENSITIVE_COLUMNS)
"""What an export contains when nobody chose: everything but the sensitive columns."""

TEXT_COLUMNS: frozenset[str] = frozenset({"id_number", "phone", "card_number"})
"""Columns of digits that are identifiers, never numbers (leading zeros matter)."""

DATE_COLUMNS: frozenset[str] = frozenset({"joined_on", "card_issued_on"})
"""Columns holding a full date (birth dates are a date only when fully known)."""

CHUNK = 2000
"""Rows fetched per query while streaming an export."""

_ROWID: ColumnElement[int] = literal_column("members.rowid", Integer)
_BRANCH_PREFIX = "Chi hội "
_UNKNOWN = "Chưa ghi"
_NO_BRANCH = "Chưa xếp chi hội"

# Database columns behind each export column (STT is counted, not stored).
_SOURCES: dict[str, Any] = {
    "full_name": Member.full_name,
    "birth_date": Member.birth_date,
    "gender": Member.gender,
    "ethnicity": Member.ethnicity,
    "religion": Member.religion,
    "id_number": Member.id_number,
    "phone": Member.phone,
    "address": Member.address,
    "branch": Unit.name,
    "occupation": Member.occupation,
    "education": Member.education,
    "professional_level": Member.professional_level,
    "political_theory": Member.political_theory,
    "party_member": Member.party_member,
    "kind": Member.kind,
    "joined_on": Member.joined_on,
    "card_number": Member.card_number,
    "card_issued_on": Member.card_issued_on,
    "status": Member.status,
    "notes": Member.notes,
}


def check_columns(columns: Sequence[str] | None) -> tuple[str, ...]:
    """Return the chosen column keys in the canonical order, or the defaults for None.

    The order is the one of :data:`EXPORT_COLUMNS` whatever order they were given in, so
    every workbook a commune sends up has its columns in the same places.

    Raises:
        UserError: a key is not a column, or nothing was chosen; the message lists the
            valid keys.
    """
    if columns is None:
        return DEFAULT_COLUMNS
    chosen = {c.strip() for c in columns if c.strip()}
    unknown = sorted(chosen - EXPORT_COLUMNS.keys())
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors", "Không có cột: {unknown}. Các cột có thể chọn: {columns}."
            ),
            unknown=", ".join(unknown),
            columns=", ".join(EXPORT_COLUMNS),
        )
    if not chosen:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn ít nhất một cột để xuất."))
    return tuple(k for k in EXPORT_COLUMNS if k in chosen)


def birth_value(stored: str | None) -> dt.date | str | None:
    """Return a birth date as a date when fully known, else as text ("03/1985", "1985").

    A spreadsheet date cell cannot hold "some day of March 1985"; text keeps what the
    register knows without inventing a day.
    """
    if not stored:
        return None
    partial = PartialDate.from_iso(stored)
    if partial.day is not None and partial.month is not None:
        return dt.date(partial.year, partial.month, partial.day)
    return partial.display()


def _convert(key: str, value: Any) -> Any:
    if value is None:
        return None
    if key == "birth_date":
        return birth_value(value)
    if key == "gender":
        return GENDER.label(Gender.MALE if value == Gender.MALE else Gender.FEMALE)
    if key == "party_member":
        return "Có" if value else ""
    if key == "kind":
        return KIND_LABELS.get(MemberKind(value), value) if value in set(MemberKind) else value
    if key == "status":
        known = value in set(MemberStatus)
        return STATUS_LABELS.get(MemberStatus(value), value) if known else value
    if key == "branch":
        return str(value).removeprefix(_BRANCH_PREFIX)
    return value


def members_for_export(
    session: Session, flt: MemberFilter, columns: Sequence[str]
) -> Iterator[tuple[Any, ...]]:
    """Yield one tuple per member matching ``flt``, in the order the member list shows.

    Values are ready for a spreadsheet: text, whole numbers (STT), dates (``dt.date``),
    or None for an empty cell. Labels are in Vietnamese ("Nữ", "Đang sinh hoạt", "Có").

    Args:
        session: an open reading session; the rows are read lazily from it.
        flt: the filter of the members page (same semantics: :func:`member_rowids`).
        columns: keys of :data:`EXPORT_COLUMNS`, in the order wanted in each tuple.

    Raises:
        UserError: an unknown column key.
        PermissionDeniedError: ethnicity or religion asked by a scope that may not see
            them (the rows themselves are narrowed by ``flt.scope``).
    """
    unknown = [c for c in columns if c not in EXPORT_COLUMNS]
    if unknown:
        check_columns(columns)  # raises with the list of valid keys
    check_sensitive(flt.scope, columns)
    stored = [c for c in columns if c != "stt"]
    position = {key: i for i, key in enumerate(stored)}
    rowids = member_rowids(session, flt)
    number = 0
    for start in range(0, len(rowids), CHUNK):
        chunk = rowids[start:start + CHUNK]
        query = select(_ROWID, *(_SOURCES[c] for c in stored)).select_from(Member)
        if "branch" in position:
            query = query.outerjoin(Unit, Unit.id == Member.branch_id)
        found = {row[0]: row[1:] for row in session.execute(query.where(_ROWID.in_(list(chunk))))}
        for rowid in chunk:
            values = found.get(rowid)
            if values is None:  # removed between the two queries; the list goes on
                continue
            number += 1
            yield tuple(
                number if key == "stt" else _convert(key, values[position[key]])
                for key in columns
            )


# --- statistics ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatRow:
    """One line of a statistics table: what, how many, and the share of all in percent."""

    label: str
    count: int
    share: float | None


@dataclass(frozen=True)
class StatTable:
    """Active members counted along one dimension (branch, age group, ethnicity…)."""

    key: str
    title: str
    rows: tuple[StatRow, ...]

    @property
    def total(self) -> int:
        """Return the sum of the counts (equal to the number of active members)."""
        return sum(row.count for row in self.rows)


@dataclass(frozen=True)
class MemberStatistics:
    """The commune's active members counted along several dimensions on a given day."""

    commune_name: str
    as_of: dt.date
    total: int
    tables: tuple[StatTable, ...]

    def table(self, key: str) -> StatTable:
        """Return one table by key: branch, age, ethnicity, religion, occupation, kind."""
        return next(t for t in self.tables if t.key == key)


def _share(count: int, total: int) -> float | None:
    return None if total == 0 else 100.0 * count / total


def _active(commune_id: str) -> tuple[ColumnElement[bool], ...]:
    return (
        Member.commune_id == commune_id,
        live(Member),
        Member.status == MemberStatus.ACTIVE,
    )


def _by_text(
    session: Session, commune_id: str, column: Any, total: int,
    vocabulary: Vocabulary | None = None,
) -> tuple[StatRow, ...]:
    """Count by a free-text column, largest first, empty values together at the end.

    With a vocabulary, the spellings of one value are counted on one row under its
    canonical name, so a row synced from a site that has not yet cleaned its data
    ("Tin Lành") does not split a religion in two.
    """
    value = func.nullif(func.trim(column), "")
    query = (
        select(value, func.count())
        .where(*_active(commune_id))
        .group_by(value)
        .order_by(func.count().desc(), value)
    )
    counts: dict[str, int] = {}
    unknown = 0
    for label, count in session.execute(query):
        if label is None:
            unknown += int(count)
        else:
            name = vocabulary.normalise(str(label)) if vocabulary else str(label)
            counts[name] = counts.get(name, 0) + int(count)
    rows = [StatRow(name, count, _share(count, total))
            for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    if unknown:
        rows.append(StatRow(_UNKNOWN, unknown, _share(unknown, total)))
    return tuple(rows)


def _by_branch(session: Session, commune_id: str, total: int) -> tuple[StatRow, ...]:
    """Count per branch, every active branch listed (even empty), in branch order."""
    counted = (
        select(Member.branch_id.label("branch_id"), func.count().label("n"))
        .where(*_active(commune_id))
        .group_by(Member.branch_id)
        .subquery()
    )
    branches = session.execute(
        select(Unit.name, func.coalesce(counted.c.n, 0))
        .outerjoin(counted, counted.c.branch_id == Unit.id)
        .where(
            Unit.parent_id == commune_id,
            Unit.level == UnitLevel.BRANCH,
            live(Unit),
            (Unit.active.is_(True)) | (counted.c.n > 0),
        )
        .order_by(Unit.sort_key, Unit.name)
    ).all()
    rows = [
        StatRow(str(name).removeprefix(_BRANCH_PREFIX), int(n), _share(int(n), total))
        for name, n in branches
    ]
    listed = sum(row.count for row in rows)
    if total - listed:
        rows.append(StatRow(_NO_BRANCH, total - listed, _share(total - listed, total)))
    return tuple(rows)


def _by_age(
    session: Session, commune_id: str, today: dt.date, total: int
) -> tuple[StatRow, ...]:
    """Count per age group as the member filter defines them (by year of birth)."""
    age = today.year - Member.birth_year
    group = case(
        *((age.between(low, high), name) for name, (low, high) in AGE_GROUPS.items()),
        (Member.birth_year.is_(None), "unknown"),
        (age < min(low for low, _ in AGE_GROUPS.values()), "young"),
        else_="unknown",
    )
    counts = {
        str(g): int(n)
        for g, n in session.execute(
            select(group, func.count()).where(*_active(commune_id)).group_by(group)
        )
    }
    rows = [
        StatRow(f"{name} tuổi", counts.get(name, 0), _share(counts.get(name, 0), total))
        for name in AGE_GROUPS
    ]
    if counts.get("young"):
        rows.insert(0, StatRow("Dưới 18 tuổi", counts["young"], _share(counts["young"], total)))
    rows.append(StatRow("Không rõ năm sinh", counts.get("unknown", 0),
                        _share(counts.get("unknown", 0), total)))
    return tuple(rows)


def _by_kind(session: Session, commune_id: str, total: int) -> tuple[StatRow, ...]:
    counts = {
        str(k): int(n)
        for k, n in session.execute(
            select(Member.kind, func.count()).where(*_active(commune_id)).group_by(Member.kind)
        )
    }
    return tuple(
        StatRow(label, counts.get(str(kind), 0), _share(counts.get(str(kind), 0), total))
        for kind, label in KIND_LABELS.items()
    )


def member_statistics(session: Session, commune_id: str, today: dt.date) -> MemberStatistics:
    """Count the commune's active members by branch, age, ethnicity, religion, job, kind.

    Only members "đang sinh hoạt" count: the tables describe who the Union gathers
    today, and those who moved, left or died would distort every share. Ages are
    reckoned by year of birth on ``today`` as in the member filter, so the numbers here
    and the list filtered by age group agree.

    Raises:
        NotFoundError: no such commune.
    """
    commune = session.get(Unit, commune_id)
    if commune is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy đơn vị này."))
    total = int(
        session.execute(select(func.count()).select_from(Member).where(*_active(commune_id)))
        .scalar_one()
    )
    tables = (
        StatTable("branch", "Theo chi hội", _by_branch(session, commune_id, total)),
        StatTable("age", "Theo độ tuổi", _by_age(session, commune_id, today, total)),
        StatTable("ethnicity", "Theo dân tộc",
                  _by_text(session, commune_id, Member.ethnicity, total, ETHNICITY)),
        StatTable("religion", "Theo tôn giáo",
                  _by_text(session, commune_id, Member.religion, total, RELIGION)),
        StatTable("occupation", "Theo nghề nghiệp",
                  _by_text(session, commune_id, Member.occupation, total)),
        StatTable("kind", "Theo loại hội viên", _by_kind(session, commune_id, total)),
    )
    return MemberStatistics(commune.name, today, total, tables)
