"""Merging communes into a new one, and splitting members off into a new commune or branch.

Communes are merged and split by decision of the province (on 1 July 2025, 10,599
communes became 3,321): a merged commune's register is made of two to four old
registers. The upper level holds every old register already (received as packages), so
the merge is done there, in one transaction, after a dry run that the officer reads:

- branches are mapped by name: "Chi hội Đông" of two old communes becomes one
  "Chi hội Đông" of the new commune; each old branch is closed, "merged into" the new one;
- people found in two registers (same CCCD, or same name and birth date) are listed as
  pairs; a pair with the same CCCD and the same name is the same person, any other pair
  is doubtful and needs a decision (same person / different people) before the merge;
  the same person keeps one record, and her posts, trainings, attendances and status
  history follow that record;
- members move to the new commune with their identity (keys), so that certificates keep
  their numbers and verification codes; history (meetings, courses, certificates, posts
  held) keeps the old unit it belongs to; open posts end on the merge date;
- the old communes are closed on the merge date, "merged into" the new one.

Until the new commune's office has received its register, the upper level holds the
moved records (its own office owns them); the handover package
(:mod:`db.sync.handover`) gives them to the new commune. A split moves the members of
chosen branches (or of a village) into a new commune the same way, without closing the
old one; :func:`split_branch` does the same between two branches of one commune.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import case, func, or_, select, text, update
from sqlalchemy.orm import Session

from db import catalog
from db.audit import record_bulk
from db.dialects import dialect_of
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.models import Base, Member, Post, Unit, UnitLevel, UnitPopulation, utc_now
from db.models.base import new_id
from db.rules import is_live, live, live_sql
from db.site import ensure_official_unit, get_site
from db.text import clean_text, search_key, text_sort_key
from db.validation import PartialDate

MIN_MERGED: Final = 2
MAX_MERGED: Final = 4

REGISTER_TABLES: Final = ("members", "qualifications", "training_needs")
"""Records that move with a member into the new unit (the rest is history)."""

COUNTED: Final = (
    ("members", "Hội viên"),
    ("branches", "Chi hội"),
    ("posts", "Chức danh cán bộ"),
    ("meetings", "Sinh hoạt"),
    ("courses", "Lớp tập huấn"),
    ("participations", "Học viên"),
    ("certificates", "Giấy chứng nhận"),
)
"""The kinds counted per old commune in the dry run, with their labels."""

SAME: Final = "same"
DIFFERENT: Final = "different"


@dataclass(frozen=True)
class SourceCommune:
    """One old commune (or the part of it that moves) with its counts per kind."""

    unit_id: str
    code: str
    name: str
    counts: tuple[tuple[str, int], ...]

    def count(self, kind: str) -> int:
        """Return the count of one kind ("members", "branches", …)."""
        return dict(self.counts).get(kind, 0)


@dataclass(frozen=True)
class BranchMapping:
    """A branch of the new unit and the old branches that make it up."""

    name: str
    sources: tuple[str, ...]
    members: int


@dataclass(frozen=True)
class PersonRecord:
    """One side of a person pair, as the review list shows it."""

    member_id: str
    full_name: str
    birth_date: str | None
    id_number: str | None
    commune_name: str
    branch_name: str | None

    @property
    def birth_display(self) -> str:
        """Return the birth date as Vietnamese forms print it ("" when unknown)."""
        return PartialDate.from_iso(self.birth_date).display() if self.birth_date else ""


@dataclass(frozen=True)
class PersonPair:
    """Two records of the old registers that may be the same person.

    Attributes:
        reason: "cccd" (same CCCD number) or "name_birth" (same name and birth date).
        certain: same CCCD and same name: the same person without asking.
    """

    first: PersonRecord
    second: PersonRecord
    reason: str
    certain: bool

    @property
    def key(self) -> str:
        """Return the key a decision is given under ("ID:ID")."""
        return pair_key(self.first.member_id, self.second.member_id)


@dataclass(frozen=True)
class MergePlan:
    """The dry run: what a merge (or split) would do, computed without writing anything.

    Attributes:
        kind: "merge" or "split".
        into_code, into_name: the new commune from the catalog.
        on: the merge date.
        sources: the old communes (or the moving part of one), with counts per kind.
        branches: the new unit's branches, mapped by name.
        pairs: person pairs found in two registers, certain ones first.
    """

    kind: str
    into_code: str
    into_name: str
    on: dt.date
    sources: tuple[SourceCommune, ...]
    branches: tuple[BranchMapping, ...]
    pairs: tuple[PersonPair, ...]

    @property
    def members_total(self) -> int:
        """Return the members of all old registers together."""
        return sum(source.count("members") for source in self.sources)

    @property
    def doubtful(self) -> tuple[PersonPair, ...]:
        """Return the pairs that need a decision."""
        return tuple(pair for pair in self.pairs if not pair.certain)

    def undecided(self, decisions: Mapping[str, str]) -> tuple[PersonPair, ...]:
        """Return the doubtful pairs that have no decision yet."""
        return tuple(p for p in self.doubtful if decisions.get(p.key) not in (SAME, DIFFERENT))

    def duplicates(self, decisions: Mapping[str, str]) -> int:
        """Return how many records disappear as the same person's second record."""
        return len(_clusters(self.pairs, decisions)[1])

    def members_after(self, decisions: Mapping[str, str]) -> int:
        """Return the new commune's members once the pairs are decided as given."""
        return self.members_total - self.duplicates(decisions)


