"""``sohoi server init|migrate``: setting up a province office's register on a server.

A province IT person creates an empty PostgreSQL database and its user with the
server's own tools (README, "Máy chủ cho văn phòng tỉnh"), then either starts a new
register there (``init``: schema, the first quản trị, the province's site and keys) or
moves the SQLite register the office already keeps (``migrate``). Passwords are asked
without echo or read from standard input, never taken from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any, TextIO

from db.errors import UserError
from desktop.cli.common import translate
from desktop.error_text import error_text


def _no_rights() -> str:
    return translate(
        "CliServer",
        "Tài khoản trên máy chủ không có quyền tạo bảng trong cơ sở dữ liệu này. Hãy tạo cơ sở "
        "dữ liệu với chủ sở hữu là tài khoản của Sổ Hội (createdb -O sohoi sohoi) hoặc nhờ "
        "người quản trị máy chủ cấp quyền. Không có gì bị thay đổi.",
    )


def _server_url(args: argparse.Namespace) -> str:
    from db.dialects import is_server_url

    given = getattr(args, "db", None)
    if not given or not is_server_url(given):
        raise UserError(translate(
            "CliServer", "Cần địa chỉ máy chủ: --db postgresql://người_dùng@máy_chủ/tên_csdl"))
    return str(given)


def open_server(url: str) -> Any:
    """Open (creating the schema of) the register on the server, in plain words on failure.

    Raises:
        UserError: the server is unreachable, refused the login, has no such database,
            or the login may not create tables.
    """
    from sqlalchemy.exc import DBAPIError

    from db.engine import open_server_database

    try:
        return open_server_database(url)
    except DBAPIError as exc:
        if "permission denied" in str(exc).lower():
            raise UserError(_no_rights()) from exc
        raise


def _ask(prompt: str, given: str | None, stdin: TextIO) -> str:
    if given:
        return given
    print(prompt, end="", flush=True)
    return stdin.readline().strip()


def _first_admin(args: argparse.Namespace, read_password: Any, stdin: TextIO) -> Any:
    """Return the first quản trị's draft: name asked or given, password asked or read."""
    from db.accounts import AccountDraft
    from desktop.cli.accounts import read_new_password

    username = _ask(translate("CliServer", "Tên đăng nhập của người quản trị: "), args.admin, stdin)
    name = _ask(translate("CliServer", "Họ và tên người quản trị: "), args.name, stdin)
    password, again = read_new_password(args, read_password, stdin)
    return AccountDraft(username, name, "admin", password, again)


def run_admin(args: argparse.Namespace, *, read_password: Any = getpass.getpass,
              stdin: TextIO | None = None) -> int:
    """Switch logins on for a server's register that has none, with its first quản trị.

    A register moved from a file whose office never used accounts arrives without any;
    on a server each person must log in, so the first quản trị is created here.
    """
    from db.accounts import InvalidAccountError, accounts_enabled, enable_accounts

    stdin = stdin or sys.stdin
    database = open_server(_server_url(args))
    try:
        with database.reading() as session:
            if accounts_enabled(session):
                raise UserError(translate(
                    "CliServer", "Sổ này đã có tài khoản đăng nhập; người quản trị thêm tài "
                    "khoản bằng sohoi accounts add hoặc trong Cài đặt."))
        draft = _first_admin(args, read_password, stdin)
        try:
            with database.transaction() as session:
                admin = enable_accounts(session, draft)
        except InvalidAccountError as exc:
            for message in exc.errors.values():
                print(translate("CliServer", "Lỗi: {message}").format(
                    message=error_text(message, translate)), file=sys.stderr)
            return 1
        print(translate(
            "CliServer", "Đã bật tài khoản đăng nhập; người quản trị: {username} ({name})."
        ).format(username=admin.username, name=admin.display_name))
        return 0
    finally:
        database.close()


