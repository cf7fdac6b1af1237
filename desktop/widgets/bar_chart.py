"""A horizontal bar chart drawn with QPainter.

The application ships PySide6-Essentials, which has no QtCharts; a breakdown of a few
groups needs nothing more than labels, bars and numbers anyway. Bars are horizontal so
that Vietnamese labels ("Đương nhiên", "Không rõ tuổi") read on one line, and each bar
carries its number, so nobody has to estimate a length against an axis.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.formatting import number, percent

ACCENT = QColor("#3b7ea1")
"""The one colour of the bars: a calm blue that prints well in grey too."""

TRACK = QColor("#eef2f5")
"""The faint full-length band behind each bar, so short bars still read as rows."""

MARGIN = 12
GAP = 10
MAX_BAR_THICKNESS = 24
MIN_ROW_HEIGHT = 24


class BarChart(QWidget):
    """Labels on the left, one bar per item, the value at the end of each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    @property
    def title(self) -> str:
        """Return the heading painted above the bars."""
        return self._title

    @property
    def items(self) -> list[tuple[str, int]]:
        """Return a copy of the (label, value) pairs shown."""
        return list(self._items)

    def set_data(self, title: str, items: list[tuple[str, int]]) -> None:
        """Show ``items`` as bars under ``title``; negative values are drawn as zero."""
        self._title = title
        self._items = [(label, max(0, int(value))) for label, value in items]
        summary = "; ".join(f"{label}: {number(value)}" for label, value in self._items)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.updateGeometry()
        self.update()

    # Geometry -----------------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def _row_height(self) -> int:
        return max(MIN_ROW_HEIGHT, round(QFontMetrics(self.font()).height() * 2.1))

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + GAP if self._title else 0

    def sizeHint(self) -> QSize:  # noqa: N802
        """Return room for the title and every row at a comfortable height."""
        rows = max(1, len(self._items))
        height = 2 * MARGIN + self._title_height() + rows * self._row_height()
        return QSize(380, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Return the least room in which labels and numbers stay readable."""
        rows = max(1, len(self._items))
        height = 2 * MARGIN + self._title_height() + rows * MIN_ROW_HEIGHT
        return QSize(240, height)

    def _layout(self) -> tuple[QRectF, float, float, float]:
        """Return the plot area, the label column width, the value width and the row height.

        Rows share the height given but never grow thicker than a comfortable bar: a
        chart stretched tall keeps its bars together at the top instead of spreading
        five fat stripes over the page.
        """
        metrics = QFontMetrics(self.font())
        top = MARGIN + self._title_height()
        area = QRectF(MARGIN, top, self.width() - 2 * MARGIN, self.height() - top - MARGIN)
        widest_label = max((metrics.horizontalAdvance(lbl) for lbl, _ in self._items), default=0)
        # A few pixels of slack: glyphs drawn from a fallback font (the en dash in
        # "18–30") can measure a hair wider when elided than when measured.
        label_width = min(float(widest_label) + 4, area.width() * 0.4)
        widest_value = max(
            (metrics.horizontalAdvance(number(value)) for _, value in self._items), default=0
        )
        rows = max(1, len(self._items))
        row_height = min(area.height() / rows, float(self._row_height()))
        return area, label_width, float(widest_value), max(1.0, row_height)

    # Painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the title, then one row per item: label, track, bar and value."""
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        text_color = self.palette().color(self.foregroundRole())
        muted = QColor(text_color)
        muted.setAlphaF(0.6)
        if self._title:
            painter.setFont(self._title_font())
            painter.setPen(text_color)
            title_rect = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN,
                                self._title_height() - GAP)
            title = QFontMetrics(self._title_font()).elidedText(
                self._title, Qt.TextElideMode.ElideRight, int(title_rect.width())
            )
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             title)
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        area, label_width, value_width, row_height = self._layout()
        if not self._items:
            painter.setPen(muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có số liệu"))
            return
        bar_left = area.left() + label_width + GAP
        bar_room = max(0.0, area.right() - bar_left - GAP / 2 - value_width)
        largest = max(value for _, value in self._items)
        thickness = min(MAX_BAR_THICKNESS, row_height * 0.62)
        for row, (label, value) in enumerate(self._items):
            y = area.top() + row * row_height
            middle = y + row_height / 2
            label_rect = QRectF(area.left(), y, label_width, row_height)
            painter.setPen(text_color)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width)),
            )
            track = QRectF(bar_left, middle - thickness / 2, bar_room, thickness)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            length = bar_room * value / largest if largest else 0.0
            if length > 0:
                painter.setBrush(ACCENT)
                bar = QRectF(bar_left, track.top(), max(length, 2.0), thickness)
                painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text_color)
            painter.drawText(
                QPointF(bar_left + length + GAP / 2,
                        middle + (metrics.ascent() - metrics.descent()) / 2),
                number(value),
            )

    # Tooltips -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Show the exact share of a row when the pointer rests on it."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(row), self)
            return True
        return super().event(event)

    def row_at(self, y: float) -> int | None:
        """Return the index of the item drawn at height ``y``, or None."""
        if not self._items:
            return None
        area, _label, _value, row_height = self._layout()
        row = int((y - area.top()) // row_height)
        return row if 0 <= row < len(self._items) and y >= area.top() else None

    def _tooltip(self, row: int) -> str:
        label, value = self._items[row]
        total = sum(v for _, v in self._items)
        share = percent(100.0 * value / total) if total else percent(0.0)
        return self.tr("{label}: {value} ({share} tổng số)").format(
            label=label, value=number(value), share=share
        )