@dataclass(frozen=True)
class MergeResult:
    """What the merge did, for the screen and the command line."""

    into_unit_id: str
    into_code: str
    members: int
    duplicates: int
    branches: int
    closed: tuple[str, ...]


@dataclass
class _Source:
    unit: Unit
    branch_ids: set[str] | None = None
    village: str | None = None
    member_ids: list[str] = field(default_factory=list)
    stays: bool = False
    """The office's own register in a merge by file: compared, never moved or closed."""


def pair_key(first_id: str, second_id: str) -> str:
    """Return the key of a pair of member records, whatever their order."""
    return ":".join(sorted((first_id, second_id)))


# --------------------------------------------------------------------------- checks


def _upper_site(session: Session) -> tuple[str, str]:
    site = get_site(session)
    if not site.is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hợp nhất hoặc chia tách xã làm ở cấp trên, nơi có sổ của các xã; cơ sở dữ liệu "
                "này là của {union_name}.",
            ),
            union_name=site.union_name,
        )
    return site.unit_id, site.unit_code


def _merged_before(entry: catalog.CatalogUnit) -> UserError:
    """The refusal for a commune that an earlier merger already folded into another."""
    return UserError(
        QT_TRANSLATE_NOOP("DbErrors", "{name} (mã {code}) đã được hợp nhất trước đây."),
        name=entry.name,
        code=entry.code,
    )


def _received_commune(session: Session, code: str, upper_code: str) -> Unit:
    entry = catalog.find(code)
    if entry.level != "commune" or entry.parent_code != upper_code:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{name} (mã {code}) không phải xã của đơn vị này.",
            ),
            name=entry.name,
            code=entry.code,
        )
    unit = session.scalars(
        select(Unit).where(Unit.code == entry.code, Unit.official.is_(True))
    ).first()
    if unit is not None and not unit.active:
        raise _merged_before(entry)
    if unit is None or not session.scalar(
        select(func.count()).select_from(Member).where(Member.commune_id == unit.id)
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chưa nhận được sổ của {name} (mã {code}): hãy nhập gói dữ liệu của xã trước khi "
                "hợp nhất.",
            ),
            name=entry.name,
            code=entry.code,
        )
    return unit


def _target(session: Session, into_code: str, upper_code: str, sources: Iterable[str]) -> str:
    entry = catalog.find(into_code)
    if entry.level != "commune" or entry.parent_code != upper_code:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{name} (mã {code}) không phải xã của đơn vị này; hãy chọn mã xã mới trong danh "
                "mục.",
            ),
            name=entry.name,
            code=entry.code,
        )
    if entry.code in set(sources):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Xã mới phải có mã khác với các xã cũ."))
    existing = session.scalars(
        select(Unit).where(Unit.code == entry.code, Unit.official.is_(True))
    ).first()
    if existing is not None:
        if not existing.active:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "{name} (mã {code}) đã được hợp nhất vào xã khác.",
                ),
                name=entry.name,
                code=entry.code,
            )
        if session.scalar(
            select(func.count()).select_from(Member).where(Member.commune_id == existing.id)
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "{name} (mã {code}) đã có sổ hội viên; hãy chọn một mã xã mới.",
                ),
                name=entry.name,
                code=entry.code,
            )
    return entry.code


