"""Vocabularies and fast samplers for demo data of a commune women's union.

The demo generator fills a database with members of a Vietnamese commune
(or ward) Women's Union so that the desktop app can be shown, tested and
load-tested without real personal data.  Demo data is only useful when it
*looks* real: the share of "Nguyễn" among family names, the fading of the
"Thị" middle name among young women, the mix of ethnicities and religions
and the way villages are named all show up on screens, in search results and
in statistics reports.  This module therefore holds realistic weighted
vocabularies plus samplers that draw from them.

Design notes:

* Every vocabulary is a ``WeightedTable``: a tuple of ``(value, weight)``
  pairs.  Weights are relative (they need not sum to 100), but most tables
  are written as percentages so that they can be checked against published
  figures at a glance.
* Sampling must be fast: the generator draws up to a million names in a few
  seconds.  Cumulative weight tables are therefore prepared once, at import,
  and draws are made in bulk with ``random.Random.choices(...,
  cum_weights=..., k=n)``, which costs one ``random()`` and one bisection
  per draw and nothing else.
* Everything is deterministic for a given ``random.Random`` seed: no set or
  hash-ordered iteration influences the order of draws, so the same seed
  gives the same data in every process, whatever ``PYTHONHASHSEED`` is.
* All strings are Unicode NFC.  The app normalises user input to NFC, so the
  demo data must already be NFC or searches would behave differently on
  demo and real data.
* Some names are spelled with both the old ("Thuỷ", "Hoà", "Thuý") and the
  new ("Thủy", "Hòa", "Thúy") tone-mark placement.  Both occur in real civil
  records, and they are different NFC strings, so the demo data deliberately
  contains both to exercise the app's search and duplicate detection.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from db.vocabulary import ETHNICITY, RELIGION, Vocabulary

__all__ = [
    "CCCD_PROVINCE_CODES",
    "EDUCATION",
    "ETHNICITIES",
    "FAMILY_NAMES",
    "FEMALE_GIVEN_NAMES",
    "FEMALE_MIDDLE_NAMES",
    "MALE_GIVEN_NAMES",
    "MALE_MIDDLE_NAMES",
    "MOBILE_PREFIXES",
    "OCCUPATIONS",
    "POLITICAL_THEORY",
    "PROFESSIONAL",
    "RELIGIONS",
    "NameSampler",
    "WeightedTable",
    "birth_cohort",
    "branch_names",
    "cccd_numbers",
    "phone_numbers",
    "sample",
]

type WeightedTable = tuple[tuple[str, float], ...]
"""A vocabulary: ``(value, relative weight)`` pairs, weights strictly positive."""

# ---------------------------------------------------------------------------
# Family names
# ---------------------------------------------------------------------------

FAMILY_NAMES: Final[WeightedTable] = (
    # The big ones, in percent of the population (commonly cited figures).
    ("Nguyễn", 38.0),
    ("Trần", 11.0),
    ("Lê", 9.5),
    ("Phạm", 7.0),
    # Hoàng ~5.1 % together with its southern form Huỳnh (the name was
    # altered in the south to avoid a royal taboo), split roughly 2:1.
    ("Hoàng", 3.3),
    ("Huỳnh", 1.8),
    ("Phan", 4.5),
    # Vũ and its southern form Võ, ~3.9 % together.
    ("Vũ", 2.2),
    ("Võ", 1.7),
    ("Đặng", 2.1),
    ("Bùi", 2.0),
    ("Đỗ", 1.4),
    ("Hồ", 1.3),
    ("Ngô", 1.3),
    ("Dương", 1.0),
    ("Lý", 0.5),
    # The long tail (~11 % together); a few are typical of ethnic
    # minorities (Nông, Lò, Ma for Tày/Thái; Giàng, Sùng, Thào, Vàng for
    # H'Mông; Thạch, Danh, Sơn for Khmer) so that mountain and Mekong
    # communes do not look like a Red River delta village.
    ("Đào", 0.7),
    ("Đinh", 0.7),
    ("Trương", 0.7),
    ("Trịnh", 0.6),
    ("Lâm", 0.6),
    ("Mai", 0.55),
    ("Đoàn", 0.55),
    ("Lương", 0.5),
    ("Hà", 0.5),
    ("Cao", 0.45),
    ("Lưu", 0.4),
    ("Tạ", 0.3),
    ("Chu", 0.3),
    ("Phùng", 0.3),
    ("Tô", 0.25),
    ("Vương", 0.25),
    ("Quách", 0.2),
    ("Triệu", 0.2),
    ("Thái", 0.2),
    ("Lại", 0.2),
    ("Nông", 0.15),
    ("Kiều", 0.15),
    ("Châu", 0.15),
    ("Thạch", 0.15),
    ("Mạc", 0.1),
    ("Lò", 0.1),
    ("Thân", 0.1),
    ("Đàm", 0.1),
    ("Nghiêm", 0.1),
    ("La", 0.1),
    ("Hứa", 0.1),
    ("Tăng", 0.1),
    ("Từ", 0.1),
    ("Tống", 0.1),
    ("Danh", 0.1),
    ("Giáp", 0.08),
    ("Lã", 0.08),
    ("Vi", 0.08),
    ("Quan", 0.08),
    ("Sơn", 0.08),
    ("Khúc", 0.05),
    ("Doãn", 0.05),
    ("Tôn", 0.05),
    ("Âu", 0.05),
    ("Ninh", 0.05),
    ("Lục", 0.05),
    ("Bạch", 0.05),
    ("Cù", 0.05),
    ("Khổng", 0.05),
    ("Ông", 0.05),
    ("Phí", 0.05),
    ("Ma", 0.05),
    ("Diệp", 0.05),
    ("Mã", 0.05),
    ("Đồng", 0.05),
    ("Giàng", 0.05),
    ("Sùng", 0.05),
    ("Thào", 0.05),
    ("Vàng", 0.04),
)

# ---------------------------------------------------------------------------
# Middle and given names
# ---------------------------------------------------------------------------

FEMALE_MIDDLE_NAMES: Final[WeightedTable] = (
    # Baseline for women born in the 1960s-1970s: the "Thị" family (plain
    # "Thị" and the double middle names that start with it) makes up about
    # 72 % here.  ``NameSampler`` rescales that share per birth cohort, from
    # ~84 % for women born before 1960 down to ~24 % for those born after
    # 2000, because "Thị" has steadily gone out of fashion.
    ("Thị", 70.0),
    ("Thị Thu", 1.5),
    ("Thị Thanh", 1.2),
    ("Thị Ngọc", 1.0),
    ("Thị Hồng", 0.8),
    ("Thị Kim", 0.8),
    ("Thị Minh", 0.6),
    ("Thị Thùy", 0.4),
    ("Thị Bích", 0.4),
    ("Thị Mai", 0.3),
    ("Thị Phương", 0.3),
    ("Thị Lan", 0.3),
    ("Thị Hải", 0.2),
    ("Thị Diệu", 0.2),
    ("Thị Quỳnh", 0.2),
    # Other middle names, together ~28 % in the baseline.
    ("Ngọc", 3.2),
    ("Thu", 2.8),
    ("Thanh", 2.8),
    ("Minh", 1.8),
    ("Hồng", 1.6),
    ("Kim", 1.6),
    ("Phương", 1.4),
    ("Thùy", 1.2),
    ("Thuỳ", 0.6),
    ("Bích", 1.1),
    ("Mai", 1.0),
    ("Khánh", 1.0),
    ("Bảo", 0.9),
    ("Quỳnh", 0.8),
    ("Diệu", 0.7),
    ("Hải", 0.7),
    ("Mỹ", 0.6),
    ("Xuân", 0.6),
    ("Thảo", 0.6),
    ("Lan", 0.5),
    ("Hoài", 0.5),
    ("Như", 0.5),
    ("Cẩm", 0.5),
    ("Hà", 0.5),
    ("Hoàng", 0.5),
    ("Tuyết", 0.4),
    ("Ánh", 0.4),
    ("Gia", 0.4),
    ("Tường", 0.3),
    ("Hương", 0.3),
    ("Vân", 0.3),
)

MALE_MIDDLE_NAMES: Final[WeightedTable] = (
    # Men are only honorary members (a few percent), but they need plausible
    # names too.  "Văn" plays the role "Thị" plays for women and is likewise
    # rescaled per cohort by ``NameSampler``.
    ("Văn", 60.0),
    ("Đức", 7.0),
    ("Hữu", 6.0),
    ("Minh", 6.0),
    ("Quang", 5.0),
    ("Công", 5.0),
    ("Đình", 4.0),
    ("Xuân", 3.0),
    ("Thanh", 3.0),
    ("Quốc", 3.0),
    ("Ngọc", 2.5),
    ("Trọng", 2.0),
    ("Mạnh", 2.0),
    ("Duy", 2.0),
    ("Anh", 1.5),
    ("Gia", 1.5),
    ("Tuấn", 1.5),
    ("Việt", 1.5),
    ("Thế", 1.5),
    ("Bá", 1.0),
    ("Khắc", 1.0),
    ("Tiến", 1.0),
)

FEMALE_GIVEN_NAMES: Final[WeightedTable] = (
    ("Hương", 3.2),
    ("Hoa", 3.0),
    ("Lan", 2.8),
    ("Hằng", 2.8),
    ("Linh", 2.8),
    ("Hà", 2.6),
    ("Trang", 2.6),
    ("Thảo", 2.4),
    ("Nga", 2.2),
    ("Huyền", 2.2),
    ("Anh", 2.2),
    ("Mai", 2.0),
    ("Dung", 1.8),
    ("Hạnh", 1.8),
    ("Phương", 1.8),
    ("Nhung", 1.6),
    ("Yến", 1.6),
    ("Hiền", 1.6),
    ("Vân", 1.6),
    ("Hồng", 1.6),
    # Both tone-mark placements, see the module docstring.
    ("Thủy", 1.4),
    ("Thuỷ", 0.9),
    ("Thúy", 1.2),
    ("Thuý", 0.6),
    ("Hòa", 0.8),
    ("Hoà", 0.5),
    ("Loan", 1.4),
    ("Liên", 1.4),
    ("Thu", 1.4),
    ("Giang", 1.4),
    ("Chi", 1.3),
    ("Oanh", 1.2),
    ("Ngọc", 1.2),
    ("Thanh", 1.2),
    ("Ngân", 1.2),
    ("Nhi", 1.2),
    ("Tuyết", 1.1),
    ("Duyên", 1.1),
    ("Ánh", 1.0),
    ("Huệ", 1.0),
    ("Xuân", 1.0),
    ("Uyên", 1.0),
    ("Vy", 1.0),
    ("Ly", 1.0),
    ("Quỳnh", 1.0),
    ("Nguyệt", 0.9),
    ("Quyên", 0.9),
    ("Tâm", 0.9),
    ("Nhàn", 0.9),
    ("Phượng", 0.9),
    ("Thư", 0.9),
    ("Bình", 0.8),
    ("My", 0.8),
    ("Thoa", 0.8),
    ("Trinh", 0.8),
    ("An", 0.8),
    ("Trâm", 0.8),
    ("Cúc", 0.7),
    ("Thắm", 0.7),
    ("Hậu", 0.7),
    ("Lý", 0.6),
    ("Đào", 0.6),
    ("Thơm", 0.6),
    ("Châu", 0.6),
    ("Hân", 0.6),
    ("Hường", 0.6),
    ("Lệ", 0.5),
    ("Tươi", 0.5),
    ("Tú", 0.5),
    ("Hảo", 0.5),
    ("Diệp", 0.4),
    ("Khuyên", 0.4),
    ("Mến", 0.4),
    ("Na", 0.4),
    ("Quế", 0.4),
    ("Sen", 0.4),
    ("Ngà", 0.4),
    ("Trúc", 0.4),
    ("Luyến", 0.4),
    ("Tuyền", 0.4),
    ("Kiều", 0.4),
    ("Hoài", 0.4),
    ("Gấm", 0.3),
    ("Lụa", 0.3),
    ("Nụ", 0.3),
    ("Vui", 0.3),
    ("Xoan", 0.3),
    ("Yên", 0.3),
    ("Lành", 0.3),
    ("Hoan", 0.3),
    ("Ân", 0.2),
    ("Lài", 0.2),
    ("Nhài", 0.2),
)

MALE_GIVEN_NAMES: Final[WeightedTable] = (
    ("Hùng", 3.0),
    ("Dũng", 3.0),
    ("Tuấn", 3.0),
    ("Nam", 2.5),
    ("Long", 2.5),
    ("Hải", 2.5),
    ("Sơn", 2.5),
    ("Minh", 2.5),
    ("Cường", 2.2),
    ("Thành", 2.2),
    ("Thắng", 2.0),
    ("Đức", 2.0),
    ("Trung", 1.8),
    ("Huy", 1.8),
    ("Bình", 1.5),
    ("Quân", 1.5),
    ("Tùng", 1.5),
    ("Hiếu", 1.5),
    ("Hoàng", 1.5),
    ("Đạt", 1.5),
    ("Hưng", 1.5),
    ("Phong", 1.2),
    ("Việt", 1.2),
    ("Khánh", 1.2),
    ("Quang", 1.2),
    ("Toàn", 1.2),
    ("Vinh", 1.2),
    ("Duy", 1.2),
    ("Tiến", 1.2),
    ("Hòa", 1.0),
    ("Hoà", 0.5),
    ("Kiên", 1.0),
    ("Phúc", 1.0),
    ("Trường", 1.0),
    ("Vũ", 1.0),
    ("Chiến", 1.0),
    ("Thanh", 1.0),
    ("Nghĩa", 1.0),
    ("Tú", 0.8),
    ("Lâm", 0.8),
    ("Thịnh", 0.8),
    ("Bảo", 0.8),
    ("Khoa", 0.8),
    ("An", 0.8),
    ("Lợi", 0.8),
    ("Tài", 0.8),
    ("Tâm", 0.8),
    ("Lộc", 0.7),
    ("Quý", 0.7),
    ("Thái", 0.6),
    ("Hậu", 0.6),
    ("Thuận", 0.6),
    ("Phú", 0.6),
    ("Kiệt", 0.5),
    ("Thọ", 0.5),
    ("Lực", 0.5),
)

# Names that were fashionable for people born long ago, and names that are
# fashionable now.  ``NameSampler`` multiplies their weights per cohort, so
# that a grandmother is more likely to be "Thơm" or "Nụ" and a granddaughter
# "Linh", "Vy" or "Ngân".  Membership tests only: iteration order is never
# used, which keeps the draws independent of hash randomisation.
_OLD_FASHIONED: Final[frozenset[str]] = frozenset({
    # women's given names
    "Loan", "Liên", "Tuyết", "Hồng", "Huệ", "Lý", "Xuân", "Đào", "Cúc",
    "Thơm", "Thắm", "Bình", "Gấm", "Khuyên", "Lệ", "Lụa", "Mến", "Nhàn",
    "Nụ", "Quế", "Sen", "Tươi", "Thoa", "Vui", "Xoan", "Lành", "Lài",
    "Nhài", "Hảo", "Hường", "Luyến", "Hoan",
    # middle names (women's "Thu", "Thanh", "Kim", "Bích"; men's "Bá", ...)
    "Thu", "Thanh", "Kim", "Bích",
    "Bá", "Khắc", "Thế",
    # men's given names
    "Sơn", "Thắng", "Hòa", "Hoà", "Lợi", "Tiến", "Chiến", "Thọ", "Lực",
})
_FASHIONABLE: Final[frozenset[str]] = frozenset({
    # women's given names
    "Linh", "Trang", "Thảo", "Anh", "Chi", "Ngọc", "Uyên", "Vy", "My",
    "Ngân", "Ly", "Nhi", "An", "Trâm", "Hân", "Thư", "Trúc", "Quỳnh",
    # middle names
    "Minh", "Thùy", "Thuỳ", "Phương", "Khánh", "Bảo", "Như",
    "Tường", "Hoàng", "Gia",
    # men's given names
    "Quân", "Huy", "Đạt", "Duy", "Phúc", "Khoa", "Vũ", "Kiệt",
})

# Birth cohorts: born before 1960, 1960-1979, 1980-1989, 1990-1999, 2000+.
_COHORT_STARTS: Final[tuple[int, ...]] = (1960, 1980, 1990, 2000)
_N_COHORTS: Final[int] = len(_COHORT_STARTS) + 1
# Share of the "Thị" family among women's middle names, and of "Văn" among
# men's, per cohort.
_THI_SHARE: Final[tuple[float, ...]] = (0.84, 0.74, 0.58, 0.40, 0.24)
_VAN_SHARE: Final[tuple[float, ...]] = (0.75, 0.62, 0.48, 0.34, 0.24)
# Weight multipliers per cohort for old-fashioned and fashionable names.
_OLD_FASHIONED_FACTOR: Final[tuple[float, ...]] = (2.2, 1.5, 0.8, 0.35, 0.15)
_FASHIONABLE_FACTOR: Final[tuple[float, ...]] = (0.15, 0.45, 1.0, 1.8, 2.6)

# ---------------------------------------------------------------------------
# Other member attributes
# ---------------------------------------------------------------------------


def _listed(vocabulary: Vocabulary, table: WeightedTable) -> WeightedTable:
    """Return ``table`` after checking each value is spelled as ``db.vocabulary`` spells it.

    Demo data written with another spelling than the app's would split statistics the
    way real imports used to; failing at import keeps the two lists from drifting.
    """
    for value, _weight in table:
        if vocabulary.canonical(value) != value:
            raise ValueError(f"demo {vocabulary.name} {value!r} is not a listed spelling")
    return table


ETHNICITIES: Final[WeightedTable] = _listed(ETHNICITY, (
    # Roughly the 2019 census shares, in percent.  The app stores the name as
    # written on the member's ID card, in the common unhyphenated spelling.
    ("Kinh", 85.3),
    ("Tày", 1.9),
    ("Thái", 1.9),
    ("Mường", 1.5),
    ("H'Mông", 1.5),
    ("Khmer", 1.4),
    ("Nùng", 1.1),
    ("Dao", 0.9),
    ("Hoa", 0.8),
    ("Gia Rai", 0.5),
    ("Ê Đê", 0.4),
    ("Ba Na", 0.3),
    ("Sán Chay", 0.2),
    ("Chăm", 0.2),
    ("Cơ Ho", 0.2),
    ("Xơ Đăng", 0.2),
    ("Sán Dìu", 0.2),
    ("Hrê", 0.15),
    ("Ra Glai", 0.15),
    ("Mnông", 0.13),
    ("Thổ", 0.1),
    ("Xtiêng", 0.1),
    ("Bru - Vân Kiều", 0.1),
    ("Khơ Mú", 0.09),
    ("Cơ Tu", 0.07),
    ("Giáy", 0.07),
    ("Giẻ Triêng", 0.07),
    ("Tà Ôi", 0.05),
    ("Mạ", 0.05),
    ("Co", 0.04),
    ("Chơ Ro", 0.03),
    ("Hà Nhì", 0.03),
    ("Xinh Mun", 0.03),
    ("Chu Ru", 0.02),
    ("Lào", 0.02),
    ("La Chí", 0.02),
    ("Phù Lá", 0.01),
    ("Kháng", 0.01),
    ("La Hủ", 0.01),
))

RELIGIONS: Final[WeightedTable] = _listed(RELIGION, (
    # "Không" = no religion.  Most Vietnamese practise ancestor worship but
    # declare no religion on forms, hence the large share.
    ("Không", 80.0),
    ("Phật giáo", 10.0),
    ("Công giáo", 6.5),
    ("Tin lành", 1.2),
    ("Cao Đài", 1.0),
    ("Hòa Hảo", 1.0),
    ("Hồi giáo", 0.1),
))

OCCUPATIONS: Final[WeightedTable] = (
    # A commune-level mix; wards would have fewer farmers, but the demo
    # generator can reweight if it cares.  Age-dependent ones (students,
    # retirees) are left for the generator to reconcile with birth years.
    ("Nông nghiệp", 30.0),
    ("Công nhân", 14.0),
    ("Lao động tự do", 12.0),
    ("Buôn bán", 10.0),
    ("Nội trợ", 8.0),
    ("Hưu trí", 8.0),
    ("Kinh doanh dịch vụ", 5.0),
    ("Cán bộ, công chức", 4.0),
    ("Giáo viên", 3.0),
    ("Học sinh, sinh viên", 2.0),
    ("Nuôi trồng thủy sản", 1.5),
    ("Y tế", 1.0),
    ("Thủ công mỹ nghệ", 1.0),
    ("Viên chức", 0.5),
)

EDUCATION: Final[WeightedTable] = (
    # General education as written on union forms: grade reached / number
    # of grades.  "x/10" is the old ten-year northern system, still found on
    # the records of older members.
    ("12/12", 45.0),
    ("9/12", 28.0),
    ("5/12", 6.0),
    ("7/12", 3.0),
    ("8/12", 2.0),
    ("10/12", 3.0),
    ("11/12", 2.0),
    ("6/12", 1.5),
    ("4/12", 1.0),
    ("3/12", 0.5),
    ("10/10", 4.0),
    ("7/10", 3.0),
    ("Không", 1.0),
)

PROFESSIONAL: Final[WeightedTable] = (
    ("Không", 62.0),
    ("Sơ cấp", 8.0),
    ("Trung cấp", 10.0),
    ("Cao đẳng", 6.0),
    ("Đại học", 13.0),
    ("Thạc sĩ", 0.9),
    ("Tiến sĩ", 0.1),
)

POLITICAL_THEORY: Final[WeightedTable] = (
    ("Không", 85.0),
    ("Sơ cấp", 10.0),
    ("Trung cấp", 4.5),
    ("Cao cấp", 0.5),
)

MOBILE_PREFIXES: Final[tuple[str, ...]] = (
    # Viettel
    "086", "096", "097", "098", "032", "033", "034", "035", "036", "037",
    "038", "039",
    # VinaPhone
    "088", "091", "094", "081", "082", "083", "084", "085",
    # MobiFone
    "089", "090", "093", "070", "076", "077", "078", "079",
    # Vietnamobile
    "092", "056", "058",
)
"""Three-digit mobile prefixes; a number is the prefix plus 7 digits."""

CCCD_PROVINCE_CODES: Final[MappingProxyType[str, str]] = MappingProxyType({
    # Province of birth registration (Circular 07/2016/TT-BCA), a selection
    # from all regions.
    "001": "Hà Nội",
    "022": "Quảng Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "066": "Đắk Lắk",
    "079": "Hồ Chí Minh",
    "089": "An Giang",
    "092": "Cần Thơ",
    "094": "Sóc Trăng",
})
"""Three-digit CCCD province codes mapped to the province name."""

# ---------------------------------------------------------------------------
# Prepared tables and the generic sampler
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A weighted table in the form ``Random.choices`` wants.

    Attributes:
        population: The values, in table order.
        cum_weights: Running sums of the weights.  Passing them instead of
            plain weights saves ``choices`` an O(len(table)) accumulation on
            every call, which matters when the call is made per group of a
            few rows.
    """

    population: tuple[str, ...]
    cum_weights: tuple[float, ...]

    def draw(self, rng: random.Random, k: int) -> list[str]:
        """Draw ``k`` values with replacement."""
        return rng.choices(self.population, cum_weights=self.cum_weights, k=k)


