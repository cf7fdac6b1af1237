"""Benchmarks of sync (docs/ARCHITECTURE.md §9): exporting a commune, importing a province's files.

* ``sync_export_8k``: the package of an 8,000-member commune with two years of
  meetings, written and verified, against the raw baseline of the same rows read with
  sqlite3, dumped to JSON and deflated into a zip file (budget: 1 s).
* ``sync_import_170``: an upper level imports 170 packages: the first package of each of
  the 168 communes of Thành phố Hồ Chí Minh (the province with the most communes) and
  the next package of two of them. Measured in rows per second against raw sqlite3
  executemany of the same rows into a register of the same schema, one transaction per
  package, in the same run (budget: at least 50 % of the raw speed).

The 168 communes' packages are made from one generated commune by giving every record
of commune *k* its own keys (the first eight hexadecimal digits of each key) and its
own verification codes, and sealing each with its own commune's keys: importing them
is exactly the work of importing real packages of that size.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.engine import Database, head_revision, open_database
from db.models import SyncPeer, Topic, Unit, stable_id
from db.site import ensure_official_unit, get_site, init_site
from db.sync import payload
from db.sync.container import KIND_PACKAGE, Party, seal
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.export import export_package
from db.sync.importer import import_package
from db.sync.keys import generate_keys, site_keys
from db.sync.tables import UPWARD_SCOPE, Direction, ordered, read_scope

PROVINCE = "79"
FOLLOW_UPS = 2
ID_COLUMN_SUFFIX = "_id"


def _enrolled_commune(commune_file: Path, folder: Path) -> tuple[Database, Database]:
    """A copy of the 8k commune enrolled at a fresh upper level of its province."""
    shutil.copyfile(commune_file, folder / "commune.sqlite")
    commune = open_database(folder / "commune.sqlite")
    upper = open_database(folder / "upper.sqlite")
    with commune.reading() as session:
        site = get_site(session)
        province = session.get_one(Unit, site.parent_unit_id).code
    with upper.transaction() as session:
        init_site(session, province, upper=True)
        info = write_enrollment(session, site.unit_code, folder)
    assert info.path is not None
    with commune.transaction() as session:
        import_enrollment(session, info.path.read_bytes(), accept_key=True)
    return commune, upper


def _raw_export(path: Path, commune_id: str, target: Path) -> float:
    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        document = {
            name: conn.execute(f'SELECT * FROM "{name}" WHERE owner_unit_id = ?',
                               (commune_id,)).fetchall()
            for name in UPWARD_SCOPE
        }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False))
    return time.perf_counter() - started


def bench_export(commune_file: Path, runs: int) -> dict[str, Any]:
    """Time writing and verifying the commune's package, against JSON + zip of its rows."""
    from desktop.bench.measure import result

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        commune, upper = _enrolled_commune(commune_file, folder)
        ours: list[float] = []
        rows = size = 0
        for _ in range(runs):
            started = time.perf_counter()
            with commune.transaction() as session:
                done = export_package(session, folder / "out")
            ours.append(time.perf_counter() - started)
            rows, size = sum(done.counts.values()), done.size_bytes
        with commune.reading() as session:
            commune_id = get_site(session).unit_id
        commune.close()
        upper.close()
        raw = [_raw_export(folder / "commune.sqlite", commune_id, folder / f"raw{i}.zip")
               for i in range(runs)]
    return result("sync_export_8k", ours, "sqlite3_json_zip", raw, 1000, rows=rows,
                  package_bytes=size)


def _commune_tables(
    commune_file: Path,
) -> tuple[str, str, dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]]:
    database = open_database(commune_file)
    with database.reading() as session:
        site = get_site(session)
        assert site.parent_unit_id is not None
        tables = {
            name: read_scope(session, name, UPWARD_SCOPE[name], site.unit_id,
                             site.parent_unit_id)
            for name in ordered(UPWARD_SCOPE)
        }
    database.close()
    return site.unit_id, site.parent_unit_id, tables


def _rekeyed(
    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]],
    base_commune: str,
    commune: str,
    number: int,
    catalog_keys: dict[str, str | None],
) -> dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]:
    """The same records as belonging to another commune: new keys, same shape.

    Links to the base province's catalog become links to the upper level's; links to
    the base province's courses (a need met at one of its classes) are dropped.
    """
    own: set[str] = set()
    for columns, rows in tables.values():
        at = columns.index("id")
        own.update(row[at] for row in rows)
    prefix = f"{number:08x}"
    mapping: dict[str, str | None] = {key: prefix + key[8:] for key in own}
    mapping.update(catalog_keys)
    mapping[base_commune] = commune
    outside = _OutsideKeys(mapping)
    result: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = {}
    for name, (columns, rows) in tables.items():
        keyed = [i for i, c in enumerate(columns) if c == "id" or c.endswith(ID_COLUMN_SUFFIX)]
        code_at = columns.index("verification_code") if name == "certificates" else None
        new_rows = []
        for position, row in enumerate(rows):
            values = list(row)
            for i in keyed:
                values[i] = outside[values[i]]
            if code_at is not None:
                values[code_at] = f"B{number:03d}{position:06d}"
            new_rows.append(tuple(values))
        result[name] = (columns, new_rows)
    return result


class _OutsideKeys(dict[str, str | None]):
    """Key mapping where a key of the base province's own records maps to nothing."""

    def __init__(self, mapping: dict[str, str | None]) -> None:
        super().__init__(mapping)

    def __missing__(self, key: str) -> str | None:
        return None


