"""Bounds and formats of every travelling column, checked before a row is staged.

A package is signed by a site that holds a valid key, so it may still be crafted: a
date "2026-99-99" or a control character stored at the upper level would later crash
its own member search and export, a 10 MB name or a 2^63 counter would poison every
report. Each column therefore has a rule derived from the model (its type and declared
length) plus the domain's own words where the column is an enumeration. A value that
breaks a rule refuses the whole package with the rule named.

The checks work per column over distinct values, in C-speed passes (``max``, ``set``,
one regular expression over the joined text) and look for the offending row only when
a check fails, so the 55,000 rows of a large commune cost a fraction of the import.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text

from db.evaluation import CLASS_LABELS, MAX_POINTS

# The domain's allowed values. They live with the models today; when they move to a
# vocabulary module, only these imports change.
from db.models.meetings import AttendanceStatus, MeetingKind
from db.models.members import Gender, MemberKind, MemberStatus
from db.models.officers import Employment, QualificationKind, Title
from db.models.trainings import CourseMode, CourseStatus
from db.models.transfers import ArrivalDecision, ArrivalState
from db.models.units import UnitLevel
from db.report_template import MAX_TEMPLATE_BYTES
from db.sync.errors import InvalidValueError
from db.targets import CATEGORY_ORDER, METRIC_LABELS
from db.trainings import FUNDING_SOURCE_LABELS

SQLITE_MAX_INTEGER: Final = 2**63 - 1
"""The largest integer SQLite stores; Python would raise OverflowError above it."""

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100
"""Plausible years of any date a union office records (births, meetings, courses)."""

TEXT_LIMIT: Final = 20_000
"""Longest free text (notes, minutes) accepted, in characters: many pages of minutes."""

JSON_LIMIT: Final = 100_000
"""Longest JSON value (a certificate's snapshot, an audit event's changes)."""

JSON_LIMITS: Final[dict[tuple[str, str], int]] = {
    # A transferred member's record with every course and certificate of a long career.
    ("member_arrivals", "details"): 4_000_000,
}
"""JSON columns allowed to be longer than :data:`JSON_LIMIT`."""

SHOWN_VALUE: Final = 40
"""Characters of a refused value quoted in the message."""

ENUMERATIONS: Final[dict[tuple[str, str], frozenset[str]]] = {
    ("units", "level"): frozenset(UnitLevel),
    ("members", "gender"): frozenset(Gender),
    ("members", "kind"): frozenset(MemberKind),
    ("members", "status"): frozenset(MemberStatus),
    ("member_status_events", "status"): frozenset(MemberStatus),
    ("posts", "title"): frozenset(Title),
    ("posts", "employment"): frozenset(Employment),
    ("qualifications", "kind"): frozenset(QualificationKind),
    ("standards", "title"): frozenset(Title),
    ("standards", "kind"): frozenset(QualificationKind),
    ("courses", "mode"): frozenset(CourseMode),
    ("courses", "status"): frozenset(CourseStatus),
    ("funding_lines", "source"): frozenset(FUNDING_SOURCE_LABELS),
    ("meetings", "kind"): frozenset(MeetingKind),
    ("attendances", "status"): frozenset(AttendanceStatus),
    ("targets", "category"): frozenset(CATEGORY_ORDER),
    ("targets", "metric"): frozenset(METRIC_LABELS),
    ("member_arrivals", "state"): frozenset(ArrivalState),
    ("arrival_answers", "decision"): frozenset(ArrivalDecision),
    ("evaluations", "classification"): frozenset(CLASS_LABELS),
}
"""Columns whose value must be one of the domain's words."""

PARTIAL_DATES: Final = frozenset({
    ("members", "birth_date"), ("participations", "person_birth_date"),
    ("member_arrivals", "birth_date"),
})
"""Text columns holding a date as precise as known: "1985", "1985-03" or "1985-03-12"."""

COMMUNE_CODES: Final = frozenset({
    ("member_transfers", "to_code"), ("member_arrivals", "from_code"),
    ("member_arrivals", "to_code"),
})
"""Text columns holding an official commune code (five digits)."""

YEARS: Final = frozenset({
    ("members", "birth_year"), ("unit_populations", "year"), ("certificates", "year"),
    ("targets", "year"), ("evaluation_sets", "year"), ("evaluations", "year"),
})
"""Integer columns holding a year."""

