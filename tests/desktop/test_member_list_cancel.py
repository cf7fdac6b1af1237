"""The member list stops the id read of a filter that a newer one replaced."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from db.engine import Database
from db.members import MemberFilter, count_members
from db.models import MemberStatus
from desktop.models.member_list import FIRST_SCREEN, MemberListModel
from desktop.tasks import TaskRunner


def test_a_superseded_filter_read_is_cancelled(qtbot: QtBot, demo_db: Database) -> None:
    tasks = TaskRunner()  # a real read pool: the id lists are read on worker threads
    problems: list[Any] = []
    tasks.on_unhandled = lambda exc, details: problems.append(exc)
    model = MemberListModel(demo_db, tasks)
    everybody, active = MemberFilter(), MemberFilter(status=MemberStatus.ACTIVE.value)
    with demo_db.reading() as session:
        wanted = count_members(session, active)
    assert wanted > FIRST_SCREEN  # both filters need the background id read

    model.set_filter(everybody)
    first = model._cancel
    assert not first.cancelled
    with qtbot.waitSignal(model.loaded, check_params_cb=lambda total: total == wanted):
        model.set_filter(active)
    assert first.cancelled and not model._cancel.cancelled
    assert tasks.wait()
    qtbot.wait(50)  # let any late answer of the first read arrive (it must be dropped)
    assert model.rowCount() == wanted == model.total
    statuses = {model.row_at(row).status for row in range(model.rowCount())}  # type: ignore[union-attr]
    assert statuses == {MemberStatus.ACTIVE.value}
    assert problems == []  # a stopped read is not an error


def test_the_picker_searches_once_typing_pauses(qtbot: QtBot, demo_db: Database) -> None:
    from PySide6.QtCore import Qt

    from db.members import search_members
    from db.site import get_site
    from desktop.pages.trainings.dialogs import MemberPickerDialog
    from tests.desktop.conftest import type_text

    with demo_db.reading() as session:
        site = get_site(session)
    tasks = TaskRunner()
    picker = MemberPickerDialog(demo_db, site, tasks=tasks)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.results.count() > 0)  # the first list, from the pool
    first = picker._cancel
    type_text(picker.search, "thi")
    assert picker.pause.isActive() and picker._cancel is first  # no search per key
    qtbot.waitUntil(lambda: not picker.pause.isActive())
    assert first.cancelled and picker._cancel is not first  # one search, for "thi"
    assert tasks.wait()
    flt = MemberFilter(text="thi", commune_id=site.unit_id,
                       status=MemberStatus.ACTIVE.value, officer=True)
    with demo_db.reading() as session:
        wanted = [row.id for row in search_members(session, flt, limit=picker.LIMIT)]
    qtbot.waitUntil(lambda: [picker.results.item(n).data(Qt.ItemDataRole.UserRole)
                             for n in range(picker.results.count())] == wanted)
    picker.done(0)
    assert picker._cancel.cancelled
