"""The official unit catalog and setting up a site."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db import catalog
from db.engine import Database
from db.errors import NotFoundError, UserError
from db.models import Standard, Target, Topic, Unit
from db.site import get_site, init_site


def test_catalog_has_the_2025_units() -> None:
    provinces = catalog.provinces()
    assert len(provinces) == 34
    total = sum(len(catalog.communes(p.code)) for p in provinces)
    assert total == 3321
    names = [p.name for p in provinces]
    assert "Tỉnh Hưng Yên" in names
    # Alphabetical the Vietnamese way: "Đà Nẵng"/"Đắk Lắk" after every "D…" province.
    bare = [catalog.bare_name(p.name) for p in provinces]
    assert bare.index("Điện Biên") > bare.index("Cà Mau")


def test_find_by_code_and_union_name() -> None:
    commune = catalog.find("12586")
    assert commune.name == "Xã Hưng Hà"
    assert commune.parent_code == "33"
    assert commune.union_name == "Hội LHPN xã Hưng Hà"
    assert catalog.find("33").union_name == "Hội LHPN tỉnh Hưng Yên"
    assert catalog.find("01").union_name == "Hội LHPN thành phố Hà Nội"
    with pytest.raises(NotFoundError):
        catalog.find("99999")
    with pytest.raises(NotFoundError):
        catalog.find("abc")


def test_search_communes_ignores_tones() -> None:
    found = catalog.search_communes("hung ha", "33")
    assert [u.name for u in found] == ["Xã Hưng Hà"]


def test_init_commune_site(database: Database) -> None:
    with database.transaction() as session:
        site = init_site(session, "12586")
    assert site.mode == "commune"
    assert site.union_name == "Hội LHPN xã Hưng Hà"
    assert site.parent_name == "Hội LHPN tỉnh Hưng Yên"
    with database.reading() as session:
        assert get_site(session) == site
        assert session.scalar(select(func.count()).select_from(Topic)) == 11
        assert session.scalar(select(func.count()).select_from(Standard)) >= 5
        assert session.scalar(select(func.count()).select_from(Target)) > 0
        province = session.scalars(select(Unit).where(Unit.code == "33")).one()
        topics_owner = session.scalars(select(Topic.owner_unit_id)).first()
        # The catalog is published by the upper level: the commune's parent unit.
        assert topics_owner == province.id


def test_init_upper_site(database: Database) -> None:
    with database.transaction() as session:
        site = init_site(session, "33", upper=True)
    assert site.is_upper
    assert site.parent_name is None


@pytest.mark.parametrize(("code", "upper"), [("33", False), ("12586", True)])
def test_init_refuses_a_code_of_the_wrong_level(
    database: Database, code: str, upper: bool
) -> None:
    with pytest.raises(UserError), database.transaction() as session:
        init_site(session, code, upper=upper)


def test_init_twice_is_refused(commune_db: Database) -> None:
    with pytest.raises(UserError), commune_db.transaction() as session:
        init_site(session, "12586")
