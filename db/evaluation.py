"""The yearly evaluation and classification (xếp loại) of the commune union and its branches.

At year-end each commune union scores itself and its branches against the criteria
its upper level sets (guidance 13/HD-ĐCT-TC and the province's own rules), and the
class it reaches feeds the emulation awards. The criteria change with each term and
differ by province, so they are data: a criteria set names each criterion, its points
and how it is scored (entered by hand, or pre-filled from a figure the register
already knows), and the thresholds of the four classes. The upper level publishes its
set down in the packages like the report forms; until one arrives, the example set
shipped in ``resources/catalogs`` is used and marked as an example.

The figures come from the register's own functions, never recomputed here: the
gathering rate from :func:`db.overview.commune_overview`, meetings per quarter from
:func:`db.meetings.branch_meeting_stats`, new members from the overview's joining
count, and trained people from :func:`db.targets.targets_report`. Saved evaluations
travel up, so the upper level sees every commune's self-evaluation.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, NotFoundError, UserError
from db.meetings import branch_meeting_stats, quarter_of
from db.models import Evaluation, EvaluationClass, EvaluationSet, Unit, UnitLevel
from db.overview import commune_overview
from db.rules import live
from db.site import get_site
from db.targets import targets_report
from db.text import clean_text
from db.vocabulary import EVALUATION_CLASS
from resources import resource_path

__all__ = [
    "CLASS_LABELS",
    "FIGURE_LABELS",
    "MAX_POINTS",
    "PERCENT_FIGURES",
    "CommuneEvaluationRow",
    "CriteriaSet",
    "Criterion",
    "EvaluatedUnit",
    "EvaluationClass",
    "EvaluationView",
    "HistoryRow",
    "ScoredCriterion",
    "classify",
    "communes_evaluations",
    "criteria_set_for",
    "default_set",
    "evaluated_units",
    "evaluation_history",
    "evaluation_view",
    "parse_set",
    "publish_set",
    "save_evaluation",
    "unit_figures",
]


CLASS_LABELS: Final = EVALUATION_CLASS.labels
"""The classes in the guidance's words; the lowest is reached below every threshold."""

FIGURE_LABELS: Final = {
    "gathering_rate": "Tỷ lệ tập hợp hội viên (%)",
    "meeting_quarters": "Quý có sinh hoạt chi hội (%)",
    "new_members": "Hội viên kết nạp mới trong năm",
    "trained_people": "Cán bộ được tập huấn trong năm (người)",
}
"""The figures a criterion may be pre-filled from, with the words that show them."""

PERCENT_FIGURES: Final = frozenset({"gathering_rate", "meeting_quarters"})
"""The figures that are percentages (the others count people)."""

MAX_POINTS: Final = 1_000
"""Most points a set may give in all: guidance scales run to 100, provinces to a few hundred."""

MAX_CRITERIA: Final = 60
NAME_LIMIT: Final = 200
TEXT_LIMIT: Final = 500
_DEFAULT_FILE: Final = ("catalogs", "evaluation_criteria.json")


@dataclass(frozen=True)
class Criterion:
    """One criterion of a set.

    Attributes:
        figure: the register's figure that pre-fills it (a key of :data:`FIGURE_LABELS`),
            or None when it is entered by hand.
        full_at: the figure's value that earns every point; points fall in proportion
            below it (rounded down, so a criterion is never over-credited).
    """

    code: str
    text: str
    max_points: int
    figure: str | None = None
    full_at: float | None = None


@dataclass(frozen=True)
class CriteriaSet:
    """A criteria set as a fill needs it.

    Attributes:
        example: the shipped example, not the province's own criteria.
        thresholds: (class, least total) best first; below the last one the unit does
            not complete its tasks.
        set_id: the published row, None for the shipped example.
    """

    name: str
    year: int
    edition: int
    example: bool
    criteria: tuple[Criterion, ...]
    thresholds: tuple[tuple[EvaluationClass, int], ...]
    set_id: str | None = None

    @property
    def max_total(self) -> int:
        """Return the points of a perfect score."""
        return sum(c.max_points for c in self.criteria)


