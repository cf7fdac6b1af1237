"""``sohoi meetings list``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.common import read_register, translate
from desktop.formatting import date as format_date


def _cmd_list(args: argparse.Namespace) -> int:
    from db.meetings import MeetingFilter, list_meetings
    from db.site import get_site

    database = read_register(args)
    with database.reading() as session:
        site = get_site(session)
        rows = list_meetings(session, site.unit_id, MeetingFilter())
    for row in rows:
        if args.format == "json":
            print(json.dumps({
                "id": row.id,
                "date": row.held_on.isoformat(),
                "branch": row.unit_name,
                "kind": row.kind,
                "topic": row.topic,
                "present": row.present,
                "expected": row.expected,
            }, ensure_ascii=False))
        else:
            print(f"{format_date(row.held_on)}  {row.unit_name:<28} {row.topic:<45} "
                  f"{row.present}/{row.expected}")
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``meetings list``."""
    meetings = verbs.add_parser("meetings", help=translate("CliMeetings", "buổi sinh hoạt"))
    meeting_verbs = meetings.add_subparsers(
        dest="meetings_verb", metavar=translate("CliMeetings", "LỆNH"), required=True
    )
    listing = meeting_verbs.add_parser(
        "list", parents=[common], help=translate("CliMeetings", "liệt kê buổi sinh hoạt")
    )
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(handler=_cmd_list)
