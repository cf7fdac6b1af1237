"""``sohoi sync keys|enroll|export|import|status|forget-key``: sync from a terminal.

The same steps as the Đồng bộ page, for a technician, a batch at the upper level (all
the communes' files of a quarter at once) and the tests. A first package from a commune,
like the upper level's enrollment file at a commune, is applied only after its
fingerprint was confirmed: typed after ``--accept-key`` or answered on a terminal.
Before the first package of a run is applied, a backup is taken.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from db.errors import UserError
from desktop import paths
from desktop.formatting import date_time, number

if TYPE_CHECKING:
    from db.sync.importer import ImportPreview

_YES = {"c", "co", "có", "y", "yes"}

Opener = Callable[[argparse.Namespace], Any]


def _when(value: dt.datetime | None) -> str:
    return "—" if value is None else date_time(value)


def _number(value: int) -> str:
    return number(value)


def _database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_database()


def _backup_folder(database_path: Path) -> Path:
    from desktop.cli.backup import default_backup_folder

    return default_backup_folder(database_path)


def _ask(question: str, stdin: TextIO) -> bool:
    print(f"{question} Gõ c rồi Enter để đồng ý, Enter để thôi: ", end="", flush=True)
    return stdin.readline().strip().lower() in _YES


def cmd_keys(args: argparse.Namespace, open_database: Opener) -> int:
    """Print this site's fingerprint and the keys it knows."""
    from db.sync.status import sync_status

    with open_database(args).transaction() as session:
        status = sync_status(session)
    print(f"{status.unit_name} (mã {status.unit_code})")
    print(f"Mã nhận diện của máy này: {status.fingerprint}")
    for peer in status.peers:
        print(f"  {peer.unit_name} (mã {peer.unit_code}): "
              f"{peer.fingerprint or 'chưa nhận gói nào, chưa có khóa'}")
    return 0


def cmd_enroll(args: argparse.Namespace, open_database: Opener) -> int:
    """Write a commune's enrollment file (upper level) or import one (commune)."""
    from db.sync.enrollment import (
        import_enrollment,
        read_enrollment,
        write_branch_enrollment,
        write_enrollment,
    )

    database = open_database(args)
    if args.commune and args.branch:
        raise UserError("Chỉ chọn một: --commune (ở cấp trên) hoặc --branch (ở xã).")
    if args.branch:
        if not args.out:
            raise UserError("Hãy cho biết nơi ghi tệp đăng ký: --out TỆP hoặc THƯ MỤC.")
        with database.transaction() as session:
            info = write_branch_enrollment(session, args.branch, Path(args.out))
        print(f"Đã ghi tệp đăng ký cho {info.commune_name} (mã {info.commune_code}): "
              f"{info.path}")
        print(f"Mã nhận diện của {info.upper_name}: {info.fingerprint}")
        print("Hãy đọc mã này cho chi hội để so với màn hình của máy chi hội khi nhập tệp.")
        return 0
    if args.commune:
        if not args.out:
            raise UserError("Hãy cho biết nơi ghi tệp đăng ký: --out TỆP hoặc THƯ MỤC.")
        with database.transaction() as session:
            info = write_enrollment(session, args.commune, Path(args.out))
        print(f"Đã ghi tệp đăng ký cho {info.commune_name}: {info.path}")
        print(f"Mã nhận diện của {info.upper_name}: {info.fingerprint}")
        print("Hãy đọc mã này cho xã để xã so với màn hình của mình khi nhập tệp.")
        return 0
    if not args.file:
        raise UserError("Hãy cho biết tệp đăng ký cần nhập, hoặc --commune MÃ để tạo tệp.")
    data = _read(Path(args.file))
    shown = read_enrollment(data)
    print(f"Tệp đăng ký của {shown.upper_name} (mã {shown.upper_code}) cho "
          f"{shown.commune_name}, tạo lúc {shown.created_at} UTC.")
    print(f"Mã nhận diện của cấp trên: {shown.fingerprint}")
    accept = _confirm_enrollment_key(shown.fingerprint, shown.upper_name, args, sys.stdin)
    with database.transaction() as session:
        info = import_enrollment(session, data, accept_key=accept,
                                 replace_key=args.replace_key)
    print(f"Đã đăng ký {info.commune_name} với {info.upper_name}.")
    return 0


