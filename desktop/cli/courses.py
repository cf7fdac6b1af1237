"""``sohoi courses list``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.common import read_register, translate
from desktop.formatting import date as format_date


def _cmd_list(args: argparse.Namespace) -> int:
    from db.site import get_site
    from db.trainings import list_courses

    database = read_register(args)
    with database.reading() as session:
        rows = list_courses(session, get_site(session).unit_id)
    for row in rows:
        if args.format == "json":
            print(json.dumps({
                "id": row.id,
                "title": row.title,
                "start": row.start_on.isoformat(),
                "end": row.end_on.isoformat(),
                "participants": row.participants,
                "completed": row.completed,
            }, ensure_ascii=False))
        else:
            print(f"{format_date(row.start_on)}–{format_date(row.end_on)}  {row.title:<70} "
                  f"{row.completed}/{row.participants}")
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``courses list``."""
    courses = verbs.add_parser("courses", help=translate("CliCourses", "lớp tập huấn"))
    course_verbs = courses.add_subparsers(
        dest="courses_verb", metavar=translate("CliCourses", "LỆNH"), required=True
    )
    course_list = course_verbs.add_parser(
        "list", parents=[common], help=translate("CliCourses", "liệt kê lớp")
    )
    course_list.add_argument("--format", choices=["text", "json"], default="text")
    course_list.set_defaults(handler=_cmd_list)
