"""Which records travel in which direction, and the checks on what arrives.

A package is a snapshot of every record the sender owns that the recipient may see
(docs/ARCHITECTURE.md §6). The same scope queries run on both sides: on the sender to choose the
rows, on the recipient to find its current copy of that part, which the package
replaces. Records owned by anyone else are never read from a package nor touched by one.

What a sender may write beyond "owned by the sender" is checked row by row against the
rules of :mod:`db.sync.authority`; the bounds of each column against :mod:`db.sync.bounds`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Final

from sqlalchemy import Boolean, Integer, Table
from sqlalchemy.orm import Session

from db.dialects import dialect_of
from db.models import Base
from db.sync.bounds import check_column
from db.sync.errors import DamagedPackageError, OutOfScopeError


class Direction(enum.StrEnum):
    """Which way a package travels."""

    UP = "up"
    DOWN = "down"
    ENROLLMENT = "enrollment"
    HANDOVER = "handover"
    BRANCH_ENROLLMENT = "branch_enrollment"
    BRANCH_DOWN = "branch_down"
    BRANCH_UP = "branch_up"


ORDER: Final = (
    "units",
    "unit_populations",
    "topics",
    "standards",
    "targets",
    "report_templates",
    "evaluation_sets",
    "members",
    "member_status_events",
    "posts",
    "qualifications",
    "courses",
    "course_topics",
    "funding_lines",
    "participations",
    "session_attendances",
    "certificates",
    "training_needs",
    "meetings",
    "attendances",
    "member_transfers",
    "member_arrivals",
    "arrival_answers",
    "evaluations",
    "audit_events",
)
"""Every travelling table, parents before the tables that point at them."""

KIND_LABELS: Final = {
    "units": "Đơn vị, chi hội",
    "unit_populations": "Số phụ nữ trên địa bàn",
    "topics": "Chuyên đề",
    "standards": "Tiêu chuẩn chức danh",
    "targets": "Chỉ tiêu",
    "report_templates": "Mẫu báo cáo",
    "evaluation_sets": "Tiêu chí xếp loại",
    "members": "Hội viên",
    "member_status_events": "Biến động hội viên",
    "posts": "Chức danh cán bộ",
    "qualifications": "Trình độ, văn bằng",
    "courses": "Lớp tập huấn",
    "course_topics": "Chuyên đề của lớp",
    "funding_lines": "Kinh phí lớp",
    "participations": "Học viên",
    "session_attendances": "Điểm danh buổi học",
    "certificates": "Giấy chứng nhận",
    "training_needs": "Nhu cầu bồi dưỡng",
    "meetings": "Sinh hoạt",
    "attendances": "Điểm danh sinh hoạt",
    "member_transfers": "Chuyển sinh hoạt đi xã khác",
    "member_arrivals": "Hội viên chuyển đến",
    "arrival_answers": "Trả lời tiếp nhận hội viên",
    "evaluations": "Đánh giá, xếp loại",
    "audit_events": "Nhật ký thay đổi",
}

_PARTICIPATIONS_DOWN = (
    "owner_unit_id = :sender AND member_id IN "
    "(SELECT id FROM members WHERE commune_id = :recipient)"
)
_COURSES_DOWN = f"owner_unit_id = :sender AND id IN (SELECT course_id FROM participations WHERE {_PARTICIPATIONS_DOWN})"  # noqa: E501
_BY_COURSE_DOWN = f"owner_unit_id = :sender AND course_id IN (SELECT id FROM courses WHERE {_COURSES_DOWN})"  # noqa: E501
_BY_PARTICIPATION_DOWN = f"owner_unit_id = :sender AND participation_id IN (SELECT id FROM participations WHERE {_PARTICIPATIONS_DOWN})"  # noqa: E501
_OWNED = "owner_unit_id = :sender"
_RECIPIENT_CODE = "(SELECT code FROM units WHERE id = :recipient)"
_ARRIVALS_DOWN = (
    f"owner_unit_id = :sender AND (to_code = {_RECIPIENT_CODE} "
    f"OR from_code = {_RECIPIENT_CODE})"
)

DOWNWARD_SCOPE: Final = {
    "units": "owner_unit_id = :sender AND id IN (:sender, :recipient)",
    "unit_populations": "owner_unit_id = :sender AND unit_id IN (:sender, :recipient)",
    "topics": _OWNED,
    "standards": _OWNED,
    "targets": _OWNED,
    "report_templates": _OWNED,
    "evaluation_sets": _OWNED,
    "courses": _COURSES_DOWN,
    "course_topics": _BY_COURSE_DOWN,
    "funding_lines": _BY_COURSE_DOWN,
    "participations": _PARTICIPATIONS_DOWN,
    "session_attendances": _BY_PARTICIPATION_DOWN,
    "certificates": _BY_PARTICIPATION_DOWN,
    "member_arrivals": _ARRIVALS_DOWN,
}
"""From the upper level to one commune: the published catalogs, the two units' own rows,
the upper level's courses only as far as they concern the commune's own people, and the
transfers that concern the commune (members moving in, answers about members it sent)."""

ENROLLMENT_SCOPE: Final = {
    name: DOWNWARD_SCOPE[name]
    for name in ("units", "unit_populations", "topics", "standards", "targets",
                 "report_templates", "evaluation_sets")
}

CATALOGS: Final = ("topics", "standards", "targets", "report_templates", "evaluation_sets")
"""What the upper level publishes; a commune's private copy of a target never travels."""

