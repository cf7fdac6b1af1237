"""Certificates are handed out at the closing session, on the course's last day."""

from __future__ import annotations

import datetime as dt

from db import certificates as certs
from db.engine import Database
from db.models import Course
from db.site import get_site

TODAY = dt.date(2026, 11, 25)


def _running_course(database: Database, end: dt.date) -> str:
    with database.transaction() as session:
        site = get_site(session)
        course = Course(owner_unit_id=site.unit_id, organiser_unit_id=site.unit_id,
                        title="Kỹ năng tuyên truyền", start_on=end - dt.timedelta(days=2),
                        end_on=end, status="running")
        session.add(course)
        session.flush()
        return course.id


def test_a_course_ending_today_is_issuable_one_ending_tomorrow_is_not(
    commune_db: Database,
) -> None:
    today = _running_course(commune_db, TODAY)
    tomorrow = _running_course(commune_db, TODAY + dt.timedelta(days=1))
    with commune_db.reading() as session:
        site = get_site(session)
        issuable = {c.id for c in certs.issuable_courses(session, site.unit_id, TODAY)}
    assert today in issuable
    assert tomorrow not in issuable
