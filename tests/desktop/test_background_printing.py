"""Printing runs in the background: the window keeps answering, Hủy stops, pages all arrive."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.documents.attendance_sheet import (
    AttendanceSheet,
    SheetPerson,
    render_attendance_sheet,
)
from desktop.widgets.pdf_preview import PdfPreviewDialog

PAGES = 20


def _sheet_pdf(tmp_path: Path) -> Path:
    """Write a blank attendance sheet of exactly :data:`PAGES` pages."""
    path = tmp_path / "sheet.pdf"
    count = 20 * PAGES
    for _attempt in range(40):
        people = tuple(SheetPerson(f"Nguyễn Thị Hoa {i + 1}", "1975", "Chi hội Thôn Đông", "")
                       for i in range(count))
        render_attendance_sheet(AttendanceSheet(
            issuer_parent="HỘI LHPN TỈNH HƯNG YÊN", issuer="HỘI LHPN XÃ HƯNG HÀ",
            title="DANH SÁCH KÝ NHẬN", subject="Sinh hoạt chi hội Thôn Đông", when="", where="",
            place_and_date="Hưng Hà, ngày 12 tháng 3 năm 2026", session_labels=("Ký tên",),
            people=people, filled=False, signers=(("NGƯỜI LẬP", ""),),
        ), path)
        pages = len(PdfReader(path).pages)
        if pages == PAGES:
            return path
        count = count * PAGES // pages + (1 if pages < PAGES else -1)
    raise AssertionError("no sheet of the wanted length")


class GapMeter:
    """A timer ticking every 10 ms on the GUI thread, noting the longest wait between ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1


def _printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi: a long job
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def test_printing_keeps_the_window_responsive(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = _sheet_pdf(tmp_path)
    dialog = PdfPreviewDialog(pdf, "Danh sách ký nhận", pdf.name)
    qtbot.addWidget(dialog)
    target = tmp_path / "printed.pdf"
    meter = GapMeter()
    steps: list[tuple[int, int]] = []
    moments: list[float] = []
    # One event loop for the whole job, as in the running application.
    with qtbot.waitSignal(dialog.print_finished, timeout=120_000) as finished:
        meter.start()
        dialog.print_to(_printer(target))
        assert dialog.printing is not None
        dialog.printing.advanced.connect(lambda done, total: steps.append((done, total)))
        dialog.printing.advanced.connect(lambda *_: moments.append(time.perf_counter()))
        assert not dialog.print_button.isEnabled()
    meter.timer.stop()
    assert finished.args == [True]
    assert "Đã gửi 20 trang tới máy in" in dialog.info.text()
    assert len(PdfReader(target).pages) == PAGES
    assert steps[-1] == (PAGES, PAGES)
    # A responsiveness check, not a speed measure: the GUI thread never waited long.
    # Rendering a page on the GUI thread would stall it for a whole page; the pages'
    # own pace, measured in the same run, is the yardstick, so a loaded machine (which
    # slows both alike) does not fail the check while a page drawn on the GUI thread does.
    assert meter.ticks > 20
    intervals = sorted(b - a for a, b in itertools.pairwise(moments))
    page_time = intervals[len(intervals) // 2]
    allowed = max(0.1, page_time * 0.9)
    assert meter.longest < allowed, (
        f"the window froze for {meter.longest * 1000:.0f} ms "
        f"(a page takes {page_time * 1000:.0f} ms)"
    )


def test_cancel_stops_printing_early(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = _sheet_pdf(tmp_path)
    dialog = PdfPreviewDialog(pdf, "Danh sách ký nhận", pdf.name)
    qtbot.addWidget(dialog)
    target = tmp_path / "printed.pdf"
    reached: list[int] = []
    with qtbot.waitSignal(dialog.print_finished, timeout=120_000) as finished:
        dialog.print_to(_printer(target))
        running = dialog.printing
        assert running is not None

        def stop_after_three(done: int, _total: int) -> None:
            reached.append(done)
            if done == 3:
                running.request_cancel()  # type: ignore[attr-defined]

        running.advanced.connect(stop_after_three)  # type: ignore[attr-defined]
    assert finished.args == [False]
    assert dialog.info.text() == "Đã hủy in."
    assert 3 <= max(reached) < PAGES
    if target.exists() and target.stat().st_size:
        assert len(PdfReader(target).pages) < PAGES
