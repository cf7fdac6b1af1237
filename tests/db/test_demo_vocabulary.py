"""Tests for the demo-data vocabularies and samplers."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from db.demo import vocabulary as voc

ALL_TABLES: dict[str, voc.WeightedTable] = {
    "FAMILY_NAMES": voc.FAMILY_NAMES,
    "FEMALE_MIDDLE_NAMES": voc.FEMALE_MIDDLE_NAMES,
    "MALE_MIDDLE_NAMES": voc.MALE_MIDDLE_NAMES,
    "FEMALE_GIVEN_NAMES": voc.FEMALE_GIVEN_NAMES,
    "MALE_GIVEN_NAMES": voc.MALE_GIVEN_NAMES,
    "ETHNICITIES": voc.ETHNICITIES,
    "RELIGIONS": voc.RELIGIONS,
    "OCCUPATIONS": voc.OCCUPATIONS,
    "EDUCATION": voc.EDUCATION,
    "PROFESSIONAL": voc.PROFESSIONAL,
    "POLITICAL_THEORY": voc.POLITICAL_THEORY,
}


def _is_nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


def _population(rng: random.Random, n: int, male_share: float = 0.03) -> tuple[
    list[int], list[bool]
]:
    years = rng.choices(range(1935, 2008), k=n)
    male = [rng.random() < male_share for _ in range(n)]
    return years, male


# --- tables -----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_tables_are_well_formed(name: str) -> None:
    table = ALL_TABLES[name]
    values = [v for v, _ in table]
    assert values, name
    assert len(values) == len(set(values)), f"duplicate values in {name}"
    for value, weight in table:
        assert value and value == value.strip(), (name, value)
        assert _is_nfc(value), (name, value)
        assert weight > 0, (name, value)


def test_other_vocabularies_are_nfc_and_well_formed() -> None:
    assert all(p.isdigit() and len(p) == 3 for p in voc.MOBILE_PREFIXES)
    assert len(set(voc.MOBILE_PREFIXES)) == len(voc.MOBILE_PREFIXES)
    for code, province in voc.CCCD_PROVINCE_CODES.items():
        assert code.isdigit() and len(code) == 3
        assert _is_nfc(province)
    assert voc.CCCD_PROVINCE_CODES["034"] == "Thái Bình"
    assert voc.CCCD_PROVINCE_CODES["001"] == "Hà Nội"


def test_required_vocabulary_is_present() -> None:
    given = {v for v, _ in voc.FEMALE_GIVEN_NAMES}
    # Both tone-mark placements occur.
    assert {"Thủy", "Thuỷ", "Hòa", "Hoà", "Thúy", "Thuý"} <= given
    assert len(given) >= 80
    assert all(" " not in g for g in given)
    family = dict(voc.FAMILY_NAMES)
    assert {"Huỳnh", "Võ", "Vũ", "Khúc", "Nông", "Lò", "Mạc"} <= family.keys()
    total = sum(family.values())
    assert 0.37 < family["Nguyễn"] / total < 0.39
    assert dict(voc.RELIGIONS)["Không"] / sum(w for _, w in voc.RELIGIONS) == pytest.approx(
        0.8, abs=0.02
    )
    assert dict(voc.ETHNICITIES)["Kinh"] / sum(w for _, w in voc.ETHNICITIES) == pytest.approx(
        0.85, abs=0.02
    )


# --- sample ------------------------------------------------------------------


def test_sample_is_deterministic_and_uses_table_values() -> None:
    a = voc.sample(random.Random(7), voc.OCCUPATIONS, 1000)
    b = voc.sample(random.Random(7), voc.OCCUPATIONS, 1000)
    assert a == b
    assert set(a) <= {v for v, _ in voc.OCCUPATIONS}
    assert voc.sample(random.Random(7), voc.OCCUPATIONS, 0) == []


def test_sample_custom_table_follows_weights() -> None:
    table: voc.WeightedTable = (("a", 1.0), ("b", 3.0))
    draws = voc.sample(random.Random(1), table, 40_000)
    assert draws.count("b") / len(draws) == pytest.approx(0.75, abs=0.01)


@pytest.mark.parametrize(
    "table",
    [(), (("a", 0.0),), (("a", -1.0),), (("", 1.0),), (("a", float("nan")),)],
)
def test_sample_rejects_invalid_tables(table: voc.WeightedTable) -> None:
    with pytest.raises(ValueError):
        voc.sample(random.Random(0), table, 1)


def test_sample_rejects_negative_k() -> None:
    with pytest.raises(ValueError):
        voc.sample(random.Random(0), voc.RELIGIONS, -1)


# --- names -------------------------------------------------------------------


def test_full_names_deterministic_for_fixed_seed() -> None:
    years, male = _population(random.Random(3), 5000)
    first = voc.NameSampler(random.Random(42)).full_names(5000, birth_years=years, male=male)
    second = voc.NameSampler(random.Random(42)).full_names(5000, birth_years=years, male=male)
    other = voc.NameSampler(random.Random(43)).full_names(5000, birth_years=years, male=male)
    assert first == second
    assert first != other


def test_full_names_independent_of_hash_seed() -> None:
    """Same seed, same names in fresh processes with different hash seeds."""
    code = (
        "import hashlib, random\n"
        "from db.demo import vocabulary as voc\n"
        "rng = random.Random(5)\n"
        "years = rng.choices(range(1940, 2008), k=3000)\n"
        "male = [rng.random() < 0.1 for _ in years]\n"
        "names = voc.NameSampler(random.Random(9)).full_names("
        "3000, birth_years=years, male=male)\n"
        "names += voc.branch_names(random.Random(9), 40, False)\n"
        "print(hashlib.sha256('|'.join(names).encode()).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[2]
    digests = set()
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(root))
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
            check=True,
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1


def test_nguyen_share_of_family_names() -> None:
    families = voc.NameSampler(random.Random(11)).family_names(100_000)
    share = families.count("Nguyễn") / len(families)
    assert 0.36 <= share <= 0.40

    years, male = _population(random.Random(12), 100_000)
    names = voc.NameSampler(random.Random(13)).full_names(100_000, birth_years=years, male=male)
    share = sum(name.split(" ", 1)[0] == "Nguyễn" for name in names) / len(names)
    assert 0.36 <= share <= 0.40


def _middle_words(name: str) -> list[str]:
    return name.split()[1:-1]


def test_thi_dominates_older_women_and_fades_for_young() -> None:
    n = 20_000
    sampler = voc.NameSampler(random.Random(21))
    old = sampler.full_names(n, birth_years=[1955 + i % 25 for i in range(n)], male=[False] * n)
    young = sampler.full_names(n, birth_years=[1991 + i % 15 for i in range(n)], male=[False] * n)
    old_share = sum("Thị" in _middle_words(name) for name in old) / n
    young_share = sum("Thị" in _middle_words(name) for name in young) / n
    assert old_share > 0.65
    assert young_share < 0.45
    assert old_share - young_share > 0.3


def test_women_sometimes_have_two_middle_names() -> None:
    n = 20_000
    names = voc.NameSampler(random.Random(22)).full_names(
        n, birth_years=[1970] * n, male=[False] * n
    )
    lengths = {len(name.split()) for name in names}
    assert lengths == {3, 4}
    assert any(name.split()[1:3] == ["Thị", "Thu"] for name in names)


def test_men_get_mens_names() -> None:
    n = 5000
    names = voc.NameSampler(random.Random(31)).full_names(
        n, birth_years=[1960 + i % 40 for i in range(n)], male=[True] * n
    )
    male_middles = {v for v, _ in voc.MALE_MIDDLE_NAMES}
    male_given = {v for v, _ in voc.MALE_GIVEN_NAMES}
    for name in names:
        words = name.split()
        assert len(words) == 3
        assert words[1] in male_middles
        assert words[2] in male_given
    assert sum(name.split()[1] == "Văn" for name in names) / n > 0.3


def test_names_are_nfc_and_well_formed() -> None:
    years, male = _population(random.Random(41), 50_000, male_share=0.2)
    names = voc.NameSampler(random.Random(42)).full_names(50_000, birth_years=years, male=male)
    families = {v for v, _ in voc.FAMILY_NAMES}
    for name in names:
        words = name.split(" ")
        assert all(words), name  # no double spaces
        assert words[0] in families
        assert _is_nfc(name), name
        # The middle name's last syllable never repeats the given name.
        assert words[-2] != words[-1], name


def test_birth_years_outside_common_range_are_accepted() -> None:
    names = voc.NameSampler(random.Random(1)).full_names(
        3, birth_years=[1700, 2050, 1985], male=[False, True, False]
    )
    assert len(names) == 3


def test_full_names_validates_lengths() -> None:
    sampler = voc.NameSampler(random.Random(0))
    with pytest.raises(ValueError):
        sampler.full_names(2, birth_years=[1980], male=[False, False])
    with pytest.raises(ValueError):
        sampler.full_names(-1, birth_years=[], male=[])
    assert sampler.full_names(0, birth_years=[], male=[]) == []


def test_birth_cohort_boundaries() -> None:
    assert [voc.birth_cohort(y) for y in (1959, 1960, 1979, 1980, 1989, 1990, 1999, 2000)] == [
        0, 1, 1, 2, 2, 3, 3, 4,
    ]


# --- branch names ------------------------------------------------------------


@pytest.mark.parametrize("urban", [False, True])
@pytest.mark.parametrize("count", [0, 1, 8, 25, 120])
def test_branch_names_distinct(urban: bool, count: int) -> None:
    for seed in range(40):
        names = voc.branch_names(random.Random(seed), count, urban)
        assert len(names) == count
        assert len(set(names)) == count
        assert all(_is_nfc(name) and name == name.strip() for name in names)


def test_branch_names_styles() -> None:
    urban_prefixes = ("Tổ dân phố ", "Khu phố ")
    rural_prefixes = ("Thôn ", "Xóm ", "Ấp ", "Bản ")
    seen_rural: set[str] = set()
    for seed in range(200):
        urban = voc.branch_names(random.Random(seed), 6, True)
        assert all(name.startswith(urban_prefixes) for name in urban)
        assert urban[-1].rsplit(" ", 1)[1] == "6"
        rural = voc.branch_names(random.Random(seed), 6, False)
        assert all(name.startswith(rural_prefixes) for name in rural)
        # One naming scheme per commune.
        assert len({name.split(" ", 1)[0] for name in rural}) == 1
        seen_rural.update(name.split(" ", 1)[0] for name in rural)
    assert seen_rural == {"Thôn", "Xóm", "Ấp", "Bản"}


def test_branch_names_deterministic_and_validated() -> None:
    assert voc.branch_names(random.Random(5), 30, False) == voc.branch_names(
        random.Random(5), 30, False
    )
    with pytest.raises(ValueError):
        voc.branch_names(random.Random(5), -1, False)


# --- identifiers -------------------------------------------------------------


def test_phone_numbers() -> None:
    numbers = voc.phone_numbers(random.Random(61), 10_000)
    assert len(numbers) == 10_000
    for number in numbers:
        assert len(number) == 10 and number.isdigit()
        assert number[:3] in voc.MOBILE_PREFIXES
    assert voc.phone_numbers(random.Random(61), 10) == voc.phone_numbers(random.Random(61), 10)


def test_cccd_numbers_layout_and_uniqueness() -> None:
    years = [1975, 2003, 1988, 2001] * 5000
    male = [False, False, True, True] * 5000
    numbers = voc.cccd_numbers(random.Random(71), "034", birth_years=years, male=male)
    assert len(set(numbers)) == len(numbers)
    assert all(len(n) == 12 and n.isdigit() and n.startswith("034") for n in numbers)
    assert [n[3:6] for n in numbers[:4]] == ["175", "303", "088", "201"]
    digest = hashlib.sha256("".join(numbers).encode()).hexdigest()
    again = voc.cccd_numbers(random.Random(71), "034", birth_years=years, male=male)
    assert hashlib.sha256("".join(again).encode()).hexdigest() == digest


@pytest.mark.parametrize(
    ("code", "years", "male"),
    [("34", [1980], [False]), ("03a", [1980], [False]), ("034", [1899], [False]),
     ("034", [1980, 1981], [False])],
)
def test_cccd_numbers_validation(code: str, years: list[int], male: list[bool]) -> None:
    with pytest.raises(ValueError):
        voc.cccd_numbers(random.Random(0), code, birth_years=years, male=male)
