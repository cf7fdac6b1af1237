"""The program the crash tests start and kill: it runs one real write of Sổ Hội.

A commune office loses power in the middle of a save; SIGKILL is the closest a test can
get to that (no ``finally``, no ``atexit``, no rollback by Python: only what SQLite and
the file system already hold survives). This worker runs an operation the way the
application runs it (the same ``db`` functions, one Session per action, the register
opened with :func:`db.engine.open_database`) and writes progress markers to a file, one
line each, with ``os.write`` so that a marker on disk means the step before it happened:

    ready <t>          the register is open; the operation starts now
    begin <i> <t>      step ``i`` (one transaction, one backup, one restore) starts
    done <i> <t>       step ``i`` returned (committed, written and renamed)
    fp <i> <json>      (reference runs only) the fingerprint of the state after step ``i``
    finished <t>       every step returned
    error <text>       the operation failed by itself (a bug in the test set-up)

``t`` is ``time.monotonic()``, the same clock in every process of the machine.

Starting a Python interpreter with SQLAlchemy costs about a second, which would spend
the whole time budget of the tests on start-ups. ``serve`` mode therefore imports
everything once and forks one child per kill point; the child is an ordinary process
that the test kills with SIGKILL, and the server reaps it only when told, so its pid
cannot be reused in between. ``run`` mode runs one job in this process (for debugging
by hand)::

    python -m tests.crash.worker run job.json
    python -m tests.crash.worker serve      # jobs as JSON lines on stdin
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db import meetings
from db.backup import BackupKind, before_import_backup, create_backup, restore_backup
from db.certificates import issue_certificates
from db.engine import open_database
from db.member_import import apply_import, guess_mapping, preview_import
from db.members import MemberDraft, add_member, draft_of, update_member
from db.models import Course, Member, Unit
from db.models.units import UnitLevel
from db.site import get_site
from db.sync.importer import import_package
from db.units import merge_branches
from desktop.documents.spreadsheet_reader import read_workbook

TODAY = dt.date(2026, 11, 25)
#: ``now`` of every backup the worker takes, so a test can take "the same" one again.
BACKUP_NOW = dt.datetime(2026, 11, 25, 10, 0, 0)
RESTORE_NOW = dt.datetime(2026, 11, 25, 11, 0, 0)
SYNC_NOW = dt.datetime(2026, 11, 25, 12, 0, 0)

#: Columns whose values differ between two runs of the same steps (clock, randomness);
#: every other column, and every row, counts in the fingerprint.
VOLATILE_COLUMNS = frozenset({"created_at", "updated_at", "verification_code", "at", "changes"})

Marker = Callable[[str], None]


# --------------------------------------------------------------------------- fingerprints


def record_ids(path: Path) -> set[str]:
    """Return every record key in a register (all tables with an ``id`` column)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        ids: set[str] = set()
        for table in _tables(conn):
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            if "id" in columns:
                ids.update(str(r[0]) for r in conn.execute(f'SELECT id FROM "{table}"'))
        return ids


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        name
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
        if not name.startswith("sqlite_") and not str(sql).upper().startswith("CREATE VIRTUAL")
    ]


def fingerprint(path: Path, base_ids: set[str]) -> dict[str, list[Any]]:
    """Return, per table, the row count and a hash of every row.

    Two runs of the same steps make new records with different keys and clocks, so a
    key that the base register did not hold is replaced by its rank among the new keys
    (keys are time-ordered UUIDs, so the rank is the order of creation, the same in
    every run), and the columns in :data:`VOLATILE_COLUMNS` are left out. A row that a
    torn write left half-updated, a missing status event or an extra certificate all
    change the hash of their table.
    """
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = _tables(conn)
        new_ids: set[str] = set()
        columns_of: dict[str, list[str]] = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            columns_of[table] = columns
            if "id" in columns:
                new_ids.update(
                    str(r[0]) for r in conn.execute(f'SELECT id FROM "{table}"')
                    if str(r[0]) not in base_ids
                )
        rank = {key: f"<new {i}>" for i, key in enumerate(sorted(new_ids))}
        result: dict[str, list[Any]] = {}
        for table in tables:
            kept = [c for c in columns_of[table] if c not in VOLATILE_COLUMNS]
            names = ", ".join(f'"{c}"' for c in kept)
            rows = sorted(
                repr(tuple(rank.get(v, v) if isinstance(v, str) else v for v in row))
                for row in conn.execute(f'SELECT {names} FROM "{table}"')
            )
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
            result[table] = [len(rows), digest]
        return result