def _prepare(table: WeightedTable) -> _Prepared:
    """Validate a table and accumulate its weights.

    Raises:
        ValueError: If the table is empty, a value is empty or a weight is
            not a finite positive number.  Bad weights would otherwise give
            silently skewed samples (``choices`` does not check them).
    """
    if not table:
        raise ValueError("weighted table is empty")
    population: list[str] = []
    cum_weights: list[float] = []
    total = 0.0
    for value, weight in table:
        if not value:
            raise ValueError("weighted table contains an empty value")
        if not (math.isfinite(weight) and weight > 0):
            raise ValueError(f"weight of {value!r} must be finite and > 0, got {weight!r}")
        total += weight
        population.append(value)
        cum_weights.append(total)
    return _Prepared(tuple(population), tuple(cum_weights))


# Keyed by id(); each entry keeps its table alive, so an id cannot be reused
# by another object while the entry exists.
_PREPARED: dict[int, tuple[WeightedTable, _Prepared]] = {}
_PREPARED_CACHE_LIMIT: Final[int] = 256


def _prepared(table: WeightedTable) -> _Prepared:
    """Return the prepared form of ``table``, computing it at most once."""
    entry = _PREPARED.get(id(table))
    if entry is not None and entry[0] is table:
        return entry[1]
    prepared = _prepare(table)
    if len(_PREPARED) < _PREPARED_CACHE_LIMIT:
        _PREPARED[id(table)] = (table, prepared)
    return prepared


