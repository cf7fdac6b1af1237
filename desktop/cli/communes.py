"""``sohoi communes status``: the upper level's table of communes, from a terminal.

The same rows as the "Các xã" page: each commune's last package and main numbers, and
whether it has reported since a day (by default the first of the current quarter). As
text for a person (an aligned table, the late communes marked "CHƯA GỬI") or as JSON for
scripts that chase the communes which have not sent their file yet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from desktop.cli.common import translate
from desktop.formatting import date as format_date
from desktop.formatting import number, percent

Opener = Callable[[argparse.Namespace], Any]

_TEXT_COLUMNS = (
    (translate("CliCommunes", "Mã"), "<"),
    (translate("CliCommunes", "Xã/phường"), "<"),
    (translate("CliCommunes", "Gói gần nhất"), "<"),
    (translate("CliCommunes", "Hội viên"), ">"),
    (translate("CliCommunes", "Đang SH"), ">"),
    (translate("CliCommunes", "Tỷ lệ TH"), ">"),
    (translate("CliCommunes", "SH quý"), ">"),
    (translate("CliCommunes", "Cán bộ TH"), ">"),
    (translate("CliCommunes", "Tình trạng"), "<"),
)


def _day(text: str) -> dt.date:
    """Read a YYYY-MM-DD day for argparse, with a message people can act on."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CliCommunes", "ngày {text!r} không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2026-10-01"
            ).format(text=text)
        ) from None


def _number(value: int) -> str:
    return number(value)


def _percent(value: float | None) -> str:
    return "—" if value is None else percent(value)


def _json_row(row: Any) -> dict[str, Any]:
    rate = row.gathering_rate
    return {
        "code": row.code,
        "name": row.name,
        "unit_id": row.unit_id,
        "enrolled": row.enrolled,
        "last_generation": row.last_generation,
        "last_received": None if row.last_received is None else row.last_received.isoformat(),
        "last_received_on": (
            None if row.last_received_on is None else row.last_received_on.isoformat()
        ),
        "reported": row.reported,
        "members": row.members,
        "active_members": row.active_members,
        "gathered_members": row.gathered_members,
        "women_18_plus": row.women_18_plus,
        "population_year": row.population_year,
        "gathering_rate": None if rate is None else round(rate, 2),
        "meetings_this_quarter": row.meetings_this_quarter,
        "officers_to_train": row.officers_to_train,
        "officers_trained_this_year": row.officers_trained_this_year,
    }


def _text_cells(row: Any) -> tuple[str, ...]:
    if row.last_generation and row.last_received_on is not None:
        package = translate("CliCommunes", "{last_received_on}, lần {last_generation}").format(
            last_received_on=format_date(row.last_received_on), last_generation=row.last_generation
        )
    else:
        package = translate("CliCommunes", "chưa có gói nào")
    officers = (
        f"{row.officers_trained_this_year}/{row.officers_to_train}"
        if row.officers_to_train else "—"
    )
    return (
        row.code,
        row.name,
        package,
        _number(row.members),
        _number(row.active_members),
        _percent(row.gathering_rate),
        _number(row.meetings_this_quarter),
        officers,
        translate("CliCommunes", "đã gửi")
        if row.reported
        else translate("CliCommunes", "CHƯA GỬI"),
    )


def format_table(rows: Sequence[Any]) -> list[str]:
    """Return the communes as lines of an aligned table, the header first."""
    cells = [tuple(title for title, _align in _TEXT_COLUMNS)]
    cells += [_text_cells(row) for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(_TEXT_COLUMNS))]
    lines = []
    for line in cells:
        parts = [
            value.ljust(width) if align == "<" else value.rjust(width)
            for value, width, (_title, align) in zip(line, widths, _TEXT_COLUMNS, strict=True)
        ]
        lines.append("  ".join(parts).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return lines


def cmd_status(args: argparse.Namespace, open_database: Opener) -> int:
    """Print every commune with its last package and main numbers."""
    from db.communes import commune_status, not_reported_count, quarter_start
    from db.site import get_site

    today = dt.date.today()
    since = args.since or quarter_start(today)
    with open_database(args).reading() as session:
        site = get_site(session)
        rows = commune_status(session, today, since)
    if args.format == "json":
        print(json.dumps([_json_row(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    late = not_reported_count(rows)
    print(
        translate(
            "CliCommunes",
            "{union_name}: {late}/{rows} xã chưa gửi gói từ ngày {since} (số "
            "liệu đến ngày {today}).",
        ).format(
            union_name=site.union_name,
            late=late,
            rows=len(rows),
            since=format_date(since),
            today=format_date(today),
        )
    )
    if not rows:
        print(translate("CliCommunes", "Chưa có xã nào đăng ký. Tạo tệp đăng ký cho xã: "
              "sohoi sync enroll --commune MÃ --out THƯ_MỤC"))
        return 0
    for line in format_table(rows):
        print(line)
    return 0


def add_communes_parser(
    verbs: Any, common: argparse.ArgumentParser, open_database: Opener
) -> None:
    """Add ``sohoi communes …`` to the command line."""
    communes = verbs.add_parser(
        "communes", help=translate("CliCommunes", "cấp trên: tình hình gửi gói và số liệu các xã")
    )
    communes_verbs = communes.add_subparsers(
        dest="communes_verb", metavar=translate("CliCommunes", "LỆNH"), required=True
    )

    def handler(function: Callable[[argparse.Namespace, Opener], int]) -> Any:
        return lambda args: function(args, open_database)

    status = communes_verbs.add_parser(
        "status",
        parents=[common],
        help=translate(
            "CliCommunes",
            "mỗi xã: gói gần nhất, hội viên, tỷ lệ tập hợp, sinh hoạt, cán bộ tập huấn",
        ),
    )
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.add_argument(
        "--since",
        type=_day,
        metavar=translate("CliCommunes", "NĂM-THÁNG-NGÀY"),
        help=translate(
            "CliCommunes", "xã không gửi gói nào từ ngày này là «chưa gửi» (mặc định: ngày đầu quý)"
        ),
    )
    status.set_defaults(handler=handler(cmd_status))


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``communes`` (the registry's entry point for this verb)."""
    from desktop.cli.common import open_register

    add_communes_parser(verbs, common, open_register)


__all__ = ["add_communes_parser", "cmd_status", "format_table", "register"]
