"""``sohoi members transfer`` and ``sohoi members arrivals [accept | decline]``.

Moving a member to another commune by file through the upper level
(docs/ARCHITECTURE.md §6): the sending commune records the transfer, the receiving
commune lists her once the upper level's package has come, and answers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from desktop.cli.common import open_register, read_register, translate
from desktop.error_text import error_text

ACTOR = "admin"
"""The command line is run by the person at the office's machine, with every right."""


def _day(text: str) -> dt.date:
    """Read a YYYY-MM-DD day for argparse, with a message people can act on."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CliMembersTransfer",
                "ngày {text!r} không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2026-10-01",
            ).format(text=text)
        ) from None


def _refused(message: str) -> int:
    print(
        translate("CliMembersTransfer", "Lỗi: {message}").format(message=message), file=sys.stderr
    )
    return 1


def _cmd_transfer(args: argparse.Namespace) -> int:
    from db.transfers import destination_name, transfer_member
    from db.validation import ValidationError

    database = open_register(args)
    try:
        with database.transaction() as session:
            transfer_member(session, args.member_id, args.to, args.on or dt.date.today(),
                            role=ACTOR)
    except ValidationError as exc:
        return _refused(error_text(exc, translate))
    print(
        translate(
            "CliMembersTransfer",
            "Đã ghi chuyển sinh hoạt đến {to}. Hồ sơ sẽ đi theo gói dữ liệu gửi cấp trên lần tới.",
        ).format(to=destination_name(args.to))
    )
    return 0


def _cmd_arrivals(args: argparse.Namespace) -> int:
    from db.formatting import date as format_date
    from db.transfers import list_arrivals

    database = read_register(args)
    with database.reading() as session:
        rows = list_arrivals(session)
    for row in rows:
        if args.format == "json":
            print(json.dumps({
                "id": row.id, "full_name": row.full_name, "birth_date": row.birth_date,
                "from": row.from_name, "transferred_on": row.transferred_on.isoformat(),
            }, ensure_ascii=False))
        else:
            print(f"{row.id}  {row.full_name:<32} {row.birth_date or '':>10}  "
                  f"{row.from_name}  ({format_date(row.transferred_on)})")
    if not rows and args.format != "json":
        print(translate("CliMembersTransfer", "Không có hội viên nào chờ tiếp nhận."))
    return 0


def _branch_id(session: Any, name: str) -> str | None:
    from db.site import get_site
    from db.text import search_key
    from db.units import list_branches

    site = get_site(session)
    wanted = search_key(name)
    for branch in list_branches(session, site.unit_id, dt.date.today().year):
        if search_key(branch.name) == wanted:
            return branch.id
    return None


def _cmd_accept(args: argparse.Namespace) -> int:
    from db.transfers import accept_arrival
    from db.validation import ValidationError

    database = open_register(args)
    try:
        with database.transaction() as session:
            branch = _branch_id(session, args.branch)
            if branch is None:
                return _refused(
                    translate("CliMembersTransfer", "Xã không có chi hội tên «{branch}».").format(
                        branch=args.branch
                    )
                )
            member_id = accept_arrival(session, args.id, branch, args.on or dt.date.today(),
                                       role=ACTOR)
    except ValidationError as exc:
        return _refused(error_text(exc, translate))
    print(
        translate(
            "CliMembersTransfer", "Đã tiếp nhận vào chi hội {branch}; mã hội viên mới: {member_id}."
        ).format(branch=args.branch, member_id=member_id)
    )
    return 0


def _cmd_decline(args: argparse.Namespace) -> int:
    from db.transfers import decline_arrival
    from db.validation import ValidationError

    database = open_register(args)
    try:
        with database.transaction() as session:
            decline_arrival(session, args.id, args.reason, args.on or dt.date.today(),
                            role=ACTOR)
    except ValidationError as exc:
        return _refused(error_text(exc, translate))
    print(
        translate(
            "CliMembersTransfer",
            "Đã ghi không tiếp nhận; lý do sẽ theo gói gửi cấp trên lần tới về xã chuyển đi.",
        )
    )
    return 0


def register(member_verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``members transfer`` and ``members arrivals`` to the ``members`` verbs."""
    transfer = member_verbs.add_parser(
        "transfer",
        parents=[common],
        help=translate("CliMembersTransfer", "chuyển sinh hoạt hội viên sang xã khác"),
    )
    transfer.add_argument(
        "member_id",
        help=translate("CliMembersTransfer", "mã hội viên (xem members search --format json)"),
    )
    transfer.add_argument(
        "--to",
        required=True,
        help=translate("CliMembersTransfer", "mã xã nhận (5 chữ số, theo danh mục)"),
    )
    transfer.add_argument(
        "--on", type=_day, help=translate("CliMembersTransfer", "ngày chuyển (mặc định: hôm nay)")
    )
    transfer.set_defaults(handler=_cmd_transfer)

    arrivals = member_verbs.add_parser(
        "arrivals",
        parents=[common],
        help=translate("CliMembersTransfer", "hội viên chuyển đến chờ tiếp nhận"),
    )
    arrivals.add_argument("--format", choices=["text", "json"], default="text")
    arrivals.set_defaults(handler=_cmd_arrivals)
    answers = arrivals.add_subparsers(
        dest="arrivals_verb", metavar=translate("CliMembersTransfer", "LỆNH")
    )
    accept = answers.add_parser(
        "accept",
        parents=[common],
        help=translate("CliMembersTransfer", "tiếp nhận vào một chi hội"),
    )
    accept.add_argument(
        "id", help=translate("CliMembersTransfer", "mã hội viên chuyển đến (xem members arrivals)")
    )
    accept.add_argument(
        "--branch", required=True, help=translate("CliMembersTransfer", "tên chi hội nhận")
    )
    accept.add_argument(
        "--on",
        type=_day,
        help=translate("CliMembersTransfer", "ngày tiếp nhận (mặc định: hôm nay)"),
    )
    accept.set_defaults(handler=_cmd_accept)
    decline = answers.add_parser(
        "decline", parents=[common], help=translate("CliMembersTransfer", "không tiếp nhận")
    )
    decline.add_argument(
        "id", help=translate("CliMembersTransfer", "mã hội viên chuyển đến (xem members arrivals)")
    )
    decline.add_argument(
        "--reason",
        required=True,
        help=translate("CliMembersTransfer", "lý do, gửi về xã chuyển đi"),
    )
    decline.add_argument(
        "--on", type=_day, help=translate("CliMembersTransfer", "ngày trả lời (mặc định: hôm nay)")
    )
    decline.set_defaults(handler=_cmd_decline)
