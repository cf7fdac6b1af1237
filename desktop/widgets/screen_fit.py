"""Keep windows and long texts inside the screen a commune office really has.

Offices run 1366x768 laptops with a taskbar, so a dialog that asks for a fixed
size or a label that grows with a long meeting topic pushes buttons off-screen.
Every dialog sizes itself through `fit_to_screen`, and long texts use
`ElidedLabel`, which shortens the text and keeps the full text as tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent, QTextDocumentFragment
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

# Room the platform's title bar and borders take around a window's client area.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40
# Room between a scrolling form's fields and its scroll bar.
SCROLL_GAP = 8


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize `widget` to `wanted`, capped to the available area of its screen.

    Args:
        widget: the window or dialog to size.
        wanted: the size it would like on a large screen.
    """
    # A dialog opens over its parent: the parent's screen is the one it will be on.
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else widget.screen()) \
        or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(wanted)
        return
    area = screen.availableGeometry()
    # Leave room for the window frame the platform adds around the client area.
    width = min(wanted.width(), area.width() - FRAME_WIDTH)
    height = min(wanted.height(), area.height() - FRAME_HEIGHT)
    widget.resize(max(width, 200), max(height, 150))


def onto_screen(geometry: QRect) -> QRect | None:
    """Return ``geometry`` moved and shrunk into the screen it is mostly on.

    A window remembered on a second monitor that is gone, or on a larger screen than
    today's, would open out of reach; it comes back inside the available area of the
    screen it overlaps most, or of the primary screen. None when there is no screen.

    Args:
        geometry: the window's client rectangle as remembered.
    """
    screens = QGuiApplication.screens()
    if not screens:
        return None
    best = max(screens, key=lambda screen: _overlap(screen.availableGeometry(), geometry))
    if _overlap(best.availableGeometry(), geometry) == 0:
        best = QGuiApplication.primaryScreen() or screens[0]
    area = best.availableGeometry()
    width = min(geometry.width(), area.width() - FRAME_WIDTH)
    height = min(geometry.height(), area.height() - FRAME_HEIGHT)
    # The frame: borders of half the frame width each side, the title bar on top.
    border = FRAME_WIDTH // 2
    title = FRAME_HEIGHT - border
    left = max(min(geometry.x(), area.right() + 1 - width - border), area.left() + border)
    top = max(min(geometry.y(), area.bottom() + 1 - height - border), area.top() + title)
    return QRect(left, top, width, height)


def _overlap(first: QRect, second: QRect) -> int:
    common = first.intersected(second)
    return common.width() * common.height() if common.isValid() else 0


def narrow_combo(combo: QComboBox, characters: int = 22) -> QComboBox:
    """Keep a list of names from widening the window by its longest name.

    A combo box is as wide as its longest item by default, so one long branch or
    course name would push the row's buttons off-screen. It now asks for room for
    ``characters`` characters; the open list is made wide enough for whole names.

    Returns:
        the same combo box, for chaining.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    # The whole name of the choice shown, when the box is too narrow for it.
    combo.currentTextChanged.connect(combo.setToolTip)
    # Measured once after a fill, not at each item: a list of 354 courses added one by
    # one measured every name 354 times (77 ms of a frozen window).
    widen = QTimer(combo)
    widen.setSingleShot(True)
    widen.setInterval(0)
    widen.timeout.connect(lambda box=combo: _widen_list(box))
    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(lambda *_args, timer=widen: timer.start())
    _widen_list(combo)
    return combo


def let_rows_shrink(page: QWidget, characters: int = 8) -> None:
    """Let the choice boxes and wrapping texts of a page give up width when short of it.

    A row of filters is as wide as its boxes' longest items, and Qt asks a long wrapping
    text for a comfortable width rather than the least it can wrap to, so a translation
    longer than the Vietnamese ("All statuses") would push the page past the screen.
    Each box keeps the width of its items while there is room and may shrink to
    ``characters`` characters when there is not (its tooltip then shows the whole
    choice); a wrapping text may narrow to 300 px and take more lines.
    """
    for combo in page.findChildren(QComboBox):
        if combo.isEditable() or combo.minimumWidth() > 0:
            continue
        combo.setMinimumWidth(min(combo.minimumSizeHint().width(),
                                  combo.fontMetrics().averageCharWidth() * characters + 30))
        if not combo.toolTip():  # a box with its own explanation keeps it
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)
    for label in page.findChildren(QLabel):
        if label.wordWrap() and label.minimumWidth() == 0:
            # A label still empty (filled once its data is read) gets a modest minimum.
            hint = label.minimumSizeHint().width()
            label.setMinimumWidth(min(hint, 300) if label.text() else 120)


def _widen_list(combo: QComboBox) -> None:
    """Let the open list be as wide as its longest name, within the screen."""
    view = combo.view()
    screen = combo.screen() or QGuiApplication.primaryScreen()
    limit = screen.availableGeometry().width() - 40 if screen is not None else 1000
    # The names' own widths: the view's size hint for the column measures only the rows
    # its viewport shows, none before the list first opens.
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(row))
                  for row in range(combo.count())), default=0)
    wanted = widest + view.verticalScrollBar().sizeHint().width() + 24
    view.setMinimumWidth(min(max(wanted, 0), limit))


class ElidedLabel(QLabel):
    """A one-line label that shortens its text instead of widening the window.

    With ``markup`` the text given is the program's own HTML (bold dates and the like):
    it is shown as plain text, since a shortened piece of markup would no longer be
    markup, and so no text typed by a person is ever read as HTML.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 markup: bool = False) -> None:
        super().__init__(parent)
        self._full_text = ""
        self._markup = markup
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        """Remember the full text, show it shortened and as tooltip."""
        if self._markup:
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        """Return the text before shortening."""
        return self._full_text

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Ask for little width so the layout, not the text, decides it."""
        hint = super().minimumSizeHint()
        return QSize(40, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full_text, Qt.TextElideMode.ElideRight, max(self.width(), 40)
        )
        super().setText(shown)


def scrolling(content: QWidget) -> QScrollArea:
    """Put a long form in a frameless scroll area, so its buttons stay on the screen.

    A dialog lays out the scroll area and, outside it, its buttons (Lưu / Hủy): on a
    short screen the fields scroll while the buttons stay visible.
    """
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def fit_scrolled(dialog: QWidget, area: QScrollArea, minimum_width: int = 0) -> None:
    """Size a dialog that holds a scroll area to show all of it, within the screen.

    A scroll area asks for a modest size whatever it holds; the dialog asks for what
    its content wants instead, and `fit_to_screen` cuts that to the screen.
    """
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    content = area.widget()
    wanted = dialog.sizeHint()
    if content is not None:
        inner = content.sizeHint().expandedTo(content.minimumSizeHint())
        shown = area.sizeHint()
        wanted += QSize(max(0, inner.width() - shown.width()) + area.verticalScrollBar()
                        .sizeHint().width(), max(0, inner.height() - shown.height()))
        # The fields never scroll sideways: the dialog is at least as wide as they need.
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        dialog.setMinimumWidth(max(dialog.minimumWidth(), content.minimumSizeHint().width()
                                   + area.verticalScrollBar().sizeHint().width()
                                   + 2 * area.frameWidth() + sides))
    fit_to_screen(dialog, QSize(max(wanted.width(), minimum_width), wanted.height()))