def _check_day(on: dt.date | None) -> dt.date:
    if on is None:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Hãy nhập ngày hợp nhất."))
    return on


# --------------------------------------------------------------------------- planning


def _source_members(session: Session, source: _Source) -> list[str]:
    query = select(Member.id, Member.address).where(
        Member.commune_id == source.unit.id, live(Member)
    )
    if source.branch_ids is not None:
        query = query.where(Member.branch_id.in_(source.branch_ids))
    rows = session.execute(query.order_by(Member.sort_key, Member.id))
    return [member_id for member_id, address in rows
            if not source.village or in_village(address, source.village)]


def in_village(address: str | None, village: str) -> bool:
    """Tell whether an address names the village (accents and case aside)."""
    return bool(address) and search_key(village) in search_key(address or "")


def _counts(session: Session, source: _Source) -> tuple[tuple[str, int], ...]:
    unit_id = source.unit.id
    branches = [
        branch_id for branch_id in _open_branches(session, unit_id)
        if source.branch_ids is None or branch_id in source.branch_ids
    ]
    counts = {"members": len(source.member_ids), "branches": len(branches)}
    for kind in ("posts", "meetings", "courses", "participations", "certificates"):
        counts[kind] = int(session.execute(
            text(f'SELECT count(*) FROM "{kind}" WHERE owner_unit_id = :u AND {live_sql()}'),
            {"u": unit_id},
        ).scalar_one()) if source.branch_ids is None and not source.village else 0
    return tuple((kind, counts[kind]) for kind, _label in COUNTED)


def _open_branches(session: Session, commune_id: str) -> list[str]:
    return list(session.scalars(
        select(Unit.id).where(
            Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True), live(Unit),
        ).order_by(Unit.sort_key)
    ))


def _branch_key(name: str) -> str:
    return search_key(name.removeprefix("Chi hội ").strip())


def _branch_groups(
    session: Session, sources: Sequence[_Source]
) -> dict[str, list[tuple[Unit, Unit]]]:
    """Group the old open branches by name key: {key: [(commune, branch)]}."""
    groups: dict[str, list[tuple[Unit, Unit]]] = {}
    for source in sources:
        for branch_id in _open_branches(session, source.unit.id):
            if source.branch_ids is not None and branch_id not in source.branch_ids:
                continue
            branch = session.get_one(Unit, branch_id)
            groups.setdefault(_branch_key(branch.name), []).append((source.unit, branch))
    return groups


def _pairs(session: Session, sources: Sequence[_Source]) -> list[PersonPair]:
    commune_of = {m: s.unit for s in sources for m in s.member_ids}
    if len(sources) < MIN_MERGED:
        return []
    rows = _all_rows(session, list(commune_of))
    branch_names: dict[str, str] = {
        unit_id: name for unit_id, name in session.execute(
            select(Unit.id, Unit.name).where(Unit.level == UnitLevel.BRANCH)
        )
    }
    records = {
        row.id: PersonRecord(row.id, row.full_name, row.birth_date, row.id_number,
                             commune_of[row.id].name, branch_names.get(row.branch_id or ""))
        for row in rows
    }
    keys = {row.id: row.search_key for row in rows}
    by_cccd: dict[str, list[str]] = {}
    by_name: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        if row.id_number:
            by_cccd.setdefault(row.id_number, []).append(row.id)
        if row.birth_date:
            by_name.setdefault((row.search_key, row.birth_date), []).append(row.id)
    found: dict[str, PersonPair] = {}

    def add(first: str, second: str, reason: str, certain: bool) -> None:
        if commune_of[first].id == commune_of[second].id:
            return  # two records in one old register are that commune's own business
        a, b = sorted((first, second), key=lambda m: (order[commune_of[m].id], m))
        key = pair_key(a, b)
        if key not in found:
            found[key] = PersonPair(records[a], records[b], reason, certain)

    order = {source.unit.id: number for number, source in enumerate(sources)}
    for ids in by_cccd.values():
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                add(first, second, "cccd", keys[first] == keys[second])
    for ids in by_name.values():
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                one, other = records[first].id_number, records[second].id_number
                if one and other and one != other:
                    continue  # two CCCD numbers: two people who share a name and a birthday
                add(first, second, "name_birth", False)
    return sorted(found.values(), key=lambda p: (not p.certain, p.first.full_name, p.key))


