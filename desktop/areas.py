"""The areas of the window: what the navigation bar lists and which page each one shows.

One table instead of a chain of ``if``s: an area names its page class by import path,
so the main window imports a page only when the person first opens it (a start-up pays
only for the page on screen; docs/ARCHITECTURE.md §9), and no page needs to import
another. An area may show a different, read-only page on an upper-level site, where a
commune's data is only looked at (docs/ARCHITECTURE.md §6).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMutex, QMutexLocker
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from db.accounts import Role
from db.engine import Database
from db.site import SiteInfo
from desktop.tasks import TaskRunner


@dataclass(frozen=True)
class Area:
    """One entry of the navigation bar.

    Attributes:
        key: the stable name used in settings, shortcuts and ``sohoi screenshot``.
        title: the navigation label (translated where it is shown).
        purpose: the tooltip, one sentence.
        page: ``"module:Class"`` of the page on a commune site (and on an upper-level
            site when ``upper_page`` is empty).
        upper_page: ``"module:Class"`` of the page on an upper-level site, if different.
        upper_only: the area exists only on an upper-level site.
        hidden_from: roles that never see the area: a chi hội account does not see
            the pages about the whole commune (branches, officers, reports, sync).
    """

    key: str
    title: str
    purpose: str
    page: str
    upper_page: str = ""
    upper_only: bool = False
    hidden_from: frozenset[str] = frozenset()

    def page_path(self, site: SiteInfo) -> str:
        """Return the page to build for this site's mode."""
        return self.upper_page if site.is_upper and self.upper_page else self.page

    def shown_on(self, site: SiteInfo, role: str = "") -> bool:
        """Tell whether the navigation bar lists this area on this site, for this role."""
        return (site.is_upper or not self.upper_only) and role not in self.hidden_from


COMMUNE_WIDE = frozenset({Role.BRANCH.value})
"""Roles kept from the areas about the whole commune (see ``Area.hidden_from``)."""

AREAS = (
    Area(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Tổng quan"),
        "Số hội viên, kết nạp và ra khỏi Hội trong năm, tỷ lệ tập hợp.",
        "desktop.pages.overview.page:OverviewPage",
        hidden_from=COMMUNE_WIDE,
    ),
    Area(
        "communes",
        QT_TRANSLATE_NOOP("MainWindow", "Các xã"),
        "Tình hình gửi gói và số liệu chính của từng xã.",
        "desktop.pages.communes.page:CommunesPage",
        upper_only=True,
    ),
    Area(
        "members",
        QT_TRANSLATE_NOOP("MainWindow", "Hội viên"),
        "Danh sách hội viên: tìm, thêm, sửa, chuyển sinh hoạt.",
        "desktop.pages.members.page:MembersPage",
    ),
    Area(
        "branches",
        QT_TRANSLATE_NOOP("MainWindow", "Chi hội"),
        "Các chi hội, số hội viên và tỷ lệ tập hợp từng chi hội.",
        "desktop.pages.branches.page:BranchesPage",
        upper_page="desktop.pages.branches.upper_page:UpperBranchesPage",
        hidden_from=COMMUNE_WIDE,
    ),
    Area(
        "officers",
        QT_TRANSLATE_NOOP("MainWindow", "Cán bộ"),
        "Chức danh, trình độ, đạt chuẩn và nhu cầu bồi dưỡng của cán bộ Hội.",
        "desktop.pages.officers.page:OfficersPage",
        upper_page="desktop.pages.officers.upper_page:UpperOfficersPage",
        hidden_from=COMMUNE_WIDE,
    ),
    Area(
        "meetings",
        QT_TRANSLATE_NOOP("MainWindow", "Sinh hoạt"),
        "Buổi sinh hoạt chi hội, điểm danh và in danh sách ký nhận.",
        "desktop.pages.meetings.page:MeetingsPage",
        upper_page="desktop.pages.meetings.upper_page:UpperMeetingsPage",
    ),
    Area(
        "trainings",
        QT_TRANSLATE_NOOP("MainWindow", "Tập huấn"),
        "Lớp tập huấn, bồi dưỡng: chuyên đề, học viên, kinh phí.",
        "desktop.pages.trainings.page:TrainingsPage",
    ),
    Area(
        "certificates",
        QT_TRANSLATE_NOOP("MainWindow", "Chứng nhận"),
        "Cấp, in, thu hồi và tra cứu giấy chứng nhận.",
        "desktop.pages.certificates.page:CertificatesPage",
    ),
    Area(
        "dues",
        QT_TRANSLATE_NOOP("MainWindow", "Hội phí & quỹ"),
        "Thu hội phí theo chi hội và quý, sổ quỹ hội, khóa sổ từng kỳ.",
        "desktop.pages.dues.page:DuesPage",
        # The commune's fund and every branch's dues: the office's books, not hers.
        hidden_from=COMMUNE_WIDE,
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Báo cáo"),
        "Chỉ tiêu Đề án 1893 và các báo cáo thống kê.",
        "desktop.pages.reports.page:ReportsPage",
        hidden_from=COMMUNE_WIDE,
    ),
    Area(
        "evaluation",
        QT_TRANSLATE_NOOP("MainWindow", "Xếp loại"),
        "Đánh giá, xếp loại cuối năm của Hội xã và các chi hội theo bộ tiêu chí.",
        "desktop.pages.evaluation.page:EvaluationPage",
        hidden_from=COMMUNE_WIDE,
    ),
    Area(
        "sync",
        QT_TRANSLATE_NOOP("MainWindow", "Đồng bộ"),
        "Gửi và nhận gói dữ liệu với cấp trên qua USB.",
        "desktop.pages.sync.page:SyncPage",
        hidden_from=COMMUNE_WIDE,
    ),
    Area(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Cài đặt"),
        "Sao lưu, tài khoản, thông tin đơn vị.",
        "desktop.pages.settings.page:SettingsPage",
    ),
)

