"""Two staff changing the site's settings at once: neither loses the other's change.

The settings are one JSON value in the site row: each writer reads it, adds its key and
writes it back. On a server, the second writer must wait for the first and read what it
wrote (``db.site.site_to_change``); otherwise it writes back the value it read before,
and the first one's setting is gone without a word. On a file, SQLite's single writer
makes the second wait already; the test holds on both engines.
"""

from __future__ import annotations

import dataclasses
import threading

import pytest

from db.certificate_layout import blank_layout, default_layout, set_blank_layout
from db.certificates import certificate_pattern, set_certificate_pattern
from db.engine import Database
from db.site import SettingConflictError, init_site
from tests.conftest import COMMUNE_CODE


def test_two_settings_changed_at_once_both_stay(database: Database) -> None:
    with database.transaction() as session:
        init_site(session, COMMUNE_CODE)
    first_wrote, release = threading.Event(), threading.Event()
    problems: list[BaseException] = []

    def numbering() -> None:
        try:
            with database.transaction() as session:
                set_certificate_pattern(session, "GCN-{year}-{seq:04}")
                first_wrote.set()
                release.wait(10)  # the transaction stays open while the other one starts
        except BaseException as exc:  # reported by the test below
            problems.append(exc)
            first_wrote.set()

    layout = dataclasses.replace(default_layout(), offset_x=2.5)

    def positions() -> None:
        try:
            with database.transaction() as session:
                set_blank_layout(session, layout)
        except BaseException as exc:
            problems.append(exc)

    one = threading.Thread(target=numbering)
    one.start()
    assert first_wrote.wait(10)
    two = threading.Thread(target=positions)
    two.start()
    two.join(0.5)  # the second writer reads the settings now, or waits for the first
    release.set()
    one.join(10)
    two.join(10)
    assert not problems
    with database.reading() as session:
        assert certificate_pattern(session) == "GCN-{year}-{seq:04}"
        assert blank_layout(session).offset_x == 2.5


def test_a_setting_changed_meanwhile_is_refused_with_the_stored_value(
    database: Database,
) -> None:
    with database.transaction() as session:
        init_site(session, COMMUNE_CODE)
    with database.reading() as session:
        pattern, layout = certificate_pattern(session), blank_layout(session)
    with database.transaction() as session:  # another PC, first
        set_certificate_pattern(session, "GCN-{seq:03d}-{year}", seen=pattern)
        set_blank_layout(session, dataclasses.replace(layout, offset_y=3.5), seen=layout)
    with pytest.raises(SettingConflictError) as numbering, database.transaction() as session:
        set_certificate_pattern(session, "{seq:04d}/{year}/GCN", seen=pattern)
    assert numbering.value.stored == "GCN-{seq:03d}-{year}"
    with pytest.raises(SettingConflictError) as positions, database.transaction() as session:
        set_blank_layout(session, dataclasses.replace(layout, offset_x=-2.0), seen=layout)
    assert positions.value.stored == dataclasses.replace(layout, offset_y=3.5)
    with database.transaction() as session:  # the same change twice is no conflict
        set_certificate_pattern(session, "GCN-{seq:03d}-{year}", seen=pattern)
        set_blank_layout(session, dataclasses.replace(layout, offset_y=3.5), seen=layout)