def _confirm_enrollment_key(
    shown: str, upper_name: str, args: argparse.Namespace, stdin: TextIO
) -> bool:
    """Return whether the operator confirmed the upper level's fingerprint.

    Typed after ``--accept-key`` (compared ignoring spaces and case) or answered on a
    terminal; otherwise False, and the import refuses to pin a key (a file already
    enrolled with the same key needs no confirmation).
    """
    from db.sync.errors import KeyNotConfirmedError

    if args.accept_key:
        if _same_fingerprint(args.accept_key, shown):
            return True
        raise KeyNotConfirmedError(
            f"Mã nhận diện đã gõ không trùng với mã của tệp đăng ký ({shown}). "
            "Dữ liệu không thay đổi."
        )
    if stdin.isatty():
        return _ask(f"Mã {shown} có trùng với mã trên màn hình của {upper_name}?", stdin)
    return False


def cmd_export(args: argparse.Namespace, open_database: Opener) -> int:
    """Write this site's package(s) into a folder."""
    from db.site import get_site
    from db.sync.export import export_package, exportable_communes

    database = open_database(args)
    folder = Path(args.to)
    with database.reading() as session:
        site = get_site(session)
        if site.is_upper and args.all:
            recipients: list[str | None] = list(exportable_communes(session))
            if not recipients:
                raise UserError("Chưa có xã nào gửi gói lên, nên chưa gửi xuống được xã nào.")
        elif site.is_upper:
            if not args.commune:
                raise UserError("Hãy chọn xã nhận: --commune MÃ, hoặc --all cho mọi xã.")
            recipients = [args.commune]
        elif args.branch:
            from db.sync.enrollment import branch_code

            recipients = [branch_code(session, args.branch)]
        else:
            recipients = [None]
    for code in recipients:
        with database.transaction() as session:
            result = export_package(session, folder, code)
        size = f"{result.size_bytes / 1_048_576:.1f}".replace(".", ",")
        print(f"Đã ghi gói lần {result.generation} cho {result.recipient_name}: {result.path} "
              f"({_number(sum(result.counts.values()))} bản ghi, {size} MB, đã kiểm tra lại).")
    return 0


def _read(path: Path) -> bytes:
    from db.sync.files import read_package_file

    return read_package_file(path)


def print_preview(preview: ImportPreview, stream: TextIO | None = None) -> None:
    """Print the dry-run summary of a package."""
    stream = stream or sys.stdout
    print(f"Gói lần {preview.generation} của {preview.sender_name} (mã {preview.sender_code}), "
          f"tạo lúc {preview.created_at} UTC; lần nhập trước: {preview.previous_generation}.",
          file=stream)
    print(f"  {'Loại':<28}{'Mới':>9}{'Thay đổi':>10}{'Xóa':>8}{'Không đổi':>11}", file=stream)
    for kind in preview.kinds:
        print(f"  {kind.label:<28}{_number(kind.new):>9}{_number(kind.changed):>10}"
              f"{_number(kind.removed):>8}{_number(kind.unchanged):>11}", file=stream)
    for warning in preview.warnings:
        print(f"  Chú ý: {warning}", file=stream)
    if preview.needs_key_confirmation:
        print(f"  Gói đầu tiên: mã nhận diện của đơn vị gửi là {preview.fingerprint}", file=stream)


def _same_fingerprint(typed: str, shown: str) -> bool:
    def bare(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())

    return bool(typed) and bare(typed) == bare(shown)


def cmd_import(
    args: argparse.Namespace, open_database: Opener, stdin: TextIO | None = None
) -> int:
    """Check, show and import packages; return 1 if any was refused."""
    from db.backup import before_import_backup
    from db.sync.importer import import_package, preview_package

    stdin = stdin or sys.stdin
    database = open_database(args)
    refused: list[str] = []
    imported = 0
    backed_up = False
    files = package_files(args.files)
    for path in files:
        try:
            data = _read(path)
            with database.reading() as session:
                preview = preview_package(session, data, path.name)
            print(f"{path.name}:")
            print_preview(preview)
            if args.dry_run:
                print("  (chạy thử: chưa nhập gì)")
                continue
            accept = _confirm_key(preview, args, stdin)
            if not args.yes and not _confirm_apply(stdin):
                print("  Đã bỏ qua tệp này; dữ liệu không thay đổi.")
                continue
            # A server's register is one transaction per package here; its copies are
            # its administrator's (pg_dump), not a file copy beside it.
            if not backed_up and not database.is_server:
                before_import_backup(database.path, _backup_folder(database.path),
                                     dt.datetime.now().replace(microsecond=0))
                backed_up = True
            with database.transaction() as session:
                done = import_package(session, data, path.name, accept_key=accept)
            print(f"  Đã nhập: {_number(done.changes)} bản ghi mới, thay đổi hoặc xóa.")
            imported += 1
        except UserError as error:
            refused.append(path.name)
            print(f"Lỗi: {path.name}: {error.message}", file=sys.stderr)
    if len(files) > 1:
        verb = "xem trước" if args.dry_run else "nhập"
        done_count = len(files) - len(refused) if args.dry_run else imported
        print(f"Tổng cộng: {verb} {done_count}/{len(files)} gói"
              + (f"; bị từ chối: {', '.join(refused)}." if refused else "."))
    return 1 if refused else 0


