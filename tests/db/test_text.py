"""Tests for db.text: cleaning, tone placement, search keys and Vietnamese sort keys."""

from __future__ import annotations

import random
import re
import string
import unicodedata
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from db.text import (
    VIETNAMESE_ALPHABET,
    clean_text,
    normalize_for_storage,
    normalize_tone_placement,
    search_key,
    sort_key,
    split_name,
    text_sort_key,
)

# --------------------------------------------------------------------------------------
# Helpers and strategies

TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền hỏi ngã sắc nặng
VOWELS = "aăâeêioôơuưy"
LATIN_ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"


def with_tone(letter: str, tone: int) -> str:
    """Put tone 1..5 (huyền, hỏi, ngã, sắc, nặng) on a letter; 0 leaves it alone."""
    return unicodedata.normalize("NFC", letter + TONE_MARKS[tone - 1]) if tone else letter


TONED = {
    with_tone(vowel, tone): (vowel, tone)
    for vowel in VOWELS + VOWELS.upper()
    for tone in range(1, 6)
}
VIETNAMESE_CHARS = "".join(
    sorted(set(LATIN_ORDER + LATIN_ORDER.upper() + string.digits) | set(TONED))
)

vietnamese_words = st.text(alphabet=VIETNAMESE_CHARS, min_size=1, max_size=7)
vietnamese_names = st.lists(vietnamese_words, min_size=1, max_size=5).map(" ".join)
# Text that stays inside what people type for names: Vietnamese letters, digits,
# punctuation and every kind of whitespace.
name_like_text = st.text(
    alphabet=VIETNAMESE_CHARS + string.punctuation + " \t\n\u00a0\u2003\u200b", max_size=40
)


def sign(a: Any, b: Any) -> int:
    """Return -1, 0 or 1 as ``a`` sorts before, with or after ``b``."""
    return int(a > b) - int(a < b)