@dataclass(frozen=True)
class ScoredCriterion:
    """One criterion of a fill with its figure and points.

    Attributes:
        figure: the register's value, None for a hand-entered criterion or while the
            register cannot tell (e.g. no women's figure yet).
        from_register: the points are the ones the figure gives ("từ sổ").
    """

    code: str
    text: str
    max_points: int
    figure_key: str | None
    figure_label: str | None
    figure: float | None
    from_register: bool
    points: int

    @property
    def lost(self) -> int:
        """Return the points this criterion lost."""
        return self.max_points - self.points


@dataclass(frozen=True)
class EvaluationView:
    """An evaluation of one unit for one year, saved or being filled.

    Attributes:
        saved_on: the day it was last saved, None for a fill not saved yet.
        thresholds: the set's (class, least total), best first: with the total they say
            why the class was reached. The sentences that explain it are composed where
            they are shown (``desktop/evaluation_text.py``), in the reader's language.
    """

    unit_id: str
    unit_name: str
    year: int
    set_name: str
    set_edition: int
    set_example: bool
    criteria: tuple[ScoredCriterion, ...]
    total: int
    max_total: int
    classification: EvaluationClass
    thresholds: tuple[tuple[EvaluationClass, int], ...]
    saved_on: dt.date | None

    @property
    def class_label(self) -> str:
        """Return the class in the guidance's words."""
        return CLASS_LABELS[self.classification]

    @property
    def lost_criteria(self) -> tuple[ScoredCriterion, ...]:
        """Return the criteria that lost points, in the set's order."""
        return tuple(s for s in self.criteria if s.lost)

    @property
    def reached_threshold(self) -> int | None:
        """Return the least total of the class reached; None below every threshold."""
        return dict(self.thresholds).get(self.classification)

    @property
    def lowest_threshold(self) -> int:
        """Return the least total that completes the tasks (the last threshold)."""
        return self.thresholds[-1][1]


@dataclass(frozen=True)
class HistoryRow:
    """One saved year of a unit's evaluations."""

    year: int
    total: int
    max_total: int
    class_label: str
    set_name: str
    filled_on: dt.date


@dataclass(frozen=True)
class CommuneEvaluationRow:
    """A commune's self-evaluation as the upper level lists it."""

    commune_code: str
    commune_name: str
    total: int
    max_total: int
    class_label: str
    set_name: str
    set_edition: int
    set_example: bool
    branches_evaluated: int
    filled_on: dt.date


@dataclass(frozen=True)
class EvaluatedUnit:
    """A unit a commune evaluates: itself first, then its current branches."""

    unit_id: str
    code: str
    name: str
    is_commune: bool


# --- The criteria set -------------------------------------------------------------------


def _text(raw: object, limit: int, what: str) -> str:
    if not isinstance(raw, str):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Bộ tiêu chí thiếu {what}."), what=what)
    text = clean_text(raw)
    if not text or len(text) > limit or any(unicodedata.category(ch)[0] == "C" for ch in text):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bộ tiêu chí có {what} trống, dài quá {limit} ký tự hoặc có ký tự lạ.",
            ),
            what=what,
            limit=limit,
        )
    return text


def _whole(raw: object, what: str, low: int = 0) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or not low <= raw <= MAX_POINTS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bộ tiêu chí có {what} không phải số nguyên từ {low} đến {MAX_POINTS}.",
            ),
            what=what,
            low=low,
            MAX_POINTS=MAX_POINTS,
        )
    return raw


def _criterion(raw: object) -> Criterion:
    if not isinstance(raw, dict):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bộ tiêu chí có một tiêu chí không đúng dạng.",
            ),
        )
    code = _text(raw.get("code"), 20, "mã tiêu chí")
    text = _text(raw.get("text"), TEXT_LIMIT, f"nội dung tiêu chí {code}")
    points = _whole(raw.get("max_points"), f"điểm tối đa của tiêu chí {code}", 1)
    figure = raw.get("figure")
    if figure is None:
        return Criterion(code, text, points)
    if figure not in FIGURE_LABELS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tiêu chí {code} lấy số liệu «{figure}» mà sổ không có.",
            ),
            code=code,
            figure=str(figure)[:40],
        )
    full_at = raw.get("full_at")
    if (not isinstance(full_at, int | float) or isinstance(full_at, bool)
            or not math.isfinite(full_at) or not 0 < full_at <= 1_000_000):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tiêu chí {code} thiếu mức số liệu đạt đủ điểm (full_at > 0).",
            ),
            code=code,
        )
    return Criterion(code, text, points, str(figure), float(full_at))


