"""``sohoi evaluation show``: a unit's yearly evaluation (xếp loại) from a terminal.

At a commune it shows the evaluation of the commune (or of one branch, ``--unit``) as
the page would: saved points, figures fresh from the register, the class and why. At
an upper level it lists the self-evaluations the communes sent.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import read_register, translate


def _figure(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _show_upper(session: Any, args: argparse.Namespace) -> int:
    from db.evaluation import communes_evaluations

    rows = communes_evaluations(session, args.year)
    for row in rows:
        if args.format == "json":
            print(json.dumps({
                "commune_code": row.commune_code, "commune": row.commune_name,
                "total": row.total, "max_total": row.max_total, "class": row.class_label,
                "set": row.set_name, "set_edition": row.set_edition,
                "example_set": row.set_example, "branches_evaluated": row.branches_evaluated,
                "filled_on": row.filled_on.isoformat(),
            }, ensure_ascii=False))
        else:
            print(f"{row.commune_code:<6} {row.commune_name:<30} {row.total:>4}/{row.max_total:<4}"
                  f" {translate('CliEvaluation', row.class_label)}")
    if not rows and args.format != "json":
        print(
            translate("CliEvaluation", "Chưa xã nào gửi bản tự đánh giá năm {year}.").format(
                year=args.year
            )
        )
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    import datetime as dt

    from db.errors import UserError
    from db.evaluation import evaluated_units, evaluation_view
    from db.site import get_site

    database = read_register(args)
    with database.reading() as session:
        if get_site(session).is_upper:
            return _show_upper(session, args)
        units = evaluated_units(session)
        unit = units[0]
        if args.unit:
            wanted = args.unit.strip().casefold()
            matches = [u for u in units
                       if wanted in (u.code.casefold(), u.name.casefold())]
            if not matches:
                raise UserError(
                    translate("CliEvaluation", "Không có chi hội «{unit}» trong xã này.").format(
                        unit=args.unit
                    )
                )
            unit = matches[0]
        view = evaluation_view(session, unit.unit_id, args.year, dt.date.today())
    from desktop.evaluation_text import explanation_lines

    if args.format == "json":
        print(json.dumps({
            "unit": view.unit_name, "year": view.year, "set": view.set_name,
            "set_edition": view.set_edition, "example_set": view.set_example,
            "criteria": [{"code": c.code, "text": c.text, "max_points": c.max_points,
                          "figure": c.figure, "from_register": c.from_register,
                          "points": c.points} for c in view.criteria],
            "total": view.total, "max_total": view.max_total, "class": view.class_label,
            "explanation": explanation_lines(view, translate),
            "saved_on": view.saved_on.isoformat() if view.saved_on else None,
        }, ensure_ascii=False))
        return 0
    example = translate("CliEvaluation", " (bộ tiêu chí ví dụ)") if view.set_example else ""
    print(
        translate(
            "CliEvaluation", "{unit_name}: đánh giá năm {year} theo «{set_name}»{example}"
        ).format(unit_name=view.unit_name, year=view.year, set_name=view.set_name, example=example)
    )
    for c in view.criteria:
        source = (
            translate("CliEvaluation", " [từ sổ: {figure}]").format(figure=_figure(c.figure))
            if c.from_register
            else ""
        )
        print(f"  {c.code:<4} {c.points:>3}/{c.max_points:<3} {c.text}{source}")
    print(
        translate("CliEvaluation", "Tổng: {total}/{max_total} điểm, {class_label}").format(
            total=view.total, max_total=view.max_total,
            class_label=translate("CliEvaluation", view.class_label)
        )
    )
    for line in explanation_lines(view, translate)[:-1]:
        print(f"  - {line}")
    if view.saved_on is None:
        print(translate("CliEvaluation", "(chưa lưu)"))
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    import datetime as dt

    from db.errors import UserError
    from db.evaluation import publish_set
    from desktop.cli.common import open_register

    try:
        raw = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(
            translate(
                "CliEvaluation", "Không đọc được bộ tiêu chí {name}: cần tệp JSON UTF-8."
            ).format(name=args.file.name)
        ) from exc
    database = open_register(args)
    with database.transaction() as session:
        published = publish_set(session, raw, args.year, dt.date.today())
    print(
        translate(
            "CliEvaluation",
            "Đã gửi «{name}» năm {year}, lần {edition}; các xã nhận ở gói dữ liệu tới.",
        ).format(name=published.name, year=published.year, edition=published.edition)
    )
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``evaluation show`` and ``evaluation publish``."""
    evaluation = verbs.add_parser(
        "evaluation", help=translate("CliEvaluation", "đánh giá, xếp loại hằng năm")
    )
    evaluation_verbs = evaluation.add_subparsers(
        dest="evaluation_verb", metavar=translate("CliEvaluation", "LỆNH"), required=True
    )
    show = evaluation_verbs.add_parser(
        "show",
        parents=[common],
        help=translate("CliEvaluation", "xem bản đánh giá của xã hoặc một chi hội"),
    )
    show.add_argument("--year", type=int, required=True)
    show.add_argument(
        "--unit", help=translate("CliEvaluation", "mã hoặc tên chi hội (mặc định: cả xã)")
    )
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=_cmd_show)
    publish = evaluation_verbs.add_parser(
        "publish",
        parents=[common],
        help=translate("CliEvaluation", "cấp trên gửi bộ tiêu chí (tệp JSON) cho các xã"),
    )
    publish.add_argument("--file", type=Path, required=True)
    publish.add_argument("--year", type=int, required=True)
    publish.set_defaults(handler=_cmd_publish)
