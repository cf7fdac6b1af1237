"""Numbers, money and dates the way Vietnamese documents write them."""

from __future__ import annotations

import datetime as dt


def number(value: int) -> str:
    """Group thousands with dots: 8000 -> "8.000"."""
    return f"{value:,}".replace(",", ".")


def money(value: int) -> str:
    """Write an amount in đồng: 1500000 -> "1.500.000 đ"."""
    return f"{number(value)} đ"


def date(value: dt.date | None) -> str:
    """Write a date as dd/mm/yyyy ("" for none)."""
    return "" if value is None else value.strftime("%d/%m/%Y")


def percent(value: float, digits: int = 1) -> str:
    """Write a percentage with a decimal comma: 97.3 -> "97,3 %"."""
    return f"{value:.{digits}f}".replace(".", ",") + " %"
