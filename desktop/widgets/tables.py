"""How list tables look and behave across the pages: whole rows, one at a time."""

from __future__ import annotations

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
