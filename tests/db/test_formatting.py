"""Numbers, money and dates written one way everywhere."""

from __future__ import annotations

import datetime as dt

from db.formatting import date, date_time, megabytes, money, number, partial_date, percent
from db.validation import PartialDate


def test_numbers_money_and_percentages() -> None:
    assert number(8000) == "8.000"
    assert number(-1234567) == "-1.234.567"
    assert money(1_500_000) == "1.500.000 đ"
    assert money(0) == "0 đ"
    assert percent(97.34) == "97,3 %"
    assert megabytes(1_288_490) == "1,2 MB"


def test_dates_full_and_partial() -> None:
    assert date(dt.date(2026, 3, 5)) == "05/03/2026"
    assert date(None) == ""
    assert date(dt.date(999, 1, 2)) == "02/01/0999"
    assert date_time(dt.datetime(2026, 3, 5, 7, 9)) == "05/03/2026 07:09"
    assert partial_date(1985) == "1985"
    assert partial_date(1985, 3) == "03/1985"
    assert partial_date(1985, 3, 12) == "12/03/1985"
    assert PartialDate.from_iso("1985-03").display() == "03/1985"


def test_desktop_formats_are_the_core_ones() -> None:
    from desktop import formatting

    assert formatting.money is money and formatting.date is date