def _all_rows(session: Session, ids: list[str]) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(ids), 900):
        rows.extend(session.execute(
            select(Member.id, Member.full_name, Member.search_key, Member.birth_date,
                   Member.id_number, Member.branch_id)
            .where(Member.id.in_(ids[start:start + 900]))
        ).all())
    return rows


def _plan(
    session: Session, kind: str, sources: list[_Source], into_code: str, on: dt.date
) -> MergePlan:
    for source in sources:
        source.member_ids = _source_members(session, source)
    groups = _branch_groups(session, sources)
    member_branches: dict[str | None, int] = {}
    for source in sources:
        for start in range(0, len(source.member_ids), 900):
            for branch_id, count in session.execute(
                select(Member.branch_id, func.count())
                .where(Member.id.in_(source.member_ids[start:start + 900]))
                .group_by(Member.branch_id)
            ):
                member_branches[branch_id] = member_branches.get(branch_id, 0) + int(count)
    branches = tuple(
        BranchMapping(
            name=members[0][1].name,
            sources=tuple(f"{commune.name} — {branch.name}" for commune, branch in members),
            members=sum(member_branches.get(branch.id, 0) for _c, branch in members),
        )
        for _key, members in sorted(groups.items(), key=lambda item: text_sort_key(item[0]))
    )
    entry = catalog.find(into_code)
    return MergePlan(
        kind=kind,
        into_code=entry.code,
        into_name=entry.name,
        on=on,
        sources=tuple(
            SourceCommune(s.unit.id, s.unit.code, s.unit.name, _counts(session, s))
            for s in sources
        ),
        branches=branches,
        pairs=tuple(_pairs(session, sources)),
    )


def _merge_sources(session: Session, codes: Sequence[str]) -> tuple[str, list[_Source]]:
    upper_id, upper_code = _upper_site(session)
    del upper_id
    cleaned = [code.strip() for code in codes]
    if len(set(cleaned)) != len(cleaned):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Mỗi xã chỉ được chọn một lần."))
    if not MIN_MERGED <= len(cleaned) <= MAX_MERGED:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn từ 2 đến 4 xã để hợp nhất."))
    return upper_code, [_Source(_received_commune(session, c, upper_code)) for c in cleaned]


def plan_merge(
    session: Session, codes: Sequence[str], into_code: str, on: dt.date | None
) -> MergePlan:
    """Compute the dry run of merging communes ``codes`` into ``into_code``; writes nothing.

    Raises:
        UserError: not an upper level, fewer than two or more than four communes, a
            commune not received yet or already merged, a new code that is not a commune
            of this upper level or already holds a register.
    """
    upper_code, sources = _merge_sources(session, codes)
    into = _target(session, into_code, upper_code, codes)
    return _plan(session, "merge", sources, into, _check_day(on))


def merge_communes(
    session: Session,
    codes: Sequence[str],
    into_code: str,
    on: dt.date | None,
    decisions: Mapping[str, str] | None = None,
) -> MergeResult:
    """Merge the communes into a new commune, in the caller's single transaction.

    Args:
        session: a writing session.
        codes: the old communes' codes (two to four).
        into_code: the new commune's code from the catalog.
        on: the merge date: old units close on it, posts open then end on it.
        decisions: {pair key: "same" | "different"} for every doubtful pair.

    Raises:
        UserError: any refusal of :func:`plan_merge`, or a doubtful pair left undecided.
    """
    upper_code, sources = _merge_sources(session, codes)
    into = _target(session, into_code, upper_code, codes)
    plan = _plan(session, "merge", sources, into, _check_day(on))
    return _apply(session, plan, sources, decisions or {}, close_sources=True)


def plan_split(
    session: Session,
    code: str,
    into_code: str,
    on: dt.date | None,
    *,
    branch_names: Sequence[str] = (),
    village: str | None = None,
) -> MergePlan:
    """Compute the dry run of moving chosen branches (or a village) into a new commune.

    Raises:
        UserError: not an upper level, nothing chosen, an unknown branch name, or a new
            code refused as for a merge.
    """
    upper_code, source = _split_source(session, code, branch_names, village)
    into = _target(session, into_code, upper_code, [code])
    return _plan(session, "split", [source], into, _check_day(on))


