"""Officers (cán bộ Hội): posts held, qualifications, title standards, training needs.

An officer is a member who holds at least one open post (chức danh) in the commune's
union or one of its branches. Đề án 1893 sets its yearly targets per *category* of
officer (full-time officers, commune chairs, vice-chairs, branch heads, branch
deputies), so the categories are defined once here and the targets code asks this
module who is in each one on a given day.

Whether an officer "meets the standard of her title" (đạt chuẩn chức danh) is computed,
never stored: the standards are rules published by the upper level (a title, a kind of
qualification, a minimum rank), editable as data because the official thresholds change
and are not in our sources. A person meets the standard when, for every rule of every
title she holds, her best qualification of that kind reaches the rule's rank; otherwise
the screen says which rules are missing, in the rules' own words.

Every list is computed with a handful of queries over the whole commune (open posts,
best ranks grouped in SQL, the small standards table), never one query per officer.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from db import catalog
from db.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    FieldsError,
    Message,
    NotFoundError,
    UserError,
)
from db.formatting import date as format_date
from db.models import (
    Course,
    CourseTopic,
    Employment,
    Member,
    MemberStatus,
    Participation,
    Post,
    Qualification,
    QualificationKind,
    Site,
    SiteMode,
    Standard,
    Title,
    Topic,
    TrainingNeed,
    Unit,
    UnitLevel,
    utc_now,
)
from db.rules import live, post_open_on
from db.search_index import TRIGRAM
from db.text import clean_paragraphs, clean_text, search_key
from db.vocabulary import (
    EMPLOYMENT,
    OFFICER_CATEGORY,
    QUALIFICATION_KIND,
    QUALIFICATION_LEVELS,
    TITLE,
)

# --------------------------------------------------------------------------- labels

TITLE_LABELS: dict[str, str] = TITLE.labels
"""Officer titles in Vietnamese, in order of rank (also printed on attendance sheets)."""

EMPLOYMENT_LABELS: dict[str, str] = EMPLOYMENT.labels

QUALIFICATION_KIND_LABELS: dict[str, str] = QUALIFICATION_KIND.labels

LEVELS: dict[str, tuple[tuple[str, int], ...]] = QUALIFICATION_LEVELS
"""The usual levels of each kind with their rank (see ``db.vocabulary``)."""

COMMUNE_TITLES = frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.STANDING_COMMITTEE,
                            Title.EXECUTIVE_COMMITTEE, Title.STAFF})
"""Titles held in the commune's union itself."""

BRANCH_TITLES = frozenset({Title.BRANCH_HEAD, Title.BRANCH_DEPUTY, Title.GROUP_HEAD})
"""Titles held in a branch (a group head is recorded on her group's branch)."""

MAX_DECISION = 200
MAX_LEVEL = 60
MAX_ISSUER = 200
MAX_CERTIFICATE = 60
MAX_DESCRIPTION = 300


class OfficerCategory(enum.StrEnum):
    """Who the Đề án 1893 targets count; defined here once, used by the targets code."""

    FULL_TIME = "full_time"
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    BRANCH_HEAD = "branch_head"
    BRANCH_DEPUTY = "branch_deputy"


CATEGORY_LABELS: dict[str, str] = OFFICER_CATEGORY.labels


def level_rank(kind: str, level: str) -> int | None:
    """Return the rank of a usual level of a kind ("Trung cấp" -> 2), None if unusual.

    The comparison ignores case, tones and spacing, so "trung cap" typed without an
    input method still finds "Trung cấp".
    """
    wanted = search_key(level)
    for label, rank in LEVELS.get(kind, ()):
        if search_key(label) == wanted:
            return rank
    return None


def level_label(kind: str, rank: int) -> str:
    """Return the usual level of a kind at a rank ("bậc 4" when there is none)."""
    for label, value in LEVELS.get(kind, ()):
        if value == rank:
            return label
    return f"bậc {rank}"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class PostRow:
    """One post (chức danh) of a person, with the unit's name to show."""

    id: str
    title: str
    title_label: str
    unit_id: str
    unit_name: str
    employment: str
    start_on: dt.date | None
    end_on: dt.date | None
    decision: str | None

    @property
    def employment_label(self) -> str:
        """Return "Chuyên trách" or "Không chuyên trách"."""
        return EMPLOYMENT_LABELS.get(self.employment, self.employment)


@dataclass(frozen=True)
class OfficerRow:
    """One officer in the list.

    Attributes:
        branch: the branch of her membership ("" if none).
        posts: her posts open on the day asked, highest title first.
        meets_standard: None when none of her titles has standard rules.
        missing: the descriptions of the rules she does not meet yet.
        trained_this_year: she completed a course that ended in the year of the day asked.
    """

    member_id: str
    full_name: str
    birth_date: str | None
    branch: str
    posts: tuple[PostRow, ...]
    meets_standard: bool | None
    missing: tuple[str, ...]
    trained_this_year: bool

    @property
    def full_time(self) -> bool:
        """Tell whether one of her open posts is full-time (chuyên trách)."""
        return any(post.employment == Employment.FULL_TIME for post in self.posts)

    @property
    def titles_text(self) -> str:
        """Return her open posts joined, e.g. "Chi hội trưởng (Chi hội Thôn Đông)"."""
        return "; ".join(
            f"{post.title_label} ({post.unit_name})" if post.title in BRANCH_TITLES
            else post.title_label
            for post in self.posts
        )


