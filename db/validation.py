"""Checking and tidying what people type into member forms and spreadsheets.

Everything here turns loosely typed text (a birth date written "3/1985", a phone number
pasted from Excel without its leading zero, an ID number with spaces) into one stored
spelling, or raises :class:`ValidationError` with a Vietnamese sentence that can be shown
right beside the field. The rules live in one pure-Python module so that the form, the
spreadsheet import and the tests all agree on what "valid" means.

The messages are written for the commune officer at the keyboard: they say what is wrong
and, where it helps, what a correct value looks like. They never echo arbitrary typed
text back, only numbers that were understood, so a message is always a clean sentence.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final, Self

from db.errors import QT_TRANSLATE_NOOP, Message
from db.formatting import date as format_date
from db.formatting import partial_date

__all__ = [
    "CCCD_PROVINCE_CODES",
    "MOBILE_PREFIXES",
    "OLD_MOBILE_PREFIXES",
    "PartialDate",
    "ValidationError",
    "cccd_birth_year",
    "cccd_gender",
    "format_phone",
    "mask_id_number",
    "normalize_phone",
    "parse_date",
    "parse_partial_date",
    "require",
    "validate_id_number",
]

MIN_YEAR: Final = 1900
"""Earliest year accepted for any date typed by a person.

Nobody alive was born before 1900, and an earlier year is nearly always a typing slip
("1085" for "1985"), so refusing it catches mistakes instead of storing them.
"""


class ValidationError(ValueError):
    """A value typed by a person that cannot be accepted, with the reason in Vietnamese.

    It is a ``ValueError`` so that generic code treating bad input as a value error keeps
    working, and it carries the field's code name so a form can put the message beside
    the right input instead of in a dialog.

    Attributes:
        field: Code name of the field, e.g. ``"id_number"``.
        message: Vietnamese sentence for the person, also what ``str(err)`` gives.
    """

    field: str
    message: str
    template: str
    params: dict[str, object]

    def __init__(self, field: str, message: str, **params: object) -> None:
        if isinstance(message, Message) and not params:
            params = dict(message.params)
            message = message.template
        text = Message(message, params)
        super().__init__(str(text))
        self.field = field
        self.message = text
        self.template = message
        self.params = params

    def __str__(self) -> str:
        return self.message

    def __reduce__(
        self,
    ) -> tuple[type[ValidationError], tuple[str, str], dict[str, object]]:
        # The default pickling replays ``self.args`` (only the message) into __init__,
        # which needs two arguments; errors may cross a worker boundary, so spell it out
        # (the state carries the template and its values for the interface's translation).
        return (type(self), (self.field, self.message),
                {"template": self.template, "params": self.params})


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------

_DASHES: Final = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
"""Typographic dashes that word processors and spreadsheets put in place of "-"."""

_ASCII_DIGITS: Final = frozenset("0123456789")


def _fold(text: str) -> str:
    """Return ``text`` in compatibility form with ordinary dashes.

    NFKC turns full-width digits, non-breaking spaces and similar look-alikes (which
    arrive with copy-paste from web pages and Office files) into their plain ASCII
    counterparts, so the parsers only need to know about ``0-9``, space and ``. - / ( ) +``.
    """
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def require(value: str | None, *, field: str, label: str) -> str:
    """Return the tidied value of a mandatory text field.

    The value is put in NFC form (Vietnamese typed with a decomposed keyboard layout
    otherwise looks equal but sorts and searches differently) and runs of white space are
    collapsed, because a name with a double space is the same name.

    Args:
        value: Text as typed, or None.
        field: Code name of the field, for the error.
        label: Vietnamese name of the field as shown on screen, e.g. ``"Họ và tên"``.

    Returns:
        The tidied, non-empty value.

    Raises:
        ValidationError: The value is missing or only white space.
    """
    cleaned = " ".join(unicodedata.normalize("NFC", value or "").split())
    if not cleaned:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{label} không được để trống.",
            ),
            # The field's name is a catalogue word too: shown in the window's language.
            label=Message(label),
        )
    return cleaned


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_ISO_PARTIAL: Final = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day.

    Member registers often record only a birth year, or month and year, and inventing a
    day would make the data look more precise than it is. The stored form is the ISO
    prefix (``"1985"``, ``"1985-03"``, ``"1985-03-12"``), which sorts correctly as text.

    Comparisons follow that same text order: a year-only date comes before any month of
    that year, and a month-only date before any day of that month. (Comparing the fields
    directly would fail on ``None``, hence the hidden sort key.)

    Attributes:
        year: Four-digit year.
        month: Month 1-12, or None when only the year is known.
        day: Day of the month, or None when it is unknown; requires ``month``.
    """

    year: int = field(compare=False)
    month: int | None = field(default=None, compare=False)
    day: int | None = field(default=None, compare=False)
    _sort_key: tuple[int, int, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Refusing impossible values here means every PartialDate in the program is a real
        # calendar date, so iso()/display() never print nonsense.
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
        elif not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        elif self.day is not None:
            datetime.date(self.year, self.month, self.day)  # raises ValueError if absent
        object.__setattr__(self, "_sort_key", (self.year, self.month or 0, self.day or 0))

    @classmethod
    def from_iso(cls, text: str) -> Self:
        """Read the stored form written by :meth:`iso`.

        This is strict on purpose: it reads the database, not people, so anything other
        than ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` means corrupt data and must not be
        guessed at.

        Raises:
            ValueError: The text is not one of the three ISO forms or not a real date.
        """
        match = _ISO_PARTIAL.fullmatch(text)
        if match is None:
            raise ValueError(f"not an ISO partial date: {text!r}")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: datetime.date) -> Self:
        """Return a day-precision PartialDate for a full date."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        """Return how much is known: ``"year"``, ``"month"`` or ``"day"``."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def iso(self) -> str:
        """Return the stored form: ``"1985"``, ``"1985-03"`` or ``"1985-03-12"``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """Return the form Vietnamese paperwork uses: ``"1985"``, ``"03/1985"``, ``"12/03/1985"``.

        Day and month are zero-padded because that is how printed registers line up.
        """
        return partial_date(self.year, self.month, self.day)

    def age_on(self, when: datetime.date) -> int:
        """Return the number of completed years on ``when``.

        With only a year known the age is the plain year difference, which is how age
        groups are counted in union reports; with a month known the birthday is taken to
        fall in that month. Someone born on 29 February completes a year on 1 March in
        common years. The result is negative if ``when`` is before the birth.
        """
        age = when.year - self.year
        if self.month is not None:
            if self.day is None:
                before_birthday = when.month < self.month
            else:
                before_birthday = (when.month, when.day) < (self.month, self.day)
            if before_birthday:
                age -= 1
        return age


_DATE_SHAPE: Final = re.compile(r"[0-9]+(?:(?:\s*[./-]\s*|\s+)[0-9]+){0,2}", re.ASCII)
"""One to three groups of digits separated by ``/``, ``.``, ``-`` or spaces."""

_DATE_LABELS: Final[dict[str, str]] = {
    "birth_date": QT_TRANSLATE_NOOP("DbErrors", "Ngày sinh"),
    "joined_on": QT_TRANSLATE_NOOP("DbErrors", "Ngày vào Hội"),
    "card_issued_on": QT_TRANSLATE_NOOP("DbErrors", "Ngày cấp thẻ"),
    "consent_on": QT_TRANSLATE_NOOP("DbErrors", "Ngày đồng ý"),
    "effective_on": QT_TRANSLATE_NOOP("DbErrors", "Ngày thay đổi"),
    "status_since": QT_TRANSLATE_NOOP("DbErrors", "Ngày thay đổi"),
}
"""Vietnamese names of the date fields, used when the caller gives no label."""


@dataclass(frozen=True)
class _DateWords:
    """The phrases a date message is built from, so both parsers share one wording."""

    field: str
    label: str
    year_subject: str
    year_example: int
    full_only: bool

    @classmethod
    def make(cls, field: str, label: str | None, *, full_only: bool) -> _DateWords:
        # Labels are messages too: the interface shows them in its language inside the
        # sentence (a label the caller gives and the catalogue lacks shows as written).
        label = Message(label or _DATE_LABELS.get(field, QT_TRANSLATE_NOOP("DbErrors", "Ngày")))
        if field == "birth_date":
            return cls(field, label, Message(QT_TRANSLATE_NOOP("DbErrors", "Năm sinh")), 1985,
                       full_only)
        return cls(field, label,
                   Message(QT_TRANSLATE_NOOP("DbErrors", "{label}: năm"), {"label": label}),
                   2020, full_only)

    def error(self, template: str, **params: object) -> ValidationError:
        return ValidationError(self.field, template, label=self.label,
                               year_subject=self.year_subject, example=self.year_example,
                               **params)

    def empty(self) -> ValidationError:
        return self.error(QT_TRANSLATE_NOOP("DbErrors", "{label} không được để trống."))

    def bad_shape(self) -> ValidationError:
        if self.full_only:
            return self.error(QT_TRANSLATE_NOOP(
                "DbErrors",
                "{label} không đúng dạng. Hãy nhập ngày/tháng/năm, ví dụ 15/08/{example}."))
        return self.error(QT_TRANSLATE_NOOP(
            "DbErrors",
            "{label} không đúng dạng. Hãy nhập ngày/tháng/năm (ví dụ 12/03/{example}), "
            "tháng/năm (03/{example}) hoặc chỉ năm ({example})."))

    def short_year(self) -> ValidationError:
        return self.error(
            QT_TRANSLATE_NOOP("DbErrors", "{year_subject} phải có 4 chữ số, ví dụ {example}."))


def _read_date(text: str, words: _DateWords) -> PartialDate:
    """Parse a typed date into a PartialDate, applying the rules shared by both parsers.

    A first group of four digits means year-first (ISO, as spreadsheets export);
    otherwise the order is the Vietnamese day/month/year with the year last. Two-digit
    years are refused rather than guessed, because "20" could be 1920 or 2020 and a
    wrong century would silently put a member in the wrong age group.
    """
    cleaned = _fold(text).strip()
    if not cleaned:
        raise words.empty()
    if _DATE_SHAPE.fullmatch(cleaned) is None:
        raise words.bad_shape()
    groups = re.findall(r"[0-9]+", cleaned)
    if any(len(group) > 4 for group in groups):
        raise words.bad_shape()
    if len(groups[0]) == 4 and len(groups) > 1:
        year_text, rest = groups[0], groups[1:]  # ISO-like: year, month, day
    else:
        year_text, rest = groups[-1], list(reversed(groups[:-1]))  # day/month/year
    if any(len(group) > 2 for group in rest):
        raise words.bad_shape()
    if len(year_text) < 4:
        raise words.short_year()
    year = int(year_text)
    month = int(rest[0]) if rest else None
    day = int(rest[1]) if len(rest) > 1 else None

    if year < MIN_YEAR:
        raise words.error(QT_TRANSLATE_NOOP(
            "DbErrors", "{year_subject} phải từ {min_year} trở về sau (đang nhập {year})."),
            min_year=MIN_YEAR, year=year)
    if month is not None and not 1 <= month <= 12:
        raise words.error(
            QT_TRANSLATE_NOOP("DbErrors", "{label} không hợp lệ: không có tháng {month}."),
            month=month)
    if month is not None and day is not None and not (
        1 <= day <= calendar.monthrange(year, month)[1]
    ):
        raise words.error(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "{label} không hợp lệ: {day:02d}/{month:02d}/{year} không có trong lịch.",
            ), day=day, month=month, year=year,
        )
    return PartialDate(year, month, day)


def _check_not_future(value: PartialDate, words: _DateWords, today: datetime.date) -> None:
    """Refuse a date that starts after ``today``, at the precision that was typed.

    "2025" typed in March 2025 is fine, since part of that year is already past.
    """
    if value.month is None:
        future = value.year > today.year
    elif value.day is None:
        future = (value.year, value.month) > (today.year, today.month)
    else:
        future = datetime.date(value.year, value.month, value.day) > today
    if future:
        raise words.error(
            QT_TRANSLATE_NOOP(
                "DbErrors", "{label} {value} ở trong tương lai (hôm nay là {today})."
            ),
            value=value.display(), today=format_date(today),
        )


def parse_partial_date(
    text: str,
    *,
    field: str = "birth_date",
    today: datetime.date | None = None,
    label: str | None = None,
) -> PartialDate:
    """Read a birth date typed as a year, month/year or day/month/year.

    Accepted spellings include ``1985``, ``3/1985``, ``03-1985``, ``12/3/1985``,
    ``12.03.1985``, ``12 / 03 / 1985``, ``1985-03`` and ``1985-03-12``. Days and months
    are read in Vietnamese order (day first).

    Args:
        text: What was typed.
        field: Code name of the field, for the error.
        today: The date that counts as today; a birth date cannot be after it.
        label: Vietnamese name of the field; by default derived from ``field``.

    Returns:
        The date at the precision that was typed.

    Raises:
        ValidationError: Empty, unreadable, a two-digit year, a year before 1900, a date
            not in the calendar, or a date in the future.
    """
    words = _DateWords.make(field, label, full_only=False)
    today = today or datetime.date.today()
    value = _read_date(text, words)
    _check_not_future(value, words, today)
    return value


def parse_date(
    text: str,
    *,
    field: str,
    today: datetime.date | None = None,
    allow_future: bool = False,
    label: str | None = None,
) -> datetime.date:
    """Read a full date typed as day/month/year (or ISO year-month-day).

    Used for event dates (joining the union, receiving the card) where the day matters.

    Args:
        text: What was typed.
        field: Code name of the field, for the error.
        today: The date that counts as today.
        allow_future: Accept dates after ``today`` (e.g. a planned meeting).
        label: Vietnamese name of the field; by default derived from ``field``.

    Returns:
        The date.

    Raises:
        ValidationError: Empty, unreadable, missing the day or month, a two-digit year, a
            year before 1900, a date not in the calendar, or (unless allowed) in the future.
    """
    words = _DateWords.make(field, label, full_only=True)
    today = today or datetime.date.today()
    value = _read_date(text, words)
    if value.month is None or value.day is None:
        raise words.error(QT_TRANSLATE_NOOP(
            "DbErrors", "{label} cần có đủ ngày, tháng và năm, ví dụ 15/08/{example}."))
    if not allow_future:
        _check_not_future(value, words, today)
    return datetime.date(value.year, value.month, value.day)


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------


def _prefix_range(first: int, last: int) -> set[str]:
    return {f"{n:03d}" for n in range(first, last + 1)}


MOBILE_PREFIXES: Final[frozenset[str]] = frozenset(
    _prefix_range(32, 39)  # Viettel (ex 0162-0169)
    | {"052", "055", "056", "058", "059"}  # Vietnamobile, Reddi, Gmobile
    | {"070"} | _prefix_range(76, 79)  # MobiFone (ex 0120-0128)
    | _prefix_range(81, 89)  # VinaPhone, iTel, Viettel 086, VinaPhone 088, MobiFone 089
    | _prefix_range(90, 94)
    | _prefix_range(96, 99)
)
"""Three-digit prefixes ("0" + network code) of 10-digit Vietnamese mobile numbers.

