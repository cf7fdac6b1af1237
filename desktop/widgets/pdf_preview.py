"""Preview a generated PDF inside the window, then print it or save it.

Every printout (attendance sheets now, certificates and reports later) is made as a PDF
first; this dialog shows exactly that file, so what is previewed, printed and saved is
the same document.

Printing never holds the window: where the system has a print spooler that takes PDF
(CUPS's ``lp`` on Linux and macOS), the very file is handed to it; elsewhere each page is
rendered with QtPdf at :data:`PRINT_DPI` and drawn onto the printer, page by page, in the
background (:meth:`desktop.tasks.TaskRunner.query`), with progress and "Hủy". Rendering
at the printer's own 600 or 1200 dpi took a second or more a page and a spool of tens of
megabytes for no visible gain on a sheet of text and lines.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import Cancelled, UserError
from desktop.tasks import TaskRunner
from desktop.widgets.screen_fit import fit_to_screen

PRINT_DPI = 300
"""The resolution pages are rendered at for the printer: sharp text and lines on paper,
about 0.2 s a page, where the printer's own 1200 dpi cost 8 s and 5 MB a page."""

_print_folder: Path | None = None


def print_folder() -> Path:
    """Return this session's folder for printouts made to preview, removed on exit.

    Each printout gets a fresh file name inside it; nothing lingers in the temporary
    folder once the application closes.
    """
    global _print_folder  # noqa: PLW0603 - one folder per running application
    if _print_folder is None or not _print_folder.exists():
        _print_folder = Path(tempfile.mkdtemp(prefix="sohoi-print-"))
        atexit.register(shutil.rmtree, _print_folder, True)
    return Path(tempfile.mkdtemp(dir=_print_folder))


#: Who signs a document: (post, name). The post's lines are separated by "/" in the
#: one-line field ("TM. BAN THƯỜNG VỤ / CHỦ TỊCH"), as the documents read it.
Signer = tuple[str, str]


