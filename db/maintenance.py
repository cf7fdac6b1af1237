"""Health checks of a database file: integrity, foreign keys, schema version, counts."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from db.engine import Database, current_revision, head_revision

COUNTED_TABLES = (
    "units", "members", "posts", "meetings", "attendances", "courses", "participations",
    "certificates",
)


@dataclass(frozen=True)
class CheckReport:
    """What ``sohoi db check`` prints."""

    path: str
    integrity: list[str]
    foreign_key_problems: int
    schema_revision: str | None
    application_revision: str
    counts: dict[str, int] = field(default_factory=dict)
    damaged: bool = False

    @property
    def ok(self) -> bool:
        """Tell whether the file is sound and at this version's schema."""
        return (
            self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and self.schema_revision == self.application_revision
        )


def check_database(database: Database) -> CheckReport:
    """Run the engine's integrity and foreign-key checks and report the schema version."""
    with database.engine.connect() as connection:
        integrity, fk_problems = database.dialect.integrity_problems(connection)
        counts = {
            table: int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in COUNTED_TABLES
        }
        connection.rollback()
    return CheckReport(
        path=database.label,
        integrity=integrity,
        foreign_key_problems=fk_problems,
        schema_revision=current_revision(database.engine),
        application_revision=head_revision(),
        counts=counts,
    )


def check_path(path: Path) -> CheckReport:
    """Check a register file read-only: never creates, upgrades or repairs it.

    A damaged file is reported, not raised: whatever SQLite says about it ends up in
    ``integrity`` with ``damaged`` set, so ``sohoi db check`` can point to a backup.
    """
    path = Path(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    integrity: list[str] = []
    fk_problems = 0
    revision: str | None = None
    counts: dict[str, int] = {}
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None else str(row[0])
            if "member_search" in tables:
                try:
                    conn.execute(
                        "INSERT INTO member_search(member_search, rank) "
                        "VALUES ('integrity-check', 1)"
                    )
                except sqlite3.OperationalError as exc:
                    if "readonly" not in str(exc):
                        integrity = [*(i for i in integrity if i != "ok"),
                                     f"member_search: {exc}"]
                except sqlite3.DatabaseError as exc:
                    integrity = [*(i for i in integrity if i != "ok"), f"member_search: {exc}"]
            for table in COUNTED_TABLES:
                if table in tables:
                    counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        integrity = [*(i for i in integrity if i != "ok"), f"tệp hỏng hoặc không đọc được: {exc}"]
    damaged = integrity != ["ok"]
    return CheckReport(
        path=str(path),
        integrity=integrity,
        foreign_key_problems=fk_problems,
        schema_revision=revision,
        application_revision=head_revision(),
        counts=counts,
        damaged=damaged,
    )
