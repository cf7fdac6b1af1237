"""The upper level's per-commune breakdown equals each commune's own targets report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from db.site import get_site
from db.targets import CATEGORY_ORDER, targets_by_commune, targets_report
from tests.server_support import NewRegister
from tests.sync_support import NOW, PROVINCE_COMMUNES, Province, build_province

TODAY = NOW.date()


@pytest.fixture(scope="module")
def province(
    tmp_path_factory: pytest.TempPathFactory, new_register: NewRegister
) -> Iterator[Province]:
    folder = tmp_path_factory.mktemp("province")
    built = build_province(folder, communes=3, members=150,
                           upper_at=new_register(folder / "upper.sqlite"))
    yield built
    built.close()


def _own_reports(province: Province, year: int) -> dict[str, object]:
    reports = {}
    for database in province.communes.values():
        with database.reading() as session:
            site = get_site(session)
            reports[site.unit_id] = targets_report(session, site.unit_id, year, TODAY)
    return reports


@pytest.mark.parametrize("year", [TODAY.year, TODAY.year - 1])
def test_each_commune_line_equals_the_communes_own_report(province: Province,
                                                          year: int) -> None:
    own = _own_reports(province, year)
    with province.upper.reading() as session:
        rows = targets_by_commune(session, year, TODAY)
    assert {row.commune_id for row in rows} == set(own)
    assert len(rows) == len(PROVINCE_COMMUNES[:3])
    for row in rows:
        report = own[row.commune_id]
        assert row.categories == report.categories  # type: ignore[attr-defined]
        assert row.total_participations == report.total_participations  # type: ignore[attr-defined]
        assert row.total_people == report.total_people  # type: ignore[attr-defined]


def test_the_demo_has_officers_and_training_to_compare(province: Province) -> None:
    with province.upper.reading() as session:
        rows = targets_by_commune(session, TODAY.year, TODAY)
    # Without officers and trained people the equality above would prove nothing.
    assert all(row.category("branch_head").people > 0 for row in rows)
    assert sum(row.category("branch_head").trained_people for row in rows) > 0
    assert sum(row.total_participations for row in rows) > 0


def test_the_sum_of_the_communes_is_the_upper_levels_total(province: Province) -> None:
    with province.upper.reading() as session:
        rows = targets_by_commune(session, TODAY.year, TODAY)
        total = targets_report(session, None, TODAY.year, TODAY)
    for category in CATEGORY_ORDER:
        overall = next(c for c in total.categories if c.category == category)
        assert sum(row.category(category).people for row in rows) == overall.people
        assert sum(row.category(category).trained_people for row in rows) == (
            overall.trained_people)
        assert sum(row.category(category).participations for row in rows) == (
            overall.participations)
    assert sum(row.total_participations for row in rows) == total.total_participations
    assert sum(row.total_people for row in rows) == total.total_people


def test_rows_come_in_alphabetical_order_of_the_commune(province: Province) -> None:
    from db.text import text_sort_key

    with province.upper.reading() as session:
        names = [row.name for row in targets_by_commune(session, TODAY.year, TODAY)]
    assert names == sorted(names, key=text_sort_key)


def test_a_year_without_courses_has_no_one_trained(province: Province) -> None:
    with province.upper.reading() as session:
        rows = targets_by_commune(session, 2001, dt.date(2001, 12, 31))
    assert all(item.trained_people == 0 for row in rows for item in row.categories)
