"""``sohoi members export``: the member list to an .xlsx file from a terminal.

Batch work and scripts at an upper level or a commune office need the same workbook the
members page writes, without a window: every member of the site's commune, in Vietnamese
name order, with the chosen columns (the sensitive ones only when named).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.engine import Database
from db.member_stats import check_columns, members_for_export
from db.members import MemberFilter
from db.site import get_site
from desktop import formatting
from desktop.cli.common import translate
from desktop.documents.member_workbook import write_member_list


def run_member_export(
    database: Database, out: Path, columns: list[str] | None, today: dt.date | None = None
) -> int:
    """Write the site's members to ``out`` and print "Đã ghi N hội viên vào …".

    Args:
        database: the open register (only read).
        out: the .xlsx file to write; written beside it and renamed into place.
        columns: keys of :data:`db.member_stats.EXPORT_COLUMNS`, or None for the
            defaults (everything but ethnicity, religion and ID number).
        today: the date printed in the heading (defaults to today).

    Returns:
        The number of members written.

    Raises:
        UserError: an unknown column name (the message lists the valid ones), or no site.
    """
    chosen = list(check_columns(columns))
    day = today or dt.date.today()
    with database.reading() as session:
        site = get_site(session)
        flt = MemberFilter(commune_id=None if site.is_upper else site.unit_id)
        titles = [site.union_name.upper(), "DANH SÁCH HỘI VIÊN", "Tất cả hội viên",
                  f"Ngày {formatting.date(day)}"]
        count = write_member_list(members_for_export(session, flt, chosen), chosen, titles,
                                  Path(out))
    print(
        translate("CliMembersExport", "Đã ghi {count} hội viên vào {out}").format(
            count=formatting.number(count), out=out
        )
    )
    return count
