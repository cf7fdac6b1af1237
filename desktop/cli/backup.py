"""``sohoi backup create|list|verify|restore``: safety copies from a terminal.

A technician helping a commune office by phone, or a scheduled task, needs the same
copies the settings page makes, without a window. The register is never opened through
:func:`db.engine.open_database` here: a backup must not upgrade the file it copies, and
a restore must find the file closed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any, TextIO

from db.backup import (
    BackupInfo,
    backup_to_folder,
    check_target_folder,
    create_backup,
    list_backups,
    lost_passphrase_warning,
    restore_backup,
    verify_backup,
)
from db.backup_crypto import is_encrypted_backup
from db.errors import UserError
from desktop import paths
from desktop.cli.common import translate
from desktop.error_text import error_text
from desktop.formatting import date_time, megabytes

VERBS = ("create", "list", "verify", "restore", "passphrase")
_YES = {"c", "co", "có", "y", "yes"}


def when(value: dt.datetime) -> str:
    """Write a moment as dd/mm/yyyy HH:MM."""
    return date_time(value)


def default_backup_folder(database_path: Path) -> Path:
    """Return where copies of ``database_path`` go when no folder is named.

    The register in the user's data folder uses the application's backups folder; any
    other file (``--db``) keeps its copies in a ``backups`` folder beside it, as
    :func:`db.engine.open_database` does, so a test or a second register never mixes
    its copies with the real ones.
    """
    if database_path.resolve() == paths.default_database().resolve():
        return paths.backup_dir()
    return database_path.parent / "backups"


def _describe(info: BackupInfo) -> str:
    size = megabytes(info.size_bytes)
    kind = translate("CliBackup", info.kind_label)
    return f"{kind:<24} {when(info.taken_at)}  {size:>9}  {info.path}"


def run_backup(
    database_path: Path,
    verb: str,
    args: argparse.Namespace,
    *,
    backup_folder: Path | None = None,
    now: dt.datetime | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run one ``backup`` verb and return the exit code (0 done, 1 refused or failed).

    Args:
        database_path: the register file (not opened, not upgraded).
        verb: ``create``, ``list``, ``verify`` or ``restore``.
        args: the parsed arguments; read are ``to`` (create: a folder, e.g. a USB
            stick), ``path`` (verify, restore: the copy) and ``yes`` (restore without
            asking). Missing attributes mean "not given".
        backup_folder: the copies folder (default: :func:`default_backup_folder`).
        now: the moment written into new copies' names (default: now, local time).
        stdin: where the confirmation is read from (default: ``sys.stdin``); a restore
            asks only on a terminal and is refused elsewhere unless ``--yes``.

    Problems the person can act on are printed to stderr as "Lỗi: …".
    """
    database_path = Path(database_path)
    folder = backup_folder if backup_folder is not None else default_backup_folder(database_path)
    moment = now or dt.datetime.now().replace(microsecond=0)
    try:
        if verb == "create":
            target = getattr(args, "to", None)
            if target:
                check_target_folder(Path(target))
                passphrase = read_passphrase(args, stdin or sys.stdin)
                info = backup_to_folder(database_path, Path(target), moment, passphrase)
                print(
                    translate(
                        "CliBackup",
                        "Đã sao lưu (mã hóa) vào {path} ({size_bytes}). Chỉ mở được bằng "
                        "cụm mật khẩu sao lưu.",
                    ).format(path=info.path, size_bytes=megabytes(info.size_bytes))
                )
                return 0
            info = create_backup(database_path, folder, "manual", moment)
            result = verify_backup(info.path)
            print(
                translate("CliBackup", "Đã sao lưu vào {path} ({size_bytes}). {message}").format(
                    path=info.path, size_bytes=megabytes(info.size_bytes),
                    message=error_text(result.message, translate),
                )
            )
            return 0
        if verb == "passphrase":
            return _set_passphrase(database_path, args, stdin or sys.stdin)
        if verb == "list":
            backups = list_backups(folder)
            if not backups:
                print(
                    translate("CliBackup", "Chưa có bản sao lưu nào trong {folder}.").format(
                        folder=folder
                    )
                )
                return 0
            print(
                translate("CliBackup", "{header:<24} {header2:<16}  {header3:>9}  Tệp").format(
                    header=translate("CliBackup", "Loại"),
                    header2=translate("CliBackup", "Thời điểm"),
                    header3=translate("CliBackup", "Dung lượng"),
                )
            )
            for info in backups:
                print(_describe(info))
            return 0
        if verb == "verify":
            source = Path(_required_path(args))
            passphrase = (read_passphrase(args, stdin or sys.stdin)
                          if is_encrypted_backup(source) else None)
            result = verify_backup(source, passphrase)
            print(error_text(result.message, translate),
                  file=sys.stdout if result.ok else sys.stderr)
            return 0 if result.ok else 1
        if verb == "restore":
            return _restore(database_path, folder, Path(_required_path(args)), args, moment,
                            stdin or sys.stdin)
    except UserError as exc:
        print(translate("CliBackup", "Lỗi: {message}").format(message=error_text(exc, translate)),
              file=sys.stderr)
        return 1
    print(
        translate("CliBackup", "Lỗi: không có lệnh sao lưu '{verb}'. Dùng: {items}.").format(
            verb=verb, items=", ".join(VERBS)
        ),
        file=sys.stderr,
    )
    return 2


