"""Numbers, money and dates the way Vietnamese paperwork writes them, in one place.

Screens, printed sheets, workbooks' text cells and the core's own messages all write a
date as dd/mm/yyyy and group thousands with dots; writing those formats in each module
let them drift ("1,500,000" in one report, "1.500.000 đ" in another). Pure Python, so
``db``, ``desktop`` and ``desktop.documents`` all import it.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "date",
    "date_time",
    "megabytes",
    "money",
    "number",
    "partial_date",
    "percent",
]


def number(value: int) -> str:
    """Group thousands with dots: 8000 -> "8.000"."""
    return f"{value:,}".replace(",", ".")


def money(value: int) -> str:
    """Write an amount in đồng: 1500000 -> "1.500.000 đ"."""
    return f"{number(value)} đ"


def date(value: dt.date | None) -> str:
    """Write a date as dd/mm/yyyy ("" for none)."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def date_time(value: dt.datetime | None) -> str:
    """Write a moment as dd/mm/yyyy hh:mm ("" for none)."""
    return "" if value is None else f"{date(value)} {value:%H:%M}"


def partial_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """Write a date known to the year or the month as registers do: "1985", "03/1985".

    Day and month are zero-padded because that is how printed registers line up; a day
    without a month means nothing and is not written.
    """
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{month:02d}/{year:04d}"
    return f"{day:02d}/{month:02d}/{year:04d}"


def percent(value: float, digits: int = 1) -> str:
    """Write a percentage with a decimal comma: 97.3 -> "97,3 %"."""
    return f"{value:.{digits}f}".replace(".", ",") + " %"


def megabytes(size_bytes: int) -> str:
    """Write a file size in megabytes with a decimal comma: 12_900_000 -> "12,3 MB"."""
    return f"{size_bytes / 1_048_576:.1f}".replace(".", ",") + " MB"