def run_init(args: argparse.Namespace, *, read_password: Any = getpass.getpass,
             stdin: TextIO | None = None) -> int:
    """Create the register on an empty server database: schema, first quản trị, site."""
    from db.accounts import InvalidAccountError, enable_accounts
    from db.site import find_site, init_site

    stdin = stdin or sys.stdin
    database = open_server(_server_url(args))
    try:
        with database.reading() as session:
            existing = find_site(session)
        if existing is not None:
            raise UserError(translate(
                "CliServer", "Cơ sở dữ liệu {place} đã là sổ của {union}; không thiết lập "
                "lại. Dùng một cơ sở dữ liệu trống. Không có gì bị thay đổi."
            ).format(place=database.label, union=existing.union_name))
        draft = _first_admin(args, read_password, stdin)
        try:
            with database.transaction() as session:
                site = init_site(session, args.unit, upper=True)
                admin = enable_accounts(session, draft)
        except InvalidAccountError as exc:
            for message in exc.errors.values():
                print(translate("CliServer", "Lỗi: {message}").format(
                    message=error_text(message, translate)), file=sys.stderr)
            return 1
        print(translate("CliServer", "Đã thiết lập {union} (mã {code}) trên máy chủ {place}.")
              .format(union=site.union_name, code=site.unit_code, place=database.label))
        print(translate(
            "CliServer", "Người quản trị: {username} ({name}). Mỗi người dùng cần một tài "
            "khoản riêng: sohoi accounts add … --db <địa chỉ>."
        ).format(username=admin.username, name=admin.display_name))
        return 0
    finally:
        database.close()


def run_migrate(args: argparse.Namespace) -> int:
    """Move a province's register file to an empty server database, checked."""
    from db.server_move import move_register
    from desktop.formatting import number

    source = Path(args.source)
    database = open_server(_server_url(args))
    try:
        def told(table: str, rows: int) -> None:
            print(translate("CliServer", "  {table}: {rows} dòng").format(
                table=table, rows=number(rows)), flush=True)

        print(translate("CliServer", "Đang chuyển {source} lên {place}…").format(
            source=source, place=database.label))
        report = move_register(source, database, progress=told)
    finally:
        database.close()
    print(translate(
        "CliServer", "Đã chuyển và kiểm tra {rows} dòng của {tables} bảng (số dòng và mã băm "
        "từng bảng khớp, {seconds} giây). Từ nay mở sổ bằng --db {url}; tệp cũ không bị thay "
        "đổi, hãy cất làm bản lưu."
    ).format(rows=number(report.rows), tables=len(report.counts),
             seconds=f"{report.seconds:.1f}", url=args.db))
    if not report.accounts_enabled:
        print(translate(
            "CliServer", "Sổ chưa có tài khoản đăng nhập; trên máy chủ mỗi người phải đăng "
            "nhập. Hãy tạo người quản trị đầu tiên: sohoi server admin --db {url}"
        ).format(url=args.db))
    return 0


def _cmd_server(args: argparse.Namespace) -> int:
    if args.server_verb == "init":
        return run_init(args)
    if args.server_verb == "admin":
        return run_admin(args)
    return run_migrate(args)


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``server init`` and ``server migrate``."""
    server = verbs.add_parser(
        "server", help=translate("CliServer", "sổ trên máy chủ PostgreSQL (văn phòng tỉnh)"))
    server_verbs = server.add_subparsers(
        dest="server_verb", metavar=translate("CliServer", "LỆNH"), required=True)
    init = server_verbs.add_parser(
        "init", parents=[common],
        help=translate("CliServer", "tạo sổ mới trên cơ sở dữ liệu trống: lược đồ, người "
                       "quản trị đầu tiên, khóa"))
    init.add_argument("--unit", required=True, help=translate("CliServer", "mã tỉnh, thành phố"))
    admin = server_verbs.add_parser(
        "admin", parents=[common],
        help=translate("CliServer", "bật tài khoản đăng nhập với người quản trị đầu tiên (sổ "
                       "chuyển từ tệp chưa có)"))
    for verb in (init, admin):
        verb.add_argument("--admin", help=translate(
            "CliServer", "tên đăng nhập của người quản trị (hỏi nếu không có)"))
        verb.add_argument("--name", help=translate(
            "CliServer", "họ và tên người quản trị (hỏi nếu không có)"))
        verb.add_argument("--password-stdin", action="store_true", help=translate(
            "CliServer", "đọc mật khẩu từ đầu vào chuẩn (một dòng) thay vì hỏi"))
    migrate = server_verbs.add_parser(
        "migrate", parents=[common],
        help=translate("CliServer", "chuyển sổ từ tệp SQLite lên cơ sở dữ liệu trống trên "
                       "máy chủ"))
    migrate.add_argument("--from", dest="source", required=True,
                         metavar=translate("CliServer", "TỆP"), help=translate(
                             "CliServer", "tệp dữ liệu của văn phòng (chỉ đọc, không bị thay "
                             "đổi)"))
    for verb in (init, admin, migrate):
        verb.set_defaults(handler=_cmd_server)
