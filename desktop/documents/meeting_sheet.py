"""Word a meeting's attendance sheet from what the database knows about the meeting.

``db.meetings`` hands over plain data (``MeetingSheetData``); this module decides what the
paper says: capitals in the header, the Vietnamese weekday, which title a blank or a filled
sheet carries, how statuses become marks. Keeping the wording here, apart from the layout
in :mod:`desktop.documents.attendance_sheet`, lets a course sheet reuse the layout with its
own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.documents.attendance_sheet import (
    ABSENT_MARK,
    EXCUSED_MARK,
    PRESENT_MARK,
    AttendanceSheet,
    SheetPerson,
)
from desktop.documents.pdf_common import (
    BRANCH_SIGNER,
    COMMUNE_SIGNER,
    nfc,
    vietnamese_date_line,
    vietnamese_weekday,
)
from desktop.formatting import date as format_date

if TYPE_CHECKING:
    from db.meetings import MeetingSheetData

BLANK_TITLE = "DANH SÁCH KÝ NHẬN"
FILLED_TITLE = "DANH SÁCH ĐIỂM DANH"

# What a meeting of each kind is called on paper, and how its topic is introduced.
_KIND_WORDING = {
    "regular": ("Sinh hoạt", "Nội dung"),
    "thematic": ("Sinh hoạt", "Chuyên đề"),
    "conference": ("Hội nghị", "Nội dung"),
    "other": ("Hoạt động", "Nội dung"),
}

# Every recorded status has its mark, so that a blank cell never stands for an absence;
# only a status nobody recorded stays blank (the legend then says so).
_STATUS_MARKS = {"present": PRESENT_MARK, "excused": EXCUSED_MARK, "absent": ABSENT_MARK}

#: The one who draws up the sheet signs on the left, without a name printed.
PREPARER = "NGƯỜI LẬP"


def default_signer(data: MeetingSheetData) -> tuple[str, str]:
    """Return who signs a meeting's sheet by default: (post, name).

    The commune's meetings are signed for its standing committee by the chair; a branch
    meeting's sheet by the branch head, who led it.
    """
    if data.held_by_branch:
        return BRANCH_SIGNER, nfc(data.branch_head_name or "").strip()
    return COMMUNE_SIGNER, nfc(data.chair_name or "").strip()


def sheet_from_meeting(
    data: MeetingSheetData, *, blank: bool, signer: tuple[str, str] | None = None
) -> AttendanceSheet:
    """Return the attendance sheet of a meeting, blank (to sign) or filled (marked).

    Args:
        data: The meeting as ``db.meetings`` reads it.
        blank: True for the sheet printed before the meeting ("DANH SÁCH KÝ NHẬN", an
            empty signature column); False for the record afterwards ("DANH SÁCH ĐIỂM
            DANH", one mark per person, the reasons for absence and the totals).
        signer: (post, name) of the one who signs on the right, as the office edited it;
            None for :func:`default_signer`.
    """
    people = tuple(
        SheetPerson(
            full_name=row.full_name,
            birth_year=(row.birth_date or "")[:4],
            unit=row.branch,
            title=row.title,
            marks=() if blank else (_STATUS_MARKS.get(row.status or "", ""),),
            note="" if blank else nfc(row.note or "").strip(),
        )
        for row in data.rows
    )
    return AttendanceSheet(
        issuer_parent=_capitals(data.parent_union_name or ""),
        issuer=_capitals(data.commune_union_name),
        title=BLANK_TITLE if blank else FILLED_TITLE,
        subject=meeting_subject(data.kind, data.unit_name, data.topic),
        when=f"{vietnamese_weekday(data.held_on)}, ngày {format_date(data.held_on)}",
        where=nfc(data.place or "").strip(),
        place_and_date=vietnamese_date_line(data.place_name, data.held_on),
        session_labels=("Ký tên",) if blank else ("Điểm danh",),
        people=people,
        filled=not blank,
        signers=((PREPARER, ""), signer or default_signer(data)),
    )


def meeting_subject(kind: str, unit_name: str, topic: str) -> str:
    """Say what the meeting is: "Sinh hoạt chi hội Thôn Đông — Chuyên đề: Phòng chống …".

    Inside a sentence "Chi hội" is a common noun and loses its capital, as Vietnamese
    writes it ("sinh hoạt chi hội Thôn Đông"); "Hội LHPN …" is a proper name and keeps it.
    """
    action, topic_label = _KIND_WORDING.get(kind, _KIND_WORDING["other"])
    unit = nfc(unit_name).strip()
    if unit.startswith("Chi hội "):
        unit = "chi hội " + unit.removeprefix("Chi hội ")
    subject = f"{action} {unit}" if unit else action
    topic = nfc(topic).strip()
    return f"{subject} — {topic_label}: {topic}" if topic else subject


def _capitals(name: str) -> str:
    """Upper-case a union's name for the header ("Hội LHPN xã Hưng Hà" → "HỘI LHPN XÃ …").

    ``str.upper`` maps every Vietnamese letter ("đ" → "Đ", "ữ" → "Ữ"); the name is made NFC
    first so that what is printed is the composed letter.
    """
    return nfc(name).strip().upper()
