"""How long a checked safety copy of a large register takes, and what it holds up.

* ``backup_100k`` / ``backup_1m``: :func:`db.backup.create_backup` (the online backup in
  steps, then one full check of the copy) against the raw baseline of the same run: one
  ``Connection.backup`` call of the whole file with nothing checked. Also reported: the
  longest single step (how long the copy holds the register at a time), how quickly a
  copy stops once cancelled a tenth of the way in, and how long the next import of the
  same hour waits for its copy (it reuses the checked one).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from db.backup import BackupKind, before_import_backup, create_backup
from db.cancel import Cancel
from db.errors import Cancelled

CANCEL_AT = 0.1
"""Share of the pages copied when the cancelled run is stopped."""


def _raw_copy_seconds(source: Path, target: Path) -> float:
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    elapsed = time.perf_counter() - started
    target.unlink()
    return elapsed


def _cancelled_seconds(source: Path, folder: Path, now: dt.datetime) -> float:
    """Return the time from cancelling a copy a tenth of the way in to its return."""
    cancel = Cancel()
    asked: list[float] = []

    def progress(done: int, total: int) -> None:
        if not asked and done >= total * CANCEL_AT:
            asked.append(time.perf_counter())
            cancel.cancel()

    with contextlib.suppress(Cancelled):
        create_backup(source, folder, BackupKind.MANUAL, now, cancel=cancel, progress=progress)
    return time.perf_counter() - asked[0]


def bench_backup(name: str, source: Path, runs: int) -> dict[str, Any]:
    """Time checked copies of ``source`` against raw whole-file online backups."""
    ours: list[float] = []
    raw: list[float] = []
    steps: list[float] = []
    now = dt.datetime(2026, 11, 25, 9, 0, 0)
    with tempfile.TemporaryDirectory(prefix="sohoi-bench-backup-") as scratch:
        folder = Path(scratch) / "backups"
        last = [0.0]

        def progress(_done: int, _total: int) -> None:
            moment = time.perf_counter()
            steps.append(moment - last[0])
            last[0] = moment

        for run in range(runs):
            raw.append(_raw_copy_seconds(source, Path(scratch) / "raw.sqlite"))
            started = last[0] = time.perf_counter()
            info = create_backup(source, folder, BackupKind.BEFORE_IMPORT,
                                 now + dt.timedelta(hours=run), progress=progress)
            ours.append(time.perf_counter() - started)
            size = info.size_bytes
            if run < runs - 1:
                info.path.unlink()
        started = time.perf_counter()
        again = before_import_backup(source, folder, now + dt.timedelta(hours=runs - 1,
                                                                          minutes=30))
        reuse = time.perf_counter() - started
        assert again.path == info.path
        stop = _cancelled_seconds(source, folder, now + dt.timedelta(hours=runs))
    median, base = statistics.median(ours), statistics.median(raw)
    return {
        "name": name,
        "median_ms": round(median * 1000),
        "baseline_name": "raw_online_backup_one_call_unchecked",
        "baseline_ms": round(base * 1000),
        "ratio": round(median / base, 2),
        "budget_ms": None,
        "within_budget": None,
        "runs": runs,
        "size_mb": round(size / 1e6),
        "longest_step_ms": round(max(steps) * 1000, 1),
        "cancel_ms": round(stop * 1000, 1),
        "same_hour_again_ms": round(reuse * 1000, 1),
    }
