"""Kill the process (SIGKILL) at many points inside every kind of write; nothing is lost.

Issue "Data safety", item 2: every save, import, backup and restore is atomic. For each
operation a worker (``tests/crash/worker.py``) runs the real ``db`` functions on a copy
of a 1,500-member demo register and is killed after a delay drawn from the operation's
own measured duration: a few kills right after it starts, the others spread over
0 … 1.2 × the duration and over the moments a write is in progress. Afterwards the
register, opened with plain ``sqlite3``, must pass ``PRAGMA integrity_check`` and
``PRAGMA foreign_key_check`` (and the search index its own check), and its fingerprint
(every row of every table) must be exactly one of the states a clean run goes through:

* never older than the last step the worker reported finished (nothing lost),
* never newer than the step it was inside (nothing invented),
* never anything else (no mix of old and new rows).

Backups must be absent or whole (every name ``list_backups`` shows verifies and holds
the register's content; ``.partial`` files are never listed), the live register must be
untouched by a backup, and a restore must leave either the old register or the copy.
After each kill the register must still open with :func:`db.engine.open_database`, and
the same backup or restore must work again over what the crash left behind.

The counts of kill points (before, during, between and after the writes) are printed;
``docs/CRASH-SAFETY.md`` describes the method and records them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.backup import BackupKind, create_backup, list_backups, restore_backup, verify_backup
from db.demo.generator import build_demo
from db.engine import open_database
from db.members import MemberDraft, add_member
from db.models import Meeting, Member, Participation, Topic, Unit
from db.models.units import UnitLevel
from db.personal_data import erase_member
from db.site import get_site
from db.trainings import CourseDraft, add_participants, create_course, set_completed
from db.units import merge_branches
from tests.crash.worker import BACKUP_NOW, RESTORE_NOW, TODAY, fingerprint, record_ids
from tests.sync_support import make_pair

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

#: Steps per worker run (each one transaction, backup or restore) and kill points.
OPERATIONS: dict[str, tuple[int, int]] = {
    "member_save": (40, 20),
    "attendance": (12, 20),
    "merge": (5, 20),
    "import": (2, 22),
    "certificates": (3, 20),
    "backup": (4, 20),
    "restore": (4, 20),
    "sync_import": (2, 20),
}
KILLS_AT_START = 3
IMPORT_ROWS = 2000


# --------------------------------------------------------------------------- the server


class Server:
    """The worker in ``serve`` mode: one interpreter, one forked child per run."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.worker", "serve"],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self._read() == {"ready": True}

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the crash worker server stopped")
        return dict(json.loads(line))

    def request(self, payload: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(payload) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps({"quit": True}) + "\n")
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# --------------------------------------------------------------------------- set-up


@dataclasses.dataclass
class Env:
    """Everything the runs share: base registers, the workbook, the server."""

    root: Path
    server: Server
    demo: Path
    demo_ids: set[str]
    certificates_base: Path
    workbook: Path
    backup_a: Path
    backup_b: Path
    sync_base: Path
    sync_packages: list[Path]

    def base(self, op: str) -> Path:
        """Return the register an operation starts from."""
        if op == "certificates":
            return self.certificates_base
        return self.sync_base if op == "sync_import" else self.demo


def _commune(path: Path) -> tuple[str, list[tuple[str, str]]]:
    database = open_database(path)
    with database.reading() as session:
        commune = get_site(session).unit_id
        branches = [
            (unit_id, name)
            for unit_id, name in session.execute(
                select(Unit.id, Unit.name)
                .where(Unit.parent_id == commune, Unit.level == UnitLevel.BRANCH)
                .order_by(Unit.code)
            )
        ]
    database.close()
    return commune, branches


def _certificates_base(demo: Path, target: Path) -> None:
    """Three finished courses of 120 people each, all completed, no certificate yet."""
    shutil.copyfile(demo, target)
    database = open_database(target)
    with database.transaction() as session:
        commune = get_site(session).unit_id
        topics = session.scalars(select(Topic.id).order_by(Topic.position).limit(2)).all()
        people = session.scalars(select(Member.id).order_by(Member.sort_key).limit(360)).all()
        for n in range(3):
            course = create_course(session, commune, CourseDraft(
                title=f"Lớp kiểm thử {n + 1}: nghiệp vụ công tác Hội",
                start_on=dt.date(2026, 10, 5 + n), end_on=dt.date(2026, 10, 6 + n),
                sessions=4, place="Hội trường UBND xã", status="finished",
                topic_ids=tuple(topics),
            ))
            add_participants(session, course, people[n * 120:(n + 1) * 120])
        session.flush()
        waiting = session.scalars(
            select(Participation.id).where(Participation.completed.is_(False))
        ).all()
        for participation_id in waiting:
            set_completed(session, participation_id, True)
    database.close()