def sample(rng: random.Random, table: WeightedTable, k: int) -> list[str]:
    """Draw ``k`` values from a weighted table, with replacement.

    The public tables of this module are prepared at import, so this is a
    single ``Random.choices`` call; other tables are prepared on first use
    and cached.  Draw in bulk (one call with ``k=n``) rather than ``n`` calls
    with ``k=1``: the per-call overhead dominates for small ``k``.

    Args:
        rng: The random generator; the result depends only on its state.
        table: Any ``WeightedTable``, e.g. ``OCCUPATIONS``.
        k: Number of values to draw.

    Returns:
        A list of ``k`` values from ``table``.

    Raises:
        ValueError: If ``k`` is negative or the table is invalid.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    return _prepared(table).draw(rng, k)


for _table in (
    FAMILY_NAMES, FEMALE_MIDDLE_NAMES, MALE_MIDDLE_NAMES, FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES, ETHNICITIES, RELIGIONS, OCCUPATIONS, EDUCATION, PROFESSIONAL,
    POLITICAL_THEORY,
):
    _prepared(_table)
del _table

# ---------------------------------------------------------------------------
# Full names
# ---------------------------------------------------------------------------


def birth_cohort(year: int) -> int:
    """Return the name-fashion cohort index (0-4) of a birth year.

    Cohorts are: before 1960, 1960-1979, 1980-1989, 1990-1999, 2000 and
    later.  Name fashions (the decline of "Thị" and "Văn", old-fashioned and
    trendy given names) are modelled per cohort rather than per year because
    the data they rest on is no finer than that.
    """
    cohort = 0
    for start in _COHORT_STARTS:
        if year < start:
            break
        cohort += 1
    return cohort


# Memoised cohorts of plausible birth years: a dict lookup is cheaper than a
# function call in the million-row loop of ``NameSampler.full_names``.
_COHORT_BY_YEAR: Final[dict[int, int]] = {y: birth_cohort(y) for y in range(1880, 2031)}


def _fashion_factor(name: str, cohort: int) -> float:
    """Weight multiplier of a name for a cohort (1.0 for timeless names)."""
    if name in _OLD_FASHIONED:
        return _OLD_FASHIONED_FACTOR[cohort]
    if name in _FASHIONABLE:
        return _FASHIONABLE_FACTOR[cohort]
    return 1.0


def _middle_for_cohort(
    base: WeightedTable, dominant: str, share: float, cohort: int
) -> WeightedTable:
    """Reweight a middle-name table for a cohort.

    Entries that are ``dominant`` or start with it (e.g. "Thị Thu") are
    scaled so that together they make up ``share`` of the table; the rest
    get their fashion factor and share the remainder.
    """
    prefix = dominant + " "
    dominant_entries = [(v, w) for v, w in base if v == dominant or v.startswith(prefix)]
    other_entries = [
        (v, w * _fashion_factor(v, cohort))
        for v, w in base
        if not (v == dominant or v.startswith(prefix))
    ]
    dominant_total = sum(w for _, w in dominant_entries)
    other_total = sum(w for _, w in other_entries)
    scale_dominant = share / dominant_total
    scale_other = (1.0 - share) / other_total
    return tuple(
        (v, w * (scale_dominant if v == dominant or v.startswith(prefix) else scale_other))
        for v, w in (dominant_entries + other_entries)
    )


def _given_for_cohort(base: WeightedTable, cohort: int) -> WeightedTable:
    """Reweight a given-name table for a cohort by the fashion factors."""
    return tuple((v, w * _fashion_factor(v, cohort)) for v, w in base)


@dataclass(frozen=True, slots=True)
class _NameTables:
    """Prepared name tables of one (sex, cohort) group.

    Attributes:
        middle: Middle names padded with a space on both sides (" Thị "), so
            that a full name is assembled with two string concatenations.
        middle_last: Last syllable of each padded middle name, used to avoid
            names like "Nguyễn Thị Thu Thu".
        given: Given names.
    """

    middle: _Prepared
    middle_last: dict[str, str]
    given: _Prepared


def _name_tables(middle: WeightedTable, given: WeightedTable) -> _NameTables:
    """Prepare the tables of one group."""
    padded = tuple((f" {v} ", w) for v, w in middle)
    return _NameTables(
        middle=_prepare(padded),
        middle_last={p: p.split()[-1] for p, _ in padded},
        given=_prepare(given),
    )


_FAMILY: Final[_Prepared] = _prepared(FAMILY_NAMES)
# Index: cohort for women, _N_COHORTS + cohort for men.
_GROUP_TABLES: Final[tuple[_NameTables, ...]] = tuple(
    _name_tables(
        _middle_for_cohort(FEMALE_MIDDLE_NAMES, "Thị", _THI_SHARE[c], c),
        _given_for_cohort(FEMALE_GIVEN_NAMES, c),
    )
    for c in range(_N_COHORTS)
) + tuple(
    _name_tables(
        _middle_for_cohort(MALE_MIDDLE_NAMES, "Văn", _VAN_SHARE[c], c),
        _given_for_cohort(MALE_GIVEN_NAMES, c),
    )
    for c in range(_N_COHORTS)
)


class NameSampler:
    """Draws realistic Vietnamese full names in bulk.

    A full name is "Family Middle Given" ("Nguyễn Thị Hoa", "Trần Thị Thu
    Hằng", "Lê Khánh Linh").  The middle and given names depend on sex and
    birth year: "Thị" is the middle name of most women born before 1980 but a
    minority of those born after 1990; men get "Văn", "Đức", ... and men's
    given names.

    All draws are made per (sex, cohort) group with one ``Random.choices``
    call per table, so a million names take about a second.

    Args:
        rng: The random generator.  The sampler keeps using it, so
            interleaving other draws on the same generator changes later
            names (deterministically).
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def family_names(self, n: int) -> list[str]:
        """Draw ``n`` family names (same distribution for both sexes)."""
        return sample(self._rng, FAMILY_NAMES, n)

    def full_names(
        self, n: int, *, birth_years: Sequence[int], male: Sequence[bool]
    ) -> list[str]:
        """Draw ``n`` full names.

        Args:
            n: Number of names.
            birth_years: Birth year of each person (length ``n``).
            male: Whether each person is a man (length ``n``).

        Returns:
            ``n`` NFC full names; name ``i`` fits ``birth_years[i]`` and
            ``male[i]``.  The middle syllable never repeats the given name.

        Raises:
            ValueError: If ``n`` is negative or a sequence's length is not
                ``n``.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        if len(birth_years) != n or len(male) != n:
            raise ValueError(
                f"birth_years ({len(birth_years)}) and male ({len(male)}) must have length {n}"
            )
        rng = self._rng
        names = _FAMILY.draw(rng, n)

        groups: list[list[int]] = [[] for _ in _GROUP_TABLES]
        append_to = [group.append for group in groups]
        cohort_by_year = _COHORT_BY_YEAR
        for i, (year, is_male) in enumerate(zip(birth_years, male, strict=True)):
            cohort = cohort_by_year.get(year)
            if cohort is None:
                cohort = birth_cohort(year)
            append_to[cohort + _N_COHORTS if is_male else cohort](i)

        for tables, indices in zip(_GROUP_TABLES, groups, strict=True):
            if not indices:
                continue
            middles = tables.middle.draw(rng, len(indices))
            givens = tables.given.draw(rng, len(indices))
            middle_last = tables.middle_last
            for i, middle, given in zip(indices, middles, givens, strict=True):
                if middle_last[middle] == given:
                    names[i] += middle + _redraw_other(rng, tables.given, given)
                else:
                    names[i] += middle + given
        return names


def _redraw_other(rng: random.Random, table: _Prepared, avoid: str) -> str:
    """Draw one value from ``table`` that differs from ``avoid``."""
    while True:
        value = table.draw(rng, 1)[0]
        if value != avoid:
            return value


# ---------------------------------------------------------------------------
# Branch (village / residential group) names
# ---------------------------------------------------------------------------

# Single-word place words used on their own ("Thôn Đông", "Xóm Giữa").
_DIRECTION_WORDS: Final[tuple[str, ...]] = (
    "Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Đoài", "Giữa",
)
# Words typical of "xóm" names in the north: landmarks and positions.
_HAMLET_WORDS: Final[tuple[str, ...]] = (
    "Bến", "Chùa", "Đình", "Trại", "Đồng", "Mới", "Chợ", "Bãi", "Cầu",
    "Miếu", "Trên", "Dưới", "Ngoài", "Trong", "Giếng", "Đê", "Gò", "Vườn",
)
# Auspicious or revolutionary-era village names, nationwide.
_VILLAGE_NAMES: Final[tuple[str, ...]] = (
    "An Lạc", "Phú Mỹ", "Tân Thành", "Hòa Bình", "Đồng Tâm", "Quyết Tiến",
    "Tiền Phong", "Thắng Lợi", "Đoàn Kết", "Thống Nhất", "Tân Lập", "Bình An",
    "Phúc Lộc", "Đại Đồng", "Trung Hòa", "An Thái", "Phú Xuân", "Vĩnh Phúc",
    "Hưng Long", "Thanh Bình", "Tân Phong", "Minh Khai", "Quang Trung",
    "Hồng Phong", "Cộng Hòa", "Yên Bình", "Đông Hòa", "Xuân Lai", "Kim Đôi",
    "Phú Lợi", "Tân Tiến", "Quyết Thắng", "Hợp Tiến", "Đồng Xuân", "Nghĩa Hưng",
    "Vân Hồ", "Cẩm Khê", "Thọ Vực", "Lạc Thổ", "Đa Hội", "Mỹ Lộc", "Thái Hòa",
)
# Southern "ấp" names.
_SOUTHERN_NAMES: Final[tuple[str, ...]] = (
    "Tân Hòa", "Phú Hưng", "Bình Thạnh", "Long Thới", "Mỹ Phước", "Thạnh Lợi",
    "Tân Phú", "An Hòa", "Bình Hòa", "Phước Lợi", "Long Hưng", "Mỹ Thuận",
    "Vĩnh Lợi", "Tân Thới", "Hòa Long", "Phú Thạnh", "Thới An", "Bình Đông",
    "Long Bình", "Tân Quy", "Mỹ An", "Phú Lợi", "Rạch Sỏi", "Cây Dương",
    "Bàu Sen", "Kinh Xáng", "Vàm Láng", "Xẻo Rô", "Giồng Trôm", "Cái Tắc",
)
_SOUTHERN_SUFFIXES: Final[tuple[str, ...]] = ("A", "B", "1", "2", "3", "Đông", "Tây", "Chợ")
# Syllables of Tày/Thái/H'Mông place names for "bản" in the mountains:
# typical first elements ("Nà" field, "Huổi"/"Nậm" stream, "Phiêng" flat
# land, "Pá"/"Co" ...) combined with a second syllable.
_MOUNTAIN_FIRST: Final[tuple[str, ...]] = (
    "Nà", "Pá", "Huổi", "Phiêng", "Co", "Nậm", "Khuổi", "Bó", "Lũng", "Pác",
    "Hua", "Tà", "Khau", "Mường", "Na",
)
_MOUNTAIN_SECOND: Final[tuple[str, ...]] = (
    "Mạ", "Khoang", "Pằn", "Sản", "Cang", "Chè", "Lẹng", "Pục", "Mòn", "Tấu",
    "Lếch", "Phát", "Hốc", "Nưa", "Cọ", "Kham", "Lụ", "Bon", "Hin", "Sung",
    "Tỉn", "Vai", "Cát", "Ngòa",
)
_SPLIT_SUFFIXES: Final[tuple[str, ...]] = ("1", "2", "Thượng", "Hạ", "Đông", "Tây")

# Rural unit word and how likely a commune uses it: "thôn" in most of the
# north and centre, "xóm" in parts of the north and Nghệ An, "ấp" in the
# south, "bản" in the northern mountains.
_RURAL_UNITS: Final[WeightedTable] = (("Thôn", 55.0), ("Xóm", 15.0), ("Ấp", 20.0), ("Bản", 10.0))
# Urban wards number their residential groups; the southern style is "khu phố".
_URBAN_UNITS: Final[WeightedTable] = (("Tổ dân phố", 70.0), ("Khu phố", 30.0))
# Share of numbered units ("Thôn 3") in a commune: some communes number all
# their villages, many name them, some mix.
_NUMBERED_SHARES: Final[tuple[float, ...]] = (0.0, 0.1, 0.3, 0.6, 0.95)
_MAX_NAME_RETRIES: Final[int] = 30


def _rural_place_name(rng: random.Random, unit: str) -> str:
    """Draw one (possibly already used) place name for a rural unit."""
    r = rng.random()
    if unit == "Bản":
        if r < 0.15:
            return rng.choice(_MOUNTAIN_FIRST)
        return f"{rng.choice(_MOUNTAIN_FIRST)} {rng.choice(_MOUNTAIN_SECOND)}"
    if unit == "Ấp":
        if r < 0.7:
            return rng.choice(_SOUTHERN_NAMES)
        return f"{rng.choice(_SOUTHERN_NAMES)} {rng.choice(_SOUTHERN_SUFFIXES)}"
    if unit == "Xóm":
        if r < 0.5:
            return rng.choice(_HAMLET_WORDS)
        if r < 0.6:
            return rng.choice(_DIRECTION_WORDS)
        if r < 0.9:
            return rng.choice(_VILLAGE_NAMES)
        return f"{rng.choice(_VILLAGE_NAMES)} {rng.choice(_SPLIT_SUFFIXES)}"
    # "Thôn"
    if r < 0.3:
        return rng.choice(_DIRECTION_WORDS)
    if r < 0.85:
        return rng.choice(_VILLAGE_NAMES)
    return f"{rng.choice(_VILLAGE_NAMES)} {rng.choice(_SPLIT_SUFFIXES)}"


def branch_names(rng: random.Random, count: int, urban: bool) -> list[str]:
    """Generate distinct names for the union branches of one commune or ward.

    Union branches (chi hội) follow the residential units of the commune, so
    their names are those units' names.  One naming scheme is picked per
    commune, as in reality: an urban ward numbers its "Tổ dân phố" or "Khu
    phố" 1..count; a rural commune uses "Thôn", "Xóm", "Ấp" or "Bản" and
    names its units, numbers them, or mixes both ("Thôn Đông", "Thôn An
    Lạc", "Thôn 3").

    Args:
        rng: The random generator.
        count: Number of names wanted.
        urban: True for a ward (phường) or town, False for a rural commune.

    Returns:
        ``count`` distinct names.  Any ``count`` is satisfied: when the named
        pool runs dry the commune falls back to numbering.

    Raises:
        ValueError: If ``count`` is negative.
    """
    if count < 0:
        raise ValueError(f"count must be >= 0, got {count}")
    if urban:
        unit = sample(rng, _URBAN_UNITS, 1)[0]
        return [f"{unit} {number}" for number in range(1, count + 1)]

    unit = sample(rng, _RURAL_UNITS, 1)[0]
    numbered_share = rng.choice(_NUMBERED_SHARES)
    if unit == "Bản":
        numbered_share = min(numbered_share, 0.1)  # mountain hamlets keep names
    names: list[str] = []
    seen: set[str] = set()
    next_number = 1
    while len(names) < count:
        name = ""
        if rng.random() >= numbered_share:
            for _ in range(_MAX_NAME_RETRIES):
                candidate = f"{unit} {_rural_place_name(rng, unit)}"
                if candidate not in seen:
                    name = candidate
                    break
        if not name:
            # Named units never consist of a bare number, so this is unique.
            name = f"{unit} {next_number}"
            next_number += 1
        seen.add(name)
        names.append(name)
    return names


# ---------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------


def phone_numbers(rng: random.Random, k: int) -> list[str]:
    """Draw ``k`` ten-digit mobile numbers ("0912345678").

    Numbers are not guaranteed distinct; with ~3e8 possible numbers a few
    duplicates appear per million, as with real shared family phones.

    Raises:
        ValueError: If ``k`` is negative.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    prefixes = rng.choices(MOBILE_PREFIXES, k=k)
    randrange = rng.randrange
    return [f"{prefix}{randrange(10_000_000):07d}" for prefix in prefixes]


def cccd_numbers(
    rng: random.Random,
    province_code: str,
    *,
    birth_years: Sequence[int],
    male: Sequence[bool],
) -> list[str]:
    """Build 12-digit citizen ID (CCCD) numbers, distinct within the call.

    Layout: province code (3 digits), century/sex digit (0 = man born in the
    1900s, 1 = woman born in the 1900s, 2/3 = man/woman born in the 2000s,
    and so on per century), the last two digits of the birth year, then six
    random digits.  The random part is drawn without replacement within each
    (province, century/sex, year) prefix so that the demo data never breaks
    the uniqueness the database expects of real CCCD numbers.

    Args:
        rng: The random generator.
        province_code: Three-digit code, e.g. a key of
            ``CCCD_PROVINCE_CODES``.
        birth_years: Birth year of each person (1900-2399).
        male: Whether each person is a man; same length as ``birth_years``.

    Returns:
        One number per person, in input order.

    Raises:
        ValueError: On a malformed province code, mismatched lengths, a
            birth year outside 1900-2399, or more than a million people
            sharing one prefix.
    """
    if len(province_code) != 3 or not province_code.isdigit() or not province_code.isascii():
        raise ValueError(f"province_code must be 3 digits, got {province_code!r}")
    if len(birth_years) != len(male):
        raise ValueError("birth_years and male must have the same length")
    by_prefix: dict[str, list[int]] = {}
    for i, (year, is_male) in enumerate(zip(birth_years, male, strict=True)):
        if not 1900 <= year <= 2399:
            raise ValueError(f"birth year out of range for a CCCD number: {year}")
        century_sex = 2 * (year // 100 - 19) + (0 if is_male else 1)
        prefix = f"{province_code}{century_sex}{year % 100:02d}"
        by_prefix.setdefault(prefix, []).append(i)
    result = [""] * len(birth_years)
    for prefix, indices in by_prefix.items():  # insertion order: deterministic
        if len(indices) > 1_000_000:
            raise ValueError(f"more than 1,000,000 CCCD numbers share prefix {prefix}")
        serials = rng.sample(range(1_000_000), len(indices))
        for i, serial in zip(indices, serials, strict=True):
            result[i] = f"{prefix}{serial:06d}"
    return result
