"""The benchmark command: the budgets of docs/ARCHITECTURE.md §9 against raw baselines.

Each benchmark prints one JSON object: its median, a raw baseline measured in the same
run on the same machine (a bare Qt window, a plain sqlite3 query, plain inserts), the
ratio between them and the budget. Timings are never asserted in the test suite; this
command and ``docs/PERFORMANCE.md`` are where speed is watched.

The generated databases are kept in the cache folder, keyed by the schema and the
generator version, so a second run does not rebuild a million members.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from db.demo.generator import build_demo
from db.engine import head_revision, open_database
from db.members import MemberFilter, search_members
from desktop import paths
from desktop.bench.measure import jump_times, percentile, result

GENERATOR_VERSION = 4
BENCH_DAY = dt.date(2026, 11, 25)
SEARCH_QUERIES = (
    "n", "ng", "ngu", "nguy", "nguyen", "nguyen t", "nguyen thi", "nguyen thi h",
    "thuy", "dao", "tran van", "le thi hoa", "hoang", "pham thi l", "quynh", "xuan",
    "dang thi thu", "bui", "mai", "ngoc anh", "zzz",
    # The slowest queries people reported at a million members: a common family name
    # with a common or rare middle name and a given name being typed.
    "nguyen van t", "nguyen thi hoa", "tran", "h", "le thi h", "tran thi t",
    # What else people type: a given name alone, a full name, a family name with a
    # middle name and an initial.
    "hoa", "van", "nguyen thi ngoc anh", "hoang thi thu h", "do thi h",
)
OTHER_QUERIES = (
    # A birth year, alone and with a name; a phone number, a CCCD and the start of one
    # read off a paper (a part of 7 digits is looked up as a card number's start).
    "1975", "hoa 1975", "0912345678", "034185012345", "0345119",
)
"""Searches that are not names: no plain-query baseline, reported by their own p95."""
SLOWEST_REPORTED = 5


@dataclass(frozen=True)
class BenchDatabase:
    """A generated register used by benchmarks."""

    name: str
    members: int
    communes: int
    unit: str | None = None


COMMUNE_8K = BenchDatabase("commune-8k", 8_000, 0)
UPPER_100K = BenchDatabase("upper-100k", 100_000, 17)
# Thành phố Hồ Chí Minh has the most communes of any province (168).
UPPER_1M = BenchDatabase("upper-1m", 1_000_000, 168, "79")


def cached_database_path(spec: BenchDatabase) -> Path:
    """Return where the generated benchmark database is kept (it may not exist yet)."""
    return paths.cache_dir() / "bench" / (
        f"{spec.name}-r{head_revision()}-g{GENERATOR_VERSION}.sqlite")


def bench_database(spec: BenchDatabase) -> Path:
    """Return the path of a generated benchmark database, building it once."""
    path = cached_database_path(spec)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    print(f"# building {spec.name} ({spec.members:,} members) in {folder}", file=sys.stderr)
    # A rollback journal while loading: a multi-gigabyte WAL slows every page read.
    database = open_database(partial, wal=False)
    build_demo(database, unit_code=spec.unit, members=spec.members, communes=spec.communes,
               seed=7, today=BENCH_DAY)
    database.close()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    os.replace(partial, path)
    return path


# Start-up -------------------------------------------------------------------------------

PROBE_APP = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from desktop.bench.startup_probe import probe_application
probe_application(sys.argv[1])
"""
PROBE_BARE = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget(); window.resize(1200, 760); window.show(); app.processEvents()
print("ready", flush=True)
os._exit(0)
"""


def time_process(code: str, *args: str, home: str) -> float:
    """Return the seconds from spawning a Python process to its "ready" line.

    ``home`` becomes the child's SOHOI_HOME, so its settings stay out of the user's.
    """
    env = dict(os.environ, SOHOI_HOME=home,
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        process.wait()
    if line.strip() != "ready":
        raise RuntimeError(f"start-up probe did not report ready: {line!r}")
    return elapsed


def bench_startup(spec: BenchDatabase, budget_ms: float, runs: int) -> dict[str, Any]:
    """Measure start to a usable main window against a bare Qt window."""
    path = bench_database(spec)
    with tempfile.TemporaryDirectory() as home:
        time_process(PROBE_APP, str(path), home=home)  # warm the file cache
        time_process(PROBE_BARE, home=home)
        ours, bare = [], []
        for _ in range(runs):
            ours.append(time_process(PROBE_APP, str(path), home=home))
            bare.append(time_process(PROBE_BARE, home=home))
    return result(f"startup_{spec.name}", ours, "bare_qt_window", bare, budget_ms,
                  members=spec.members)


PROBE_MEMORY = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from desktop.bench.startup_probe import probe_memory
probe_memory(sys.argv[1])
"""