def split_commune(
    session: Session,
    code: str,
    into_code: str,
    on: dt.date | None,
    *,
    branch_names: Sequence[str] = (),
    village: str | None = None,
) -> MergeResult:
    """Move chosen branches (or a village) of a commune into a new commune, at once.

    The old commune stays open with the rest of its members; the chosen branches close,
    "merged into" their namesakes in the new commune.
    """
    upper_code, source = _split_source(session, code, branch_names, village)
    into = _target(session, into_code, upper_code, [code])
    plan = _plan(session, "split", [source], into, _check_day(on))
    if not plan.members_total:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không có hội viên nào được chọn để chuyển sang xã mới.",
            ),
        )
    return _apply(session, plan, [source], {}, close_sources=False)


def _split_source(
    session: Session, code: str, branch_names: Sequence[str], village: str | None
) -> tuple[str, _Source]:
    _upper_id, upper_code = _upper_site(session)
    unit = _received_commune(session, code, upper_code)
    place = clean_text(village) if village else None
    if not branch_names and not place:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy chọn chi hội hoặc thôn (ấp, tổ dân phố) được tách ra.",
            ),
        )
    branch_ids: set[str] | None = None
    if branch_names:
        known = {
            _branch_key(session.get_one(Unit, b).name): b
            for b in _open_branches(session, unit.id)
        }
        branch_ids = set()
        for name in branch_names:
            found = known.get(_branch_key(clean_text(name)))
            if found is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "DbErrors",
                        "{name} không có chi hội “{name2}”.",
                    ),
                    name=unit.name,
                    name2=clean_text(name),
                )
            branch_ids.add(found)
    return upper_code, _Source(unit, branch_ids, place)


# --------------------------------------------------------------------------- applying


def _clusters(
    pairs: Sequence[PersonPair], decisions: Mapping[str, str]
) -> tuple[dict[str, str], list[str]]:
    """Return {record: kept record} for every record of a same person, and the dropped ones.

    The kept record is the first of its group in register order (the first commune
    chosen, then the name order), so that the choice does not depend on luck.
    """
    parent: dict[str, str] = {}
    rank: dict[str, int] = {}

    def find(member: str) -> str:
        while parent.get(member, member) != member:
            member = parent[member]
        return member

    for number, pair in enumerate(pairs):
        rank.setdefault(pair.first.member_id, 2 * number)
        rank.setdefault(pair.second.member_id, 2 * number + 1)
        if pair.certain or decisions.get(pair.key) == SAME:
            a, b = find(pair.first.member_id), find(pair.second.member_id)
            if a != b:
                keep, drop = sorted((a, b), key=lambda m: rank[m])
                parent[drop] = keep
    kept = {member: find(member) for member in parent}
    return kept, sorted(kept)


def _member_links() -> list[tuple[str, str]]:
    """Return every (table, column) that points at a member record."""
    return sorted(
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        for key in column.foreign_keys
        if key.target_fullname == "members.id"
    )


