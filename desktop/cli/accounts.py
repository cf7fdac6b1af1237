"""``sohoi accounts list|add|reset-password``: accounts from a terminal.

The one situation the window cannot solve is the office whose only quản trị forgot her
password: nobody can log in to reset it. Whoever can open a terminal on the PC (and so
could copy the register file anyway) resets it here. The same verbs let a technician
set up accounts for an office by phone.

Passwords are asked twice without echo (``getpass``), or read from standard input with
``--password-stdin`` for scripts; they never appear on the command line, where other
users of the PC could read them in the process list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from db.accounts import (
    AccountDraft,
    AccountInfo,
    InvalidAccountError,
    Role,
    accounts_enabled,
    create_account,
    find_account,
    find_branches,
    list_accounts,
    reset_password,
)
from db.engine import Database
from db.errors import UserError
from desktop import paths
from desktop.cli.common import translate
from desktop.error_text import error_text

VERBS = ("list", "add", "reset-password")

PasswordReader = Callable[[str], str]


def add_accounts_parser(subparsers: Any, common: argparse.ArgumentParser | None = None) -> None:
    """Add the ``accounts`` verb and its sub-verbs to the command line.

    Args:
        subparsers: the object returned by ``ArgumentParser.add_subparsers``.
        common: the parent parser with the shared options (``--db``); when None, each
            sub-verb gets its own ``--db``.
    """
    parents = [common] if common is not None else []
    accounts = subparsers.add_parser(
        "accounts", help=translate("CliAccounts", "tài khoản đăng nhập")
    )
    verbs = accounts.add_subparsers(
        dest="accounts_verb", metavar=translate("CliAccounts", "LỆNH"), required=True
    )
    listing = verbs.add_parser(
        "list", parents=parents, help=translate("CliAccounts", "liệt kê tài khoản")
    )
    adding = verbs.add_parser(
        "add", parents=parents, help=translate("CliAccounts", "thêm tài khoản")
    )
    adding.add_argument(
        "username", help=translate("CliAccounts", "tên đăng nhập (chữ không dấu, ví dụ lan.nguyen)")
    )
    adding.add_argument(
        "--role",
        required=True,
        choices=[str(role) for role in Role],
        help=translate(
            "CliAccounts", "admin: quản trị, entry: nhập liệu, branch: chi hội, viewer: chỉ xem"
        ),
    )
    adding.add_argument(
        "--name", required=True, help=translate("CliAccounts", "họ và tên người dùng")
    )
    adding.add_argument(
        "--branch",
        action="append",
        default=[],
        metavar=translate("CliAccounts", "CHI_HỘI"),
        help=translate(
            "CliAccounts",
            "chi hội của tài khoản chi hội (nhắc lại cho nhiều chi hội), "
            'ví dụ --branch "Chi hội Thôn 1"',
        ),
    )
    adding.add_argument(
        "--sensitive",
        action="store_true",
        help=translate("CliAccounts", "cho tài khoản chi hội xem dân tộc, tôn giáo"),
    )
    listing.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=translate("CliAccounts", "text: bảng để đọc; json: cho chương trình khác đọc"),
    )
    resetting = verbs.add_parser(
        "reset-password",
        parents=parents,
        help=translate(
            "CliAccounts", "đặt mật khẩu mới (khi quên mật khẩu, kể cả người quản trị duy nhất)"
        ),
    )
    resetting.add_argument("username", help=translate("CliAccounts", "tên đăng nhập"))
    for verb in (adding, resetting):
        verb.add_argument(
            "--password-stdin",
            action="store_true",
            help=translate("CliAccounts", "đọc mật khẩu từ đầu vào chuẩn (một dòng) thay vì hỏi"),
        )
    for verb in (listing, adding, resetting):
        if common is None:
            verb.add_argument(
                "--db",
                help=translate("CliAccounts", "tệp dữ liệu (mặc định: trong thư mục dữ liệu)"),
            )
        verb.set_defaults(handler=handle_accounts)


def handle_accounts(args: argparse.Namespace) -> int:
    """Open the register named by ``--db`` (or the default one) and run the verb."""
    from db.engine import open_database
    from desktop.cli.common import register_target

    target = register_target(args)
    database = open_database(target, backup_dir=None if getattr(args, "db", None)
                             else paths.backup_dir())
    try:
        return run_accounts(database, args.accounts_verb, args)
    finally:
        database.close()


def run_accounts(
    database: Database,
    verb: str,
    args: argparse.Namespace,
    *,
    read_password: PasswordReader = getpass.getpass,
    stdin: TextIO | None = None,
) -> int:
    """Run one ``accounts`` verb; return 0 when done, 1 when refused.

    Args:
        database: the open register.
        verb: ``list``, ``add`` or ``reset-password``.
        args: the parsed arguments (``username``, ``role``, ``name``, ``password_stdin``).
        read_password: asks for a password without echo (tests pass their own).
        stdin: where ``--password-stdin`` reads from (default ``sys.stdin``).
    """
    try:
        if verb == "list":
            return _list(database, getattr(args, "format", "text"))
        if verb == "add":
            names = list(getattr(args, "branch", None) or [])
            if names and args.role != Role.BRANCH:
                raise UserError(
                    translate(
                        "CliAccounts", "Chỉ tài khoản chi hội (--role branch) mới gắn với chi hội."
                    )
                )
            with database.reading() as session:
                branch_ids = tuple(find_branches(session, names))
            password, again = read_new_password(args, read_password, stdin or sys.stdin)
            draft = AccountDraft(args.username, args.name, args.role, password, again,
                                 branch_ids=branch_ids,
                                 sees_sensitive=bool(getattr(args, "sensitive", False)))
            with database.transaction() as session:
                account = create_account(session, draft)
                enabled = accounts_enabled(session)
            print(
                translate(
                    "CliAccounts", "Đã thêm tài khoản {username} ({display_name}, {role_label})."
                ).format(
                    username=account.username,
                    display_name=account.display_name,
                    role_label=translate("CliAccounts", account.role_label),
                )
            )
            if account.branch_names:
                print(translate("CliAccounts", "Chi hội: ") + ", ".join(account.branch_names))
            if not enabled:
                print(
                    translate(
                        "CliAccounts",
                        "Lưu ý: tài khoản đăng nhập đang tắt; người quản trị bật trong Cài đặt.",
                    )
                )
            return 0
        if verb == "reset-password":
            with database.reading() as session:
                found = find_account(session, args.username)
            if found is None:
                raise UserError(
                    translate(
                        "CliAccounts",
                        "Không có tài khoản tên “{username}”. Xem danh sách: sohoi accounts list",
                    ).format(username=args.username)
                )
            password, again = read_new_password(args, read_password, stdin or sys.stdin)
            with database.transaction() as session:
                reset_password(session, found.id, password, again)
            print(
                translate(
                    "CliAccounts",
                    "Đã đặt mật khẩu mới cho {username} ({display_name}); tài khoản "
                    "không còn bị tạm khóa.",
                ).format(username=found.username, display_name=found.display_name)
            )
            if not found.active:
                print(
                    translate(
                        "CliAccounts",
                        "Lưu ý: tài khoản này đang ngừng hoạt động; người quản trị bật lại "
                        "trong Cài đặt.",
                    )
                )
            return 0
    except InvalidAccountError as exc:
        for message in exc.errors.values():
            print(
                translate("CliAccounts", "Lỗi: {message}").format(message=message), file=sys.stderr
            )
        return 1
    except UserError as exc:
        print(
            translate("CliAccounts", "Lỗi: {message}").format(message=error_text(exc, translate)),
            file=sys.stderr,
        )
        return 1
    print(
        translate("CliAccounts", "Lỗi: không có lệnh '{verb}'. Dùng: {items}.").format(
            verb=verb, items=", ".join(VERBS)
        ),
        file=sys.stderr,
    )
    return 2


def _list(database: Database, form: str = "text") -> int:
    with database.reading() as session:
        enabled = accounts_enabled(session)
        accounts = list_accounts(session)
    if form == "json":
        print(json.dumps({
            "enabled": enabled,
            "accounts": [{
                "username": account.username,
                "display_name": account.display_name,
                "role": account.role,
                "active": account.active,
                "branches": [{"id": i, "name": n}
                             for i, n in zip(account.branch_ids, account.branch_names,
                                             strict=True)],
                "sees_sensitive": account.role == Role.BRANCH and account.sees_sensitive,
            } for account in accounts],
        }, ensure_ascii=False, indent=2))
        return 0
    print(
        translate("CliAccounts", "Tài khoản đăng nhập: ")
        + (
            translate("CliAccounts", "đang bật")
            if enabled
            else translate("CliAccounts", "đang tắt (không hỏi đăng nhập khi mở Sổ Hội)")
        )
    )
    if not accounts:
        print(translate("CliAccounts", "Chưa có tài khoản nào."))
        return 0
    print(
        translate("CliAccounts", "{header:<20} {header2:<10} {header3:<28} Họ và tên").format(
            header=translate("CliAccounts", "Tên đăng nhập"),
            header2=translate("CliAccounts", "Vai trò"),
            header3=translate("CliAccounts", "Trạng thái"),
        )
    )
    for account in accounts:
        print(f"{account.username:<20} {translate('CliAccounts', account.role_label):<10} "
              f"{_state(account):<28} {account.display_name}")
        if account.branch_names:
            print(
                translate("CliAccounts", "{header:<20} chi hội: {items}").format(
                    header="", items=", ".join(account.branch_names)
                )
            )
    return 0


def _state(account: AccountInfo) -> str:
    if not account.active:
        return translate("CliAccounts", "ngừng hoạt động")
    if account.is_locked(dt.datetime.now()) and account.locked_until is not None:
        return translate("CliAccounts", "tạm khóa đến {locked_until:%H:%M %d/%m/%Y}").format(
            locked_until=account.locked_until
        )
    return translate("CliAccounts", "đang hoạt động")


def read_new_password(args: argparse.Namespace, read_password: PasswordReader,
               stdin: TextIO) -> tuple[str, str]:
    """Return the new password and its repetition, asked or read from stdin."""
    if getattr(args, "password_stdin", False):
        line = stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password.removesuffix("\r")
        return password, password
    first = read_password(translate("CliAccounts", "Mật khẩu mới (ít nhất 8 ký tự): "))
    second = read_password(translate("CliAccounts", "Nhập lại mật khẩu mới: "))
    return first, second


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``accounts`` (the registry's entry point for this verb)."""
    add_accounts_parser(verbs, common)
