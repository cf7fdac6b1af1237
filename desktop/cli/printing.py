"""``sohoi print attendance | certificates``: documents to PDF files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from db.errors import UserError
from desktop.cli.common import read_register


def _cmd_attendance(args: argparse.Namespace) -> int:
    from db.meetings import sheet_data
    from desktop.documents.attendance_sheet import render_attendance_sheet
    from desktop.documents.meeting_sheet import sheet_from_meeting

    database = read_register(args)
    with database.reading() as session:
        data = sheet_data(session, args.meeting)
    out = Path(args.out)
    render_attendance_sheet(sheet_from_meeting(data, blank=args.blank), out)
    print(f"Đã ghi {out}")
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from db.certificates import certificates_of_course, with_qr_texts
    from desktop.documents.certificate import certificate_from_row, render_certificates

    database = read_register(args)
    with database.reading() as session:
        rows = with_qr_texts(session, certificates_of_course(session, args.course))
    if not rows:
        raise UserError("Lớp này chưa có giấy chứng nhận nào để in.")
    out = Path(args.out)
    render_certificates([certificate_from_row(row) for row in rows], out)
    print(f"Đã ghi {len(rows)} giấy chứng nhận vào {out}")
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``print attendance`` and ``print certificates``."""
    printing = verbs.add_parser("print", help="in tài liệu ra PDF")
    print_verbs = printing.add_subparsers(dest="print_verb", metavar="LỆNH", required=True)
    sheet = print_verbs.add_parser("attendance", parents=[common],
                                   help="danh sách điểm danh / ký nhận của một buổi")
    sheet.add_argument("--meeting", required=True, help="mã (id) buổi sinh hoạt")
    sheet.add_argument("--out", required=True, help="tệp PDF sẽ ghi")
    sheet.add_argument("--blank", action="store_true",
                       help="bản trống để ký (mặc định: bản đã điểm danh)")
    sheet.set_defaults(handler=_cmd_attendance)

    certificates = print_verbs.add_parser("certificates", parents=[common],
                                          help="giấy chứng nhận của một lớp")
    certificates.add_argument("--course", required=True, help="mã (id) lớp tập huấn")
    certificates.add_argument("--out", required=True, help="tệp PDF sẽ ghi")
    certificates.set_defaults(handler=_cmd_certificates)
