"""``sohoi db check``: the health of a register file, without ever changing it."""

from __future__ import annotations

import argparse
from typing import Any

from db.errors import UserError
from desktop.cli.common import register_target, translate


def _cmd_check(args: argparse.Namespace) -> int:
    from db.backup import newest_verified_backup
    from db.maintenance import check_path
    from desktop.cli.backup import default_backup_folder
    from desktop.formatting import date_time

    # Read-only: never creates, migrates or locks the file (it may be open in a window).
    target = register_target(args)
    if isinstance(target, str):
        return _check_server(target)
    path = target
    if not path.exists():
        raise UserError(
            translate(
                "CliDatabase", "Không có tệp {path}; hãy kiểm tra lại đường dẫn. Chưa tạo tệp nào."
            ).format(path=path)
        )
    report = check_path(path)
    print(translate("CliDatabase", "Tệp: {path}").format(path=report.path))
    print(
        translate("CliDatabase", "Kiểm tra toàn vẹn: {items}").format(
            items=", ".join(report.integrity)
        )
    )
    print(
        translate("CliDatabase", "Lỗi khóa ngoại: {foreign_key_problems}").format(
            foreign_key_problems=report.foreign_key_problems
        )
    )
    print(
        translate(
            "CliDatabase", "Phiên bản lược đồ: {schema_revision} (ứng dụng: {application_revision})"
        ).format(
            schema_revision=report.schema_revision, application_revision=report.application_revision
        )
    )
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    if report.ok:
        print(translate("CliDatabase", "Kết quả: tốt"))
        return 0
    print(translate("CliDatabase", "Kết quả: CÓ VẤN ĐỀ"))
    if not report.damaged:
        return 1
    newest = newest_verified_backup(default_backup_folder(path))
    if newest is None:
        print(translate("CliDatabase", "Không tìm thấy bản sao lưu tốt nào trong thư mục sao lưu."))
    else:
        print(
            translate(
                "CliDatabase",
                "Bản sao lưu tốt mới nhất: {path} ({taken_at}). Khôi phục: sohoi "
                'backup restore "{path}"',
            ).format(path=newest.path, taken_at=date_time(newest.taken_at))
        )
    return 1


def _check_server(url: str) -> int:
    """Check a server's register: its schema revision, derived tables and counts."""
    from db.engine import open_server_database
    from db.maintenance import check_database

    database = open_server_database(url)
    try:
        report = check_database(database)
    finally:
        database.close()
    print(translate("CliDatabase", "Cơ sở dữ liệu: {path}").format(path=report.path))
    print(translate("CliDatabase", "Kiểm tra toàn vẹn: {items}").format(
        items=", ".join(report.integrity)))
    print(translate(
        "CliDatabase", "Phiên bản lược đồ: {schema_revision} (ứng dụng: {application_revision})"
    ).format(schema_revision=report.schema_revision,
             application_revision=report.application_revision))
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    print(translate("CliDatabase", "Kết quả: tốt") if report.ok
          else translate("CliDatabase", "Kết quả: CÓ VẤN ĐỀ"))
    return 0 if report.ok else 1


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``db check``."""
    database = verbs.add_parser("db", help=translate("CliDatabase", "tệp dữ liệu"))
    db_verbs = database.add_subparsers(
        dest="db_verb", metavar=translate("CliDatabase", "LỆNH"), required=True
    )
    check = db_verbs.add_parser(
        "check", parents=[common], help=translate("CliDatabase", "kiểm tra toàn vẹn")
    )
    check.set_defaults(handler=_cmd_check)