def parse_set(
    raw: object, *, year: int, edition: int = 1, example: bool = False,
    set_id: str | None = None,
) -> CriteriaSet:
    """Check a criteria set read from a file, a package or the shipped default.

    Nothing read from a file or another site is trusted: every field is checked and a
    set that breaks a rule is refused with the rule in Vietnamese.

    Raises:
        UserError: a missing or malformed field, duplicate codes, thresholds out of
            order or above the set's total.
    """
    if not isinstance(raw, dict):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bộ tiêu chí không đúng dạng (cần một đối tượng JSON).",
            ),
        )
    name = _text(raw.get("name"), NAME_LIMIT, "tên bộ tiêu chí")
    items = raw.get("criteria")
    if not isinstance(items, list) or not 0 < len(items) <= MAX_CRITERIA:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bộ tiêu chí cần từ 1 đến {MAX_CRITERIA} tiêu chí.",
            ),
            MAX_CRITERIA=MAX_CRITERIA,
        )
    criteria = tuple(_criterion(item) for item in items)
    codes = [c.code for c in criteria]
    if len(set(codes)) != len(codes):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Bộ tiêu chí có hai tiêu chí trùng mã."))
    total = sum(c.max_points for c in criteria)
    if total > MAX_POINTS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tổng điểm của bộ tiêu chí vượt {MAX_POINTS}.",
            ),
            MAX_POINTS=MAX_POINTS,
        )
    raw_thresholds = raw.get("thresholds")
    if not isinstance(raw_thresholds, list):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Bộ tiêu chí thiếu ngưỡng xếp loại."))
    thresholds: dict[EvaluationClass, int] = {}
    for item in raw_thresholds:
        if not isinstance(item, dict) or item.get("class") not in set(EvaluationClass) - {
                EvaluationClass.NOT_DONE}:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Bộ tiêu chí có ngưỡng xếp loại không đúng dạng.",
                ),
            )
        kind = EvaluationClass(item["class"])
        thresholds[kind] = _whole(item.get("min_points"), f"ngưỡng «{CLASS_LABELS[kind]}»")
    ordered = [(kind, thresholds[kind]) for kind in EvaluationClass if kind in thresholds]
    if len(ordered) != 3:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bộ tiêu chí cần đủ ba ngưỡng: xuất sắc, tốt, hoàn thành.",
            ),
        )
    points = [p for _, p in ordered]
    if points != sorted(points, reverse=True) or len(set(points)) != 3 or points[0] > total:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Ngưỡng xếp loại phải giảm dần và không vượt tổng điểm.",
            ),
        )
    return CriteriaSet(name, year, edition, example or bool(raw.get("example")), criteria,
                       tuple(ordered), set_id)


def default_set(year: int) -> CriteriaSet:
    """Return the example set shipped with the program, for any year."""
    path = resource_path(*_DEFAULT_FILE)
    return parse_set(json.loads(path.read_text(encoding="utf-8")), year=year, example=True)


def criteria_set_for(session: Session, year: int) -> CriteriaSet:
    """Return the set a fill for ``year`` uses.

    The upper level's published set for that year (its newest edition) wins; a commune
    without one uses the shipped example, marked as such. A received set that no
    longer passes the checks is refused rather than silently replaced by the example.
    """
    row = session.scalars(
        select(EvaluationSet)
        .where(live(EvaluationSet), EvaluationSet.year == year)
        .order_by(EvaluationSet.edition.desc(), EvaluationSet.published_on.desc())
    ).first()
    if row is None:
        return default_set(year)
    return parse_set(row.content, year=row.year, edition=row.edition, set_id=row.id)


