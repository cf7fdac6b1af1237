"""Reads that a newer request abandons: SQLite stops them half-way, nothing is returned."""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import pytest
from sqlalchemy import text

import db.cancel
from db.cancel import Cancel
from db.engine import Database
from db.errors import Cancelled
from db.members import MemberFilter, count_members, member_rowids, search_members

WAIT = 60.0  # seconds; only a broken read would ever wait this long


class HeldCancel(Cancel):
    """A token that holds the read at SQLite's first look until someone cancels.

    The read is then provably half-way (SQLite is inside the statement, asking the
    token) when it is cancelled, whatever the speed of the machine.
    """

    def __init__(self) -> None:
        super().__init__()
        self.looked = threading.Event()
        self.looks = 0

    @property
    def cancelled(self) -> bool:
        self.looks += 1
        self.looked.set()
        self._set.wait(WAIT)
        return self._set.is_set()


def run_in_thread(read: Any) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["result"] = read()
        except BaseException as exc:  # handed to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


@pytest.mark.sqlite_only(reason="holds the read inside SQLite's progress handler")
def test_a_cancelled_id_list_stops_inside_sqlite(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.cancel, "PROGRESS_STEPS", 100)
    token = HeldCancel()

    def read() -> Any:
        with demo_db.reading() as session:
            return member_rowids(session, MemberFilter(), cancel=token)

    thread, outcome = run_in_thread(read)
    assert token.looked.wait(WAIT)
    token.cancel()
    thread.join(WAIT)
    assert not thread.is_alive()
    assert "result" not in outcome
    assert isinstance(outcome.get("error"), Cancelled)
    assert token.looks >= 1
    # The pooled connection carries no handler over: the next read is complete.
    with demo_db.reading() as session:
        assert len(member_rowids(session, MemberFilter())) == 1200
        assert count_members(session, MemberFilter(), cancel=Cancel()) == 1200


@pytest.mark.sqlite_only(reason="holds the read inside SQLite's progress handler")
def test_a_superseded_search_is_cancelled_and_the_latest_answers(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.cancel, "PROGRESS_STEPS", 10)
    typed = HeldCancel()

    def first_keystroke() -> Any:
        with demo_db.reading() as session:
            return search_members(session, MemberFilter(text="n"), cancel=typed)

    thread, outcome = run_in_thread(first_keystroke)
    assert typed.looked.wait(WAIT)
    typed.cancel()  # the person typed on: "ng" replaces "n"
    latest = Cancel()
    with demo_db.reading() as session:
        rows = search_members(session, MemberFilter(text="ng"), cancel=latest)
    thread.join(WAIT)
    assert isinstance(outcome.get("error"), Cancelled)
    assert "result" not in outcome
    assert rows
    with demo_db.reading() as session:
        assert rows == search_members(session, MemberFilter(text="ng"))


def test_a_token_set_beforehand_stops_every_read_before_it_starts(demo_db: Database) -> None:
    token = Cancel()
    token.cancel()
    with demo_db.reading() as session:
        for read in (
            lambda: search_members(session, MemberFilter(text="thi"), cancel=token),
            lambda: count_members(session, MemberFilter(status="active"), cancel=token),
            lambda: member_rowids(session, MemberFilter(kind="honorary"), cancel=token),
        ):
            with pytest.raises(Cancelled):
                read()
        assert search_members(session, MemberFilter(text="thi"), limit=5)


@pytest.mark.skipif(not os.environ.get("SOHOI_TEST_DATABASE_URL"),
                    reason="the server's cancel of a running statement")
def test_a_cancelled_read_is_stopped_by_the_server(demo_db: Database) -> None:
    """A read waiting on the server (here for a lock) is cancelled there, at once."""
    token = Cancel()
    blocker = demo_db.engine.connect()
    blocker.execute(text("LOCK TABLE members IN ACCESS EXCLUSIVE MODE"))

    def read() -> Any:
        with demo_db.reading() as session:
            return member_rowids(session, MemberFilter(), cancel=token)

    try:
        thread, outcome = run_in_thread(read)
        deadline = time.monotonic() + WAIT
        waiting = 0
        while not waiting and time.monotonic() < deadline:
            with demo_db.engine.connect() as watcher:
                waiting = watcher.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )).scalar_one()
        assert waiting
        token.cancel()
        thread.join(WAIT)
    finally:
        blocker.rollback()
        blocker.close()
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), Cancelled)
    with demo_db.reading() as session:
        assert len(member_rowids(session, MemberFilter())) == 1200
