"""Report templates: the placeholders a province's own forms may use, and their values.

Statistical forms change with every reform and differ by province, and no national form
exists in a machine-readable shape, so the program ships no guessed form. Instead the
upper level designs its form in Excel and writes placeholders where figures go
(``{{hoi_vien.dang_sinh_hoat}}``); the program fills them from the register. This module
is the one home of that small vocabulary: what each name means, which keys a table
accepts, and the values, taken from the same functions as the program's own reports
(``db.overview``, ``db.member_stats``, ``db.targets``) so a filled form never disagrees
with the screens.

Three forms of placeholder:

- ``{{name}}``: one value (``{{hoi_vien.dang_sinh_hoat}}``, ``{{ky_bao_cao}}``);
- ``{{table[Key]}}`` or ``{{table[Key].field}}``: one row of a table, by its name or
  code (``{{hoi_vien.theo_dan_toc[Kinh]}}``); without a field, the row's count;
- ``{{table[*].field}}``: the row of the sheet repeats once per row of the table
  (``{{chi_hoi[*].ten}}``).

A template naming anything outside the vocabulary is refused whole with the list of what
is unknown: a misspelt key must not print as a silent zero. The vocabulary is written out
for the people who design forms in ``docs/REPORT-TEMPLATES.md``; a test keeps the two in
step.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP, UserError
from db.formatting import date as format_date
from db.member_stats import member_statistics
from db.members import AGE_GROUPS, KIND_LABELS
from db.models import Unit
from db.overview import DEPARTURES, UNKNOWN_AGE, age_group_label, commune_overview
from db.rules import gathering_rate
from db.targets import CATEGORY_LABELS, targets_report
from db.units import list_communes
from db.vocabulary import ETHNICITY, MEMBER_STATUS, RELIGION, Vocabulary, spelling_key

__all__ = [
    "MAX_TEMPLATE_BYTES",
    "TABLES",
    "VALUES",
    "Placeholder",
    "ReportValues",
    "TableSpec",
    "UnknownPlaceholdersError",
    "check_period",
    "commune_values",
    "find_placeholders",
    "parse_placeholder",
    "resolve",
    "sum_values",
    "unknown_placeholders",
    "upper_values",
]

Value = int | float | str | None
Row = Mapping[str, Value]

PLACEHOLDER = re.compile(r"\{\{([^{}]*)\}\}")
"""A placeholder as written in a cell: anything between double braces."""

_SHAPE = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)"
    r"(?:\[(?P<key>[^\[\]]+)\](?:\.(?P<field>[a-z_][a-z0-9_]*))?)?$"
)

MAX_TEMPLATE_BYTES: Final = 10 * 1024 * 1024
"""A form is a few hundred kilobytes; ten megabytes leaves room for a logo."""

REPEAT = "*"
"""The key that makes a row of the sheet repeat once per row of a table."""

COUNT = "so_luong"
"""The field a keyed placeholder without a field gives: the row's count."""

_UNKNOWN_LABELS = ("Chưa ghi", "Không rõ")
"""Row names of the member tables for people whose value was not written down."""


class UnknownPlaceholdersError(UserError):
    """A template names placeholders the program does not know; nothing was filled."""

    def __init__(self, unknown: Sequence[str]) -> None:
        shown = ", ".join("{{" + text + "}}" for text in unknown[:20])
        if len(unknown) > 20:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Mẫu báo cáo có {count} chỗ điền Sổ Hội không biết: {shown} và {more} chỗ "
                    "khác. Hãy sửa các chỗ này theo danh sách tên trong hướng dẫn mẫu báo cáo; "
                    "chưa có tệp nào được ghi.",
                ),
                count=len(unknown), shown=shown, more=len(unknown) - 20,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Mẫu báo cáo có {count} chỗ điền Sổ Hội không biết: {shown}. Hãy sửa các "
                    "chỗ này theo danh sách tên trong hướng dẫn mẫu báo cáo; chưa có tệp nào "
                    "được ghi.",
                ),
                count=len(unknown), shown=shown,
            )
        self.unknown = tuple(unknown)


@dataclass(frozen=True)
class Placeholder:
    """One placeholder, split into its parts.

    Attributes:
        text: what stood between the braces, spaces trimmed (for messages).
        name: the value's or the table's name.
        key: the row asked for, ``*`` for a repeating row, None for a plain value.
        field: the row's field; None means the count.
    """

    text: str
    name: str
    key: str | None
    field: str | None

    @property
    def repeats(self) -> bool:
        """Tell whether the sheet's row repeats once per row of the table."""
        return self.key == REPEAT