def reference_part(part: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """A slow, obvious model of the collation of one part: letters, then tones, then case.

    Only for text made of VIETNAMESE_CHARS and spaces.
    """
    order = " " + string.digits + LATIN_ORDER
    primary, tones, cases = [], [], []
    for char in normalize_tone_placement(part):
        base, tone = TONED.get(char, (char, 0))
        primary.append(order.index(base.lower()))
        tones.append(tone)
        cases.append(int(base.isupper()))
    return tuple(primary), tuple(tones), tuple(cases)


def reference_name(name: str) -> tuple[object, ...]:
    family, middle, given_name = split_name(name)
    return reference_part(given_name), reference_part(middle), reference_part(family)


# Open syllables whose tone goes on the first vowel in the old style and on the second in
# the new one: hòa/hoà, khỏe/khoẻ, thủy/thuỷ.
@st.composite
def old_and_new_syllables(draw: st.DrawFn) -> tuple[str, str]:
    initial = draw(st.sampled_from(["", "h", "kh", "th", "ng", "x", "l", "t", "h", "ch", "tr"]))
    nucleus = draw(st.sampled_from(["oa", "oe", "uy"]))
    tone = draw(st.integers(1, 5))
    old = initial + with_tone(nucleus[0], tone) + nucleus[1]
    new = initial + nucleus[0] + with_tone(nucleus[1], tone)
    if draw(st.booleans()):
        old, new = old.capitalize(), new.capitalize()
    return old, new


@st.composite
def names_in_both_styles(draw: st.DrawFn) -> tuple[str, str]:
    words = draw(
        st.lists(
            st.one_of(old_and_new_syllables(), vietnamese_words.map(lambda w: (w, w))),
            min_size=1,
            max_size=4,
        )
    )
    return " ".join(old for old, _ in words), " ".join(new for _, new in words)


# --------------------------------------------------------------------------------------
# The order of a register

EXPECTED_ORDER = [
    "Nguyễn Thị An",
    "Trần Văn Anh",
    "Lê Thị Ánh",
    "Phạm Thị Ân",
    "Hoàng Thị Bình",
    "Vũ Minh Châu",
    "Đặng Thị Chi",
    "Ngô Thị Dung",
    "Phan Văn Dũng",
    "Dương Thị Đào",
    "Lý Văn Đức",
    "Trịnh Thu Giang",
    "Đỗ Thị Hà",
    "Mai Thị Hải",
    "Hồ Thị Hằng",
    "Lê Thị Hoa",  # same given name: the middle name decides
    "Lê Văn Hoa",
    "Cao Thị Hòa",  # old tone placement, same as "Hoà": the family name decides
    "Đinh Thị Hoà",
    "Tạ Thị Huệ",
    "Võ Thị Hương",
    "Bùi Thị Lan",  # same given and middle name: the family name decides
    "Dương Thị Lan",
    "Đỗ Thị Lan",  # đ comes after d
    "Nguyễn Thị Lan",
    "Trần Thị Lan",
    "Nguyễn Thị Ngọc Lan",  # "Thị" is a prefix of "Thị Ngọc"
    "Phùng Thị Liên",
    "Kiều Thùy Linh",
    "Lương Thị Mai",
    "Hà Thị Nga",
    "Tô Bảo Ngọc",
    "Lâm Thị Nhung",
    "Quách Thị Oanh",
    "Nguyễn Thị Phương",
    "Doãn Thị Quý",
    "Châu Thị Quyên",
    "Lã Phương Thảo",
    "Mạc Thị Thu",
    "Nguyễn Thị Thuỷ",  # new placement ...
    "Trần Thị Thủy",  # ... and old placement are the same given name
    "Ông Thị Thư",
    "Vương Thị Trang",
    "Triệu Thị Tuyết",
    "Kim Thị Uyên",
    "Hứa Thị Ưng",
    "Đàm Thị Vân",
    "Giáp Thị Xuân",
    "Yến",  # one word: no middle or family name, so first among the Yến
    "Khổng Thị Yến",
]


@pytest.mark.parametrize("seed", range(5))
def test_register_order(seed: int) -> None:
    names = EXPECTED_ORDER.copy()
    random.Random(seed).shuffle(names)
    assert sorted(names, key=sort_key) == EXPECTED_ORDER


def test_register_order_has_no_ties() -> None:
    keys = [sort_key(name) for name in EXPECTED_ORDER]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Trần Văn Anh", "Lê Thị Ánh"),  # the given name decides before anything else
        ("Nguyễn Thị An", "Bùi Văn Anh"),  # a prefix comes first
        ("Lê Thị Hoa", "Lê Văn Hoa"),
        ("Bùi Thị Lan", "Nguyễn Thị Lan"),
        ("Nguyễn Thị Lan", "Trần Thị Lan"),
        ("Dương Thị Lan", "Đỗ Thị Lan"),
        ("Nguyễn Thị Hoa", "Nguyễn Thị Hòa"),  # no tone before a tone
        ("Nguyễn Thị Hoà", "Nguyễn Thị Hóa"),  # huyền before sắc, wherever it is written
        ("Lê An", "Lê Thị An"),  # no middle name first
        ("Lê Thị An", "Lê Thị Ngọc An"),
        ("Lê Thị Ngọc An", "Lê Thịnh An"),  # the space in a middle name sorts first
    ],
)
def test_pairs(before: str, after: str) -> None:
    assert sort_key(before) < sort_key(after)


def test_alphabet_order() -> None:
    letters = list(LATIN_ORDER)
    assert sorted(reversed(letters), key=text_sort_key) == letters
    assert [c for c in LATIN_ORDER if c not in "fjwz"] == list(VIETNAMESE_ALPHABET)
    upper = [c.upper() for c in letters]
    assert sorted(reversed(upper), key=text_sort_key) == upper
    assert sorted(["b", "9", "0", "a"], key=text_sort_key) == ["0", "9", "a", "b"]


def test_tones_are_secondary() -> None:
    tones = ["ha", "hà", "hả", "hã", "há", "hạ", "hac", "hăc"]
    assert sorted(reversed(tones), key=text_sort_key) == tones
    # the letters of the whole part decide before any tone
    assert text_sort_key("Hạc") < text_sort_key("Hach")
    assert text_sort_key("Hà Nam") < text_sort_key("Ha Noi")


def test_case_is_tertiary() -> None:
    assert text_sort_key("an") < text_sort_key("An") < text_sort_key("AN")
    assert text_sort_key("An") < text_sort_key("ân")
    assert text_sort_key("AN") < text_sort_key("àn")


def test_text_sort_key_orders_places_left_to_right() -> None:
    places = ["An Giang", "Bắc Ninh", "Cà Mau", "Đà Nẵng", "Hà Nội", "Hồ Chí Minh", "Huế"]
    assert sorted(reversed(places), key=text_sort_key) == places


def test_sort_key_of_empty_and_one_word_names() -> None:
    assert sort_key("") == sort_key("   ") < sort_key("a")
    assert sort_key("Lan") < sort_key("Nguyễn Lan") < sort_key("Nguyễn Thị Lan")


