"""``sohoi members search | import | export | transfer | arrivals``.

The transfer verbs live in :mod:`desktop.cli.members_transfer`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import open_register, read_register, translate


def _cmd_search(args: argparse.Namespace) -> int:
    from db.members import MemberFilter, search_members

    database = read_register(args)
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
                  f"{translate('CliMembers', row.status_label)}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop.cli.members_import import run_member_import

    database = open_register(args, writes=not args.dry_run)
    return run_member_import(database, Path(args.file), dry_run=args.dry_run,
                             output_format=args.format)


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.cli.members_export import run_member_export

    columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
    run_member_export(read_register(args), Path(args.out), columns)
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``members`` and its sub-verbs."""
    members = verbs.add_parser("members", help=translate("CliMembers", "hội viên"))
    member_verbs = members.add_subparsers(
        dest="members_verb", metavar=translate("CliMembers", "LỆNH"), required=True
    )
    search = member_verbs.add_parser(
        "search", parents=[common], help=translate("CliMembers", "tìm hội viên")
    )
    search.add_argument(
        "text",
        nargs="?",
        default="",
        help=translate("CliMembers", "một phần họ tên, không cần dấu"),
    )
    search.add_argument("--limit", type=int, default=100)
    search.add_argument("--format", choices=["text", "json"], default="text")
    search.set_defaults(handler=_cmd_search)
    importing = member_verbs.add_parser(
        "import",
        parents=[common],
        help=translate("CliMembers", "nhập danh sách hội viên từ Excel (.xlsx, .xls, .ods)"),
    )
    importing.add_argument("file", help=translate("CliMembers", "tệp bảng tính"))
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("CliMembers", "chỉ xem trước, không ghi")
    )
    importing.add_argument("--format", choices=["text", "json"], default="text")
    importing.set_defaults(handler=_cmd_import)
    export = member_verbs.add_parser(
        "export", parents=[common], help=translate("CliMembers", "xuất danh sách ra Excel")
    )
    export.add_argument("--out", required=True, help=translate("CliMembers", "tệp .xlsx sẽ ghi"))
    export.add_argument(
        "--columns",
        help=translate(
            "CliMembers",
            "các cột, phân cách bằng dấu phẩy (mặc định: mọi cột trừ dân tộc, tôn giáo, số CCCD)",
        ),
    )
    export.set_defaults(handler=_cmd_export)
    from desktop.cli import members_transfer

    members_transfer.register(member_verbs, common)
