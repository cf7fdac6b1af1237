"""Tests for db.validation: typed dates, phone numbers, CCCD numbers and their messages."""

from __future__ import annotations

import calendar
import datetime as dt
import pickle
import re
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.validation import (
    CCCD_PROVINCE_CODES,
    MOBILE_PREFIXES,
    OLD_MOBILE_PREFIXES,
    PartialDate,
    ValidationError,
    cccd_birth_year,
    cccd_gender,
    format_phone,
    mask_id_number,
    normalize_phone,
    parse_date,
    parse_partial_date,
    require,
    validate_id_number,
)

TODAY = dt.date(2025, 6, 15)
FAR_FUTURE = dt.date(2199, 12, 31)


def assert_good_message(message: str) -> None:
    """A message is a finished Vietnamese sentence, ready to show beside a field."""
    assert message.strip() == message and message
    assert unicodedata.is_normalized("NFC", message)
    assert any(ord(ch) > 127 and ch.isalpha() for ch in message), message
    assert not re.search(r"[{}]|%[sdr]|\bNone\b", message), message
    assert message[-1] in ".)", message


def raises_message(field: str, message: str) -> Callable[[Callable[[], object]], None]:
    def check(call: Callable[[], object]) -> None:
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.field == field
        assert info.value.message == message
        assert str(info.value) == message
        assert_good_message(message)

    return check


# ---------------------------------------------------------------------------
# ValidationError and require
# ---------------------------------------------------------------------------


def test_validation_error_carries_field_and_message() -> None:
    err = ValidationError("phone", "Số điện thoại không được để trống.")
    assert isinstance(err, ValueError)
    assert err.field == "phone"
    assert err.message == str(err) == "Số điện thoại không được để trống."
    again = pickle.loads(pickle.dumps(err))
    assert isinstance(again, ValidationError)
    assert (again.field, again.message) == (err.field, err.message)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Nguyễn Thị Lan", "Nguyễn Thị Lan"),
        ("  Nguyễn   Thị\tLan \n", "Nguyễn Thị Lan"),
        (unicodedata.normalize("NFD", "Trần Thị Hồng"), "Trần Thị Hồng"),
    ],
)
def test_require_cleans(value: str, expected: str) -> None:
    result = require(value, field="full_name", label="Họ và tên")
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_require_refuses_blank(value: str | None) -> None:
    raises_message("full_name", "Họ và tên không được để trống.")(
        lambda: require(value, field="full_name", label="Họ và tên")
    )


# ---------------------------------------------------------------------------
# PartialDate
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso", "display", "precision"),
    [
        (PartialDate(1985), "1985", "1985", "year"),
        (PartialDate(1985, 3), "1985-03", "03/1985", "month"),
        (PartialDate(1985, 3, 12), "1985-03-12", "12/03/1985", "day"),
        (PartialDate(2000, 12, 31), "2000-12-31", "31/12/2000", "day"),
    ],
)
def test_partial_date_forms(value: PartialDate, iso: str, display: str, precision: str) -> None:
    assert value.iso() == iso
    assert value.display() == display
    assert value.precision == precision
    assert PartialDate.from_iso(iso) == value


@pytest.mark.parametrize(
    "text",
    ["", "85", "1985-3", "1985-03-1", "1985/03/12", "12/03/1985", "1985-13", "1990-02-31",
     "1985-00", "1985-03-12T00:00", " 1985", "١٩٨٥", "abcd"],
)
def test_from_iso_refuses_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.from_iso(text)


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(1985, None, 3), (1985, 0, None), (1985, 13, None), (1990, 2, 29), (0, None, None),
     (10000, None, None)],
)
def test_partial_date_refuses_impossible_values(
    year: int, month: int | None, day: int | None
) -> None:
    with pytest.raises(ValueError):
        PartialDate(year, month, day)


def test_partial_date_from_date() -> None:
    assert PartialDate.from_date(dt.date(1985, 3, 12)) == PartialDate(1985, 3, 12)