def _b_state(demo: Path, target: Path) -> None:
    """The data a backup holds: one branch merged and three members more than today."""
    shutil.copyfile(demo, target)
    commune, branches = _commune(target)
    database = open_database(target)
    with database.transaction() as session:
        merge_branches(session, branches[1][0], branches[0][0], on=dt.date(2026, 11, 1))
        for name in ("Đỗ Thị Mai", "Lương Thị Huyền", "Trịnh Thị Nga"):
            add_member(session, commune, MemberDraft(full_name=name, birth_date="1990"), TODAY)
    database.close()


def _sync_base(demo: Path, folder: Path) -> tuple[Path, list[Path]]:
    """An upper level holding the commune's first package, and its next two packages.

    The second adds members and erases one; the third edits members and removes a
    branch's meeting, so each import inserts, updates and tombstones records.
    """
    pair = make_pair(demo, folder)
    pair.receive_up(pair.send_up(), accept_key=True)
    with pair.commune.transaction() as session:
        commune = get_site(session).unit_id
        for i in range(40):
            add_member(session, commune, MemberDraft(full_name=f"Hà Thị Kiểm Thử {i}",
                                                     birth_date="1988"), TODAY)
        erased = session.scalars(select(Member.id).order_by(Member.sort_key).limit(1)).one()
        erase_member(session, erased, TODAY, "Yêu cầu của hội viên")
    second = pair.send_up()
    with pair.commune.transaction() as session:
        for member in session.scalars(select(Member).where(Member.deleted_at.is_(None))
                                      .order_by(Member.sort_key).limit(300)):
            member.phone = "0987654321"
        meeting = session.scalars(select(Meeting).order_by(Meeting.held_on).limit(1)).one()
        meeting.deleted_at = dt.datetime(2026, 11, 25, 8, 0)
    third = pair.send_up()
    pair.close()
    return folder / "upper.sqlite", [second, third]


def _workbook(demo: Path, target: Path) -> None:
    """A member list as communes keep them: title rows, header, 2,000 members."""
    _, branches = _commune(demo)
    names = [name.removeprefix("Chi hội ") for _, name in branches] + ["Tân Lập", "Đồng Tâm"]
    families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
    middles = ["Thị", "Thị Thu", "Thị Ngọc", "Thị Minh", "Thị Thanh"]
    givens = ["An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Huế", "Hương",
              "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Oanh", "Phượng", "Quyên", "Thảo"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["HỘI LHPN XÃ HƯNG HÀ"])
    sheet.append(["DANH SÁCH HỘI VIÊN NĂM 2026"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Tôn giáo",
                  "Chi hội", "SĐT", "Nghề nghiệp"])
    for i in range(IMPORT_ROWS):
        name = f"{families[i % 10]} {middles[(i // 10) % 5]} {givens[(i // 50) % 20]}"
        sheet.append([i + 1, name, 1950 + (i * 7) % 55, "Nữ", "Kinh", "Không",
                      names[i % len(names)], f"09{(i * 7919) % 10**8:08d}", "Làm ruộng"])
    book.save(target)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    root = tmp_path_factory.mktemp("crash")
    demo = root / "demo.sqlite"
    database = open_database(demo)
    build_demo(database, members=1500, seed=5, today=TODAY)
    database.close()
    certificates = root / "certificates.sqlite"
    _certificates_base(demo, certificates)
    b_state = root / "b-state.sqlite"
    _b_state(demo, b_state)
    chosen = root / "chosen"
    backup_a = create_backup(demo, chosen, BackupKind.MANUAL, dt.datetime(2026, 11, 24, 9)).path
    backup_b = create_backup(b_state, chosen, BackupKind.MANUAL,
                             dt.datetime(2026, 11, 24, 9, 30)).path
    workbook = root / "hoi-vien.xlsx"
    _workbook(demo, workbook)
    sync_base, sync_packages = _sync_base(demo, root / "sync")
    server = Server()
    try:
        yield Env(root, server, demo, record_ids(demo), certificates, workbook, backup_a,
                  backup_b, sync_base, sync_packages)
    finally:
        server.close()


# --------------------------------------------------------------------------- one run


@dataclasses.dataclass
class Run:
    """What one worker run left: its markers and how it ended."""

    work: Path
    markers: list[tuple[str, str]]
    killed: bool

    def times(self, kind: str) -> dict[int, float]:
        return {int(rest.split()[0]): float(rest.split()[1])
                for k, rest in self.markers if k == kind}

    @property
    def ready_at(self) -> float:
        return next(float(rest) for k, rest in self.markers if k == "ready")

    @property
    def done(self) -> int:
        return len(self.times("done"))

    @property
    def in_write(self) -> bool:
        """Whether the last thing the worker said was that a step began."""
        steps = [k for k, _ in self.markers if k in {"begin", "done"}]
        return bool(steps) and steps[-1] == "begin"

    @property
    def finished(self) -> bool:
        return any(k == "finished" for k, _ in self.markers)


