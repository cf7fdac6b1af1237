"""Report forms the upper level sends down to its communes, and the ones a commune holds.

A province changes its statistical forms with each reform; carrying the new form to
every commune by hand is how offices end up filling last year's. The upper level
therefore publishes a form once: it travels in every downward package (and in the
enrollment file of a new commune) like the topic catalog, and each commune picks it in
"Điền mẫu báo cáo…" by name and edition. Publishing a form again under the same name
raises its edition; withdrawing it removes it from the communes at their next package.

What the form contains is checked where it is read, in ``desktop`` (openpyxl lives
there): the upper level checks every placeholder before publishing, and the commune
checks again before filling, since a package is never trusted.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.dialects.sql import in_bytes
from db.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from db.models import ReportTemplate
from db.report_template import MAX_TEMPLATE_BYTES
from db.rules import live
from db.site import get_site
from db.text import clean_text

__all__ = [
    "PublishedTemplate",
    "list_templates",
    "publish_template",
    "template_content",
    "withdraw_template",
]

NAME_LIMIT = 200
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class PublishedTemplate:
    """A published form as lists show it.

    Attributes:
        own: published by this site (the upper level's own list); False for a form
            received from the upper level.
        size: the workbook's size in bytes.
    """

    template_id: str
    name: str
    edition: int
    published_on: dt.date
    size: int
    own: bool


def _info(row: ReportTemplate, own_unit: str) -> PublishedTemplate:
    size = len(row.content) // 4 * 3 - row.content[-2:].count("=")
    return PublishedTemplate(row.id, row.name, row.edition, row.published_on, size,
                             row.owner_unit_id == own_unit)


def list_templates(session: Session) -> list[PublishedTemplate]:
    """Return the forms this register holds (published here or received), by name."""
    own = get_site(session).unit_id
    rows = session.scalars(
        select(ReportTemplate).where(live(ReportTemplate)).order_by(in_bytes(ReportTemplate.name))
    )
    return [_info(row, own) for row in rows]


def template_content(session: Session, template_id: str) -> tuple[str, bytes]:
    """Return a form's name and workbook bytes.

    Raises:
        NotFoundError: no such form (withdrawn meanwhile).
        UserError: the stored text is not a workbook (never from this program).
    """
    row = session.get(ReportTemplate, template_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mẫu báo cáo này không còn (cấp trên có thể đã thôi gửi).",
            ),
        )
    try:
        data = base64.b64decode(row.content, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mẫu báo cáo «{name}» bị hỏng; hãy nhờ cấp trên gửi lại.",
            ),
            name=row.name,
        ) from exc
    return row.name, data


def _check_name(text: str) -> str:
    name = clean_text(text)
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Hãy đặt tên cho mẫu báo cáo."))
    if len(name) > NAME_LIMIT or any(unicodedata.category(ch)[0] == "C" for ch in name):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tên mẫu báo cáo dài quá {NAME_LIMIT} ký tự hoặc có ký tự lạ.",
            ),
            NAME_LIMIT=NAME_LIMIT,
        )
    return name


def _check_data(data: bytes) -> None:
    if len(data) > MAX_TEMPLATE_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp mẫu lớn quá 10 MB, quá mức một mẫu báo cáo.",
            ),
        )
    if not data.startswith(_ZIP_MAGIC):
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Tệp mẫu không phải tệp Excel .xlsx."))


def publish_template(
    session: Session, name: str, data: bytes, today: dt.date
) -> PublishedTemplate:
    """Publish a form to the communes (upper level only); a known name gets a new edition.

    The caller has checked the workbook's placeholders (``desktop``); here the name,
    the size and the file's kind are checked, so the command line and the window
    cannot publish what a commune would refuse for its size.

    Raises:
        UserError: not an upper level, a bad name, or not a small .xlsx file.
    """
    site = get_site(session)
    if not site.is_upper:
        raise UserError(QT_TRANSLATE_NOOP("DbErrors", "Chỉ cấp trên gửi mẫu báo cáo cho các xã."))
    clean = _check_name(name)
    _check_data(data)
    content = base64.b64encode(data).decode("ascii")
    row = session.scalars(
        select(ReportTemplate).where(
            live(ReportTemplate),
            ReportTemplate.owner_unit_id == site.unit_id,
            ReportTemplate.name == clean,
        )
    ).first()
    if row is None:
        row = ReportTemplate(owner_unit_id=site.unit_id, name=clean, edition=1,
                             published_on=today, content=content)
        session.add(row)
    else:
        row.edition += 1
        row.published_on = today
        row.content = content
    session.flush()
    return _info(row, site.unit_id)


def withdraw_template(session: Session, template_id: str, now: dt.datetime) -> None:
    """Stop sending a form; the communes drop it at their next downward package.

    Raises:
        NotFoundError: no such form of this site.
    """
    site = get_site(session)
    row = session.get(ReportTemplate, template_id)
    if row is None or row.deleted_at is not None or row.owner_unit_id != site.unit_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không tìm thấy mẫu báo cáo này trong các mẫu đơn vị đã gửi.",
            ),
        )
    row.deleted_at = now
