"""Preview a generated PDF inside the window, then print it or save it.

Every printout (attendance sheets now, certificates and reports later) is made as a PDF
first; this dialog shows exactly that file, so what is previewed, printed and saved is
the same document. Printing renders each page at the printer's resolution with QtPdf.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.screen_fit import fit_to_screen

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


class PdfPreviewDialog(QDialog):
    """Shows a PDF with buttons to print it and to save a copy."""

    def __init__(
        self, pdf_path: Path, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
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

    def page_count(self) -> int:
        """Return the number of pages shown."""
        return self.document.pageCount()

    def print_document(self) -> None:
        """Ask for a printer with Qt's dialog, then print every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In tài liệu"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render the PDF's pages onto ``printer`` (any QPrinter, also a PDF printer)."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Không kết nối được máy in. Hãy kiểm tra máy in."))
            return
        try:
            dpi = printer.resolution()
            for index in range(self.document.pageCount()):
                if index > 0:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(index, size)
                target = painter.viewport()
                scale = min(target.width() / size.width(), target.height() / size.height())
                width, height = size.width() * scale, size.height() * scale
                painter.drawImage(QRectF(QPointF(0, 0), QSize(round(width), round(height))),
                                  image)
        finally:
            painter.end()

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



