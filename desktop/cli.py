"""The command line: the application's capabilities from a terminal.

Every verb takes ``--db PATH`` (default: the register in the user's data folder).
Results go to stdout; problems go to stderr in Vietnamese with a non-zero exit code:
1 for a problem the person can fix, 2 for a command typed wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from db.errors import UserError
from desktop import paths

Handler = Callable[[argparse.Namespace], int]

#: Register locks taken by this run; the operating system frees them when it ends.
_HELD_LOCKS: list[Any] = []


def register_path(args: argparse.Namespace) -> Path:
    """Return the register a verb works on (``--db`` or the user's data folder)."""
    return Path(args.db) if getattr(args, "db", None) else paths.default_database()


def hold_register(path: Path) -> None:
    """Take the register's lock for the rest of this run, or refuse with who holds it.

    Raises:
        RegisterInUseError: a Sổ Hội window (or another command) has it open.
    """
    from db.register_lock import acquire

    if any(lock.db_path == path and lock.held for lock in _HELD_LOCKS):
        return
    _HELD_LOCKS.append(acquire(path))


def _database(args: argparse.Namespace, *, writes: bool = True) -> Any:
    """Open the register; a verb that writes first takes its lock (one program at a time).

    Verbs that only read (listings, prints, exports) may run beside an open window.
    """
    from db.engine import head_revision, open_database, stored_revision

    path = register_path(args)
    # A reader that would upgrade the file (or create it) writes after all.
    if writes or not path.exists() or stored_revision(path) != head_revision():
        hold_register(path)
    return open_database(path, backup_dir=None if args.db else paths.backup_dir())


def _reading_database(args: argparse.Namespace) -> Any:
    return _database(args, writes=False)


def _cmd_init(args: argparse.Namespace) -> int:
    from db.site import init_site

    database = _database(args)
    with database.transaction() as session:
        site = init_site(session, args.unit, upper=args.upper)
    mode = "cấp trên" if site.is_upper else "cơ sở"
    print(f"Đã thiết lập {site.union_name} (mã {site.unit_code}, chế độ {mode}).")
    print(f"Tệp dữ liệu: {database.path}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from db.demo.generator import build_demo
    from desktop.formatting import number

    if not args.db:
        # Invented members never go into the real register: the demo has a file of its own.
        args.db = str(paths.demo_database())
    database = _database(args)
    summary = build_demo(
        database,
        unit_code=args.unit,
        members=args.members,
        communes=args.communes,
        seed=args.seed,
    )
    print(
        f"Đã tạo dữ liệu mẫu cho {summary.unit_name}: {number(summary.communes)} xã, "
        f"{number(summary.members)} hội viên, {number(summary.branches)} chi hội, "
        f"{number(summary.meetings)} buổi sinh hoạt, {number(summary.courses)} lớp tập huấn, "
        f"{number(summary.certificates)} giấy chứng nhận ({summary.seconds:.1f} giây)."
    )
    print(f"Tệp dữ liệu: {database.path}")
    return 0


def _cmd_members_search(args: argparse.Namespace) -> int:
    from db.members import MemberFilter, search_members

    database = _reading_database(args)
    with database.reading() as session:
        rows = search_members(session, MemberFilter(text=args.text), limit=args.limit)
    for row in rows:
        if args.format == "json":
            print(json.dumps({
                "id": row.id,
                "full_name": row.full_name,
                "birth_date": row.birth_date,
                "gender": row.gender,
                "branch": row.branch,
                "status": row.status,
                "kind": row.kind,
            }, ensure_ascii=False))
        else:
            print(f"{row.full_name:<32} {row.birth_display:>10}  {row.branch or '':<28} "
                  f"{row.status_label}")
    return 0


def _cmd_members_import(args: argparse.Namespace) -> int:
    from desktop.member_import_cli import run_member_import

    database = _database(args, writes=not args.dry_run)
    return run_member_import(database, Path(args.file), dry_run=args.dry_run,
                             output_format=args.format)


def _cmd_members_export(args: argparse.Namespace) -> int:
    from desktop.member_export_cli import run_member_export

    columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
    run_member_export(_reading_database(args), Path(args.out), columns)
    return 0


def _cmd_meetings_list(args: argparse.Namespace) -> int:
    from db.meetings import MeetingFilter, list_meetings
    from db.site import get_site

    database = _reading_database(args)
    with database.reading() as session:
        site = get_site(session)
        rows = list_meetings(session, site.unit_id, MeetingFilter())
    for row in rows:
        if args.format == "json":
            print(json.dumps({
                "id": row.id,
                "date": row.held_on.isoformat(),
                "branch": row.unit_name,
                "kind": row.kind,
                "topic": row.topic,
                "present": row.present,
                "expected": row.expected,
            }, ensure_ascii=False))
        else:
            print(f"{row.held_on:%d/%m/%Y}  {row.unit_name:<28} {row.topic:<45} "
                  f"{row.present}/{row.expected}")
    return 0


def _cmd_print_attendance(args: argparse.Namespace) -> int:
    from db.meetings import sheet_data
    from desktop.documents.attendance_sheet import render_attendance_sheet
    from desktop.documents.meeting_sheet import sheet_from_meeting

    database = _reading_database(args)
    with database.reading() as session:
        data = sheet_data(session, args.meeting)
    out = Path(args.out)
    render_attendance_sheet(sheet_from_meeting(data, blank=args.blank), out)
    print(f"Đã ghi {out}")
    return 0


def _cmd_courses_list(args: argparse.Namespace) -> int:
    from db.site import get_site
    from db.trainings import list_courses

    database = _reading_database(args)
    with database.reading() as session:
        rows = list_courses(session, get_site(session).unit_id)
    for row in rows:
        if args.format == "json":
            print(json.dumps({
                "id": row.id,
                "title": row.title,
                "start": row.start_on.isoformat(),
                "end": row.end_on.isoformat(),
                "participants": row.participants,
                "completed": row.completed,
            }, ensure_ascii=False))
        else:
            print(f"{row.start_on:%d/%m/%Y}–{row.end_on:%d/%m/%Y}  {row.title:<70} "
                  f"{row.completed}/{row.participants}")
    return 0


def _cmd_print_certificates(args: argparse.Namespace) -> int:
    from db.certificates import certificates_of_course
    from desktop.documents.certificate import certificate_from_row, render_certificates

    database = _reading_database(args)
    with database.reading() as session:
        rows = certificates_of_course(session, args.course)
    if not rows:
        raise UserError("Lớp này chưa có giấy chứng nhận nào để in.")
    out = Path(args.out)
    render_certificates([certificate_from_row(row) for row in rows], out)
    print(f"Đã ghi {len(rows)} giấy chứng nhận vào {out}")
    return 0


def _cmd_certificates_verify(args: argparse.Namespace) -> int:
    from db.certificates import verify

    database = _reading_database(args)
    with database.reading() as session:
        found = verify(session, args.code)
    certificate = found.certificate
    if certificate is None:
        print(f"Không tìm thấy giấy chứng nhận có mã {args.code}.")
        return 2
    print(f"{certificate.number} — {certificate.full_name} — {certificate.course_title}")
    if found.status == "revoked":
        print(f"ĐÃ THU HỒI ngày {certificate.revoked_on:%d/%m/%Y}: {certificate.revoke_reason}")
        return 1
    print("CÒN HIỆU LỰC")
    return 0


def _cmd_report_targets(args: argparse.Namespace) -> int:
    import datetime as dt

    from db.site import get_site
    from db.targets import targets_by_commune, targets_report, untrained_officers
    from desktop.documents.targets_workbook import write_targets_workbook

    database = _reading_database(args)
    today = dt.date.today()
    with database.reading() as session:
        site = get_site(session)
        commune_id = None if site.is_upper else site.unit_id
        report = targets_report(session, commune_id, args.year, today)
        untrained = untrained_officers(session, commune_id, args.year, today)
        # The upper level also gets one line per commune ("Theo từng xã").
        by_commune = targets_by_commune(session, args.year, today) if site.is_upper else None
    out = Path(args.out)
    write_targets_workbook(report, untrained, out, by_commune=by_commune)
    print(f"Đã ghi {out}")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop.backup_cli import run_backup

    # The file is not opened (nor migrated) here: a restore needs it closed.
    path = Path(args.db) if args.db else paths.default_database()
    return run_backup(path, args.backup_verb, args)


def _cmd_db_check(args: argparse.Namespace) -> int:
    from db.backup import newest_verified_backup
    from db.maintenance import check_path
    from desktop.backup_cli import default_backup_folder

    # Read-only: never creates, migrates or locks the file (it may be open in a window).
    path = register_path(args)
    if not path.exists():
        raise UserError(f"Không có tệp {path}; hãy kiểm tra lại đường dẫn. Chưa tạo tệp nào.")
    report = check_path(path)
    print(f"Tệp: {report.path}")
    print(f"Kiểm tra toàn vẹn: {', '.join(report.integrity)}")
    print(f"Lỗi khóa ngoại: {report.foreign_key_problems}")
    print(f"Phiên bản lược đồ: {report.schema_revision} (ứng dụng: {report.application_revision})")
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    if report.ok:
        print("Kết quả: tốt")
        return 0
    print("Kết quả: CÓ VẤN ĐỀ")
    if not report.damaged:
        return 1
    newest = newest_verified_backup(default_backup_folder(path))
    if newest is None:
        print("Không tìm thấy bản sao lưu tốt nào trong thư mục sao lưu.")
    else:
        print(f"Bản sao lưu tốt mới nhất: {newest.path} ({newest.taken_at:%d/%m/%Y %H:%M}). "
              f"Khôi phục: sohoi backup restore \"{newest.path}\"")
    return 1


def _cmd_catalog(args: argparse.Namespace) -> int:
    from db import catalog

    if args.province:
        units = catalog.communes(args.province)
        if args.text:
            units = tuple(catalog.search_communes(args.text, args.province))
    elif args.text:
        units = tuple(catalog.search_communes(args.text))
    else:
        units = catalog.provinces()
    for unit in units:
        print(f"{unit.code}  {unit.name}")
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from desktop.bench import run_benchmarks

    only = [name.strip() for name in args.only.split(",")] if args.only else None
    for result in run_benchmarks(quick=args.quick, only=only):
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from desktop.screenshot import take_screenshot

    path = Path(args.db) if args.db else paths.default_database()
    width, height = (int(v) for v in args.size.lower().split("x"))
    take_screenshot(path, args.page, Path(args.out), (width, height))
    print(f"Đã lưu ảnh {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Describe every verb; the help texts are what a person sees with ``--help``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="tệp dữ liệu (mặc định: trong thư mục dữ liệu người dùng)")

    parser = argparse.ArgumentParser(prog="sohoi", description="Sổ Hội: sổ quản lý Hội LHPN.")
    parser.add_argument("--smoke-test", action="store_true",
                        help="mở thử cửa sổ chính với dữ liệu tạm rồi thoát")
    verbs = parser.add_subparsers(dest="verb", metavar="LỆNH")

    init = verbs.add_parser("init", parents=[common], help="thiết lập đơn vị cho tệp dữ liệu")
    init.add_argument("--unit", required=True, help="mã xã/phường (5 chữ số) hoặc mã tỉnh")
    init.add_argument("--upper", action="store_true", help="chế độ cấp trên (tỉnh, thành phố)")
    init.set_defaults(handler=_cmd_init)

    demo = verbs.add_parser("demo", parents=[common],
                            help="tạo dữ liệu mẫu (mặc định vào tệp xã mẫu riêng, "
                                 "không bao giờ vào sổ thật)")
    demo.add_argument("--unit", help="mã xã (hoặc mã tỉnh khi có --communes)")
    demo.add_argument("--members", type=int, default=8000, help="số hội viên (tổng)")
    demo.add_argument("--communes", type=int, default=0, help="số xã (chế độ cấp trên)")
    demo.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên")
    demo.set_defaults(handler=_cmd_demo)

    members = verbs.add_parser("members", help="hội viên")
    member_verbs = members.add_subparsers(dest="members_verb", metavar="LỆNH", required=True)
    search = member_verbs.add_parser("search", parents=[common], help="tìm hội viên")
    search.add_argument("text", nargs="?", default="", help="một phần họ tên, không cần dấu")
    search.add_argument("--limit", type=int, default=100)
    search.add_argument("--format", choices=["text", "json"], default="text")
    search.set_defaults(handler=_cmd_members_search)
    importing = member_verbs.add_parser("import", parents=[common],
                                        help="nhập danh sách hội viên từ Excel (.xlsx, .xls, .ods)")
    importing.add_argument("file", help="tệp bảng tính")
    importing.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    importing.add_argument("--format", choices=["text", "json"], default="text")
    importing.set_defaults(handler=_cmd_members_import)
    export = member_verbs.add_parser("export", parents=[common], help="xuất danh sách ra Excel")
    export.add_argument("--out", required=True, help="tệp .xlsx sẽ ghi")
    export.add_argument("--columns", help="các cột, phân cách bằng dấu phẩy (mặc định: mọi cột "
                        "trừ dân tộc, tôn giáo, số CCCD)")
    export.set_defaults(handler=_cmd_members_export)

    meetings = verbs.add_parser("meetings", help="buổi sinh hoạt")
    meeting_verbs = meetings.add_subparsers(dest="meetings_verb", metavar="LỆNH", required=True)
    listing = meeting_verbs.add_parser("list", parents=[common], help="liệt kê buổi sinh hoạt")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(handler=_cmd_meetings_list)

    courses = verbs.add_parser("courses", help="lớp tập huấn")
    course_verbs = courses.add_subparsers(dest="courses_verb", metavar="LỆNH", required=True)
    course_list = course_verbs.add_parser("list", parents=[common], help="liệt kê lớp")
    course_list.add_argument("--format", choices=["text", "json"], default="text")
    course_list.set_defaults(handler=_cmd_courses_list)

    printing = verbs.add_parser("print", help="in tài liệu ra PDF")
    print_verbs = printing.add_subparsers(dest="print_verb", metavar="LỆNH", required=True)
    sheet = print_verbs.add_parser("attendance", parents=[common],
                                   help="danh sách điểm danh / ký nhận của một buổi")
    sheet.add_argument("--meeting", required=True, help="mã (id) buổi sinh hoạt")
    sheet.add_argument("--out", required=True, help="tệp PDF sẽ ghi")
    sheet.add_argument("--blank", action="store_true",
                       help="bản trống để ký (mặc định: bản đã điểm danh)")
    sheet.set_defaults(handler=_cmd_print_attendance)

    certificates = print_verbs.add_parser("certificates", parents=[common],
                                          help="giấy chứng nhận của một lớp")
    certificates.add_argument("--course", required=True, help="mã (id) lớp tập huấn")
    certificates.add_argument("--out", required=True, help="tệp PDF sẽ ghi")
    certificates.set_defaults(handler=_cmd_print_certificates)

    certs = verbs.add_parser("certificates", help="giấy chứng nhận")
    cert_verbs = certs.add_subparsers(dest="certificates_verb", metavar="LỆNH", required=True)
    check_code = cert_verbs.add_parser(
        "verify", parents=[common],
        help="tra mã xác minh (mã thoát 0: còn hiệu lực, 1: đã thu hồi, 2: không có)",
    )
    check_code.add_argument("code", help="mã xác minh in trên giấy chứng nhận")
    check_code.set_defaults(handler=_cmd_certificates_verify)

    report = verbs.add_parser("report", help="báo cáo")
    report_verbs = report.add_subparsers(dest="report_verb", metavar="LỆNH", required=True)
    targets = report_verbs.add_parser("targets", parents=[common],
                                      help="chỉ tiêu Đề án 1893 ra tệp Excel")
    targets.add_argument("--year", type=int, required=True)
    targets.add_argument("--out", required=True, help="tệp .xlsx sẽ ghi")
    targets.set_defaults(handler=_cmd_report_targets)

    backup = verbs.add_parser("backup", help="sao lưu và khôi phục")
    backup_verbs = backup.add_subparsers(dest="backup_verb", metavar="LỆNH", required=True)
    create = backup_verbs.add_parser("create", parents=[common], help="sao lưu ngay")
    create.add_argument("--to", help="thư mục đích (ví dụ ổ USB; bản sao được mã hóa); "
                        "mặc định: thư mục sao lưu")
    create.add_argument("--passphrase-file",
                        help="tệp chứa cụm mật khẩu sao lưu (mặc định: hỏi khi cần)")
    create.set_defaults(handler=_cmd_backup)
    listing_backups = backup_verbs.add_parser("list", parents=[common], help="các bản sao lưu")
    listing_backups.set_defaults(handler=_cmd_backup)
    verify_backup = backup_verbs.add_parser("verify", parents=[common],
                                            help="kiểm tra một bản sao lưu")
    verify_backup.add_argument("path")
    verify_backup.set_defaults(handler=_cmd_backup)
    restore = backup_verbs.add_parser("restore", parents=[common],
                                      help="khôi phục từ một bản sao lưu")
    restore.add_argument("path")
    restore.add_argument("--yes", action="store_true", help="không hỏi lại")
    restore.add_argument("--passphrase-file",
                         help="tệp chứa cụm mật khẩu (bản sao lưu mã hóa); mặc định: hỏi")
    restore.set_defaults(handler=_cmd_backup)
    verify_backup.add_argument("--passphrase-file",
                               help="tệp chứa cụm mật khẩu (bản sao lưu mã hóa)")
    passphrase = backup_verbs.add_parser(
        "passphrase", parents=[common],
        help="đặt cụm mật khẩu sao lưu (một lần) và in phiếu ghi nhớ",
    )
    passphrase.add_argument("--passphrase-file",
                            help="tệp chứa cụm mật khẩu (mặc định: hỏi hai lần)")
    passphrase.add_argument("--sheet", help="tệp PDF phiếu ghi nhớ sẽ ghi")
    passphrase.set_defaults(handler=_cmd_backup)

    from desktop.accounts_cli import add_accounts_parser
    add_accounts_parser(verbs, common)

    database = verbs.add_parser("db", help="tệp dữ liệu")
    db_verbs = database.add_subparsers(dest="db_verb", metavar="LỆNH", required=True)
    check = db_verbs.add_parser("check", parents=[common], help="kiểm tra toàn vẹn")
    check.set_defaults(handler=_cmd_db_check)

    units = verbs.add_parser("catalog", help="danh mục tỉnh, xã chính thức (sau 2025)")
    units.add_argument("text", nargs="?", default="", help="tìm theo tên")
    units.add_argument("--province", help="mã tỉnh: liệt kê các xã, phường của tỉnh")
    units.set_defaults(handler=_cmd_catalog)

    from desktop.sync_cli import add_sync_parser

    add_sync_parser(verbs, common, _database)
    from desktop.communes_cli import add_communes_parser
    add_communes_parser(verbs, common, _database)

    bench = verbs.add_parser("bench", help="đo hiệu năng (JSON mỗi dòng)")
    bench.add_argument("--quick", action="store_true", help="bộ đo nhanh, dữ liệu nhỏ hơn")
    bench.add_argument("--only", help="chỉ chạy các phép đo này (phân cách bằng dấu phẩy)")
    bench.set_defaults(handler=_cmd_bench)

    shot = verbs.add_parser("screenshot", parents=[common], help="chụp một trang ra PNG")
    shot.add_argument("--page", required=True, help="members, branches, overview, …")
    shot.add_argument("--out", required=True)
    shot.add_argument("--size", default="1280x800")
    shot.set_defaults(handler=_cmd_screenshot)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command line; return the process exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(list(argv))
    from desktop.log_setup import configure_logging

    configure_logging()
    if args.smoke_test:
        from desktop.app import smoke_test

        return smoke_test()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except UserError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``head``, a closed pager) stopped listening; that is not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
