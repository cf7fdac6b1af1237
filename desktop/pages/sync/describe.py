"""How the sync page words moments, packages and units, in one place for every screen.

The database keeps moments in UTC without a zone (``db.models.utc_now``) and package
headers carry them as "YYYY-MM-DD HH:MM:SS" in UTC; people read the office's clock.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.formatting import date_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def local_moment(value: dt.datetime | None) -> str:
    """Show a stored UTC moment in local time as dd/mm/yyyy HH:MM ("" for none)."""
    if value is None:
        return ""
    local = value.replace(tzinfo=dt.UTC).astimezone()
    return date_time(local)


def header_moment(stamp: str) -> str:
    """Show a package header's UTC stamp in local time (the stamp itself if unreadable)."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return local_moment(moment)


def package_text(generation: int, at: dt.datetime | None, none: str) -> str:
    """Describe the last package one way: "lần 3 · 25/11/2026 16:01", or ``none``."""
    if generation <= 0:
        return none
    moment = local_moment(at)
    if not moment:
        return _tr("lần {n}").format(n=generation)
    return _tr("lần {n} · {moment}").format(n=generation, moment=moment)


def plain_unit(union_name: str) -> str:
    """Name a unit without the union's prefix: "Hội LHPN xã Hưng Hà" -> "xã Hưng Hà"."""
    return union_name.removeprefix("Hội LHPN ")


def capitalised(text: str) -> str:
    """Capitalise the first letter only ("xã Hưng Hà" -> "Xã Hưng Hà")."""
    return text[:1].upper() + text[1:]


def fingerprint_html(fingerprint: str, size_pt: int = 16) -> str:
    """Write a fingerprint for a message box: big, monospaced, easy to read aloud."""
    return (
        f"<p style=\"font-family:'DejaVu Sans Mono','Consolas','Courier New',monospace;"
        f"font-size:{size_pt}pt;font-weight:bold;white-space:nowrap\">{fingerprint}</p>"
    )
