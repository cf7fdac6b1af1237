"""Unit names as people read them: sorted without the kind of unit, placed in date lines."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import catalog
from db.engine import Database
from db.models import Unit, UnitLevel
from db.site import ensure_official_unit, init_site
from db.text import text_sort_key
from db.units import create_branch, list_communes


def test_provinces_sort_without_their_kind() -> None:
    names = [catalog.bare_name(p.name) for p in catalog.provinces()]
    assert names == sorted(names, key=text_sort_key)
    assert names.index("Hà Nội") < 12  # among the H's, not 28th after every "Tỉnh …"
    assert names[:3] == ["An Giang", "Bắc Ninh", "Cà Mau"]
    assert names.index("Hồ Chí Minh") < names.index("Huế") < names.index("Hưng Yên")


def test_communes_sort_without_their_kind() -> None:
    # An Giang (91) holds Phú Quốc and other special zones among its wards and communes.
    units = catalog.communes("91")
    bare = [catalog.bare_name(u.name) for u in units]
    assert bare == sorted(bare, key=text_sort_key)
    kinds = {catalog.split_prefix(u.name)[0] for u in units}
    assert {"Xã", "Phường", "Đặc khu"} <= kinds  # mixed kinds, interleaved
    zone = next(u for u in units if u.name.startswith("Đặc khu Phú Quốc"))
    after = units[units.index(zone) + 1]
    assert text_sort_key("Phú Quốc") <= text_sort_key(catalog.bare_name(after.name))


@pytest.mark.parametrize(("official", "bare", "place"), [
    ("Xã Hưng Hà", "Hưng Hà", "Hưng Hà"),
    ("Thành phố Hà Nội", "Hà Nội", "Hà Nội"),
    ("Đặc khu Phú Quốc", "Phú Quốc", "Phú Quốc"),
    ("Phường 1 Bảo Lộc", "1 Bảo Lộc", "Phường 1 Bảo Lộc"),
    ("Phường 1", "1", "Phường 1"),
    ("xã Đắk Ơ", "Đắk Ơ", "Đắk Ơ"),
    ("Hội LHPN Khối cơ quan", "Hội LHPN Khối cơ quan", "Hội LHPN Khối cơ quan"),
])
def test_bare_and_place_names(official: str, bare: str, place: str) -> None:
    assert catalog.bare_name(official) == bare
    assert catalog.place_name(official) == place


def test_every_numbered_unit_keeps_its_kind_in_the_date_line() -> None:
    numbered = [u.name for p in catalog.provinces() for u in catalog.communes(p.code)
                if catalog.bare_name(u.name)[:1].isdigit()]
    assert "Phường 1 Bảo Lộc" in numbered
    assert all(catalog.place_name(name) == name for name in numbered)


def test_unit_sort_key_ignores_kind_and_branch_prefix() -> None:
    names = ["Xã Yên Lạc", "Thành phố Hà Nội", "Đặc khu Côn Đảo", "Phường Ánh Sáng",
             "Tỉnh An Giang"]
    assert sorted(names, key=catalog.unit_sort_key) == [
        "Tỉnh An Giang", "Phường Ánh Sáng", "Đặc khu Côn Đảo", "Thành phố Hà Nội",
        "Xã Yên Lạc"]
    assert catalog.unit_sort_key("Chi hội Thôn Đông") == text_sort_key("Thôn Đông")


def test_stored_unit_keys_order_communes_and_branches(database: Database) -> None:
    wanted = {"Đặc khu Phú Quốc", "Xã Vĩnh Hậu", "Phường Châu Đốc", "Xã An Biên"}
    with database.transaction() as session:
        site = init_site(session, "91", upper=True)
        for unit in catalog.communes("91"):
            if unit.name in wanted:
                ensure_official_unit(session, unit.code, site.unit_id)
    with database.reading() as session:
        names = [c.name for c in list_communes(session)]
    assert names == ["Xã An Biên", "Phường Châu Đốc", "Đặc khu Phú Quốc", "Xã Vĩnh Hậu"]
    with database.transaction() as session:
        commune = session.scalars(select(Unit).where(Unit.level == UnitLevel.COMMUNE)).first()
        assert commune is not None
        branch = session.get_one(Unit, create_branch(session, commune.id, "Ấp Bắc"))
        assert branch.name == "Chi hội Ấp Bắc"
        assert branch.sort_key == text_sort_key("Ấp Bắc")


def test_sohoi_catalog_lists_provinces_without_their_kind() -> None:
    from tests.test_cli import sohoi

    result = sohoi("catalog")
    assert result.returncode == 0, result.stderr
    names = [line.split("  ", 1)[1] for line in result.stdout.splitlines() if line.strip()]
    assert len(names) == 34
    assert names.index("Thành phố Hà Nội") < 12
    assert names.index("Thành phố Hà Nội") < names.index("Tỉnh Hưng Yên")
    assert names[0] == "Tỉnh An Giang" and names[-1] == "Tỉnh Vĩnh Long"
