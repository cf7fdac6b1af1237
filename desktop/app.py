"""Start-up: paths, logging, translations, the database and the main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import tempfile
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from db.engine import Database, open_database
from db.errors import UserError
from db.site import SiteInfo, find_site
from desktop import __version__, paths
from desktop.error_text import error_text
from desktop.log_setup import configure_logging
from desktop.main_window import MainWindow
from desktop.session_user import OFFICE, SessionUser, start_session
from desktop.tasks import TaskRunner
from desktop.translations import configure_settings, install_translators
from resources import resource_path

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """Create (or return) the QApplication with names, settings and translations."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    configure_settings()
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    language = install_translators(app)
    # Month and day names of the calendar pop-ups follow the interface, whatever
    # language Windows speaks.
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    return app


def show_bug(exc: BaseException, details: str) -> None:
    """Show a problem: a known one as its plain message, a bug with details to copy."""
    if isinstance(exc, UserError):
        QMessageBox.warning(None, "Sổ Hội", error_text(exc))
        return
    log.error("unexpected error: %s", type(exc).__name__)
    box = QMessageBox(QMessageBox.Icon.Critical, "Sổ Hội",
                      QCoreApplication.translate("app", "Đã xảy ra lỗi không mong muốn. "
                                                 "Dữ liệu đã lưu không bị ảnh hưởng."))
    box.setDetailedText(details)
    box.exec()


def open_main_window(database: Database, site: SiteInfo, tasks: TaskRunner,
                     user: SessionUser = OFFICE) -> MainWindow:
    """Build the main window over an open, set-up database, for the person logged in."""
    from db.site import screens_site

    window = MainWindow(database, screens_site(site), tasks, user)
    tasks.on_unhandled = show_bug
    return window


def start_daily_backup(database: Database, tasks: TaskRunner) -> None:
    """Take the day's first copy of the register on the writer, after the window shows."""
    import datetime as dt

    from db.backup import daily_backup

    def copy() -> object:
        return daily_backup(database.path, paths.backup_dir(), dt.datetime.now())

    # A copy changes nothing on screen: announcing "anything changed" here would make
    # the page just shown read everything again at every start.
    tasks.write(copy, lambda _info: None,
                lambda exc, _details: log.warning("daily backup failed: %s",
                                                  type(exc).__name__),
                changes=())


def log_in_if_needed(database: Database, site: SiteInfo,
                     tasks: TaskRunner) -> SessionUser | None:
    """Ask for a login when the office switched accounts on; None if the person quit.

    Without accounts the run belongs to the office (:data:`OFFICE`), as it always did;
    a register on a server always asks (each person with her own account), and one
    without accounts yet is refused with how to create its first quản trị.
    """
    from db.accounts import accounts_enabled, check_server_accounts

    with database.reading() as session:
        try:
            check_server_accounts(session)
        except UserError as exc:
            QMessageBox.critical(None, "Sổ Hội", exc.message)
            return None
        enabled = accounts_enabled(session)
    if not enabled:
        return OFFICE
    from desktop.login_dialog import ask_login

    account = ask_login(database, tasks, site.union_name)
    # The login itself ran on the writer; it is not a change worth a copy on closing.
    tasks.writes_started = 0
    return None if account is None else SessionUser(account)


def open_register(path: Path | str) -> tuple[Database, SiteInfo | None] | None:
    """Open the register, or offer the recovery window when its file is damaged.

    ``path`` may also be a server's URL: a server's problems (unreachable, refused, a
    newer schema) are shown as a message; its recovery is the administrator's.

    Returns the open database and its site, or None when the person quit (a message
    was shown for a read-only or otherwise unusable file).
    """
    from desktop.recovery_dialog import RecoveryDialog, is_damage

    for _attempt in range(3):
        database: Database | None = None
        try:
            database = open_database(path, backup_dir=paths.backup_dir())
            with database.reading() as session:
                site = find_site(session)
                if site is not None:
                    session.execute(text("SELECT count(*) FROM members")).scalar_one()
            return database, site
        except Exception as exc:
            if database is not None:
                database.close()
            if not is_damage(exc) or not isinstance(path, Path):
                if isinstance(exc, UserError):
                    QMessageBox.critical(None, "Sổ Hội", error_text(exc))
                    return None
                raise
            log.error("register damaged at start-up: %s", type(exc).__name__)
            problem = error_text(exc) if isinstance(exc, UserError) else str(
                getattr(exc, "orig", exc))
            dialog = RecoveryDialog(path, paths.backup_dir(), problem)
            if dialog.exec() != RecoveryDialog.DialogCode.Accepted:
                return None
    return None


def run_application(target: str | None = None) -> int:
    """Open the register and run the window until closed.

    Args:
        target: ``--db``: a register file, or a PostgreSQL URL (``postgresql://…``);
            None for the register in the user's data folder.
    """
    from db.dialects import is_server_url

    configure_logging()
    app = create_application()
    if target is not None and is_server_url(target):
        return run_on_server(app, target)
    if target is None:
        from desktop.server_connection import ask_password, remembered_server

        # « Kết nối máy chủ » chosen on this PC: the server's register, its password asked.
        remembered = remembered_server()
        if remembered is not None:
            url = ask_password(remembered)
            return 0 if url is None else run_on_server(app, url)
    return run_on_file(app, Path(target) if target else paths.default_database())


