"""``sohoi report``: the Đề án 1893 report, and the upper level's own forms filled in."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.cli.common import open_register, read_register, translate


def _cmd_targets(args: argparse.Namespace) -> int:
    from db.site import get_site
    from db.targets import targets_by_commune, targets_report, untrained_officers
    from desktop.documents.targets_workbook import write_targets_workbook

    database = read_register(args)
    today = dt.date.today()
    with database.reading() as session:
        site = get_site(session)
        commune_id = None if site.is_upper else site.unit_id
        report = targets_report(session, commune_id, args.year, today)
        untrained = untrained_officers(session, commune_id, args.year, today)
        # The upper level also gets one line per commune ("Theo từng xã").
        by_commune = targets_by_commune(session, args.year, today) if site.is_upper else None
    out = Path(args.out)
    write_targets_workbook(report, untrained, out, by_commune=by_commune)
    print(translate("CliReport", "Đã ghi {out}").format(out=out))
    return 0


def _cmd_fill(args: argparse.Namespace) -> int:
    from db.report_template import check_period, commune_values, upper_values
    from db.site import get_site
    from db.units import list_communes
    from desktop.documents.template_workbook import FilledSheet, fill_template

    database = read_register(args)
    today = dt.date.today()
    year = check_period(args.period, today)
    with database.reading() as session:
        site = get_site(session)
        if not site.is_upper:
            sheets = [FilledSheet(None, commune_values(session, site.unit_id, year, today))]
        elif args.commune:
            chosen = [c for c in list_communes(session) if c.code == args.commune.strip()]
            if not chosen:
                print(
                    translate("CliReport", "Cấp trên chưa có xã mã {strip}.").format(
                        strip=args.commune.strip()[:12]
                    )
                )
                return 1
            sheets = [FilledSheet(None, commune_values(session, chosen[0].unit_id, year,
                                                       today))]
        else:
            summed, each = upper_values(session, year, today, site.unit_name, site.unit_code)
            sheets = [FilledSheet(None, summed),
                      *(FilledSheet(name, values) for name, values in each)]
        template: Path | tuple[str, bytes] = Path(args.template or "")
        if args.published:
            template = _published(session, args.published)
    out = Path(args.out)
    count = fill_template(template, out, sheets)
    print(translate("CliReport", "Đã ghi {out} ({count} trang tính).").format(out=out, count=count))
    return 0


def _published(session: Any, name: str) -> tuple[str, bytes]:
    from db.errors import UserError
    from db.template_publishing import list_templates, template_content

    wanted = name.strip()
    for template in list_templates(session):
        if template.name == wanted:
            return template_content(session, template.template_id)
    raise UserError(
        translate(
            "CliReport", "Sổ chưa có mẫu báo cáo tên «{wanted}» (xem: sohoi report published)."
        ).format(wanted=wanted[:60])
    )


def _cmd_publish(args: argparse.Namespace) -> int:
    from db.template_publishing import publish_template
    from desktop.documents.template_workbook import check_template, load_template

    path = Path(args.template)
    check_template(load_template(path))
    database = open_register(args)
    with database.transaction() as session:
        published = publish_template(session, args.name or path.stem, path.read_bytes(),
                                     dt.date.today())
    print(translate("CliReport", "Đã gửi mẫu «{name}» (lần {edition}); các xã nhận ở gói gửi "
              "xuống tiếp theo.").format(name=published.name, edition=published.edition))
    return 0


def _cmd_published(args: argparse.Namespace) -> int:
    import json

    from db.template_publishing import list_templates

    database = read_register(args)
    with database.reading() as session:
        templates = list_templates(session)
    if args.format == "json":
        print(json.dumps([{"id": t.template_id, "name": t.name, "edition": t.edition,
                           "published_on": t.published_on.isoformat(), "size": t.size,
                           "own": t.own} for t in templates], ensure_ascii=False, indent=2))
        return 0
    if not templates:
        print(translate("CliReport", "Sổ chưa có mẫu báo cáo nào của cấp trên."))
    for t in templates:
        origin = (
            translate("CliReport", "đơn vị này gửi")
            if t.own
            else translate("CliReport", "của cấp trên")
        )
        print(
            translate(
                "CliReport", "{name} — lần {edition}, {published_on:%d/%m/%Y}, {origin}"
            ).format(name=t.name, edition=t.edition, published_on=t.published_on, origin=origin)
        )
    return 0


def _cmd_templates(args: argparse.Namespace) -> int:
    from desktop.documents.example_templates import write_examples

    for path in write_examples(Path(args.out)):
        print(translate("CliReport", "Đã ghi {path}").format(path=path))
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``report targets`` and ``report fill``."""
    report = verbs.add_parser("report", help=translate("CliReport", "báo cáo"))
    report_verbs = report.add_subparsers(
        dest="report_verb", metavar=translate("CliReport", "LỆNH"), required=True
    )
    targets = report_verbs.add_parser(
        "targets", parents=[common], help=translate("CliReport", "chỉ tiêu Đề án 1893 ra tệp Excel")
    )
    targets.add_argument("--year", type=int, required=True)
    targets.add_argument("--out", required=True, help=translate("CliReport", "tệp .xlsx sẽ ghi"))
    targets.set_defaults(handler=_cmd_targets)
    fill = report_verbs.add_parser(
        "fill",
        parents=[common],
        help=translate("CliReport", "điền mẫu báo cáo .xlsx của cấp trên bằng số liệu của sổ"),
        description=translate(
            "CliReport",
            "Điền các chỗ {{…}} của một mẫu Excel bằng số liệu của sổ. Ở cấp trên: "
            "trang đầu là số tổng hợp, sau đó mỗi xã một trang (hoặc chỉ một xã "
            "với --commune).",
        ),
    )
    source = fill.add_mutually_exclusive_group(required=True)
    source.add_argument("--template", help=translate("CliReport", "tệp mẫu .xlsx"))
    source.add_argument(
        "--published",
        metavar=translate("CliReport", "TÊN"),
        help=translate("CliReport", "mẫu cấp trên đã gửi xuống (tên như «sohoi report published»)"),
    )
    fill.add_argument(
        "--period", required=True, help=translate("CliReport", "kỳ báo cáo: năm, ví dụ 2026")
    )
    fill.add_argument("--out", required=True, help=translate("CliReport", "tệp .xlsx sẽ ghi"))
    fill.add_argument(
        "--commune", help=translate("CliReport", "ở cấp trên: chỉ điền cho xã có mã này")
    )
    fill.set_defaults(handler=_cmd_fill)
    examples = report_verbs.add_parser(
        "templates",
        help=translate(
            "CliReport", "ghi hai mẫu báo cáo ví dụ (.xlsx) để sửa theo biểu mẫu của tỉnh"
        ),
    )
    examples.add_argument("--out", required=True, help=translate("CliReport", "thư mục sẽ ghi"))
    examples.set_defaults(handler=_cmd_templates)
    publish = report_verbs.add_parser(
        "publish",
        parents=[common],
        help=translate(
            "CliReport", "ở cấp trên: gửi một mẫu báo cáo xuống các xã (đi theo gói gửi xuống)"
        ),
    )
    publish.add_argument("--template", required=True, help=translate("CliReport", "tệp mẫu .xlsx"))
    publish.add_argument("--name", help=translate("CliReport", "tên mẫu (mặc định: tên tệp)"))
    publish.set_defaults(handler=_cmd_publish)
    published = report_verbs.add_parser(
        "published", parents=[common], help=translate("CliReport", "các mẫu báo cáo sổ đang giữ"))
    published.add_argument("--format", choices=("text", "json"), default="text")
    published.set_defaults(handler=_cmd_published)
