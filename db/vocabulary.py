"""Every word of the domain, once: stored code, Vietnamese label and usual spellings.

A choice list written in three layers drifts apart: the member form offered "Tin lành",
the import stored "Tin Lành", and the religion statistics then showed one religion on two
rows. Each enumeration therefore lives here alone. Forms offer its labels, documents and
statistics print them, the import and the migration that cleans old data map whatever a
person typed onto its canonical value with :meth:`Vocabulary.canonical`.

Two sorts of lists live here:

- coded lists (member status, kind, gender, titles, ...): the database stores an English
  code from the enums of ``db.models``, people see the label;
- open lists (ethnicity, religion, usual qualification levels): the database stores the
  Vietnamese name itself, so code and label are the same text. Other values may still be
  typed; the list only says how the usual ones are written.

Spellings are matched by a key that ignores case, tones, the đ/d difference, old and new
tone placement ("hoà"/"hòa"), spaces, hyphens and apostrophes, so "tin lanh", "TIN LÀNH"
and "Tin Lành" are one word, and "H'mông", "Hmong" and "Mông" are one people.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final

from db.models import (
    AttendanceStatus,
    CourseMode,
    CourseStatus,
    DuesStatus,
    Employment,
    EvaluationClass,
    FundKind,
    Gender,
    MeetingKind,
    MemberKind,
    MemberStatus,
    QualificationKind,
    Title,
    UnitLevel,
)
from db.text import clean_text, search_key

__all__ = [
    "ATTENDANCE",
    "COURSE_MODE",
    "COURSE_STATUS",
    "EMPLOYMENT",
    "ETHNICITY",
    "FUNDING_SOURCE",
    "GENDER",
    "MEETING_KIND",
    "MEMBER_KIND",
    "MEMBER_STATUS",
    "OFFICER_CATEGORY",
    "ORGANISING_LEVEL",
    "QUALIFICATION_KIND",
    "QUALIFICATION_LEVELS",
    "RELIGION",
    "TITLE",
    "VOCABULARIES",
    "QualificationKind",
    "Term",
    "Vocabulary",
    "spelling_key",
]


def spelling_key(text: str) -> str:
    """Return the key two spellings of one word share.

    ``search_key`` already folds case, tones, đ and tone placement; spaces are dropped on
    top because people write "Êđê", "Ê Đê" and "Ê-đê" for the same people.
    """
    return search_key(text).replace(" ", "")


@dataclass(frozen=True)
class Term:
    """One value of a list.

    Attributes:
        code: what the database stores.
        label: what people read (Vietnamese).
        spellings: other ways people write it (abbreviations, older names); the code
            and the label are always accepted too.
        short: a shorter label for narrow columns, or "" to use ``label``.
    """

    code: str
    label: str
    spellings: tuple[str, ...] = ()
    short: str = ""


@dataclass(frozen=True)
class Vocabulary:
    """An ordered list of terms, with lookups by code and by any spelling.

    Attributes:
        name: what the list is, in English (for error messages and tests).
        terms: the values in the order lists and reports show them.
    """

    name: str
    terms: tuple[Term, ...]
    _by_code: dict[str, Term] = field(init=False, repr=False, compare=False)
    _by_key: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Two terms answering to one spelling would make the mapping depend on the order of
        # the list; refusing it at import keeps every spelling unambiguous.
        by_code: dict[str, Term] = {}
        by_key: dict[str, str] = {}
        for term in self.terms:
            if term.code in by_code:
                raise ValueError(f"{self.name}: code {term.code!r} twice")
            by_code[term.code] = term
            for spelling in (term.code, term.label, *term.spellings):
                key = spelling_key(spelling)
                if not key:
                    raise ValueError(f"{self.name}: empty spelling for {term.code!r}")
                if by_key.setdefault(key, term.code) != term.code:
                    raise ValueError(f"{self.name}: {spelling!r} means two terms")
        object.__setattr__(self, "_by_code", by_code)
        object.__setattr__(self, "_by_key", by_key)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> tuple[str, ...]:
        """Return the stored codes in list order."""
        return tuple(term.code for term in self.terms)

    @property
    def labels(self) -> dict[str, str]:
        """Return code → label, in list order (a new dict, safe to change)."""
        return {term.code: term.label for term in self.terms}

    @property
    def short_labels(self) -> dict[str, str]:
        """Return code → short label, in list order."""
        return {term.code: term.short or term.label for term in self.terms}

    def label(self, code: str) -> str:
        """Return the label of a code; an unknown code (typed or from an old version) as is."""
        term = self._by_code.get(code)
        return term.label if term is not None else code

    def canonical(self, text: str) -> str | None:
        """Return the stored code that ``text`` spells, or None if it spells none of them."""
        return self._by_key.get(spelling_key(text))

    def normalise(self, text: str) -> str:
        """Return the canonical code for ``text``, or the cleaned text for a value not listed.

        Open lists accept other values; a value not in the list is kept as typed.
        """
        cleaned = clean_text(text)
        if not cleaned:
            return ""
        return self.canonical(cleaned) or cleaned

    def spellings(self) -> Iterator[tuple[str, str]]:
        """Yield (spelling, code) for every listed spelling, codes and labels included."""
        for term in self.terms:
            for spelling in (term.code, term.label, *term.spellings):
                yield spelling, term.code


def _open(name: str, values: Iterable[tuple[str, tuple[str, ...]]]) -> Vocabulary:
    """Build an open list, whose stored value is its Vietnamese name."""
    return Vocabulary(name, tuple(Term(value, value, spellings) for value, spellings in values))


def _coded(name: str, labels: Mapping[str, str],
           spellings: Mapping[str, tuple[str, ...]] | None = None) -> Vocabulary:
    spellings = spellings or {}
    return Vocabulary(name, tuple(
        Term(str(code), label, spellings.get(code, ())) for code, label in labels.items()
    ))


# --------------------------------------------------------------------------- members

MEMBER_STATUS: Final = _coded("member status", {
    MemberStatus.ACTIVE: "Đang sinh hoạt",
    MemberStatus.TRANSFERRED: "Chuyển sinh hoạt",
    MemberStatus.LEFT: "Ra khỏi Hội",
    MemberStatus.DECEASED: "Từ trần",
}, {
    MemberStatus.ACTIVE: ("Đang SH", "Sinh hoạt", "Đang hoạt động"),
    MemberStatus.TRANSFERRED: ("Chuyển SH", "Chuyển đi", "Chuyển"),
    MemberStatus.LEFT: ("Ra Hội", "Thôi sinh hoạt", "Xin ra Hội"),
    MemberStatus.DECEASED: ("Đã mất", "Chết", "Qua đời", "Mất"),
})

MEMBER_KIND: Final = _coded("member kind", {
    MemberKind.ORDINARY: "Thường",
    MemberKind.AUTOMATIC: "Đương nhiên",
    MemberKind.HONORARY: "Danh dự",
}, {
    MemberKind.ORDINARY: ("Hội viên thường", "HV thường", "Chính thức"),
    MemberKind.AUTOMATIC: ("Hội viên đương nhiên", "HV đương nhiên", "ĐN"),
    MemberKind.HONORARY: ("Hội viên danh dự", "HV danh dự", "DD"),
})

GENDER: Final = _coded("gender", {
    Gender.FEMALE: "Nữ",
    Gender.MALE: "Nam",
}, {
    # Registers kept in Excel often mark women with an "x" or a 1 in a "Nữ" column.
    Gender.FEMALE: ("N", "F", "x", "1", "Nữ giới", "Phụ nữ"),
    Gender.MALE: ("M", "Nam giới"),
})

ETHNICITY: Final = _open("ethnicity", (
    # The 54 peoples of the official list, by population (2019 census), written the
    # common unhyphenated way ID cards print them; spellings are the other usual forms.
    ("Kinh", ("Việt", "Kinh (Việt)")),
    ("Tày", ()),
    ("Thái", ()),
    ("Mường", ()),
    ("H'Mông", ("Mông", "Hmong", "Mèo")),
    ("Khmer", ("Khơ me", "Khơ-me", "Khơme", "Khmer Krom")),
    ("Nùng", ()),
    ("Dao", ()),
    ("Hoa", ("Hán",)),
    ("Gia Rai", ("Jrai", "Giarai")),
    ("Ê Đê", ("Rhađê", "Rađê")),
    ("Ba Na", ("Bahnar",)),
    ("Sán Chay", ("Cao Lan", "Sán Chỉ")),
    ("Chăm", ("Chàm",)),
    ("Cơ Ho", ("K'Ho", "Kơ Ho")),
    ("Xơ Đăng", ("Sơ Đăng", "Xê Đăng")),
    ("Sán Dìu", ()),
    ("Hrê", ("H're",)),
    ("Ra Glai", ("Raglai", "Ra Clây")),
    ("Mnông", ("M'Nông", "Mơ Nông")),
    ("Thổ", ()),
    ("Xtiêng", ("Stiêng", "X'Tiêng")),
    ("Khơ Mú", ("Khmú", "Kho Mú")),
    ("Bru - Vân Kiều", ("Vân Kiều", "Bru")),
    ("Cơ Tu", ("Katu", "Ka Tu")),
    ("Giáy", ()),
    ("Tà Ôi", ("Tà Ôi - Pa Cô", "Pa Cô")),
    ("Mạ", ()),
    ("Giẻ Triêng", ("Giẻ-Triêng",)),
    ("Co", ("Cor",)),
    ("Chơ Ro", ("Châu Ro",)),
    ("Xinh Mun", ()),
    ("Hà Nhì", ()),
    ("Chu Ru", ("Chu-ru",)),
    ("Lào", ()),
    ("La Chí", ()),
    ("Kháng", ()),
    ("Phù Lá", ()),
    ("La Hủ", ()),
    ("La Ha", ()),
    ("Pà Thẻn", ()),
    ("Lự", ()),
    ("Ngái", ()),
    ("Chứt", ()),
    ("Lô Lô", ()),
    ("Mảng", ()),
    ("Cơ Lao", ()),
    ("Bố Y", ()),
    ("Cống", ()),
    ("Si La", ()),
    ("Pu Péo", ()),
    ("Rơ Măm", ()),
    ("Brâu", ()),
    ("Ơ Đu", ()),
))
"""Usual forms offer the first few; all 54 are recognised on import."""

USUAL_ETHNICITIES: Final = 9
"""How many of :data:`ETHNICITY` (the most numerous) a form offers first."""

RELIGION: Final = _open("religion", (
    # "Không" = no religion: most Vietnamese practise ancestor worship but declare none.
    ("Không", ("Ko", "K", "0", "Không có", "Không tôn giáo", "KTG")),
    ("Phật giáo", ("Phật", "Đạo Phật", "PG")),
    ("Công giáo", ("Thiên Chúa giáo", "Thiên Chúa", "Đạo Thiên Chúa", "Công giáo La Mã",
                   "TCG", "Đạo Công giáo")),
    ("Tin lành", ("Đạo Tin lành", "Tin lành giáo")),
    ("Cao Đài", ("Đạo Cao Đài",)),
    ("Hòa Hảo", ("Phật giáo Hòa Hảo", "PGHH", "Đạo Hòa Hảo")),
    ("Hồi giáo", ("Islam", "Đạo Hồi")),
))

# --------------------------------------------------------------------------- officers

TITLE: Final = _coded("title", {
    Title.CHAIR: "Chủ tịch",
    Title.VICE_CHAIR: "Phó Chủ tịch",
    Title.STANDING_COMMITTEE: "Ủy viên Ban Thường vụ",
    Title.EXECUTIVE_COMMITTEE: "Ủy viên Ban Chấp hành",
    Title.BRANCH_HEAD: "Chi hội trưởng",
    Title.BRANCH_DEPUTY: "Chi hội phó",
    Title.GROUP_HEAD: "Tổ trưởng tổ phụ nữ",
    Title.STAFF: "Cán bộ Hội",
}, {
    Title.CHAIR: ("CT",),
    Title.VICE_CHAIR: ("PCT", "Phó CT"),
    Title.STANDING_COMMITTEE: ("UVBTV", "UV BTV", "Ủy viên Thường vụ"),
    Title.EXECUTIVE_COMMITTEE: ("UVBCH", "UV BCH", "Ủy viên BCH"),
    Title.BRANCH_HEAD: ("CHT", "Chi hội trưởng phụ nữ"),
    Title.BRANCH_DEPUTY: ("CHP", "Chi hội phó phụ nữ"),
    Title.GROUP_HEAD: ("Tổ trưởng", "Tổ trưởng phụ nữ"),
    Title.STAFF: ("Cán bộ",),
})
"""Officer titles in order of rank (also printed on attendance sheets)."""

EMPLOYMENT: Final = _coded("employment", {
    Employment.FULL_TIME: "Chuyên trách",
    Employment.PART_TIME: "Không chuyên trách",
}, {
    Employment.FULL_TIME: ("CT", "Chuyên trách Hội"),
    Employment.PART_TIME: ("KCT", "Bán chuyên trách"),
})

QUALIFICATION_KIND: Final = _coded("qualification kind", {
    QualificationKind.EDUCATION: "Học vấn",
    QualificationKind.PROFESSIONAL: "Chuyên môn",
    QualificationKind.POLITICAL_THEORY: "Lý luận chính trị",
    QualificationKind.STATE_MANAGEMENT: "Quản lý nhà nước",
    QualificationKind.IT: "Tin học",
    QualificationKind.UNION_WORK: "Nghiệp vụ công tác Hội",
}, {
    QualificationKind.EDUCATION: ("Trình độ học vấn", "Văn hóa", "Giáo dục phổ thông"),
    QualificationKind.PROFESSIONAL: ("Chuyên môn nghiệp vụ", "CMNV"),
    QualificationKind.POLITICAL_THEORY: ("LLCT", "Chính trị"),
    QualificationKind.STATE_MANAGEMENT: ("QLNN",),
    QualificationKind.UNION_WORK: ("NVCTH", "Nghiệp vụ Hội"),
})

QUALIFICATION_LEVELS: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    QualificationKind.EDUCATION: (("5/12", 5), ("7/12", 7), ("9/12", 9), ("10/10", 10),
                                  ("12/12", 12)),
    QualificationKind.PROFESSIONAL: (("Không", 0), ("Sơ cấp", 1), ("Trung cấp", 2),
                                     ("Cao đẳng", 3), ("Đại học", 4), ("Thạc sĩ", 5),
                                     ("Tiến sĩ", 6)),
    QualificationKind.POLITICAL_THEORY: (("Không", 0), ("Sơ cấp", 1), ("Trung cấp", 2),
                                         ("Cao cấp", 3)),
    QualificationKind.STATE_MANAGEMENT: (("Chuyên viên", 1), ("Chuyên viên chính", 2),
                                         ("Chuyên viên cao cấp", 3)),
    QualificationKind.IT: (("Cơ bản", 1), ("Nâng cao", 2)),
    QualificationKind.UNION_WORK: (("Chứng chỉ", 1),),
}
"""The usual levels of each kind with their rank; a higher rank includes the lower ones.

