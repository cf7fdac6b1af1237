"""Importing member lists that communes already keep in spreadsheets.

Every commune office has its members in some Excel file made over the years: title rows
above the header, headings spelled a dozen ways, dates typed as text, phones that lost
their leading zero, ID numbers turned into floats, names in the TCVN3 or VNI fonts of the
1990s. This module works on the plain rows a reader gives (no spreadsheet library here):
it finds the header, guesses which column is what (the person can correct it), reads each
value the way a commune officer meant it, and shows per row what will happen before
anything is written. Writing is one transaction: all the accepted rows, or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.audit import record_bulk
from db.bulk import insert_rows, sql_value
from db.dialects.sql import json_values
from db.errors import QT_TRANSLATE_NOOP, Message, UserError
from db.legacy_encodings import (
    CellFont,
    Encoding,
    Reading,
    decide_cell,
    from_tcvn3,
    from_vni,
)
from db.members import (
    GENDER_REFUSED,
    InvalidDraftError,
    MemberDraft,
    refuse_new_members_here,
    validate_draft,
)
from db.models import Gender, Member, MemberStatus, MemberStatusEvent, Unit
from db.models.base import new_id, utc_now
from db.models.units import UnitLevel
from db.rules import live
from db.text import clean_paragraphs, clean_text, search_key
from db.units import create_branch
from db.validation import (
    OLD_MOBILE_PREFIXES,
    ValidationError,
    format_phone,
    normalize_phone,
    parse_date,
)
from db.vocabulary import ETHNICITY, GENDER, RELIGION

__all__ = [
    "FIELD_LABELS",
    "ColumnMapping",
    "ImportPreview",
    "ImportResult",
    "RowResult",
    "apply_import",
    "detect_header",
    "guess_mapping",
    "preview_import",
    "read_heading",
]

FIELD_LABELS: Final[dict[str, str]] = {
    "full_name": QT_TRANSLATE_NOOP("DbErrors", "Họ và tên"),
    "family_middle": QT_TRANSLATE_NOOP("DbErrors", "Họ và đệm"),
    "given_name": QT_TRANSLATE_NOOP("DbErrors", "Tên"),
    "birth_date": QT_TRANSLATE_NOOP("DbErrors", "Ngày sinh / năm sinh"),
    "gender": QT_TRANSLATE_NOOP("DbErrors", "Giới tính"),
    "id_number": QT_TRANSLATE_NOOP("DbErrors", "Số CCCD"),
    "ethnicity": QT_TRANSLATE_NOOP("DbErrors", "Dân tộc"),
    "religion": QT_TRANSLATE_NOOP("DbErrors", "Tôn giáo"),
    "branch": QT_TRANSLATE_NOOP("DbErrors", "Chi hội"),
    "village": QT_TRANSLATE_NOOP("DbErrors", "Thôn/Xóm"),
    "address": QT_TRANSLATE_NOOP("DbErrors", "Địa chỉ"),
    "phone": QT_TRANSLATE_NOOP("DbErrors", "Số điện thoại"),
    "occupation": QT_TRANSLATE_NOOP("DbErrors", "Nghề nghiệp"),
    "education": QT_TRANSLATE_NOOP("DbErrors", "Trình độ học vấn"),
    "joined_on": QT_TRANSLATE_NOOP("DbErrors", "Ngày vào Hội"),
    "card_number": QT_TRANSLATE_NOOP("DbErrors", "Số thẻ"),
    "notes": QT_TRANSLATE_NOOP("DbErrors", "Ghi chú"),
    "row_label": QT_TRANSLATE_NOOP("DbErrors", "STT"),
}
"""Fields a column can be mapped to, with the Vietnamese label the dialog shows."""

# Headings people use, as search keys (no tones, lower case, punctuation as spaces).
_HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    "row_label": ("stt", "tt", "so tt", "so thu tu"),
    "full_name": ("ho va ten", "ho ten", "ho va ten hoi vien", "ho ten hoi vien",
                  "ten hoi vien", "hoi vien"),
    "family_middle": ("ho va dem", "ho dem", "ho va ten dem", "ho"),
    "given_name": ("ten",),
    "birth_date": ("nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh ngay",
                   "ngay thang nam sinh nu", "nam sinh nu"),
    "gender": ("gioi tinh", "gioi", "nam nu", "gt"),
    "id_number": ("so cccd", "cccd", "cmnd cccd", "so cmnd cccd", "so cmnd", "cmnd",
                  "so dinh danh", "so dinh danh ca nhan", "cccd cmnd", "so can cuoc",
                  "can cuoc cong dan"),
    "ethnicity": ("dan toc",),
    "religion": ("ton giao",),
    "branch": ("chi hoi", "ten chi hoi", "thuoc chi hoi", "chi hoi phu nu"),
    "village": ("thon xom", "thon", "xom", "thon to dan pho", "to dan pho", "ap", "ban"),
    "address": ("dia chi", "noi o", "noi o hien nay", "cho o hien nay", "que quan",
                "dia chi thuong tru", "noi cu tru"),
    "phone": ("sdt", "so dt", "dien thoai", "so dien thoai", "dt", "dtdd", "so dtdd"),
    "occupation": ("nghe nghiep", "nghe", "cong viec"),
    "education": ("trinh do hoc van", "hoc van", "trinh do van hoa", "van hoa", "trinh do"),
    "joined_on": ("ngay vao hoi", "ngay ket nap", "ngay vao", "nam vao hoi"),
    "card_number": ("so the", "so the hoi vien", "the hoi vien"),
    "notes": ("ghi chu",),
}
_HEADING_FIELD: Final[dict[str, str]] = {
    key: name for name, keys in _HEADINGS.items() for key in keys
}
_TEXT_FIELDS: Final = ("full_name", "family_middle", "given_name", "gender", "ethnicity",
                       "religion", "branch", "village", "address", "occupation", "notes")
_HEADER_SEARCH_ROWS: Final = 30
_EXCEL_EPOCH: Final = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) holds which field, below which header row.

    Attributes:
        header_row: Index of the header row in the sheet's rows (0 = the file's row 1).
        columns: Field name → column index; fields not in the file are absent.
        headings: The header cells as read (converted from TCVN3/VNI when they were
            typed so), for the dialog's column list.
        originals: The header cells as written in the file when they were converted
            ("" otherwise), for comparison.
    """

    header_row: int
    columns: Mapping[str, int]
    headings: tuple[str, ...] = ()
    originals: tuple[str, ...] = ()

    def with_column(self, field_name: str, column: int | None) -> ColumnMapping:
        """Return the mapping with ``field_name`` moved to ``column`` (None: unmapped).

        A column holds one field only, so a field that had that column loses it.
        """
        if field_name not in FIELD_LABELS:
            raise ValueError(f"unknown field: {field_name}")
        columns = {k: v for k, v in self.columns.items() if k != field_name and v != column}
        if column is not None:
            columns[field_name] = column
        return replace(self, columns=columns)

    def with_header_row(
        self,
        header_row: int,
        rows: Sequence[Sequence[Any]],
        fonts: Mapping[tuple[int, int], CellFont] | None = None,
    ) -> ColumnMapping:
        """Return the mapping guessed again from another header row chosen by the person."""
        return _mapping_from(rows, header_row, fonts)