INTEGER_LIMITS: Final[dict[tuple[str, str], int]] = {
    ("courses", "sessions"): 1_000,
    ("session_attendances", "session_number"): 1_000,
    ("targets", "value"): 1_000_000,
    ("qualifications", "rank"): 1_000,
    ("standards", "min_rank"): 1_000,
    ("report_templates", "edition"): 1_000_000,
    ("evaluation_sets", "edition"): 1_000_000,
    ("evaluations", "set_edition"): 1_000_000,
    ("evaluations", "total"): MAX_POINTS,
    ("evaluations", "max_total"): MAX_POINTS,
}
"""Integers with a smaller meaningful ceiling than SQLite's (all integers are >= 0)."""

BASE64: Final[dict[tuple[str, str], int]] = {
    ("report_templates", "content"): (MAX_TEMPLATE_BYTES + 2) // 3 * 4,
}
"""Text columns holding a file as base64, with their longest length in characters."""

UUID_LENGTH: Final = 36
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UUIDS = re.compile(f"(?:{_UUID.pattern})*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?"
)
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_COMMUNE_CODE = re.compile(r"\d{5}")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class ColumnRule:
    """What one column may hold; ``check`` raises :class:`ValueError` naming the rule."""

    table: str
    column: str
    check: Callable[[Sequence[Any]], None]


def shown(value: object) -> str:
    """Return a value from a package as it may appear in a message: short, one line.

    Control characters are written as escapes, so a crafted value cannot break the
    message's layout or smuggle markup, and the length is bounded.
    """
    text = value if isinstance(value, str) else repr(value)
    escaped = "".join(
        ch if not _CONTROL.match(ch) and ch not in "<>&" else f"\\x{ord(ch):02x}"
        for ch in text[: SHOWN_VALUE + 1]
    )
    return escaped[:SHOWN_VALUE] + ("…" if len(text) > SHOWN_VALUE else "")


def _present(values: Iterable[Any]) -> set[Any]:
    distinct = set(values)
    distinct.discard(None)
    return distinct


def _text_rule(limit: int | None, lines: bool, uuid: bool) -> Callable[[Sequence[Any]], None]:
    control = _CONTROL_BUT_LINES if lines else _CONTROL

    def check(values: Sequence[Any]) -> None:
        texts = _present(values)
        if not texts:
            return
        if uuid and not (
            min(map(len, texts)) == max(map(len, texts)) == UUID_LENGTH
            and _UUIDS.fullmatch("".join(texts))
        ):
            bad = next(t for t in texts if not _UUID.fullmatch(t))
            raise _BrokenRuleError("khóa không đúng dạng mã 36 ký tự", bad)
        if limit is not None and max(map(len, texts)) > limit:
            raise _BrokenRuleError(f"dài quá {limit:,} ký tự".replace(",", "."),
                          next(t for t in texts if len(t) > limit))
        joined = "".join(texts)
        if control.search(joined):
            first = next(t for t in texts if control.search(t))
            raise _BrokenRuleError("có ký tự điều khiển", first)
        if not unicodedata.is_normalized("NFC", "\x00".join(texts)):
            raise _BrokenRuleError("chữ không ở dạng chuẩn NFC",
                          next(t for t in texts if not unicodedata.is_normalized("NFC", t)))

    return check


def _date_rule(pattern: re.Pattern[str], what: str) -> Callable[[Sequence[Any]], None]:
    """Check the format of every value in one pass, then each distinct day once."""
    many = re.compile(f"(?:{pattern.pattern}\n)*")

    def check(values: Sequence[Any]) -> None:
        texts = _present(values)
        if not texts:
            return
        joined = "\n".join(texts)
        # The count of separators proves no value hides one of its own.
        if joined.count("\n") != len(texts) - 1 or not many.fullmatch(joined + "\n"):
            raise _BrokenRuleError(what, next(t for t in texts if not pattern.fullmatch(t)))
        for day in {text[:10] for text in texts}:
            try:
                year = _partial_date(day).year
            except ValueError:
                raise _BrokenRuleError(what, day) from None
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise _BrokenRuleError(what, day)

    return check


def _partial_date(text: str) -> dt.date:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _integer_rule(low: int, high: int) -> Callable[[Sequence[Any]], None]:
    def check(values: Sequence[Any]) -> None:
        numbers = _present(values)
        if numbers and (min(numbers) < low or max(numbers) > high):
            raise _BrokenRuleError(f"số ngoài khoảng {low}–{high}",
                          next(n for n in numbers if not low <= n <= high))

    return check


