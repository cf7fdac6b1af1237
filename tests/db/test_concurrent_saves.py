"""Two saves of one record at the same moment: the second is refused as a conflict.

On a server several PCs save at once: both may read version 3 and both send ``UPDATE …
WHERE version = 3``; the second finds no row and SQLAlchemy raises ``StaleDataError``.
Here the other PC's save is played inside the same transaction by an UPDATE the ORM does
not see, which is what the server shows the second saver. Runs on either engine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import update

from db.engine import Database
from db.errors import ConcurrentChangeError
from db.members import MemberDraft, add_member, draft_of, update_member
from db.models import Member
from db.site import get_site

TODAY = dt.date(2026, 11, 25)


def _add(database: Database) -> str:
    with database.transaction() as session:
        site = get_site(session)
        return add_member(session, site.unit_id, MemberDraft(full_name="Hà Thị Nụ"), TODAY)


def test_a_save_that_loses_the_race_is_a_conflict_and_writes_nothing(
    commune_db: Database,
) -> None:
    member_id = _add(commune_db)
    with commune_db.reading() as session:
        draft = draft_of(session, member_id)
    with pytest.raises(ConcurrentChangeError) as caught, commune_db.transaction() as session:
        member = session.get(Member, member_id)
        assert member is not None
        # The other PC's save lands between this one's read and its write.
        session.execute(
            update(Member).where(Member.id == member_id)
            .values(address="Thôn Nam", version=Member.version + 1)
            .execution_options(synchronize_session=False)
        )
        update_member(session, member_id, replace(draft, phone="0912345678"))
        session.flush()
    assert "Người khác vừa lưu" in str(caught.value)
    with commune_db.reading() as session:
        stored = draft_of(session, member_id)
    # The whole transaction was rolled back: neither the race's write nor this one stayed.
    assert (stored.address, stored.phone) == ("", "")
    assert stored.version == draft.version


def test_an_outdated_draft_is_the_same_kind_of_conflict(commune_db: Database) -> None:
    member_id = _add(commune_db)
    with commune_db.reading() as session:
        first = draft_of(session, member_id)
        second = draft_of(session, member_id)
    with commune_db.transaction() as session:
        update_member(session, member_id, replace(first, phone="0912345678"))
    with pytest.raises(ConcurrentChangeError), commune_db.transaction() as session:
        update_member(session, member_id, replace(second, address="Thôn Bắc"))