def read_passphrase(args: argparse.Namespace, stdin: TextIO, *, prompt: str = "") -> str:
    """Return the passphrase from ``--passphrase-file`` or, on a terminal, typed unseen.

    Raises:
        UserError: neither a file nor a terminal to ask on.
    """
    file_name = getattr(args, "passphrase_file", None)
    if file_name:
        try:
            text = Path(file_name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                translate("CliBackup", "Không đọc được tệp cụm mật khẩu {file_name}.").format(
                    file_name=file_name
                )
            ) from exc
        return text.splitlines()[0] if text.splitlines() else ""
    if not stdin.isatty():
        raise UserError(
            translate(
                "CliBackup",
                "Cần cụm mật khẩu sao lưu: chạy lệnh trong cửa sổ dòng lệnh để nhập, "
                "hoặc thêm --passphrase-file TỆP.",
            )
        )
    import getpass

    return getpass.getpass(prompt or translate("CliBackup", "Cụm mật khẩu sao lưu: "))


def _set_passphrase(database_path: Path, args: argparse.Namespace, stdin: TextIO) -> int:
    import datetime as dt

    from db.backup_crypto import set_backup_passphrase
    from db.engine import open_database
    from db.site import get_site
    from desktop.cli.common import hold_register
    from desktop.documents.pdf_common import vietnamese_date_line
    from desktop.documents.recovery_sheet import render_recovery_sheet

    print(translate("CliBackup", lost_passphrase_warning()))
    passphrase = read_passphrase(args, stdin)
    repeated = (
        passphrase
        if getattr(args, "passphrase_file", None)
        else read_passphrase(args, stdin, prompt=translate("CliBackup", "Nhập lại cụm mật khẩu: "))
    )
    hold_register(database_path)
    database = open_database(database_path)
    try:
        with database.transaction() as session:
            set_backup_passphrase(session, passphrase, repeated)
            site = get_site(session)
        print(translate("CliBackup", "Đã đặt cụm mật khẩu sao lưu."))
        sheet = getattr(args, "sheet", None)
        if sheet:
            issuer = [name.upper() for name in (site.parent_name, site.union_name) if name]
            render_recovery_sheet(issuer, vietnamese_date_line("", dt.date.today()),
                                  lost_passphrase_warning(), Path(sheet))
            print(
                translate(
                    "CliBackup", "Đã ghi phiếu ghi nhớ {sheet}; hãy in và cất ở nơi an toàn."
                ).format(sheet=sheet)
            )
    finally:
        database.close()
    return 0


