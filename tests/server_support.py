"""Databases of one test run on the PostgreSQL server named by ``SOHOI_TEST_DATABASE_URL``."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


class TestServer:
    """Databases of one test run on the PostgreSQL server named by ``SOHOI_TEST_DATABASE_URL``."""

    __test__ = False

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
        self.prefix = f"sohoi_test_{os.getpid()}_"
        self._numbers = itertools.count()
        self.created: list[str] = []

    def _admin(self) -> object:
        import psycopg

        plain = self.url.set(drivername="postgresql")
        return psycopg.connect(plain.render_as_string(hide_password=False), autocommit=True)

    def url_of(self, name: str) -> str:
        """The SQLAlchemy URL of one database on the server."""
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        """Create a database (a copy of ``template`` if given); return its name."""
        name = f"{self.prefix}{next(self._numbers)}"
        with self._admin() as admin:  # type: ignore[attr-defined]
            copy = f' TEMPLATE "{template}"' if template else ""
            admin.execute(f'CREATE DATABASE "{name}"{copy}')
        self.created.append(name)
        return name

    def drop(self, name: str) -> None:
        """Drop a database of this run, closing whatever still holds it."""
        with self._admin() as admin:  # type: ignore[attr-defined]
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.created:
            self.created.remove(name)


NewRegister = Callable[[Path], Path | str]
"""The ``new_register`` fixture: where a test's own register goes (a path or a URL)."""


def log_in_command_line(database: Any, folder: Path, monkeypatch: Any) -> None:
    """Let the command line write to ``database`` as it would for a person at a server.

    On a server every command that changes data logs in first (accounts are required
    there); a register made by the tests has none, so a first admin is created and the
    command line is given her name and a password file, as an office's script would.
    On a SQLite file nothing is needed and nothing is done.
    """
    if not database.is_server:
        return
    from db.accounts import AccountDraft, Role, enable_accounts, find_account

    password = "mat-khau-kiem-thu-2026"
    with database.transaction() as session:
        if find_account(session, "kiemthu") is None:
            enable_accounts(session, AccountDraft(
                "kiemthu", "Người kiểm thử", Role.ADMIN, password, password))
    secret = folder / "password.txt"
    secret.write_text(password + "\n", encoding="utf-8")
    monkeypatch.setenv("SOHOI_USER", "kiemthu")
    monkeypatch.setenv("SOHOI_PASSWORD_FILE", str(secret))
