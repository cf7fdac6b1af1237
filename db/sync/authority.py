"""The sender's authority, written as data and checked row by row before staging.

A package is signed by a site that holds a valid key, so a commune could still craft
one. Nobody edits what another owns, so each table says which sender may own its rows
(:data:`RULES`, ``senders``) and where each of its keys may point (``up`` and ``down``
links). The places a key may point to are:

- ``sender``: the sender's own unit only;
- ``subtree``: the sender's unit or one of the units (branches, groups) in the package;
- ``both``: the sender's or the recipient's unit (what the upper level sends a commune
  about the two of them);
- ``package:<table>``: a row of that table in the same package (the sender's own);
- ``catalog:<table>``: a row of the catalog the upper level publishes — in the package
  when it comes down, owned by the recipient when a commune refers to it going up;
- ``recipient_members``: a member of the receiving commune (the upper level's courses
  name only that commune's people);
- ``own_or_upper_participation``: a participation in the package, or one the upper
  level owns about one of the package's members (a training need met by a province
  course), or about her new record once another commune took her in;
- ``arrival_to_sender``: a member arrival the recipient (the upper level) forwarded to
  the sender (a commune answers only the transfers addressed to it).

The transfer tables have further checks of their own (a destination from the catalog,
an arrival addressed to the recipient, details about that one member): see
:mod:`db.sync.transfers`.

Audit events may only be about the sender's own records: an event whose record is
known here must be one the sender owns. A package that breaks any rule is refused
whole, naming the table, the rule and the row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy.orm import Session

from db.dialects import dialect_of
from db.sync.bounds import shown
from db.sync.errors import NotAuthorisedError
from db.sync.tables import (
    BRANCH_FORWARDED,
    KIND_LABELS,
    ORDER,
    Direction,
    TableRows,
    scope_for,
)

COMMUNE: Final = "commune"
UPPER: Final = "upper"

LOOKUP_BATCH: Final = 900
"""Keys per ``IN (…)`` lookup: below SQLite's default limit of host parameters."""


@dataclass(frozen=True)
class Link:
    """A key column and where its value may point; ``optional`` allows empty."""

    column: str
    to: str
    optional: bool = False


@dataclass(frozen=True)
class TableRule:
    """Who may own rows of one table, and where its keys may point each way."""

    senders: frozenset[str]
    up: tuple[Link, ...] = ()
    down: tuple[Link, ...] = ()


_BOTH = frozenset({COMMUNE, UPPER})
_COMMUNE_ONLY = frozenset({COMMUNE})
_UPPER_ONLY = frozenset({UPPER})