def _required_path(args: argparse.Namespace) -> str:
    value = getattr(args, "path", None)
    if not value:
        raise UserError(
            translate("CliBackup", "Hãy cho biết tệp sao lưu (đường dẫn đến tệp .sqlite).")
        )
    return str(value)


def _restore(database_path: Path, folder: Path, source: Path, args: argparse.Namespace,
             moment: dt.datetime, stdin: TextIO) -> int:
    from desktop.cli.common import hold_register

    # A restore replaces the file: never while a window (or another command) has it open.
    hold_register(database_path)
    passphrase = read_passphrase(args, stdin) if is_encrypted_backup(source) else None
    result = verify_backup(source, passphrase)
    if not result.ok:
        print(
            translate("CliBackup", "Lỗi: {message} Dữ liệu hiện tại không bị thay đổi.").format(
                message=error_text(result.message, translate)
            ),
            file=sys.stderr,
        )
        return 1
    if not getattr(args, "yes", False):
        if not stdin.isatty():
            print(
                translate(
                    "CliBackup",
                    "Lỗi: khôi phục sẽ thay toàn bộ dữ liệu hiện tại; hãy chạy lệnh trong cửa "
                    "sổ dòng lệnh để xác nhận, hoặc thêm --yes.",
                ),
                file=sys.stderr,
            )
            return 1
        print(
            translate("CliBackup", "Sẽ khôi phục từ {name} ({message})").format(
                name=source.name, message=error_text(result.message, translate)
            )
        )
        print(
            translate(
                "CliBackup",
                "Dữ liệu hiện tại trong {database_path} được lưu trước thành một "
                'bản "trước khi khôi phục". Hãy đóng cửa sổ Sổ Hội trước khi '
                "tiếp tục.",
            ).format(database_path=database_path)
        )
        print(
            translate("CliBackup", "Khôi phục? Gõ c rồi Enter để đồng ý, Enter để thôi: "),
            end="",
            flush=True,
        )
        answer = stdin.readline().strip().lower()
        if answer not in _YES:
            print(translate("CliBackup", "Đã thôi; không có gì thay đổi."))
            return 1
    saved = restore_backup(source, database_path, folder, moment, passphrase)
    print(translate("CliBackup", "Đã khôi phục dữ liệu từ {name}.").format(name=source.name))
    if saved is not None:
        print(
            translate("CliBackup", "Dữ liệu trước khi khôi phục được lưu ở {path}.").format(
                path=saved.path
            )
        )
    return 0


def run_server_backup(url: str, verb: str, args: argparse.Namespace, *,
                      backup_folder: Path | None = None, now: dt.datetime | None = None) -> int:
    """Run one ``backup`` verb on a register kept on a server (``pg_dump`` copies).

    ``create`` writes a ``pg_dump -Fc`` copy into ``--to`` or the backups folder,
    ``list`` shows those copies, ``verify`` reads one's table of contents; a restore is
    the server administrator's (``pg_restore`` into a new database) and is refused with
    how to do it.
    """
    from db.engine import SERVER_BACKUP_ADVICE
    from db.server_backup import dump_server, list_dumps, verify_dump

    target = getattr(args, "to", None)
    folder = Path(target) if target else (backup_folder or paths.backup_dir())
    moment = now or dt.datetime.now().replace(microsecond=0)
    try:
        if verb == "create":
            copy = dump_server(url, folder, moment)
            print(translate(
                "CliBackup", "Đã sao lưu máy chủ vào {path} ({size}, {tables} bảng; đã kiểm "
                "tra bằng pg_restore --list)."
            ).format(path=copy.path, size=megabytes(copy.size_bytes), tables=copy.tables))
            return 0
        if verb == "list":
            dumps = list_dumps(folder)
            if not dumps:
                print(translate("CliBackup", "Chưa có bản sao lưu máy chủ nào trong {folder}.")
                      .format(folder=folder))
            for path in dumps:
                print(f"{megabytes(path.stat().st_size):>9}  {path}")
            return 0
        if verb == "verify":
            copy = verify_dump(Path(_required_path(args)))
            print(translate("CliBackup", "Bản sao lưu máy chủ đọc được: {tables} bảng ({size}).")
                  .format(tables=copy.tables, size=megabytes(copy.size_bytes)))
            return 0
        raise UserError(SERVER_BACKUP_ADVICE)
    except UserError as exc:
        print(translate("CliBackup", "Lỗi: {message}").format(
            message=error_text(exc, translate)), file=sys.stderr)
        return 1


