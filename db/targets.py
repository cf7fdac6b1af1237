"""The Đề án 1893 targets: who was trained, who holds a certificate, who meets the standard.

Đề án 1893 sets yearly goals per officer category (every full-time officer and every
commune chair trained in at least one topic; every vice-chair and branch head trained by
topic) and goals for 2030 (Union-work certificates). The report compares what the
register says with those goals, for one commune or for every commune of the database.

The definitions here are the same as the officers' and trainings' pages use, but they
are computed directly from the models so that this report never depends on the shape
of another area's dataclasses:

- an officer category is a set of people holding an *open* post on the day the report
  looks at (31 December of a past year, today for the current one);
- "trained" means a completed participation in a course (not cancelled) ending in the
  year; "lượt" counts participations, "người" distinct people (docs/ARCHITECTURE.md §3);
- "trained by topic" means such a course lists at least one topic.

Every number is an SQL aggregate: a province database holds hundreds of thousands of
participations, and a loop over them in Python would make the page wait.

Targets are data (table ``targets``), published by the upper level. A commune may keep
its own copy of a target for a year: its row, owned by the commune, wins over the upper
level's, and travels nowhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    Subquery,
    and_,
    case,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from db import catalog
from db.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    FieldsError,
    Message,
    NotFoundError,
)
from db.models import (
    Certificate,
    Course,
    CourseStatus,
    CourseTopic,
    Employment,
    Member,
    Participation,
    Post,
    Qualification,
    QualificationKind,
    Standard,
    Target,
    Title,
    Topic,
    Unit,
    UnitLevel,
    utc_now,
)
from db.models import FundingLine as FundingRecord
from db.rules import certificate_valid, commune_and_predecessors, is_live, live, post_open_on
from db.site import find_site
from db.text import clean_text
from db.vocabulary import FUNDING_SOURCE, OFFICER_CATEGORY

__all__ = [
    "CATEGORY_LABELS",
    "CATEGORY_ORDER",
    "FUNDING_SOURCE_LABELS",
    "GOAL_YEAR",
    "METRIC_LABELS",
    "CategoryProgress",
    "CertificateProgress",
    "CommuneTargets",
    "FundingLine",
    "InvalidTargetError",
    "StandardProgress",
    "TargetRow",
    "TargetsReport",
    "UntrainedRow",
    "clear_target",
    "completed_participations",
    "officer_posts",
    "report_day",
    "save_target",
    "targets_by_commune",
    "targets_for_year",
    "targets_report",
    "training_measure",
    "untrained_officers",
]

CATEGORY_ORDER: tuple[str, ...] = OFFICER_CATEGORY.codes
"""The officer categories, in the order the Đề án and every report list them."""

CATEGORY_LABELS: dict[str, str] = OFFICER_CATEGORY.labels

METRIC_TRAINED_ANY = "trained_any"
METRIC_TRAINED_TOPIC = "trained_topic"
METRIC_CERTIFICATE = "union_work_certificate"

METRIC_LABELS: dict[str, str] = {
    METRIC_TRAINED_ANY: "Được bồi dưỡng ít nhất 01 nội dung trong năm",
    METRIC_TRAINED_TOPIC: "Được tập huấn nghiệp vụ theo chuyên đề",
    METRIC_CERTIFICATE: "Có chứng chỉ bồi dưỡng nghiệp vụ công tác Hội",
}

GOAL_YEAR = 2030
"""The year the Đề án's certificate goals are stored under."""

FUNDING_SOURCE_LABELS: dict[str, str] = FUNDING_SOURCE.labels

UNION_WORK_TOPIC = "NVCTH"
"""Code of the topic "Nghiệp vụ công tác Hội": a certificate for it counts as a holder's."""

MIN_YEAR, MAX_YEAR = 2000, 2100


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class CategoryProgress:
    """How one officer category stands against its yearly target.

    Attributes:
        metric: the measure the target uses, ``"trained_any"`` or ``"trained_topic"``;
            ``trained_people`` and ``participations`` are counted by that measure.
        share: trained people ÷ people, in percent; None when nobody holds the title.
        target: the goal in percent, None when the category has no goal this year.
        met: share ≥ target; None when there is no goal or nobody to count.
    """

    category: str
    label: str
    people: int
    trained_people: int
    participations: int
    share: float | None
    target: int | None
    metric: str
    met: bool | None


