"""``sohoi certificates verify``: is a certificate valid, revoked, unknown or forged?

The argument is the short code printed under the QR code, or the whole text the QR
code carries (a phone's reader or a scanner gives it; ``-`` reads it from standard
input). The text is checked offline with the issuer's public key (``db.certificates``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import read_register, translate
from desktop.formatting import date as format_date

EXIT_CODES = {"valid": 0, "revoked": 1, "unknown": 2, "unknown_issuer": 3, "forged": 4}
"""Exit status per answer, for scripts."""


def _cmd_verify(args: argparse.Namespace) -> int:
    from db.certificates import verify

    text = sys.stdin.read() if args.code == "-" else args.code
    database = read_register(args)
    with database.reading() as session:
        found = verify(session, text)
    certificate, statement = found.certificate, found.statement
    if found.status == "forged":
        print(
            translate(
                "CliCertificates",
                "GIẢ MẠO: chữ ký trên mã QR không khớp với nội dung — giấy này đã bị sửa "
                "hoặc không do đơn vị ghi trên giấy cấp.",
            )
        )
        return EXIT_CODES["forged"]
    if found.status == "unknown_issuer":
        code = statement.issuer_code if statement else ""
        print(
            translate(
                "CliCertificates",
                "KHÔNG XÁC MINH ĐƯỢC: sổ này chưa biết khóa của đơn vị cấp (mã "
                "{code}). Hãy nhận gói dữ liệu mới của cấp trên, hoặc hỏi đơn vị "
                "đã cấp.",
            ).format(code=code)
        )
        return EXIT_CODES["unknown_issuer"]
    if certificate is None and statement is None:
        print(
            translate("CliCertificates", "Không tìm thấy giấy chứng nhận có mã {strip}.").format(
                strip=text.strip()
            )
        )
        return EXIT_CODES["unknown"]
    if certificate is not None:
        print(f"{certificate.number} — {certificate.full_name} — {certificate.course_title}")
    elif statement is not None:
        print(f"{statement.number} — {statement.full_name} — {statement.course_title}"
              f" — {found.issuer_name or statement.issuer_name}")
    if found.status == "revoked":
        reason = certificate.revoke_reason if certificate is not None else ""
        print(
            translate("CliCertificates", "ĐÃ THU HỒI ngày {revoked_on}").format(
                revoked_on=format_date(found.revoked_on)
            )
            + (f": {reason}" if reason else "")
        )
        return EXIT_CODES["revoked"]
    print(translate("CliCertificates", "CÒN HIỆU LỰC"))
    return EXIT_CODES["valid"]


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``certificates verify``."""
    certs = verbs.add_parser("certificates", help=translate("CliCertificates", "giấy chứng nhận"))
    cert_verbs = certs.add_subparsers(
        dest="certificates_verb", metavar=translate("CliCertificates", "LỆNH"), required=True
    )
    check_code = cert_verbs.add_parser(
        "verify",
        parents=[common],
        help=translate(
            "CliCertificates",
            "tra mã xác minh hoặc nội dung mã QR (mã thoát 0: còn hiệu lực, 1: đã thu hồi, "
            "2: không có, 3: chưa biết đơn vị cấp, 4: giả mạo)",
        ),
    )
    check_code.add_argument(
        "code",
        help=translate(
            "CliCertificates",
            "mã xác minh in trên giấy chứng nhận, hoặc toàn bộ nội dung mã QR "
            "(“-”: đọc từ đầu vào chuẩn)",
        ),
    )
    check_code.set_defaults(handler=_cmd_verify)
