"""Where each field goes when certificates are printed onto pre-printed blank forms.

Many offices buy certificate forms with the frame, the emblem and the title already
printed; Sổ Hội then prints only the fields. Forms differ from one printing house to
the next and printers feed paper a little off, so the office sets the position of
each field once (measured with a ruler from the top-left corner of the form, in mm)
plus an offset for the whole sheet, checks them on a test page, and keeps them in
the register's settings (``Site.settings``), where every later print finds them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP, UserError
from db.models import Site
from db.site import refuse_if_moved, site_to_change
from db.validation import ValidationError

LAYOUT_SETTING: Final = "certificate_blank_layout"
"""Key of the layout in ``Site.settings`` (a JSON text)."""

PAGE_WIDTH_MM: Final = 297.0
PAGE_HEIGHT_MM: Final = 210.0
"""A4 landscape, the size of the forms on sale."""

MAX_OFFSET_MM: Final = 30.0
"""A sheet shifted further than this is a different form, not a feed error."""

BLANK_FIELDS: Final[tuple[tuple[str, str, float, float], ...]] = (
    ("full_name", "Họ và tên", 118.0, 92.0),
    ("birth_year", "Năm sinh", 118.0, 103.0),
    ("unit", "Đơn vị", 118.0, 113.0),
    ("course_title", "Lớp (khóa học)", 118.0, 123.0),
    ("period", "Thời gian", 118.0, 139.0),
    ("place_and_date", "Địa danh, ngày tháng", 160.0, 152.0),
    ("signer_name", "Họ tên người ký", 185.0, 190.0),
    ("number", "Số", 38.0, 190.0),
    ("qr", "Mã QR (góc trên bên trái)", 240.0, 160.0),
)
"""Each field: key, label shown in the dialog, default x and y in mm.

x and y are where the text starts, on its baseline, measured from the form's top-left
corner (the QR code's own top-left corner); the defaults suit the common Union forms.
"""

FIELD_KEYS: Final = tuple(key for key, _label, _x, _y in BLANK_FIELDS)


@dataclass(frozen=True)
class BlankLayout:
    """Positions of the fields on a pre-printed form, in mm from its top-left corner.

    Attributes:
        positions: field key -> (x, y) of the field.
        offset_x, offset_y: shift of the whole sheet (positive: right, down), for a
            printer that feeds the paper a little off.
    """

    positions: dict[str, tuple[float, float]] = field(
        default_factory=lambda: {key: (x, y) for key, _label, x, y in BLANK_FIELDS}
    )
    offset_x: float = 0.0
    offset_y: float = 0.0

    def at(self, key: str) -> tuple[float, float]:
        """Return where a field goes on the sheet, offset included, in mm from top-left."""
        x, y = self.positions[key]
        return x + self.offset_x, y + self.offset_y


def default_layout() -> BlankLayout:
    """Return the layout used until the office sets its own."""
    return BlankLayout()


def check_layout(layout: BlankLayout) -> BlankLayout:
    """Return the layout with every field present and every number within the sheet.

    Raises:
        ValidationError: field "layout", saying which value is out of the sheet.
    """
    if set(layout.positions) != set(FIELD_KEYS):
        raise ValidationError(
            "layout",
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Thiếu vị trí của một số mục trên phôi.",
            ),
        )
    labels = {key: label for key, label, _x, _y in BLANK_FIELDS}
    for key, (x, y) in layout.positions.items():
        if not (0 <= x <= PAGE_WIDTH_MM and 0 <= y <= PAGE_HEIGHT_MM):
            raise ValidationError(
                "layout",
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Vị trí “{key}” nằm ngoài tờ A4 ngang (ngang 0–{PAGE_WIDTH_MM:g} mm, dọc "
                    "0–{PAGE_HEIGHT_MM:g} mm).",
                ),
                key=labels[key],
                PAGE_WIDTH_MM=PAGE_WIDTH_MM,
                PAGE_HEIGHT_MM=PAGE_HEIGHT_MM,
            )
    for value in (layout.offset_x, layout.offset_y):
        if abs(value) > MAX_OFFSET_MM:
            raise ValidationError(
                "layout",
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Độ lệch cả tờ chỉ được trong khoảng ±{MAX_OFFSET_MM:g} mm.",
                ),
                MAX_OFFSET_MM=MAX_OFFSET_MM,
            )
    return BlankLayout(
        positions={key: (round(x, 1), round(y, 1)) for key, (x, y) in layout.positions.items()},
        offset_x=round(layout.offset_x, 1),
        offset_y=round(layout.offset_y, 1),
    )


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _parse(text: str) -> BlankLayout:
    """Read a stored layout; anything unreadable falls back on the defaults, field by field."""
    try:
        raw = json.loads(text)
    except ValueError:
        return default_layout()
    if not isinstance(raw, dict):
        return default_layout()
    positions = dict(default_layout().positions)
    stored = raw.get("positions")
    if isinstance(stored, dict):
        for key in FIELD_KEYS:
            pair = stored.get(key)
            if isinstance(pair, list) and len(pair) == 2:
                x, y = _number(pair[0]), _number(pair[1])
                if x is not None and y is not None:
                    positions[key] = (x, y)
    offset_x = _number(raw.get("offset_x")) or 0.0
    offset_y = _number(raw.get("offset_y")) or 0.0
    try:
        return check_layout(BlankLayout(positions, offset_x, offset_y))
    except ValidationError:
        return default_layout()


def blank_layout(session: Session) -> BlankLayout:
    """Return this register's layout for pre-printed forms (the defaults when none is set)."""
    site = session.scalars(select(Site)).first()
    if site is None or not site.settings or LAYOUT_SETTING not in site.settings:
        return default_layout()
    return _parse(str(site.settings[LAYOUT_SETTING]))


def set_blank_layout(session: Session, layout: BlankLayout, *,
                     seen: BlankLayout | None = None) -> BlankLayout:
    """Store the layout for every later print on pre-printed forms.

    ``seen`` is the layout the form showed; positions stored meanwhile from another PC
    are not replaced without her knowing.

    Raises:
        SettingConflictError: the stored layout moved on from ``seen``.
        ValidationError: a position is outside the sheet or the offset too large.
        UserError: the database is not set up.
    """
    checked = check_layout(layout)
    site = site_to_change(session)
    if site is None:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Cơ sở dữ liệu chưa được thiết lập."))
    refuse_if_moved(blank_layout(session), seen, checked)
    text = json.dumps({
        "positions": {key: list(checked.positions[key]) for key in FIELD_KEYS},
        "offset_x": checked.offset_x,
        "offset_y": checked.offset_y,
    })
    # A JSON column only notices a new dict, not a changed one.
    site.settings = {**(site.settings or {}), LAYOUT_SETTING: text}
    session.flush()
    return checked
