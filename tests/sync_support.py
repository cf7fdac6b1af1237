"""Two sites that sync: an upper level (Hưng Yên, 33) and a demo commune under it.

Shared by the sync tests of ``db``, the command line and the crash tests. Everything is
real: SQLite files, keys, signed and encrypted packages written to disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.engine import Database, open_database
from db.site import init_site
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.export import export_package
from db.sync.importer import import_package

UPPER_CODE = "33"
COMMUNE_CODE = "12586"
NOW = dt.datetime(2026, 11, 25, 9, 0, 0)


@dataclass
class Pair:
    """An upper level and one of its communes, both enrolled, with their files."""

    upper: Database
    commune: Database
    folder: Path

    def close(self) -> None:
        self.upper.close()
        self.commune.close()

    def send_up(self, now: dt.datetime = NOW) -> Path:
        with self.commune.transaction() as session:
            return export_package(session, self.folder / "up", None, now).path

    def send_down(self, now: dt.datetime = NOW) -> Path:
        with self.upper.transaction() as session:
            return export_package(session, self.folder / "down", COMMUNE_CODE, now).path

    def receive_up(self, path: Path, *, accept_key: bool = False) -> None:
        with self.upper.transaction() as session:
            import_package(session, path.read_bytes(), path.name, accept_key=accept_key)

    def receive_down(self, path: Path) -> None:
        with self.commune.transaction() as session:
            import_package(session, path.read_bytes(), path.name)


def make_upper(path: Path | str) -> Database:
    """Return a new upper-level register for Hưng Yên."""
    database = open_database(path)
    with database.transaction() as session:
        init_site(session, UPPER_CODE, upper=True)
    return database


def enroll(upper: Database, commune: Database, folder: Path) -> Path:
    """Enroll the commune at the upper level; return the enrollment file."""
    with upper.transaction() as session:
        info = write_enrollment(session, COMMUNE_CODE, folder)
    assert info.path is not None
    with commune.transaction() as session:
        import_enrollment(session, info.path.read_bytes(), accept_key=True)
    return info.path


UPPER_LEVEL_TABLES = ("certificates", "session_attendances", "participations",
                      "funding_lines", "course_topics", "courses")


def forget_upper_level_courses(path: Path) -> None:
    """Remove the upper level's courses that the demo commune holds.

    The demo commune is generated as if it had long been syncing: it holds the courses
    its province ran, as they came down. A brand-new upper level does not have them,
    and its first package would rightly remove them; the tests start from a commune
    that never received any.
    """
    with contextlib.closing(sqlite3.connect(path)) as conn:
        (site_unit,) = conn.execute("SELECT unit_id FROM site").fetchone()
        conn.execute("UPDATE training_needs SET met_by_participation_id = NULL WHERE "
                     "met_by_participation_id IN (SELECT id FROM participations "
                     "WHERE owner_unit_id != ?)", (site_unit,))
        for table in UPPER_LEVEL_TABLES:
            conn.execute(f'DELETE FROM "{table}" WHERE owner_unit_id != ?', (site_unit,))
        conn.commit()


def make_pair(commune_file: Path, folder: Path, upper_at: Path | str | None = None) -> Pair:
    """Copy a commune register, make an upper level, and enroll the one at the other.

    The upper level's register is ``upper_at`` (a file or a server's URL), by default a
    file in ``folder``; the commune keeps its file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(commune_file, folder / "commune.sqlite")
    forget_upper_level_courses(folder / "commune.sqlite")
    commune = open_database(folder / "commune.sqlite")
    upper = make_upper(upper_at if upper_at is not None else folder / "upper.sqlite")
    enroll(upper, commune, folder)
    return Pair(upper=upper, commune=commune, folder=folder)


def content_digest(register: Path | Database) -> str:
    """Return a hash of every row of every table: "the database did not change".

    ``register`` is a file, or an open register on either engine (a server's tables
    are those of the models, read with the same raw cursor as packages).
    """
    if isinstance(register, Database):
        if not register.is_server:
            return content_digest(register.path)
        return _server_digest(register)
    with contextlib.closing(sqlite3.connect(register)) as conn:
        tables = [
            name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' AND name NOT LIKE 'member_search%' ORDER BY name"
            )
        ]
        digest = hashlib.sha256()
        for table in tables:
            rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}:".encode())
            digest.update("\n".join(rows).encode())
        return digest.hexdigest()


def _server_digest(database: Database) -> str:
    from db.models import Base
    from tests.stored import stored

    digest = hashlib.sha256()
    for table in sorted(Base.metadata.tables):
        rows = sorted(repr(row) for row in stored(database, f'SELECT * FROM "{table}"'))
        digest.update(f"{table}:{len(rows)}:".encode())
        digest.update("\n".join(rows).encode())
    return digest.hexdigest()


@dataclass
class Province:
    """An upper level that received the first package of several demo communes."""

    upper: Database
    communes: dict[str, Database]
    folder: Path

    def close(self) -> None:
        self.upper.close()
        for database in self.communes.values():
            database.close()

    def send_up(self, code: str, now: dt.datetime = NOW) -> Path:
        """Export commune ``code``'s package into the folder of packages going up."""
        with self.communes[code].transaction() as session:
            return export_package(session, self.folder / "up", None, now).path

    def send_down(self, code: str, now: dt.datetime = NOW) -> Path:
        """Export the upper level's package for commune ``code``."""
        with self.upper.transaction() as session:
            return export_package(session, self.folder / "down", code, now).path

    def receive_down(self, code: str, path: Path) -> None:
        with self.communes[code].transaction() as session:
            import_package(session, path.read_bytes(), path.name)


PROVINCE_COMMUNES = ("12586", "12499", "13021", "12142", "12694")
"""Communes of Hưng Yên used by :func:`build_province`, in order."""


def build_province(
    folder: Path, communes: int = 3, members: int = 150, seed: int = 11, *,
    upper_at: Path | str | None = None,
) -> Province:
    """Build demo communes, enroll them, and import each one's first package upward.

    Everything goes through real files, as in an office: enrollment files down, signed
    and encrypted packages up, the fingerprint confirmed at the first package. The upper
    level's register is ``upper_at`` (a file, or a server's URL), by default a file in
    ``folder``; the communes always keep files.
    """
    from db.demo.generator import build_demo

    folder.mkdir(parents=True, exist_ok=True)
    upper = make_upper(upper_at if upper_at is not None else folder / "upper.sqlite")
    opened: dict[str, Database] = {}
    for number, code in enumerate(PROVINCE_COMMUNES[:communes]):
        path = folder / f"commune-{code}.sqlite"
        database = open_database(path)
        build_demo(database, unit_code=code, members=members, seed=seed + number,
                   today=NOW.date())
        database.close()
        forget_upper_level_courses(path)
        database = open_database(path)
        with upper.transaction() as session:
            info = write_enrollment(session, code, folder / "enroll")
        assert info.path is not None
        with database.transaction() as session:
            import_enrollment(session, info.path.read_bytes(), accept_key=True)
        opened[code] = database
    province = Province(upper=upper, communes=opened, folder=folder)
    for code in opened:
        package = province.send_up(code)
        with upper.transaction() as session:
            import_package(session, package.read_bytes(), package.name, accept_key=True)
    return province