@dataclass(frozen=True)
class CertificateProgress:
    """Union-work certificate holders of a category, against the 2030 goal."""

    category: str
    label: str
    people: int
    holders: int
    share: float | None
    target_2030: int | None


@dataclass(frozen=True)
class StandardProgress:
    """People of a category who meet the standard of every title they hold.

    ``people`` counts only those whose titles have rules: a title without rules says
    nothing about meeting a standard.
    """

    category: str
    label: str
    people: int
    meeting: int
    share: float | None


@dataclass(frozen=True)
class FundingLine:
    """Money spent on the year's courses from one source, in whole đồng."""

    source: str
    label: str
    amount: int


@dataclass(frozen=True)
class TargetsReport:
    """Everything the Đề án 1893 report shows for one year.

    Attributes:
        commune_name: the union reported on ("Hội LHPN xã Hưng Hà"), or the upper
            level's name when the report covers every commune of the database.
        as_of: the day posts are taken as open (31/12 of a past year, else today).
        total_participations, total_people: completed participations (lượt) in courses
            ending in the year, and the distinct people among them, counting the
            commune's members only.
    """

    year: int
    commune_name: str
    as_of: dt.date
    categories: tuple[CategoryProgress, ...]
    certificates: tuple[CertificateProgress, ...]
    standards: tuple[StandardProgress, ...]
    funding: tuple[FundingLine, ...]
    total_participations: int
    total_people: int

    @property
    def funding_total(self) -> int:
        """Return the sum of all funding sources."""
        return sum(line.amount for line in self.funding)


@dataclass(frozen=True)
class UntrainedRow:
    """An officer not yet trained (by the measure of her category) in the year.

    Attributes:
        birth_date: ISO date as precise as known ("1985", "1985-03", "1985-03-12").
        categories: labels of the categories she is counted in, in report order.
        branch: her branch's name ("" when she has none).
    """

    member_id: str
    full_name: str
    birth_date: str | None
    categories: tuple[str, ...]
    branch: str


@dataclass(frozen=True)
class TargetRow:
    """A target in force, and whether this office keeps its own copy of it."""

    year: int
    category: str
    metric: str
    value: int
    description: str
    owner_unit_id: str
    own: bool

    @property
    def label(self) -> str:
        """Return the category's name in Vietnamese."""
        return CATEGORY_LABELS.get(self.category, self.category)


@dataclass(frozen=True)
class TargetEdit:
    """A target as the person set it, and the value in force she changed it from."""

    year: int
    category: str
    metric: str
    value: int
    description: str
    seen: int | None


TargetKey = tuple[int, str, str]
"""(year, category, metric): one goal."""


class TargetsConflictError(ConcurrentChangeError):
    """Someone else changed some of the same targets after the form was opened.

    Attributes:
        stored: each goal that moved on -> the value in force now (None: none).
    """

    def __init__(self, stored: dict[TargetKey, int | None]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{count} chỉ tiêu vừa được sửa ở nơi khác sau khi bạn mở; những gì bạn nhập "
                "chưa được lưu.",
            ),
            count=len(stored),
        )
        self.stored = stored


class InvalidTargetError(FieldsError):
    """Validation messages per field, all at once."""


# --------------------------------------------------------------------------- building blocks


def report_day(year: int, today: dt.date) -> dt.date:
    """Return the day whose open posts make up the categories of ``year``.

    A past year is judged by the officers in post at its end, the current year by those
    in post today: someone appointed in March of next year was not an officer to train
    this year.
    """
    return min(today, dt.date(year, 12, 31))


def _scope(commune_id: str | None) -> tuple[Subquery, ColumnElement[bool]]:
    """Return the units in scope and a condition on ``Unit`` restricting to them."""
    parent = aliased(Unit)
    if commune_id is not None:
        communes = commune_and_predecessors(commune_id)
        units = select(Unit.id).where(
            or_(Unit.id.in_(communes), Unit.parent_id.in_(communes))
        ).subquery()
    else:
        units = (
            select(Unit.id)
            .outerjoin(parent, parent.id == Unit.parent_id)
            .where(or_(Unit.level == UnitLevel.COMMUNE, parent.level == UnitLevel.COMMUNE))
            .subquery()
        )
    return units, Unit.id.in_(select(units.c.id))