def test_partial_date_order_is_the_iso_text_order() -> None:
    dates = [PartialDate(1985, 3, 12), PartialDate(1985), PartialDate(1984, 12),
             PartialDate(1985, 3), PartialDate(1985, 2, 28)]
    assert [d.iso() for d in sorted(dates)] == sorted(d.iso() for d in dates)
    assert PartialDate(1985) < PartialDate(1985, 1) < PartialDate(1985, 1, 1)
    assert PartialDate(1985, 3) == PartialDate(1985, 3)
    assert PartialDate(1985, 3) != PartialDate(1985)
    assert len({PartialDate(1985, 3), PartialDate(1985, 3), PartialDate(1985)}) == 2
    assert repr(PartialDate(1985, 3)) == "PartialDate(year=1985, month=3, day=None)"


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        (PartialDate(1985), dt.date(2025, 1, 1), 40),
        (PartialDate(1985), dt.date(2025, 12, 31), 40),
        (PartialDate(1985, 6), dt.date(2025, 5, 31), 39),
        (PartialDate(1985, 6), dt.date(2025, 6, 1), 40),
        (PartialDate(1985, 6, 15), dt.date(2025, 6, 14), 39),
        (PartialDate(1985, 6, 15), dt.date(2025, 6, 15), 40),
        (PartialDate(2000, 2, 29), dt.date(2025, 2, 28), 24),
        (PartialDate(2000, 2, 29), dt.date(2025, 3, 1), 25),
        (PartialDate(2000, 2, 29), dt.date(2024, 2, 29), 24),
        (PartialDate(2025, 6, 15), dt.date(2025, 6, 15), 0),
    ],
)
def test_age_on(born: PartialDate, on: dt.date, age: int) -> None:
    assert born.age_on(on) == age


# ---------------------------------------------------------------------------
# parse_partial_date / parse_date
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985", PartialDate(1985)),
        ("3/1985", PartialDate(1985, 3)),
        ("03/1985", PartialDate(1985, 3)),
        ("3-1985", PartialDate(1985, 3)),
        ("3.1985", PartialDate(1985, 3)),
        ("12/3/1985", PartialDate(1985, 3, 12)),
        ("12/03/1985", PartialDate(1985, 3, 12)),
        ("12.03.1985", PartialDate(1985, 3, 12)),
        ("12-03-1985", PartialDate(1985, 3, 12)),
        ("1985-03-12", PartialDate(1985, 3, 12)),
        ("1985-3-12", PartialDate(1985, 3, 12)),
        ("1985-03", PartialDate(1985, 3)),
        ("  12 / 03 / 1985  ", PartialDate(1985, 3, 12)),
        ("12 03 1985", PartialDate(1985, 3, 12)),
        ("１２／０３／１９８５", PartialDate(1985, 3, 12)),
        ("12\u00a0/\u00a003/1985", PartialDate(1985, 3, 12)),
        ("1985\u201303\u201312", PartialDate(1985, 3, 12)),
        ("29/02/2000", PartialDate(2000, 2, 29)),
        ("1900", PartialDate(1900)),
        ("2025", PartialDate(2025)),
        ("6/2025", PartialDate(2025, 6)),
        ("15/06/2025", PartialDate(2025, 6, 15)),
    ],
)
def test_parse_partial_date_accepts(text: str, expected: PartialDate) -> None:
    assert parse_partial_date(text, today=TODAY) == expected


