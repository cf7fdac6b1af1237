"""Health checks of a database file: integrity, foreign keys, schema version, counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

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

    @property
    def ok(self) -> bool:
        """Tell whether the file is sound and at this version's schema."""
        return (
            self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and self.schema_revision == self.application_revision
        )


def check_database(database: Database) -> CheckReport:
    """Run SQLite's integrity and foreign-key checks and report the schema version."""
    with database.engine.connect() as connection:
        integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        fk_problems = len(connection.execute(text("PRAGMA foreign_key_check")).all())
        try:
            connection.execute(
                text("INSERT INTO member_search(member_search, rank) VALUES ('integrity-check', 1)")
            )
        except DBAPIError as exc:
            integrity = [*(i for i in integrity if i != "ok"), f"member_search: {exc.orig}"]
        counts = {
            table: int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in COUNTED_TABLES
        }
        connection.rollback()
    return CheckReport(
        path=str(database.path),
        integrity=integrity,
        foreign_key_problems=fk_problems,
        schema_revision=current_revision(database.engine),
        application_revision=head_revision(),
        counts=counts,
    )
