"""Five programs at once on one server register: saves, imports and searches.

A province office's staff work on one PostgreSQL register from several PCs. Five
processes (each its own program, its own connections) run for
``SOHOI_CONCURRENCY_SECONDS`` (default 12; 60 for the long run): two save members of
one commune, adding some and editing the same few (so their saves collide), two import
the packages their communes keep sending, one searches. At the end: no process failed
other than by a reported conflict, nothing waited forever (a deadlock would), every
successful edit is counted in the member's version (no lost update), and the counts
match: the members added, and each commune's members as its own file holds them.

Runs only with ``SOHOI_TEST_DATABASE_URL`` (see tests/conftest.py).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import multiprocessing
import os
import random
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from db.engine import open_database
from db.errors import UserError
from db.members import (
    MemberDraft,
    MemberFilter,
    add_member,
    count_members,
    draft_of,
    search_members,
    update_member,
)
from db.models import Member
from db.site import find_site
from db.sync.export import export_package
from db.sync.importer import import_package
from tests.server_support import TestServer
from tests.sync_support import PROVINCE_COMMUNES, build_province

SECONDS = float(os.environ.get("SOHOI_CONCURRENCY_SECONDS", "12"))
CONTESTED = 6
"""How many members both savers edit (few, so that their saves collide)."""


def _draft(name: str) -> MemberDraft:
    return MemberDraft(full_name=name, birth_date="12/03/1985", joined_on=dt.date(2020, 1, 1))


def save_members(url: str, commune_id: str, contested: list[str], seed: int,
                 until: float) -> dict[str, object]:
    """Add members and edit the contested ones until ``until``; count what happened."""
    database = open_database(url)
    rng = random.Random(seed)
    added, saved, conflicts, stale = 0, dict.fromkeys(contested, 0), 0, 0
    try:
        while time.time() < until:
            if rng.random() < 0.3:
                with database.transaction() as session:
                    add_member(session, commune_id, _draft(f"Lê Thị Thêm {seed} {added}"))
                added += 1
                continue
            member_id = rng.choice(contested)
            with database.reading() as session:
                draft = draft_of(session, member_id)
            edited = dataclasses.replace(draft, notes=f"{seed}-{time.time()}")
            try:
                with database.transaction() as session:
                    update_member(session, member_id, edited)
                saved[member_id] += 1
            except UserError:
                conflicts += 1  # the other saver got there first: reported, not lost
            except StaleDataError:
                stale += 1  # both read the same version; the server let one write
    finally:
        database.close()
    return {"added": added, "saved": saved, "conflicts": conflicts, "stale": stale}


def import_packages(url: str, commune_file: str, folder: str, until: float) -> dict[str, int]:
    """Change the commune's file, send its package up and import it, until ``until``."""
    upper = open_database(url)
    commune = open_database(Path(commune_file))
    packages = 0
    try:
        while time.time() < until:
            with commune.transaction() as session:
                site = find_site(session)
                assert site is not None
                add_member(session, site.unit_id, _draft(f"Đỗ Thị Gửi {packages}"))
                package = export_package(session, Path(folder), None, dt.datetime.now()).path
            with upper.transaction() as session:
                import_package(session, package.read_bytes(), package.name)
            packages += 1
    finally:
        upper.close()
        commune.close()
    return {"packages": packages}


def search(url: str, until: float) -> dict[str, int]:
    """Search and count as the member list does, until ``until``."""
    database = open_database(url)
    searches = 0
    words = ("thị", "nguyễn", "lan", "hương", "trần thị", "gửi", "thêm")
    try:
        while time.time() < until:
            with database.reading() as session:
                word = words[searches % len(words)]
                rows = search_members(session, MemberFilter(text=word), limit=200)
                if rows:
                    search_members(session, MemberFilter(text=word), limit=200,
                                   after=(rows[-1].sort_key, rows[-1].id))
                count_members(session, MemberFilter(text=word))
            searches += 1
    finally:
        database.close()
    return {"searches": searches}


@pytest.fixture
def server(test_server: TestServer | None) -> TestServer:
    if test_server is None:
        pytest.skip("needs SOHOI_TEST_DATABASE_URL (a PostgreSQL server)")
    return test_server


def _count(url: str, commune_id: str) -> int:
    database = open_database(url)
    try:
        with database.reading() as session:
            return count_members(session, MemberFilter(commune_id=commune_id))
    finally:
        database.close()


def test_five_programs_save_import_and_search_at_once(server: TestServer,
                                                      tmp_path: Path) -> None:
    url = server.url_of(server.create())
    province = build_province(tmp_path, communes=3, members=120, upper_at=url)
    files = {code: tmp_path / f"commune-{code}.sqlite" for code in PROVINCE_COMMUNES[:3]}
    province.close()
    ids = {}
    for code, path in files.items():
        database = open_database(path)
        with database.reading() as session:
            site = find_site(session)
            assert site is not None
            ids[code] = site.unit_id
        database.close()
    edited_commune = ids[PROVINCE_COMMUNES[2]]
    database = open_database(url)
    with database.reading() as session:
        first = session.execute(
            select(Member.id, Member.version).where(Member.owner_unit_id == edited_commune)
            .order_by(Member.id).limit(CONTESTED)).all()
    database.close()
    contested = [member_id for member_id, _ in first]
    versions_before = dict(first)
    members_before = _count(url, edited_commune)

    until = time.time() + SECONDS
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(5, mp_context=spawn) as pool:
        savers = [pool.submit(save_members, url, edited_commune, contested, seed, until)
                  for seed in (1, 2)]
        importers = [pool.submit(import_packages, url, str(files[code]),
                                 str(tmp_path / f"up-{code}"), until)
                     for code in PROVINCE_COMMUNES[:2]]
        searcher = pool.submit(search, url, until)
        # A deadlock or a wait that never ends shows as a process still running here.
        _done, running = concurrent.futures.wait(
            [*savers, *importers, searcher], timeout=SECONDS + 180)
        assert not running, "a process never finished (deadlock or endless wait)"
        saves = [future.result() for future in savers]
        imports = [future.result() for future in importers]
        searches = searcher.result()

    print(f"saves {saves}; imports {imports}; searches {searches}")  # shown with -s
    assert all(result["packages"] > 0 for result in imports)
    assert all(sum(result["saved"].values()) > 0 for result in saves)  # type: ignore[attr-defined]
    assert searches["searches"] > 0
    database = open_database(url)
    try:
        with database.reading() as session:
            versions_after = dict(session.execute(
                select(Member.id, Member.version).where(Member.id.in_(contested))).all())
    finally:
        database.close()
    for member_id in contested:
        saved = sum(result["saved"][member_id] for result in saves)  # type: ignore[index]
        assert versions_after[member_id] == versions_before[member_id] + saved, (
            "an edit was lost: the version does not count every save")
    added = sum(int(result["added"]) for result in saves)  # type: ignore[call-overload]
    assert _count(url, edited_commune) == members_before + added
    for code in PROVINCE_COMMUNES[:2]:
        assert _count(url, ids[code]) == _count(str(files[code]), ids[code])