def test_sort_key_is_short() -> None:
    for name in [*EXPECTED_ORDER, "Tôn Nữ Thị Hoàng Ngọc Phương Khuê", "Nguyễn Thị Thu Hương"]:
        assert len(sort_key(name)) <= 5 * len(name) // 3 + 10


@given(name_like_text)
def test_sort_key_length_bound(name: str) -> None:
    # The members.sort_key column is String(400); full_name is String(200).
    assert len(sort_key(name)) <= 5 * len(clean_text(name)) / 3 + 10


def test_foreign_and_unusual_names_get_keys() -> None:
    names = ["Ksor H'Hen", "H’Hen Niê", "Marie-Hélène", "Zoë", "李小龙", "Q\u0301úy", "\u0301"]
    for name in names:
        key = sort_key(name)
        assert all("!" <= char <= "p" for char in key)
    assert sort_key("Ksor H'Hen") < sort_key("Ksor Hen")  # punctuation before letters
    assert sort_key("Zoë") < sort_key("李小龙")  # other scripts after Latin


# --------------------------------------------------------------------------------------
# Tone placement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủy", "Thuỷ"),
        ("Thuỷ", "Thuỷ"),
        ("hòa", "hoà"),
        ("khỏe", "khoẻ"),
        ("Qúy", "Quý"),
        ("Quý", "Quý"),
        ("họa", "hoạ"),
        ("ủy", "uỷ"),
        ("thủơ", "thuở"),
        ("thuở", "thuở"),
        ("cuả", "của"),
        ("giưã", "giữa"),
        ("gìn", "gìn"),
        ("ngòai", "ngoài"),
        ("khủyu", "khuỷu"),
        ("Hùynh", "Huỳnh"),
        ("tóan", "toán"),
        ("Nguyễn", "Nguyễn"),
        ("Ngũyên", "Nguyễn"),
        ("người", "người"),
        ("NGUYỄN THỊ THỦY", "NGUYỄN THỊ THUỶ"),
        ("Thu\u0309y", "Thuỷ"),  # NFD input
        ("Hélène", "Hélène"),  # not Vietnamese: left alone
        ("Hòaß", "Hòaß"),
        ("Lê Thị Hòa, 1980", "Lê Thị Hoà, 1980"),
    ],
)
def test_normalize_tone_placement(text: str, expected: str) -> None:
    assert normalize_tone_placement(text) == expected


@given(st.text(max_size=30) | vietnamese_names)
def test_normalize_tone_placement_is_idempotent_nfc(text: str) -> None:
    once = normalize_tone_placement(text)
    assert unicodedata.is_normalized("NFC", once)
    assert normalize_tone_placement(once) == once
    assert normalize_tone_placement(unicodedata.normalize("NFD", text)) == once


@given(names_in_both_styles())
def test_old_and_new_tone_placement_are_equal(names: tuple[str, str]) -> None:
    old, new = names
    assert normalize_tone_placement(old) == normalize_tone_placement(new)
    assert sort_key(old) == sort_key(new)
    assert text_sort_key(old) == text_sort_key(new)
    assert search_key(old) == search_key(new)


@pytest.mark.parametrize(
    ("old", "new"),
    [("Trần Thị Thủy", "Trần Thị Thuỷ"), ("Lê Qúy", "Lê Quý"), ("Ủy", "Uỷ"), ("Họa", "Hoạ")],
)
def test_old_and_new_tone_placement_sort_equal(old: str, new: str) -> None:
    assert sort_key(old) == sort_key(new)


# --------------------------------------------------------------------------------------
# Cleaning and splitting


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  \t\u00a0 ", ""),
        (" Nguyễn\u00a0Thị\tLan\u200b ", "Nguyễn Thị Lan"),
        ("Ngu\u200byễn", "Nguyễn"),
        ("\ufeffLan", "Lan"),
        ("e\u200b\u0301", "é"),  # a mark cut off by an invisible character rejoins
        (unicodedata.normalize("NFD", "Đặng Thị Huệ"), "Đặng Thị Huệ"),
        ("Thủy", "Thủy"),  # the spelling is kept
    ],
)
def test_clean_text(value: str | None, expected: str) -> None:
    assert clean_text(value) == expected
    assert normalize_for_storage(value) == expected


