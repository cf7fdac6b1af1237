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
from desktop.cli.common import translate
from desktop.error_text import error_text
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
    print(
        translate("CliSync", "{question} Gõ c rồi Enter để đồng ý, Enter để thôi: ").format(
            question=question
        ),
        end="",
        flush=True,
    )
    return stdin.readline().strip().lower() in _YES


def cmd_keys(args: argparse.Namespace, open_database: Opener) -> int:
    """Print this site's fingerprint and the keys it knows."""
    from db.sync.status import sync_status

    with open_database(args).transaction() as session:
        status = sync_status(session)
    print(
        translate("CliSync", "{unit_name} (mã {unit_code})").format(
            unit_name=status.unit_name, unit_code=status.unit_code
        )
    )
    print(
        translate("CliSync", "Mã nhận diện của máy này: {fingerprint}").format(
            fingerprint=status.fingerprint
        )
    )
    for peer in status.peers:
        print(
            translate("CliSync", "  {unit_name} (mã {unit_code}): {fingerprint}").format(
                unit_name=peer.unit_name,
                unit_code=peer.unit_code,
                fingerprint=peer.fingerprint or "chưa nhận gói nào, chưa có khóa",
            )
        )
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
        raise UserError(
            translate("CliSync", "Chỉ chọn một: --commune (ở cấp trên) hoặc --branch (ở xã).")
        )
    if args.branch:
        if not args.out:
            raise UserError(
                translate("CliSync", "Hãy cho biết nơi ghi tệp đăng ký: --out TỆP hoặc THƯ MỤC.")
            )
        with database.transaction() as session:
            info = write_branch_enrollment(session, args.branch, Path(args.out))
        print(
            translate(
                "CliSync", "Đã ghi tệp đăng ký cho {commune_name} (mã {commune_code}): {path}"
            ).format(commune_name=info.commune_name, commune_code=info.commune_code, path=info.path)
        )
        print(
            translate("CliSync", "Mã nhận diện của {upper_name}: {fingerprint}").format(
                upper_name=info.upper_name, fingerprint=info.fingerprint
            )
        )
        print(
            translate(
                "CliSync",
                "Hãy đọc mã này cho chi hội để so với màn hình của máy chi hội khi nhập tệp.",
            )
        )
        return 0
    if args.commune:
        if not args.out:
            raise UserError(
                translate("CliSync", "Hãy cho biết nơi ghi tệp đăng ký: --out TỆP hoặc THƯ MỤC.")
            )
        with database.transaction() as session:
            info = write_enrollment(session, args.commune, Path(args.out))
        print(
            translate("CliSync", "Đã ghi tệp đăng ký cho {commune_name}: {path}").format(
                commune_name=info.commune_name, path=info.path
            )
        )
        print(
            translate("CliSync", "Mã nhận diện của {upper_name}: {fingerprint}").format(
                upper_name=info.upper_name, fingerprint=info.fingerprint
            )
        )
        print(
            translate(
                "CliSync", "Hãy đọc mã này cho xã để xã so với màn hình của mình khi nhập tệp."
            )
        )
        return 0
    if not args.file:
        raise UserError(
            translate("CliSync", "Hãy cho biết tệp đăng ký cần nhập, hoặc --commune MÃ để tạo tệp.")
        )
    data = _read(Path(args.file))
    shown = read_enrollment(data)
    print(
        translate(
            "CliSync",
            "Tệp đăng ký của {upper_name} (mã {upper_code}) cho "
            "{commune_name}, tạo lúc {created_at} UTC.",
        ).format(
            upper_name=shown.upper_name,
            upper_code=shown.upper_code,
            commune_name=shown.commune_name,
            created_at=shown.created_at,
        )
    )
    print(
        translate("CliSync", "Mã nhận diện của cấp trên: {fingerprint}").format(
            fingerprint=shown.fingerprint
        )
    )
    accept = _confirm_enrollment_key(shown.fingerprint, shown.upper_name, args, sys.stdin)
    with database.transaction() as session:
        info = import_enrollment(session, data, accept_key=accept,
                                 replace_key=args.replace_key)
    print(
        translate("CliSync", "Đã đăng ký {commune_name} với {upper_name}.").format(
            commune_name=info.commune_name, upper_name=info.upper_name
        )
    )
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
            translate("CliSync", "Mã nhận diện đã gõ không trùng với mã của tệp đăng ký "
                "({shown}). Dữ liệu không thay đổi.").format(shown=shown)
        )
    if stdin.isatty():
        return _ask(
            translate(
                "CliSync", "Mã {shown} có trùng với mã trên màn hình của {upper_name}?"
            ).format(shown=shown, upper_name=upper_name),
            stdin,
        )
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
                raise UserError(
                    translate(
                        "CliSync", "Chưa có xã nào gửi gói lên, nên chưa gửi xuống được xã nào."
                    )
                )
        elif site.is_upper:
            if not args.commune:
                raise UserError(
                    translate("CliSync", "Hãy chọn xã nhận: --commune MÃ, hoặc --all cho mọi xã.")
                )
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
        print(
            translate(
                "CliSync",
                "Đã ghi gói lần {generation} cho {recipient_name}: {path} "
                "({values} bản ghi, {size} MB, đã kiểm tra lại).",
            ).format(
                generation=result.generation,
                recipient_name=result.recipient_name,
                path=result.path,
                values=_number(sum(result.counts.values())),
                size=size,
            )
        )
    return 0


