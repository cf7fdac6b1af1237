"""``sohoi certificates verify``: is a certificate valid, revoked or unknown?"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import read_register
from desktop.formatting import date as format_date


def _cmd_verify(args: argparse.Namespace) -> int:
    from db.certificates import verify

    database = read_register(args)
    with database.reading() as session:
        found = verify(session, args.code)
    certificate = found.certificate
    if certificate is None:
        print(f"Không tìm thấy giấy chứng nhận có mã {args.code}.")
        return 2
    print(f"{certificate.number} — {certificate.full_name} — {certificate.course_title}")
    if found.status == "revoked":
        print(f"ĐÃ THU HỒI ngày {format_date(certificate.revoked_on)}: "
              f"{certificate.revoke_reason}")
        return 1
    print("CÒN HIỆU LỰC")
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``certificates verify``."""
    certs = verbs.add_parser("certificates", help="giấy chứng nhận")
    cert_verbs = certs.add_subparsers(dest="certificates_verb", metavar="LỆNH", required=True)
    check_code = cert_verbs.add_parser(
        "verify", parents=[common],
        help="tra mã xác minh (mã thoát 0: còn hiệu lực, 1: đã thu hồi, 2: không có)",
    )
    check_code.add_argument("code", help="mã xác minh in trên giấy chứng nhận")
    check_code.set_defaults(handler=_cmd_verify)
