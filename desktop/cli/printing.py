"""``sohoi print attendance | certificates``: documents to PDF files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from db.errors import UserError
from desktop.cli.common import read_register, translate


def _cmd_attendance(args: argparse.Namespace) -> int:
    from db.meetings import sheet_data
    from desktop.documents.attendance_sheet import render_attendance_sheet
    from desktop.documents.meeting_sheet import sheet_from_meeting

    database = read_register(args)
    with database.reading() as session:
        data = sheet_data(session, args.meeting)
    out = Path(args.out)
    render_attendance_sheet(sheet_from_meeting(data, blank=args.blank), out)
    print(translate("CliPrinting", "Đã ghi {out}").format(out=out))
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from db.certificates import certificates_of_course, with_qr_texts
    from desktop.documents.certificate import certificate_from_row, render_certificates

    database = read_register(args)
    with database.reading() as session:
        rows = with_qr_texts(session, certificates_of_course(session, args.course))
    if not rows:
        raise UserError(translate("CliPrinting", "Lớp này chưa có giấy chứng nhận nào để in."))
    out = Path(args.out)
    if args.english:
        from desktop.documents.certificate_translation import (
            render_certificate_translations,
            translation_from_row,
        )

        render_certificate_translations([translation_from_row(row) for row in rows], out)
        print(translate("CliPrinting", "Đã ghi bản dịch tiếng Anh của {rows} giấy chứng nhận "
                        "vào {out}").format(rows=len(rows), out=out))
        return 0
    render_certificates([certificate_from_row(row) for row in rows], out)
    print(
        translate("CliPrinting", "Đã ghi {rows} giấy chứng nhận vào {out}").format(
            rows=len(rows), out=out
        )
    )
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``print attendance`` and ``print certificates``."""
    printing = verbs.add_parser("print", help=translate("CliPrinting", "in tài liệu ra PDF"))
    print_verbs = printing.add_subparsers(
        dest="print_verb", metavar=translate("CliPrinting", "LỆNH"), required=True
    )
    sheet = print_verbs.add_parser(
        "attendance",
        parents=[common],
        help=translate("CliPrinting", "danh sách điểm danh / ký nhận của một buổi"),
    )
    sheet.add_argument(
        "--meeting", required=True, help=translate("CliPrinting", "mã (id) buổi sinh hoạt")
    )
    sheet.add_argument("--out", required=True, help=translate("CliPrinting", "tệp PDF sẽ ghi"))
    sheet.add_argument(
        "--blank",
        action="store_true",
        help=translate("CliPrinting", "bản trống để ký (mặc định: bản đã điểm danh)"),
    )
    sheet.set_defaults(handler=_cmd_attendance)

    certificates = print_verbs.add_parser(
        "certificates",
        parents=[common],
        help=translate("CliPrinting", "giấy chứng nhận của một lớp"),
    )
    certificates.add_argument(
        "--course", required=True, help=translate("CliPrinting", "mã (id) lớp tập huấn")
    )
    certificates.add_argument(
        "--out", required=True, help=translate("CliPrinting", "tệp PDF sẽ ghi")
    )
    certificates.add_argument(
        "--english", action="store_true",
        help=translate("CliPrinting", "bản dịch tiếng Anh để tham khảo (giấy chứng nhận vẫn là "
                       "bản tiếng Việt)"),
    )
    certificates.set_defaults(handler=_cmd_certificates)