def _read(path: Path) -> bytes:
    from db.sync.files import read_package_file

    return read_package_file(path)


def print_preview(preview: ImportPreview, stream: TextIO | None = None) -> None:
    """Print the dry-run summary of a package."""
    stream = stream or sys.stdout
    print(
        translate(
            "CliSync",
            "Gói lần {generation} của {sender_name} (mã {sender_code}), tạo "
            "lúc {created_at} UTC; lần nhập trước: {previous_generation}.",
        ).format(
            generation=preview.generation,
            sender_name=preview.sender_name,
            sender_code=preview.sender_code,
            created_at=preview.created_at,
            previous_generation=preview.previous_generation,
        ),
        file=stream,
    )
    print(f"  {'Loại':<28}{'Mới':>9}{'Thay đổi':>10}{'Xóa':>8}{'Không đổi':>11}", file=stream)
    for kind in preview.kinds:
        print(f"  {kind.label:<28}{_number(kind.new):>9}{_number(kind.changed):>10}"
              f"{_number(kind.removed):>8}{_number(kind.unchanged):>11}", file=stream)
    for warning in preview.warnings:
        print(translate("CliSync", "  Chú ý: {warning}").format(warning=warning), file=stream)
    if preview.needs_key_confirmation:
        print(
            translate(
                "CliSync", "  Gói đầu tiên: mã nhận diện của đơn vị gửi là {fingerprint}"
            ).format(fingerprint=preview.fingerprint),
            file=stream,
        )


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
                print(translate("CliSync", "  (chạy thử: chưa nhập gì)"))
                continue
            accept = _confirm_key(preview, args, stdin)
            if not args.yes and not _confirm_apply(stdin):
                print(translate("CliSync", "  Đã bỏ qua tệp này; dữ liệu không thay đổi."))
                continue
            # A server's register is one transaction per package here; its copies are
            # its administrator's (pg_dump), not a file copy beside it.
            if not backed_up and not database.is_server:
                before_import_backup(database.path, _backup_folder(database.path),
                                     dt.datetime.now().replace(microsecond=0))
                backed_up = True
            with database.transaction() as session:
                done = import_package(session, data, path.name, accept_key=accept)
            print(
                translate("CliSync", "  Đã nhập: {changes} bản ghi mới, thay đổi hoặc xóa.").format(
                    changes=_number(done.changes)
                )
            )
            imported += 1
        except UserError as error:
            refused.append(path.name)
            print(
                translate("CliSync", "Lỗi: {name}: {message}").format(
                    name=path.name, message=error_text(error, translate)
                ),
                file=sys.stderr,
            )
    if len(files) > 1:
        verb = translate("CliSync", "xem trước") if args.dry_run else translate("CliSync", "nhập")
        done_count = len(files) - len(refused) if args.dry_run else imported
        print(
            translate("CliSync", "Tổng cộng: {verb} {done_count}/{files} gói").format(
                verb=verb, done_count=done_count, files=len(files)
            )
            + (
                translate("CliSync", "; bị từ chối: {items}.").format(items=", ".join(refused))
                if refused
                else "."
            )
        )
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
                raise UserError(
                    translate(
                        "CliSync", "Thư mục {path} không có gói dữ liệu (.sohoi) nào."
                    ).format(path=path)
                )
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
            translate("CliSync", "Mã nhận diện đã gõ không trùng với mã của gói ({fingerprint}). "
                "Dữ liệu không thay đổi.").format(fingerprint=preview.fingerprint)
        )
    if stdin.isatty() and _ask(
        translate(
            "CliSync", "Mã {fingerprint} có trùng với mã trên màn hình của {sender_name}?"
        ).format(fingerprint=preview.fingerprint, sender_name=preview.sender_name),
        stdin,
    ):
        return True
    raise KeyNotConfirmedError(
        translate(
            "CliSync",
            "Gói đầu tiên của {sender_name}: hãy so mã nhận diện "
            "{fingerprint} với màn hình của đơn vị gửi, rồi chạy lại với "
            '--accept-key "MÃ". Dữ liệu không thay đổi.',
        ).format(sender_name=preview.sender_name, fingerprint=preview.fingerprint)
    )