def _heading_key_field(value: str) -> str | None:
    key = search_key(value)
    if key in _HEADING_FIELD:
        return _HEADING_FIELD[key]
    # "Họ và tên (1)", "Năm sinh (dd/mm/yyyy)": drop a trailing remark.
    key = search_key(re.sub(r"\(.*?\)", " ", value))
    return _HEADING_FIELD.get(key)


def read_heading(value: Any, font: CellFont | None = None) -> tuple[Reading, str | None]:
    """Read a heading cell in whichever encoding it was typed, and the field it names.

    A heading is one or two words ("Tªn", "Hoï teân"), too little for the bytes alone
    to decide; but only the right reading names a known column, so each reading is
    tried in turn: as decided from the cell, then as TCVN3 (both cases) and as VNI.
    """
    text = value if isinstance(value, str) else ""
    reading = decide_cell(text, font)
    found = _heading_key_field(reading.text) if text else None
    if found is None and text and not text.isascii():
        tries: tuple[tuple[Encoding, str], ...] = (
            ("tcvn3", from_tcvn3(text)), ("tcvn3", from_tcvn3(text, uppercase_font=True)),
            ("vni", from_vni(text)),
        )
        for encoding, converted in tries:
            found = _heading_key_field(converted)
            if found is not None:
                return Reading(converted, text, "converted", encoding), found
    return reading, found


def _heading_field(value: Any) -> str | None:
    return read_heading(value)[1] if isinstance(value, str) else None


def detect_header(rows: Sequence[Sequence[Any]]) -> int | None:
    """Return the index of the header row, or None when no row looks like one.

    The header is the row among the first ones that names the most known columns; title
    rows such as "DANH SÁCH HỘI VIÊN NĂM 2024" name none. Headings typed in TCVN3 or VNI
    count as well as Unicode ones.
    """
    best, best_score = None, 1
    for index, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        found = {_heading_field(v) for v in row} - {None}
        score = len(found) + (2 if found & {"full_name", "given_name"} else 0)
        if score > best_score:
            best, best_score = index, score
    return best