def _base64_rule(limit: int) -> Callable[[Sequence[Any]], None]:
    def check(values: Sequence[Any]) -> None:
        for text in _present(values):
            if len(text) > limit:
                raise _BrokenRuleError(f"tệp lớn quá {limit:,} ký tự".replace(",", "."),
                                       text[:20])
            if len(text) % 4 or not _BASE64.fullmatch(text):
                raise _BrokenRuleError("không phải tệp mã hóa base64", text[:20])

    return check


def _enum_rule(allowed: frozenset[str]) -> Callable[[Sequence[Any]], None]:
    def check(values: Sequence[Any]) -> None:
        unknown = _present(values) - allowed
        if unknown:
            raise _BrokenRuleError("giá trị không có trong danh mục", min(unknown))

    return check


def _json_rule(limit: int) -> Callable[[Sequence[Any]], None]:
    def check(values: Sequence[Any]) -> None:
        for text in _present(values):
            if len(text) > limit:
                raise _BrokenRuleError(f"dài quá {limit} ký tự", text)
            try:
                document = json.loads(text)
            except (ValueError, RecursionError):
                raise _BrokenRuleError("không phải JSON", text) from None
            if not isinstance(document, dict):
                raise _BrokenRuleError("không phải JSON", text)

    return check


def _code_rule(values: Sequence[Any]) -> None:
    for text in _present(values):
        if not _COMMUNE_CODE.fullmatch(text):
            raise _BrokenRuleError("mã xã phải gồm 5 chữ số", text)


class _BrokenRuleError(ValueError):
    def __init__(self, rule: str, value: object) -> None:
        super().__init__(rule)
        self.rule = rule
        self.value = value


def _rule_for(table: str, column: Any) -> Callable[[Sequence[Any]], None]:
    key = (table, column.name)
    kind = column.type
    if isinstance(kind, Boolean):
        return _integer_rule(0, 1)
    if isinstance(kind, Integer):
        if key in YEARS:
            return _integer_rule(MIN_YEAR, MAX_YEAR)
        return _integer_rule(0, INTEGER_LIMITS.get(key, SQLITE_MAX_INTEGER))
    if isinstance(kind, DateTime):
        return _date_rule(_DATETIME, "ngày giờ không có thật")
    if isinstance(kind, Date):
        return _date_rule(_DATE, "ngày không có thật")
    if isinstance(kind, JSON):
        return _json_rule(JSON_LIMITS.get(key, JSON_LIMIT))
    if key in ENUMERATIONS:
        return _enum_rule(ENUMERATIONS[key])
    if key in BASE64:
        return _base64_rule(BASE64[key])
    if key in PARTIAL_DATES:
        return _date_rule(_PARTIAL_DATE, "ngày sinh không có thật")
    if key in COMMUNE_CODES:
        return _code_rule
    if isinstance(kind, Text):
        return _text_rule(TEXT_LIMIT, lines=True, uuid=False)
    if isinstance(kind, String):
        is_key = column.name == "id" or column.name.endswith("_id") or bool(column.foreign_keys)
        return _text_rule(kind.length or TEXT_LIMIT, lines=False, uuid=is_key)
    raise TypeError(f"no sync rule for {table}.{column.name}")  # a new column type


_RULES: dict[tuple[str, str], Callable[[Sequence[Any]], None]] = {}


def check_column(table: str, column: Any, values: Sequence[Any]) -> None:
    """Check every value of one column of a package table against its rule.

    Args:
        table: the table's name.
        column: the SQLAlchemy column (type, length, foreign keys).
        values: the column's values, one per row, already of the right Python type.

    Raises:
        InvalidValueError: a value breaks the column's rule; the message names the
            table, the column, the rule and the value (escaped and shortened).
    """
    key = (table, column.name)
    check = _RULES.get(key)
    if check is None:
        check = _RULES[key] = _rule_for(table, column)
    try:
        check(values)
    except _BrokenRuleError as broken:
        raise invalid_value(table, column.name, broken.rule, broken.value) from None


def invalid_value(table: str, column: str, rule: str, value: object) -> InvalidValueError:
    """Return the refusal naming a table, a column, the rule broken and the value."""
    error = InvalidValueError(
        f"Gói dữ liệu bị từ chối: bảng {table}, cột {column}: {rule} "
        f"(giá trị «{shown(value)}»). Hãy nhờ bên gửi kiểm tra dữ liệu rồi xuất gói mới "
        "bằng Sổ Hội. Dữ liệu không thay đổi."
    )
    error.rule = f"{table}.{column}: {rule}"
    return error