class PdfPreviewDialog(QDialog):
    """Shows a PDF with buttons to print it and to save a copy.

    A document signed by someone other than the one the register names (a vice-chair
    standing in, a branch head newly elected) gets its signer typed here, above the
    preview: the PDF is made again with it, and what is printed is what is shown.

    Signals:
        print_finished(bool): a print job ended, handed to the printer (True) or not.
    """

    print_finished = Signal(bool)

    def __init__(
        self, pdf_path: Path, title: str, suggested_name: str, parent: QWidget | None = None,
        tasks: TaskRunner | None = None, *, signer: Signer | None = None,
        remake: Callable[[Signer], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self.printing: object | None = None
        self.pdf_path = pdf_path
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        error = self.document.load(str(pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = self.document.pageCount()
        info = QLabel(self.tr("{pages} trang").format(pages=pages))
        info.setTextFormat(Qt.TextFormat.PlainText)
        self.info = info
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Lưu PDF…"))
        close = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(info)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.signer_post: QLineEdit | None = None
        self.signer_name: QLineEdit | None = None
        self._remake = remake
        if signer is not None and remake is not None:
            layout.addLayout(self._signer_row(signer))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_copy)
        fit_to_screen(self, QSize(900, 1000))
        if error != QPdfDocument.Error.None_:
            info.setText(self.tr("Không mở được tệp PDF."))
            self.print_button.setEnabled(False)

    def _signer_row(self, signer: Signer) -> QHBoxLayout:
        post, name = signer
        self.signer_post = QLineEdit(" / ".join(line.strip() for line in post.splitlines()))
        self.signer_post.setToolTip(self.tr(
            "Chức vụ người ký; \"/\" để xuống dòng, ví dụ \"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\"."))
        self.signer_name = QLineEdit(name)
        self.signer_name.setPlaceholderText(self.tr("Họ tên người ký"))
        apply = QPushButton(self.tr("Cập nhật người ký"))
        apply.clicked.connect(self.apply_signer)
        self.signer_name.returnPressed.connect(self.apply_signer)
        self.signer_post.returnPressed.connect(self.apply_signer)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Người ký:")))
        row.addWidget(self.signer_post, 2)
        row.addWidget(self.signer_name, 2)
        row.addWidget(apply)
        return row

    def apply_signer(self) -> None:
        """Make the document again with the signer as typed and show the new file."""
        if self._remake is None or self.signer_post is None or self.signer_name is None:
            return
        post = self.signer_post.text().strip()
        if not post:
            self.info.setText(self.tr("Hãy nhập chức vụ người ký."))
            return
        self.pdf_path = self._remake((post, self.signer_name.text().strip()))
        self.document.load(str(self.pdf_path))
        self.info.setText(self.tr("{pages} trang").format(pages=self.document.pageCount()))

    def page_count(self) -> int:
        """Return the number of pages shown."""
        return self.document.pageCount()

    def print_document(self) -> None:
        """Ask for a printer with Qt's dialog, then print every page in the background."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In tài liệu"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the PDF to ``printer`` (any QPrinter, also a PDF printer) in the background.

        The window stays usable; a progress box with "Hủy" appears if it takes a moment,
        and the line under the preview says when the job was handed to the printer.
        """
        self.print_button.setEnabled(False)
        self.info.setText(self.tr("Đang gửi tới máy in…"))
        path = self.pdf_path
        pages = self.page_count()

        def work(should_stop: Callable[[], bool],
                 advance: Callable[[int, int], None]) -> int:
            if send_pdf_directly(path, printer, pages):
                advance(pages, pages)
                return pages
            return render_to_printer(path, printer, should_stop, advance)

        def done(printed: int) -> None:
            self.print_button.setEnabled(True)
            self.info.setText(self.tr("Đã gửi {pages} trang tới máy in {printer}.").format(
                pages=printed, printer=printer.printerName() or printer.outputFileName()))
            self.print_finished.emit(True)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self.info.setText(self.tr("Đã hủy in.") if isinstance(exc, Cancelled)
                              else self.tr("Chưa in được."))
            self.print_finished.emit(False)

        self.printing = self.tasks.query(
            self, None, work, done=done, failed=failed, cancellable=True, steps=True,
            progress=self.tr("Đang gửi tài liệu tới máy in…"),
        )

    def save_copy(self) -> None:
        """Save the PDF where the person chooses, written beside and renamed into place."""
        start = str(Path.home() / self.suggested_name)
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp PDF"), start, self.tr("Tệp PDF (*.pdf)")
        )
        if not target:
            return
        self.save_to(Path(target))

    def save_to(self, target: Path) -> None:
        """Copy the previewed PDF to ``target`` atomically."""
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        partial = target.with_name(target.name + ".partial")
        try:
            shutil.copyfile(self.pdf_path, partial)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(
                self, self.windowTitle(),
                self.tr("Không lưu được tệp: {reason}").format(reason=exc.strerror or exc),
            )


def _pages_chosen(printer: QPrinter, count: int) -> range:
    """Return the page numbers (from 0) the print dialog asked for."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1) - 1
        last = min(printer.toPage() or count, count)
        return range(first, max(first, last))
    return range(count)


def send_pdf_directly(path: Path, printer: QPrinter, pages: int) -> bool:
    """Hand the PDF itself to the system's spooler where it takes PDF; tell if it did.

    CUPS (Linux, macOS) prints a PDF as it is, quicker and sharper than any rendering
    here. Windows has no dependable way to print a PDF without a viewer installed, and a
    page range or a PDF printer needs the rendering path, so those return False.
    """
    lp = shutil.which("lp")
    if (
        lp is None or sys.platform == "win32" or pages == 0
        or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
        or not printer.printerName()
        or printer.printRange() != QPrinter.PrintRange.AllPages
    ):
        return False
    command = [lp, "-d", printer.printerName(), "-n", str(max(printer.copyCount(), 1)),
               "-t", printer.docName() or path.name]
    if printer.duplex() in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto):
        command += ["-o", "sides=two-sided-long-edge"]
    elif printer.duplex() == QPrinter.DuplexMode.DuplexShortSide:
        command += ["-o", "sides=two-sided-short-edge"]
    command.append(str(path))
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False  # the spooler refused: render the pages instead
    return True


BANDS = 32
"""Each page is rendered and drawn in this many horizontal bands. A Qt call that renders
or draws a whole page at 300 dpi holds Python's interpreter lock for 50 to 250 ms, and
the window cannot paint meanwhile; a band holds it for a few milliseconds."""

BAND_PAUSE_S = 0.002
"""A short sleep after each band hands the interpreter lock to the GUI thread at once.
Without it the GUI thread, which takes the lock many times per frame, waited behind a
band each time and froze for 100 ms and more (measured by the printing test)."""


def _draw_page(document: QPdfDocument, index: int, size: QSize, scale: float,
               painter: QPainter, should_stop: Callable[[], bool]) -> None:
    """Render one page band by band and draw each band at its place on the paper."""
    band = -(-size.height() // BANDS)
    for top in range(0, size.height(), band):
        if should_stop():
            return
        height = min(band, size.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(size)
        options.setScaledClipRect(QRect(0, top, size.width(), height))
        image = document.render(index, QSize(size.width(), height), options)
        painter.drawImage(
            QRectF(0, top * scale, size.width() * scale, height * scale), image)
        time.sleep(BAND_PAUSE_S)


def render_to_printer(
    path: Path,
    printer: QPrinter,
    should_stop: Callable[[], bool] = lambda: False,
    advance: Callable[[int, int], None] = lambda _done, _total: None,
) -> int:
    """Render the PDF's pages at :data:`PRINT_DPI` and draw them onto ``printer``.

    Runs off the GUI thread: it opens its own QPdfDocument, and QPainter may paint onto
    a QPrinter or a QImage from any one thread. It checks ``should_stop`` before each
    page; a stopped job is aborted (a real printer drops it). Returns the pages printed.

    Raises:
        UserError: the file cannot be read or the printer cannot be reached.
        Cancelled: the person pressed "Hủy".
    """
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise UserError("Không mở được tệp PDF để in.")
    chosen = _pages_chosen(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("Không kết nối được máy in. Hãy kiểm tra máy in.")
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        target = painter.viewport()
        for index in chosen:
            if should_stop():
                printer.abort()
                raise Cancelled
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            scale = min(target.width() / size.width(), target.height() / size.height())
            _draw_page(document, index, size, scale, painter, should_stop)
            printed += 1
            advance(printed, len(chosen))
    finally:
        painter.end()
        document.close()
    return printed
