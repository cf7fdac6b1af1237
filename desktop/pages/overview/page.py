"""The overview page (Tổng quan): four big numbers and two breakdowns for a year.

The chair opens the application and wants to know, without any report: how many
members are active, how many joined and went away this year, and how the gathering rate
stands. The numbers come from ``db.overview`` on the read pool, so a large register never
freezes the window; an answer for a year no longer selected is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.engine import Database
from db.meetings import branches_without_meeting
from db.overview import UNKNOWN_AGE, Overview, commune_overview
from db.site import SiteInfo
from desktop.formatting import date, number, percent
from desktop.tasks import Change, TaskRunner
from desktop.widgets.bar_chart import ACCENT, BarChart
from desktop.widgets.look import CARD_STYLE, MUTED

log = logging.getLogger(__name__)

OVERVIEW_SOURCES = frozenset({Change.MEMBERS, Change.BRANCHES, Change.MEETINGS, Change.UNITS,
                              Change.SYNC})
"""The kinds of data the overview's numbers are computed from."""

SLOW_MS = 300
"""Say "Đang tính…" only if the numbers take longer than this: a quick answer should not
make the page jump by a line and back."""

YEARS_OFFERED = 10
"""How many years, counting back from this one, the year list offers."""

"""Grey of explanations: quieter than the numbers, still readable on an old screen."""