def publish_set(session: Session, raw: object, year: int, today: dt.date) -> CriteriaSet:
    """Publish a criteria set for a year to the communes (upper level only).

    Publishing again under the same name and year raises the edition; the communes
    take the newest one at their next downward package.

    Raises:
        UserError: not an upper level, or a set that fails :func:`parse_set`.
    """
    site = get_site(session)
    if not site.is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ cấp trên gửi bộ tiêu chí xếp loại cho các xã.",
            ),
        )
    if not 1900 <= year <= 2100:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Năm của bộ tiêu chí không hợp lệ."))
    parsed = parse_set(raw, year=year)
    assert isinstance(raw, dict)
    content = {key: raw[key] for key in ("name", "criteria", "thresholds", "note")
               if key in raw}
    content["name"] = parsed.name
    content["example"] = False
    row = session.scalars(
        select(EvaluationSet).where(
            live(EvaluationSet), EvaluationSet.owner_unit_id == site.unit_id,
            EvaluationSet.year == year, EvaluationSet.name == parsed.name,
        )
    ).first()
    if row is None:
        row = EvaluationSet(owner_unit_id=site.unit_id, name=parsed.name, year=year,
                            edition=1, published_on=today, content=content)
        session.add(row)
    else:
        row.edition += 1
        row.published_on = today
        row.content = content
    session.flush()
    return parse_set(row.content, year=year, edition=row.edition, set_id=row.id)


# --- Figures and scores -----------------------------------------------------------------


def _unit(session: Session, unit_id: str) -> Unit:
    """Return the commune of this site or one of its branches, refusing anything else."""
    site = get_site(session)
    unit = session.get(Unit, unit_id)
    if (unit is None or unit.deleted_at is not None
            or (unit.id != site.unit_id
                and (unit.parent_id != site.unit_id or unit.level != UnitLevel.BRANCH))):
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chỉ đánh giá được hội xã này hoặc một chi hội của xã.",
            ),
        )
    return unit


def evaluated_units(session: Session) -> list[EvaluatedUnit]:
    """Return the units this commune evaluates: the commune, then its active branches."""
    site = get_site(session)
    commune = session.get_one(Unit, site.unit_id)
    branches = session.scalars(
        select(Unit).where(live(Unit), Unit.parent_id == commune.id,
                           Unit.level == UnitLevel.BRANCH, Unit.active.is_(True))
        .order_by(Unit.sort_key, Unit.name)
    )
    return [EvaluatedUnit(commune.id, commune.code, commune.name, True)] + [
        EvaluatedUnit(b.id, b.code, b.name, False) for b in branches]


def _quarters_due(year: int, today: dt.date) -> int:
    if year < today.year:
        return 4
    if year > today.year:
        return 0
    return quarter_of(today)[1]


def unit_figures(
    session: Session, unit_id: str, year: int, today: dt.date
) -> dict[str, float | None]:
    """Return the register's figures for a unit and year (None: the register cannot tell).

    For the commune: the gathering rate and the year's new members from the overview,
    the share of branch-quarters (begun by ``today``) with a meeting, and the people
    trained. For a branch only its quarters with a meeting: the other figures are kept
    per commune by the register.
    """
    unit = _unit(session, unit_id)
    commune_id = unit.id if unit.level != UnitLevel.BRANCH else str(unit.parent_id)
    due = _quarters_due(year, today)
    stats = [s for s in branch_meeting_stats(session, commune_id, year, today) if s.active]
    if unit.id != commune_id:
        stats = [s for s in stats if s.branch_id == unit.id]
    held = sum(1 for s in stats for count in s.meetings[:due] if count > 0)
    meeting_share = 100.0 * held / (due * len(stats)) if due and stats else None
    figures: dict[str, float | None] = dict.fromkeys(FIGURE_LABELS)
    figures["meeting_quarters"] = meeting_share
    if unit.id == commune_id:
        overview = commune_overview(session, commune_id, year, today)
        figures["gathering_rate"] = overview.gathering_rate
        figures["new_members"] = float(overview.joined_this_year)
        figures["trained_people"] = float(
            targets_report(session, commune_id, year, today).total_people)
    return figures


def classify(total: int, thresholds: tuple[tuple[EvaluationClass, int], ...]) -> EvaluationClass:
    """Return the best class whose threshold the total reaches."""
    for kind, least in thresholds:
        if total >= least:
            return kind
    return EvaluationClass.NOT_DONE


