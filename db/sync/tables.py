"""Which records travel in which direction, and the checks on what arrives.

A package is a snapshot of every record the sender owns that the recipient may see
(DESIGN.md §6). The same scope queries run on both sides: on the sender to choose the
rows, on the recipient to find its current copy of that part, which the package
replaces. Records owned by anyone else are never read from a package nor touched by one.

Scope rules beyond "owned by the sender" are written as data (:data:`UPWARD_LINKS`,
:data:`DOWNWARD_LINKS`): a commune may send a member only of its own commune, a meeting
only of its own units, an attendance only at its own meetings, and so on; the upper
level may send a commune only that commune's own people in its courses.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Final

from sqlalchemy import Boolean, Date, DateTime, Integer, Table
from sqlalchemy.orm import Session

from db.models import Base
from db.sync.errors import DamagedPackageError, OutOfScopeError


class Direction(enum.StrEnum):
    """Which way a package travels."""

    UP = "up"
    DOWN = "down"
    ENROLLMENT = "enrollment"


ORDER: Final = (
    "units",
    "unit_populations",
    "topics",
    "standards",
    "targets",
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
    "audit_events",
)
"""Every travelling table, parents before the tables that point at them."""

KIND_LABELS: Final = {
    "units": "Đơn vị, chi hội",
    "unit_populations": "Số phụ nữ trên địa bàn",
    "topics": "Chuyên đề",
    "standards": "Tiêu chuẩn chức danh",
    "targets": "Chỉ tiêu",
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

DOWNWARD_SCOPE: Final = {
    "units": "owner_unit_id = :sender AND id IN (:sender, :recipient)",
    "unit_populations": "owner_unit_id = :sender AND unit_id IN (:sender, :recipient)",
    "topics": _OWNED,
    "standards": _OWNED,
    "targets": _OWNED,
    "courses": _COURSES_DOWN,
    "course_topics": _BY_COURSE_DOWN,
    "funding_lines": _BY_COURSE_DOWN,
    "participations": _PARTICIPATIONS_DOWN,
    "session_attendances": _BY_PARTICIPATION_DOWN,
    "certificates": _BY_PARTICIPATION_DOWN,
}
"""From the upper level to one commune: the published catalogs, the two units' own rows,
and the upper level's courses only as far as they concern the commune's own people."""

ENROLLMENT_SCOPE: Final = {
    name: DOWNWARD_SCOPE[name]
    for name in ("units", "unit_populations", "topics", "standards", "targets")
}

UPWARD_SCOPE: Final = {name: _OWNED for name in ORDER}
"""From a commune to the upper level: everything the commune owns."""

SELF: Final = "self"
"""In a link rule: the sender's own unit or one of the units in the package."""

UPWARD_LINKS: Final[dict[str, tuple[tuple[str, str, bool], ...]]] = {
    "units": (("parent_id", SELF, False),),
    "unit_populations": (("unit_id", SELF, False),),
    "members": (("branch_id", "units", True),),
    "member_status_events": (("member_id", "members", False),),
    "posts": (("member_id", "members", False), ("unit_id", SELF, False)),
    "qualifications": (("member_id", "members", False),),
    "courses": (("organiser_unit_id", SELF, False),),
    "course_topics": (("course_id", "courses", False),),
    "funding_lines": (("course_id", "courses", False),),
    "participations": (("course_id", "courses", False), ("member_id", "members", True)),
    "session_attendances": (("participation_id", "participations", False),),
    "certificates": (
        ("participation_id", "participations", False),
        ("issuer_unit_id", SELF, False),
    ),
    "training_needs": (("member_id", "members", False),),
    "meetings": (("unit_id", SELF, False),),
    "attendances": (("meeting_id", "meetings", False), ("member_id", "members", False)),
}
"""(column, where its value must point, whether it may be empty) per table."""