BAD_SHAPE = (
    "Ngày sinh không đúng dạng. Hãy nhập ngày/tháng/năm (ví dụ 12/03/1985), "
    "tháng/năm (03/1985) hoặc chỉ năm (1985)."
)
SHORT_YEAR = "Năm sinh phải có 4 chữ số, ví dụ 1985."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Ngày sinh không được để trống."),
        ("   ", "Ngày sinh không được để trống."),
        ("abc", BAD_SHAPE),
        ("12/03/1985/1", BAD_SHAPE),
        ("12//03/1985", BAD_SHAPE),
        ("12031985", BAD_SHAPE),
        ("19850", BAD_SHAPE),
        ("123/03/1985", BAD_SHAPE),
        ("1985/123", BAD_SHAPE),
        ("ngày 12/03/1985", BAD_SHAPE),
        ("1985-", BAD_SHAPE),
        ("85", SHORT_YEAR),
        ("3/85", SHORT_YEAR),
        ("12/03/85", SHORT_YEAR),
        ("12/03/985", SHORT_YEAR),
        ("31/02/1990", "Ngày sinh không hợp lệ: 31/02/1990 không có trong lịch."),
        ("29/2/2023", "Ngày sinh không hợp lệ: 29/02/2023 không có trong lịch."),
        ("0/3/1990", "Ngày sinh không hợp lệ: 00/03/1990 không có trong lịch."),
        ("32/1/1990", "Ngày sinh không hợp lệ: 32/01/1990 không có trong lịch."),
        ("13/1985", "Ngày sinh không hợp lệ: không có tháng 13."),
        ("12/0/1985", "Ngày sinh không hợp lệ: không có tháng 0."),
        ("1985-13-01", "Ngày sinh không hợp lệ: không có tháng 13."),
        ("1899", "Năm sinh phải từ 1900 trở về sau (đang nhập 1899)."),
        ("31/12/1899", "Năm sinh phải từ 1900 trở về sau (đang nhập 1899)."),
        ("0000", "Năm sinh phải từ 1900 trở về sau (đang nhập 0)."),
        ("2026", "Ngày sinh 2026 ở trong tương lai (hôm nay là 15/06/2025)."),
        ("7/2025", "Ngày sinh 07/2025 ở trong tương lai (hôm nay là 15/06/2025)."),
        ("16/6/2025", "Ngày sinh 16/06/2025 ở trong tương lai (hôm nay là 15/06/2025)."),
    ],
)
def test_parse_partial_date_messages(text: str, message: str) -> None:
    raises_message("birth_date", message)(lambda: parse_partial_date(text, today=TODAY))


def test_parse_partial_date_uses_field_and_label() -> None:
    raises_message("death_date", "Ngày mất không hợp lệ: không có tháng 13.")(
        lambda: parse_partial_date("13/2000", field="death_date", label="Ngày mất", today=TODAY)
    )
    raises_message("death_date", "Ngày mất: năm phải có 4 chữ số, ví dụ 2020.")(
        lambda: parse_partial_date("20", field="death_date", label="Ngày mất", today=TODAY)
    )


def test_parse_partial_date_defaults_to_real_today() -> None:
    this_year = dt.date.today().year
    assert parse_partial_date(str(this_year)) == PartialDate(this_year)
    with pytest.raises(ValidationError):
        parse_partial_date(str(this_year + 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/03/2020", dt.date(2020, 3, 12)),
        ("1/2/2020", dt.date(2020, 2, 1)),
        ("01.02.2020", dt.date(2020, 2, 1)),
        ("2020-02-01", dt.date(2020, 2, 1)),
        (" 15 - 06 - 2025 ", dt.date(2025, 6, 15)),
    ],
)
def test_parse_date_accepts(text: str, expected: dt.date) -> None:
    assert parse_date(text, field="joined_on", today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Ngày vào Hội không được để trống."),
        ("x", "Ngày vào Hội không đúng dạng. Hãy nhập ngày/tháng/năm, ví dụ 15/08/2020."),
        ("2020", "Ngày vào Hội cần có đủ ngày, tháng và năm, ví dụ 15/08/2020."),
        ("3/2020", "Ngày vào Hội cần có đủ ngày, tháng và năm, ví dụ 15/08/2020."),
        ("1/3/20", "Ngày vào Hội: năm phải có 4 chữ số, ví dụ 2020."),
        ("31/04/2020", "Ngày vào Hội không hợp lệ: 31/04/2020 không có trong lịch."),
        ("1/13/2020", "Ngày vào Hội không hợp lệ: không có tháng 13."),
        ("1/1/1850", "Ngày vào Hội: năm phải từ 1900 trở về sau (đang nhập 1850)."),
        ("16/06/2025", "Ngày vào Hội 16/06/2025 ở trong tương lai (hôm nay là 15/06/2025)."),
    ],
)
def test_parse_date_messages(text: str, message: str) -> None:
    raises_message("joined_on", message)(
        lambda: parse_date(text, field="joined_on", today=TODAY)
    )


def test_parse_date_allow_future_and_labels() -> None:
    assert parse_date("1/1/2030", field="meeting_on", today=TODAY, allow_future=True) == dt.date(
        2030, 1, 1
    )
    raises_message("card_issued_on", "Ngày cấp thẻ không được để trống.")(
        lambda: parse_date("", field="card_issued_on")
    )
    raises_message("meeting_on", "Ngày họp không hợp lệ: không có tháng 14.")(
        lambda: parse_date("1/14/2020", field="meeting_on", label="Ngày họp")
    )
    raises_message("other", "Ngày không được để trống.")(lambda: parse_date(" ", field="other"))


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------


