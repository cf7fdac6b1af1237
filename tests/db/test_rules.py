"""One home per rule: the gathering rate, open posts, valid certificates, live records."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import select, update

from db.communes import commune_status
from db.engine import Database
from db.member_stats import member_statistics
from db.members import MemberDraft, add_member
from db.models import Member, Site, SiteMode
from db.overview import commune_overview
from db.rules import (
    gathered,
    gathering_rate,
    is_certificate_valid,
    is_post_open_on,
    live,
    live_sql,
    post_open_on,
)
from db.site import get_site
from db.units import list_branches, summarize_branches

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 25)


def test_gathering_rate_is_one_figure_on_every_page(demo_db: Database) -> None:
    with demo_db.reading() as session:
        commune_id = get_site(session).unit_id
        overview = commune_overview(session, commune_id, TODAY.year, TODAY)
        branches = summarize_branches(list_branches(session, commune_id, TODAY.year))
        counted = len(session.scalars(
            select(Member.id).where(Member.commune_id == commune_id, live(Member), gathered())
        ).all())
    # The upper level's table of communes, read from the same rows: the copy is turned
    # into an upper level's database that holds this commune.
    with demo_db.transaction() as session:
        session.execute(update(Site).values(mode=SiteMode.UPPER))
    with demo_db.reading() as session:
        communes = [row for row in commune_status(session, TODAY) if row.unit_id == commune_id]
    assert overview.women_18_plus, "the demo commune records its women aged 18+"
    expected = gathering_rate(counted, overview.women_18_plus)
    assert expected is not None and 0 < expected < 100
    assert overview.gathered_members == counted
    assert overview.gathering_rate == expected
    assert branches.complete and branches.counted_active == counted
    assert branches.gathering_rate == expected
    assert len(communes) == 1 and communes[0].gathering_rate == expected


def test_gathering_rate_without_women_is_unknown() -> None:
    assert gathering_rate(10, None) is None
    assert gathering_rate(10, 0) is None
    assert gathering_rate(45, 60) == 75.0


def test_post_open_on_a_day_agrees_with_its_python_twin(demo_db: Database) -> None:
    from db.models import Post

    days = (dt.date(2020, 1, 1), dt.date(2024, 6, 30), TODAY)
    with demo_db.reading() as session:
        posts = session.execute(select(Post.id, Post.start_on, Post.end_on)).all()
        assert posts
        for day in days:
            by_query = set(session.scalars(select(Post.id).where(post_open_on(day))))
            by_python = {p.id for p in posts if is_post_open_on(p.start_on, p.end_on, day)}
            assert by_query == by_python
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    assert is_post_open_on(start, end, end) and not is_post_open_on(start, end, end.replace(
        year=2026, month=1, day=1))
    assert is_post_open_on(None, None, TODAY)
    assert is_certificate_valid(None) and not is_certificate_valid(TODAY)


def test_live_filter_forms() -> None:
    assert str(live(Member)) == "members.deleted_at IS NULL"
    assert str(live(Member.__table__)) == "members.deleted_at IS NULL"
    assert live_sql("m") == "m.deleted_at IS NULL"


def test_religion_statistics_show_one_row_per_religion(commune_db: Database) -> None:
    with commune_db.transaction() as session:
        commune_id = get_site(session).unit_id
        ids = [
            add_member(session, commune_id, MemberDraft(full_name=name, religion=religion), TODAY)
            for name, religion in (("Nguyễn Thị An", "Tin lành"), ("Trần Thị Bình", "tin lanh"),
                                   ("Lê Thị Cúc", "Không"), ("Phạm Thị Dung", "Hoà Hảo"))
        ]
        # A row written before the words had one home, as an older version stored it.
        session.execute(update(Member).where(Member.id == ids[2]).values(religion="Tin Lành"))
    with commune_db.reading() as session:
        stored = set(session.scalars(select(Member.religion)))
        table = member_statistics(session, commune_id, TODAY).table("religion")
    assert stored == {"Tin lành", "Tin Lành", "Hòa Hảo"}
    assert [(row.label, row.count) for row in table.rows] == [("Tin lành", 3), ("Hòa Hảo", 1)]


TOMBSTONE = re.compile(r"deleted_at\s+IS\s+NULL|deleted_at\.is_\(None\)|deleted_at\s*==\s*None",
                       re.IGNORECASE)
LEFT_ALONE = (
    "db/rules.py",  # the one home
    # Frozen history: a migration runs as it was written.
    "db/migrations/versions/0003_member_search_initials.py",
    "db/migrations/versions/0005_member_filter_indexes.py",
    # The partial indexes' condition, declared with the model (db.rules imports the models).
    "db/models/members.py",
)
"""Files allowed to spell the tombstone filter out."""


def test_the_tombstone_filter_is_written_in_one_place() -> None:
    offenders = sorted(
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "db").rglob("*.py")
        if not path.relative_to(ROOT).as_posix().startswith(LEFT_ALONE)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if TOMBSTONE.search(line)
    )
    assert offenders == []