# --------------------------------------------------------------------------- operations


def _member_save(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    database = open_database(Path(job["db"]))
    with database.reading() as session:
        commune = get_site(session).unit_id
        branches = list(session.scalars(
            select(Unit.id).where(Unit.parent_id == commune, Unit.level == UnitLevel.BRANCH)
            .order_by(Unit.code)
        ))
        existing = list(session.scalars(
            select(Member.id).where(Member.deleted_at.is_(None)).order_by(Member.sort_key)
            .limit(job["steps"] // 2)
        ))
    families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    givens = ["Hương", "Lan", "Thủy", "Hòa", "Nguyệt", "Xuân", "Ánh", "Yến"]
    mark("ready")
    for i in range(job["steps"] // 2):
        draft = MemberDraft(
            full_name=f"{families[i % 8]} Thị {givens[(i // 8) % 8]} {chr(65 + i % 26)}",
            birth_date=f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1960 + i % 40}",
            phone=f"09{12345600 + i:08d}", address="Thôn Đông, xã Hưng Hà",
            branch_id=branches[i % len(branches)], joined_on=dt.date(2015, 3, 8),
            consent_on=dt.date(2026, 1, 5), consent_method="Ký giấy",
        )
        with step(), database.transaction() as session:
            add_member(session, commune, draft, TODAY)
        with database.reading() as session:
            old = draft_of(session, existing[i])
        changed = dataclasses.replace(
            old, address=f"Xóm Mới số {i}, xã Hưng Hà", occupation="Buôn bán",
            notes=f"Sửa lần {i}: chuyển về xóm mới.",
        )
        with step(), database.transaction() as session:
            update_member(session, existing[i], changed, TODAY)
    database.close()


def _attendance(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    database = open_database(Path(job["db"]))
    with database.reading() as session:
        commune = get_site(session).unit_id
        chosen = sorted(meetings.list_meetings(session, commune), key=lambda m: m.id)
        chosen = chosen[: job["steps"] // 2]
    statuses = ["absent", "excused", "present"]
    mark("ready")
    for meeting in chosen:
        with database.reading() as session:
            rows = meetings.attendance(session, meeting.id)
        changes = {
            row.member_id: (
                statuses[n % 3], "Bận việc gia đình" if n % 3 == 1 else None
            )
            for n, row in enumerate(rows)
        }
        with step(), database.transaction() as session:
            meetings.set_attendance(session, meeting.id, changes)
        with step(), database.transaction() as session:
            meetings.mark_all(session, meeting.id, "present")
    database.close()


def _merge(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    database = open_database(Path(job["db"]))
    with database.reading() as session:
        commune = get_site(session).unit_id
        branches = list(session.scalars(
            select(Unit.id).where(Unit.parent_id == commune, Unit.level == UnitLevel.BRANCH,
                                  Unit.active.is_(True))
            .order_by(Unit.code)
        ))
    target, sources = branches[0], branches[1:]
    mark("ready")
    for source in sources:
        with step(), database.transaction() as session:
            merge_branches(session, source, target, on=TODAY)
    database.close()


def _import(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    database = open_database(Path(job["db"]))
    with database.reading() as session:
        commune = get_site(session).unit_id
    mark("ready")
    sheet = read_workbook(Path(job["workbook"])).sheets[0]
    mapping = guess_mapping(sheet.rows)
    with database.reading() as session:
        preview = preview_import(session, commune, sheet.rows, mapping, TODAY, fonts=sheet.fonts)
    with step():
        before_import_backup(database.path, Path(job["work"]) / "backups", BACKUP_NOW)
    with step(), database.transaction() as session:
        apply_import(session, commune, preview, create_branches=True, skip_duplicates=True,
                     today=TODAY)
    database.close()


def _certificates(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    database = open_database(Path(job["db"]))
    with database.reading() as session:
        commune = get_site(session).unit_id
        courses = list(session.scalars(
            select(Course.id).where(Course.title.like("Lớp kiểm thử%")).order_by(Course.title)
        ))
    mark("ready")
    for course in courses:
        with step(), database.transaction() as session:
            issue_certificates(session, course, commune, dt.date(2026, 11, 20),
                               "CHỦ TỊCH", "Nguyễn Thị Hương")
    database.close()


def _backup(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    # The application keeps the register open while it backs up; so does the worker.
    database = open_database(Path(job["db"]))
    with database.reading() as session:
        get_site(session)
    mark("ready")
    for _ in range(job["steps"]):
        with step():
            create_backup(database.path, Path(job["work"]) / "backups", BackupKind.MANUAL,
                          BACKUP_NOW)
    database.close()


def _restore(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    # The application closes its engine before restoring and restarts afterwards.
    live, folder = Path(job["db"]), Path(job["work"]) / "backups"
    sources = [Path(job["backup_b"]), Path(job["backup_a"])]
    mark("ready")
    for i in range(job["steps"]):
        with step():
            restore_backup(sources[i % 2], live, folder, RESTORE_NOW + dt.timedelta(seconds=i))


def _sync_import(job: dict[str, Any], mark: Marker, step: Callable[[], Any]) -> None:
    # The upper level imports a commune's next packages, each in one transaction.
    database = open_database(Path(job["db"]))
    packages = [Path(name).read_bytes() for name in job["packages"]]
    with database.reading() as session:
        get_site(session)
    mark("ready")
    for data in packages:
        with step(), database.transaction() as session:
            import_package(session, data, now=SYNC_NOW)
    database.close()


OPERATIONS: dict[str, Callable[[dict[str, Any], Marker, Callable[[], Any]], None]] = {
    "member_save": _member_save,
    "attendance": _attendance,
    "merge": _merge,
    "import": _import,
    "certificates": _certificates,
    "backup": _backup,
    "restore": _restore,
    "sync_import": _sync_import,
}


# --------------------------------------------------------------------------- running


def run_job(job: dict[str, Any]) -> None:
    """Run one job, writing markers (and, for reference runs, fingerprints)."""
    fd = os.open(job["markers"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def mark(text: str) -> None:
        os.write(fd, f"{text} {time.monotonic():.6f}\n".encode())

    base_ids: set[str] = set()
    if job.get("fingerprints"):
        base_ids = record_ids(Path(job["base"]))
    counter = [0]

    @contextlib.contextmanager
    def step() -> Any:
        index = counter[0]
        mark(f"begin {index}")
        yield
        mark(f"done {index}")
        counter[0] += 1
        if job.get("fingerprints"):
            state = json.dumps(fingerprint(Path(job["db"]), base_ids), sort_keys=True)
            os.write(fd, f"fp {index + 1} {state}\n".encode())

    try:
        OPERATIONS[job["op"]](job, mark, step)
        mark("finished")
    except BaseException as exc:
        os.write(fd, f"error {type(exc).__name__}: {exc}\n".encode())
        traceback.print_exc()
        raise
    finally:
        os.close(fd)


def _reply(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def serve() -> None:
    """Fork one child per job read from stdin; reap a child when asked.

    Protocol (JSON lines): ``{"job": {...}}`` → ``{"pid": n}``; ``{"reap": n}`` →
    ``{"pid": n, "signal": s, "exit": e}``; ``{"quit": true}`` ends the server.
    """
    _reply({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        if "job" in request:
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    run_job(request["job"])
                except BaseException:
                    code = 3
                finally:
                    sys.stderr.flush()
                    os._exit(code)
            _reply({"pid": pid})
        elif "reap" in request:
            _, status = os.waitpid(int(request["reap"]), 0)
            _reply({
                "pid": request["reap"],
                "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            })
        elif request.get("quit"):
            return


def main(argv: list[str]) -> int:
    """Entry point: ``serve``, or ``run <job.json>``."""
    if argv[:1] == ["serve"]:
        serve()
        return 0
    if len(argv) == 2 and argv[0] == "run":
        run_job(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
