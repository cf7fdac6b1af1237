"""The schema revisions this version of Sổ Hội knows, and where its migrations live.

Its own module so that both :mod:`db.engine` (which migrates) and :mod:`db.backup`
(which checks a copy's revision) can use it without importing each other.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from db.migrations import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config


def migrations_path() -> Path:
    """Return the folder of Alembic scripts, shipped as package data (also when frozen)."""
    return Path(str(resources.files("db") / "migrations"))


def alembic_config() -> Config:
    """Build the Alembic configuration in code: no ini file to lose or misplace."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    """Return the schema revision this version of the application writes.

    A constant, so that opening an up-to-date database never imports Alembic (a fifth
    of the start-up time); a test keeps it equal to the newest migration script.
    """
    return SCHEMA_HEAD


def known_revisions() -> set[str]:
    """Return every revision this version knows, to recognise newer databases."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}