@dataclass
class PostDraft:
    """What was typed in the post form, before validation."""

    member_id: str = ""
    unit_id: str = ""
    title: str = ""
    employment: str = Employment.PART_TIME
    start_on: dt.date | None = None
    end_on: dt.date | None = None
    decision: str = ""
    version: int | None = None


class InvalidPostError(FieldsError):
    """Validation messages per field of a post, all at once."""


class SecondChairError(UserError):
    """The commune already has a chair over those dates; the screen may ask and insist."""


@dataclass(frozen=True)
class QualificationRow:
    """One qualification of a person."""

    id: str
    kind: str
    level: str
    rank: int
    obtained_on: dt.date | None
    issuer: str | None
    certificate_number: str | None

    @property
    def kind_label(self) -> str:
        """Return the kind in Vietnamese ("Lý luận chính trị")."""
        return QUALIFICATION_KIND_LABELS.get(self.kind, self.kind)


class InvalidQualificationError(FieldsError):
    """Validation messages per field of a qualification."""


@dataclass(frozen=True)
class StandardRow:
    """One rule of a title's standard."""

    id: str
    title: str
    kind: str
    min_rank: int
    description: str

    @property
    def title_label(self) -> str:
        """Return the title in Vietnamese."""
        return TITLE_LABELS.get(self.title, self.title)

    @property
    def kind_label(self) -> str:
        """Return the qualification kind in Vietnamese."""
        return QUALIFICATION_KIND_LABELS.get(self.kind, self.kind)

    @property
    def min_level(self) -> str:
        """Return the minimum level in words ("Trung cấp")."""
        return level_label(self.kind, self.min_rank)


class InvalidStandardError(FieldsError):
    """Validation messages per field of a standard rule."""


class StandardConflictError(ConcurrentChangeError):
    """Someone else changed the rule after the form read it.

    Attributes:
        stored: the rule as stored now, to show beside what was typed.
    """

    def __init__(self, stored: StandardRow) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "DbErrors",
            "Tiêu chuẩn này vừa được sửa ở nơi khác; những gì bạn nhập chưa được lưu."))
        self.stored = stored


@dataclass(frozen=True)
class RuleCheck:
    """One rule applied to one person: what is required and what she has.

    Attributes:
        best_level: her best level of that kind ("" if she has none recorded).
    """

    title: str
    kind: str
    min_rank: int
    description: str
    best_rank: int | None
    best_level: str
    met: bool

    @property
    def title_label(self) -> str:
        """Return the title in Vietnamese."""
        return TITLE_LABELS.get(self.title, self.title)


@dataclass(frozen=True)
class StandardResult:
    """Whether a person meets the standards of the titles she holds.

    Attributes:
        meets: None when none of her titles has rules.
        missing: descriptions of the unmet rules, each once, in rule order.
        rules: every rule checked, for the detail screen.
    """

    meets: bool | None
    missing: tuple[str, ...]
    rules: tuple[RuleCheck, ...] = ()


@dataclass(frozen=True)
class NeedRow:
    """A topic a person asked to be trained in.

    Attributes:
        met: a completed participation already covers it (linked, or a course with
            that topic that ended after she asked).
    """

    id: str
    topic_id: str
    topic_name: str
    registered_on: dt.date
    note: str | None
    met: bool


@dataclass(frozen=True)
class TopicChoice:
    """A topic of the catalog, for drop-down lists."""

    id: str
    code: str
    name: str


@dataclass(frozen=True)
class UnitChoice:
    """A unit a post can be held in: the commune's union or one of its branches."""

    id: str
    name: str
    is_commune: bool


# --------------------------------------------------------------------------- helpers


def _open_on(on: dt.date) -> ColumnElement[bool]:
    """Select posts open on a day: begun (or no start known) and not ended before it."""
    return and_(
        live(Post),
        post_open_on(on),
    )


def _commune_units(commune_id: str | None) -> Select[Any]:
    """Return the keys of a commune's union, its branches and their groups.

    With ``commune_id`` None: every commune-level unit, branch and group (an upper
    level looking at all its communes, without its own province office).
    """
    if commune_id is None:
        return select(Unit.id).where(
            live(Unit),
            Unit.level.in_([UnitLevel.COMMUNE, UnitLevel.BRANCH, UnitLevel.GROUP]),
        )
    branches = select(Unit.id).where(Unit.parent_id == commune_id, live(Unit))
    return select(Unit.id).where(
        live(Unit),
        or_(Unit.id == commune_id, Unit.parent_id == commune_id, Unit.parent_id.in_(branches)),
    )


_TITLE_ORDER = {title.value: i for i, title in enumerate(Title)}
_KIND_ORDER = {kind.value: i for i, kind in enumerate(QualificationKind)}


def _live_member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is not None or member.erased_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy hội viên này (có thể đã bị xóa).",
            ),
        )
    return member


def _live_post(session: Session, post_id: str) -> Post:
    post = session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy chức danh này (có thể đã bị xóa).",
            ),
        )
    return post


