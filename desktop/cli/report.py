"""``sohoi report targets``: the Đề án 1893 report as an Excel workbook."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.cli.common import read_register


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
    print(f"Đã ghi {out}")
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``report targets``."""
    report = verbs.add_parser("report", help="báo cáo")
    report_verbs = report.add_subparsers(dest="report_verb", metavar="LỆNH", required=True)
    targets = report_verbs.add_parser("targets", parents=[common],
                                      help="chỉ tiêu Đề án 1893 ra tệp Excel")
    targets.add_argument("--year", type=int, required=True)
    targets.add_argument("--out", required=True, help="tệp .xlsx sẽ ghi")
    targets.set_defaults(handler=_cmd_targets)
