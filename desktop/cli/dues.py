"""``sohoi dues``: the fund's vouchers and balance, and closing a quarter, from a terminal.

The rules are those of the page (``db.dues``): a voucher is never edited, a mistake is
reversed, a closed quarter refuses anything dated in it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from desktop.cli.common import open_register, read_register, translate
from desktop.error_text import error_text
from desktop.formatting import date as format_date
from desktop.formatting import money

_KINDS = {"thu": "receipt", "chi": "spending"}


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CliDues", "ngày không hợp lệ: {text} (viết YYYY-MM-DD)").format(text=text)
        ) from None


def _cmd_fund(args: argparse.Namespace) -> int:
    from db.dues import fund_book_data
    from db.site import get_site

    database = read_register(args)
    with database.reading() as session:
        book = fund_book_data(session, get_site(session).unit_id, args.year, args.quarter)
    for entry, balance in zip(book.entries, book.balances, strict=True):
        if args.format == "json":
            print(json.dumps({
                "voucher": entry.voucher, "kind": entry.kind,
                "date": entry.entry_date.isoformat(), "content": entry.content,
                "amount": entry.amount, "person": entry.person, "balance": balance,
                "reverses": entry.reverses or None, "reversed_by": entry.reversed_by or None,
            }, ensure_ascii=False))
        else:
            print(f"{format_date(entry.entry_date)}  {entry.voucher:<10} {entry.kind_label:<4}"
                  f"{money(entry.amount):>16} {money(balance):>16}  {entry.content}")
    return 0


def _cmd_balance(args: argparse.Namespace) -> int:
    from db.dues import fund_balance, period_label
    from db.site import get_site

    database = read_register(args)
    with database.reading() as session:
        balance = fund_balance(session, get_site(session).unit_id, args.year, args.quarter)
    if args.format == "json":
        print(json.dumps({"year": balance.year, "quarter": balance.quarter,
                          "opening": balance.opening, "receipts": balance.receipts,
                          "spending": balance.spending, "closing": balance.closing}))
    else:
        print(
            translate(
                "CliDues",
                "{year}: tồn đầu kỳ {opening}, thu {receipts}, chi {spending}, "
                "tồn cuối kỳ {closing}",
            ).format(
                year=error_text(period_label(balance.year, balance.quarter), translate),
                opening=money(balance.opening),
                receipts=money(balance.receipts),
                spending=money(balance.spending),
                closing=money(balance.closing),
            )
        )
    return 0


def _cmd_add(args: argparse.Namespace) -> int:
    from db.dues import FundEntryDraft, add_fund_entry, fund_entries
    from db.errors import FieldsError, UserError
    from db.site import get_site

    database = open_register(args)
    draft = FundEntryDraft(_KINDS[args.kind], args.date, args.content, args.amount, args.person)
    try:
        with database.transaction() as session:
            commune = get_site(session).unit_id
            key = add_fund_entry(session, commune, draft)
            voucher = next(e.voucher for e in fund_entries(session, commune, args.date.year)
                           if e.id == key)
    except FieldsError as exc:
        raise UserError(" ".join(exc.errors.values())) from None
    print(translate("CliDues", "Đã lưu {voucher}").format(voucher=voucher))
    return 0


def _cmd_reverse(args: argparse.Namespace) -> int:
    from db.dues import find_voucher, fund_entries, reverse_fund_entry
    from db.site import get_site

    database = open_register(args)
    with database.transaction() as session:
        commune = get_site(session).unit_id
        key = reverse_fund_entry(session, find_voucher(session, commune, args.voucher),
                                 args.date, args.reason)
        voucher = next(e.voucher for e in fund_entries(session, commune, args.date.year)
                       if e.id == key)
    print(translate("CliDues", "Đã lập bút toán đảo {voucher}").format(voucher=voucher))
    return 0


def _cmd_close(args: argparse.Namespace) -> int:
    from db.dues import close_period, period_label
    from db.site import get_site

    database = open_register(args)
    with database.transaction() as session:
        close_period(session, get_site(session).unit_id, args.year, args.quarter)
    print(
        translate("CliDues", "Đã khóa sổ {lower}").format(
            lower=error_text(period_label(args.year, args.quarter, inside=True), translate)
        )
    )
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``dues fund``, ``dues balance``, ``dues add``, ``dues reverse``, ``dues close``."""
    dues = verbs.add_parser("dues", help=translate("CliDues", "hội phí và quỹ hội"))
    dues_verbs = dues.add_subparsers(
        dest="dues_verb", metavar=translate("CliDues", "LỆNH"), required=True
    )
    fund = dues_verbs.add_parser(
        "fund", parents=[common], help=translate("CliDues", "liệt kê chứng từ quỹ hội")
    )
    fund.add_argument("--year", type=int, required=True)
    fund.add_argument("--quarter", type=int, choices=[1, 2, 3, 4])
    fund.add_argument("--format", choices=["text", "json"], default="text")
    fund.set_defaults(handler=_cmd_fund)
    balance = dues_verbs.add_parser(
        "balance", parents=[common], help=translate("CliDues", "tồn quỹ một quý")
    )
    balance.add_argument("--year", type=int, required=True)
    balance.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], required=True)
    balance.add_argument("--format", choices=["text", "json"], default="text")
    balance.set_defaults(handler=_cmd_balance)
    add = dues_verbs.add_parser(
        "add", parents=[common], help=translate("CliDues", "lập phiếu thu hoặc phiếu chi")
    )
    add.add_argument("--kind", choices=sorted(_KINDS), required=True)
    add.add_argument("--date", type=_day, required=True, help="YYYY-MM-DD")
    add.add_argument("--content", required=True)
    add.add_argument("--amount", type=int, required=True, help=translate("CliDues", "số đồng"))
    add.add_argument(
        "--person", required=True, help=translate("CliDues", "người nộp hoặc người nhận")
    )
    add.set_defaults(handler=_cmd_add)
    reverse = dues_verbs.add_parser("reverse", parents=[common],
                                    help=translate("CliDues", "đảo một chứng từ (ví dụ PC 1/2026)"))
    reverse.add_argument("voucher")
    reverse.add_argument("--date", type=_day, default=dt.date.today(), help="YYYY-MM-DD")
    reverse.add_argument("--reason", default="")
    reverse.set_defaults(handler=_cmd_reverse)
    close = dues_verbs.add_parser(
        "close", parents=[common], help=translate("CliDues", "khóa sổ một quý")
    )
    close.add_argument("--year", type=int, required=True)
    close.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], required=True)
    close.set_defaults(handler=_cmd_close)