def _unit_display(level: str, name: str) -> str:
    """Name a post's unit: a branch by its name, the commune by its union's name."""
    return catalog.union_name(name) if level == UnitLevel.COMMUNE else name


def _publisher(session: Session) -> str:
    """Return the unit that owns the catalogs here: the upper level (docs/ARCHITECTURE.md §6).

    On an upper-level site that is the site's unit; on a commune site the commune's
    parent (or the commune itself if it has none recorded).
    """
    site = session.scalars(select(Site)).first()
    if site is None:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Cơ sở dữ liệu chưa được thiết lập."))
    unit = session.get_one(Unit, site.unit_id)
    if site.mode == SiteMode.UPPER:
        return unit.id
    return unit.parent_id or unit.id


# --------------------------------------------------------------------------- categories


def officers_in_category(
    session: Session, commune_id: str | None, category: str, on: dt.date
) -> list[str]:
    """Return the members in one Đề án 1893 category on a day, in name order.

    Args:
        session: an open session.
        commune_id: the commune, or None for every commune the database holds.
        category: an :class:`OfficerCategory` value.
        on: the day the posts must be open on.

    Full-time officers are people with any open full-time post in the commune or its
    branches; chairs and vice-chairs hold that title in a commune's union; branch heads
    and deputies hold theirs in a branch.
    """
    condition = _category_condition(category)
    query = (
        select(Member.id)
        .where(
            live(Member),
            exists(
                select(Post.id)
                .join(Unit, Unit.id == Post.unit_id)
                .where(
                    Post.member_id == Member.id,
                    _open_on(on),
                    Post.unit_id.in_(_commune_units(commune_id)),
                    condition,
                )
            ),
        )
        .order_by(Member.sort_key, Member.id)
    )
    return list(session.scalars(query))


def _category_condition(category: str) -> ColumnElement[bool]:
    """Return the condition on a post (joined with its unit) for a category."""
    match category:
        case OfficerCategory.FULL_TIME:
            return Post.employment == Employment.FULL_TIME
        case OfficerCategory.CHAIR | OfficerCategory.VICE_CHAIR:
            return and_(Post.title == category, Unit.level == UnitLevel.COMMUNE)
        case OfficerCategory.BRANCH_HEAD | OfficerCategory.BRANCH_DEPUTY:
            return and_(Post.title == category, Unit.level == UnitLevel.BRANCH)
    raise ValueError(f"unknown officer category: {category!r}")


# --------------------------------------------------------------------------- standards


def _standards_by_title(session: Session) -> dict[str, list[StandardRow]]:
    rows = list_standards(session)
    by_title: dict[str, list[StandardRow]] = defaultdict(list)
    for row in rows:
        by_title[row.title].append(row)
    return by_title


def _best_ranks(
    session: Session, member_ids: Select[Any]
) -> dict[str, dict[str, tuple[int, str]]]:
    """Return, per member and kind, her best rank and its level, grouped in SQL."""
    best = (
        select(
            Qualification.member_id,
            Qualification.kind,
            func.max(Qualification.rank).label("rank"),
        )
        .where(live(Qualification), Qualification.member_id.in_(member_ids))
        .group_by(Qualification.member_id, Qualification.kind)
        .subquery()
    )
    query = (
        select(best.c.member_id, best.c.kind, best.c.rank, func.min(Qualification.level))
        .join(
            Qualification,
            and_(
                Qualification.member_id == best.c.member_id,
                Qualification.kind == best.c.kind,
                Qualification.rank == best.c.rank,
                live(Qualification),
            ),
        )
        .group_by(best.c.member_id, best.c.kind, best.c.rank)
    )
    result: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for member_id, kind, rank, level in session.execute(query):
        result[member_id][kind] = (int(rank), str(level))
    return result


def _evaluate(
    titles: Iterable[str],
    standards: dict[str, list[StandardRow]],
    ranks: dict[str, tuple[int, str]],
) -> StandardResult:
    """Check the rules of every title held against a person's best ranks."""
    checks: list[RuleCheck] = []
    missing: list[str] = []
    for title in sorted(set(titles), key=lambda t: _TITLE_ORDER.get(t, len(_TITLE_ORDER))):
        for rule in standards.get(title, ()):
            best = ranks.get(rule.kind)
            met = best is not None and best[0] >= rule.min_rank
            checks.append(RuleCheck(
                title=title, kind=rule.kind, min_rank=rule.min_rank,
                description=rule.description, best_rank=best[0] if best else None,
                best_level=best[1] if best else "", met=met,
            ))
            if not met and rule.description not in missing:
                missing.append(rule.description)
    if not checks:
        return StandardResult(None, (), ())
    return StandardResult(not missing, tuple(missing), tuple(checks))


def _evaluate_many(
    session: Session, member_ids: Select[Any], on: dt.date
) -> dict[str, StandardResult]:
    """Evaluate everyone in ``member_ids`` with three queries in all."""
    titles: dict[str, set[str]] = defaultdict(set)
    query = select(Post.member_id, Post.title).where(
        _open_on(on), Post.member_id.in_(member_ids)
    )
    for member_id, title in session.execute(query):
        titles[member_id].add(title)
    standards = _standards_by_title(session)
    ranks = _best_ranks(session, member_ids)
    return {
        member_id: _evaluate(held, standards, ranks.get(member_id, {}))
        for member_id, held in titles.items()
    }


