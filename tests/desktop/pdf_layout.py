"""Read a PDF back with its layout: each piece of text with its position and type size.

The Decree 30 rules are about where text sits and how large it is (page numbers in the
top margin, body text of 13 pt at least), which plain text extraction cannot see. pypdf
hands every text run to a visitor with the text and current transformation matrices;
from them come the run's baseline position and its size in points.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.documents.pdf_common import MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP


@dataclass(frozen=True)
class Run:
    """One run of text as drawn: its text, baseline start (points from bottom-left), size."""

    text: str
    x: float
    y: float
    size: float
    font: str


@dataclass(frozen=True)
class Page:
    """The runs of one page and the page's size."""

    width: float
    height: float
    runs: tuple[Run, ...]

    def in_top_margin(self) -> list[Run]:
        """Return the runs whose baseline lies in the top margin."""
        return [r for r in self.runs if r.y > self.height - MARGIN_TOP and r.text.strip()]

    def text_center(self) -> float:
        """Return the horizontal middle of the text area."""
        return MARGIN_LEFT + (self.width - MARGIN_LEFT - MARGIN_RIGHT) / 2

    def lines(self) -> list[str]:
        """Return the text joined into lines by baseline (within 1 pt), top to bottom."""
        rows: dict[float, list[Run]] = {}
        for run in self.runs:
            key = next((k for k in rows if abs(k - run.y) < 1), run.y)
            rows.setdefault(key, []).append(run)
        return [" ".join(r.text.strip() for r in sorted(rows[k], key=lambda r: r.x)).strip()
                for k in sorted(rows, reverse=True)]


def _multiply(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def read_pages(path: Path) -> list[Page]:
    """Return every page of the PDF at ``path`` with its text runs."""
    pages = []
    for page in PdfReader(path).pages:
        runs: list[Run] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object,
                  size: float, runs: list[Run] = runs) -> None:
            if not text.strip():
                return
            m = _multiply([float(v) for v in tm], [float(v) for v in cm])
            scale = math.hypot(m[0], m[1])
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            runs.append(Run(unicodedata.normalize("NFC", text), m[4], m[5],
                            round(size * scale, 2), name.split("+")[-1]))

        page.extract_text(visitor_text=visit)
        box = page.mediabox
        pages.append(Page(float(box.width), float(box.height), tuple(runs)))
    return pages


def assert_decree_page_numbers(pages: list[Page]) -> None:
    """No number on page 1; from page 2 its number alone, 13–14 pt, centred in the top margin."""
    assert pages[0].in_top_margin() == [], pages[0].in_top_margin()
    for number, page in enumerate(pages[1:], start=2):
        top = page.in_top_margin()
        assert [r.text.strip() for r in top] == [str(number)], (number, top)
        run = top[0]
        assert 13 <= run.size <= 14, run
        # pypdf gives the run's start; a centred number's middle is the text area's middle.
        from reportlab.pdfbase.pdfmetrics import stringWidth

        middle = run.x + stringWidth(run.text.strip(), "LiberationSerif", run.size) / 2
        assert abs(middle - page.text_center()) < 1 * mm, (number, middle)
        assert run.y < page.height - 5 * mm  # inside the margin, not at the paper's edge
    for page in pages:
        assert not any("Trang" in r.text for r in page.runs)