"10/10" is the old northern ten-year school system, equal to finishing upper secondary
school before 1990, so it ranks between "9/12" and "12/12" and is written as its own
level rather than guessed into "12/12".
"""

OFFICER_CATEGORY: Final = Vocabulary("officer category", (
    Term("full_time", "Cán bộ chuyên trách", (), "Chuyên trách"),
    Term("chair", "Chủ tịch Hội LHPN cơ sở", (), "Chủ tịch"),
    Term("vice_chair", "Phó Chủ tịch Hội LHPN cơ sở", (), "Phó Chủ tịch"),
    Term("branch_head", "Chi hội trưởng", (), "Chi hội trưởng"),
    Term("branch_deputy", "Chi hội phó", (), "Chi hội phó"),
))
"""The officer categories of the Đề án's targets, in the order every report lists them."""

# --------------------------------------------------------------------------- meetings

MEETING_KIND: Final = _coded("meeting kind", {
    MeetingKind.REGULAR: "Định kỳ",
    MeetingKind.THEMATIC: "Chuyên đề",
    MeetingKind.CONFERENCE: "Hội nghị",
    MeetingKind.OTHER: "Khác",
}, {
    MeetingKind.REGULAR: ("Sinh hoạt định kỳ", "Thường kỳ"),
    MeetingKind.THEMATIC: ("Sinh hoạt chuyên đề",),
})