def evaluate_standard(
    session: Session, member_id: str, on: dt.date | None = None
) -> StandardResult:
    """Tell whether a person meets the standards of the titles she holds on a day.

    Args:
        session: an open session.
        member_id: the person.
        on: the day whose open posts count (today if None).
    """
    _live_member(session, member_id)
    day = on or dt.date.today()
    results = _evaluate_many(session, select(literal(member_id)), day)
    return results.get(member_id, StandardResult(None, (), ()))


def list_standards(session: Session) -> list[StandardRow]:
    """Return every standard rule, by title rank then qualification kind."""
    rows = [
        StandardRow(s.id, s.title, s.kind, s.min_rank, s.description)
        for s in session.scalars(select(Standard).where(live(Standard)))
    ]
    rows.sort(key=lambda r: (_TITLE_ORDER.get(r.title, 99), _KIND_ORDER.get(r.kind, 99),
                             r.min_rank, r.id))
    return rows


def save_standard(
    session: Session,
    title: str,
    kind: str,
    min_rank: int,
    description: str,
    *,
    standard_id: str | None = None,
    seen: StandardRow | None = None,
) -> str:
    """Add a standard rule, or change one; return its key.

    An empty description is written for the person ("Lý luận chính trị trung cấp trở
    lên"), since the description is what the screens say is missing. ``seen`` is the
    rule as the form read it: when the stored rule is neither that nor what is saved,
    someone else changed it meanwhile and nothing is written.

    Raises:
        StandardConflictError: the rule moved on from ``seen`` meanwhile.
        InvalidStandardError: a message per field that is not acceptable, including a
            second rule for the same title and kind (edit that one instead).
        NotFoundError: the rule being edited was deleted meanwhile.
    """
    errors: dict[str, str] = {}
    if title not in TITLE_LABELS:
        errors["title"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn chức danh."))
    if kind not in QUALIFICATION_KIND_LABELS:
        errors["kind"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn loại trình độ."))
    if min_rank < 1:
        errors["min_rank"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Trình độ tối thiểu phải từ bậc 1 trở lên."))
    text = clean_text(description)
    if len(text) > MAX_DESCRIPTION:
        errors["description"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mô tả không được dài quá {limit} ký tự."),
            {"limit": MAX_DESCRIPTION})
    if not errors:
        duplicate = select(Standard.id).where(
            live(Standard), Standard.title == title, Standard.kind == kind
        )
        if standard_id is not None:
            duplicate = duplicate.where(Standard.id != standard_id)
        if session.scalars(duplicate).first() is not None:
            kind_words = QUALIFICATION_KIND_LABELS[kind]
            errors["kind"] = Message(
                QT_TRANSLATE_NOOP("DbErrors",
                                  "Chức danh {title} đã có tiêu chuẩn về {kind}; hãy sửa dòng đó."),
                {"title": Message(TITLE_LABELS[title]),
                 "kind": kind_words[0].lower() + kind_words[1:]})
    if errors:
        raise InvalidStandardError(errors)
    if not text:
        text = f"{QUALIFICATION_KIND_LABELS[kind]} {level_label(kind, min_rank).lower()} trở lên"
    if standard_id is None:
        standard = Standard(owner_unit_id=_publisher(session), title=title, kind=kind,
                            min_rank=min_rank, description=text)
        session.add(standard)
    else:
        found = session.get(Standard, standard_id)
        if found is None or found.deleted_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Không tìm thấy tiêu chuẩn này (có thể đã bị xóa).",
                ),
            )
        standard = found
        stored = StandardRow(found.id, found.title, found.kind, found.min_rank,
                             found.description)
        if seen is not None and stored not in (seen, StandardRow(found.id, title, kind,
                                                                 min_rank, text)):
            raise StandardConflictError(stored)
        standard.title, standard.kind = title, kind
        standard.min_rank, standard.description = min_rank, text
    session.flush()
    return standard.id


def delete_standard(session: Session, standard_id: str) -> None:
    """Remove a standard rule (a tombstone, so the removal travels down)."""
    standard = session.get(Standard, standard_id)
    if standard is None or standard.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy tiêu chuẩn này (có thể đã bị xóa).",
            ),
        )
    standard.deleted_at = utc_now()
    session.flush()


def standard_summary(
    session: Session, commune_id: str | None, on: dt.date
) -> list[tuple[str, int, int]]:
    """Count, per officer category, the officers and those meeting their standards.

    Returns:
        (category, officers, meeting) for every :class:`OfficerCategory`, in order. A
        person whose titles have no rules has nothing missing and counts as meeting.
    """
    everyone = select(Post.member_id).where(
        _open_on(on), Post.unit_id.in_(_commune_units(commune_id))
    )
    results = _evaluate_many(session, everyone, on)
    summary: list[tuple[str, int, int]] = []
    for category in OfficerCategory:
        people = officers_in_category(session, commune_id, category, on)
        meeting = sum(
            1 for member_id in people
            if results.get(member_id, StandardResult(None, ())).meets is not False
        )
        summary.append((category.value, len(people), meeting))
    return summary


