"""`sohoi members import FILE`: the spreadsheet import from a terminal.

The same steps as the dialog — read, guess the columns, preview, apply in one
transaction — for batch work and for measuring against the budgets of docs/ARCHITECTURE.md §9.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from db.engine import Database
from db.errors import UserError
from db.member_import import ImportPreview, apply_import, guess_mapping, preview_import
from db.site import get_site
from desktop.cli.common import translate
from desktop.documents.rejected_rows import write_rejected_rows
from desktop.documents.spreadsheet_reader import read_workbook
from desktop.error_text import error_text

__all__ = ["rejected_path", "run_member_import"]


def rejected_path(path: Path) -> Path:
    """Where the rejected rows of ``path`` go: beside it, ``<name>-bi-tu-choi.xlsx``."""
    return path.with_name(f"{path.stem}-bi-tu-choi.xlsx")


def _preview(database: Database, path: Path, today: dt.date) -> ImportPreview:
    content = read_workbook(path)
    sheet = content.sheets[0]
    mapping = guess_mapping(sheet.rows, sheet.fonts)
    with database.reading() as session:
        site = get_site(session)
        return preview_import(
            session, site.unit_id, sheet.rows, mapping, today, fonts=sheet.fonts
        )


def run_member_import(
    database: Database,
    path: Path,
    *,
    dry_run: bool,
    output_format: str = "text",
    today: dt.date | None = None,
) -> int:
    """Import the members of the first sheet of ``path``; print a summary.

    Duplicates are skipped and unknown branches created: a command names its file on
    purpose, while the dialog creates branches only when the person ticks the box.

    Returns:
        0, or 1 when nothing could be imported (or the file could not be read).
    """
    today = today or dt.date.today()
    path = Path(path)
    try:
        preview = _preview(database, path, today)
        imported = skipped = 0
        created: tuple[str, ...] = ()
        if not dry_run:
            from db.backup import before_import_backup

            if not database.is_server:  # a server's copies are its administrator's
                before_import_backup(database.path, database.path.parent / "backups",
                                     dt.datetime.now())
            with database.transaction() as session:
                done = apply_import(session, preview.commune_id, preview,
                                    create_branches=True, skip_duplicates=True, today=today)
            imported, skipped, created = done.imported, done.skipped_duplicates, \
                done.branches_created
        else:
            imported = preview.valid - preview.duplicates
            skipped = preview.duplicates
            created = preview.unknown_branches
    except UserError as exc:
        if output_format == "json":
            print(json.dumps({"error": error_text(exc, translate)}, ensure_ascii=False))
        else:
            print(error_text(exc, translate))
        return 1
    rejected_file = None
    if preview.rejected:
        rejected_file = rejected_path(path)
        write_rejected_rows(preview, rejected_file)
    reasons = Counter(m for r in preview.rejected for m in r.errors.values())
    summary: dict[str, Any] = {
        "file": str(path),
        "dry_run": dry_run,
        "rows_read": preview.total,
        "imported": imported,
        "duplicates": skipped,
        "rejected": len(preview.rejected),
        "converted_legacy": preview.converted,
        "cells": preview.cell_counts,
        "branches_created": list(created),
        "rejected_file": str(rejected_file) if rejected_file else None,
        # In the command line's language, as the text output says them.
        "reasons": [{"reason": error_text(k, translate), "rows": v}
                    for k, v in reasons.most_common()],
    }
    if output_format == "json":
        print(json.dumps(summary, ensure_ascii=False))
    else:
        verb = (
            translate("CliMembersImport", "Sẽ nhập")
            if dry_run
            else translate("CliMembersImport", "Đã nhập")
        )
        print(
            translate("CliMembersImport", "Đã đọc {total} dòng từ {name}.").format(
                total=preview.total, name=path.name
            )
        )
        print(
            translate(
                "CliMembersImport",
                "{verb} {imported} hội viên; bỏ qua {skipped} dòng trùng; từ chối {rejected} dòng.",
            ).format(verb=verb, imported=imported, skipped=skipped, rejected=len(preview.rejected))
        )
        cells = preview.cell_counts
        print(
            translate(
                "CliMembersImport",
                "Ô chữ: {converted} đã chuyển từ TCVN3/VNI, {doubtful} chưa chắc "
                "bảng mã (giữ nguyên), {unchanged} giữ nguyên.",
            ).format(
                converted=cells["converted"],
                doubtful=cells["doubtful"],
                unchanged=cells["unchanged"],
            )
        )
        if created:
            print(
                (
                    translate("CliMembersImport", "Sẽ tạo")
                    if dry_run
                    else translate("CliMembersImport", "Đã tạo")
                )
                + translate("CliMembersImport", " chi hội: ")
                + ", ".join(created)
            )
        for reason, count in reasons.most_common():
            print(
                translate("CliMembersImport", "  - {count} dòng: {reason}").format(
                    count=count, reason=error_text(reason, translate)
                )
            )
        if rejected_file:
            print(
                translate(
                    "CliMembersImport", "Các dòng bị từ chối đã ghi vào {rejected_file}."
                ).format(rejected_file=rejected_file)
            )
    return 0 if imported else 1