def _make_packages(commune_file: Path, folder: Path, count: int) -> tuple[Path, list[Path], int]:
    """Make the upper level (communes enrolled, keys pinned) and the package files."""
    from db import catalog

    base_commune, base_province, tables = _commune_tables(commune_file)
    upper = open_database(folder / "upper.sqlite")
    communes = catalog.communes(PROVINCE)
    firsts = min(count, len(communes))
    senders = [(communes[i].code, 1) for i in range(firsts)]
    senders += [(communes[i].code, 2) for i in range(count - firsts)]
    keys = {code: generate_keys() for code, _generation in senders}
    with upper.transaction() as session:
        init_site(session, PROVINCE, upper=True)
        upper_unit = session.get_one(Unit, get_site(session).unit_id)
        recipient_key = site_keys(session).public.encryption
        units = {}
        for code, generation in senders:
            if generation == 1:
                unit = ensure_official_unit(session, code)
                units[code] = (unit.id, unit.name)
                public = keys[code].public
                session.add(SyncPeer(unit_id=unit.id, signing_public_key=public.signing,
                                     encryption_public_key=public.encryption,
                                     pinned_at=dt.datetime(2026, 11, 1)))
        upper_party = Party(upper_unit.code, upper_unit.id, upper_unit.name)
        catalog_keys: dict[str, str | None] = {
            stable_id(base_province, "topic", code): stable_id(upper_unit.id, "topic", code)
            for code in session.scalars(select(Topic.code))
        }
    upper.close()
    files: list[Path] = []
    rows = 0
    for number, (code, generation) in enumerate(senders):
        unit_id, unit_name = units[code]
        rekeyed = _rekeyed(tables, base_commune, unit_id, number % firsts, catalog_keys)
        rows += sum(len(r) for _c, r in rekeyed.values())
        data = seal(
            kind=KIND_PACKAGE, sender=Party(code, unit_id, unit_name), keys=keys[code],
            recipient=upper_party, recipient_encryption_key=recipient_key,
            generation=generation, created_at="2026-11-25 08:00:00", schema=head_revision(),
            payload=payload.encode(Direction.UP, 0, rekeyed),
        )
        path = folder / "packages" / f"{number:03d}-{code}-{generation}.sohoi"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        files.append(path)
    return folder / "upper.sqlite", files, rows


def _raw_rows(files: list[Path], upper: Path) -> Iterator[dict[str, Any]]:
    from db.sync.container import open_body, open_envelope

    database = open_database(upper)
    with database.transaction() as session:
        keys = site_keys(session)
    database.close()
    for path in files:
        decoded = payload.decode(open_body(open_envelope(path.read_bytes()), keys))
        yield decoded.tables


def bench_import(commune_file: Path, count: int) -> dict[str, Any]:
    """Time importing ``count`` packages at an upper level, against raw executemany.

    The ratio compares the communes' first packages (every row new) with plain sqlite3
    inserts of the same rows; the follow-up packages (the same snapshot again, a newer
    generation: every row compared, none written) are timed and reported apart.
    """
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        upper_path, files, rows = _make_packages(commune_file, folder, count)
        firsts = [path for path in files if path.stem.endswith("-1")]
        raw_path = folder / "raw.sqlite"
        shutil.copyfile(upper_path, raw_path)
        first_times: list[float] = []
        follow_up_times: list[float] = []
        database = open_database(upper_path)
        for path in files:
            began = time.perf_counter()
            with database.transaction() as session:
                import_package(session, path.read_bytes(), path.name)
            elapsed = time.perf_counter() - began
            (first_times if path in firsts else follow_up_times).append(elapsed)
        with database.reading() as session:
            assert session.scalar(select(SyncPeer.last_generation_received).limit(1))
        database.close()
        raw = _raw_import(raw_path, firsts, upper_path)
    ours = sum(first_times)
    first_rows = rows * len(firsts) // len(files)
    return {
        "name": f"sync_import_{count}",
        "median_ms": round(statistics.median(first_times) * 1000, 1),
        "total_s": round(ours + sum(follow_up_times), 1),
        "first_packages": len(firsts),
        "first_packages_s": round(ours, 1),
        "baseline_name": "raw_sqlite3_executemany_same_rows",
        "baseline_total_s": round(raw, 1),
        "follow_up_packages": len(follow_up_times),
        "follow_up_median_ms": (round(statistics.median(follow_up_times) * 1000, 1)
                                if follow_up_times else None),
        "rows_per_package": rows // len(files),
        "rows_per_s": round(first_rows / ours),
        "baseline_rows_per_s": round(first_rows / raw),
        "ratio": round(raw / ours, 3),
        "budget_ratio": 0.5,
        "within_budget": raw / ours >= 0.5,
    }


def _raw_import(raw_path: Path, files: list[Path], upper_path: Path) -> float:
    """Insert the same rows with plain sqlite3, one transaction per package."""
    elapsed = 0.0
    with contextlib.closing(sqlite3.connect(raw_path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        for tables in _raw_rows(files, upper_path):
            started = time.perf_counter()
            conn.execute("BEGIN")
            for name in ordered(tables):
                rows = tables[name]
                columns = ", ".join(f'"{c}"' for c in rows.columns)
                marks = ", ".join("?" * len(rows.columns))
                conn.executemany(f'INSERT INTO "{name}" ({columns}) VALUES ({marks})',
                                 rows.rows)
            conn.execute("COMMIT")
            elapsed += time.perf_counter() - started
    return elapsed