def parse_placeholder(text: str) -> Placeholder | None:
    """Split what stood between the braces, or None when it has no placeholder's shape."""
    inner = text.strip()
    match = _SHAPE.match(inner)
    if match is None:
        return None
    key = match["key"].strip() if match["key"] is not None else None
    return Placeholder(inner, match["name"], key or None, match["field"])


def find_placeholders(text: str) -> list[str]:
    """Return what stands between each pair of double braces in ``text``, in order."""
    return [found.group(1) for found in PLACEHOLDER.finditer(text)]


# --- the vocabulary -----------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    """A table of the vocabulary: its rows' fields and which keys name a row.

    Attributes:
        name: the table's name in placeholders.
        description: what a row is, for the guide.
        fields: the fields every row has (``ten`` and ``so_luong`` at least).
        closed_keys: for a fixed list of rows, every name and code that may be asked
            for; None for an open list (branches, occupations), where any name is
            accepted and an absent one counts zero.
        vocabulary: for an open list backed by one of the program's lists (ethnic
            groups, religions), the list that tells a real name from a typo.
        upper_only: the table exists at the upper level only.
    """

    name: str
    description: str
    fields: tuple[str, ...]
    closed_keys: Callable[[], Iterable[str]] | None = None
    vocabulary: Vocabulary | None = None
    upper_only: bool = False
    summed_by_key: bool = True

    def accepts_key(self, key: str) -> bool:
        """Tell whether ``key`` names a row this table can have."""
        wanted = spelling_key(key)
        if self.closed_keys is not None:
            return any(spelling_key(known) == wanted for known in self.closed_keys())
        if self.vocabulary is not None:
            return (self.vocabulary.canonical(key) is not None
                    or wanted in {spelling_key(label) for label in _UNKNOWN_LABELS})
        return True


def _kind_keys() -> Iterable[str]:
    return [*KIND_LABELS, *KIND_LABELS.values()]


def _age_keys() -> Iterable[str]:
    keys = (*AGE_GROUPS, UNKNOWN_AGE)
    return [*keys, *(age_group_label(key) for key in keys)]


def _departure_keys() -> Iterable[str]:
    return [*(status.value for status in DEPARTURES),
            *(MEMBER_STATUS.label(status.value) for status in DEPARTURES)]


def _category_keys() -> Iterable[str]:
    return [*CATEGORY_LABELS, *CATEGORY_LABELS.values()]


VALUES: Mapping[str, str] = {
    "ky_bao_cao": "Kỳ báo cáo, viết thành chữ: «Năm 2026»",
    "nam": "Năm của kỳ báo cáo (số)",
    "ngay_lap": "Ngày lập báo cáo, dd/mm/yyyy",
    "ngay_so_lieu": "Ngày số liệu «đang sinh hoạt» mô tả: hôm nay với năm đang chạy, "
                    "31/12 với năm đã qua",
    "don_vi.ten": "Tên đơn vị báo cáo (xã, hoặc cấp trên ở trang tổng hợp)",
    "don_vi.ma": "Mã đơn vị (mã hành chính)",
    "hoi_vien.tong": "Hội viên trong sổ, mọi tình trạng",
    "hoi_vien.dang_sinh_hoat": "Hội viên đang sinh hoạt vào ngày số liệu",
    "hoi_vien.tap_hop": "Hội viên thường và tự động đang sinh hoạt (tử số tỷ lệ tập hợp)",
    "hoi_vien.ket_nap_trong_ky": "Hội viên có ngày vào Hội trong kỳ",
    "hoi_vien.roi_trong_ky": "Hội viên chuyển đi, ra khỏi Hội hoặc từ trần trong kỳ "
                             "(mỗi người một lần)",
    "phu_nu_tu_18": "Phụ nữ từ 18 tuổi trên địa bàn (tổng các chi hội có số liệu); "
                    "trống khi chưa chi hội nào nhập",
    "ty_le_tap_hop": "Tỷ lệ tập hợp hội viên, phần trăm (số thập phân); trống khi chưa có "
                     "số phụ nữ",
    "chi_hoi.so_luong": "Số chi hội vào ngày số liệu",
    "tap_huan.luot": "Lượt cán bộ hoàn thành tập huấn trong kỳ",
    "tap_huan.nguoi": "Số người khác nhau trong các lượt đó",
    "tap_huan.kinh_phi": "Kinh phí các lớp tập huấn kết thúc trong kỳ, đồng",
}
"""The single values, name → meaning (the guide prints these)."""

_ROW = ("ten", COUNT)

TABLES: Mapping[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("hoi_vien.theo_loai", "Hội viên đang sinh hoạt theo loại hội viên",
                  (*_ROW, "khoa"), closed_keys=_kind_keys),
        TableSpec("hoi_vien.theo_do_tuoi", "Hội viên đang sinh hoạt theo nhóm tuổi "
                  "(tính theo năm sinh)", (*_ROW, "khoa"), closed_keys=_age_keys),
        TableSpec("hoi_vien.roi_hoi", "Hội viên rời Hội trong kỳ theo lý do "
                  "(chuyển đi, ra khỏi Hội, từ trần)", (*_ROW, "khoa"),
                  closed_keys=_departure_keys),
        TableSpec("hoi_vien.theo_dan_toc", "Hội viên đang sinh hoạt hôm nay theo dân tộc",
                  (*_ROW, "ty_le"), vocabulary=ETHNICITY),
        TableSpec("hoi_vien.theo_ton_giao", "Hội viên đang sinh hoạt hôm nay theo tôn giáo",
                  (*_ROW, "ty_le"), vocabulary=RELIGION),
        TableSpec("hoi_vien.theo_nghe_nghiep", "Hội viên đang sinh hoạt hôm nay theo nghề "
                  "nghiệp (như đã ghi)", (*_ROW, "ty_le")),
        TableSpec("chi_hoi", "Các chi hội và số hội viên đang sinh hoạt hôm nay",
                  ("ten", COUNT, "xa"), summed_by_key=False),
        TableSpec("tap_huan.theo_nhom", "Cán bộ theo nhóm (Đề án 1893): số người đã được "
                  "tập huấn trong kỳ (so_luong), số cán bộ (can_bo), lượt (luot), tỷ lệ "
                  "phần trăm (ty_le)", (*_ROW, "khoa", "can_bo", "luot", "ty_le"),
                  closed_keys=_category_keys),
        TableSpec("xa", "Các xã của cấp trên (chỉ ở cấp trên)",
                  ("ten", "ma", COUNT, "tap_hop", "phu_nu_tu_18", "ty_le_tap_hop"),
                  upper_only=True, summed_by_key=False),
    )
}
"""The tables, name → specification."""


def _problem(placeholder: Placeholder | None) -> bool:
    """Tell whether a parsed placeholder names nothing the vocabulary has."""
    if placeholder is None:
        return True
    if placeholder.key is None:
        return placeholder.name not in VALUES or placeholder.field is not None
    spec = TABLES.get(placeholder.name)
    if spec is None:
        return True
    if placeholder.field is not None and placeholder.field not in spec.fields:
        return True
    if placeholder.repeats:
        return False
    return not spec.accepts_key(placeholder.key)


def unknown_placeholders(texts: Iterable[str]) -> list[str]:
    """Return every placeholder among ``texts`` the vocabulary does not know, once each.

    ``texts`` are what stood between braces (see :func:`find_placeholders`).
    """
    unknown: dict[str, None] = {}
    for text in texts:
        if _problem(parse_placeholder(text)):
            unknown.setdefault(text.strip(), None)
    return list(unknown)


# --- the values ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportValues:
    """The vocabulary's values for one unit and one period.

    Attributes:
        values: single value name → value.
        tables: table name → its rows, each a mapping of field → value.
    """

    values: Mapping[str, Value]
    tables: Mapping[str, tuple[Row, ...]]


def check_period(text: str, today: dt.date) -> int:
    """Return the year a report period names ("2026").

    Raises:
        UserError: not a year, or a year the register cannot describe.
    """
    cleaned = text.strip()
    if not re.fullmatch(r"[0-9]{4}", cleaned):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Kỳ báo cáo «{cleaned}» không đúng: hãy ghi năm, ví dụ 2026.",
            ),
            cleaned=cleaned[:20],
        )
    year = int(cleaned)
    if not 1930 <= year <= today.year:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Năm {year} nằm ngoài các năm sổ có thể báo cáo (1930–{year2}).",
            ),
            year=year,
            year2=today.year,
        )
    return year


def _share(part: int, whole: int | None) -> float | None:
    return None if not whole else round(100.0 * part / whole, 2)


def commune_values(
    session: Session, commune_id: str, year: int, today: dt.date
) -> ReportValues:
    """Compute every value of the vocabulary for one commune and one year.

    The member tables by ethnicity, religion, occupation and branch describe today's
    active members, as the statistics export does; the others describe the year's
    snapshot day (see ``db.overview.snapshot_day``).
    """
    overview = commune_overview(session, commune_id, year, today)
    statistics = member_statistics(session, commune_id, today)
    targets = targets_report(session, commune_id, year, today)
    unit = session.get_one(Unit, commune_id)

    def stat_rows(key: str) -> tuple[Row, ...]:
        table = statistics.table(key)
        return tuple({"ten": row.label, COUNT: row.count,
                      "ty_le": None if row.share is None else round(row.share, 2)}
                     for row in table.rows)

    values: dict[str, Value] = {
        "ky_bao_cao": f"Năm {year}",
        "nam": year,
        "ngay_lap": format_date(today),
        "ngay_so_lieu": format_date(overview.as_of),
        "don_vi.ten": unit.name,
        "don_vi.ma": unit.code or "",
        "hoi_vien.tong": overview.members_total,
        "hoi_vien.dang_sinh_hoat": overview.active_members,
        "hoi_vien.tap_hop": overview.gathered_members,
        "hoi_vien.ket_nap_trong_ky": overview.joined_this_year,
        "hoi_vien.roi_trong_ky": overview.left_this_year,
        "phu_nu_tu_18": overview.women_18_plus,
        "ty_le_tap_hop": _rate(overview.gathered_members, overview.women_18_plus),
        "chi_hoi.so_luong": overview.branches,
        "tap_huan.luot": targets.total_participations,
        "tap_huan.nguoi": targets.total_people,
        "tap_huan.kinh_phi": targets.funding_total,
    }
    tables: dict[str, tuple[Row, ...]] = {
        "hoi_vien.theo_loai": tuple({"khoa": g.key, "ten": g.label, COUNT: g.count}
                                    for g in overview.by_kind),
        "hoi_vien.theo_do_tuoi": tuple({"khoa": g.key, "ten": g.label, COUNT: g.count}
                                       for g in overview.by_age_group),
        "hoi_vien.roi_hoi": tuple({"khoa": g.key, "ten": g.label, COUNT: g.count}
                                  for g in overview.departures),
        "hoi_vien.theo_dan_toc": stat_rows("ethnicity"),
        "hoi_vien.theo_ton_giao": stat_rows("religion"),
        "hoi_vien.theo_nghe_nghiep": stat_rows("occupation"),
        "chi_hoi": tuple({"ten": row["ten"], COUNT: row[COUNT], "xa": unit.name}
                         for row in stat_rows("branch")),
        "tap_huan.theo_nhom": tuple(
            {"khoa": c.category, "ten": c.label, COUNT: c.trained_people,
             "can_bo": c.people, "luot": c.participations,
             "ty_le": _share(c.trained_people, c.people)}
            for c in targets.categories
        ),
        "xa": (),
    }
    return ReportValues(values, tables)


def _rate(gathered: int, women: int | None) -> float | None:
    rate = gathering_rate(gathered, women)
    return None if rate is None else round(rate, 2)


def _add(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if a is None:
        return b
    return a


def sum_values(
    parts: Sequence[tuple[str, str, ReportValues]], name: str, code: str
) -> ReportValues:
    """Sum the communes' values into the upper level's: counts added, rates recomputed.

    The summed sheet is made from the very numbers of the communes' sheets, so it equals
    their sum by construction; shares are computed again from the summed counts, never
    added. Tables whose rows are things of one commune (branches) are put one after the
    other; ``xa`` gets one row per commune.

    Args:
        parts: (commune name, commune code, its values) in the order of the communes.
        name: the upper level's name.
        code: the upper level's code.
    """
    first = parts[0][2] if parts else None
    values: dict[str, Value] = dict(first.values) if first else {}
    for key, value in list(values.items()):
        if key in ("ky_bao_cao", "nam", "ngay_lap", "ngay_so_lieu") or isinstance(value, str):
            continue
        total: Value = None
        for _n, _c, part in parts:
            total = _add(total, part.values[key])
        values[key] = total
    values["don_vi.ten"] = name
    values["don_vi.ma"] = code
    if first:
        gathered = values["hoi_vien.tap_hop"]
        women = values["phu_nu_tu_18"]
        values["ty_le_tap_hop"] = _rate(
            gathered if isinstance(gathered, int) else 0,
            women if isinstance(women, int) else None,
        )
    tables: dict[str, tuple[Row, ...]] = {}
    for spec in TABLES.values():
        rows: list[dict[str, Value]] = []
        if spec.name == "xa":
            rows = [
                {"ten": commune, "ma": commune_code,
                 COUNT: part.values["hoi_vien.dang_sinh_hoat"],
                 "tap_hop": part.values["hoi_vien.tap_hop"],
                 "phu_nu_tu_18": part.values["phu_nu_tu_18"],
                 "ty_le_tap_hop": part.values["ty_le_tap_hop"]}
                for commune, commune_code, part in parts
            ]
        elif not spec.summed_by_key:
            rows = [dict(row) for _n, _c, part in parts for row in part.tables[spec.name]]
        else:
            by_key: dict[str, dict[str, Value]] = {}
            for _n, _c, part in parts:
                for row in part.tables[spec.name]:
                    key = str(row.get("khoa") or row["ten"])
                    held = by_key.get(key)
                    if held is None:
                        by_key[key] = dict(row)
                        continue
                    for name_of_field, value in row.items():
                        if name_of_field not in ("khoa", "ten", "ty_le"):
                            held[name_of_field] = _add(held.get(name_of_field), value)
            rows = list(by_key.values())
            _reshare(spec, rows, values)
        tables[spec.name] = tuple(rows)
    return ReportValues(values, tables)


def _reshare(spec: TableSpec, rows: list[dict[str, Value]], values: Mapping[str, Value]) -> None:
    """Compute the summed rows' shares again from their counts."""
    if "ty_le" not in spec.fields:
        return
    for row in rows:
        count = row.get(COUNT)
        count = count if isinstance(count, int) else 0
        whole = row["can_bo"] if "can_bo" in row else values.get("hoi_vien.dang_sinh_hoat")
        row["ty_le"] = _share(count, whole if isinstance(whole, int) else None)
    if spec.closed_keys is None:
        rows.sort(key=_largest_first)


