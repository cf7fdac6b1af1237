"""What every verb of the command line shares: the ``--db`` option, opening, locking."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import paths

Handler = Callable[[argparse.Namespace], int]
"""A verb's function: takes the parsed arguments, returns the process exit code."""

_CATALOGUE: list[Any] = []
"""The English catalogue when the command line speaks English; empty for Vietnamese."""

_HELD_LOCKS: list[Any] = []
"""Register locks taken by this run; the operating system frees them when it ends."""


def register_path(args: argparse.Namespace) -> Path:
    """Return the register file a verb works on: ``--db`` or the one in the user's data folder.

    Raises:
        ServerRegisterError: ``--db`` names a server, and the verb works on a file.
    """
    target = register_target(args)
    if isinstance(target, str):
        from db.engine import SERVER_BACKUP_ADVICE, ServerRegisterError

        raise ServerRegisterError(SERVER_BACKUP_ADVICE)
    return target


def register_target(args: argparse.Namespace) -> Path | str:
    """Return the register a verb works on: a file's path, or a server's URL."""
    from db.dialects import is_server_url

    given = getattr(args, "db", None)
    if given and is_server_url(given):
        return str(given)
    return Path(given) if given else paths.default_database()


def hold_register(path: Path) -> None:
    """Take the register's lock for the rest of this run, or refuse with who holds it.

    Raises:
        RegisterInUseError: a Sổ Hội window (or another command) has it open.
    """
    from db.register_lock import acquire

    if any(lock.db_path == path and lock.held for lock in _HELD_LOCKS):
        return
    _HELD_LOCKS.append(acquire(path))


def open_register(args: argparse.Namespace, *, writes: bool = True) -> Any:
    """Open (and migrate) the register a verb works on.

    A verb that writes first takes the register's lock (one program at a time); verbs
    that only read (listings, prints, exports) may run beside an open window, unless
    opening would upgrade or create the file. The default register gets its safety copy
    before a migration in the usual backup folder; a register named with ``--db`` is the
    caller's business (tests, scripts).
    """
    from db.engine import head_revision, open_database, stored_revision

    target = register_target(args)
    if isinstance(target, str):
        # A server keeps its programs apart itself: no lock file, no safety copy here.
        database = open_database(target)
        if writes:
            try:
                log_in_on_server(database)
            except BaseException:
                database.close()
                raise
        return database
    path = target
    if writes or not path.exists() or stored_revision(path) != head_revision():
        hold_register(path)
    return open_database(path, backup_dir=None if getattr(args, "db", None)
                         else paths.backup_dir())


def log_in_on_server(database: Any, *, ask: Callable[[str], str] | None = None) -> None:
    """Make a command that changes a server's register log in as a person first.

    On a server several staff share one register, so what each command changes is
    recorded under her own account. The user name comes from ``SOHOI_USER`` or is
    asked; the password from the file named by ``SOHOI_PASSWORD_FILE`` (scripts) or
    asked without echo, never from the command line or the environment itself.

    Raises:
        UserError: the register has no accounts yet, or the login was refused.
    """
    import datetime as dt
    import getpass
    import os

    from db.accounts import Role, check_server_accounts, log_in
    from db.audit import set_actor
    from db.errors import UserError

    with database.reading() as session:
        check_server_accounts(session)
    username = os.environ.get("SOHOI_USER") or (ask or input)(
        translate("CliCommon", "Tên đăng nhập: "))
    password_file = os.environ.get("SOHOI_PASSWORD_FILE")
    if password_file:
        try:
            password = Path(password_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UserError(translate(
                "CliCommon", "Không đọc được tệp mật khẩu {path}.").format(path=password_file)
            ) from exc
    else:
        password = (ask or getpass.getpass)(translate("CliCommon", "Mật khẩu: "))
    account = log_in(database, username.strip(), password, dt.datetime.now())
    if account.role in (Role.VIEWER, Role.BRANCH):
        # The command line has no branch scope: a chi hội account records in the window.
        raise UserError(translate(
            "CliCommon", "Tài khoản {username} ({role}) không được thay đổi dữ liệu bằng dòng "
            "lệnh. Không có gì bị thay đổi."
        ).format(username=account.username, role=translate("CliCommon", account.role_label)))
    set_actor(account.actor)


def read_register(args: argparse.Namespace) -> Any:
    """Open the register for a verb that only reads (see :func:`open_register`)."""
    return open_register(args, writes=False)


def common_options() -> argparse.ArgumentParser:
    """Return the parent parser that gives each verb its ``--db`` option."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        help=translate("CliCommon", "tệp dữ liệu hoặc địa chỉ máy chủ postgresql://… "
                       "(mặc định: tệp trong thư mục dữ liệu người dùng)"),
    )
    return common


def use_language(language: str | None = None) -> str:
    """Choose the language of the command line's help and messages; return it.

    ``SOHOI_LANG``, else the language saved in Cài đặt, else Vietnamese, as for the
    window. The texts come from the same Qt catalogue as the window's, read directly
    rather than through an application object: creating a QCoreApplication here would
    stop the verbs that open a window (``screenshot``, ``--smoke-test``) from creating
    theirs.
    """
    from desktop.translations import (
        CatalogueTranslator,
        chosen_language,
        compiled_catalogue,
        configure_settings,
    )

    configure_settings()
    language = language or chosen_language()
    _CATALOGUE.clear()
    if language == "vi":
        return language
    compiled = compiled_catalogue(language)
    translator = CatalogueTranslator()
    if compiled is None or not translator.load_file(compiled):
        return "vi"
    _CATALOGUE.append(translator)
    return language


def translate(context: str, text: str) -> str:
    """Return ``text`` (Vietnamese, as written in the code) in the command line's language.

    Each module of ``desktop.cli`` passes its own context (``CliMembers``…); lupdate reads
    these calls into ``sohoi_en.ts`` like the window's ``tr()``.
    """
    for translator in _CATALOGUE:
        found = translator.translate(context, text)
        if found:
            return str(found)
    return text