def test_mobile_prefixes() -> None:
    expected = (
        {f"0{n}" for n in range(32, 40)}
        | {"052", "055", "056", "058", "059", "070", "076", "077", "078", "079"}
        | {f"0{n}" for n in range(81, 90)}
        | {"090", "091", "092", "093", "094", "096", "097", "098", "099"}
    )
    assert expected == MOBILE_PREFIXES
    assert isinstance(MOBILE_PREFIXES, frozenset)
    assert set(OLD_MOBILE_PREFIXES.values()) <= MOBILE_PREFIXES
    assert all(len(old) == 4 and old.startswith("01") for old in OLD_MOBILE_PREFIXES)


@pytest.mark.parametrize(
    "text",
    [
        "0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "(091) 234-5678",
        "(0912) 345 678", "+84912345678", "+84 912 345 678", "+84-912-345-678",
        "(+84) 912 345 678", "+84 (0) 912 345 678", "84912345678", "84 912 345 678",
        "840912345678", "0084 912 345 678", "912345678", "912 345 678", "  0912345678  ",
        "０９１２３４５６７８", "0912\u00a0345\u00a0678", "0912\u2013345\u2013678",
    ],
)
def test_normalize_phone_spellings(text: str) -> None:
    assert normalize_phone(text) == "0912345678"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0321234567", "0321234567"), ("521234567", "0521234567"), ("0559876543", "0559876543"),
     ("+84 86 123 4567", "0861234567"), ("849 9123 4567", "0991234567")],
)
def test_normalize_phone_prefixes(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


PHONE_MESSAGE = (
    "Số điện thoại di động phải có 10 chữ số và bắt đầu bằng đầu số hợp lệ (ví dụ 0912 345 678)."
)
PHONE_CHARS = (
    "Số điện thoại chỉ được gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc "
    "và dấu + ở đầu."
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Số điện thoại không được để trống."),
        ("  ", "Số điện thoại không được để trống."),
        ("0912 345 67a", PHONE_CHARS),
        ("0912345678 / 0987654321", PHONE_CHARS),
        ("0912+345678", PHONE_CHARS),
        ("ĐT: 0912345678", PHONE_CHARS),
        ("+1 202 555 0100", "Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84)."),
        ("+33 6 12 34 56 78", "Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84)."),
        ("091234567", PHONE_MESSAGE),
        ("09123456789", PHONE_MESSAGE),
        ("0951234567", PHONE_MESSAGE),
        ("0112345678", PHONE_MESSAGE),
        ("0212345678", PHONE_MESSAGE),
        ("112345678", PHONE_MESSAGE),
        ("8491234567", PHONE_MESSAGE),
        ("12345", PHONE_MESSAGE),
        ("+84", PHONE_MESSAGE),
        ("0912345678 0987654321", PHONE_MESSAGE),
        ("024 3825 1234", "Đây là số máy bàn; ô này chỉ nhận số di động 10 chữ số "
                          "(ví dụ 0912 345 678)."),
        ("+84 24 3825 1234", "Đây là số máy bàn; ô này chỉ nhận số di động 10 chữ số "
                             "(ví dụ 0912 345 678)."),
        ("0168 345 6789", "Đầu số 0168 (11 chữ số) đã đổi từ năm 2018; số mới là 0383 456 789."),
        ("01201234567", "Đầu số 0120 (11 chữ số) đã đổi từ năm 2018; số mới là 0701 234 567."),
        ("+84 199 123 4567", "Đầu số 0199 (11 chữ số) đã đổi từ năm 2018; số mới là 0591 234 567."),
    ],
)
def test_normalize_phone_messages(text: str, message: str) -> None:
    raises_message("phone", message)(lambda: normalize_phone(text))


def test_normalize_phone_field_name() -> None:
    raises_message("officer_phone", PHONE_MESSAGE)(
        lambda: normalize_phone("123", field="officer_phone")
    )