UPPER_ONLY: Final = ("member_arrivals",)
"""What only an upper level writes and sends down (see :mod:`db.sync.transfers`)."""

BRANCH_FORWARDED: Final = ("meetings", "attendances", "audit_events")
"""What a branch site records and the commune forwards upward as the branch's own rows."""

_OWNED_OR_BRANCHES = (
    "owner_unit_id IN (SELECT CAST(:sender AS VARCHAR(36)) UNION SELECT id FROM units WHERE "
    "parent_id = :sender AND owner_unit_id = :sender AND level = 'branch')"
)

UPWARD_SCOPE: Final = {
    name: _OWNED_OR_BRANCHES if name in BRANCH_FORWARDED else _OWNED
    for name in ORDER if name not in CATALOGS and name not in UPPER_ONLY
}
"""From a commune to the upper level: everything the commune owns but catalogs, and the
meetings, attendance and trail its branch sites sent it (owned by those branches)."""

_UPPER_OF_SENDER = "(SELECT parent_id FROM units WHERE id = :sender)"
_PUBLISHED_ABOVE = f"owner_unit_id = {_UPPER_OF_SENDER}"
_COMMUNE_OR_UPPER = f"owner_unit_id IN (:sender, {_UPPER_OF_SENDER})"
_NEAR_UNITS = f"(:sender, {_UPPER_OF_SENDER}, :recipient)"
_BRANCH_MEMBERS = (
    "(SELECT id FROM members WHERE owner_unit_id = :sender AND branch_id = :recipient)"
)
_BRANCH_COURSES = f"{_COMMUNE_OR_UPPER} AND organiser_unit_id IN {_NEAR_UNITS}"
_BRANCH_PARTICIPATIONS = (
    f"{_COMMUNE_OR_UPPER} AND member_id IN {_BRANCH_MEMBERS} "
    f"AND course_id IN (SELECT id FROM courses WHERE {_BRANCH_COURSES})"
)
_BRANCH_COURSES_USED = (
    f"{_BRANCH_COURSES} AND id IN (SELECT course_id FROM participations "
    f"WHERE {_BRANCH_PARTICIPATIONS})"
)

BRANCH_ENROLLMENT_SCOPE: Final = {
    "units": "owner_unit_id = :sender AND id = :recipient",
    **{name: _PUBLISHED_ABOVE for name in CATALOGS},
}
"""From a commune to a new branch site: the branch's unit row and the catalogs the
commune holds from its upper level (nothing personal: the file is not encrypted)."""

BRANCH_DOWN_SCOPE: Final = {
    **BRANCH_ENROLLMENT_SCOPE,
    "members": "owner_unit_id = :sender AND branch_id = :recipient",
    "member_status_events": f"owner_unit_id = :sender AND member_id IN {_BRANCH_MEMBERS}",
    "posts": f"owner_unit_id = :sender AND unit_id = :recipient AND member_id IN "
             f"{_BRANCH_MEMBERS}",
    "courses": _BRANCH_COURSES_USED,
    "course_topics": f"{_COMMUNE_OR_UPPER} AND course_id IN (SELECT id FROM courses "
                     f"WHERE {_BRANCH_COURSES_USED})",
    "participations": _BRANCH_PARTICIPATIONS,
    "certificates": f"{_COMMUNE_OR_UPPER} AND issuer_unit_id IN {_NEAR_UNITS} AND "
                    f"participation_id IN (SELECT id FROM participations "
                    f"WHERE {_BRANCH_PARTICIPATIONS})",
}
"""From a commune to one of its branch sites: the branch's members with their status
history and posts in the branch, the catalogs, and the trainings and certificates of those
members (the commune's courses and the upper level's, as the commune holds them)."""

BRANCH_UP_SCOPE: Final = {
    "members": (
        "owner_unit_id = :recipient AND branch_id = :sender AND updated_at >= COALESCE("
        "(SELECT last_received_at FROM sync_peers WHERE unit_id = :recipient), '')"
    ),
    "meetings": _OWNED,
    "attendances": _OWNED,
    "audit_events": f"{_OWNED} AND table_name IN ('meetings', 'attendances')",
}
"""From a branch site to its commune: the members it changed since the commune's last
package reached it (the commune's records, merged field by field, never replaced:
:mod:`db.sync.branch_members`), the
meetings it recorded, their attendance, and the trail of those records."""

