"""Word a course's attendance sheet from what the database knows about the course.

``db.trainings`` hands over plain data (``CourseSheetData``); this module decides what the
paper says, and :mod:`desktop.documents.attendance_sheet` lays it out: one column per
session ("Buổi 1", "Buổi 2", …), which turns the page to landscape beyond three sessions.
Before the course the sheet is blank, with room to sign each session; after it, the
sessions each person attended are marked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.documents.attendance_sheet import (
    ABSENT_MARK,
    PRESENT_MARK,
    AttendanceSheet,
    SheetPerson,
)
from desktop.documents.meeting_sheet import PREPARER
from desktop.documents.pdf_common import COMMUNE_SIGNER, nfc, vietnamese_date_line
from desktop.formatting import date as format_date

if TYPE_CHECKING:
    from db.trainings import CourseSheetData

BLANK_TITLE = "DANH SÁCH KÝ NHẬN"
FILLED_TITLE = "DANH SÁCH ĐIỂM DANH"


def sheet_from_course(
    data: CourseSheetData, *, blank: bool, signer: tuple[str, str] | None = None
) -> AttendanceSheet:
    """Return the attendance sheet of a course, blank (to sign) or filled (marked).

    Args:
        data: The course as ``db.trainings.course_sheet_data`` reads it.
        blank: True for the sheet signed at each session ("DANH SÁCH KÝ NHẬN"); False for
            the record afterwards ("DANH SÁCH ĐIỂM DANH", "x" where the person came,
            "V" where she did not).
        signer: (post, name) of the one who signs on the right, as the office edited it;
            None for :func:`default_signer`.
    """
    people = tuple(
        SheetPerson(
            full_name=row.full_name,
            birth_year=(row.birth_date or "")[:4],
            unit=row.unit,
            title=row.title,
            marks=() if blank else tuple(PRESENT_MARK if p else ABSENT_MARK
                                         for p in row.present),
        )
        for row in data.rows
    )
    return AttendanceSheet(
        issuer_parent=_capitals(data.parent_union_name or ""),
        issuer=_capitals(data.commune_union_name),
        title=BLANK_TITLE if blank else FILLED_TITLE,
        subject=f"Học viên lớp {_lower_first(nfc(data.title).strip())}",
        when=course_dates(data),
        where=nfc(data.place or "").strip(),
        place_and_date=vietnamese_date_line(data.place_name, data.start_on),
        session_labels=tuple(f"Buổi {n}" for n in range(1, data.sessions + 1)),
        people=people,
        filled=not blank,
        signers=((PREPARER, ""), signer or default_signer(data)),
    )


def default_signer(data: CourseSheetData) -> tuple[str, str]:
    """Return who signs a course's sheet by default: (post, name).

    The organiser's chair signs for its standing committee ("TM. BAN THƯỜNG VỤ" over
    "CHỦ TỊCH"), at a commune as at an upper level.
    """
    return COMMUNE_SIGNER, nfc(data.chair_name or "").strip()


def course_dates(data: CourseSheetData) -> str:
    """Say when the course runs: "Ngày 10/03/2026" or "Từ 10/03/2026 đến 11/03/2026"."""
    if data.start_on == data.end_on:
        return f"Ngày {format_date(data.start_on)} ({data.sessions} buổi)"
    return (f"Từ ngày {format_date(data.start_on)} đến ngày {format_date(data.end_on)} "
            f"({data.sessions} buổi)")


def _lower_first(title: str) -> str:
    """Lower the first letter of a course title inside a sentence ("lớp tập huấn …").

    Titles start with a common noun ("Tập huấn", "Bồi dưỡng"); a title starting with an
    abbreviation or a name ("LHPN …", "Đề án …" is kept) is left as it is.
    """
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower() and first not in {"Đề", "Hội"}:
        return title[0].lower() + title[1:]
    return title


def _capitals(name: str) -> str:
    """Upper-case a union's name for the header ("Hội LHPN xã Hưng Hà" → "HỘI LHPN XÃ …")."""
    return nfc(name).strip().upper()
