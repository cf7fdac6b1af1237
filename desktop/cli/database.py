"""``sohoi db check``: the health of a register file."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import open_register


def _cmd_check(args: argparse.Namespace) -> int:
    from db.maintenance import check_database

    report = check_database(open_register(args))
    print(f"Tệp: {report.path}")
    print(f"Kiểm tra toàn vẹn: {', '.join(report.integrity)}")
    print(f"Lỗi khóa ngoại: {report.foreign_key_problems}")
    print(f"Phiên bản lược đồ: {report.schema_revision} (ứng dụng: {report.application_revision})")
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    print("Kết quả: tốt" if report.ok else "Kết quả: CÓ VẤN ĐỀ")
    return 0 if report.ok else 1


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``db check``."""
    database = verbs.add_parser("db", help="tệp dữ liệu")
    db_verbs = database.add_subparsers(dest="db_verb", metavar="LỆNH", required=True)
    check = db_verbs.add_parser("check", parents=[common], help="kiểm tra toàn vẹn")
    check.set_defaults(handler=_cmd_check)