This is the plan in force since the 2018 move from 11-digit to 10-digit numbers.
"""

OLD_MOBILE_PREFIXES: Final[dict[str, str]] = {
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036",
    "0167": "037", "0168": "038", "0169": "039",
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058", "0199": "059",
}
"""11-digit prefixes retired in 2018, mapped to their 10-digit replacement.

Old registers are full of these; the number is not converted silently (it may simply be
dead), but the message tells the person what the new number would be.
"""

_PHONE_MESSAGE: Final = QT_TRANSLATE_NOOP(
    "DbErrors",
    "Số điện thoại di động phải có 10 chữ số và bắt đầu bằng đầu số hợp lệ "
    "(ví dụ 0912 345 678)."
)
_PHONE_SEPARATORS: Final = frozenset(" .-()")


def format_phone(number: str) -> str:
    """Group a normalised 10-digit number for reading: ``"0912 345 678"``.

    Anything that is not ten digits is returned unchanged, so it is safe on stored data.
    """
    if len(number) != 10 or not set(number) <= _ASCII_DIGITS:
        return number
    return f"{number[:4]} {number[4:7]} {number[7:]}"


def normalize_phone(text: str, *, field: str = "phone") -> str:
    """Return a Vietnamese mobile number as ten digits starting with 0.

    People write numbers as "0912 345 678", "0912.345.678", "(091) 234-5678",
    "+84 912 345 678" or "84912345678", and Excel drops the leading zero of a number
    typed into a numeric cell ("912345678"). All of these mean the same phone, and
    storing one spelling is what lets duplicates be found and SMS lists be exported.

    Args:
        text: What was typed.
        field: Code name of the field, for the error.

    Returns:
        The number as ``"0xxxxxxxxx"``; applying the function again returns it unchanged.

    Raises:
        ValidationError: Not a Vietnamese mobile number, with a specific message for a
            foreign number, a landline and a retired 11-digit number.
    """
    cleaned = _fold(text).strip()
    if not cleaned:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số điện thoại không được để trống.",
            ),
        )
    body = cleaned.lstrip("(").lstrip()
    international = body.startswith("+")
    if international:
        body = body[1:]
    if any(ch not in _ASCII_DIGITS and ch not in _PHONE_SEPARATORS and not ch.isspace()
           for ch in body):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số điện thoại chỉ được gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc "
                "và dấu + ở đầu.",
            ),
        )
    digits = "".join(ch for ch in body if ch in _ASCII_DIGITS)
    if not international and digits.startswith("0084"):
        international, digits = True, digits[2:]
    if international:
        if not digits.startswith("84"):
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84).",
                ),
            )
        digits = digits[2:]
    elif digits.startswith("84") and (
        len(digits) == 11 or (len(digits) == 12 and digits[2] == "0")
    ):
        digits = digits[2:]  # "84912345678": country code written without the "+"
    if (international or len(digits) == 9) and not digits.startswith("0"):
        digits = "0" + digits  # lost leading zero (Excel) or national form of +84

    if len(digits) == 10 and digits[:3] in MOBILE_PREFIXES:
        return digits
    if len(digits) == 11 and digits[:4] in OLD_MOBILE_PREFIXES:
        new = OLD_MOBILE_PREFIXES[digits[:4]] + digits[4:]
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("DbErrors", "Đầu số {digits} (11 chữ số) đã đổi từ năm 2018; "
            "số mới là {new}."), digits=digits[:4], new=format_phone(new),
        )
    if len(digits) == 11 and digits.startswith("02"):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là số máy bàn; ô này chỉ nhận số di động 10 chữ số (ví dụ 0912 345 678).",
            ),
        )
    raise ValidationError(field, _PHONE_MESSAGE)


# ---------------------------------------------------------------------------
# Citizen identity card (CCCD) numbers
# ---------------------------------------------------------------------------

CCCD_PROVINCE_CODES: Final[dict[str, str]] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An",
    "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}
"""The 63 province codes (before the 2025 merger) that open a CCCD number.