def _confirm_apply(stdin: TextIO) -> bool:
    from db.sync.errors import PackageRefusedError

    if not stdin.isatty():
        raise PackageRefusedError(
            translate(
                "CliSync",
                "Nhập gói sẽ thay phần dữ liệu của đơn vị gửi; hãy chạy trong cửa sổ dòng lệnh để "
                "xác nhận, hoặc thêm --yes. Dữ liệu không thay đổi.",
            )
        )
    return _ask(translate("CliSync", "Nhập gói này?"), stdin)


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
    print(
        translate("CliSync", "{unit_name} (mã {unit_code}); mã nhận diện {fingerprint}").format(
            unit_name=status.unit_name, unit_code=status.unit_code, fingerprint=status.fingerprint
        )
    )
    print(
        translate("CliSync", "Gói gần nhất của máy này: lần {last_generation}").format(
            last_generation=status.last_generation
        )
    )
    if not status.peers:
        print(
            translate("CliSync", "Chưa đăng ký với đơn vị nào.")
            if not status.is_upper
            else translate("CliSync", "Chưa đăng ký xã nào.")
        )
    for peer in status.peers:
        print(
            translate("CliSync", "- {unit_name} (mã {unit_code})").format(
                unit_name=peer.unit_name, unit_code=peer.unit_code
            )
        )
        print(
            translate(
                "CliSync",
                "    nhận: lần {last_generation_received}, {last_received_at}; "
                "gửi: lần {last_generation_sent}, {last_sent_at}; bên kia đã "
                "nhận đến lần {acknowledged_generation}",
            ).format(
                last_generation_received=peer.last_generation_received,
                last_received_at=_when(peer.last_received_at),
                last_generation_sent=peer.last_generation_sent,
                last_sent_at=_when(peer.last_sent_at),
                acknowledged_generation=peer.acknowledged_generation,
            )
        )
        print(
            translate("CliSync", "    mã nhận diện: {fingerprint}").format(
                fingerprint=peer.fingerprint or "chưa có (chưa nhận gói nào)"
            )
        )
    enrolled = [branch for branch in status.branches if branch.key_known]
    if enrolled:
        print(translate("CliSync", "Chi hội có máy riêng:"))
    for branch in enrolled:
        print(
            translate(
                "CliSync",
                "- {unit_name} (mã {unit_code}): nhận lần "
                "{last_generation_received}, gửi lần {last_generation_sent}; mã "
                "nhận diện {fingerprint}",
            ).format(
                unit_name=branch.unit_name,
                unit_code=branch.unit_code,
                last_generation_received=branch.last_generation_received,
                last_generation_sent=branch.last_generation_sent,
                fingerprint=branch.fingerprint,
            )
        )
    return 0


def cmd_forget_key(args: argparse.Namespace, open_database: Opener) -> int:
    """Unpin a commune's key after its PC was reinstalled."""
    from db.sync.status import forget_commune_key

    if not args.yes and not (sys.stdin.isatty() and _ask(
        translate("CliSync", "Bỏ khóa đã ghi nhận của xã {commune}? Gói tới của xã sẽ phải so "
            "mã lại.").format(commune=args.commune),
        sys.stdin,
    )):
        raise UserError(
            translate("CliSync", "Đã thôi; khóa của xã không đổi. Thêm --yes để xác nhận.")
        )
    with open_database(args).transaction() as session:
        forget_commune_key(session, args.commune)
    print(translate("CliSync", "Đã bỏ khóa của xã {commune}; gói tới của xã sẽ được hỏi so mã "
              "nhận diện.").format(commune=args.commune))
    return 0