DOWNWARD_LINKS: Final[dict[str, tuple[tuple[str, str, bool], ...]]] = {
    "course_topics": (("course_id", "courses", False),),
    "funding_lines": (("course_id", "courses", False),),
    "participations": (("course_id", "courses", False),),
    "session_attendances": (("participation_id", "participations", False),),
    "certificates": (("participation_id", "participations", False),),
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")


def scope_for(direction: Direction) -> Mapping[str, str]:
    """Return the scope query (a WHERE clause) of each table travelling that way."""
    return {
        Direction.UP: UPWARD_SCOPE,
        Direction.DOWN: DOWNWARD_SCOPE,
        Direction.ENROLLMENT: ENROLLMENT_SCOPE,
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
    sql = f'SELECT {quoted} FROM "{name}" WHERE {where} ORDER BY rowid'
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
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


def _column_check(column: Any) -> tuple[set[type], re.Pattern[str] | None, bool]:
    kind = column.type
    if isinstance(kind, Integer | Boolean):
        allowed: set[type] = {int}
        pattern = None
    else:
        allowed = {str}
        pattern = (
            _DATETIME if isinstance(kind, DateTime) else _DATE if isinstance(kind, Date) else None
        )
    if column.nullable:
        allowed.add(type(None))
    return allowed, pattern, kind.__class__.__name__ == "JSON"


def _damaged(detail: str) -> DamagedPackageError:
    return DamagedPackageError(
        "Gói dữ liệu có nội dung không hợp lệ "
        f"({detail}). Hãy nhờ bên gửi xuất gói mới bằng Sổ Hội. Dữ liệu không thay đổi."
    )


def check_table(name: str, raw: object) -> TableRows:
    """Check one table of a decoded payload and return its rows as tuples.

    A sender holds a valid key, so a signed package may still be crafted: nothing from
    it is trusted. Table and column names must be ours (SQL is built from our names
    only); each value must have the type SQLite would have stored for that column.

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
        allowed, pattern, is_json = _column_check(ours[column_name])
        kinds = set(map(type, values))
        if not kinds <= allowed:
            raise _damaged(f"giá trị cột {column_name} của bảng {name}")
        if pattern is None and not is_json:
            continue
        texts = [v for v in values if v is not None] if type(None) in kinds else values
        if pattern is not None and not all(map(pattern.fullmatch, texts)):
            raise _damaged(f"ngày tháng ở cột {column_name} của bảng {name}")
        if is_json:
            _check_json(texts, name, column_name)
    ids = by_column[columns_raw.index("id")]
    if len(set(ids)) != len(ids):
        raise _damaged(f"khóa trùng trong bảng {name}")
    return TableRows(name=name, columns=tuple(columns_raw), rows=rows)


def _check_json(texts: Iterable[str], name: str, column: str) -> None:
    for text in texts:
        try:
            json.loads(text)
        except (ValueError, RecursionError) as error:
            raise _damaged(f"cột {column} của bảng {name}") from error


def outside_scope(unit: str, record: str) -> OutOfScopeError:
    """Return the refusal for a record its sender may not write."""
    return OutOfScopeError(
        f"Gói của {unit} chứa dữ liệu không thuộc quyền của đơn vị gửi ({record}). "
        "Gói bị từ chối toàn bộ; dữ liệu không thay đổi. Hãy báo cho đơn vị gửi."
    )


def check_scope(
    tables: Mapping[str, TableRows],
    direction: Direction,
    sender_id: str,
    recipient_id: str,
    sender_label: str,
    recipient_members: set[str] | None = None,
) -> None:
    """Refuse a payload that writes anything its sender does not own.

    Raises:
        OutOfScopeError: a table that may not travel this way, a record owned by
            another unit, or a link to something outside the sender's part.
    """
    allowed = scope_for(direction)
    ids: dict[str, set[str]] = {}
    for name, rows in tables.items():
        if name not in allowed:
            raise outside_scope(sender_label, KIND_LABELS.get(name, name))
        if not rows.values("owner_unit_id") <= {sender_id}:
            raise outside_scope(sender_label, KIND_LABELS[name])
        ids[name] = rows.values("id")
    if direction is Direction.UP:
        _check_upward(tables, ids, sender_id, sender_label)
        links = UPWARD_LINKS
    else:
        _check_downward(tables, sender_id, recipient_id, sender_label, recipient_members)
        links = DOWNWARD_LINKS
    own_units = ids.get("units", set()) | {sender_id}
    for name, rules in links.items():
        if name not in tables:
            continue
        rows = tables[name]
        for column, target, optional in rules:
            if column not in rows.columns:
                continue
            valid = own_units if target == SELF else ids.get(target, set())
            values = rows.values(column)
            if optional:
                values.discard(None)
            if not values <= valid:
                raise outside_scope(sender_label, KIND_LABELS[name])


def _check_upward(
    tables: Mapping[str, TableRows], ids: Mapping[str, set[str]], sender_id: str, label: str
) -> None:
    units = tables.get("units")
    if units is not None:
        official_at = units.columns.index("official") if "official" in units.columns else None
        level_at = units.columns.index("level")
        for row in units.rows:
            official = official_at is not None and row[official_at]
            if official or row[level_at] not in ("branch", "group"):
                raise outside_scope(label, KIND_LABELS["units"])
        if sender_id in ids.get("units", set()):
            raise outside_scope(label, KIND_LABELS["units"])
    members = tables.get("members")
    if members is not None and not members.values("commune_id") <= {sender_id}:
        raise outside_scope(label, KIND_LABELS["members"])


def _check_downward(
    tables: Mapping[str, TableRows],
    sender_id: str,
    recipient_id: str,
    label: str,
    recipient_members: set[str] | None,
) -> None:
    both = {sender_id, recipient_id}
    for name, column in (("units", "id"), ("unit_populations", "unit_id")):
        rows = tables.get(name)
        if rows is not None and not rows.values(column) <= both:
            raise outside_scope(label, KIND_LABELS[name])
    participations = tables.get("participations")
    if (
        participations is not None
        and "member_id" in participations.columns
        and not participations.values("member_id") <= (recipient_members or set())
    ):
            raise outside_scope(label, KIND_LABELS["participations"])


def ordered(names: Iterable[str]) -> Sequence[str]:
    """Return table names in :data:`ORDER` (parents first)."""
    wanted = set(names)
    return [name for name in ORDER if name in wanted]