def _largest_first(row: Mapping[str, Value]) -> tuple[int, str]:
    count = row.get(COUNT)
    return (-count if isinstance(count, int) else 0, str(row.get("ten")))


def upper_values(
    session: Session, year: int, today: dt.date, name: str, code: str
) -> tuple[ReportValues, list[tuple[str, ReportValues]]]:
    """Compute the summed values of every commune the upper level holds, and each one's.

    Returns:
        (the summed values, [(commune name, its values)] in Vietnamese name order).
    """
    parts = [
        (commune.name, commune.code, commune_values(session, commune.unit_id, year, today))
        for commune in list_communes(session)
    ]
    if not parts:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cấp trên chưa có số liệu của xã nào: hãy nhập gói của các xã trước.",
            ),
        )
    summed = sum_values(parts, name, code)
    return summed, [(commune, values) for commune, _code, values in parts]


def _find_row(rows: Iterable[Row], key: str) -> Row | None:
    wanted = spelling_key(key)
    for row in rows:
        names = (row.get("khoa"), row.get("ten"))
        if any(isinstance(n, str) and spelling_key(n) == wanted for n in names):
            return row
    return None


def resolve(values: ReportValues, placeholder: Placeholder, row: Row | None = None) -> Value:
    """Return the value a placeholder stands for.

    Args:
        values: the unit's values.
        placeholder: a placeholder the vocabulary knows (checked before filling).
        row: for a repeating placeholder, the table row being written.
    """
    if placeholder.key is None:
        return values.values.get(placeholder.name)
    wanted_field = placeholder.field or COUNT
    if placeholder.repeats:
        return None if row is None else row.get(wanted_field)
    spec = TABLES[placeholder.name]
    rows = values.tables.get(placeholder.name, ())
    if spec.vocabulary is not None:
        code = spec.vocabulary.canonical(placeholder.key)
        found = _find_row(rows, code) if code is not None else None
        found = found or _find_row(rows, placeholder.key)
    else:
        found = _find_row(rows, placeholder.key)
    if found is None:
        # A row the table may have but does not: nobody of that kind, a zero count.
        return 0 if wanted_field in (COUNT, "can_bo", "luot") else None
    return found.get(wanted_field)