def _mapping_from(
    rows: Sequence[Sequence[Any]],
    header_row: int,
    fonts: Mapping[tuple[int, int], CellFont] | None = None,
) -> ColumnMapping:
    header = rows[header_row] if header_row < len(rows) else []
    columns: dict[str, int] = {}
    headings: list[str] = []
    originals: list[str] = []
    for index, value in enumerate(header):
        reading, name = read_heading(value, (fonts or {}).get((header_row, index)))
        if isinstance(value, str):
            headings.append(clean_text(reading.text))
            originals.append(clean_text(value) if reading.status != "unchanged" else "")
        else:
            headings.append(clean_text(str(value)) if value is not None else "")
            originals.append("")
        if name and name not in columns:
            columns[name] = index
    if "full_name" in columns and "given_name" in columns:
        # "Họ và tên" next to "Tên": the first is the family and middle names.
        if columns["full_name"] < columns["given_name"]:
            columns["family_middle"] = columns.pop("full_name")
    elif "family_middle" in columns and "given_name" not in columns:
        columns["full_name"] = columns.pop("family_middle")
    return ColumnMapping(header_row, columns, tuple(headings), tuple(originals))


def guess_mapping(
    rows: Sequence[Sequence[Any]],
    fonts: Mapping[tuple[int, int], CellFont] | None = None,
) -> ColumnMapping:
    """Find the header and map its columns to member fields.

    Raises:
        UserError: no row looks like a header with a name column.
    """
    header_row = detect_header(rows)
    if header_row is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy dòng tiêu đề cột (ví dụ “Họ và tên”, “Năm sinh”) trong 30 dòng "
                "đầu của trang tính. Hãy chọn dòng tiêu đề và các cột bằng tay.",
            ),
        )
    return _mapping_from(rows, header_row, fonts)


# Reading values ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RowResult:
    """What will happen to one row of the file.

    Attributes:
        row_number: The row's number in the file (1 = the first row), as Excel shows it.
        cells: The row's cells as read, for the rejected-rows workbook.
        draft: The member as understood.
        branch_name: The branch as written in the file ("" if none).
        errors: Field → Vietnamese message; a row with errors is not imported.
        warnings: Things changed or worth a look, in Vietnamese.
        duplicate: ``"file"`` (same person earlier in the file), ``"register"`` (possibly
            already in the register) or ``None``.
    """

    row_number: int
    cells: tuple[Any, ...]
    draft: MemberDraft
    branch_name: str
    errors: Mapping[str, str]
    warnings: tuple[str, ...]
    duplicate: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    readings: Mapping[str, Reading] = field(default_factory=dict, compare=False, repr=False)
    """Field → how its cell was read, for every non-empty text cell of the row."""

    @property
    def ok(self) -> bool:
        """Whether the row can be imported."""
        return not self.errors

    @property
    def reason(self) -> str:
        """All the errors as one sentence list, for the rejected-rows workbook."""
        return " ".join(self.errors.values())


@dataclass(frozen=True)
class ImportPreview:
    """Everything the dialog shows before the person confirms, and what apply needs."""

    commune_id: str
    mapping: ColumnMapping
    rows: tuple[RowResult, ...]
    branch_ids: Mapping[str, str]
    unknown_branches: tuple[str, ...]
    header: tuple[Any, ...] = ()

    @property
    def total(self) -> int:
        """Rows with data."""
        return len(self.rows)

    @property
    def valid(self) -> int:
        """Rows that can be imported (duplicates included)."""
        return sum(1 for r in self.rows if r.ok)

    @property
    def rejected(self) -> tuple[RowResult, ...]:
        """Rows with errors."""
        return tuple(r for r in self.rows if not r.ok)

    @property
    def duplicates(self) -> int:
        """Valid rows that repeat a row of the file or may already be in the register."""
        return sum(1 for r in self.rows if r.ok and r.duplicate)

    @property
    def converted(self) -> int:
        """Rows with a cell converted from TCVN3 or VNI."""
        return sum(
            1 for r in self.rows if any(x.status == "converted" for x in r.readings.values())
        )

    @property
    def cell_counts(self) -> dict[str, int]:
        """Text cells read, by outcome: "converted", "doubtful" and "unchanged"."""
        counts = {"converted": 0, "doubtful": 0, "unchanged": 0}
        for row in self.rows:
            for reading in row.readings.values():
                counts[reading.status] += 1
        return counts