def package_files(names: list[str]) -> list[Path]:
    """Expand folders into the packages they hold, in name order (sender, date, number).

    Raises:
        UserError: a folder holds no package.
    """
    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.sohoi") if not p.name.startswith("."))
            if not found:
                raise UserError(f"Thư mục {path} không có gói dữ liệu (.sohoi) nào.")
            files += found
        else:
            files.append(path)
    return files


def _confirm_key(preview: ImportPreview, args: argparse.Namespace, stdin: TextIO) -> bool:
    from db.sync.errors import KeyNotConfirmedError

    if not preview.needs_key_confirmation:
        return False
    if args.accept_key:
        if _same_fingerprint(args.accept_key, preview.fingerprint):
            return True
        raise KeyNotConfirmedError(
            f"Mã nhận diện đã gõ không trùng với mã của gói ({preview.fingerprint}). "
            "Dữ liệu không thay đổi."
        )
    if stdin.isatty() and _ask(
        f"Mã {preview.fingerprint} có trùng với mã trên màn hình của {preview.sender_name}?",
        stdin,
    ):
        return True
    raise KeyNotConfirmedError(
        f"Gói đầu tiên của {preview.sender_name}: hãy so mã nhận diện {preview.fingerprint} "
        "với màn hình của đơn vị gửi, rồi chạy lại với --accept-key \"MÃ\". "
        "Dữ liệu không thay đổi."
    )


def _confirm_apply(stdin: TextIO) -> bool:
    from db.sync.errors import PackageRefusedError

    if not stdin.isatty():
        raise PackageRefusedError(
            "Nhập gói sẽ thay phần dữ liệu của đơn vị gửi; hãy chạy trong cửa sổ dòng lệnh để "
            "xác nhận, hoặc thêm --yes. Dữ liệu không thay đổi."
        )
    return _ask("Nhập gói này?", stdin)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return value


def cmd_status(args: argparse.Namespace, open_database: Opener) -> int:
    """Print what was last sent and received, as text or JSON."""
    from db.sync.status import sync_status

    with open_database(args).transaction() as session:
        status = sync_status(session)
    if args.format == "json":
        document = dataclasses.asdict(status)
        document["enrolled"] = status.enrolled
        for peer in [*document["peers"], *document["branches"]]:
            for key, value in peer.items():
                peer[key] = _json_value(value)
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(f"{status.unit_name} (mã {status.unit_code}); mã nhận diện {status.fingerprint}")
    print(f"Gói gần nhất của máy này: lần {status.last_generation}")
    if not status.peers:
        print("Chưa đăng ký với đơn vị nào." if not status.is_upper else "Chưa đăng ký xã nào.")
    for peer in status.peers:
        print(f"- {peer.unit_name} (mã {peer.unit_code})")
        print(f"    nhận: lần {peer.last_generation_received}, {_when(peer.last_received_at)}; "
              f"gửi: lần {peer.last_generation_sent}, {_when(peer.last_sent_at)}; "
              f"bên kia đã nhận đến lần {peer.acknowledged_generation}")
        print(f"    mã nhận diện: {peer.fingerprint or 'chưa có (chưa nhận gói nào)'}")
    enrolled = [branch for branch in status.branches if branch.key_known]
    if enrolled:
        print("Chi hội có máy riêng:")
    for branch in enrolled:
        print(f"- {branch.unit_name} (mã {branch.unit_code}): nhận lần "
              f"{branch.last_generation_received}, gửi lần {branch.last_generation_sent}; "
              f"mã nhận diện {branch.fingerprint}")
    return 0