class StatCard(QFrame):
    """One big number with what it counts above it and a short explanation below."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.value = QLabel("…")
        value_font = self.value.font()
        value_font.setPointSizeF(value_font.pointSizeF() * 2.4)
        value_font.setBold(True)
        self.value.setFont(value_font)
        self.value.setStyleSheet(f"color: {ACCENT.name()};")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED};")
        for label in (self.caption, self.value, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_values(self, caption: str, value: str, note: str) -> None:
        """Replace the three texts at once."""
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)


class OverviewPage(QWidget):
    """Shows the commune's (or, at the upper level, every commune's) numbers for a year."""

    def __init__(
        self, database: Database, site: SiteInfo, tasks: TaskRunner,
        parent: QWidget | None = None, *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.site = site
        self.tasks = tasks
        self._fixed_today = today
        self._request = 0
        self.overview: Overview | None = None

        heading = QLabel(self.tr("<b>Tổng quan</b> — {unit}").format(
            unit=self.tr("các xã trong dữ liệu") if site.is_upper else site.union_name
        ))
        self.year = QComboBox()
        this_year = self._today().year
        for year in range(this_year, this_year - YEARS_OFFERED, -1):
            self.year.addItem(str(year), year)
        self.year.setToolTip(self.tr("Chọn năm cần xem số liệu"))
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.setToolTip(self.tr("Đọc lại số liệu"))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addWidget(self.refresh_button)

        self.status = QLabel()
        self.status.setStyleSheet(f"color: {MUTED};")
        self.status.setVisible(False)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(lambda: self._set_status(self.tr("Đang tính số liệu…")))

        self.active_card = StatCard(self.tr("Hội viên đang sinh hoạt"))
        self.joined_card = StatCard(self.tr("Kết nạp"))
        self.left_card = StatCard(self.tr("Ra khỏi Hội / chuyển đi"))
        self.rate_card = StatCard(self.tr("Tỷ lệ tập hợp"))
        cards = QGridLayout()
        cards.setSpacing(12)
        for column, card in enumerate(
            (self.active_card, self.joined_card, self.left_card, self.rate_card)
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.kind_chart = BarChart()
        self.age_chart = BarChart()
        charts = QHBoxLayout()
        charts.setSpacing(12)
        for chart in (self.kind_chart, self.age_chart):
            frame = QFrame()
            frame.setObjectName("card")
            frame.setStyleSheet(CARD_STYLE)
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(chart)
            inner.addStretch(1)
            charts.addWidget(frame, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.status)
        self.charter = QLabel()
        self.charter.setWordWrap(True)
        self.charter.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c060; padding: 6px; border-radius: 4px"
        )
        self.charter.hide()
        layout.addWidget(self.charter)
        layout.addLayout(cards)
        layout.addLayout(charts)
        self.explanation = QLabel(self.tr(
            "Tỷ lệ tập hợp = hội viên thường và đương nhiên đang sinh hoạt chia cho số phụ nữ "
            "từ 18 tuổi của các chi hội trong năm (nhập ở trang Chi hội). Hội viên danh dự "
            "được tính riêng. Năm đã qua: số hội viên đang sinh hoạt tính đến ngày 31/12."
        ))
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.explanation)
        layout.addStretch(1)

        self.year.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        # The numbers follow every saved change: no need to press "Làm mới" after an import.
        tasks.follow(self, OVERVIEW_SOURCES, self.refresh)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Keep the four big numbers on one line when a caption wraps in a narrow window."""
        super().resizeEvent(event)
        self._align_cards()

    def _align_cards(self) -> None:
        cards = (self.active_card, self.joined_card, self.left_card, self.rate_card)
        tallest = max(
            card.caption.heightForWidth(max(1, card.caption.width())) for card in cards
        )
        for card in cards:
            card.caption.setMinimumHeight(tallest)

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def selected_year(self) -> int:
        """Return the year chosen in the list."""
        return int(self.year.currentData())

    def load(self) -> None:
        """Read the numbers the first time the page is shown."""
        self.refresh()

    def refresh(self) -> None:
        """Read the numbers again for the selected year (after changes elsewhere)."""
        self._request += 1
        request = self._request
        year = self.selected_year()
        today = self._today()
        commune_id = None if self.site.is_upper else self.site.unit_id
        database = self.database
        self._slow.start()

        def query(session: Session) -> tuple[Overview, list[str]]:
            # Runs on the read pool: touches the database only, never a widget.
            overview = commune_overview(session, commune_id, year, today)
            late = (
                [b.branch_name for b in branches_without_meeting(session, commune_id, today)]
                if commune_id is not None
                else []
            )
            return overview, late

        self.tasks.query(self, database, query,
                         done=lambda result: self._show_all(request, *result),
                         failed=lambda _exc: self._failed(request))

    def _show_all(self, request: int, overview: Overview, late: list[str]) -> None:
        if request != self._request:
            return
        self._show(request, overview)
        today = self._today()
        quarter = (today.month - 1) // 3 + 1
        self.charter.setVisible(bool(late))
        self.charter.setText(self.tr(
            "<b>{n} chi hội chưa sinh hoạt trong quý {q}/{y}</b> (Điều lệ: ít nhất mỗi quý một "
            "lần): {names}. Xem trang Sinh hoạt."
        ).format(n=len(late), q=quarter, y=today.year,
                 names=", ".join(name.removeprefix("Chi hội ") for name in late)))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, request: int) -> None:
        if request != self._request:
            return
        self._slow.stop()
        self._set_status(self.tr("Không đọc được số liệu. Hãy bấm «Làm mới» để thử lại."))

    def _show(self, request: int, overview: Overview) -> None:
        if request != self._request:
            return  # the person chose another year meanwhile
        self._slow.stop()
        self.overview = overview
        year = overview.year
        as_of = date(overview.as_of)
        self._set_status("")
        self.active_card.show_values(
            self.tr("Hội viên đang sinh hoạt"),
            number(overview.active_members),
            self.tr("tại ngày {day} · {branches} chi hội").format(
                day=as_of, branches=number(overview.branches)
            ),
        )
        self.joined_card.show_values(
            self.tr("Kết nạp năm {year}").format(year=year),
            number(overview.joined_this_year),
            self.tr("hội viên mới vào Hội trong năm"),
        )
        words = {
            "transferred": self.tr("chuyển sinh hoạt"),
            "left": self.tr("ra khỏi Hội"),
            "deceased": self.tr("từ trần"),
        }
        # Each part stays on one line: "29 từ trần" must not wrap as "29 từ" / "trần".
        parts = [
            f"{number(group.count)} {words.get(group.key, group.label)}".replace(" ", "\u00a0")
            for group in overview.departures if group.count
        ]
        self.left_card.show_values(
            self.tr("Ra khỏi Hội / chuyển đi năm {year}").format(year=year),
            number(overview.left_this_year),
            " · ".join(parts) if parts else self.tr("không có ai trong năm"),
        )
        self._show_rate(overview)
        self._align_cards()
        self.kind_chart.set_data(
            self.tr("Hội viên đang sinh hoạt theo loại"),
            [(group.label, group.count) for group in overview.by_kind],
        )
        self.age_chart.set_data(
            self.tr("Hội viên đang sinh hoạt theo độ tuổi"),
            [
                (group.label, group.count) for group in overview.by_age_group
                if group.key != UNKNOWN_AGE or group.count
            ],
        )

    def _show_rate(self, overview: Overview) -> None:
        rate = overview.gathering_rate
        honorary = sum(g.count for g in overview.by_kind if g.key == "honorary")
        self.rate_card.setToolTip(self.tr(
            "Hội viên thường và đương nhiên đang sinh hoạt chia cho số phụ nữ từ 18 tuổi "
            "của các chi hội; {honorary} hội viên danh dự được tính riêng."
        ).format(honorary=number(honorary)))
        if rate is None or overview.women_18_plus is None:
            note = self.tr("chưa có số phụ nữ từ 18 tuổi năm {year}").format(year=overview.year)
            self.rate_card.show_values(self.tr("Tỷ lệ tập hợp"), "—", note)
            return
        note = self.tr("{members} hội viên / {women} phụ nữ từ 18\u00a0tuổi").format(
            members=number(overview.gathered_members), women=number(overview.women_18_plus)
        )
        if overview.branches_with_women < overview.branches:
            note += self.tr(" (mới có số của {known}/{all} chi hội)").format(
                known=overview.branches_with_women, all=overview.branches
            )
        self.rate_card.show_values(self.tr("Tỷ lệ tập hợp"), percent(rate), note)