@pytest.mark.parametrize(
    ("number", "shown"),
    [("0912345678", "0912 345 678"), ("12345", "12345"), ("091234567a", "091234567a")],
)
def test_format_phone(number: str, shown: str) -> None:
    assert format_phone(number) == shown


mobile_numbers = st.builds(
    lambda prefix, rest: prefix + rest,
    st.sampled_from(sorted(MOBILE_PREFIXES)),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
)


@st.composite
def phone_spellings(draw: st.DrawFn, number: str) -> str:
    """One of the ways people write ``number`` (10 digits starting with 0)."""
    national = number[1:]
    head, tail = draw(
        st.sampled_from([
            ("", number), ("", national), ("+84", national), ("84", national),
            ("+84", number), ("0084", national), ("(+84)", national), ("+84 (0)", national),
        ])
    )
    separators = draw(st.lists(st.sampled_from(["", "", " ", ".", "-"]), min_size=len(tail),
                               max_size=len(tail)))
    body = "".join(sep + digit for sep, digit in zip(separators, tail, strict=True))
    if not head and draw(st.booleans()):
        body = f"({tail[:4]}) {tail[4:]}"
    spaces = draw(st.sampled_from(["", " ", "  "]))
    return spaces + head + body + spaces


@given(mobile_numbers, st.data())
def test_any_spelling_normalises_to_the_same_number(number: str, data: st.DataObject) -> None:
    spelling = data.draw(phone_spellings(number))
    assert normalize_phone(spelling) == number


@given(mobile_numbers)
def test_normalize_phone_is_idempotent(number: str) -> None:
    once = normalize_phone(number)
    assert normalize_phone(once) == once == number
    assert normalize_phone(format_phone(once)) == once


@given(st.text(alphabet="0123456789 .-()+", max_size=20))
def test_normalize_phone_output_is_a_fixed_point(text: str) -> None:
    try:
        result = normalize_phone(text)
    except ValidationError as err:
        assert err.field == "phone"
        assert_good_message(err.message)
        return
    assert len(result) == 10 and result[:3] in MOBILE_PREFIXES
    assert normalize_phone(result) == result


# ---------------------------------------------------------------------------
# CCCD numbers
# ---------------------------------------------------------------------------