def bench_memory(spec: BenchDatabase, budget_mb: float) -> dict[str, Any]:
    """Measure the peak resident memory while every member of a large register is listed.

    The peak (the kernel's high-water mark) is judged, not the memory once the list has
    settled: the worst moment is while the full id list is being read.
    """
    path = bench_database(spec)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, SOHOI_HOME=home,
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        bare = subprocess.run(
            [sys.executable, "-c", PROBE_BARE_MEMORY], capture_output=True, text=True,
            env=env, check=True,
        ).stdout.split()
        ours = subprocess.run(
            [sys.executable, "-c", PROBE_MEMORY, str(path)], capture_output=True, text=True,
            env=env, check=True,
        ).stdout.split()
    rss, peak, base = float(ours[1]), float(ours[5]), float(bare[1])
    return {
        "name": f"memory_listed_{spec.name}",
        "median_ms": None,
        "peak_rss_mb": round(peak, 1),
        "rss_mb": round(rss, 1),
        "baseline_name": "bare_qt_window_rss",
        "baseline_mb": round(base, 1),
        "ratio": round(peak / base, 2),
        "budget_mb": budget_mb,
        "budget_ms": None,
        "budget_on": "peak",
        "within_budget": peak <= budget_mb,
        "rows": int(ours[3]),
    }


PROBE_BARE_MEMORY = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget
from desktop.bench.startup_probe import resident_megabytes
app = QApplication([])
window = QWidget(); window.resize(1200, 760); window.show(); app.processEvents()
print("rss", round(resident_megabytes(), 1), flush=True)
"""


# Scrolling --------------------------------------------------------------------------------


def bench_scroll(spec: BenchDatabase, budget_ms: float, jumps: int) -> dict[str, Any]:
    """Measure fetching the next 200 rows anywhere in the whole list, as the table does."""
    from db.members import member_rowids

    path = bench_database(spec)
    database = open_database(path)
    rng = random.Random(5)
    with database.reading() as session:
        rowids = member_rowids(session, MemberFilter())
        ours = jump_times(session, rowids, rng, jumps)
        keys = [
            session.execute(text("SELECT sort_key, id FROM members WHERE rowid = :r"),
                            {"r": rowids[rng.randrange(len(rowids))]}).one()
            for _ in range(jumps)
        ]
    database.close()
    raw: list[float] = []
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for sort_key, member_id in keys:
            began = time.perf_counter()
            conn.execute(
                "SELECT id, full_name, birth_date, branch_id, status FROM members "
                "WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT 200",
                (sort_key, member_id),
            ).fetchall()
            raw.append(time.perf_counter() - began)
    return result(f"scroll_next_200_{spec.name}", ours, "raw_keyset_200", raw, budget_ms,
                  budget_on="p95", members=len(rowids))


# Printing --------------------------------------------------------------------------------


def bench_attendance_sheet(people: int, budget_ms: float, runs: int) -> dict[str, Any]:
    """Measure a filled attendance sheet of ``people`` rows against a bare ReportLab table."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop.documents.attendance_sheet import (
        AttendanceSheet,
        SheetPerson,
        render_attendance_sheet,
    )

    rng = random.Random(9)
    given = ["Hoa", "Lan", "Hương", "Thuỷ", "Ánh", "Huệ", "Đào", "Yến", "Nhung", "Trang"]
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Đỗ"]
    persons = tuple(
        SheetPerson(f"{rng.choice(family)} Thị {rng.choice(given)}", str(rng.randint(1950, 2006)),
                    f"Chi hội Thôn {rng.randint(1, 30)}", "", (rng.choice(["x", "P", ""]),))
        for _ in range(people)
    )
    sheet = AttendanceSheet(
        issuer_parent="HỘI LHPN TỈNH HƯNG YÊN", issuer="HỘI LHPN XÃ HƯNG HÀ",
        title="DANH SÁCH ĐIỂM DANH", subject="Hội nghị tập huấn", when="Thứ Ba, ngày 24/11/2026",
        where="Hội trường UBND xã", place_and_date="Hưng Hà, ngày 24 tháng 11 năm 2026",
        session_labels=("Điểm danh",), people=persons, filled=True,
        signers=(("NGƯỜI LẬP", ""), ("TM. BAN THƯỜNG VỤ / CHỦ TỊCH", "Nguyễn Thị Hương")),
    )
    render_attendance_sheet(sheet, io.BytesIO())  # fonts registered once, as in the app
    ours, raw = [], []
    rows = [["STT", "Họ và tên", "Năm sinh", "Chi hội", "Điểm danh"]] + [
        [str(n + 1), p.full_name, p.birth_year, p.unit, p.marks[0]]
        for n, p in enumerate(persons)
    ]
    for _ in range(runs):
        began = time.perf_counter()
        render_attendance_sheet(sheet, io.BytesIO())
        ours.append(time.perf_counter() - began)
        began = time.perf_counter()
        SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Table(rows, repeatRows=1)])
        raw.append(time.perf_counter() - began)
    return result(f"attendance_sheet_{people}", ours, "reportlab_plain_table", raw, budget_ms,
                  people=people)