def _apply(
    session: Session,
    plan: MergePlan,
    sources: Sequence[_Source],
    decisions: Mapping[str, str],
    *,
    close_sources: bool,
) -> MergeResult:
    undecided = plan.undecided(decisions)
    if undecided:
        first = undecided[0]
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Còn {count} cặp người cần xem lại (ví dụ {full_name}, {commune_name} và "
                "{full_name2}, {commune_name2}): hãy chọn “cùng một người” hoặc “khác người” cho "
                "từng cặp.",
            ),
            count=len(undecided),
            full_name=first.first.full_name,
            commune_name=first.first.commune_name,
            full_name2=first.second.full_name,
            commune_name2=first.second.commune_name,
        )
    owner = get_site(session).unit_id
    day = plan.on
    now = utc_now()
    into = ensure_official_unit(session, plan.into_code)
    into.active = True
    kept, dropped = _clusters(plan.pairs, decisions)

    # Branches: one branch of the new unit per name (the office's own branch of that
    # name when it has one), owned by this office until the handover.
    new_branch: dict[str, str] = {}
    used = set(session.scalars(select(Unit.code).where(Unit.parent_id == into.id)))
    number = 0
    stays = {s.unit.id for s in sources if s.stays}
    for _key, members in sorted(_branch_groups(session, sources).items(),
                                key=lambda item: text_sort_key(item[0])):
        own = next((b for c, b in members if c.id in stays), None)
        if own is None:
            number += 1
            while f"{into.code}-{number:02d}" in used:
                number += 1
            name = members[0][1].name
            own = Unit(
                id=new_id(), owner_unit_id=owner, code=f"{into.code}-{number:02d}",
                name=name, level=UnitLevel.BRANCH, parent_id=into.id, official=False,
                sort_key=text_sort_key(name.removeprefix("Chi hội ").strip()),
            )
            session.add(own)
            session.flush()
        for commune, old in members:
            if commune.id not in stays:
                new_branch[old.id] = own.id
                _copy_populations(session, old.id, own.id, owner, day.year)
    session.flush()

    # The same person's second record: her history follows the kept record.
    dialect = dialect_of(session)
    for table_name, column in _member_links():
        for drop in dropped:
            dialect.relink(session, table_name, column, kept[drop], drop)
    for drop in dropped:
        record = session.get_one(Member, drop)
        record.deleted_at = now
        note = f"Trùng với hội viên {kept[drop]} khi hợp nhất vào {into.name} ngày {day:%d/%m/%Y}."
        record.notes = f"{record.notes}\n{note}" if record.notes else note
        _fill_missing(session.get_one(Member, kept[drop]), record)

    moved: list[str] = []
    dropped_set = set(dropped)
    for source in sources:
        if source.stays:
            continue
        old_branches = list(source.branch_ids) if source.branch_ids is not None else None
        for start in range(0, len(source.member_ids), 900):
            batch = [m for m in source.member_ids[start:start + 900] if m not in dropped_set]
            moved.extend(batch)
            # One statement per batch: each old branch becomes its namesake in the new
            # unit; a member of no branch (or of one that does not move) has none.
            mapped = case(new_branch, value=Member.branch_id, else_=None) if new_branch else None
            session.execute(
                update(Member).where(Member.id.in_(batch)).values(
                    branch_id=mapped, commune_id=into.id, owner_unit_id=owner,
                    version=Member.version + 1, updated_at=now,
                )
            )
            _own_register(session, batch, owner)
        closing = old_branches if old_branches is not None else [
            b for b in _open_branches(session, source.unit.id)
        ]
        closing_units = [source.unit.id, *closing] if close_sources else closing
        session.execute(
            update(Post).where(Post.unit_id.in_(closing_units), live(Post),
                               or_(Post.end_on.is_(None), Post.end_on > day))
            .values(end_on=day, version=Post.version + 1, updated_at=now)
        )
        for branch_id in closing:
            branch = session.get_one(Unit, branch_id)
            branch.active = False
            branch.merged_into_id = new_branch.get(branch_id)
            branch.merged_on = day
        if close_sources:
            source.unit.active = False
            source.unit.merged_into_id = into.id
            source.unit.merged_on = day
    record_bulk(session, "members", moved, "update",
                {"commune_id": [None, into.id]}, owner)
    session.flush()
    return MergeResult(
        into_unit_id=into.id,
        into_code=into.code,
        members=len(moved),
        duplicates=len(dropped),
        branches=len(set(new_branch.values())),
        closed=tuple(s.unit.code for s in sources if not s.stays) if close_sources else (),
    )


def _own_register(session: Session, member_ids: Sequence[str], owner: str) -> None:
    """Give the moved members' qualifications and training needs to ``owner``."""
    if not member_ids:
        return
    marks = ",".join(f":m{i}" for i in range(len(member_ids)))
    values: dict[str, Any] = {f"m{i}": m for i, m in enumerate(member_ids)}
    for table_name in REGISTER_TABLES[1:]:
        session.execute(
            text(f'UPDATE "{table_name}" SET owner_unit_id = :owner, version = version + 1 '
                 f"WHERE member_id IN ({marks})"),
            {"owner": owner, **values},
        )


def _copy_populations(
    session: Session, old_branch: str, new_branch: str, owner: str, from_year: int
) -> None:
    """Carry the old branch's women counts from the merge year on into the new branch.

    Years before the merge stay with the old branch (its history); from the merge year
    the area belongs to the new branch, whose figure is the sum of its old branches'.
    """
    for row in session.scalars(
        select(UnitPopulation).where(
            UnitPopulation.unit_id == old_branch, UnitPopulation.year >= from_year,
            live(UnitPopulation),
        )
    ).all():
        existing = session.scalars(
            select(UnitPopulation).where(UnitPopulation.unit_id == new_branch,
                                         UnitPopulation.year == row.year)
        ).first()
        if existing is None:
            session.add(UnitPopulation(owner_unit_id=owner, unit_id=new_branch, year=row.year,
                                       women_18_plus=row.women_18_plus))
            session.flush()
        else:
            existing.women_18_plus += row.women_18_plus