def _cmd_backup(args: argparse.Namespace) -> int:
    from db.server_backup import DUMP_SUFFIX
    from desktop.cli.common import register_path, register_target

    target = register_target(args)
    if isinstance(target, str):
        return run_server_backup(target, args.backup_verb, args)
    if args.backup_verb == "verify" and str(getattr(args, "path", "")).endswith(DUMP_SUFFIX):
        # A server's copy checked on any PC, without naming the server.
        return run_server_backup("postgresql:///", "verify", args)
    # The file is not opened (nor migrated) here: a restore needs it closed.
    return run_backup(register_path(args), args.backup_verb, args)


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``backup create | list | verify | restore | passphrase``."""
    backup = verbs.add_parser("backup", help=translate("CliBackup", "sao lưu và khôi phục"))
    backup_verbs = backup.add_subparsers(
        dest="backup_verb", metavar=translate("CliBackup", "LỆNH"), required=True
    )
    create = backup_verbs.add_parser(
        "create", parents=[common], help=translate("CliBackup", "sao lưu ngay")
    )
    create.add_argument(
        "--to",
        help=translate(
            "CliBackup",
            "thư mục đích (ví dụ ổ USB; bản sao được mã hóa); mặc định: thư mục sao lưu",
        ),
    )
    create.add_argument(
        "--passphrase-file",
        help=translate("CliBackup", "tệp chứa cụm mật khẩu sao lưu (mặc định: hỏi khi cần)"),
    )
    create.set_defaults(handler=_cmd_backup)
    listing_backups = backup_verbs.add_parser(
        "list", parents=[common], help=translate("CliBackup", "các bản sao lưu")
    )
    listing_backups.set_defaults(handler=_cmd_backup)
    verify = backup_verbs.add_parser("verify", parents=[common],
                                     help=translate("CliBackup", "kiểm tra một bản sao lưu"))
    verify.add_argument("path")
    verify.add_argument("--passphrase-file",
                        help=translate("CliBackup", "tệp chứa cụm mật khẩu (bản sao lưu mã hóa)"))
    verify.set_defaults(handler=_cmd_backup)
    restore = backup_verbs.add_parser("restore", parents=[common],
                                      help=translate("CliBackup", "khôi phục từ một bản sao lưu"))
    restore.add_argument("path")
    restore.add_argument("--yes", action="store_true", help=translate("CliBackup", "không hỏi lại"))
    restore.add_argument(
        "--passphrase-file",
        help=translate("CliBackup", "tệp chứa cụm mật khẩu (bản sao lưu mã hóa); mặc định: hỏi"),
    )
    restore.set_defaults(handler=_cmd_backup)
    passphrase = backup_verbs.add_parser(
        "passphrase", parents=[common],
        help=translate("CliBackup", "đặt cụm mật khẩu sao lưu (một lần) và in phiếu ghi nhớ"),
    )
    passphrase.add_argument(
        "--passphrase-file",
        help=translate("CliBackup", "tệp chứa cụm mật khẩu (mặc định: hỏi hai lần)"),
    )
    passphrase.add_argument("--sheet", help=translate("CliBackup", "tệp PDF phiếu ghi nhớ sẽ ghi"))
    passphrase.set_defaults(handler=_cmd_backup)