def _open_posts(commune_id: str | None, as_of: dt.date) -> list[ColumnElement[bool]]:
    _units, in_scope = _scope(commune_id)
    return [
        live(Post),
        post_open_on(as_of),
        in_scope,
    ]


def officer_posts(
    commune_id: str | None, as_of: dt.date, *, with_commune: bool = False
) -> Subquery:
    """Return (category, member_id) for every open post, one row per post and category.

    With ``with_commune`` a third column, ``commune_id``, names the commune whose union
    or branch the post is in, so that one grouped query can count every commune.
    """
    base = _open_posts(commune_id, as_of)
    commune_of_post = case((Unit.level == UnitLevel.COMMUNE, Unit.id), else_=Unit.parent_id)
    commune_unit = Unit.level == UnitLevel.COMMUNE
    rules: dict[str, ColumnElement[bool]] = {
        "full_time": Post.employment == Employment.FULL_TIME,
        "chair": and_(Post.title == Title.CHAIR, commune_unit),
        "vice_chair": and_(Post.title == Title.VICE_CHAIR, commune_unit),
        "branch_head": Post.title == Title.BRANCH_HEAD,
        "branch_deputy": Post.title == Title.BRANCH_DEPUTY,
    }
    selects = [
        select(
            literal(category).label("category"), Post.member_id.label("member_id"),
            *([commune_of_post.label("commune_id")] if with_commune else []),
        )
        .join(Unit, Unit.id == Post.unit_id)
        .where(*base, rule)
        for category, rule in rules.items()
    ]
    return union_all(*selects).subquery("officers")


def completed_participations(year: int) -> Subquery:
    """Return the completed participations of the year: member, participation, by topic."""
    has_topic = exists().where(
        CourseTopic.course_id == Course.id, live(CourseTopic)
    )
    return (
        select(
            Participation.member_id.label("member_id"),
            Participation.id.label("participation_id"),
            case((has_topic, 1), else_=0).label("by_topic"),
        )
        .join(Course, Course.id == Participation.course_id)
        .where(
            live(Participation),
            Participation.completed.is_(True),
            Participation.member_id.is_not(None),
            live(Course),
            Course.status != CourseStatus.CANCELLED,
            Course.end_on >= dt.date(year, 1, 1),
            Course.end_on <= dt.date(year, 12, 31),
        )
        .subquery("trained")
    )


def _certificate_holders() -> CompoundSelect[tuple[str]]:
    """Return the member ids holding a Union-work qualification or an NVCTH certificate."""
    by_qualification = select(Qualification.member_id).where(
        live(Qualification),
        Qualification.kind == QualificationKind.UNION_WORK,
        Qualification.rank >= 1,
    )
    nvcth_course = (
        select(CourseTopic.course_id)
        .join(Topic, Topic.id == CourseTopic.topic_id)
        .where(
            live(CourseTopic),
            live(Topic),
            Topic.code == UNION_WORK_TOPIC,
        )
    )
    by_certificate = (
        select(Participation.member_id)
        .join(Certificate, Certificate.participation_id == Participation.id)
        .join(Course, Course.id == Participation.course_id)
        .where(
            live(Certificate),
            certificate_valid(),
            live(Participation),
            Participation.member_id.is_not(None),
            live(Course),
            Course.id.in_(nvcth_course),
        )
    )
    return union_all(by_qualification, by_certificate)