# --------------------------------------------------------------------------- officers


def list_officers(
    session: Session,
    commune_id: str | None,
    on: dt.date,
    *,
    title: str | None = None,
    text: str = "",
) -> list[OfficerRow]:
    """Return the people holding at least one open post on a day, in name order.

    Args:
        session: an open session.
        commune_id: the commune whose union and branches the posts are in; None for
            every commune the database holds (an upper level's view).
        on: the day the posts must be open on (and whose year "trained" means).
        title: only people holding this title (all their open posts are still shown).
        text: words of the name, searched ignoring case and tones.
    """
    branch = aliased(Unit)
    conditions: list[ColumnElement[bool]] = [
        _open_on(on),
        Post.unit_id.in_(_commune_units(commune_id)),
        live(Member),
    ]
    for word in search_key(text).split():
        if len(word) >= TRIGRAM:
            conditions.append(Member.search_key.contains(word, autoescape=True))
        else:
            padded = literal(" ").concat(Member.search_key)
            conditions.append(padded.contains(" " + word, autoescape=True))
    if title:
        holder = aliased(Post)
        conditions.append(
            exists(select(holder.id).where(
                holder.member_id == Member.id, holder.title == title,
                live(holder),
                or_(holder.start_on.is_(None), holder.start_on <= on),
                or_(holder.end_on.is_(None), holder.end_on >= on),
                holder.unit_id.in_(_commune_units(commune_id)),
            ))
        )
    query = (
        select(Member.id, Member.full_name, Member.birth_date, branch.name, Post.id,
               Post.title, Post.unit_id, Unit.level, Unit.name, Post.employment,
               Post.start_on, Post.end_on, Post.decision)
        .join(Member, Member.id == Post.member_id)
        .join(Unit, Unit.id == Post.unit_id)
        .outerjoin(branch, branch.id == Member.branch_id)
        .where(*conditions)
        .order_by(Member.sort_key, Member.id)
    )
    people: dict[str, tuple[str, str | None, str]] = {}
    posts: dict[str, list[PostRow]] = defaultdict(list)
    for (member_id, name, birth, branch_name, post_id, post_title, unit_id, level, unit_name,
         employment, start, end, decision) in session.execute(query):
        people.setdefault(member_id, (name, birth, branch_name or ""))
        posts[member_id].append(PostRow(
            id=post_id, title=post_title, title_label=TITLE_LABELS.get(post_title, post_title),
            unit_id=unit_id, unit_name=_unit_display(level, unit_name), employment=employment,
            start_on=start, end_on=end, decision=decision,
        ))
    if not people:
        return []
    chosen = select(Post.member_id).where(_open_on(on), Post.unit_id.in_(
        _commune_units(commune_id)))
    results = _evaluate_many(session, chosen, on)
    trained = set(session.scalars(_trained_in_year(on.year, chosen)))
    rows: list[OfficerRow] = []
    for member_id, (name, birth, branch_name) in people.items():
        result = results.get(member_id, StandardResult(None, ()))
        held = sorted(posts[member_id], key=lambda p: (_TITLE_ORDER.get(p.title, 99),
                                                       p.start_on or dt.date.min))
        rows.append(OfficerRow(
            member_id=member_id, full_name=name, birth_date=birth, branch=branch_name,
            posts=tuple(held), meets_standard=result.meets, missing=result.missing,
            trained_this_year=member_id in trained,
        ))
    return rows


def _trained_in_year(year: int, member_ids: Select[Any]) -> Select[Any]:
    """Select the members who completed a course ending in a year."""
    return (
        select(Participation.member_id)
        .join(Course, Course.id == Participation.course_id)
        .where(
            live(Participation),
            Participation.completed.is_(True),
            live(Course),
            Course.end_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
            Participation.member_id.in_(member_ids),
        )
        .distinct()
    )


def posts_of(session: Session, member_id: str) -> list[PostRow]:
    """Return all a person's posts, open and ended, newest first."""
    query = (
        select(Post, Unit.level, Unit.name)
        .join(Unit, Unit.id == Post.unit_id)
        .where(Post.member_id == member_id, live(Post))
        .order_by(Post.end_on.is_not(None), Post.start_on.desc())
    )
    return [
        PostRow(p.id, p.title, TITLE_LABELS.get(p.title, p.title), p.unit_id,
                _unit_display(level, name), p.employment, p.start_on, p.end_on, p.decision)
        for p, level, name in session.execute(query)
    ]


def assignable_units(session: Session, commune_id: str) -> list[UnitChoice]:
    """Return the commune's union and its active branches, where posts can be held."""
    commune = session.get(Unit, commune_id)
    if commune is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy xã này."))
    branches = session.execute(
        select(Unit.id, Unit.name).where(
            Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
            Unit.active.is_(True), live(Unit),
        ).order_by(Unit.sort_key, Unit.name)
    )
    return [UnitChoice(commune.id, catalog.union_name(commune.name), True)] + [
        UnitChoice(unit_id, name, False) for unit_id, name in branches
    ]


# --------------------------------------------------------------------------- posts


