"""The same measures on a PostgreSQL server, side by side with the SQLite file.

Run with ``sohoi bench --server postgresql://user@host/postgres`` (or the environment
variable ``SOHOI_BENCH_DATABASE_URL``): a user allowed to create databases. Each line
holds both engines' figures from the same run on the same machine:

* ``pg_search_100k``: the search's first screen (the queries of ``search_100k``) on the
  100k-member province register, moved from its cached file to the server with
  ``db.server_move`` (kept there between runs, keyed like the file).
* ``pg_scroll_100k``: the next 200 rows anywhere in the whole list, as the table does.
* ``pg_sync_import_170``: an upper level imports 170 packages (20 with ``--quick``, or
  ``SOHOI_BENCH_PACKAGES``),
  the packages of ``sync_import_170``; the upper level's register is moved to a fresh
  server database first, so both engines start from the same rows.

* ``pg_search_1m``, ``pg_scroll_1m``: the same two at a million members, over the
  cached ``upper-1m`` register only (moved to the server once per schema revision, about
  19 minutes, and kept there), as the file's own million-member measures are.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from db.engine import Database, head_revision, open_database
from db.members import MemberFilter, member_rowids, search_members
from desktop.bench.measure import jump_times, percentile

URL_VARIABLE = "SOHOI_BENCH_DATABASE_URL"
DATABASE_PREFIX = os.environ.get("SOHOI_BENCH_PREFIX", "sohoi_bench_")
"""Names of the databases the measures create (and drop, or keep for the next run)."""


def server_url(given: str | None) -> str | None:
    """Return the server to measure on: ``--server``, else the environment, else None."""
    return given or os.environ.get(URL_VARIABLE) or None


def _admin(url: str) -> Any:
    import psycopg

    plain = make_url(url).set(drivername="postgresql")
    return psycopg.connect(plain.render_as_string(hide_password=False), autocommit=True)


def _url_of(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _exists(url: str, name: str) -> bool:
    with _admin(url) as admin:
        found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        return found.fetchone() is not None


def _create(url: str, name: str) -> None:
    with _admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def _drop(url: str, name: str) -> None:
    with _admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def moved_register(url: str, source: Path, label: str) -> str:
    """Return the URL of a server copy of ``source``, moving it there once."""
    from db.server_move import move_register

    name = f"{DATABASE_PREFIX}{label}_r{head_revision()}".replace("-", "_")
    ready = f"{name}_ready"
    target = _url_of(url, ready)
    if _exists(url, ready):
        return target
    _create(url, name)
    database = open_database(_url_of(url, name))
    started = time.perf_counter()
    report = move_register(source, database)
    database.close()
    print(f"# moved {label} to the server: {report.rows:,} rows in "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    with _admin(url) as admin:
        admin.execute(f'ALTER DATABASE "{name}" RENAME TO "{ready}"')
    return target


def _ms(values: list[float], q: float) -> float:
    return round(percentile(values, q) * 1000, 1)


def _search_times(database: Database, queries: tuple[str, ...],
                  rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {query: [] for query in queries}
    with database.reading() as session:
        for _ in range(rounds):
            for query in queries:
                started = time.perf_counter()
                search_members(session, MemberFilter(text=query), limit=100)
                times[query].append(time.perf_counter() - started)
    return times


def _slowest(times: dict[str, list[float]], count: int = 5) -> dict[str, float]:
    ranked = sorted(times, key=lambda query: percentile(times[query], 95), reverse=True)
    return {query: _ms(times[query], 95) for query in ranked[:count]}


def _all(times: dict[str, list[float]]) -> list[float]:
    return [value for values in times.values() for value in values]


def _side_by_side(name: str, sqlite: list[float], server: list[float], budget_ms: float,
                  **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "sqlite_median_ms": _ms(sqlite, 50), "sqlite_p95_ms": _ms(sqlite, 95),
        "pg_median_ms": _ms(server, 50), "pg_p95_ms": _ms(server, 95),
        "budget_ms": budget_ms, "budget_on": "p95",
        "within_budget": percentile(server, 95) * 1000 <= budget_ms,
        **extra,
    }


def bench_search(url: str, source: Path, members: int, queries: tuple[str, ...],
                 rounds: int, budget_ms: float) -> dict[str, Any]:
    """The first screen of search-as-you-type on both engines, the same queries."""
    target = moved_register(url, source, source.stem.split("-r")[0])
    file_db, server_db = open_database(source), open_database(target)
    try:
        _search_times(server_db, queries, 1)  # the server's first reads fill its cache
        server = _search_times(server_db, queries, rounds)
        sqlite = _search_times(file_db, queries, rounds)
    finally:
        file_db.close()
        server_db.close()
    return _side_by_side(f"pg_search_first_screen_{members // 1000}k", _all(sqlite),
                         _all(server), budget_ms, members=members,
                         queries=len(queries) * rounds, pg_slowest_p95_ms=_slowest(server),
                         sqlite_slowest_p95_ms=_slowest(sqlite))


def _scroll_times(database: Database, jumps: int) -> tuple[list[float], int]:
    with database.reading() as session:
        rowids = member_rowids(session, MemberFilter())
        return jump_times(session, rowids, random.Random(5), jumps), len(rowids)


def bench_scroll(url: str, source: Path, members: int, jumps: int,
                 budget_ms: float) -> dict[str, Any]:
    """The next 200 rows anywhere in the whole list, on both engines."""
    target = moved_register(url, source, source.stem.split("-r")[0])
    file_db, server_db = open_database(source), open_database(target)
    try:
        server, listed = _scroll_times(server_db, jumps)
        sqlite, _ = _scroll_times(file_db, jumps)
    finally:
        file_db.close()
        server_db.close()
    return _side_by_side(f"pg_scroll_next_200_{members // 1000}k", sqlite, server,
                         budget_ms, members=listed, jumps=jumps)


def _import_all(database: Database, files: list[Path]) -> list[float]:
    from db.sync.importer import import_package

    times: list[float] = []
    for path in files:
        began = time.perf_counter()
        with database.transaction() as session:
            import_package(session, path.read_bytes(), path.name)
        times.append(time.perf_counter() - began)
    return times


def bench_sync_import(url: str, commune_file: Path, count: int) -> dict[str, Any]:
    """Import the same ``count`` packages at an upper level kept in a file and on a server."""
    from db.server_move import move_register
    from desktop.bench.sync import _make_packages

    name = f"{DATABASE_PREFIX}sync_import_{os.getpid()}"
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        upper_path, files, rows = _make_packages(commune_file, folder, count)
        file_copy = folder / "upper-file.sqlite"
        shutil.copyfile(upper_path, file_copy)
        _create(url, name)
        try:
            server_db = open_database(_url_of(url, name))
            move_register(upper_path, server_db)
            server = _import_all(server_db, files)
            server_db.close()
            file_db = open_database(file_copy)
            sqlite = _import_all(file_db, files)
            file_db.close()
        finally:
            _drop(url, name)
    firsts = sum(1 for path in files if path.stem.endswith("-1"))
    return {
        "name": f"pg_sync_import_{count}",
        "packages": len(files), "first_packages": firsts,
        "rows_per_package": rows // len(files),
        "sqlite_total_s": round(sum(sqlite), 1),
        "sqlite_median_ms": round(statistics.median(sqlite) * 1000, 1),
        "pg_total_s": round(sum(server), 1),
        "pg_median_ms": round(statistics.median(server) * 1000, 1),
        "budget_ms": None, "within_budget": None,
    }
