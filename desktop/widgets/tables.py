"""How list tables look and behave across the pages: whole rows, one at a time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 24


def set_up_list_table(table: QTableView) -> None:
    """Select whole rows one at a time, read-only, striped, fixed row height."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    fit_columns_from_sample(table)


TITLE_ROOM = 6
"""Room beside a column's title for the header's margins (the sort arrow, shown on one
column at a time, may overlap a long title's end)."""


def set_column_widths(table: QTableView, widths: Mapping[Any, int] | Sequence[int]) -> None:
    """Give columns their widths (by column number), never narrower than their titles.

    The widths suit the Vietnamese titles and the data; a longer translation of a title
    ("Year of birth" for "Năm sinh") would otherwise show cut.
    """
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for column, width in (widths.items() if isinstance(widths, Mapping)
                          else enumerate(widths)):
        title = (model.headerData(column, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.DisplayRole) if model is not None else None)
        needed = metrics.horizontalAdvance(str(title)) + TITLE_ROOM if title else 0
        table.setColumnWidth(column, max(width, needed))


FIT_SAMPLE_ROWS = 50
"""How many rows a column's width is measured from (Qt measures up to 1000 by default)."""


def fit_columns_from_sample(table: QTableView, sample: int = FIT_SAMPLE_ROWS) -> None:
    """Let columns sized to their contents measure only the first rows shown.

    A header in ``ResizeToContents`` mode measures every row (up to a thousand) again on
    each change of the data, which on long lists costs far more than a frame; the first
    rows give the same widths for lists of names, dates and counts.
    """
    table.horizontalHeader().setResizeContentsPrecision(sample)


def sort_by_header(table: QTableView) -> None:
    """Let a header click sort the list (the model's ``sort``), keeping the order read.

    The indicator starts on no column, so the list first shows in the order the page
    read it (newest meeting first, names in Vietnamese order); each click on a header
    sorts by it, a second click reverses.
    """
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    table.setSortingEnabled(True)