ATTENDANCE: Final = _coded("attendance mark", {
    AttendanceStatus.PRESENT: "Có mặt",
    AttendanceStatus.EXCUSED: "Vắng có lý do",
    AttendanceStatus.ABSENT: "Vắng",
}, {
    AttendanceStatus.PRESENT: ("x", "Có"),
    AttendanceStatus.EXCUSED: ("P", "Có phép", "Vắng có phép", "VCP"),
    AttendanceStatus.ABSENT: ("V", "Vắng không lý do", "Không phép", "KP"),
})

# --------------------------------------------------------------------------- dues and fund

DUES_STATUS: Final = _coded("dues mark", {
    DuesStatus.PAID: "Đã nộp",
    DuesStatus.EXEMPT: "Miễn",
})

FUND_KIND: Final = _coded("fund voucher kind", {
    FundKind.RECEIPT: "Thu",
    FundKind.SPENDING: "Chi",
}, {
    FundKind.RECEIPT: ("Phiếu thu", "PT"),
    FundKind.SPENDING: ("Phiếu chi", "PC"),
})

# --------------------------------------------------------------------------- evaluation

EVALUATION_CLASS: Final = _coded("evaluation class", {
    EvaluationClass.EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
    EvaluationClass.GOOD: "Hoàn thành tốt nhiệm vụ",
    EvaluationClass.DONE: "Hoàn thành nhiệm vụ",
    EvaluationClass.NOT_DONE: "Không hoàn thành nhiệm vụ",
})
"""The classes of the yearly evaluation, in the words of guidance 13/HD-ĐCT-TC."""