KEYS = tuple(area.key for area in AREAS)


def shortcuts(site: SiteInfo, role: str = "") -> list[tuple[Area, str]]:
    """Pair each area shown on this site with its key, in navigation order.

    Ctrl+1 … Ctrl+9 then Ctrl+0 follow the rows shown (so "Các xã" shifts the others
    on an upper level); an eleventh area gets no key rather than reuse Ctrl+1. The
    navigation tooltips and the Xem menu both read this one list.
    """
    shown = [area for area in AREAS if area.shown_on(site, role)]
    return [(area, f"Ctrl+{(number + 1) % 10}" if number < 10 else "")
            for number, area in enumerate(shown)]


def help_file(key: str) -> str:
    """Return the name of an area's page of the offline guide, in ``resources/help``."""
    return f"{key}.html"


def area_by_key(key: str) -> Area:
    """Return the area with this key."""
    return AREAS[KEYS.index(key)]


_IMPORTING_PAGES = QMutex()
"""Taken around a page module's import, so the window showing a page and
:func:`import_pages` on the read pool never import the same modules at the same time
(two threads inside one import cycle may each see the other's half-made module)."""


_IMPORTED_PAGES: dict[str, ModuleType] = {}
"""Page modules whose import has finished (a page shown while another page's modules
are imported on the pool need not wait for them)."""


def page_module(entry: Area, site: SiteInfo) -> ModuleType:
    """Import the module of an area's page (at once if it was imported before)."""
    module_name = entry.page_path(site).split(":")[0]
    if (module := _IMPORTED_PAGES.get(module_name)) is not None:
        return module
    with QMutexLocker(_IMPORTING_PAGES):
        module = importlib.import_module(module_name)
        _IMPORTED_PAGES[module_name] = module
        return module


def import_pages(site: SiteInfo) -> None:
    """Import the modules of every page of this site, without building any page.

    Run on the read pool a moment after the window shows: importing a page's modules
    (the sync page alone brings some seventy, with their dataclasses and enums) is most
    of what its first show cost on the GUI thread, a freeze of 0.1–0.5 s. Building the
    page stays on the GUI thread, as Qt requires.
    """
    for area in AREAS:
        if area.shown_on(site):
            page_module(area, site)


def build_page(entry: Area, database: Database, site: SiteInfo, tasks: TaskRunner) -> QWidget:
    """Import and build the page of an area; every page takes (database, site, tasks)."""
    class_name = entry.page_path(site).split(":")[1]
    page_class = getattr(page_module(entry, site), class_name)
    page: QWidget = page_class(database, site, tasks)
    return page


@runtime_checkable
class ShowsCommune(Protocol):
    """A page that can narrow itself to one commune (opened from "Các xã")."""

    def show_commune(self, unit_id: str) -> None:
        """Show only this commune's rows."""


@runtime_checkable
class StartsCourse(Protocol):
    """A page that can open a new course with these people as participants."""

    def start_course_with(self, member_ids: list[str]) -> None:
        """Open the new-course dialog with these participants."""


@runtime_checkable
class Loads(Protocol):
    """A page that reads its data when first shown (not while the window is built)."""

    def load(self) -> None:
        """Read the page's data in the background."""


@runtime_checkable
class Undoes(Protocol):
    """A page with an undo stack, answering Hoàn tác / Làm lại of the Sửa menu."""

    def can_undo(self) -> bool:
        """Tell whether there is something to take back now."""

    def can_redo(self) -> bool:
        """Tell whether there is something taken back to make again."""

    def undo(self) -> None:
        """Take back the last change."""

    def redo(self) -> None:
        """Make again the change just taken back."""


@runtime_checkable
class Searches(Protocol):
    """A page with a search field, which Tìm (Ctrl+F) puts the cursor in."""

    search: QLineEdit


@runtime_checkable
class Prints(Protocol):
    """A page whose main paper In… (Ctrl+P) prints: the same button the page shows.

    Pressing the page's own button keeps one path to printing, and the button's
    enabled state (nothing selected, a viewer's role) decides for the menu too.
    """

    print_button: QAbstractButton