def _validate_post(session: Session, commune_id: str, draft: PostDraft) -> dict[str, object]:
    """Turn a post draft into column values, or raise InvalidPostError per field."""
    errors: dict[str, str] = {}
    member = session.get(Member, draft.member_id) if draft.member_id else None
    if not draft.member_id:
        errors["member_id"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn hội viên được giao chức danh."))
    elif (member is None or member.deleted_at is not None or member.erased_at is not None
          or member.commune_id != commune_id):
        errors["member_id"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy hội viên này trong xã."))
    elif member.status != MemberStatus.ACTIVE:
        errors["member_id"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Chỉ giao chức danh cho hội viên đang sinh hoạt."))
    unit = session.get(Unit, draft.unit_id) if draft.unit_id else None
    if unit is None or unit.deleted_at is not None or not (
        unit.id == commune_id
        or (unit.parent_id == commune_id and unit.level == UnitLevel.BRANCH)
    ):
        errors["unit_id"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn Hội LHPN xã hoặc một chi hội của xã."))
    if draft.title not in TITLE_LABELS:
        errors["title"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn chức danh."))
    elif unit is not None and "unit_id" not in errors:
        # The title as the screens name it, in the window's language.
        label = Message(TITLE_LABELS[draft.title])
        if draft.title in BRANCH_TITLES and unit.level != UnitLevel.BRANCH:
            errors["unit_id"] = Message(
                QT_TRANSLATE_NOOP("DbErrors", "{label} là chức danh ở chi hội; hãy chọn chi hội."),
                {"label": label})
        elif draft.title in COMMUNE_TITLES and unit.level == UnitLevel.BRANCH:
            errors["unit_id"] = Message(
                QT_TRANSLATE_NOOP(
                    "DbErrors", "{label} là chức danh của Hội LHPN xã; hãy chọn Hội LHPN xã."),
                {"label": label})
    if draft.employment not in EMPLOYMENT_LABELS:
        errors["employment"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn chuyên trách hoặc không chuyên trách."))
    if draft.start_on and draft.end_on and draft.end_on < draft.start_on:
        errors["end_on"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Ngày thôi giữ chức không được trước ngày bắt đầu."))
    decision = clean_text(draft.decision)
    if len(decision) > MAX_DECISION:
        errors["decision"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Số quyết định không được dài quá {limit} ký tự."),
            {"limit": MAX_DECISION})
    if errors:
        raise InvalidPostError(errors)
    return {
        "member_id": draft.member_id, "unit_id": draft.unit_id, "title": draft.title,
        "employment": draft.employment, "start_on": draft.start_on, "end_on": draft.end_on,
        "decision": decision or None,
    }


def _check_second_chair(
    session: Session, commune_id: str, draft: PostDraft, exclude: str | None
) -> None:
    """Refuse a chair post overlapping another person's chair post in the commune."""
    if draft.title != Title.CHAIR:
        return
    conditions = [
        live(Post), Post.title == Title.CHAIR, Post.unit_id == commune_id,
        Post.member_id != draft.member_id,
    ]
    if draft.start_on is not None:
        conditions.append(or_(Post.end_on.is_(None), Post.end_on >= draft.start_on))
    if draft.end_on is not None:
        conditions.append(or_(Post.start_on.is_(None), Post.start_on <= draft.end_on))
    if exclude is not None:
        conditions.append(Post.id != exclude)
    other = session.execute(
        select(Member.full_name).join(Post, Post.member_id == Member.id).where(*conditions)
    ).first()
    if other is not None:
        raise SecondChairError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Xã đang có Chủ tịch Hội là {other} trong cùng thời gian. Hãy ghi ngày thôi giữ "
                "chức cho người đó trước, hoặc xác nhận vẫn giao.",
            ),
            other=other[0],
        )


def add_post(
    session: Session, commune_id: str, draft: PostDraft, *, allow_second_chair: bool = False
) -> str:
    """Validate and store a new post; return its key.

    Raises:
        InvalidPostError: a message per field that is not acceptable.
        SecondChairError: the commune already has a chair over these dates (a
            :class:`UserError`); pass ``allow_second_chair`` once the person confirmed.
    """
    values = _validate_post(session, commune_id, draft)
    if not allow_second_chair:
        _check_second_chair(session, commune_id, draft, None)
    post = Post(owner_unit_id=commune_id, **values)
    session.add(post)
    session.flush()
    return post.id


def post_draft(session: Session, post_id: str) -> PostDraft:
    """Return a stored post as a draft, to fill the edit form."""
    post = _live_post(session, post_id)
    return PostDraft(post.member_id, post.unit_id, post.title, post.employment, post.start_on,
                     post.end_on, post.decision or "", post.version)


def update_post(
    session: Session, post_id: str, draft: PostDraft, *, allow_second_chair: bool = False
) -> None:
    """Validate and store changes to a post.

    Raises:
        InvalidPostError, SecondChairError: as :func:`add_post`.
        NotFoundError: the post was deleted meanwhile.
        UserError: someone else changed the post after the draft was read.
    """
    post = _live_post(session, post_id)
    commune_id = post.owner_unit_id
    values = _validate_post(session, commune_id, draft)
    if draft.version is not None and draft.version != post.version:
        raise ConcurrentChangeError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chức danh này vừa được sửa ở nơi khác. Hãy đóng rồi mở lại.",
            ),
        )
    if not allow_second_chair:
        _check_second_chair(session, commune_id, draft, post.id)
    for name, value in values.items():
        setattr(post, name, value)
    session.flush()


def end_post(session: Session, post_id: str, on: dt.date) -> None:
    """Record the day a person stopped holding a post (thôi giữ chức).

    Raises:
        UserError: the post has already ended.
        InvalidPostError: the day is before the post began.
    """
    post = _live_post(session, post_id)
    if post.end_on is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chức danh này đã kết thúc ngày {end_on}.",
            ),
            end_on=format_date(post.end_on),
        )
    if post.start_on is not None and on < post.start_on:
        raise InvalidPostError({"end_on": Message(
            QT_TRANSLATE_NOOP("DbErrors",
                              "Ngày thôi giữ chức không được trước ngày bắt đầu ({start_on})."),
            {"start_on": format_date(post.start_on)})})
    post.end_on = on
    session.flush()


def delete_post(session: Session, post_id: str) -> None:
    """Remove a post entered by mistake (a tombstone; ending a post is :func:`end_post`)."""
    post = _live_post(session, post_id)
    post.deleted_at = utc_now()
    session.flush()


# --------------------------------------------------------------------------- qualifications


def qualifications_of(session: Session, member_id: str) -> list[QualificationRow]:
    """Return a person's qualifications by kind, the highest level first."""
    query = select(Qualification).where(
        Qualification.member_id == member_id, live(Qualification)
    )
    rows = [
        QualificationRow(q.id, q.kind, q.level, q.rank, q.obtained_on, q.issuer,
                         q.certificate_number)
        for q in session.scalars(query)
    ]
    rows.sort(key=lambda r: (_KIND_ORDER.get(r.kind, 99), -r.rank, r.level))
    return rows


def add_qualification(
    session: Session,
    member_id: str,
    kind: str,
    level_label: str,
    obtained_on: dt.date | None = None,
    issuer: str = "",
    certificate_number: str = "",
    *,
    rank: int | None = None,
    today: dt.date | None = None,
) -> str:
    """Store a qualification; return its key.

    The rank comes from :data:`LEVELS` for a usual level; an unusual one ("Cử nhân
    chính trị") needs ``rank`` given explicitly, so that standards can still compare it.

    Raises:
        InvalidQualificationError: a message per field that is not acceptable.
        NotFoundError: the member no longer exists.
    """
    member = _live_member(session, member_id)
    errors: dict[str, str] = {}
    if kind not in QUALIFICATION_KIND_LABELS:
        errors["kind"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Hãy chọn loại trình độ."))
    level = clean_text(level_label)
    if not level:
        errors["level"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Trình độ không được để trống."))
    elif len(level) > MAX_LEVEL:
        errors["level"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Trình độ không được dài quá {limit} ký tự."),
            {"limit": MAX_LEVEL})
    elif "kind" not in errors:
        usual = level_rank(kind, level)
        if usual is not None:
            rank = usual if rank is None else rank
            level = level_label_of(kind, usual)
        elif rank is None:
            errors["level"] = Message(QT_TRANSLATE_NOOP(
                "DbErrors",
                "Trình độ này không có trong danh sách; hãy chọn một mức trong danh sách "
                "hoặc cho biết mức tương đương.",
            ))
    if rank is not None and rank < 0:
        errors["rank"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Mức tương đương không được âm."))
    if obtained_on is not None and obtained_on > (today or dt.date.today()):
        errors["obtained_on"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Ngày cấp không được sau ngày hôm nay."))
    issuer_text, number_text = clean_text(issuer), clean_text(certificate_number)
    if len(issuer_text) > MAX_ISSUER:
        errors["issuer"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Nơi cấp không được dài quá {limit} ký tự."),
            {"limit": MAX_ISSUER})
    if len(number_text) > MAX_CERTIFICATE:
        errors["certificate_number"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Số văn bằng không được dài quá {limit} ký tự."),
            {"limit": MAX_CERTIFICATE})
    if errors:
        raise InvalidQualificationError(errors)
    assert rank is not None
    qualification = Qualification(
        owner_unit_id=member.owner_unit_id, member_id=member_id, kind=kind, level=level,
        rank=rank, obtained_on=obtained_on, issuer=issuer_text or None,
        certificate_number=number_text or None,
    )
    session.add(qualification)
    session.flush()
    return qualification.id


def level_label_of(kind: str, rank: int) -> str:
    """Return the usual spelling of the level at a rank (what was typed is tidied to it)."""
    return level_label(kind, rank)


def delete_qualification(session: Session, qualification_id: str) -> None:
    """Remove a qualification entered by mistake (a tombstone)."""
    qualification = session.get(Qualification, qualification_id)
    if qualification is None or qualification.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy trình độ này (có thể đã bị xóa).",
            ),
        )
    qualification.deleted_at = utc_now()
    session.flush()


# --------------------------------------------------------------------------- needs


def _need_met() -> ColumnElement[bool]:
    """Tell, for a need row, whether a completed participation covers it.

    Linked explicitly (``met_by_participation_id``), or implied: she completed a course
    teaching that topic that ended on or after the day she asked.
    """
    implied = exists(
        select(Participation.id)
        .join(Course, Course.id == Participation.course_id)
        .join(CourseTopic, CourseTopic.course_id == Course.id)
        .where(
            Participation.member_id == TrainingNeed.member_id,
            Participation.completed.is_(True),
            live(Participation),
            live(Course),
            live(CourseTopic),
            CourseTopic.topic_id == TrainingNeed.topic_id,
            Course.end_on >= TrainingNeed.registered_on,
        )
    )
    return or_(TrainingNeed.met_by_participation_id.is_not(None), implied)


def needs_of(session: Session, member_id: str) -> list[NeedRow]:
    """Return the topics a person asked for, newest first, with whether each is met."""
    query = (
        select(TrainingNeed.id, TrainingNeed.topic_id, Topic.name, TrainingNeed.registered_on,
               TrainingNeed.note, _need_met())
        .join(Topic, Topic.id == TrainingNeed.topic_id)
        .where(TrainingNeed.member_id == member_id, live(TrainingNeed))
        .order_by(TrainingNeed.registered_on.desc(), Topic.position)
    )
    return [NeedRow(i, t, name, day, note, bool(met))
            for i, t, name, day, note, met in session.execute(query)]


def list_topics(session: Session) -> list[TopicChoice]:
    """Return the topic catalog in its published order."""
    query = select(Topic.id, Topic.code, Topic.name).where(
        live(Topic)).order_by(Topic.position, Topic.code)
    return [TopicChoice(i, code, name) for i, code, name in session.execute(query)]


def register_need(
    session: Session, member_id: str, topic_id: str, registered_on: dt.date, note: str = ""
) -> str:
    """Record that a person asked to be trained in a topic; return the need's key.

    Raises:
        UserError: she already has an open request for that topic.
        NotFoundError: the member or the topic no longer exists.
    """
    member = _live_member(session, member_id)
    topic = session.get(Topic, topic_id)
    if topic is None or topic.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy chuyên đề này trong danh mục.",
            ),
        )
    already = session.scalars(
        select(TrainingNeed.id).where(
            TrainingNeed.member_id == member_id, TrainingNeed.topic_id == topic_id,
            live(TrainingNeed), ~_need_met(),
        )
    ).first()
    if already is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đã ghi nhu cầu bồi dưỡng chuyên đề “{name}” cho người này và chưa được đáp ứng.",
            ),
            name=topic.name,
        )
    need = TrainingNeed(owner_unit_id=member.owner_unit_id, member_id=member_id,
                        topic_id=topic_id, registered_on=registered_on,
                        note=clean_paragraphs(note) or None)
    session.add(need)
    session.flush()
    return need.id


