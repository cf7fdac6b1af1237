"""The official catalog of provinces and commune-level units (after the 2025 reform).

The list comes from the ``vietnam-provinces`` package (imported only when the catalog
is consulted, which a normal start-up does not do), which ships the official codes
offline: 34 provinces and 3,321 communes, wards and special zones. Codes are kept as
zero-padded strings (2 digits for a province, 5 for a commune) because that is how
official documents print them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from db.errors import QT_TRANSLATE_NOOP, NotFoundError
from db.text import search_key, text_sort_key


@dataclass(frozen=True)
class CatalogUnit:
    """An official unit: a province or a commune-level unit."""

    code: str
    name: str
    level: str
    division: str
    parent_code: str | None

    @property
    def union_name(self) -> str:
        """Return the name of the women's union of this unit, e.g. "Hội LHPN xã Tân Hưng"."""
        return union_name(self.name)


UNIT_PREFIXES = ("Thành phố", "Tỉnh", "Xã", "Phường", "Đặc khu", "Thị trấn", "Huyện", "Quận")


#: What a branch's name starts with; like an administrative prefix, it is not sorted on.
BRANCH_PREFIX = "Chi hội"


def split_prefix(official_name: str) -> tuple[str, str]:
    """Split an official name into its kind and its proper name.

    "Thành phố Hà Nội" -> ("Thành phố", "Hà Nội"); "Đặc khu Phú Quốc" -> ("Đặc khu",
    "Phú Quốc"). The kind is matched without regard to case, since one catalog entry is
    spelled "xã …". A name without a known kind comes back as ("", name).
    """
    name = " ".join(official_name.split())
    folded = name.casefold()
    for prefix in UNIT_PREFIXES:
        if folded.startswith(prefix.casefold() + " "):
            return prefix, name[len(prefix) + 1 :]
    return "", name


def bare_name(official_name: str) -> str:
    """Return a unit's proper name without its kind: "Thành phố Hà Nội" -> "Hà Nội"."""
    return split_prefix(official_name)[1]


def place_name(official_name: str) -> str:
    """Return the place written before ", ngày … tháng … năm …" on a unit's documents.

    Decree 30/2020/NĐ-CP (Phụ lục I, Phần II, mục 4) writes the bare name of the
    administrative unit ("Xã Hưng Hà" -> "Hưng Hà"), but the full name of a unit named by
    a number, so that "Phường 1 Bảo Lộc" never prints as "1 Bảo Lộc", nor "Phường 1" as
    a lone "1". This is the only place the rule lives; every document asks here.
    """
    prefix, name = split_prefix(official_name)
    if not prefix or not name or name[0].isdigit():
        return " ".join(official_name.split())
    return name


def unit_sort_key(name: str) -> str:
    """Return the key that orders unit names as people look for them.

    The kind of unit ("Thành phố", "Tỉnh", "Xã", "Phường", "Đặc khu", "Chi hội") is
    ignored and the rest is compared with Vietnamese collation, so Hà Nội sits among the
    H's rather than after every "Tỉnh …", and "Đặc khu Phú Quốc" among the P's. Every
    list of units (catalog, setup wizard, pickers, stored ``Unit.sort_key``) uses it.
    """
    bare = bare_name(name)
    if bare.casefold().startswith(BRANCH_PREFIX.casefold() + " "):
        bare = bare[len(BRANCH_PREFIX) + 1 :]
    return text_sort_key(bare)


def union_name(official_name: str) -> str:
    """Name the union of a unit from its official name ("Xã Tân Hưng" -> "Hội LHPN xã Tân Hưng")."""
    prefix, name = split_prefix(official_name)
    if prefix:
        return f"Hội LHPN {prefix.lower()} {name}"
    return f"Hội LHPN {official_name}"


def province_code(code: int) -> str:
    """Format a province code the official way."""
    return f"{code:02d}"


def commune_code(code: int) -> str:
    """Format a commune-level code the official way."""
    return f"{code:05d}"


@cache
def provinces() -> tuple[CatalogUnit, ...]:
    """Return the 34 provinces in Vietnamese alphabetical order."""
    from vietnam_provinces import Province

    units = [
        CatalogUnit(
            code=province_code(int(p.code)),
            name=p.name,
            level="province",
            division=str(p.division_type.value),
            parent_code=None,
        )
        for p in Province.iter_all()
    ]
    return tuple(sorted(units, key=lambda u: (unit_sort_key(u.name), u.code)))


@cache
def communes(province: str) -> tuple[CatalogUnit, ...]:
    """Return the commune-level units of a province in alphabetical order.

    Raises:
        NotFoundError: no province has this code.
    """
    from vietnam_provinces import ProvinceCode, Ward

    parent = find_province(province)
    units = [
        CatalogUnit(
            code=commune_code(int(w.code)),
            name=w.name,
            level="commune",
            division=str(w.division_type.value),
            parent_code=parent.code,
        )
        for w in Ward.iter_by_province(ProvinceCode(int(parent.code)))
    ]
    return tuple(sorted(units, key=lambda u: (unit_sort_key(u.name), u.code)))


def find_province(code: str) -> CatalogUnit:
    """Look up a province by its code ("33" or "033").

    Raises:
        NotFoundError: no province has this code.
    """
    from vietnam_provinces import Province, ProvinceCode

    try:
        province = Province.from_code(ProvinceCode(int(code)))
    except ValueError as exc:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không có tỉnh, thành phố nào mang mã {code}.",
            ),
            code=code,
        ) from exc
    return CatalogUnit(
        code=province_code(int(province.code)),
        name=province.name,
        level="province",
        division=str(province.division_type.value),
        parent_code=None,
    )


def find_commune(code: str) -> CatalogUnit:
    """Look up a commune, ward or special zone by its code ("11953").

    Raises:
        NotFoundError: no commune-level unit has this code.
    """
    from vietnam_provinces import Ward, WardCode

    try:
        ward = Ward.from_code(WardCode(int(code)))
    except ValueError as exc:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không có xã, phường, đặc khu nào mang mã {code}.",
            ),
            code=code,
        ) from exc
    return CatalogUnit(
        code=commune_code(int(ward.code)),
        name=ward.name,
        level="commune",
        division=str(ward.division_type.value),
        parent_code=province_code(int(ward.province_code)),
    )


def find(code: str) -> CatalogUnit:
    """Look up any official unit: 1-2 digits name a province, more digits a commune.

    Raises:
        NotFoundError: the code is unknown or not a number.
    """
    digits = code.strip()
    if not digits.isdigit():
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Mã đơn vị phải là số (nhận được: {code!r}).",
            ),
            code=code,
        )
    if len(digits.lstrip("0")) <= 2 and len(digits) <= 3:
        return find_province(digits)
    return find_commune(digits)


def search_communes(text: str, province: str | None = None) -> list[CatalogUnit]:
    """Find commune-level units whose name contains ``text``, ignoring tones and case."""
    needle = search_key(text)
    pool = communes(province) if province else [u for p in provinces() for u in communes(p.code)]
    return [u for u in pool if needle in search_key(u.name)]