def _figure_points(criterion: Criterion, figure: float | None) -> int:
    if figure is None or criterion.full_at is None:
        return 0
    share = min(1.0, max(0.0, figure / criterion.full_at))
    return math.floor(criterion.max_points * share + 1e-9)


def _score(
    cset: CriteriaSet, figures: Mapping[str, float | None], entered: Mapping[str, int]
) -> tuple[ScoredCriterion, ...]:
    unknown = set(entered) - {c.code for c in cset.criteria}
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không có tiêu chí mã {unknown} trong bộ tiêu chí.",
            ),
            unknown=', '.join(sorted(unknown)),
        )
    scored = []
    for criterion in cset.criteria:
        figure = figures.get(criterion.figure) if criterion.figure else None
        computed = _figure_points(criterion, figure)
        points = entered.get(criterion.code)
        if points is not None and (isinstance(points, bool) or not isinstance(points, int)
                                   or not 0 <= points <= criterion.max_points):
            raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Điểm tiêu chí {code} phải từ 0 đến "
                            "{max_points}."), code=criterion.code, max_points=criterion.max_points)
        from_register = criterion.figure is not None and figure is not None and (
            points is None or points == computed)
        scored.append(ScoredCriterion(
            criterion.code, criterion.text, criterion.max_points, criterion.figure,
            FIGURE_LABELS[criterion.figure] if criterion.figure else None, figure,
            from_register, computed if from_register else (points or 0),
        ))
    return tuple(scored)


def _view(
    unit: Unit, cset: CriteriaSet, scored: tuple[ScoredCriterion, ...],
    saved_on: dt.date | None,
) -> EvaluationView:
    total = sum(s.points for s in scored)
    kind = classify(total, cset.thresholds)
    return EvaluationView(unit.id, unit.name, cset.year, cset.name, cset.edition, cset.example,
                          scored, total, cset.max_total, kind, cset.thresholds, saved_on)


def _saved(session: Session, unit_id: str, year: int) -> Evaluation | None:
    return session.scalars(
        select(Evaluation).where(live(Evaluation), Evaluation.unit_id == unit_id,
                                 Evaluation.year == year)
    ).first()


UNCHECKED = -1
"""``save_evaluation``'s ``seen`` when the caller read no version (the command line)."""


class EvaluationConflictError(ConcurrentChangeError):
    """Someone else saved the unit's evaluation for the year after the page read it.

    Attributes:
        stored_points: criterion code -> the points saved now.
        stored_class: the class saved now.
        stored_version: the saved row's version, for a save over it.
    """

    def __init__(self, unit_name: str, year: int, stored_points: dict[str, int],
                 stored_class: EvaluationClass, stored_version: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bản đánh giá năm {year} của {name} vừa được lưu ở nơi khác; điểm bạn nhập "
                "chưa được lưu.",
            ),
            year=year, name=unit_name,
        )
        self.stored_points = stored_points
        self.stored_class = stored_class
        self.stored_version = stored_version


def saved_version(session: Session, unit_id: str, year: int) -> int | None:
    """Return the version of the unit's saved evaluation for the year (None: not saved)."""
    saved = _saved(session, unit_id, year)
    return saved.version if saved is not None else None


def evaluation_view(
    session: Session, unit_id: str, year: int, today: dt.date,
    entered: Mapping[str, int] | None = None,
) -> EvaluationView:
    """Return a unit's evaluation for a year as the fill shows it.

    Figures come fresh from the register; entered points are the ones given, else the
    saved ones, so the page shows what saving would keep.

    Raises:
        NotFoundError: not this commune nor one of its branches.
        UserError: points out of range, or a received criteria set that fails its checks.
    """
    unit = _unit(session, unit_id)
    cset = criteria_set_for(session, year)
    if entered is None:
        saved = _saved(session, unit_id, year)
        entered = {}
        if saved is not None and saved.set_name == cset.name:
            entered = {code: int(value["points"]) for code, value in saved.scores.items()
                       if isinstance(value, dict) and isinstance(value.get("points"), int)
                       and not value.get("from_register")}
        saved_on = saved.filled_on if saved is not None else None
    else:
        saved_on = None
    figures = unit_figures(session, unit_id, year, today)
    return _view(unit, cset, _score(cset, figures, entered), saved_on)


