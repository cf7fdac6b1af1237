"""Printed documents: PDFs drawn with ReportLab, spreadsheets with openpyxl.

Nothing here imports Qt (docs/ARCHITECTURE.md §7): documents are made on the worker thread, from the
command line and in tests, where no widget exists.
"""