def scope_for(direction: Direction) -> Mapping[str, str]:
    """Return the scope query (a WHERE clause) of each table travelling that way."""
    return {
        Direction.UP: UPWARD_SCOPE,
        Direction.DOWN: DOWNWARD_SCOPE,
        Direction.ENROLLMENT: ENROLLMENT_SCOPE,
        Direction.HANDOVER: DOWNWARD_SCOPE,
        Direction.BRANCH_ENROLLMENT: BRANCH_ENROLLMENT_SCOPE,
        Direction.BRANCH_DOWN: BRANCH_DOWN_SCOPE,
        Direction.BRANCH_UP: BRANCH_UP_SCOPE,
    }[direction]


def table(name: str) -> Table:
    """Return the SQLAlchemy table of a travelling table name."""
    return Base.metadata.tables[name]


def columns_of(name: str) -> tuple[str, ...]:
    """Return the columns of a table in their declared order."""
    return tuple(column.name for column in table(name).columns)


def read_scope(
    session: Session, name: str, where: str, sender: str, recipient: str
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Read the rows of one table inside a scope, as SQLite stores them.

    Values are read with the driver, not the ORM, so that they travel exactly as stored
    (ISO text for dates, 0/1 for booleans, JSON text) and load back unchanged.
    """
    columns = columns_of(name)
    quoted = ", ".join(f'"{c}"' for c in columns)
    dialect = dialect_of(session)
    sql = f'SELECT {quoted} FROM "{name}" WHERE {where} ORDER BY {dialect.row_order}'
    cursor = dialect.raw_cursor(session)
    try:
        rows = cursor.execute(sql, {"sender": sender, "recipient": recipient}).fetchall()
    finally:
        cursor.close()
    return columns, rows


@dataclass(frozen=True)
class TableRows:
    """One table of a payload, checked: column names are ours, values have our types."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def values(self, column: str) -> set[Any]:
        """Return the distinct values of one column (empty if the column is absent)."""
        if column not in self.columns:
            return set()
        return set(map(itemgetter(self.columns.index(column)), self.rows))


def _allowed_types(column: Any) -> set[type]:
    allowed: set[type] = {int} if isinstance(column.type, Integer | Boolean) else {str}
    if column.nullable:
        allowed.add(type(None))
    return allowed


def _damaged(detail: str) -> DamagedPackageError:
    return DamagedPackageError(
        "Gói dữ liệu có nội dung không hợp lệ "
        f"({detail}). Hãy nhờ bên gửi xuất gói mới bằng Sổ Hội. Dữ liệu không thay đổi."
    )


def check_table(name: str, raw: object) -> TableRows:
    """Check one table of a decoded payload and return its rows as tuples.

    A sender holds a valid key, so a signed package may still be crafted: nothing from
    it is trusted. Table and column names must be ours (SQL is built from our names
    only); each value must have the type SQLite would have stored for that column and
    keep within the column's bounds and format (:mod:`db.sync.bounds`).

    Raises:
        DamagedPackageError: unknown columns, wrong shapes or wrong types.
    """
    if not isinstance(raw, dict):
        raise _damaged(name)
    columns_raw, rows_raw = raw.get("columns"), raw.get("rows")
    ours = table(name).columns
    if (
        not isinstance(columns_raw, list)
        or not isinstance(rows_raw, list)
        or set(map(type, columns_raw)) - {str}
        or len(set(columns_raw)) != len(columns_raw)
        or not set(columns_raw) <= set(ours.keys())
        or "id" not in columns_raw
        or "owner_unit_id" not in columns_raw
    ):
        raise _damaged(f"cột của bảng {name}")
    missing = [c for c in ours if c.name not in columns_raw and not c.nullable]
    if missing:
        raise _damaged(f"thiếu cột {missing[0].name} của bảng {name}")
    width = len(columns_raw)
    if rows_raw and (set(map(type, rows_raw)) != {list} or set(map(len, rows_raw)) != {width}):
        raise _damaged(f"dòng của bảng {name}")
    rows = list(map(tuple, rows_raw))
    by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns_raw]
    for column_name, values in zip(columns_raw, by_column, strict=True):
        allowed = _allowed_types(ours[column_name])
        if not set(map(type, values)) <= allowed:
            raise _damaged(f"giá trị cột {column_name} của bảng {name}")
        check_column(name, ours[column_name], values)
    ids = by_column[columns_raw.index("id")]
    if len(set(ids)) != len(ids):
        raise _damaged(f"khóa trùng trong bảng {name}")
    return TableRows(name=name, columns=tuple(columns_raw), rows=rows)


def outside_scope(unit: str, record: str) -> OutOfScopeError:
    """Return the refusal for a record its sender may not write."""
    return OutOfScopeError(
        f"Gói của {unit} chứa dữ liệu không thuộc quyền của đơn vị gửi ({record}). "
        "Gói bị từ chối toàn bộ; dữ liệu không thay đổi. Hãy báo cho đơn vị gửi."
    )


def ordered(names: Iterable[str]) -> Sequence[str]:
    """Return table names in :data:`ORDER` (parents first)."""
    wanted = set(names)
    return [name for name in ORDER if name in wanted]