def _read_markers(path: Path) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(line.split(" ", 1)[0], line.split(" ", 1)[1]) for line in lines if " " in line]


def _prepare(env: Env, op: str, work: Path) -> dict[str, Any]:
    work.mkdir(parents=True)
    shutil.copyfile(env.base(op), work / "register.sqlite")
    job: dict[str, Any] = {
        "op": op, "db": str(work / "register.sqlite"), "work": str(work),
        "markers": str(work / "markers.txt"), "steps": OPERATIONS[op][0],
        "base": str(env.demo), "workbook": str(env.workbook),
        "packages": [str(path) for path in env.sync_packages],
    }
    if op == "restore":
        for name, source in (("backup_a", env.backup_a), ("backup_b", env.backup_b)):
            shutil.copyfile(source, work / source.name)
            job[name] = str(work / source.name)
    return job


def _wait_for(path: Path, kinds: set[str], timeout: float = 60.0) -> list[tuple[str, str]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        markers = _read_markers(path)
        if any(k == "error" for k, _ in markers):
            raise AssertionError(f"the worker failed: {markers}")
        if any(k in kinds for k, _ in markers):
            return markers
        time.sleep(0.0005)
    raise AssertionError(f"the worker never said {kinds}: {_read_markers(path)}")


def run_worker(env: Env, op: str, work: Path, *, delay: float | None,
               fingerprints: bool = False) -> Run:
    """Run ``op`` once; kill it ``delay`` seconds after it said "ready" (None: never)."""
    job = _prepare(env, op, work)
    job["fingerprints"] = fingerprints
    markers_path = Path(job["markers"])
    pid = int(env.server.request({"job": job})["pid"])
    killed = False
    try:
        if delay is None:
            _wait_for(markers_path, {"finished"}, timeout=120)
        else:
            ready = _wait_for(markers_path, {"ready"})
            ready_at = next(float(rest) for k, rest in ready if k == "ready")
            pause = ready_at + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            os.kill(pid, signal.SIGKILL)  # the child is not reaped yet: the pid is its own
            killed = True
    finally:
        if not killed and delay is not None:
            os.kill(pid, signal.SIGKILL)
        status = env.server.request({"reap": pid})
    if delay is None:
        assert status["exit"] == 0, status
    else:
        assert status["signal"] == signal.SIGKILL or status["exit"] == 0, status
    return Run(work, _read_markers(markers_path), killed=status["signal"] == signal.SIGKILL)


# --------------------------------------------------------------------------- checks


def _check_sqlite(path: Path) -> None:
    """The register as a crash left it, opened by plain sqlite3 (which replays journals)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO member_search(member_search) VALUES ('integrity-check')")
        conn.rollback()


def _describe(found: dict[str, Any], expected: dict[str, Any]) -> str:
    return ", ".join(
        f"{table}: {found.get(table)} vs {expected.get(table)}"
        for table in sorted(set(found) | set(expected)) if found.get(table) != expected.get(table)
    )


_FINGERPRINTS: dict[str, dict[str, Any]] = {}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy_fingerprint(env: Env, path: Path) -> dict[str, Any]:
    """Fingerprint a backup file; byte-identical copies are fingerprinted once."""
    key = _digest(path)
    if key not in _FINGERPRINTS:
        _FINGERPRINTS[key] = fingerprint(path, env.demo_ids)
    return _FINGERPRINTS[key]


def check_after_kill(env: Env, op: str, run: Run, states: list[dict[str, Any]]) -> bool:
    """Check everything a kill may have left; return whether it holds the step's result.

    "The step's result" is the state after the step the worker was inside when killed
    (for a backup: the new copy exists); False means the state before it.
    """
    live = run.work / "register.sqlite"
    if op == "backup" and not run.finished:
        # Not one byte of the live file changes while it is copied.
        assert _digest(live) == _digest(env.demo)
    _check_sqlite(live)
    found = fingerprint(live, env.demo_ids)
    low, high = run.done, min(run.done + int(run.in_write), len(states) - 1)
    matches = [i for i in range(low, high + 1) if states[i] == found]
    if not matches:
        nearest = min(range(len(states)), key=lambda i: len(_describe(found, states[i])))
        raise AssertionError(
            f"{op}: after {run.done} finished steps (inside a step: {run.in_write}) the "
            f"register holds none of states {low}..{high}; nearest is state {nearest}: "
            + _describe(found, states[nearest])
        )
    landed_new = matches[-1] > run.done

    folder = run.work / "backups"
    listed = list_backups(folder)
    for info in listed:
        assert not info.path.name.endswith(".partial")
        result = verify_backup(info.path)
        assert result.ok, result.message
        copy = _copy_fingerprint(env, info.path)
        allowed = states if op == "restore" else [states[0]]
        assert copy in allowed, f"{info.path.name} holds a state the register never had"
    if op == "backup":
        assert run.done <= len(listed) <= run.done + int(run.in_write)
        landed_new = len(listed) > run.done

    database = open_database(live, backup_dir=run.work / "before-migration")
    with database.reading() as session:
        assert (session.scalar(select(func.count()).select_from(Member)) or 0) >= 1500
    database.close()

    # The same action again, over whatever the crash left behind, must work.
    if op == "backup":
        again = create_backup(live, folder, BackupKind.MANUAL, BACKUP_NOW)
        assert verify_backup(again.path).ok
        assert _copy_fingerprint(env, again.path) == states[0]
    if op == "restore":
        restore_backup(run.work / env.backup_b.name, live, folder,
                       RESTORE_NOW + dt.timedelta(hours=1))
        _check_sqlite(live)
        assert fingerprint(live, env.demo_ids) == states[1]
    return landed_new


# --------------------------------------------------------------------------- the test


def _delays(
    op: str, count: int, duration: float, windows: list[tuple[float, float]]
) -> list[float]:
    """Kill points: some at once, half spread over 0..1.2×, the rest inside the writes."""
    rng = random.Random(f"crash-{op}")
    rest = count - KILLS_AT_START
    spread = rest // 2
    delays = [0.0] * KILLS_AT_START
    span = 1.2 * duration
    delays += [span * (i + rng.random()) / spread for i in range(spread)]
    total = sum(end - start for start, end in windows)
    inside = rest - spread
    for i in range(inside):
        point = total * (i + rng.random()) / inside
        for start, end in windows:
            if point <= end - start:
                delays.append(start + point)
                break
            point -= end - start
    return delays


@pytest.mark.parametrize("op", list(OPERATIONS))
def test_kill_points(env: Env, op: str, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    steps, kills = OPERATIONS[op]
    folder = env.root / op
    timed = run_worker(env, op, folder / "timed", delay=None)
    assert timed.finished and timed.done == steps
    begins, dones = timed.times("begin"), timed.times("done")
    duration = dones[steps - 1] - timed.ready_at
    windows = [(begins[i] - timed.ready_at, dones[i] - timed.ready_at) for i in range(steps)]

    reference = run_worker(env, op, folder / "reference", delay=None, fingerprints=True)
    states = [fingerprint(env.base(op), env.demo_ids)]
    states += [json.loads(rest.split(" ", 1)[1]) for k, rest in reference.markers if k == "fp"]
    assert len(states) == steps + 1
    if op == "backup":
        assert all(state == states[0] for state in states)
    else:
        changing = [i for i in range(steps) if states[i + 1] != states[i]]
        # The before-import copy leaves the register as it was; every other step changes it.
        assert len(changing) == (1 if op == "import" else steps), changing

    tally = {"before": 0, "during": 0, "during_old": 0, "during_new": 0, "between": 0,
             "after": 0}
    partial_left = 0
    for n, delay in enumerate(_delays(op, kills, duration, windows)):
        run = run_worker(env, op, folder / f"kill-{n:02d}", delay=delay)
        landed_new = check_after_kill(env, op, run, states)
        if run.finished or run.done == steps:
            tally["after"] += 1
        elif run.in_write:
            tally["during"] += 1
            tally["during_new" if landed_new else "during_old"] += 1
        elif run.done == 0:
            tally["before"] += 1
        else:
            tally["between"] += 1
        partial_left += sum(1 for p in run.work.rglob("*") if ".partial" in p.name
                            or ".restoring" in p.name)
        shutil.rmtree(run.work)

    assert sum(tally[k] for k in ("before", "during", "between", "after")) == kills
    assert tally["during"] >= kills // 4, f"too few kills landed inside a write: {tally}"
    with capsys.disabled():
        print(
            f"\n[crash] {op}: {kills} kill points over {steps} steps of {duration:.2f} s: "
            f"{tally['before']} before, {tally['during']} during a write "
            f"({tally['during_old']} old state, {tally['during_new']} new state), "
            f"{tally['between']} between writes, {tally['after']} after; "
            f"integrity ok, nothing lost, no mix; unlisted .partial/.restoring files left: "
            f"{partial_left}; "
            f"test took {time.perf_counter() - started:.1f} s"
        )