def _bench_certificates(count: int, runs: int) -> dict[str, Any]:
    """1,000 certificates in one PDF against ReportLab's own QR widget (docs/ARCHITECTURE.md §9)."""
    from desktop.documents.certificate import bench_certificates

    return bench_certificates(count, runs)


def _bench_import(kind: str, rows: int, runs: int) -> dict[str, Any]:
    """Reading a 100k-row workbook (≤ 2× raw calamine) and a 5k-row import (≤ 2 s)."""
    from desktop.bench.member_import import bench_import, bench_read_workbook

    if kind == "read":
        return bench_read_workbook(rows, runs)
    return bench_import(rows, runs, tcvn3=kind == "import_tcvn3")


def _bench_sync(kind: str, amount: int) -> dict[str, Any]:
    """Export of an 8k commune (≤ 1 s) and import of 170 packages (≥ 50 % of raw)."""
    from desktop.bench.sync import bench_export, bench_import

    commune = bench_database(COMMUNE_8K)
    return bench_export(commune, amount) if kind == "export" else bench_import(commune, amount)


# Search ----------------------------------------------------------------------------------


def bench_search(spec: BenchDatabase, budget_ms: float, rounds: int) -> dict[str, Any]:
    """Measure the first screen of search-as-you-type against the plain query.

    The baseline is what a programmer would write first: ``LIKE`` on the stored key,
    ``ORDER BY`` the sort key, ``LIMIT``, with whatever index SQLite picks (the name
    index included: it walks it in order and stops at the first screen, which is fast
    for common prefixes). The line names the slowest queries with their own p95, so a
    regression in one kind of query is not hidden in the overall percentile.
    """
    path = bench_database(spec)
    database = open_database(path)
    ours: dict[str, list[float]] = {query: [] for query in SEARCH_QUERIES + OTHER_QUERIES}
    with database.reading() as session:
        for _ in range(rounds):
            for query in SEARCH_QUERIES + OTHER_QUERIES:
                started = time.perf_counter()
                search_members(session, MemberFilter(text=query), limit=100)
                ours[query].append(time.perf_counter() - started)
    database.close()
    raw: dict[str, list[float]] = {query: [] for query in SEARCH_QUERIES}
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for _ in range(rounds):
            for query in SEARCH_QUERIES:
                conditions = " AND ".join("search_key LIKE ?" for _ in query.split())
                started = time.perf_counter()
                conn.execute(
                    f"SELECT id, full_name FROM members WHERE deleted_at IS NULL AND "
                    f"{conditions} ORDER BY sort_key, id LIMIT 100",
                    [f"%{word}%" for word in query.split()],
                ).fetchall()
                raw[query].append(time.perf_counter() - started)
    slowest = sorted(SEARCH_QUERIES, key=lambda q: percentile(ours[q], 95), reverse=True)
    ratios = {q: percentile(ours[q], 50) / max(percentile(raw[q], 50), 1e-6)
              for q in SEARCH_QUERIES}
    farthest = sorted(SEARCH_QUERIES, key=ratios.__getitem__, reverse=True)
    return result(
        f"search_first_screen_{spec.name}",
        [t for q in SEARCH_QUERIES for t in ours[q]],
        "plain_like_order_by_limit",
        [t for times in raw.values() for t in times],
        budget_ms, budget_on="p95", members=spec.members,
        queries=len(SEARCH_QUERIES) * rounds,
        slowest_p95_ms={
            q: round(percentile(ours[q], 95) * 1000, 1) for q in slowest[:SLOWEST_REPORTED]
        },
        slowest_baseline_p95_ms={
            q: round(percentile(raw[q], 95) * 1000, 1) for q in slowest[:SLOWEST_REPORTED]
        },
        # The medians farthest above the plain query's, so that no query hides a
        # large factor behind a fast baseline ("n": 1 ms either way).
        farthest_median_ratio={q: round(ratios[q], 1) for q in farthest[:SLOWEST_REPORTED]},
        farthest_median_ms={
            q: round(percentile(ours[q], 50) * 1000, 1) for q in farthest[:SLOWEST_REPORTED]
        },
        other_p95_ms={q: round(percentile(ours[q], 95) * 1000, 1) for q in OTHER_QUERIES},
    )