def make_cccd(province: str, year: int, gender: str, serial: int = 123456) -> str:
    century = (year // 100 - 19) * 2 + (1 if gender == "female" else 0)
    return f"{province}{century}{year % 100:02d}{serial:06d}"


def test_province_codes() -> None:
    assert len(CCCD_PROVINCE_CODES) == 63
    assert len(set(CCCD_PROVINCE_CODES.values())) == 63
    assert all(re.fullmatch(r"0[0-9]{2}", code) for code in CCCD_PROVINCE_CODES)
    assert all(unicodedata.is_normalized("NFC", name) for name in CCCD_PROVINCE_CODES.values())
    assert CCCD_PROVINCE_CODES["001"] == "Hà Nội"
    assert CCCD_PROVINCE_CODES["079"] == "Hồ Chí Minh"
    assert CCCD_PROVINCE_CODES["096"] == "Cà Mau"
    assert "099" not in CCCD_PROVINCE_CODES


@pytest.mark.parametrize(
    ("number", "year", "gender"),
    [
        ("001185012345", 1985, "female"),
        ("034085012345", 1985, "male"),
        ("079300012345", 2000, "female"),
        ("079207012345", 2007, "male"),
        ("096199012345", 1999, "female"),
        ("001100012345", 1900, "female"),
    ],
)
def test_cccd_decoding(number: str, year: int, gender: str) -> None:
    assert cccd_birth_year(number) == year
    assert cccd_gender(number) == gender
    assert validate_id_number(number, birth_year=year, gender=gender, today=TODAY) == number


def test_cccd_decodes_later_centuries() -> None:
    assert cccd_birth_year("001405000000") == 2105
    assert cccd_gender("001405000000") == "male"
    assert cccd_birth_year("001599000000") == 2199
    assert cccd_gender("001599000000") == "female"


@pytest.mark.parametrize(
    "text",
    ["001185012345", "001 185 012 345", "001.185.012.345", "001-185-012345",
     " 001185012345 ", "００１１８５０１２３４５", "001\u00a0185\u00a0012345"],
)
def test_validate_id_number_spellings(text: str) -> None:
    assert validate_id_number(text, today=TODAY) == "001185012345"


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        ("", {}, "Số CCCD không được để trống."),
        ("  ", {}, "Số CCCD không được để trống."),
        ("00118501234", {}, "Số CCCD phải có đúng 12 chữ số (đang có 11)."),
        ("0011850123456", {}, "Số CCCD phải có đúng 12 chữ số (đang có 13)."),
        ("1", {}, "Số CCCD phải có đúng 12 chữ số (đang có 1)."),
        ("123456789", {}, "Đây là số CMND cũ (9 chữ số); hãy nhập số CCCD gồm 12 chữ số."),
        ("001185O12345", {}, "Số CCCD chỉ được gồm chữ số (có thể cách nhau bằng dấu cách "
                             "hoặc dấu chấm)."),
        ("CCCD 001185012345", {}, "Số CCCD chỉ được gồm chữ số (có thể cách nhau bằng dấu "
                                  "cách hoặc dấu chấm)."),
        ("099185012345", {}, "Mã tỉnh 099 ở đầu số CCCD không tồn tại."),
        ("000185012345", {}, "Mã tỉnh 000 ở đầu số CCCD không tồn tại."),
        ("003185012345", {}, "Mã tỉnh 003 ở đầu số CCCD không tồn tại."),
        ("001405012345", {}, "Số CCCD cho biết năm sinh 2105, là năm chưa tới; "
                             "hãy kiểm tra chữ số thứ 4."),
        ("001330012345", {}, "Số CCCD cho biết năm sinh 2030, là năm chưa tới; "
                             "hãy kiểm tra chữ số thứ 4."),
        ("001187012345", {"birth_year": 1985},
         "Số CCCD cho biết năm sinh 1987, khác với năm sinh đã nhập (1985)."),
        ("001385012345", {"birth_year": 1985},
         "Số CCCD cho biết năm sinh 2085, là năm chưa tới; hãy kiểm tra chữ số thứ 4."),
        ("001305012345", {"birth_year": 1905},
         "Số CCCD cho biết năm sinh 2005, khác với năm sinh đã nhập (1905)."),
        ("001085012345", {"gender": "female"},
         "Số CCCD là của nam giới nhưng hội viên được ghi là nữ."),
        ("001185012345", {"gender": "male"},
         "Số CCCD là của nữ giới nhưng hội viên được ghi là nam."),
        ("001087012345", {"birth_year": 1985, "gender": "female"},
         "Số CCCD cho biết năm sinh 1987, khác với năm sinh đã nhập (1985)."),
    ],
)
def test_validate_id_number_messages(text: str, kwargs: dict[str, object], message: str) -> None:
    birth_year = kwargs.get("birth_year")
    gender = kwargs.get("gender")
    assert birth_year is None or isinstance(birth_year, int)
    assert gender is None or isinstance(gender, str)
    raises_message("id_number", message)(
        lambda: validate_id_number(text, birth_year=birth_year, gender=gender, today=TODAY)
    )


def test_validate_id_number_field_and_unknown_gender() -> None:
    raises_message("cccd", "Số CCCD không được để trống.")(
        lambda: validate_id_number("", field="cccd")
    )
    with pytest.raises(ValueError, match="unknown gender") as info:
        validate_id_number("001185012345", gender="nữ")
    assert not isinstance(info.value, ValidationError)


@pytest.mark.parametrize("helper", [cccd_birth_year, cccd_gender])
def test_cccd_helpers_refuse_bad_lengths(helper: Callable[[str], object]) -> None:
    raises_message("id_number", "Số CCCD phải có đúng 12 chữ số (đang có 11).")(
        lambda: helper("00118501234")
    )


cccd_parts = st.tuples(
    st.sampled_from(sorted(CCCD_PROVINCE_CODES)),
    st.integers(1900, TODAY.year),
    st.sampled_from(["female", "male"]),
    st.integers(0, 999_999),
)


@given(cccd_parts, st.sampled_from(["", " ", ".", "-"]))
def test_generated_cccd_round_trip(parts: tuple[str, int, str, int], sep: str) -> None:
    province, year, gender, serial = parts
    number = make_cccd(province, year, gender, serial)
    spelled = sep.join([number[:3], number[3:6], number[6:9], number[9:]])
    assert validate_id_number(spelled, birth_year=year, gender=gender, today=TODAY) == number
    assert cccd_birth_year(number) == year
    assert cccd_gender(number) == gender


