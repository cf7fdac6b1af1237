"""Numbers, money and dates for screens and documents: the core's one set of formats.

The formats live in ``db.formatting`` so that the core's messages, the pages and the
printed documents write them alike; this module keeps the short import path pages use.
"""

from __future__ import annotations

from db.formatting import date, date_time, megabytes, money, number, partial_date, percent

__all__ = ["date", "date_time", "megabytes", "money", "number", "partial_date", "percent"]