def add_sync_parser(
    verbs: Any, common: argparse.ArgumentParser, open_database: Opener
) -> None:
    """Add ``sohoi sync …`` to the command line."""
    sync = verbs.add_parser("sync", help=translate("CliSync", "đồng bộ với cấp trên qua tệp (USB)"))
    sync_verbs = sync.add_subparsers(
        dest="sync_verb", metavar=translate("CliSync", "LỆNH"), required=True
    )

    def handler(function: Callable[[argparse.Namespace, Opener], int]) -> Any:
        return lambda args: function(args, open_database)

    keys = sync_verbs.add_parser(
        "keys", parents=[common], help=translate("CliSync", "mã nhận diện của máy này")
    )
    keys.set_defaults(handler=handler(cmd_keys))

    enroll = sync_verbs.add_parser(
        "enroll",
        parents=[common],
        help=translate(
            "CliSync", "cấp trên: tạo tệp đăng ký cho xã (--commune, --out); xã: nhập tệp đăng ký"
        ),
    )
    enroll.add_argument("file", nargs="?", help=translate("CliSync", "tệp đăng ký cần nhập (ở xã)"))
    enroll.add_argument("--commune", help=translate("CliSync", "mã xã cần đăng ký (ở cấp trên)"))
    enroll.add_argument("--branch", metavar=translate("CliSync", "CHI_HỘI"),
                        help=translate("CliSync", "tên chi hội cần đăng ký máy riêng (ở xã)"))
    enroll.add_argument(
        "--out", help=translate("CliSync", "tệp hoặc thư mục ghi tệp đăng ký (ở cấp trên, ở xã)")
    )
    enroll.add_argument(
        "--replace-key",
        action="store_true",
        help=translate("CliSync", "nhận khóa mới của cấp trên (sau khi đã gọi điện xác nhận)"),
    )
    enroll.add_argument(
        "--accept-key",
        metavar=translate("CliSync", "MÃ"),
        help=translate("CliSync", "xã: mã nhận diện của cấp trên, đã so qua điện thoại"),
    )
    enroll.set_defaults(handler=handler(cmd_enroll))

    export = sync_verbs.add_parser(
        "export", parents=[common], help=translate("CliSync", "xuất gói dữ liệu")
    )
    export.add_argument(
        "--to", required=True, help=translate("CliSync", "thư mục đích, ví dụ ổ USB")
    )
    target = export.add_mutually_exclusive_group()
    target.add_argument("--commune", help=translate("CliSync", "cấp trên: mã xã nhận gói"))
    target.add_argument(
        "--all", action="store_true", help=translate("CliSync", "cấp trên: gửi cho mọi xã")
    )
    target.add_argument("--branch", metavar=translate("CliSync", "CHI_HỘI"),
                        help=translate("CliSync", "xã: tên chi hội nhận gói (máy của chi hội)"))
    export.set_defaults(handler=handler(cmd_export))

    imports = sync_verbs.add_parser(
        "import", parents=[common], help=translate("CliSync", "nhập gói dữ liệu")
    )
    imports.add_argument("files", nargs="+", metavar=translate("CliSync", "TỆP"),
                         help=translate("CliSync", "tệp .sohoi, hoặc thư mục chứa các gói"))
    imports.add_argument(
        "--dry-run", action="store_true", help=translate("CliSync", "chỉ xem trước, không nhập")
    )
    imports.add_argument("--yes", action="store_true", help=translate("CliSync", "không hỏi lại"))
    imports.add_argument(
        "--accept-key",
        metavar=translate("CliSync", "MÃ"),
        help=translate("CliSync", "gói đầu tiên của xã: mã nhận diện đã so trên màn hình của xã"),
    )
    imports.set_defaults(handler=handler(cmd_import))

    status = sync_verbs.add_parser(
        "status", parents=[common], help=translate("CliSync", "tình trạng gửi, nhận")
    )
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(handler=handler(cmd_status))

    forget = sync_verbs.add_parser(
        "forget-key",
        parents=[common],
        help=translate("CliSync", "cấp trên: bỏ khóa của xã đã cài lại máy"),
    )
    forget.add_argument("--commune", required=True)
    forget.add_argument("--yes", action="store_true")
    forget.set_defaults(handler=handler(cmd_forget_key))

    from desktop.cli import sync_transfers

    sync_transfers.register(sync_verbs, common)


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``sync`` (the registry's entry point for this verb)."""
    from desktop.cli.common import open_register

    add_sync_parser(verbs, common, open_register)