def save_evaluation(
    session: Session, unit_id: str, year: int, entered: Mapping[str, int], today: dt.date,
    *, seen: int | None = UNCHECKED,
) -> EvaluationView:
    """Save a unit's evaluation for a year; saving again the same year replaces it.

    Only a commune evaluates (itself and its branches): the upper level reads what
    its communes send. The figures are taken at the time of saving and kept with the
    scores, since the register moves on after the year-end review.

    ``seen`` is the saved row's version when the page read it (None: nothing saved
    yet). When someone else saved the year meanwhile, other points than hers, replacing
    theirs without a word would lose them: nothing is written and she is shown both.

    Raises:
        EvaluationConflictError: the year was saved elsewhere after ``seen``.
        UserError: at an upper level, points out of range, an unknown criterion.
        NotFoundError: not this commune nor one of its branches.
    """
    if get_site(session).is_upper:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cấp trên xem bản tự đánh giá của các xã, không chấm thay xã.",
            ),
        )
    if not 1900 <= year <= today.year + 1:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Năm đánh giá không hợp lệ."))
    view = evaluation_view(session, unit_id, year, today, entered)
    scores: dict[str, Any] = {
        s.code: {"points": s.points, "figure": s.figure, "from_register": s.from_register}
        for s in view.criteria
    }
    row = _saved(session, unit_id, year)
    if seen != UNCHECKED and row is not None and row.version != seen:
        stored = {code: int(value["points"]) for code, value in row.scores.items()
                  if isinstance(value, dict) and isinstance(value.get("points"), int)}
        if stored != {s.code: s.points for s in view.criteria}:
            raise EvaluationConflictError(view.unit_name, year, stored,
                                          EvaluationClass(row.classification), row.version)
    if row is None:
        row = Evaluation(owner_unit_id=get_site(session).unit_id, unit_id=unit_id, year=year)
        session.add(row)
    row.set_name = view.set_name
    row.set_edition = view.set_edition
    row.set_example = view.set_example
    row.scores = scores
    row.total = view.total
    row.max_total = view.max_total
    row.classification = view.classification
    row.filled_on = today
    session.flush()
    return EvaluationView(**{**view.__dict__, "saved_on": today})


def evaluation_history(session: Session, unit_id: str) -> list[HistoryRow]:
    """Return a unit's saved evaluations, newest year first."""
    rows = session.scalars(
        select(Evaluation).where(live(Evaluation), Evaluation.unit_id == unit_id)
        .order_by(Evaluation.year.desc())
    )
    return [HistoryRow(r.year, r.total, r.max_total,
                       CLASS_LABELS[EvaluationClass(r.classification)],
                       r.set_name, r.filled_on) for r in rows]


def communes_evaluations(session: Session, year: int) -> list[CommuneEvaluationRow]:
    """Return every commune's self-evaluation for a year, as received from the communes.

    At the upper level each commune's rows arrive in its packages; the class is the one
    the commune computed with the set it held, shown with that set's name and edition.
    """
    rows = session.execute(
        select(Evaluation, Unit)
        .join(Unit, Unit.id == Evaluation.unit_id)
        .where(live(Evaluation), Evaluation.year == year, Unit.level == UnitLevel.COMMUNE)
        .order_by(Unit.code)
    ).all()
    branch_counts: dict[str, int] = {}
    for owner in session.scalars(
        select(Evaluation.owner_unit_id).where(
            live(Evaluation), Evaluation.year == year,
            Evaluation.unit_id != Evaluation.owner_unit_id)
    ):
        branch_counts[owner] = branch_counts.get(owner, 0) + 1
    return [
        CommuneEvaluationRow(
            unit.code, unit.name, ev.total, ev.max_total,
            CLASS_LABELS[EvaluationClass(ev.classification)],
            ev.set_name, ev.set_edition, ev.set_example, branch_counts.get(ev.owner_unit_id, 0),
            ev.filled_on,
        )
        for ev, unit in rows
    ]