# --------------------------------------------------------------------------- courses

COURSE_MODE: Final = _coded("course mode", {
    CourseMode.IN_PERSON: "Trực tiếp",
    CourseMode.ONLINE: "Trực tuyến",
    CourseMode.BLENDED: "Kết hợp",
}, {
    CourseMode.ONLINE: ("Online",),
    CourseMode.BLENDED: ("Trực tiếp và trực tuyến", "Kết hợp trực tiếp và trực tuyến"),
})

COURSE_STATUS: Final = _coded("course status", {
    CourseStatus.PLANNED: "Dự kiến",
    CourseStatus.RUNNING: "Đang học",
    CourseStatus.FINISHED: "Đã kết thúc",
    CourseStatus.CANCELLED: "Đã hủy",
}, {
    CourseStatus.PLANNED: ("Kế hoạch",),
    CourseStatus.RUNNING: ("Đang diễn ra",),
    CourseStatus.FINISHED: ("Kết thúc", "Hoàn thành"),
    CourseStatus.CANCELLED: ("Hủy",),
})

FUNDING_SOURCE: Final = _coded("funding source", {
    "state_budget": "Ngân sách nhà nước",
    "union": "Kinh phí Hội",
    "socialized": "Xã hội hóa",
    "other": "Khác",
}, {
    "state_budget": ("NSNN", "Ngân sách"),
    "union": ("Quỹ Hội",),
    "socialized": ("XHH",),
})