def cmd_forget_key(args: argparse.Namespace, open_database: Opener) -> int:
    """Unpin a commune's key after its PC was reinstalled."""
    from db.sync.status import forget_commune_key

    if not args.yes and not (sys.stdin.isatty() and _ask(
        f"Bỏ khóa đã ghi nhận của xã {args.commune}? Gói tới của xã sẽ phải so mã lại.",
        sys.stdin,
    )):
        raise UserError("Đã thôi; khóa của xã không đổi. Thêm --yes để xác nhận.")
    with open_database(args).transaction() as session:
        forget_commune_key(session, args.commune)
    print(f"Đã bỏ khóa của xã {args.commune}; gói tới của xã sẽ được hỏi so mã nhận diện.")
    return 0


def add_sync_parser(
    verbs: Any, common: argparse.ArgumentParser, open_database: Opener
) -> None:
    """Add ``sohoi sync …`` to the command line."""
    sync = verbs.add_parser("sync", help="đồng bộ với cấp trên qua tệp (USB)")
    sync_verbs = sync.add_subparsers(dest="sync_verb", metavar="LỆNH", required=True)

    def handler(function: Callable[[argparse.Namespace, Opener], int]) -> Any:
        return lambda args: function(args, open_database)

    keys = sync_verbs.add_parser("keys", parents=[common], help="mã nhận diện của máy này")
    keys.set_defaults(handler=handler(cmd_keys))

    enroll = sync_verbs.add_parser(
        "enroll", parents=[common],
        help="cấp trên: tạo tệp đăng ký cho xã (--commune, --out); xã: nhập tệp đăng ký",
    )
    enroll.add_argument("file", nargs="?", help="tệp đăng ký cần nhập (ở xã)")
    enroll.add_argument("--commune", help="mã xã cần đăng ký (ở cấp trên)")
    enroll.add_argument("--branch", metavar="CHI_HỘI",
                        help="tên chi hội cần đăng ký máy riêng (ở xã)")
    enroll.add_argument("--out", help="tệp hoặc thư mục ghi tệp đăng ký (ở cấp trên, ở xã)")
    enroll.add_argument("--replace-key", action="store_true",
                        help="nhận khóa mới của cấp trên (sau khi đã gọi điện xác nhận)")
    enroll.add_argument("--accept-key", metavar="MÃ",
                        help="xã: mã nhận diện của cấp trên, đã so qua điện thoại")
    enroll.set_defaults(handler=handler(cmd_enroll))

    export = sync_verbs.add_parser("export", parents=[common], help="xuất gói dữ liệu")
    export.add_argument("--to", required=True, help="thư mục đích, ví dụ ổ USB")
    target = export.add_mutually_exclusive_group()
    target.add_argument("--commune", help="cấp trên: mã xã nhận gói")
    target.add_argument("--all", action="store_true", help="cấp trên: gửi cho mọi xã")
    target.add_argument("--branch", metavar="CHI_HỘI",
                        help="xã: tên chi hội nhận gói (máy của chi hội)")
    export.set_defaults(handler=handler(cmd_export))

    imports = sync_verbs.add_parser("import", parents=[common], help="nhập gói dữ liệu")
    imports.add_argument("files", nargs="+", metavar="TỆP",
                         help="tệp .sohoi, hoặc thư mục chứa các gói")
    imports.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không nhập")
    imports.add_argument("--yes", action="store_true", help="không hỏi lại")
    imports.add_argument("--accept-key", metavar="MÃ",
                         help="gói đầu tiên của xã: mã nhận diện đã so trên màn hình của xã")
    imports.set_defaults(handler=handler(cmd_import))

    status = sync_verbs.add_parser("status", parents=[common], help="tình trạng gửi, nhận")
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(handler=handler(cmd_status))

    forget = sync_verbs.add_parser("forget-key", parents=[common],
                                   help="cấp trên: bỏ khóa của xã đã cài lại máy")
    forget.add_argument("--commune", required=True)
    forget.add_argument("--yes", action="store_true")
    forget.set_defaults(handler=handler(cmd_forget_key))

    from desktop.cli import sync_transfers

    sync_transfers.register(sync_verbs, common)


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``sync`` (the registry's entry point for this verb)."""
    from desktop.cli.common import open_register

    add_sync_parser(verbs, common, open_register)