RULES: Final[dict[str, TableRule]] = {
    "units": TableRule(
        _BOTH,
        up=(Link("parent_id", "subtree"), Link("merged_into_id", "subtree", True)),
        down=(Link("id", "both"),),
    ),
    "unit_populations": TableRule(
        _BOTH, up=(Link("unit_id", "subtree"),), down=(Link("unit_id", "both"),)
    ),
    "topics": TableRule(_UPPER_ONLY),
    "standards": TableRule(_UPPER_ONLY),
    "targets": TableRule(_UPPER_ONLY),
    "report_templates": TableRule(_UPPER_ONLY),
    "evaluation_sets": TableRule(_UPPER_ONLY),
    "members": TableRule(
        _COMMUNE_ONLY,
        up=(Link("commune_id", "sender"), Link("branch_id", "package:units", True)),
    ),
    "member_status_events": TableRule(
        _COMMUNE_ONLY, up=(Link("member_id", "package:members"),)
    ),
    "posts": TableRule(
        _COMMUNE_ONLY, up=(Link("member_id", "package:members"), Link("unit_id", "subtree"))
    ),
    "qualifications": TableRule(_COMMUNE_ONLY, up=(Link("member_id", "package:members"),)),
    "courses": TableRule(
        _BOTH, up=(Link("organiser_unit_id", "subtree"),),
        down=(Link("organiser_unit_id", "sender"),),
    ),
    "course_topics": TableRule(
        _BOTH,
        up=(Link("course_id", "package:courses"), Link("topic_id", "catalog:topics")),
        down=(Link("course_id", "package:courses"), Link("topic_id", "catalog:topics")),
    ),
    "funding_lines": TableRule(
        _BOTH, up=(Link("course_id", "package:courses"),),
        down=(Link("course_id", "package:courses"),),
    ),
    "participations": TableRule(
        _BOTH,
        up=(Link("course_id", "package:courses"), Link("member_id", "package:members", True)),
        down=(Link("course_id", "package:courses"), Link("member_id", "recipient_members")),
    ),
    "session_attendances": TableRule(
        _BOTH, up=(Link("participation_id", "package:participations"),),
        down=(Link("participation_id", "package:participations"),),
    ),
    "certificates": TableRule(
        _BOTH,
        up=(Link("participation_id", "package:participations"),
            Link("issuer_unit_id", "subtree")),
        down=(Link("participation_id", "package:participations"),
              Link("issuer_unit_id", "sender")),
    ),
    "training_needs": TableRule(
        _COMMUNE_ONLY,
        up=(Link("member_id", "package:members"), Link("topic_id", "catalog:topics"),
            Link("met_by_participation_id", "own_or_upper_participation", True)),
    ),
    "meetings": TableRule(_COMMUNE_ONLY, up=(Link("unit_id", "subtree"),)),
    "attendances": TableRule(
        _COMMUNE_ONLY,
        up=(Link("meeting_id", "package:meetings"), Link("member_id", "package:members")),
    ),
    "evaluations": TableRule(_COMMUNE_ONLY, up=(Link("unit_id", "subtree"),)),
    "audit_events": TableRule(_COMMUNE_ONLY),
    # Transfers between communes (db.sync.transfers adds the checks of their content).
    "member_transfers": TableRule(_COMMUNE_ONLY, up=(Link("member_id", "package:members"),)),
    "member_arrivals": TableRule(_UPPER_ONLY),
    "arrival_answers": TableRule(
        _COMMUNE_ONLY,
        up=(Link("arrival_id", "arrival_to_sender"),
            Link("new_member_id", "package:members", True)),
    ),
}
"""One rule per travelling table (every table of :data:`db.sync.tables.ORDER`)."""

_NEAR = "near"
BRANCH_RULES: Final[dict[Direction, dict[str, tuple[str, tuple[Link, ...]]]]] = {
    Direction.BRANCH_DOWN: {
        "units": (COMMUNE, (Link("id", "recipient"), Link("parent_id", "sender"))),
        **{name: (UPPER, ()) for name in ("topics", "standards", "targets",
                                          "report_templates")},
        "members": (COMMUNE, (Link("commune_id", "sender"),
                              Link("branch_id", "recipient"))),
        "member_status_events": (COMMUNE, (Link("member_id", "package:members"),)),
        "posts": (COMMUNE, (Link("member_id", "package:members"),
                            Link("unit_id", "recipient"))),
        "courses": (_NEAR, (Link("organiser_unit_id", _NEAR),)),
        "course_topics": (_NEAR, (Link("course_id", "package:courses"),
                                  Link("topic_id", "catalog:topics"))),
        "participations": (_NEAR, (Link("course_id", "package:courses"),
                                   Link("member_id", "package:members"))),
        "certificates": (_NEAR, (Link("participation_id", "package:participations"),
                                 Link("issuer_unit_id", _NEAR))),
    },
    Direction.BRANCH_UP: {
        "members": ("recipient", (Link("id", "branch_members"),
                                  Link("commune_id", "recipient"), Link("branch_id", "sender"))),
        "meetings": (COMMUNE, (Link("unit_id", "sender"),)),
        "attendances": (COMMUNE, (Link("meeting_id", "package:meetings"),
                                  Link("member_id", "branch_members"))),
        "audit_events": (COMMUNE, ()),
    },
}
"""Between a commune and its branch sites: for each table, who may own its rows (the
sender itself, the sender's upper level for the catalogs it published, or either of the
two for trainings), and where its keys may point. Down, everything names the branch and
its members; up, a branch sends only its own meetings, with attendance of the commune's
members of that branch."""
BRANCH_RULES[Direction.BRANCH_ENROLLMENT] = {
    name: BRANCH_RULES[Direction.BRANCH_DOWN][name]
    for name in ("units", "topics", "standards", "targets", "report_templates")
}

