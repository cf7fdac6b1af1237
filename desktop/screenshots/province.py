"""A small province built the way offices build one, for the upper level's screenshots.

The upper level's pages show what arrived in packages (fingerprints, generations, the
communes' figures), so their pictures come from real files: demo communes enrolled with
real enrollment files, their packages sealed, carried and imported, and one package sent
back down, exactly as the sync page does it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from db.demo.generator import build_demo
from db.engine import open_database
from db.site import init_site
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.export import export_package
from db.sync.importer import import_package

PROVINCE = "33"
"""Hưng Yên, whose communes the demo knows."""

COMMUNES = ("12586", "12499", "13021", "12142")


@dataclass(frozen=True)
class ProvinceFiles:
    """The registers of the little province."""

    upper: Path
    communes: tuple[Path, ...]


def build_province(folder: Path, today: dt.date, members: int = 400) -> ProvinceFiles:
    """Build the upper level and its communes in ``folder``, syncing by real files.

    Packages go up on different days, so the communes page shows a spread of dates;
    the first commune also gets its package down and sends a second one up.
    """
    folder.mkdir(parents=True, exist_ok=True)
    upper_path = folder / "upper.sqlite"
    upper = open_database(upper_path)
    with upper.transaction() as session:
        init_site(session, PROVINCE, upper=True)
    paths = []
    for number, code in enumerate(COMMUNES):
        path = folder / f"xa-{code}.sqlite"
        commune = open_database(path)
        build_demo(commune, unit_code=code, members=members, seed=20 + number, today=today)
        with upper.transaction() as session:
            enrollment = write_enrollment(session, code, folder / "enroll")
        assert enrollment.path is not None
        with commune.transaction() as session:
            import_enrollment(session, enrollment.path.read_bytes(), accept_key=True)
        sent = dt.datetime.combine(today - dt.timedelta(days=3 * number), dt.time(9, 30))
        with commune.transaction() as session:
            package = export_package(session, folder / "up", None, sent).path
        with upper.transaction() as session:
            import_package(session, package.read_bytes(), package.name, accept_key=True)
        if number == 0:
            later = sent + dt.timedelta(hours=2)
            with upper.transaction() as session:
                down = export_package(session, folder / "down", code, later).path
            with commune.transaction() as session:
                import_package(session, down.read_bytes(), down.name)
            with commune.transaction() as session:
                again = export_package(session, folder / "up", None,
                                       later + dt.timedelta(hours=1)).path
            with upper.transaction() as session:
                import_package(session, again.read_bytes(), again.name)
        commune.close()
        paths.append(path)
    upper.close()
    return ProvinceFiles(upper_path, tuple(paths))