The code is the province where the birth was registered. Numbers already issued keep
their code after provinces merge, so the pre-2025 list is the one to check against.
"""

_GENDER_WORDS: Final[dict[str, tuple[str, str]]] = {
    "female": ("nữ giới", "nữ"),
    "male": ("nam giới", "nam"),
}
_CCCD_SEPARATORS: Final = frozenset(".-")
_MASK: Final = "\u2022"  # "•"


def _cccd_digits(text: str, field: str) -> str:
    """Return the digits of a typed CCCD number, refusing anything but separators."""
    cleaned = _fold(text).strip()
    if not cleaned:
        raise ValidationError(field, QT_TRANSLATE_NOOP("DbErrors", "Số CCCD không được để trống."))
    if any(ch not in _ASCII_DIGITS and ch not in _CCCD_SEPARATORS and not ch.isspace()
           for ch in cleaned):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số CCCD chỉ được gồm chữ số (có thể cách nhau bằng dấu cách hoặc dấu chấm).",
            ),
        )
    digits = "".join(ch for ch in cleaned if ch in _ASCII_DIGITS)
    if len(digits) == 9:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Đây là số CMND cũ (9 chữ số); hãy nhập số CCCD gồm 12 chữ số.",
            ),
        )
    if len(digits) != 12:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số CCCD phải có đúng 12 chữ số (đang có {count}).",
            ),
            count=len(digits),
        )
    return digits


def cccd_birth_year(number: str) -> int:
    """Return the birth year encoded in a CCCD number.

    Digit 4 gives the century (0-1: 1900s, 2-3: 2000s, 4-5: 2100s, ...) and digits 5-6
    the year within it.

    Raises:
        ValidationError: The number does not have 12 digits.
    """
    digits = _cccd_digits(number, "id_number")
    return 1900 + 100 * (int(digits[3]) // 2) + int(digits[4:6])


def cccd_gender(number: str) -> str:
    """Return ``"female"`` or ``"male"`` as encoded in digit 4 (odd means female).

    Raises:
        ValidationError: The number does not have 12 digits.
    """
    digits = _cccd_digits(number, "id_number")
    return "female" if int(digits[3]) % 2 else "male"


def validate_id_number(
    text: str,
    *,
    birth_year: int | None = None,
    gender: str | None = None,
    field: str = "id_number",
    today: datetime.date | None = None,
) -> str:
    """Check a CCCD number and return it as 12 digits.

    Beyond the length, the number encodes the birth province, century, sex and birth
    year; checking them against what else was typed catches the common slips (a digit
    dropped, two numbers of a family swapped) that a length check alone lets through.

    Args:
        text: What was typed; spaces, dots and dashes between digits are allowed.
        birth_year: The member's birth year, if known; the number must agree with it.
        gender: ``"female"`` or ``"male"``, if known; the number must agree with it.
        field: Code name of the field, for the error.
        today: The date that counts as today; the encoded birth year cannot be later.

    Returns:
        The 12 digits.

    Raises:
        ValidationError: With a specific message for each rule that fails.
        ValueError: ``gender`` is neither ``"female"`` nor ``"male"`` (a programming error).
    """
    if gender is not None and gender not in _GENDER_WORDS:
        raise ValueError(f"unknown gender: {gender!r}")
    digits = _cccd_digits(text, field)
    province = digits[:3]
    if province not in CCCD_PROVINCE_CODES:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mã tỉnh {province} ở đầu số CCCD không tồn tại.",
            ),
            province=province,
        )
    encoded_year = cccd_birth_year(digits)
    this_year = (today or datetime.date.today()).year
    if encoded_year > this_year:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số CCCD cho biết năm sinh {encoded_year}, là năm chưa tới; hãy kiểm tra chữ số "
                "thứ 4.",
            ),
            encoded_year=encoded_year,
        )
    if birth_year is not None and encoded_year != birth_year:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số CCCD cho biết năm sinh {encoded_year}, khác với năm sinh đã nhập "
                "({birth_year}).",
            ),
            encoded_year=encoded_year,
            birth_year=birth_year,
        )
    encoded_gender = cccd_gender(digits)
    if gender is not None and encoded_gender != gender:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Số CCCD là của {encoded_gender} nhưng hội viên được ghi là {gender}.",
            ),
            encoded_gender=_GENDER_WORDS[encoded_gender][0],
            gender=_GENDER_WORDS[gender][1],
        )
    return digits


def mask_id_number(number: str | None) -> str:
    """Hide all but the last four characters of an ID number, for lists and printouts.

    Lists are shown on shared screens and printed for meetings; the last four digits are
    enough to tell two members apart without exposing the number. A value of four
    characters or fewer is hidden completely, since showing it would show all of it.

    Returns:
        E.g. ``"••••••••1234"``, or ``""`` for None or an empty value.
    """
    if not number:
        return ""
    if len(number) <= 4:
        return _MASK * len(number)
    return _MASK * (len(number) - 4) + number[-4:]