RULE_WORDS: Final = {
    "owner": "bản ghi của đơn vị khác",
    "sender_level": "loại dữ liệu này không do đơn vị gửi quản lý",
    "sender": "phải là chính đơn vị gửi",
    "subtree": "phải là đơn vị gửi hoặc chi hội, tổ của đơn vị gửi",
    "both": "phải là đơn vị gửi hoặc đơn vị nhận",
    "package": "phải trỏ tới bản ghi của chính đơn vị gửi trong gói",
    "catalog": "phải trỏ tới danh mục do cấp trên ban hành",
    "recipient_members": "phải là hội viên của đơn vị nhận",
    "own_or_upper_participation": "phải là lượt học của đơn vị gửi hoặc của cấp trên",
    "official_unit": "xã không được gửi đơn vị chính thức hay chính mình",
    "parent": "đơn vị của xã phải trực thuộc đơn vị gửi",
    "audit": "nhật ký chỉ được ghi về bản ghi của đơn vị gửi",
    "arrival_to_sender": "phải là hội viên chuyển đến do cấp trên gửi cho chính đơn vị gửi",
    "transfer_to": "phải là mã một xã khác trong danh mục",
    "arrival_recipient": "phải là chuyển sinh hoạt đến hoặc đi từ đơn vị nhận",
    "arrival_details": "chi tiết hội viên chuyển đến không hợp lệ",
    "recipient": "phải là chính đơn vị nhận",
    "near": "phải là xã gửi, cấp trên của xã hoặc chi hội nhận",
    "branch_members": "phải là hội viên của chính chi hội gửi",
}
"""How each rule is named in a refusal."""


def refused(
    sender_label: str, table: str, rule: str, row_id: object, column: str | None = None,
    value: object = None,
) -> NotAuthorisedError:
    """Return the refusal naming the table, the rule and the row (values escaped)."""
    where = f", cột {column}" if column else ""
    what = f" (giá trị «{shown(value)}»)" if value is not None else ""
    error = NotAuthorisedError(
        f"Gói của {shown(sender_label)} chứa dữ liệu không thuộc quyền của đơn vị gửi: "
        f"{KIND_LABELS.get(table, shown(table))} (bảng {shown(table)}{where}), dòng "
        f"«{shown(row_id)}»: {RULE_WORDS[rule.partition(':')[0]]}{what}. Gói bị từ chối toàn "
        "bộ; dữ liệu không thay đổi. Hãy báo cho đơn vị gửi."
    )
    error.rule = f"{table}{'.' + column if column else ''}: {rule}"
    return error