ORGANISING_LEVEL: Final = _coded("organising level", {
    UnitLevel.PROVINCE: "Tỉnh",
    UnitLevel.DISTRICT: "Huyện",
    UnitLevel.COMMUNE: "Xã",
    UnitLevel.BRANCH: "Chi hội",
    UnitLevel.GROUP: "Tổ phụ nữ",
}, {
    UnitLevel.PROVINCE: ("Cấp tỉnh", "Thành phố"),
    UnitLevel.DISTRICT: ("Cấp huyện", "Quận"),
    UnitLevel.COMMUNE: ("Cấp xã", "Phường", "Thị trấn", "Cơ sở"),
    UnitLevel.GROUP: ("Tổ",),
})
"""The organising level of a course, named after the organiser unit's level."""

VOCABULARIES: Final = (
    MEMBER_STATUS, MEMBER_KIND, GENDER, ETHNICITY, RELIGION, TITLE, EMPLOYMENT,
    QUALIFICATION_KIND, OFFICER_CATEGORY, MEETING_KIND, ATTENDANCE, COURSE_MODE,
    COURSE_STATUS, FUNDING_SOURCE, ORGANISING_LEVEL, DUES_STATUS, FUND_KIND,
    EVALUATION_CLASS,
)
"""Every list, for the tests that check each one round-trips."""