def _fill_missing(kept: Member, other: Member) -> None:
    """Complete the kept record with what only the other one knew."""
    for column in ("id_number", "phone", "card_number", "card_issued_on", "address",
                   "birth_date", "birth_year"):
        if getattr(kept, column) is None and getattr(other, column) is not None:
            setattr(kept, column, getattr(other, column))
    if other.joined_on is not None and (kept.joined_on is None or other.joined_on < kept.joined_on):
        kept.joined_on = other.joined_on
    kept.version += 1


# --------------------------------------------------------------------------- a branch


@dataclass(frozen=True)
class BranchSplitPlan:
    """The dry run of moving a village's members from one branch into a new branch."""

    branch_name: str
    new_name: str
    members: tuple[str, ...]


def _branch_split_members(
    session: Session, branch_id: str, village: str
) -> tuple[Unit, list[Member]]:
    branch = session.get_one(Unit, branch_id)
    if branch.level != UnitLevel.BRANCH or not branch.active or not is_live(branch):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Chỉ tách được một chi hội đang hoạt động."))
    place = clean_text(village)
    if not place:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy nhập tên thôn (ấp, tổ dân phố) được tách ra.",
            ),
        )
    members = [
        member for member in session.scalars(
            select(Member).where(Member.branch_id == branch_id, live(Member))
            .order_by(Member.sort_key)
        )
        if in_village(member.address, place)
    ]
    return branch, members


def find_branch(session: Session, name: str) -> str:
    """Return the key of this commune's open branch named ``name`` ("Đông" or "Chi hội Đông").

    Raises:
        UserError: no open branch of that name.
    """
    site = get_site(session)
    for branch_id in _open_branches(session, site.unit_id):
        if _branch_key(session.get_one(Unit, branch_id).name) == _branch_key(clean_text(name)):
            return branch_id
    raise UserError(
        QT_TRANSLATE_NOOP(
            "DbErrors",
            "{union_name} không có chi hội “{name}” đang hoạt động.",
        ),
        union_name=site.union_name,
        name=clean_text(name),
    )


def plan_branch_split(
    session: Session, branch_id: str, village: str, new_name: str
) -> BranchSplitPlan:
    """Say who would move from a branch into a new branch for a village; writes nothing."""
    branch, members = _branch_split_members(session, branch_id, village)
    return BranchSplitPlan(branch.name, clean_text(new_name),
                           tuple(m.full_name for m in members))


def split_branch(
    session: Session, branch_id: str, village: str, new_name: str
) -> tuple[str, int]:
    """Create a branch for a village and move that village's members of a branch into it.

    The old branch stays open with the rest; meetings and posts stay with it.

    Returns:
        The new branch's key and the number of members moved.

    Raises:
        UserError: a closed branch, an empty village, nobody living there, or a name
            already used in the commune.
    """
    from db.units import create_branch

    branch, members = _branch_split_members(session, branch_id, village)
    if not members:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không có hội viên nào của chi hội ở thôn này.",
            ),
        )
    assert branch.parent_id is not None
    new = create_branch(session, branch.parent_id, new_name)
    for member in members:
        member.branch_id = new
    session.flush()
    return new, len(members)


# --------------------------------------------------------------------------- by file


def _read_register_file(path: Path) -> tuple[str, str, dict[str, tuple[list[str], list[Any]]]]:
    """Read another commune's register file, read-only: (unit key, code, tables).

    Raises:
        UserError: not a Sổ Hội register, from another version, or not a commune's.
    """
    from db.engine import head_revision, stored_revision
    from db.sync.tables import ORDER

    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy tệp {name}."), name=path.name)
    try:
        revision = stored_revision(path)
    except Exception as error:  # not SQLite, damaged: the file is not a register
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp {name} không phải sổ của Sổ Hội.",
            ),
            name=path.name,
        ) from error
    if revision != head_revision():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Sổ {name} được tạo bằng phiên bản Sổ Hội khác; hãy mở nó một lần bằng phiên bản "
                "này (để nâng cấp) rồi hợp nhất.",
            ),
            name=path.name,
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        try:
            site = conn.execute("SELECT unit_id, mode FROM site").fetchone()
            unit = conn.execute("SELECT code FROM units WHERE id = ?",
                                (site[0],)).fetchone() if site else None
        except sqlite3.Error as error:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp {name} không phải sổ của Sổ Hội.",
                ),
                name=path.name,
            ) from error
        if site is None or site[1] != "commune" or unit is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp {name} không phải sổ của một xã.",
                ),
                name=path.name,
            )
        tables: dict[str, tuple[list[str], list[Any]]] = {}
        for name in ORDER:
            if name == "audit_events":
                continue
            cursor = conn.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            tables[name] = (columns, [list(row) for row in cursor.fetchall()])
    return str(site[0]), str(unit[0]), tables