@dataclass
class _Context:
    session: Session
    tables: Mapping[str, TableRows]
    direction: Direction
    sender: str
    recipient: str
    label: str
    cache: dict[str, set[str]] = field(default_factory=dict)

    def package_ids(self, table: str) -> set[str]:
        """Return the keys of one table's rows in the package (computed once)."""
        if table not in self.cache:
            rows = self.tables.get(table)
            self.cache[table] = rows.values("id") if rows is not None else set()
        return self.cache[table]

    def allowed(self, target: str, values: set[str]) -> set[str]:
        """Return the subset of ``values`` the target admits (queried only as needed)."""
        if target == "sender":
            return values & {self.sender}
        if target == "both":
            return values & {self.sender, self.recipient}
        if target == "recipient":
            return values & {self.recipient}
        if target == _NEAR:
            return values & {self.sender, self.recipient, self.upper_of_sender()}
        if target == "branch_members":
            return self.ids(
                "SELECT id FROM members WHERE owner_unit_id = ? AND branch_id = ? "
                "AND id IN ({marks})", sorted(values), (self.recipient, self.sender),
            )
        if target == "subtree":
            return values & (self.package_ids("units") | {self.sender})
        kind, _, table = target.partition(":")
        if kind == "package":
            return values & self.package_ids(table)
        if kind == "catalog":
            if self.direction in BRANCH_RULES:
                return values & (self.package_ids(table)
                                 | self._owned(table, values, self.upper_of_sender()))
            if self.direction is not Direction.UP:
                return values & (self.package_ids(table)
                                 | self._owned(table, values, self.sender))
            return self._owned(table, values, self.recipient)
        if target == "recipient_members":
            return self._members_of(values, self.recipient)
        if target == "arrival_to_sender":
            return self.ids(
                "SELECT id FROM member_arrivals WHERE owner_unit_id = ? AND to_code = "
                "(SELECT code FROM units WHERE id = ?) AND id IN ({marks})",
                sorted(values), (self.recipient, self.sender),
            )
        if target == "own_or_upper_participation":
            own = values & self.package_ids("participations")
            members = self.package_ids("members")
            return own | self._participations_of(values - own, members, self.recipient)
        raise ValueError(target)

    def upper_of_sender(self) -> str:
        """Return the unit above the sender (a commune's upper level), or ``""``."""
        found = self.ids("SELECT parent_id FROM units WHERE id IN ({marks})", [self.sender])
        return next((unit for unit in found if unit), "")

    def rows(self, sql: str, values: Sequence[str], extra: Sequence[str] = ()
             ) -> list[tuple[str, ...]]:
        """Run a lookup over ``values`` in batches (``{marks}`` stands for the list)."""
        cursor = dialect_of(self.session).raw_cursor(self.session)
        found: list[tuple[str, ...]] = []
        try:
            for start in range(0, len(values), LOOKUP_BATCH):
                batch = list(values[start : start + LOOKUP_BATCH])
                marks = ",".join("?" * len(batch))
                found += cursor.execute(sql.format(marks=marks), [*extra, *batch]).fetchall()
        finally:
            cursor.close()
        return found

    def ids(self, sql: str, values: Sequence[str], extra: Sequence[str] = ()) -> set[str]:
        """Return the first column of :meth:`rows`."""
        return {row[0] for row in self.rows(sql, values, extra)}

    def _owned(self, table: str, values: set[str], owner: str) -> set[str]:
        return self.ids(
            f'SELECT id FROM "{table}" WHERE owner_unit_id = ? AND id IN ({{marks}})',
            sorted(values), (owner,),
        )

    def _members_of(self, values: set[str], commune: str) -> set[str]:
        return self.ids(
            "SELECT id FROM members WHERE commune_id = ? AND id IN ({marks})",
            sorted(values), (commune,),
        )

    def _participations_of(self, values: set[str], members: set[str], owner: str) -> set[str]:
        found = self.rows(
            "SELECT id, member_id FROM participations WHERE owner_unit_id = ? "
            "AND id IN ({marks})", sorted(values), (owner,),
        )
        others = sorted({member for _pid, member in found if member not in members})
        if others:
            # A member who moved to another commune: the upper level's participations
            # follow her new record (db.sync.transfers), and her old commune still
            # points at them from her past.
            members = members | self.ids(
                "SELECT new_member_id FROM member_arrivals WHERE owner_unit_id = ? AND "
                "state = 'accepted' AND source_member_id IN (SELECT id FROM members WHERE "
                "commune_id = ?) AND new_member_id IN ({marks})", others, (owner, self.sender),
            )
        return {pid for pid, member in found if member in members}


def check_authority(
    session: Session,
    tables: Mapping[str, TableRows],
    direction: Direction,
    sender_id: str,
    recipient_id: str,
    sender_label: str,
) -> None:
    """Refuse a payload in which any row breaks the sender's authority.

    Runs before anything is staged, in the recipient's database (read only): the
    lookups find this site's catalog, members and participations that a key may name.

    Raises:
        NotAuthorisedError: the first row found breaking a rule, named in the message.
    """
    context = _Context(session, tables, direction, sender_id, recipient_id, sender_label)
    if direction in BRANCH_RULES:
        _check_branch_authority(context)
        return
    level = COMMUNE if direction is Direction.UP else UPPER
    scope = scope_for(direction)
    for name, rows in tables.items():
        rule = RULES.get(name)
        if not rows.rows:
            # An empty table writes nothing; an older version still lists the catalogs.
            continue
        id_at = rows.columns.index("id")
        if rule is None or level not in rule.senders or name not in scope:
            raise refused(sender_label, name, "sender_level", rows.rows[0][id_at])
        owners = {sender_id}
        if direction is Direction.UP and name in BRANCH_FORWARDED:
            owners |= _package_branches(context)
        if not rows.values("owner_unit_id") <= owners:
            owner_at = rows.columns.index("owner_unit_id")
            row = next(r for r in rows.rows if r[owner_at] not in owners)
            raise refused(sender_label, name, "owner", row[id_at], "owner_unit_id",
                          row[owner_at])
        links = rule.up if direction is Direction.UP else rule.down
        for link in links:
            _check_link(context, name, rows, link)
    if direction is Direction.UP:
        _check_commune_units(context)
        _check_audit(context)
    else:
        _check_upper_units(context)