# Demo generation ---------------------------------------------------------------------------


def bench_demo(members: int) -> dict[str, Any]:
    """Measure demo generation in rows per second against raw sqlite3 inserts."""
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite")
        started = time.perf_counter()
        summary = build_demo(database, members=members, communes=max(1, members // 6000),
                             seed=3, today=BENCH_DAY)
        elapsed = time.perf_counter() - started
        database.close()
        rows = sum(summary.counts.values())
        raw_seconds = raw_insert_seconds(Path(folder) / "raw.sqlite", rows)
    ours_rate = rows / elapsed
    raw_rate = rows / raw_seconds
    return {
        "name": "demo_generation",
        "median_ms": round(elapsed * 1000, 1),
        "baseline_name": "raw_sqlite3_executemany",
        "baseline_ms": round(raw_seconds * 1000, 1),
        "ratio": round(ours_rate / raw_rate, 3),
        "budget_ms": None,
        "within_budget": None,
        "rows": rows,
        "rows_per_s": round(ours_rate),
        "baseline_rows_per_s": round(raw_rate),
        "members": members,
    }


def raw_insert_seconds(path: Path, rows: int) -> float:
    """Time plain executemany of ``rows`` pre-built rows into a narrow indexed table."""
    rng = random.Random(1)
    data = [
        (f"{rng.getrandbits(128):032x}", f"name {i}", f"key {i}", i % 97, "2026-01-01")
        for i in range(rows)
    ]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(
            "CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, key TEXT, n INTEGER, d TEXT)"
        )
        started = time.perf_counter()
        with conn:
            conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", data)
        return time.perf_counter() - started


# Registry ----------------------------------------------------------------------------------

Benchmark = Callable[[bool], dict[str, Any]]


def _registry() -> dict[str, Benchmark]:
    return {
        "startup_8k": lambda quick: bench_startup(COMMUNE_8K, 600, 3 if quick else 7),
        "startup_1m": lambda quick: bench_startup(UPPER_1M, 800, 3 if quick else 5),
        "search_100k": lambda quick: bench_search(UPPER_100K, 10, 3 if quick else 10),
        "search_1m": lambda quick: bench_search(UPPER_1M, 50, 2 if quick else 5),
        "scroll_1m": lambda quick: bench_scroll(UPPER_1M, 5, 50 if quick else 300),
        "memory_1m": lambda quick: bench_memory(UPPER_1M, 300),
        "attendance_sheet_500": lambda quick: bench_attendance_sheet(500, 500, 3 if quick else 7),
        "certificates_1000": lambda quick: _bench_certificates(1000, 1 if quick else 3),
        "import_read_100k": lambda quick: _bench_import("read", 100_000, 1 if quick else 3),
        "import_5k": lambda quick: _bench_import("import", 5000, 1 if quick else 3),
        "import_5k_tcvn3": lambda quick: _bench_import("import_tcvn3", 5000, 1 if quick else 3),
        "demo_generation": lambda quick: bench_demo(20_000 if quick else 100_000),
        "sync_export_8k": lambda quick: _bench_sync("export", 3 if quick else 7),
        "sync_import_170": lambda quick: _bench_sync("import", 20 if quick else 170),
        "backup_100k": lambda quick: _bench_backup(UPPER_100K, 1 if quick else 3),
        "backup_1m": lambda quick: _bench_backup(UPPER_1M, 1, only_cached=True),
        "gui_8k": lambda quick: _bench_gui(COMMUNE_8K),
        "gui_1m": lambda quick: _bench_gui(UPPER_1M, only_cached=True),
    }


def _bench_backup(spec: BenchDatabase, runs: int, *, only_cached: bool = False
                  ) -> dict[str, Any]:
    """Measure a checked copy; at a million only of a register built before (6 GB)."""
    from desktop.bench.backup import bench_backup

    name = f"backup_{spec.name}"
    if only_cached and not cached_database_path(spec).exists():
        return {"name": name, "median_ms": None, "budget_ms": None, "within_budget": None,
                "skipped": "no cached register (run search_1m or startup_1m first)"}
    return bench_backup(name, bench_database(spec), runs)


def _bench_gui(spec: BenchDatabase, *, only_cached: bool = False) -> dict[str, Any]:
    """Measure the window's longest freeze; at a million only over a register built before."""
    from desktop.bench.gui import bench_gui

    name = f"gui_{spec.name}"
    if only_cached and not cached_database_path(spec).exists():
        return {"name": name, "median_ms": None, "budget_ms": 100, "within_budget": None,
                "skipped": "no cached register (run search_1m or startup_1m first)"}
    return bench_gui(name, bench_database(spec), 100)


def _on_cached_million(name: str, measure: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
    """Run a measure over the cached million-member register, or say it was skipped."""
    path = cached_database_path(UPPER_1M)
    if not path.exists():
        return {"name": name, "median_ms": None, "budget_ms": None, "within_budget": None,
                "skipped": "no cached register (run search_1m or startup_1m first)"}
    return measure(path)


def _server_registry(url: str) -> dict[str, Benchmark]:
    """The measures on a PostgreSQL server, each beside the same one on the file."""
    from desktop.bench import server

    return {
        "pg_search_100k": lambda quick: server.bench_search(
            url, bench_database(UPPER_100K), UPPER_100K.members, SEARCH_QUERIES,
            3 if quick else 10, 10),
        "pg_scroll_100k": lambda quick: server.bench_scroll(
            url, bench_database(UPPER_100K), UPPER_100K.members, 50 if quick else 300, 5),
        # The million on the server only over a cached register (moving it takes about
        # 19 minutes, once per schema revision; the server copy is kept between runs).
        "pg_search_1m": lambda quick: _on_cached_million(
            "pg_search_first_screen_1000k", lambda path: server.bench_search(
                url, path, UPPER_1M.members, SEARCH_QUERIES, 3, 50)),
        "pg_scroll_1m": lambda quick: _on_cached_million(
            "pg_scroll_next_200_1000k", lambda path: server.bench_scroll(
                url, path, UPPER_1M.members, 100 if quick else 300, 5)),
        "pg_sync_import_170": lambda quick: server.bench_sync_import(
            url, bench_database(COMMUNE_8K),
            int(os.environ.get("SOHOI_BENCH_PACKAGES", "20" if quick else "170"))),
    }


QUICK_SKIPS = frozenset({"startup_1m", "search_1m", "scroll_1m", "memory_1m", "gui_1m",
                         "backup_1m", "pg_search_1m", "pg_scroll_1m"})


def run_benchmarks(*, quick: bool, only: list[str] | None,
                   server: str | None = None) -> Iterator[dict[str, Any]]:
    """Run the chosen benchmarks; ``quick`` skips the million-member ones unless named.

    With ``server`` (a PostgreSQL URL, see :mod:`desktop.bench.server`) the measures on
    the server run too, each beside the same measure on the SQLite file.
    """
    registry = _registry()
    if server:
        registry.update(_server_registry(server))
    unknown = set(only or ()) - set(registry)
    if unknown:
        from db.errors import UserError

        raise UserError(
            f"Không có phép đo: {', '.join(sorted(unknown))}. Có: {', '.join(registry)}."
        )
    for name, bench in registry.items():
        if only is not None and name not in only:
            continue
        if only is None and quick and name in QUICK_SKIPS:
            continue
        yield bench(quick)