@given(cccd_parts, st.integers(1900, TODAY.year))
def test_cccd_with_another_birth_year_is_refused(
    parts: tuple[str, int, str, int], other_year: int
) -> None:
    province, year, gender, serial = parts
    number = make_cccd(province, year, gender, serial)
    if other_year == year:
        assert validate_id_number(number, birth_year=other_year, today=TODAY) == number
        return
    with pytest.raises(ValidationError, match=f"năm sinh {year}, khác") as info:
        validate_id_number(number, birth_year=other_year, today=TODAY)
    assert_good_message(info.value.message)


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        (None, ""),
        ("", ""),
        ("001185011234", "••••••••1234"),
        ("12345", "•2345"),
        ("1234", "••••"),
        ("12", "••"),
    ],
)
def test_mask_id_number(number: str | None, masked: str) -> None:
    assert mask_id_number(number) == masked


@given(st.text(alphabet="0123456789", min_size=5, max_size=20))
def test_mask_keeps_length_and_last_four(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    assert masked.endswith(number[-4:])
    assert set(masked[:-4]) == {"•"}


# ---------------------------------------------------------------------------
# Dates: property tests
# ---------------------------------------------------------------------------


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> PartialDate:
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@given(partial_dates())
def test_iso_round_trip(value: PartialDate) -> None:
    assert PartialDate.from_iso(value.iso()) == value
    assert PartialDate.from_iso(value.iso()).precision == value.precision


@given(partial_dates(min_year=1900, max_year=FAR_FUTURE.year))
def test_display_and_iso_parse_back(value: PartialDate) -> None:
    assert parse_partial_date(value.display(), today=FAR_FUTURE) == value
    assert parse_partial_date(value.iso(), today=FAR_FUTURE) == value
    if value.precision == "day":
        full = dt.date(value.year, value.month or 0, value.day or 0)
        assert parse_date(value.display(), field="joined_on", today=FAR_FUTURE) == full


@given(st.lists(partial_dates(), min_size=2, max_size=8))
def test_order_matches_iso_order(values: list[PartialDate]) -> None:
    assert [v.iso() for v in sorted(values)] == sorted(v.iso() for v in values)


@given(partial_dates(min_year=1900, max_year=2100), st.dates(dt.date(1900, 1, 1)))
def test_future_rule_agrees_with_age(value: PartialDate, today: dt.date) -> None:
    """A birth date is accepted exactly when its earliest possible day is not after today."""
    earliest = dt.date(value.year, value.month or 1, value.day or 1)
    try:
        parse_partial_date(value.display(), today=today)
    except ValidationError as err:
        assert earliest > today
        assert "tương lai" in err.message
    else:
        assert earliest <= today
        assert value.age_on(today) >= 0


# ---------------------------------------------------------------------------
# Every message is a finished Vietnamese sentence
# ---------------------------------------------------------------------------

DATE_ALPHABET = "0123456789 ./-"
ID_ALPHABET = "0123456789 .-+()x"

CALLS: dict[str, tuple[str, Callable[[str], object]]] = {
    "partial": ("birth_date", lambda text: parse_partial_date(text, today=TODAY)),
    "date": ("joined_on", lambda text: parse_date(text, field="joined_on", today=TODAY)),
    "phone": ("phone", normalize_phone),
    "id": ("id_number", lambda text: validate_id_number(text, today=TODAY)),
    "id_checked": (
        "id_number",
        lambda text: validate_id_number(text, birth_year=1985, gender="female", today=TODAY),
    ),
    "require": ("full_name", lambda text: require(text, field="full_name", label="Họ và tên")),
}


@given(
    st.sampled_from(sorted(CALLS)),
    st.one_of(
        st.text(max_size=30),
        st.text(alphabet=DATE_ALPHABET, max_size=14),
        st.text(alphabet=ID_ALPHABET, max_size=18),
    ),
)
def test_every_error_is_a_clean_vietnamese_message(name: str, text: str) -> None:
    field, call = CALLS[name]
    try:
        call(text)
    except ValidationError as err:
        assert err.field == field
        assert str(err) == err.message
        assert_good_message(err.message)
