"""Deciding each cell of an old list: font first, then words; Unicode is never converted."""

from __future__ import annotations

import pytest

from db.legacy_encodings import decide_cell, is_vietnamese


@pytest.mark.parametrize(("written", "expected"), [
    ("TrÇn ThÞ H\xad¬ng", "Trần Thị Hương"),  # 0xAD is TCVN3's ư, not a soft hyphen
    ("L\xadu ThÞ Lan", "Lưu Thị Lan"),
    ("Hä vµ tªn", "Họ và tên"),
    ("Hoï vaø teân", "Họ và tên"),
    ("Nguyeãn Thò Thuûy", "Nguyễn Thị Thủy"),
    ("NGUYÔN THÞ THñY", "NGUYỄN THỊ THỦY"),  # .VnTimeH capitals, font unknown
    ("Nöõ", "Nữ"),
])
def test_legacy_text_is_converted_from_its_words(written: str, expected: str) -> None:
    reading = decide_cell(written)
    assert (reading.status, reading.text, reading.original) == ("converted", expected, written)


@pytest.mark.parametrize("text", [
    "Lê Tú Anh", "Võ Thu Hà", "Nguyễn Thị Hương", "Ghi chú 5 µg", "Giá 10¸ (sổ cũ)",
    "Nhiệt độ 37°", "Café", "Thérèse", "H'Hen Niê", "Hà Nội", "",
])
def test_unicode_text_is_never_converted(text: str) -> None:
    for hint in (None, "tcvn3", "vni"):
        reading = decide_cell(text, hint=hint)  # type: ignore[arg-type]
        assert reading.text == text and reading.status != "converted", (text, hint)


def test_a_unicode_name_in_a_tcvn3_column_is_doubtful_with_both_readings() -> None:
    reading = decide_cell("Lê Tú Anh", hint="tcvn3")
    assert reading.status == "doubtful"
    assert (reading.text, reading.alternative) == ("Lê Tú Anh", "Lờ Tỳ Anh")
    assert decide_cell("Lê Tú Anh").status == "unchanged"


def test_one_symbol_alone_is_doubtful_unless_the_column_agrees() -> None:
    assert decide_cell("H\xad¬ng").status == "doubtful"
    assert decide_cell("H\xad¬ng", hint="tcvn3").text == "Hương"


def test_the_font_decides_and_capitals_fonts_give_capitals() -> None:
    assert decide_cell("NguyÔn", ".VnTime").text == "Nguyễn"
    assert decide_cell("nguyÔn thÞ thñy", ".VnTimeH").text == "NGUYỄN THỊ THỦY"
    assert decide_cell("Nguyeãn", "VNI-Times").text == "Nguyễn"
    # A Unicode-looking cell under a legacy font: kept, both readings shown.
    reading = decide_cell("Lê Tú", ".VnTime")
    assert reading.status == "doubtful" and reading.alternative == "Lờ Tỳ"


def test_rich_text_runs_are_decided_run_by_run() -> None:
    runs = (("Lª ThÞ ", ".VnTime"), ("¸", ".VnTimeH"), ("nh", ".VnTime"))
    reading = decide_cell("Lª ThÞ ¸nh", runs)
    assert (reading.status, reading.text) == ("converted", "Lê Thị Ánh")
    mixed = (("Nguyễn ", "Arial"), ("ThÞ", ".VnTime"))
    assert decide_cell("Nguyễn ThÞ", mixed).text == "Nguyễn Thị"


def test_vietnamese_words() -> None:
    assert is_vietnamese("Nguyễn Thị Thủy, thôn Đông; 0912 345 678")
    assert not is_vietnamese("ThÞ")
    assert not is_vietnamese("BÝch")
    assert not is_vietnamese("hoï")
