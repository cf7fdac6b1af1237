"""The screens of a branch laptop, built from a real enrollment file and the commune's package."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from db.meetings import MeetingDraft, create_meeting
from db.site import get_site
from desktop.app import open_main_window
from desktop.tasks import TaskRunner
from tests.db.test_branch_sync import Chain, _rows, chain  # noqa: F401 (the fixture)


def test_the_branch_site_pages_show_its_members_and_meetings(chain: Chain, qtbot: QtBot) -> None:  # noqa: F811
    with chain.branch.transaction() as session:
        create_meeting(
            session, chain.commune_id,
            MeetingDraft(unit_id=chain.branch_id, held_on=dt.date(2026, 11, 20),
                         topic="Sinh hoạt định kỳ"),
            today=dt.date(2026, 11, 25), mark_all_present=True,
        )
        site = get_site(session)
    window = open_main_window(chain.branch, site, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    members = window.show_page("members")
    expected = _rows(chain.branch.path, "SELECT count(*) FROM members WHERE deleted_at IS NULL "
                     "AND branch_id = ?", chain.branch_id)[0][0]
    assert expected > 0
    qtbot.waitUntil(lambda: members.model.total == expected)
    meetings = window.show_page("meetings")
    qtbot.waitUntil(lambda: meetings.meetings.rowCount() == 1)

