"""TCVN3 and VNI conversion: complete tables, round trips and detection without false alarms."""

from __future__ import annotations

import unicodedata

import pytest

from db.demo import vocabulary
from db.legacy_encodings import (
    TCVN3_TABLE,
    VNI_TABLE,
    detect_from_font,
    detect_legacy,
    from_tcvn3,
    from_vni,
)

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
LETTERS = [
    unicodedata.normalize("NFC", base + tone) for base in BASES for tone in TONES
] + ["đ"]
ALL_LETTERS = LETTERS + [letter.upper() for letter in LETTERS]


def to_tcvn3(text: str, *, uppercase_font: bool = False) -> str:
    """Inverse of from_tcvn3 (tests only): what a .VnTime / .VnTimeH user typed."""
    inverse: dict[str, str] = {}
    for byte, letter in TCVN3_TABLE.items():
        if letter == letter.lower() or letter not in inverse:
            inverse.setdefault(letter, byte)
    out = []
    for ch in text:
        if uppercase_font:
            out.append(inverse.get(ch.lower(), ch.lower()))
        elif ch in inverse:
            out.append(inverse[ch])
        elif ch.lower() in inverse and ch != ch.lower():
            # .VnTime has no toned capitals: people typed the lower-case letter.
            out.append(inverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def to_vni(text: str) -> str:
    """Inverse of from_vni (tests only)."""
    inverse: dict[str, str] = {}
    for seq, letter in VNI_TABLE.items():
        current = inverse.get(letter)
        canonical = seq == seq.lower() or seq == seq.upper()
        if canonical and (current is None or len(seq) < len(current)):
            inverse[letter] = seq
    return "".join(inverse.get(ch, ch) for ch in text)


def capitalise(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def names() -> list[str]:
    tables = (
        vocabulary.FAMILY_NAMES, vocabulary.FEMALE_MIDDLE_NAMES, vocabulary.MALE_MIDDLE_NAMES,
        vocabulary.FEMALE_GIVEN_NAMES, vocabulary.MALE_GIVEN_NAMES, vocabulary.ETHNICITIES,
        vocabulary.RELIGIONS, vocabulary.OCCUPATIONS,
    )
    return sorted({value for table in tables for value, _weight in table})


def test_tables_cover_every_letter_and_tone() -> None:
    non_ascii = [letter for letter in LETTERS if not letter.isascii()]
    assert set(non_ascii) <= set(TCVN3_TABLE.values())
    assert {x for x in ALL_LETTERS if not x.isascii()} <= set(VNI_TABLE.values())
    assert len(ALL_LETTERS) == 146


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_round_trips(letter: str) -> None:
    assert from_vni(to_vni(letter)) == letter
    if letter == letter.lower():
        assert from_tcvn3(to_tcvn3(letter)) == letter
    else:
        assert from_tcvn3(to_tcvn3(letter, uppercase_font=True), uppercase_font=True) == letter


def test_published_examples() -> None:
    assert from_tcvn3("NguyÔn ThÞ Thñy") == "Nguyễn Thị Thủy"
    assert from_vni("Nguyeãn Thò Thuûy") == "Nguyễn Thị Thủy"
    assert from_tcvn3("TrÇn V¨n §øc") == "Trần Văn Đức"
    assert from_vni("Traàn Vaên Ñöùc") == "Trần Văn Đức"
    assert from_tcvn3("NGUYÔN THÞ H­¬NG", uppercase_font=True) == "NGUYỄN THỊ HƯƠNG"
    assert detect_legacy("NguyÔn ThÞ Thñy") == "tcvn3"
    assert detect_legacy("Nguyeãn Thò Thuûy") == "vni"


def test_every_demo_name_round_trips_and_is_detected() -> None:
    wrong = []
    for value in names():
        tcvn = to_tcvn3(value)
        vni = to_vni(value)
        assert from_vni(vni) == value
        back = from_tcvn3(tcvn)
        assert back == value or capitalise(back) == value
        upper = to_tcvn3(value.upper(), uppercase_font=True)
        assert from_tcvn3(upper, uppercase_font=True) == value.upper()
        # "Cóc" is TCVN3 for "Cúc" and a Unicode word too: undecided, not wrong.
        if tcvn != value and detect_legacy(tcvn) not in ("tcvn3", None):
            wrong.append(value)
        if vni != value and detect_legacy(vni) == "tcvn3":
            wrong.append(value)
    # A lone word can read both ways ("Thuû" is TCVN3 "Thuỷ" and VNI "Thủ"); full
    # names (below) and whole columns (the import) settle it.
    assert len(wrong) <= len(names()) // 50, wrong


def test_full_names_detected() -> None:
    families = [v for v, _ in vocabulary.FAMILY_NAMES]
    middles = [v for v, _ in vocabulary.FEMALE_MIDDLE_NAMES]
    givens = [v for v, _ in vocabulary.FEMALE_GIVEN_NAMES]
    missed = {"tcvn3": 0, "vni": 0}
    for i, given in enumerate(givens):
        name = f"{families[i % len(families)]} {middles[i % len(middles)]} {given}"
        tcvn, vni = to_tcvn3(name), to_vni(name)
        # Never the wrong one; at most a few left undecided ("Hoàng" is VNI for "Hồng"
        # and Unicode for itself): the import then goes by the rest of the column.
        assert detect_legacy(tcvn) in ("tcvn3", None), name
        assert detect_legacy(vni) in ("vni", None), name
        missed["tcvn3"] += detect_legacy(tcvn) is None
        missed["vni"] += detect_legacy(vni) is None
    assert missed["tcvn3"] <= len(givens) // 20, missed
    assert missed["vni"] <= len(givens) // 5, missed


def test_no_false_alarm_on_unicode_or_ascii() -> None:
    for value in names():
        assert detect_legacy(value) is None, value
        assert detect_legacy(value.upper()) is None, value
        assert detect_legacy(unicodedata.normalize("NFD", value)) is None, value
    for text in ("Nguyen Thi Thuy", "0912345678", "12/03/1985", "Hoà Bình", "hoá học",
                 "Hoãn", "Xuân", "Quà", "Khuê", "CMND/CCCD", ""):
        assert detect_legacy(text) is None, text


def test_detect_from_font() -> None:
    for font in (".VnTime", ".VnTimeH", ".VnArial", ".VnArialH", ".VnCentury Schoolbook"):
        assert detect_from_font(font) == "tcvn3"
    for font in ("VNI-Times", "VNI-Helve", "VNI-Aptima"):
        assert detect_from_font(font) == "vni"
    for font in ("Times New Roman", "Calibri", "", None):
        assert detect_from_font(font) is None
