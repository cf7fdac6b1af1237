"""A province office's register on either engine, receiving a commune's SQLite packages.

The upper level is the ``database`` fixture: a SQLite file, or a PostgreSQL database
when the suite runs on a server. The commune keeps its SQLite file, as communes do. The
package read back from the upper level must be row for row what the commune stores,
and two staff importing the same package at once must not both apply it.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from db.engine import Database, open_database
from db.members import MemberFilter, search_members
from db.models import Member
from db.site import get_site, init_site
from db.sync.errors import AlreadyImportedError
from db.sync.importer import import_package
from db.sync.tables import DOWNWARD_SCOPE, UPWARD_SCOPE, read_scope
from tests.server_support import log_in_command_line
from tests.sync_support import UPPER_CODE, Pair, enroll, forget_upper_level_courses

WAIT = 120.0  # seconds; only a deadlock would wait this long


@pytest.fixture
def pair(demo_file: Path, database: Database, tmp_path: Path) -> Iterator[Pair]:
    """The demo commune (a SQLite file) enrolled at an upper level on the test engine."""
    folder = tmp_path / "sites"
    folder.mkdir()
    shutil.copyfile(demo_file, folder / "commune.sqlite")
    forget_upper_level_courses(folder / "commune.sqlite")
    commune = open_database(folder / "commune.sqlite")
    with database.transaction() as session:
        init_site(session, UPPER_CODE, upper=True)
    enroll(database, commune, folder)
    yield Pair(upper=database, commune=commune, folder=folder)
    commune.close()


def _part(database: Database, scope: dict[str, str], sender: str, recipient: str
          ) -> dict[str, list[tuple[Any, ...]]]:
    with database.reading() as session:
        return {name: sorted(read_scope(session, name, where, sender, recipient)[1],
                             key=repr)
                for name, where in scope.items()}


def _units(pair: Pair) -> tuple[str, str]:
    with pair.upper.reading() as session:
        upper_id = get_site(session).unit_id
    with pair.commune.reading() as session:
        commune_id = get_site(session).unit_id
    return upper_id, commune_id


def test_a_commune_package_arrives_whole_and_reads_back_the_same(pair: Pair) -> None:
    pair.receive_up(pair.send_up(), accept_key=True)
    upper_id, commune_id = _units(pair)
    up_here = _part(pair.upper, UPWARD_SCOPE, commune_id, upper_id)
    assert up_here == _part(pair.commune, UPWARD_SCOPE, commune_id, upper_id)
    assert len(up_here["members"]) == 1200
    with pair.upper.reading() as session:
        one_id, name = session.execute(select(Member.id, Member.full_name)
                                       .where(Member.deleted_at.is_(None))
                                       .order_by(Member.sort_key).limit(1)).one()
        found = search_members(session, MemberFilter(text=name), limit=50)
    assert one_id in [row.id for row in found]
    # The way back: the upper level's package is read from its engine and applied to
    # the commune's file, whose copy of the downward part then equals the upper's.
    pair.receive_down(pair.send_down())
    down = _part(pair.upper, DOWNWARD_SCOPE, upper_id, commune_id)
    assert down == _part(pair.commune, DOWNWARD_SCOPE, upper_id, commune_id)
    assert down["units"]


def test_two_staff_importing_the_same_package_apply_it_once(pair: Pair) -> None:
    pair.receive_up(pair.send_up(), accept_key=True)
    package = pair.send_up().read_bytes()
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def import_once() -> None:
        start.wait(WAIT)
        try:
            with pair.upper.transaction() as session:
                import_package(session, package, "goi.shpkg")
            outcomes.append("imported")
        except AlreadyImportedError:
            outcomes.append("already")
        except BaseException as exc:  # handed to the test thread
            outcomes.append(repr(exc))

    threads = [threading.Thread(target=import_once) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert sorted(outcomes) == ["already", "imported"]
    with pair.upper.reading() as session:
        members = session.scalar(select(func.count()).select_from(Member))
    assert members == 1200


def test_the_command_line_imports_a_package_into_the_upper_register(
    pair: Pair, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.cli import run

    pair.receive_up(pair.send_up(), accept_key=True)
    with pair.commune.transaction() as session:
        session.execute(update(Member).where(Member.id == select(Member.id).order_by(
            Member.id).limit(1).scalar_subquery()).values(phone="0912000111"))
    package = pair.send_up()
    log_in_command_line(pair.upper, tmp_path, monkeypatch)
    assert run(["sync", "import", "--db", pair.upper.label, str(package), "--yes"]) == 0
    assert "Lỗi" not in capsys.readouterr().err
    with pair.upper.reading() as session:
        phones = session.scalars(select(Member.phone).where(Member.phone == "0912000111"))
        assert len(list(phones)) == 1
    assert run(["sync", "import", "--db", pair.upper.label, str(package), "--yes"]) != 0