@given(st.text() | name_like_text)
@example("a\u00a0\u0301")
@example(" \u0301b")
def test_clean_text_properties(text: str) -> None:
    cleaned = clean_text(text)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned) == cleaned
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(char.isspace() and char != " " for char in cleaned)
    assert "\u200b" not in cleaned
    assert "\ufeff" not in cleaned
    assert clean_text(unicodedata.normalize("NFD", text)) == cleaned


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Nguyễn Thị Thu Hương", ("Nguyễn", "Thị Thu", "Hương")),
        ("Trần Văn An", ("Trần", "Văn", "An")),
        ("  Trần   Văn\u00a0 An ", ("Trần", "Văn", "An")),
        ("Lê Na", ("Lê", "", "Na")),
        ("Lan", ("", "", "Lan")),
        ("", ("", "", "")),
    ],
)
def test_split_name(name: str, parts: tuple[str, str, str]) -> None:
    assert split_name(name) == parts


# --------------------------------------------------------------------------------------
# Search keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Thị Thuỷ", "nguyen thi thuy"),
        ("Nguyễn Thị Thủy", "nguyen thi thuy"),
        ("Đào", "dao"),
        ("ĐẶNG THỊ ỨNG", "dang thi ung"),
        ("Ðào", "dao"),  # eth, typed for Đ by legacy fonts
        ("  Lê-Thị,  Hoa (1980) ", "le thi hoa 1980"),
        ("Ksor H’Hen", "ksor h hen"),
        ("Ｎｇｕｙễｎ", "nguyen"),  # full-width letters
        ("nguyen thi", "nguyen thi"),
        ("Ngu\u200byễn", "nguyen"),
        ("", ""),
    ],
)
def test_search_key(text: str, expected: str) -> None:
    assert search_key(text) == expected


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("Nguyễn Thị Thuỷ", "thuy"),
        ("Trần Thị Thủy", "Thuy"),
        ("Đào Thị Mai", "dao"),
        ("Nguyễn Thị Lan", "nguyen thi"),
        ("Nguyễn Thị Lan", "Nguyễn  thị"),
        ("Dương Thị Ưng", "duong thi ung"),
    ],
)
def test_search_key_finds_names(name: str, query: str) -> None:
    assert search_key(query) in search_key(name)


@given(st.text() | name_like_text)
def test_search_key_properties(text: str) -> None:
    key = search_key(text)
    assert re.fullmatch(r"([a-z0-9]+( [a-z0-9]+)*)?", key)
    assert search_key(key) == key
    assert search_key(unicodedata.normalize("NFD", text)) == key
    assert search_key(unicodedata.normalize("NFC", text)) == key


@given(name_like_text)
def test_search_key_ignores_case(text: str) -> None:
    assert search_key(text.upper()) == search_key(text.lower()) == search_key(text)


# --------------------------------------------------------------------------------------
# Sort key properties


@given(st.text() | name_like_text)
def test_sort_key_is_printable_ascii(text: str) -> None:
    key = sort_key(text)
    assert all(0x21 <= ord(char) <= 0x7E for char in key)
    assert all(0x21 <= ord(char) <= 0x7E for char in text_sort_key(text))


@given(st.text() | name_like_text)
def test_sort_key_ignores_unicode_form(text: str) -> None:
    key = sort_key(text)
    assert sort_key(unicodedata.normalize("NFD", text)) == key
    assert sort_key(unicodedata.normalize("NFC", text)) == key
    assert text_sort_key(unicodedata.normalize("NFD", text)) == text_sort_key(text)


def part_keys(name: str) -> tuple[str, str, str]:
    family, middle, given_name = split_name(name)
    return text_sort_key(given_name), text_sort_key(middle), text_sort_key(family)


@given(st.text(max_size=20) | name_like_text, st.text(max_size=20) | name_like_text)
@example("An", "Anh")
@example("Lê Thị Hoa", "Lê Văn Hoa")
@example("Trần Văn Anh", "Lê Thị Ánh")
def test_sort_key_compares_like_tuple_of_parts(a: str, b: str) -> None:
    assert sign(sort_key(a), sort_key(b)) == sign(part_keys(a), part_keys(b))


@given(vietnamese_names, vietnamese_names)
@example("Nguyễn Thị An", "Bùi Văn Anh")
@example("Đỗ Thị Lan", "Dương Thị Lan")
def test_sort_key_agrees_with_reference_model(a: str, b: str) -> None:
    assert sign(sort_key(a), sort_key(b)) == sign(reference_name(a), reference_name(b))


@given(vietnamese_names, vietnamese_words)
def test_longer_given_name_sorts_after(name: str, extra: str) -> None:
    # "An" < "Anh" < "Ánh": the given name with more letters comes after, whatever the
    # tones and case, because letters decide before tones and case.
    assert sort_key(name) < sort_key(name + extra)