@dataclass(frozen=True)
class ImportResult:
    """What was written."""

    imported: int
    skipped_duplicates: int
    rejected: int
    branches_created: tuple[str, ...]


def _number_text(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _date_text(value: Any) -> str:
    """A birth date cell as text that parse_partial_date reads."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        if float(value).is_integer() and 1900 <= value <= 2100:
            return str(int(value))  # a year typed into a number cell
        if 2100 < value < 80_000:
            day = _EXCEL_EPOCH + dt.timedelta(days=int(value))  # Excel serial date
            return f"{day:%d/%m/%Y}"
        return _number_text(value)
    text = clean_text(str(value))
    if re.fullmatch(r"\d{4}\.0", text):
        text = text[:4]
    return text


def _full_date(value: Any, field_name: str, label: str, today: dt.date) -> dt.date | None:
    text = _date_text(value)
    if not text:
        return None
    return parse_date(text, field=field_name, label=label, today=today)




def _capitalise(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def _ethnicity(text: str) -> str:
    if not text:
        return ""
    return ETHNICITY.canonical(text) or (_capitalise(text.lower()) if text == text.lower()
                                         else text)


def _religion(text: str) -> str:
    if not text:
        return ""
    return RELIGION.canonical(text) or text[:1].upper() + text[1:]


def _id_number(value: Any, warnings: list[str]) -> str:
    """Read an ID number cell; raise ValidationError when Excel lost digits."""
    lost = ValidationError(
        "id_number",
        "Số CCCD đã bị Excel làm tròn thành dạng số mũ và mất chữ số cuối; không khôi phục "
        "được, hãy nhập lại từ thẻ (định dạng ô là Văn bản).",
    )
    if isinstance(value, bool):
        return ""
    if isinstance(value, float | int):
        if not float(value).is_integer() or value >= 1e13:
            raise lost
        digits = str(int(value))
        if len(digits) >= 10 and digits.endswith("0000"):
            # Real numbers end in zeros too: worth a look, not a reason to refuse the row.
            warnings.append(
                "Số CCCD có thể đã bị Excel làm tròn (bốn chữ số cuối đều là 0); hãy kiểm "
                "tra lại với thẻ."
            )
    else:
        text = clean_text(str(value))
        match = re.fullmatch(r"(\d+)(?:[.,](\d+))?[eE]\+?(\d+)", text)
        if match:
            whole, fraction, exponent = match.group(1), match.group(2) or "", int(match.group(3))
            significant = len((whole + fraction).lstrip("0"))
            total = len(whole) + exponent
            if significant < total:
                raise lost
            digits = (whole + fraction)[:total]
        else:
            if re.fullmatch(r"\d+\.0", text):
                text = text[:-2]
            return text
    if 10 <= len(digits) < 12:
        warnings.append("Đã thêm số 0 vào đầu số CCCD (Excel đã bỏ mất).")
        digits = digits.zfill(12)
    return digits


def _phone(value: Any, warnings: list[str]) -> tuple[str, str]:
    """Read a phone cell: the mobile number to store, and a note for anything else.

    A member is not refused for her phone: a retired 11-digit mobile number becomes its
    new number (the 2018 change is a fixed table), and a landline or a number that is
    not understood is kept in the notes, where the person can fix it later.
    """
    if isinstance(value, bool):
        return "", ""
    text = _number_text(value) if isinstance(value, int | float) else clean_text(str(value))
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) == 9 and not digits.startswith("0") and not text.startswith("+"):
        warnings.append("Đã thêm số 0 vào đầu số điện thoại.")
        text = "0" + digits
        digits = text
    try:
        return normalize_phone(text), ""
    except ValidationError:
        pass
    if len(digits) == 10 and digits.startswith("1") and "0" + digits[:3] in OLD_MOBILE_PREFIXES:
        digits = "0" + digits  # an 11-digit number that lost its leading zero in Excel
    if len(digits) == 11 and digits[:4] in OLD_MOBILE_PREFIXES:
        new = OLD_MOBILE_PREFIXES[digits[:4]] + digits[4:]
        warnings.append(Message(
            QT_TRANSLATE_NOOP("DbErrors", "Số {old} dùng đầu số cũ (trước năm 2018); đã đổi "
                                          "thành {new}."),
            {"old": digits, "new": format_phone(new)}))
        return new, ""
    warnings.append(Message(
        QT_TRANSLATE_NOOP("DbErrors",
                          "Số điện thoại «{text}» không phải số di động; đã ghi vào phần ghi chú."),
        {"text": text}))
    return "", f"Điện thoại: {text}"


def _education(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        # Excel turned "9/12" into 9 December.
        return f"{value.day}/{value.month}" if value.month == 12 else f"{value:%d/%m/%Y}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = _number_text(value)
        return f"{number}/12" if number.isdigit() and 1 <= int(number) <= 12 else number
    return clean_text(str(value)) if value is not None else ""


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return _number_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%d/%m/%Y}"
    return clean_text(str(value))


class _Decoder:
    """Decides, cell by cell, which text cells are TCVN3 or VNI.

    Each cell is decided from its own evidence first (its font, its words). A column
    then has a habit: the encoding its surely-converted cells were in (or, for a column
    with none, the sheet's). A cell that one word alone would convert is converted when
    the habit agrees, and a Unicode cell whose bytes also read as the habit's encoding
    is kept but marked doubtful.
    """

    def __init__(
        self,
        rows: Sequence[Sequence[Any]],
        start: int,
        columns: Sequence[int],
        fonts: Mapping[tuple[int, int], CellFont],
    ) -> None:
        self.fonts = fonts
        self.readings: dict[tuple[int, int], Reading] = {}
        # Votes per column: (sure conversions, doubtful cells whose other reading is it).
        votes: dict[int, dict[str, list[int]]] = {
            c: {"tcvn3": [0, 0], "vni": [0, 0]} for c in columns
        }
        for column in columns:
            for r in range(start, len(rows)):
                row = rows[r]
                value = row[column] if column < len(row) else None
                if not isinstance(value, str) or (value.isascii() and (r, column) not in fonts):
                    continue
                reading = decide_cell(value, fonts.get((r, column)))
                self.readings[(r, column)] = reading
                if reading.encoding:
                    votes[column][reading.encoding][reading.status != "converted"] += 1
        sheet = {"tcvn3": [0, 0], "vni": [0, 0]}
        for counts in votes.values():
            for name, (sure, weak) in counts.items():
                sheet[name][0] += sure
                sheet[name][1] += weak
        self.sheet_habit = self._habit(sheet)
        self.habit: dict[int, Encoding | None] = {
            c: self._habit(votes[c]) or self.sheet_habit for c in columns
        }
        for (r, column), reading in self.readings.items():
            if reading.status != "converted":
                self.readings[(r, column)] = self._with_habits(
                    reading, fonts.get((r, column)), self.habit[column]
                )

    def _with_habits(
        self, reading: Reading, font: CellFont | None, habit: Encoding | None
    ) -> Reading:
        """Decide again with the column's habit, then with the sheet's if that differs."""
        for hint in dict.fromkeys((habit, self.sheet_habit)):
            if hint is not None and reading.status != "converted":
                again = decide_cell(reading.original, font, hint)
                if again.status == "converted" or hint == habit:
                    reading = again
        return reading

    @staticmethod
    def _habit(votes: Mapping[str, list[int]]) -> Encoding | None:
        """The encoding of most sure conversions; doubtful cells only break a tie."""
        tcvn3, vni = tuple(votes["tcvn3"]), tuple(votes["vni"])
        if tcvn3 == vni or not tcvn3[0] + vni[0]:
            return None
        return "tcvn3" if tcvn3 > vni else "vni"

    def read(self, r: int, column: int, text: str) -> Reading:
        """How the cell at (r, column) reads; ``text`` is the cell as written."""
        found = self.readings.get((r, column))
        if found is not None and found.original == text:
            return found
        font = self.fonts.get((r, column))
        return self._with_habits(decide_cell(text, font), font, self.habit.get(column))


def _read_row(
    r: int,
    row: Sequence[Any],
    mapping: ColumnMapping,
    decoder: _Decoder,
    today: dt.date,
) -> tuple[MemberDraft, str, dict[str, str], list[str], dict[str, Reading]] | None:
    """Turn one row into a draft, or None for a row with nothing in it."""
    def cell(name: str) -> Any:
        column = mapping.columns.get(name)
        if column is None or column >= len(row):
            return None
        value = row[column]
        return None if isinstance(value, str) and not value.strip() else value

    warnings: list[str] = []
    errors: dict[str, str] = {}
    texts: dict[str, str] = {}
    readings: dict[str, Reading] = {}
    converted: set[str] = set()
    for name in _TEXT_FIELDS:
        value = cell(name)
        if value is None:
            texts[name] = ""
            continue
        if isinstance(value, str):
            # Decide on the text as written: cleaning first would drop TCVN3's "ư",
            # whose byte is the soft hyphen.
            reading = decoder.read(r, mapping.columns[name], value)
            readings[name] = reading
            if reading.status == "converted":
                converted.add("TCVN3" if reading.encoding == "tcvn3" else "VNI")
            elif reading.status == "doubtful":
                warnings.append(Message(
                    QT_TRANSLATE_NOOP("DbErrors",
                                      "Chưa chắc bảng mã ở cột {column}: giữ nguyên «{kept}»; "
                                      "nếu là mã {encoding} thì là «{alternative}»."),
                    {"column": Message(FIELD_LABELS[name]), "kept": clean_text(reading.original),
                     "encoding": "TCVN3" if reading.encoding == "tcvn3" else "VNI",
                     "alternative": clean_text(reading.alternative)}))
            texts[name] = clean_text(reading.text)
        else:
            texts[name] = _cell_text(value)
    full_name = texts["full_name"] or " ".join(
        t for t in (texts["family_middle"], texts["given_name"]) if t
    )
    filled = sum(1 for name in mapping.columns if name != "row_label" and cell(name) is not None)
    if not full_name and filled <= 1:
        return None
    if full_name and (converted or full_name == full_name.lower()):
        full_name = _capitalise(full_name)
    for label in sorted(converted):
        warnings.append(Message(
            QT_TRANSLATE_NOOP("DbErrors", "Đã chuyển chữ từ bảng mã {encoding} sang Unicode."),
            {"encoding": label}))

    gender = GENDER.canonical(texts["gender"]) or Gender.FEMALE.value
    if search_key(texts["gender"]) and GENDER.canonical(texts["gender"]) is None:
        errors["gender"] = Message(GENDER_REFUSED)
    kind = "honorary" if gender == Gender.MALE.value else "ordinary"

    id_number = ""
    if cell("id_number") is not None:
        try:
            id_number = _id_number(cell("id_number"), warnings)
        except ValidationError as exc:
            errors["id_number"] = exc.message
    phone, phone_note = _phone(cell("phone"), warnings) if cell("phone") is not None else ("", "")
    joined: dt.date | None = None
    try:
        joined = _full_date(cell("joined_on"), "joined_on", "Ngày vào Hội", today)
    except ValidationError as exc:
        errors["joined_on"] = exc.message
    address = texts["address"]
    village = texts["village"]
    if village and search_key(village) not in search_key(address):
        address = f"{village}, {address}" if address else village
    card = cell("card_number")
    draft = MemberDraft(
        full_name=full_name,
        gender=gender,
        birth_date=_date_text(cell("birth_date")) if cell("birth_date") is not None else "",
        ethnicity=_ethnicity(texts["ethnicity"]),
        religion=_religion(texts["religion"]),
        id_number=id_number,
        phone=phone,
        address=address,
        occupation=texts["occupation"],
        education=_education(cell("education")),
        kind=kind,
        joined_on=joined,
        card_number=_cell_text(card),
        notes=clean_paragraphs("\n".join(t for t in (texts["notes"], phone_note) if t)),
    )
    return draft, texts["branch"] or texts["village"], errors, warnings, readings


def _branch_key(name: str) -> str:
    key = search_key(name)
    return key[len("chi hoi "):] if key.startswith("chi hoi ") else key


def preview_import(
    session: Session,
    commune_id: str,
    rows: Sequence[Sequence[Any]],
    mapping: ColumnMapping,
    today: dt.date,
    *,
    fonts: Mapping[tuple[int, int], CellFont] | None = None,
) -> ImportPreview:
    """Read every row below the header and say what importing it would do.

    Nothing is written. Possible duplicates in the register are looked up in bulk, one
    query for all ID numbers and one for all names, not one query per row.

    Args:
        session: A reading session.
        commune_id: The commune the members join.
        rows: The sheet's rows as the reader gives them.
        mapping: The header row and columns (guessed, possibly corrected by the person).
        today: The date that counts as today (birth and joining dates cannot be later).
        fonts: Legacy fonts of cells (or of their rich-text runs), by (row, column),
            when the file tells them.
    """
    if "full_name" not in mapping.columns and "given_name" not in mapping.columns:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Hãy chọn cột “Họ và tên” (hoặc hai cột “Họ và đệm” và “Tên”).",
            ),
        )
    start = mapping.header_row + 1
    text_columns = [mapping.columns[n] for n in _TEXT_FIELDS if n in mapping.columns]
    decoder = _Decoder(rows, start, text_columns, fonts or {})
    branches = {
        _branch_key(name): unit_id
        for unit_id, name in session.execute(
            select(Unit.id, Unit.name).where(
                Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
                Unit.active.is_(True), live(Unit),
            )
        )
    }
    read: list[tuple[int, Sequence[Any], MemberDraft, str, dict[str, str], list[str],
                     dict[str, Reading]]] = []
    for r in range(start, len(rows)):
        result = _read_row(r, rows[r], mapping, decoder, today)
        if result is not None:
            read.append((r, rows[r], *result))

    unknown: dict[str, str] = {}
    results: list[RowResult] = []
    values_of: list[dict[str, Any]] = []
    by_branch_column = "branch" in mapping.columns
    for r, row, draft, written_branch, errors, warnings, readings in read:
        branch_id = None
        branch_name = written_branch
        if branch_name:
            key = _branch_key(branch_name)
            branch_id = branches.get(key)
            if branch_id is None and not by_branch_column:
                # A village that is not a branch's name says nothing about the branch.
                branch_name = ""
            elif branch_id is None and key:
                unknown.setdefault(key, branch_name)
        values: dict[str, Any] = {}
        try:
            values = validate_draft(replace(draft, branch_id=branch_id), today)
        except InvalidDraftError as exc:
            for name, message in exc.errors.items():
                errors.setdefault(name, message)
        values_of.append(values)
        results.append(RowResult(
            row_number=r + 1, cells=tuple(row), draft=replace(draft, branch_id=branch_id),
            branch_name=branch_name, errors=errors, warnings=tuple(warnings),
            values=values, readings=readings,
        ))

    results = _mark_duplicates(session, commune_id, results)
    return ImportPreview(
        commune_id=commune_id,
        mapping=mapping,
        rows=tuple(results),
        branch_ids=branches,
        unknown_branches=tuple(unknown.values()),
        header=tuple(rows[mapping.header_row]) if mapping.header_row < len(rows) else (),
    )


def _json_list(values: Sequence[str]) -> Any:
    return json_values(values)


def _mark_duplicates(
    session: Session, commune_id: str, results: list[RowResult]
) -> list[RowResult]:
    """Flag rows repeating an earlier row of the file or a member of the register."""
    ids = sorted({r.values["id_number"] for r in results if r.ok and r.values.get("id_number")})
    keys = sorted({r.values["search_key"] for r in results if r.ok})
    current = (Member.commune_id == commune_id, live(Member))
    by_id: dict[str, str] = {}
    by_name: dict[tuple[str, int], list[tuple[str, str | None, str | None]]] = {}
    if ids:
        for number, name in session.execute(
            select(Member.id_number, Member.full_name).where(
                *current, Member.id_number.in_(_json_list(ids))
            )
        ):
            by_id[str(number)] = name
    if keys:
        for key, year, name, number, birth in session.execute(
            select(Member.search_key, Member.birth_year, Member.full_name, Member.id_number,
                   Member.birth_date).where(
                *current, Member.search_key.in_(_json_list(keys)),
                Member.birth_year.is_not(None),
            )
        ):
            by_name.setdefault((key, int(year or 0)), []).append((name, number, birth))
    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple[str, int], list[tuple[int, str | None, str | None]]] = {}
    out: list[RowResult] = []
    for row in results:
        if not row.ok:
            out.append(row)
            continue
        number = row.values.get("id_number")
        birth = row.values.get("birth_date")
        year = row.values.get("birth_year")
        name_key = (row.values["search_key"], year) if year is not None else None
        note, kind = "", None
        same_file = [
            n for n, other_id, other_birth in seen_names.get(name_key, []) if name_key
            and not _clearly_different(number, birth, other_id, other_birth)
        ] if name_key else []
        same_register = [
            n for n, other_id, other_birth in by_name.get(name_key, [])
            if not _clearly_different(number, birth, other_id, other_birth)
        ] if name_key else []
        if number and number in seen_ids:
            note, kind = Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Trùng số CCCD với dòng {row} trong tệp."),
                {"row": seen_ids[number]}), "file"
        elif same_file:
            note, kind = Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Trùng họ tên và năm sinh với dòng {row} trong tệp."),
                {"row": same_file[0]}), "file"
        elif number and number in by_id:
            note, kind = Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Có thể đã có trong sổ: {name} (cùng số CCCD)."),
                {"name": by_id[number]}), "register"
        elif same_register:
            note, kind = Message(QT_TRANSLATE_NOOP(
                "DbErrors", "Có thể đã có trong sổ: {name} (cùng họ tên và năm sinh)."),
                {"name": same_register[0]}), "register"
        if number:
            seen_ids.setdefault(number, row.row_number)
        if name_key:
            seen_names.setdefault(name_key, []).append((row.row_number, number, birth))
        out.append(replace(row, duplicate=kind, warnings=row.warnings + ((note,) if note else ()))
                   if kind else row)
    return out


def _clearly_different(
    number: str | None, birth: str | None, other_number: str | None, other_birth: str | None
) -> bool:
    """Whether two people of the same name and birth year are surely not the same.

    Namesakes are common in a commune: differing ID numbers or full birth dates tell
    them apart, so they are not reported as duplicates.
    """
    if number and other_number and number != other_number:
        return True
    full = 10
    return bool(birth and other_birth and len(birth) == len(other_birth) == full
                and birth != other_birth)


_MEMBER_COLUMNS: Final = (
    "id", "owner_unit_id", "created_at", "updated_at", "version", "full_name", "given_name",
    "search_key", "sort_key", "gender", "birth_date", "birth_year", "ethnicity", "religion",
    "id_number", "phone", "address", "occupation", "education", "professional_level",
    "political_theory", "party_member", "kind", "joined_on", "card_number",
    "card_issued_on", "commune_id", "branch_id", "status", "status_since", "consent_on",
    "consent_method", "notes",
)
_EVENT_COLUMNS: Final = (
    "id", "owner_unit_id", "created_at", "updated_at", "version", "member_id", "status",
    "effective_on", "reason",
)


def apply_import(
    session: Session,
    commune_id: str,
    preview: ImportPreview,
    *,
    create_branches: bool,
    skip_duplicates: bool,
    today: dt.date | None = None,
) -> ImportResult:
    """Write the accepted rows of a preview, inside the caller's single transaction.

    Rows with errors are left out (they go to the rejected-rows workbook); duplicates
    are left out when ``skip_duplicates``. Any failure raises, and the caller's
    transaction then writes nothing at all. Members and their first status event are
    inserted with the driver's executemany (docs/ARCHITECTURE.md §8); the search index follows by
    its triggers.

    Args:
        session: The session of the one write transaction.
        commune_id: The commune the members join (the preview's).
        preview: What :func:`preview_import` showed the person.
        create_branches: Create the branches named in the file that the commune lacks;
            otherwise their members are imported without a branch.
        skip_duplicates: Leave out rows flagged as duplicates.
        today: The date recorded for members whose joining date is unknown.
    """
    refuse_new_members_here(session)
    if preview.commune_id != commune_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Bản xem trước này được lập cho xã khác; hãy mở lại tệp.",
            ),
        )
    branch_ids = dict(preview.branch_ids)
    created: list[str] = []
    if create_branches:
        for name in preview.unknown_branches:
            key = _branch_key(name)
            if key not in branch_ids:
                branch_ids[key] = create_branch(session, commune_id, name)
                created.append(session.get_one(Unit, branch_ids[key]).name)
    now = sql_value(utc_now())
    recorded = sql_value(today or dt.date.today())
    members: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    skipped = 0
    for row in preview.rows:
        if not row.ok:
            continue
        if row.duplicate and skip_duplicates:
            skipped += 1
            continue
        values = dict(row.values)
        branch_id = branch_ids.get(_branch_key(row.branch_name)) if row.branch_name else None
        member_id = new_id()
        joined = values.get("joined_on")
        values.update(
            id=member_id, owner_unit_id=commune_id, created_at=now, updated_at=now, version=1,
            commune_id=commune_id, branch_id=branch_id, status=MemberStatus.ACTIVE.value,
            status_since=joined, gender=str(values["gender"]), kind=str(values["kind"]),
        )
        members.append(tuple(sql_value(values.get(c)) for c in _MEMBER_COLUMNS))
        events.append((
            new_id(), commune_id, now, now, 1, member_id, MemberStatus.ACTIVE.value,
            sql_value(joined) if joined else recorded,
            "Kết nạp" if joined else "Ghi vào sổ (chưa rõ ngày vào Hội)",
        ))
    insert_rows(session, Member.__table__, _MEMBER_COLUMNS, members)  # type: ignore[arg-type]
    name_at = _MEMBER_COLUMNS.index("full_name")
    record_bulk(
        session, "members", [m[0] for m in members], "import",
        [{"full_name": [None, m[name_at]]} for m in members], commune_id, limit=None,
    )
    insert_rows(
        session, MemberStatusEvent.__table__, _EVENT_COLUMNS, events  # type: ignore[arg-type]
    )
    return ImportResult(len(members), skipped, len(preview.rejected), tuple(created))


def count_members(session: Session, commune_id: str) -> int:
    """Count the commune's members (for summaries before and after an import)."""
    return int(session.execute(
        select(func.count()).select_from(Member).where(
            Member.commune_id == commune_id, live(Member)
        )
    ).scalar_one())