def remove_need(session: Session, need_id: str) -> None:
    """Remove a training need (a tombstone)."""
    need = session.get(TrainingNeed, need_id)
    if need is None or need.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy nhu cầu bồi dưỡng này (có thể đã bị xóa).",
            ),
        )
    need.deleted_at = utc_now()
    session.flush()


def open_needs_by_topic(session: Session, commune_id: str) -> list[tuple[str, str, int]]:
    """Count the commune's open training needs per topic, the most asked first.

    Returns:
        (topic_id, topic_name, count) for topics with at least one need not yet met.
    """
    count = func.count(TrainingNeed.id)
    query = (
        select(Topic.id, Topic.name, count)
        .join(TrainingNeed, TrainingNeed.topic_id == Topic.id)
        .join(Member, Member.id == TrainingNeed.member_id)
        .where(live(TrainingNeed), live(Member),
               Member.commune_id == commune_id, ~_need_met())
        .group_by(Topic.id, Topic.name, Topic.position)
        .order_by(count.desc(), Topic.position)
    )
    return [(topic_id, name, int(n)) for topic_id, name, n in session.execute(query)]


@dataclass(frozen=True)
class CommuneOfficerRow:
    """An officer with her commune, for the upper level's list across communes."""

    commune_id: str
    commune_name: str
    officer: OfficerRow


def list_officers_of_communes(
    session: Session, commune_id: str | None, on: dt.date, *, text: str = ""
) -> list[CommuneOfficerRow]:
    """Return the officers of one commune or of every commune, each with her commune.

    The rows are exactly :func:`list_officers`'s (same posts, standard and training
    checks); the commune is the one whose register holds the person, found in one
    query for the whole list.
    """
    officers = list_officers(session, commune_id, on, text=text)
    if not officers:
        return []
    chosen = select(Post.member_id).where(
        _open_on(on), Post.unit_id.in_(_commune_units(commune_id))
    )
    communes = {
        member_id: (owner, name)
        for member_id, owner, name in session.execute(
            select(Member.id, Unit.id, Unit.name)
            .join(Unit, Unit.id == Member.commune_id)
            .where(Member.id.in_(chosen))
        )
    }
    rows: list[CommuneOfficerRow] = []
    for officer in officers:
        owner, name = communes.get(officer.member_id, ("", ""))
        rows.append(CommuneOfficerRow(owner, name, officer))
    return rows