def run_on_server(app: QApplication, url: str,
                  opened: tuple[Database, SiteInfo | None] | None = None) -> int:
    """Run the window on a register kept on a database server.

    The server keeps several programs apart by itself, so no lock file is taken and a
    second window may open; no copies are taken from here (the server's are made with
    ``pg_dump``, see docs/ARCHITECTURE.md).
    """
    if opened is None:
        opened = open_register(url)
    if opened is None:
        return 1
    database, site = opened
    tasks = TaskRunner()
    if site is None:
        # A shared register starts with its first quản trị and the province's keys,
        # which only the server's administrator sets up (sohoi server init).
        QMessageBox.critical(None, "Sổ Hội", QCoreApplication.translate(
            "app", "Cơ sở dữ liệu {url} trên máy chủ chưa có sổ. Người quản trị máy chủ hãy "
            "tạo sổ bằng lệnh: sohoi server init --db <địa chỉ> --unit <mã tỉnh> (hoặc "
            "chuyển sổ đang có: sohoi server migrate).").format(url=database.label))
        database.close()
        return 1
    user = log_in_if_needed(database, site, tasks)
    if user is None:
        tasks.wait()
        database.close()
        return 0
    start_session(user)
    window = open_main_window(database, site, tasks, user)
    sys.excepthook = lambda kind, exc, tb: show_bug(exc, "".join(
        traceback.format_exception(kind, exc, tb)))
    window.backup_on_close = False
    window.show()
    code = app.exec()
    tasks.wait()
    database.close()
    return code


def run_on_file(app: QApplication, path: Path) -> int:
    """Run the window on a register file, one program per file."""
    from db.register_lock import RegisterInUseError, acquire
    from desktop.single_instance import ShowRequests, ask_first_to_show, come_forward

    try:
        # One program per register: a second window would save into a file that a
        # restore in the first one may replace. The lock lives until this process ends.
        register_lock = acquire(path)
    except RegisterInUseError as exc:
        # Started again on an open register: the open window comes forward instead.
        if ask_first_to_show(path):
            log.info("the program already open on this register came forward")
            return 0
        QMessageBox.information(None, "Sổ Hội", error_text(exc))
        return 1
    show_requests = ShowRequests(path, app)
    show_requests.show_requested.connect(come_forward)
    show_requests.listen()
    opened = open_register(path)
    if opened is None:
        register_lock.release()
        return 1
    database, site = opened
    # Tasks run in the GUI thread's context, where the audit trail's actor is set.
    tasks = TaskRunner()
    if site is None:
        from desktop.setup_wizard import run_first_setup

        try:
            chosen = run_first_setup(database, tasks)
        except UserError as exc:
            QMessageBox.critical(None, "Sổ Hội", error_text(exc))
            return 1
        if chosen is None:
            return 0
        if chosen[0].is_server:
            # « Kết nối máy chủ »: this PC works on the office's server, not on a file.
            database.close()
            show_requests.close()
            register_lock.release()
            return run_on_server(app, chosen[0].label, opened=chosen)
        database, site = chosen
    user = log_in_if_needed(database, site, tasks)
    if user is None:  # the login dialog was closed: quit without showing anything
        tasks.wait()
        database.close()
        return 0
    start_session(user)
    window = open_main_window(database, site, tasks, user)
    is_demo = database.path.resolve() == paths.demo_database().resolve()
    if is_demo:
        window.setWindowTitle(window.windowTitle() + QCoreApplication.translate(
            "app", " — XÃ MẪU (dữ liệu không có thật)"))
    sys.excepthook = lambda kind, exc, tb: show_bug(exc, "".join(
        traceback.format_exception(kind, exc, tb)))
    # The demo's invented data never goes into the register's backups folder.
    window.backup_on_close = not is_demo
    window.show()
    if not is_demo:
        start_daily_backup(database, tasks)
    code = app.exec()
    show_requests.close()
    tasks.wait()
    database.close()
    register_lock.release()
    return code


def smoke_test() -> int:
    """Open a temporary demo register, build the main window offscreen, and check it.

    Used on frozen builds: it exercises the migrations, the catalog, the fonts folder and
    Qt's plugins the way a real start does, and exits 0 only if members are listed.
    """
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from db.demo.generator import build_demo

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sohoi-smoke-") as folder:
        database = open_database(Path(folder) / "smoke.sqlite")
        build_demo(database, members=300, seed=1)
        app = create_application(["sohoi"])
        with database.reading() as session:
            site = find_site(session)
        assert site is not None
        tasks = TaskRunner(synchronous=True)
        window = open_main_window(database, site, tasks)
        window.show()
        page = window.show_page("members")
        app.processEvents()
        rows = page.model.rowCount()  # type: ignore[attr-defined]
        window.close()
        database.close()
    ok = rows > 0 and resource_path("catalogs", "topics.json").exists()
    print(f"smoke test {'ok' if ok else 'FAILED'}: {rows} rows listed, "
          f"{time.perf_counter() - started:.1f} s")
    return 0 if ok else 1