def _copy_register_file(session: Session, path: Path) -> Unit:
    """Copy another commune's register file into this database as that commune's records.

    Nothing read from the file is trusted: each table passes the checks of a package
    (:func:`db.sync.tables.check_table`: our columns, our types, our bounds), the
    member's derived columns are recomputed, and only records owned by that commune or
    its upper level are taken; records already here are left as they are.
    """
    from db.sync.importer import derive_columns
    from db.sync.tables import check_table

    site = get_site(session)
    unit_id, code, raw = _read_register_file(path)
    entry = catalog.find(code)
    if entry.level != "commune" or unit_id == site.unit_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp {name} là sổ của chính {union_name}.",
            ),
            name=path.name,
            union_name=site.union_name,
        )
    other = ensure_official_unit(session, entry.code)
    if other.id != unit_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp {name} không phải sổ của một xã trong danh mục.",
            ),
            name=path.name,
        )
    if not other.active:
        raise _merged_before(entry)
    owners = {unit_id, other.parent_id}
    checked = derive_columns({
        name: check_table(name, {"columns": columns, "rows": rows})
        for name, (columns, rows) in raw.items()
    })
    dialect = dialect_of(session)
    cursor = dialect.raw_cursor(session)
    try:
        for name, table in checked.items():
            owner_at = table.columns.index("owner_unit_id")
            rows = [row for row in table.rows if row[owner_at] in owners]
            if name == "units":
                rows = sorted(rows, key=lambda row: (
                    row[table.columns.index("level")] not in ("province", "commune"),
                    row[table.columns.index("merged_into_id")] is not None,
                ))
            cursor.executemany(dialect.insert_sql(name, table.columns, on_conflict="ignore"), rows)
    except dialect.integrity_errors as error:
        raise UserError(
            QT_TRANSLATE_NOOP("DbErrors", "Sổ {name} không khớp với dữ liệu ở đây ({error}). "
            "Dữ liệu không thay đổi."), name=path.name, error=str(error)[:120]
        ) from error
    finally:
        cursor.close()
    session.expire_all()
    return session.get_one(Unit, unit_id)


def _file_sources(session: Session, path: Path) -> tuple[Unit, list[_Source]]:
    site = get_site(session)
    if site.is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Ở cấp trên, hãy hợp nhất các xã từ sổ đã nhận (Hợp nhất xã).",
            ),
        )
    own = session.get_one(Unit, site.unit_id)
    other = _copy_register_file(session, path)
    return own, [_Source(own, stays=True), _Source(other)]


def plan_register_file(session: Session, path: Path, on: dt.date | None) -> MergePlan:
    """Compute the dry run of merging another old register, held as a file, into this one.

    The file is copied in a savepoint that is rolled back: the database is unchanged.

    Raises:
        UserError: an upper level, a file that is not another commune's register of this
            version, or a register merged before.
    """
    day = _check_day(on)
    savepoint = session.begin_nested()
    try:
        own, sources = _file_sources(session, path)
        return _plan(session, "merge", sources, own.code, day)
    finally:
        savepoint.rollback()
        session.expire_all()


def merge_register_file(
    session: Session, path: Path, on: dt.date | None,
    decisions: Mapping[str, str] | None = None,
) -> MergeResult:
    """Merge another old register, held as a file, into this commune's, in one transaction.

    The other commune's members join this commune (its branches mapped by name to this
    commune's, or new ones); its history keeps its own units; the other commune is
    closed on the merge date, "merged into" this one. Use it only for a register that
    never went to the upper level: one that did is merged there (the upper level already
    holds its records under that commune).
    """
    day = _check_day(on)
    own, sources = _file_sources(session, path)
    plan = _plan(session, "merge", sources, own.code, day)
    return _apply(session, plan, sources, decisions or {}, close_sources=True)