def _share(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def _counts_by_category(session: Session, query: Select[Any]) -> dict[str, tuple[int, int]]:
    return {str(row[0]): (int(row[1]), int(row[2])) for row in session.execute(query)}


# --------------------------------------------------------------------------- targets


def _commune_parent(session: Session, commune_id: str) -> str | None:
    unit = session.get(Unit, commune_id)
    if unit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy đơn vị này."))
    return unit.parent_id


def targets_for_year(
    session: Session, year: int, commune_id: str | None = None
) -> list[TargetRow]:
    """Return the targets in force for a year, one per (category, metric).

    The newest row of that year or an earlier one applies (goals carry over).

    For a commune, its own row wins over its upper level's; for the whole database
    (``commune_id`` None) the upper level's rows count, never a commune's private copy.
    When no commune is given, the site's own unit is taken if the site is a commune.
    """
    if commune_id is None:
        site = find_site(session)
        if site is not None and not site.is_upper:
            commune_id = site.unit_id
    query = (
        select(Target, Unit.level)
        .outerjoin(Unit, Unit.id == Target.owner_unit_id)
        # A yearly goal stays in force until a later year sets a new one, so a year
        # nobody edited still shows the Đề án's figures.
        .where(live(Target), Target.year <= year, Target.year >= year - 20)
    )
    chosen: dict[tuple[str, str], tuple[int, Target]] = {}
    parent = _commune_parent(session, commune_id) if commune_id else None
    for target, level in session.execute(query):
        if commune_id is not None:
            if target.owner_unit_id == commune_id:
                rank = 0
            elif target.owner_unit_id == parent:
                rank = 1
            else:
                continue
        else:
            if level == UnitLevel.COMMUNE:
                continue
            rank = 1
        key = (target.category, target.metric)
        if key not in chosen or (-target.year, rank, target.owner_unit_id) < (
            -chosen[key][1].year, chosen[key][0], chosen[key][1].owner_unit_id
        ):
            chosen[key] = (rank, target)
    order = {c: n for n, c in enumerate(CATEGORY_ORDER)}
    rows = [
        TargetRow(
            year=t.year, category=t.category, metric=t.metric, value=t.value,
            description=t.description, owner_unit_id=t.owner_unit_id, own=rank == 0,
        )
        for rank, t in chosen.values()
    ]
    rows.sort(key=lambda r: (order.get(r.category, 99), r.category, r.metric))
    return rows


def _validate_target(
    year: int, category: str, metric: str, value: int | None, description: str | None
) -> tuple[int, str]:
    errors: dict[str, str] = {}
    if not MIN_YEAR <= year <= MAX_YEAR:
        errors["year"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Năm phải từ {first} đến {last}."),
            {"first": MIN_YEAR, "last": MAX_YEAR})
    if category not in CATEGORY_LABELS:
        errors["category"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Đối tượng không có trong danh mục của Đề án 1893."))
    if metric not in METRIC_LABELS:
        errors["metric"] = Message(QT_TRANSLATE_NOOP("DbErrors", "Loại chỉ tiêu không hợp lệ."))
    if value is None or isinstance(value, bool) or not isinstance(value, int):
        errors["value"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Chỉ tiêu phải là một số phần trăm từ 0 đến 100."))
    elif not 0 <= value <= 100:
        errors["value"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Chỉ tiêu phải từ 0 đến 100 % (đang là {value})."),
            {"value": value})
    cleaned = clean_text(description)
    if len(cleaned) > 300:
        errors["description"] = Message(
            QT_TRANSLATE_NOOP("DbErrors", "Mô tả dài quá 300 ký tự; hãy viết ngắn lại."))
    if errors:
        raise InvalidTargetError(errors)
    assert value is not None
    return value, cleaned


def save_target(
    session: Session,
    year: int,
    category: str,
    metric: str,
    value: int,
    description: str = "",
    *,
    owner_unit_id: str | None = None,
) -> str:
    """Store a target as this office's own; return its key.

    The upper level publishes targets; a commune that sets a different goal for itself
    gets its own copy for that year, which wins over the published one in its reports
    and leaves the upper level's row untouched (nobody edits what another owns,
    docs/ARCHITECTURE.md §6). An empty description keeps the one of the target it replaces.

    Args:
        session: the writing session.
        year: the year the goal is for (2030 for the Đề án's final goals).
        category: an officer category of :data:`CATEGORY_ORDER`.
        metric: ``"trained_any"``, ``"trained_topic"`` or ``"union_work_certificate"``.
        value: the goal in percent, 0 to 100.
        description: what the goal says, in Vietnamese; empty keeps the current text.
        owner_unit_id: the office saving; by default this site's unit.

    Raises:
        InvalidTargetError: one message per field that is not acceptable.
        NotFoundError: the site is not set up and no owner was given.
    """
    checked, cleaned = _validate_target(year, category, metric, value, description)
    if owner_unit_id is None:
        site = find_site(session)
        if site is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Cơ sở dữ liệu chưa được thiết lập."))
        owner_unit_id = site.unit_id
    own = session.scalars(
        select(Target).where(
            Target.owner_unit_id == owner_unit_id,
            Target.year == year,
            Target.category == category,
            Target.metric == metric,
        )
    ).first()
    if not cleaned:
        inherited = next(
            (t for t in targets_for_year(session, year, _commune_of(session, owner_unit_id))
             if t.category == category and t.metric == metric),
            None,
        )
        cleaned = own.description if own is not None and is_live(own) else (
            inherited.description if inherited else METRIC_LABELS[metric]
        )
    if own is None:
        own = Target(
            owner_unit_id=owner_unit_id, year=year, category=category, metric=metric,
            value=checked, description=cleaned,
        )
        session.add(own)
    else:
        # A tombstoned copy comes back to life: the unique key allows one row per owner.
        own.deleted_at = None
        own.value = checked
        own.description = cleaned
    session.flush()
    return own.id


def save_targets(
    session: Session, edits: Sequence[TargetEdit], *, owner_unit_id: str | None = None
) -> None:
    """Store several targets as this office's own, all or none.

    Several staff of a province office may edit the year's targets at once: when a
    goal in force is neither the value the person changed from nor the one she sets,
    someone else changed it meanwhile, and nothing is written.

    Raises:
        TargetsConflictError: goals that moved on, with the values in force now.
        InvalidTargetError, NotFoundError: as :func:`save_target`.
    """
    if owner_unit_id is None:
        site = find_site(session)
        if site is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Cơ sở dữ liệu chưa được thiết lập."))
        owner_unit_id = site.unit_id
    commune = _commune_of(session, owner_unit_id)
    moved: dict[TargetKey, int | None] = {}
    for edit in edits:
        now = next((t.value for t in targets_for_year(session, edit.year, commune)
                    if (t.category, t.metric) == (edit.category, edit.metric)), None)
        if now not in (edit.seen, edit.value):
            moved[(edit.year, edit.category, edit.metric)] = now
    if moved:
        raise TargetsConflictError(moved)
    for edit in edits:
        save_target(session, edit.year, edit.category, edit.metric, edit.value,
                    edit.description, owner_unit_id=owner_unit_id)


def clear_target(
    session: Session, year: int, category: str, metric: str, *, owner_unit_id: str | None = None
) -> bool:
    """Drop this office's own copy of a target, so the upper level's applies again.

    Returns:
        True if there was a copy to drop.
    """
    if owner_unit_id is None:
        site = find_site(session)
        if site is None:
            return False
        owner_unit_id = site.unit_id
    own = session.scalars(
        select(Target).where(
            Target.owner_unit_id == owner_unit_id,
            Target.year == year,
            Target.category == category,
            Target.metric == metric,
            live(Target),
        )
    ).first()
    if own is None:
        return False
    own.deleted_at = utc_now()
    session.flush()
    return True


def _commune_of(session: Session, unit_id: str) -> str | None:
    unit = session.get(Unit, unit_id)
    return unit_id if unit is not None and unit.level == UnitLevel.COMMUNE else None


def training_measure(category: str, targets: Iterable[TargetRow]) -> tuple[str, int | None]:
    """Return the training measure and goal of a category (by topic wins: it is stricter)."""
    found = {t.metric: t.value for t in targets if t.category == category}
    if METRIC_TRAINED_TOPIC in found:
        return METRIC_TRAINED_TOPIC, found[METRIC_TRAINED_TOPIC]
    if METRIC_TRAINED_ANY in found:
        return METRIC_TRAINED_ANY, found[METRIC_TRAINED_ANY]
    return METRIC_TRAINED_ANY, None


# --------------------------------------------------------------------------- the report


def _progress(
    category: str, training: tuple[int, ...], metric: str, goal: int | None
) -> CategoryProgress:
    """Return one category's line of the report from its counts and its yearly goal.

    ``training`` holds: people; trained people and participations by any topic; trained
    people and participations by the targeted topics.
    """
    people, any_people, any_count, topic_people, topic_count = training
    done, count = (
        (topic_people, topic_count) if metric == METRIC_TRAINED_TOPIC else (any_people, any_count)
    )
    share = _share(done, people)
    return CategoryProgress(
        category=category, label=CATEGORY_LABELS[category], people=people,
        trained_people=done, participations=count, share=share, target=goal, metric=metric,
        met=None if goal is None or share is None else share + 1e-9 >= goal,
    )


def targets_report(
    session: Session, commune_id: str | None, year: int, today: dt.date
) -> TargetsReport:
    """Compute the Đề án 1893 report of a commune (or of every commune) for a year."""
    as_of = report_day(year, today)
    officers = officer_posts(commune_id, as_of)
    trained = completed_participations(year)
    yearly = targets_for_year(session, year, commune_id)
    goals = targets_for_year(session, GOAL_YEAR, commune_id)

    topic_member = case((trained.c.by_topic == 1, trained.c.member_id))
    topic_participation = case((trained.c.by_topic == 1, trained.c.participation_id))
    training_rows = session.execute(
        select(
            officers.c.category,
            func.count(distinct(officers.c.member_id)),
            func.count(distinct(trained.c.member_id)),
            func.count(distinct(trained.c.participation_id)),
            func.count(distinct(topic_member)),
            func.count(distinct(topic_participation)),
        )
        .select_from(officers)
        .outerjoin(trained, trained.c.member_id == officers.c.member_id)
        .group_by(officers.c.category)
    ).all()
    training = {row[0]: tuple(int(v) for v in row[1:]) for row in training_rows}

    categories = [
        _progress(category, training.get(category, (0, 0, 0, 0, 0)),
                  *training_measure(category, yearly))
        for category in CATEGORY_ORDER
    ]

    holders = _certificate_holders()
    holder_counts = _counts_by_category(session, (
        select(
            officers.c.category,
            func.count(distinct(officers.c.member_id)),
            func.count(distinct(case(
                (officers.c.member_id.in_(holders), officers.c.member_id)
            ))),
        )
        .group_by(officers.c.category)
    ))
    certificate_goals = {t.category: t.value for t in goals if t.metric == METRIC_CERTIFICATE}
    certificates = tuple(
        CertificateProgress(
            category=category, label=CATEGORY_LABELS[category],
            people=holder_counts.get(category, (0, 0))[0],
            holders=holder_counts.get(category, (0, 0))[1],
            share=_share(holder_counts.get(category, (0, 0))[1],
                         holder_counts.get(category, (0, 0))[0]),
            target_2030=certificate_goals.get(category),
        )
        for category in CATEGORY_ORDER
    )

    standards = _standards(session, commune_id, as_of, officers)
    funding = _funding(session, commune_id, year)
    total_participations, total_people = _totals(session, commune_id, trained)
    return TargetsReport(
        year=year,
        commune_name=_report_name(session, commune_id),
        as_of=as_of,
        categories=tuple(categories),
        certificates=certificates,
        standards=standards,
        funding=funding,
        total_participations=total_participations,
        total_people=total_people,
    )


def _standards(
    session: Session, commune_id: str | None, as_of: dt.date, officers: Subquery
) -> tuple[StandardProgress, ...]:
    """Count, per category, the people meeting every rule of every title they hold."""
    titles = (
        select(Post.member_id.label("member_id"), Post.title.label("title"))
        .join(Unit, Unit.id == Post.unit_id)
        .where(*_open_posts(commune_id, as_of))
        .distinct()
        .subquery("titles")
    )
    rules = select(Standard.title, Standard.kind, Standard.min_rank).where(
        live(Standard)
    ).subquery("rules")
    required = (
        select(titles.c.member_id, rules.c.kind, rules.c.min_rank)
        .join(rules, rules.c.title == titles.c.title)
        .subquery("required")
    )
    best = (
        select(
            Qualification.member_id.label("member_id"),
            Qualification.kind.label("kind"),
            func.max(Qualification.rank).label("rank"),
        )
        .where(live(Qualification))
        .group_by(Qualification.member_id, Qualification.kind)
        .subquery("best")
    )
    ruled = select(required.c.member_id)
    failing = (
        select(required.c.member_id)
        .outerjoin(best, and_(best.c.member_id == required.c.member_id,
                              best.c.kind == required.c.kind))
        .where(or_(best.c.rank.is_(None), best.c.rank < required.c.min_rank))
    )
    counted = _counts_by_category(session, (
        select(
            officers.c.category,
            func.count(distinct(case((officers.c.member_id.in_(ruled), officers.c.member_id)))),
            func.count(distinct(case((
                and_(officers.c.member_id.in_(ruled), officers.c.member_id.not_in(failing)),
                officers.c.member_id,
            )))),
        )
        .group_by(officers.c.category)
    ))
    return tuple(
        StandardProgress(
            category=category, label=CATEGORY_LABELS[category],
            people=counted.get(category, (0, 0))[0],
            meeting=counted.get(category, (0, 0))[1],
            share=_share(counted.get(category, (0, 0))[1], counted.get(category, (0, 0))[0]),
        )
        for category in CATEGORY_ORDER
    )


def _funding(session: Session, commune_id: str | None, year: int) -> tuple[FundingLine, ...]:
    """Sum the funding of the courses the commune organised, ending in the year, by source."""
    organiser = (
        Course.organiser_unit_id.in_(commune_and_predecessors(commune_id))
        if commune_id is not None
        else Course.organiser_unit_id.in_(
            select(Unit.id).where(Unit.level == UnitLevel.COMMUNE)
        )
    )
    rows = session.execute(
        select(FundingRecord.source, func.coalesce(func.sum(FundingRecord.amount), 0))
        .join(Course, Course.id == FundingRecord.course_id)
        .where(
            live(FundingRecord),
            live(Course),
            Course.status != CourseStatus.CANCELLED,
            Course.end_on >= dt.date(year, 1, 1),
            Course.end_on <= dt.date(year, 12, 31),
            organiser,
        )
        .group_by(FundingRecord.source)
    ).all()
    amounts = dict.fromkeys(FUNDING_SOURCE_LABELS, 0)
    for source, amount in rows:
        key = source if source in amounts else "other"
        amounts[key] += int(amount)
    return tuple(
        FundingLine(source=source, label=FUNDING_SOURCE_LABELS[source], amount=amount)
        for source, amount in amounts.items()
    )


def _totals(session: Session, commune_id: str | None, trained: Subquery) -> tuple[int, int]:
    """Count the year's completed participations (lượt) and people of the commune's members."""
    query = select(
        func.count(distinct(trained.c.participation_id)),
        func.count(distinct(trained.c.member_id)),
    ).join(Member, Member.id == trained.c.member_id).where(live(Member))
    if commune_id is not None:
        query = query.where(Member.commune_id == commune_id)
    participations, people = session.execute(query).one()
    return int(participations), int(people)


def _report_name(session: Session, commune_id: str | None) -> str:
    if commune_id is not None:
        unit = session.get(Unit, commune_id)
        if unit is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy xã (phường) này."))
        return catalog.union_name(unit.name)
    site = find_site(session)
    return site.union_name if site is not None else "Tất cả các xã"


# --------------------------------------------------------------------------- by commune


@dataclass(frozen=True)
class CommuneTargets:
    """One commune's line in the upper level's breakdown of the yearly targets.

    Attributes:
        categories: one :class:`CategoryProgress` per category, in report order, with
            exactly the numbers the commune's own report shows.
        total_participations, total_people: the year's completed participations (lượt)
            and people among the commune's members.
    """

    commune_id: str
    code: str
    name: str
    categories: tuple[CategoryProgress, ...]
    total_participations: int
    total_people: int

    def category(self, category: str) -> CategoryProgress:
        """Return the progress of one category (e.g. ``"branch_head"``)."""
        return next(item for item in self.categories if item.category == category)


def targets_by_commune(session: Session, year: int, today: dt.date) -> list[CommuneTargets]:
    """Return the yearly training progress of every commune, one line per commune.

    An upper level compares its communes side by side. The numbers are those of
    :func:`targets_report` for each commune, computed by two grouped queries over the
    whole database (GROUP BY commune, category) instead of one report per commune: at a
    province with 170 communes and a million members the page must stay quick.
    The yearly goals are the upper level's (a commune's private copy never travels).
    """
    as_of = report_day(year, today)
    officers = officer_posts(None, as_of, with_commune=True)
    trained = completed_participations(year)
    yearly = targets_for_year(session, year, None)
    topic_member = case((trained.c.by_topic == 1, trained.c.member_id))
    topic_participation = case((trained.c.by_topic == 1, trained.c.participation_id))
    counts: dict[tuple[str, str], tuple[int, ...]] = {}
    for commune_id, category, *values in session.execute(
        select(
            officers.c.commune_id,
            officers.c.category,
            func.count(distinct(officers.c.member_id)),
            func.count(distinct(trained.c.member_id)),
            func.count(distinct(trained.c.participation_id)),
            func.count(distinct(topic_member)),
            func.count(distinct(topic_participation)),
        )
        .select_from(officers)
        .outerjoin(trained, trained.c.member_id == officers.c.member_id)
        .group_by(officers.c.commune_id, officers.c.category)
    ):
        counts[(str(commune_id), str(category))] = tuple(int(v) for v in values)
    totals = {
        str(commune_id): (int(participations), int(people))
        for commune_id, participations, people in session.execute(
            select(
                Member.commune_id,
                func.count(distinct(trained.c.participation_id)),
                func.count(distinct(trained.c.member_id)),
            )
            .join(Member, Member.id == trained.c.member_id)
            .where(live(Member))
            .group_by(Member.commune_id)
        )
    }
    metrics = {category: training_measure(category, yearly) for category in CATEGORY_ORDER}
    rows: list[CommuneTargets] = []
    for commune_id, code, name in session.execute(
        select(Unit.id, Unit.code, Unit.name)
        .where(Unit.level == UnitLevel.COMMUNE, live(Unit))
        .order_by(Unit.sort_key, Unit.name, Unit.code)
    ):
        categories = [
            _progress(category, counts.get((commune_id, category), (0, 0, 0, 0, 0)),
                      *metrics[category])
            for category in CATEGORY_ORDER
        ]
        participations, people_total = totals.get(commune_id, (0, 0))
        rows.append(CommuneTargets(
            commune_id=commune_id, code=code, name=name, categories=tuple(categories),
            total_participations=participations, total_people=people_total,
        ))
    return rows


# --------------------------------------------------------------------------- untrained


def untrained_officers(
    session: Session, commune_id: str | None, year: int, today: dt.date
) -> list[UntrainedRow]:
    """List the officers not yet trained in the year, the Vietnamese way (by given name).

    An officer appears when, for any of her categories, she is not trained by that
    category's measure: a branch head who attended a course without topics still needs
    one by topic. These are the people a new course should be opened for.
    """
    as_of = report_day(year, today)
    officers = officer_posts(commune_id, as_of)
    trained = completed_participations(year)
    yearly = targets_for_year(session, year, commune_id)
    by_topic = select(trained.c.member_id).where(trained.c.by_topic == 1)
    any_course = select(trained.c.member_id)
    branch = aliased(Unit)
    rows = session.execute(
        select(
            officers.c.category,
            Member.id,
            Member.full_name,
            Member.birth_date,
            func.coalesce(branch.name, ""),
            Member.sort_key,
            officers.c.member_id.in_(any_course),
            officers.c.member_id.in_(by_topic),
        )
        .select_from(officers)
        .join(Member, Member.id == officers.c.member_id)
        .outerjoin(branch, branch.id == Member.branch_id)
        .where(live(Member))
        .distinct()
    ).all()
    order = {c: n for n, c in enumerate(CATEGORY_ORDER)}
    found: dict[str, tuple[str, UntrainedRow, set[str]]] = {}
    for category, member_id, name, birth, branch_name, key, any_done, topic_done in rows:
        metric, _goal = training_measure(category, yearly)
        done = topic_done if metric == METRIC_TRAINED_TOPIC else any_done
        if done:
            continue
        if member_id not in found:
            found[member_id] = (
                key or "",
                UntrainedRow(member_id, name, birth, (), branch_name),
                set(),
            )
        found[member_id][2].add(category)
    result = []
    for _key, row, cats in sorted(found.values(), key=lambda item: (item[0], item[1].member_id)):
        labels = tuple(CATEGORY_LABELS[c] for c in sorted(cats, key=order.__getitem__))
        result.append(UntrainedRow(row.member_id, row.full_name, row.birth_date, labels,
                                   row.branch))
    return result


def member_ids(rows: Sequence[UntrainedRow]) -> list[str]:
    """Return the keys of the listed people, in list order (to open a course for them)."""
    return [row.member_id for row in rows]