def _package_branches(context: _Context) -> set[str]:
    """Return the branches in a commune's package, who may own forwarded rows.

    What a branch site recorded (meetings, attendance, their trail) stays the branch's
    when the commune forwards it upward.
    """
    units = context.tables.get("units")
    if units is None:
        return set()
    id_at, level_at = units.columns.index("id"), units.columns.index("level")
    parent_at = units.columns.index("parent_id")
    return {row[id_at] for row in units.rows
            if row[level_at] == "branch" and row[parent_at] == context.sender}


def _check_branch_authority(context: _Context) -> None:
    """Check a package between a commune and one of its branch sites, row by row."""
    rules = BRANCH_RULES[context.direction]
    upper = context.upper_of_sender()
    owners_by_kind = {
        COMMUNE: {context.sender},
        UPPER: {upper},
        _NEAR: {context.sender, upper},
        "recipient": {context.recipient},
    }
    for name, rows in context.tables.items():
        if not rows.rows:
            continue
        id_at = rows.columns.index("id")
        if name not in rules or name not in scope_for(context.direction):
            raise refused(context.label, name, "sender_level", rows.rows[0][id_at])
        owner_kind, links = rules[name]
        owners = owners_by_kind[owner_kind] - {""}
        if not rows.values("owner_unit_id") <= owners:
            owner_at = rows.columns.index("owner_unit_id")
            row = next(r for r in rows.rows if r[owner_at] not in owners)
            raise refused(context.label, name, "owner", row[id_at], "owner_unit_id",
                          row[owner_at])
        for link in links:
            _check_link(context, name, rows, link)
    _check_audit(context)


def _check_link(context: _Context, name: str, rows: TableRows, link: Link) -> None:
    if link.column not in rows.columns:
        if link.optional:
            return
        raise refused(context.label, name, link.to, "", link.column)
    values = rows.values(link.column)
    if link.optional:
        values.discard(None)
    if None in values:
        raise refused(context.label, name, link.to, "", link.column)
    bad = values - context.allowed(link.to, values)
    if bad:
        at, id_at = rows.columns.index(link.column), rows.columns.index("id")
        row = next(r for r in rows.rows if r[at] in bad)
        raise refused(context.label, name, link.to, row[id_at], link.column, row[at])


def _check_commune_units(context: _Context) -> None:
    units = context.tables.get("units")
    if units is None:
        return
    id_at, level_at = units.columns.index("id"), units.columns.index("level")
    official_at = units.columns.index("official") if "official" in units.columns else None
    for row in units.rows:
        official = official_at is not None and row[official_at]
        if official or row[level_at] not in ("branch", "group") or row[id_at] == context.sender:
            raise refused(context.label, "units", "official_unit", row[id_at])


def _check_upper_units(context: _Context) -> None:
    units = context.tables.get("units")
    if units is None or "parent_id" not in units.columns:
        return
    id_at, parent_at = units.columns.index("id"), units.columns.index("parent_id")
    for row in units.rows:
        if row[id_at] == context.recipient and row[parent_at] != context.sender:
            raise refused(context.label, "units", "parent", row[id_at], "parent_id",
                          row[parent_at])


def _check_audit(context: _Context) -> None:
    """An audit event's record must be the sender's: in the package, or unknown here.

    A commune's trail also speaks of records that never travel (its private targets,
    its own sync settings); those ids are unknown at the upper level and harmless. An
    id the upper level knows must belong to the sender, or the event would appear in
    the history of someone else's record.
    """
    events = context.tables.get("audit_events")
    if events is None or not events.rows:
        return
    record_at, id_at = events.columns.index("record_id"), events.columns.index("id")
    ours: set[str] = set()
    for name in context.tables:
        ours |= context.package_ids(name)
    others = sorted(events.values("record_id") - ours)
    if not others:
        return
    foreign: set[str] = set()
    for name in ORDER:
        foreign |= context.ids(
            f'SELECT id FROM "{name}" WHERE owner_unit_id != ? AND id IN ({{marks}})',
            others, (context.sender,),
        )
    if foreign:
        row = next(r for r in events.rows if r[record_at] in foreign)
        raise refused(context.label, "audit_events", "audit", row[id_at], "record_id",
                      row[record_at])
