"""Realistic demo data: a commune, or an upper level with many communes.

The data looks like a commune union's register after two years of use: members with
realistic names and ages (some known only by year of birth), branches named after
villages, officers holding posts, branch meetings with attendance, courses with
participations and certificates. Everything derives from one seed, so a benchmark or a
screenshot can be rebuilt exactly.

Rows are written with the driver's executemany (``db.bulk``): a million members must be
built in minutes, and the ORM would take ten times as long.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import catalog
from db.bulk import deferred_indexes, insert_rows, sql_value
from db.certificates import DEFAULT_PATTERN, render_number
from db.demo.vocabulary import (
    CCCD_PROVINCE_CODES,
    EDUCATION,
    ETHNICITIES,
    MOBILE_PREFIXES,
    OCCUPATIONS,
    POLITICAL_THEORY,
    PROFESSIONAL,
    RELIGIONS,
    NameSampler,
    branch_names,
    sample,
)
from db.engine import Database
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.members import name_columns
from db.models import (
    Attendance,
    Certificate,
    Course,
    CourseTopic,
    FundingLine,
    Meeting,
    Member,
    MemberStatusEvent,
    Participation,
    Post,
    Qualification,
    SessionAttendance,
    Site,
    SyncPeer,
    Topic,
    TrainingNeed,
    Unit,
    UnitPopulation,
    uuid7,
)
from db.officers import TITLE_LABELS
from db.site import ensure_official_unit, find_site, init_site
from db.text import text_sort_key

DEFAULT_COMMUNE = "12586"  # Xã Hưng Hà, Hưng Yên (formerly Thái Bình province)
DEFAULT_PROVINCE = "33"  # Hưng Yên
SYNC_COLUMNS = ("id", "owner_unit_id", "created_at", "updated_at", "version", "deleted_at")
BULK_TABLES = ("members", "member_status_events", "attendances", "meetings", "unit_populations")
FLUSH_ROWS = 400_000
_PLAIN = frozenset({str, int, float, type(None)})
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")


@dataclass
class DemoSummary:
    """What was generated, for the command line to report."""

    unit_code: str
    unit_name: str
    communes: int = 0
    members: int = 0
    branches: int = 0
    meetings: int = 0
    attendances: int = 0
    courses: int = 0
    participations: int = 0
    certificates: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Officer:
    """An officer chosen among the members, for posts and courses."""

    member_id: str
    name: str
    birth_date: str | None
    title: str
    unit_name: str
    full_time: bool


class _Rows:
    """Rows waiting to be written, per table, in each table's column order."""

    def __init__(
        self, stamp: str, rng: random.Random, topic_ids: dict[str, str], base_ms: int
    ) -> None:
        self.stamp = stamp
        self.rng = rng
        self.clock = base_ms
        self.topic_ids = topic_ids
        self.certificate_counters: dict[tuple[str, int], int] = {}
        self.tables: dict[str, tuple[Any, list[str], list[Sequence[Any]]]] = {}

    def add(self, model: Any, owner: str, **values: Any) -> str:
        table = model.__table__
        entry = self.tables.get(table.name)
        if entry is None:
            columns = list(SYNC_COLUMNS) + list(values)
            entry = (table, columns, [])
            self.tables[table.name] = entry
        record_id = self.new_id()
        row = [record_id, owner, self.stamp, self.stamp, 1, None]
        row += [v if v.__class__ in _PLAIN else sql_value(v) for v in values.values()]
        entry[2].append(row)
        return record_id

    def new_id(self) -> str:
        """Return a time-ordered key that depends only on the seed (repeatable demos)."""
        self.clock += 1
        return uuid7(self.clock, self.rng.getrandbits(80))

    def add_attendance(
        self, owner: str, meeting_id: str, member_id: str, status: str, note: str | None
    ) -> None:
        """Append one attendance row; the commonest row, so it skips ``add``'s generality."""
        entry = self.tables.get("attendances")
        if entry is None:
            columns = [*SYNC_COLUMNS, "meeting_id", "member_id", "status", "note"]
            entry = (Attendance.__table__, columns, [])
            self.tables["attendances"] = entry
        entry[2].append((self.new_id(), owner, self.stamp, self.stamp, 1, None, meeting_id,
                         member_id, status, note))

    def pending(self) -> int:
        """Return how many rows wait to be written."""
        return sum(len(rows) for _, _, rows in self.tables.values())

    def flush(self, session: Session) -> dict[str, int]:
        counts: dict[str, int] = {}
        order = [
            "units", "unit_populations", "members", "member_status_events", "posts",
            "qualifications", "meetings", "attendances", "courses", "course_topics",
            "funding_lines", "participations", "session_attendances", "certificates",
            "training_needs",
        ]
        for name in order:
            if name in self.tables:
                table, columns, rows = self.tables[name]
                counts[name] = insert_rows(session, table, columns, rows)
        self.tables.clear()
        return counts


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = max(0, (end - start).days)
    return start + dt.timedelta(days=rng.randint(0, span))


class _CommuneBuilder:
    """Builds one commune's data into a row buffer."""

    def __init__(
        self,
        rng: random.Random,
        rows: _Rows,
        commune: Unit,
        members: int,
        today: dt.date,
        topics: Sequence[tuple[str, str]],
        name_cache: dict[str, dict[str, str]],
    ) -> None:
        self.rng = rng
        self.rows = rows
        self.commune = commune
        self.n_members = members
        self.today = today
        self.topics = topics
        self.name_cache = name_cache
        self.branch_ids: list[str] = []
        self.branch_names: dict[str, str] = {}
        self.active_by_branch: dict[str, list[tuple[str, float]]] = {}
        self.members: dict[str, tuple[str, str | None, str | None]] = {}
        self.candidates: list[str] = []
        self.officers: list[Officer] = []
        self.summary = DemoSummary(commune.code, commune.name)

    def build(self) -> None:
        self._branches()
        self._members()
        self._officers()
        self._meetings()
        self._commune_courses()
        self._needs()

    def _branches(self) -> None:
        count = max(4, min(32, round(self.n_members / 270)))
        urban = self.commune.name.startswith("Phường")
        for name in branch_names(self.rng, count, urban):
            branch_id = self.rows.add(
                Unit,
                self.commune.id,
                code=f"{self.commune.code}-{len(self.branch_ids) + 1:02d}",
                name=f"Chi hội {name}",
                level="branch",
                parent_id=self.commune.id,
                official=False,
                active=True,
                merged_into_id=None,
                merged_on=None,
                sort_key=text_sort_key(name),
            )
            self.branch_ids.append(branch_id)
            self.branch_names[branch_id] = name
            self.active_by_branch[branch_id] = []
        self.summary.branches = count

    def _members(self) -> None:
        rng, today, n = self.rng, self.today, self.n_members
        ages = list(range(18, 91))
        age_weights = [
            (1.6 if a < 30 else 2.2 if a < 45 else 2.4 if a < 60 else 1.6 if a < 75 else 0.6)
            for a in ages
        ]
        drawn_ages = rng.choices(ages, weights=age_weights, k=n)
        kinds = rng.choices(
            ["ordinary", "automatic", "honorary"], weights=[92, 6.5, 1.5], k=n
        )
        male = [k == "honorary" and rng.random() < 0.6 for k in kinds]
        birth_years = [today.year - a for a in drawn_ages]
        names = NameSampler(rng).full_names(n, birth_years=birth_years, male=male)
        branch_weights = [rng.uniform(0.6, 1.4) for _ in self.branch_ids]
        branches = rng.choices(self.branch_ids, weights=branch_weights, k=n)
        ethnicities = sample(rng, ETHNICITIES, n)
        religions = sample(rng, RELIGIONS, n)
        occupations = sample(rng, OCCUPATIONS, n)
        educations = sample(rng, EDUCATION, n)
        professionals = sample(rng, PROFESSIONAL, n)
        theories = sample(rng, POLITICAL_THEORY, n)
        statuses = rng.choices(
            ["active", "transferred", "left", "deceased"], weights=[93, 3, 2.5, 1.5], k=n
        )
        province_codes = list(CCCD_PROVINCE_CODES)
        consent_start = dt.date(2026, 1, 1)
        for i in range(n):
            name = names[i]
            derived = self.name_cache.get(name)
            if derived is None:
                derived = name_columns(name)
                self.name_cache[name] = derived
            year = birth_years[i]
            precision = rng.random()
            if precision < 0.1:
                birth = f"{year}"
            elif precision < 0.15:
                birth = f"{year}-{rng.randint(1, 12):02d}"
            else:
                birth = _random_date(rng, dt.date(year, 1, 1), dt.date(year, 12, 28)).isoformat()
            gender = "male" if male[i] else "female"
            id_number = None
            if rng.random() < 0.85:
                century = (year // 100 - 19) * 2 + (0 if male[i] else 1)
                id_number = (
                    f"{rng.choice(province_codes)}{century}{year % 100:02d}"
                    f"{rng.randrange(1_000_000):06d}"
                )
            phone = None
            if rng.random() < 0.75:
                phone = f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"
            joined_year = rng.randint(min(today.year, year + 18), min(today.year, year + 45))
            joined = _random_date(
                rng, dt.date(joined_year, 1, 1), min(today, dt.date(joined_year, 12, 31))
            )
            status = statuses[i]
            if status == "deceased" and drawn_ages[i] < 55:
                status = "active"
            status_since = joined if status == "active" else _random_date(
                rng, max(joined, today - dt.timedelta(days=730)), today
            )
            branch_id = branches[i]
            consent = (
                _random_date(rng, consent_start, today)
                if today >= consent_start and rng.random() < 0.4
                else None
            )
            member_id = self.rows.add(
                Member,
                self.commune.id,
                full_name=derived["full_name"],
                given_name=derived["given_name"],
                search_key=derived["search_key"],
                sort_key=derived["sort_key"],
                gender=gender,
                birth_date=birth,
                birth_year=year,
                ethnicity=ethnicities[i],
                religion=religions[i],
                id_number=id_number,
                phone=phone,
                address=self.branch_names[branch_id],
                occupation=occupations[i],
                education=educations[i],
                professional_level=professionals[i],
                political_theory=theories[i],
                party_member=rng.random() < 0.12,
                kind=kinds[i],
                joined_on=joined,
                card_number=f"{self.commune.code}{i + 1:05d}" if rng.random() < 0.7 else None,
                card_issued_on=joined if rng.random() < 0.7 else None,
                commune_id=self.commune.id,
                branch_id=branch_id,
                status=status,
                status_since=status_since,
                consent_on=consent,
                consent_method="Ký phiếu đồng ý" if consent else None,
                notes=None,
                erased_at=None,
            )
            self.rows.add(
                MemberStatusEvent, self.commune.id, member_id=member_id, status="active",
                effective_on=joined, reason="Kết nạp", destination=None,
            )
            if status != "active":
                self.rows.add(
                    MemberStatusEvent, self.commune.id, member_id=member_id, status=status,
                    effective_on=status_since,
                    reason={"transferred": "Chuyển nơi cư trú", "left": "Xin ra khỏi Hội",
                            "deceased": "Từ trần"}[status],
                    destination="Xã Tiên Hưng, Hưng Yên" if status == "transferred" else None,
                )
            else:
                propensity = min(0.97, max(0.2, rng.gauss(0.8, 0.15)))
                self.active_by_branch[branch_id].append((member_id, propensity))
                if not male[i] and 25 <= drawn_ages[i] <= 62:
                    self.candidates.append(member_id)
            self.members[member_id] = (derived["full_name"], birth, branch_id)
        self.summary.members = n
        for branch_id in self.branch_ids:
            active = len(self.active_by_branch[branch_id])
            for year in (today.year - 1, today.year):
                self.rows.add(
                    UnitPopulation, self.commune.id, unit_id=branch_id, year=year,
                    women_18_plus=max(active, round(active / rng.uniform(0.62, 0.92))),
                )

    def _officers(self) -> None:
        rng = self.rng
        pool = list(self.candidates)
        rng.shuffle(pool)
        commune_name = catalog.union_name(self.commune.name)
        plan = [("chair", True), ("vice_chair", True), ("vice_chair", False)]
        plan += [("standing_committee", False)] * 2 + [("executive_committee", False)] * 8
        start = dt.date(2021, 10, 1)
        for title, full_time in plan:
            if not pool:
                return
            member_id = pool.pop()
            self._post(member_id, self.commune.id, title, full_time, start, commune_name)
        for branch_id in self.branch_ids:
            branch_pool = [m for m, _ in self.active_by_branch[branch_id] if m in pool[-400:]]
            picks = [m for m in pool if self.members[m][2] == branch_id][:2] or branch_pool[:2]
            for member_id, title in zip(picks, ("branch_head", "branch_deputy"), strict=False):
                pool.remove(member_id)
                self._post(
                    member_id, branch_id, title, False,
                    _random_date(rng, dt.date(2019, 1, 1), dt.date(2024, 6, 30)),
                    f"Chi hội {self.branch_names[branch_id]}",
                )

    def _post(
        self, member_id: str, unit_id: str, title: str, full_time: bool, start: dt.date,
        unit_name: str,
    ) -> None:
        rng = self.rng
        self.rows.add(
            Post, self.commune.id, member_id=member_id, unit_id=unit_id, title=title,
            employment="full_time" if full_time else "part_time", start_on=start, end_on=None,
            decision=f"Quyết định số {rng.randint(5, 180)}/QĐ-HLHPN",
        )
        name, birth, _ = self.members[member_id]
        self.officers.append(Officer(member_id, name, birth, title, unit_name, full_time))
        commune_level = title in {"chair", "vice_chair", "standing_committee"}
        levels: list[tuple[str, str, int]] = [
            ("education", "12/12", 12) if commune_level or rng.random() < 0.6 else
            ("education", "9/12", 9),
        ]
        if commune_level:
            levels.append(rng.choice([("professional", "Đại học", 4), ("professional",
                                       "Cao đẳng", 3), ("professional", "Trung cấp", 2)]))
            levels.append(rng.choice([("political_theory", "Trung cấp", 2),
                                      ("political_theory", "Sơ cấp", 1)]))
            if rng.random() < 0.7:
                levels.append(("state_management", "Chuyên viên", 1))
            if rng.random() < 0.8:
                levels.append(("it", "Tin học cơ bản", 1))
        if rng.random() < (0.5 if commune_level else 0.3):
            levels.append(("union_work", "Chứng chỉ nghiệp vụ công tác Hội", 1))
        for kind, level, rank in levels:
            self.rows.add(
                Qualification, self.commune.id, member_id=member_id, kind=kind, level=level,
                rank=rank,
                obtained_on=_random_date(rng, dt.date(2005, 1, 1), dt.date(2024, 12, 31)),
                issuer=None, certificate_number=None,
            )

    def _meetings(self) -> None:
        rng, today = self.rng, self.today
        first_quarter = _quarter_start(today - dt.timedelta(days=730))
        quarter = first_quarter
        current_quarter = _quarter_start(today)
        topics = [
            "Sinh hoạt định kỳ", "Phổ biến Nghị quyết Đại hội Phụ nữ",
            "Tuyên truyền phòng chống bạo lực gia đình", "Hướng dẫn phát triển kinh tế hộ",
            "Tiết kiệm, tín dụng vi mô", "Chăm sóc sức khỏe sinh sản",
            "Xây dựng gia đình 5 không 3 sạch", "Phòng chống mua bán người",
        ]
        while quarter <= current_quarter:
            next_quarter = _quarter_start(quarter + dt.timedelta(days=95))
            last_day = min(today, next_quarter - dt.timedelta(days=1))
            for branch_id in self.branch_ids:
                chance = 0.55 if quarter == current_quarter else 0.9
                if rng.random() < chance:
                    self._meeting(branch_id, _random_date(rng, quarter, last_day), "regular",
                                  rng.choice(topics))
                if rng.random() < 0.2:
                    self._meeting(branch_id, _random_date(rng, quarter, last_day), "thematic",
                                  rng.choice(topics[1:]))
            quarter = next_quarter
        for year in (today.year - 1, today.year):
            day = dt.date(year, 1, 15)
            if day <= today:
                self._meeting(self.commune.id, day, "conference",
                              f"Hội nghị Ban Chấp hành tổng kết công tác Hội năm {year - 1}")

    def _meeting(self, unit_id: str, day: dt.date, kind: str, topic: str) -> None:
        rng = self.rng
        place = (f"Nhà văn hóa {self.branch_names[unit_id]}"
                 if unit_id in self.branch_names else "Hội trường UBND xã")
        meeting_id = self.rows.add(
            Meeting, self.commune.id, unit_id=unit_id, held_on=day, kind=kind, topic=topic,
            place=place, minutes=None,
        )
        self.summary.meetings += 1
        if unit_id in self.active_by_branch:
            people = self.active_by_branch[unit_id]
        else:
            people = [(o.member_id, 0.9) for o in self.officers]
        for member_id, propensity in people:
            roll = rng.random()
            status = "present" if roll < propensity else (
                "excused" if roll < propensity + (1 - propensity) / 2 else "absent")
            self.rows.add_attendance(
                self.commune.id, meeting_id, member_id, status,
                "Bận việc gia đình" if status == "excused" else None,
            )
            self.summary.attendances += 1

    def _commune_courses(self) -> None:
        rng, today = self.rng, self.today
        branch_officers = [o for o in self.officers if o.title.startswith("branch")]
        for year in (today.year - 1, today.year):
            start = dt.date(year, rng.randint(3, 9), rng.randint(1, 25))
            if start > today:
                continue
            title = f"Tập huấn nghiệp vụ công tác Hội cho chi hội trưởng, chi hội phó năm {year}"
            add_course(
                self.rows, rng, owner=self.commune, issuer=self.commune, title=title,
                start=start, days=2, people=branch_officers, topic_codes=rng.sample(
                    [c for c, _ in self.topics], 3), today=today,
                funding=[("state_budget", rng.randint(3, 8) * 1_000_000),
                         ("union", rng.randint(1, 3) * 500_000)],
                target_group="Chi hội trưởng, chi hội phó", summary=self.summary,
            )

    def _needs(self) -> None:
        rng = self.rng
        codes = [c for c, _ in self.topics]
        topic_ids = dict(self.topics)
        for officer in self.officers:
            if rng.random() < 0.35:
                for code in rng.sample(codes, rng.randint(1, 2)):
                    self.rows.add(
                        TrainingNeed, self.commune.id, member_id=officer.member_id,
                        topic_id=topic_ids[code],
                        registered_on=_random_date(rng, self.today - dt.timedelta(days=300),
                                                   self.today),
                        note=None, met_by_participation_id=None,
                    )


def add_course(
    rows: _Rows,
    rng: random.Random,
    *,
    owner: Unit,
    issuer: Unit,
    title: str,
    start: dt.date,
    days: int,
    people: Sequence[Officer],
    topic_codes: Sequence[str],
    today: dt.date,
    funding: Sequence[tuple[str, int]],
    target_group: str,
    summary: DemoSummary,
) -> None:
    """Add a finished (or planned) course with participants and certificates."""
    end = start + dt.timedelta(days=days - 1)
    finished = end < today
    course_id = rows.add(
        Course, owner.id, organiser_unit_id=owner.id, title=title, start_on=start, end_on=end,
        sessions=days * 2, place="Hội trường UBND xã" if owner.level == "commune"
        else "Trường Chính trị tỉnh", mode="in_person", target_group=target_group,
        trainers="Báo cáo viên Hội LHPN tỉnh", status="finished" if finished else "planned",
        notes=None,
    )
    summary.courses += 1
    for code in topic_codes:
        rows.add(CourseTopic, owner.id, course_id=course_id, topic_id=rows.topic_ids[code])
    for source, amount in funding:
        rows.add(FundingLine, owner.id, course_id=course_id, source=source, amount=amount,
                 note=None)
    for person in people:
        completed = finished and rng.random() < 0.93
        participation_id = rows.add(
            Participation, owner.id, course_id=course_id, member_id=person.member_id,
            person_name=person.name, person_birth_date=person.birth_date,
            person_unit=person.unit_name, person_title=TITLE_LABELS.get(person.title, person.title),
            completed=completed,
            result_note=None,
        )
        summary.participations += 1
        if finished:
            for session_number in range(1, days * 2 + 1):
                rows.add(
                    SessionAttendance, owner.id, participation_id=participation_id,
                    session_number=session_number, present=completed or rng.random() < 0.5,
                )
        if completed:
            key = (issuer.id, end.year)
            sequence = rows.certificate_counters.get(key, 0) + 1
            rows.certificate_counters[key] = sequence
            code = "".join(rng.choice(CODE_ALPHABET) for _ in range(10))
            rows.add(
                Certificate, issuer.id, participation_id=participation_id,
                issuer_unit_id=issuer.id, year=end.year, sequence=sequence,
                number=render_number(DEFAULT_PATTERN, sequence, end.year),
                verification_code=code,
                snapshot={
                    "full_name": person.name,
                    "birth_date": person.birth_date or "",
                    "unit": person.unit_name,
                    "course": title,
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                },
                issued_on=end, signer_title="TM. BAN THƯỜNG VỤ / CHỦ TỊCH",
                signer_name="Nguyễn Thị Hương",
                revoked_on=None, revoke_reason=None,
            )
            summary.certificates += 1


#: ``site.settings`` key set in a register the demo generator made (never a real one).
DEMO_SETTING = "demo"


def mark_as_demo(session: Session) -> None:
    """Mark this register as invented data, so it is never mistaken for a real one."""
    site = session.scalars(select(Site)).one()
    site.settings = {**(site.settings or {}), DEMO_SETTING: "1"}


def is_demo_register(session: Session) -> bool:
    """Tell whether this register holds the demo's invented data (or nothing at all)."""
    site = session.scalars(select(Site)).first()
    return site is None or (site.settings or {}).get(DEMO_SETTING) == "1"


def build_demo(
    database: Database,
    *,
    unit_code: str | None = None,
    members: int = 8000,
    communes: int = 0,
    seed: int = 1,
    today: dt.date | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data, in one transaction.

    With ``communes`` = 0 the site is a commune (``unit_code`` a commune code, default
    Xã Hưng Hà); otherwise an upper-level site of the province ``unit_code`` (default
    Hưng Yên) holding ``communes`` communes that share ``members`` members between them.

    Raises:
        UserError: the database already holds members, or the codes do not fit.
    """
    started = time.perf_counter()
    today = today or dt.date.today()
    rng = random.Random(seed)
    upper = communes > 0
    code = unit_code or (DEFAULT_PROVINCE if upper else DEFAULT_COMMUNE)
    with database.transaction() as session:
        if session.execute(select(func.count()).select_from(Member)).scalar_one():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Cơ sở dữ liệu này đã có hội viên; dữ liệu mẫu chỉ tạo được trong một tệp mới.",
                ),
            )
        site = find_site(session)
        if site is None:
            site = init_site(session, code, upper=upper)
            mark_as_demo(session)
        elif not is_demo_register(session):
            # A unit set up by a person is a real register, even before its first member.
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Tệp dữ liệu này là sổ thật của đơn vị; dữ liệu mẫu chỉ tạo được trong một "
                    "tệp riêng (ví dụ: sohoi demo --db xa-mau.sqlite).",
                ),
            )
        elif site.unit_code != catalog.find(code).code or site.is_upper != upper:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Cơ sở dữ liệu đã được thiết lập cho đơn vị khác; hãy dùng một tệp mới.",
                ),
            )
        stamp = sql_value(dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0))
        topic_rows = session.execute(select(Topic.code, Topic.id).order_by(Topic.position)).all()
        topics = [(c, i) for c, i in topic_rows]
        base_ms = int(dt.datetime.combine(today, dt.time(8)).timestamp() * 1000) - 10**9
        rows = _Rows(stamp, rng, dict(topics), base_ms)
        site_unit = session.get_one(Unit, site.unit_id)
        province = site_unit if upper else session.get_one(Unit, site_unit.parent_id)
        name_cache: dict[str, dict[str, str]] = {}
        if upper:
            pool = list(catalog.communes(province.code))
            if communes > len(pool):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "DbErrors",
                        "{name} chỉ có {count} đơn vị cấp xã; hãy chọn số xã nhỏ hơn hoặc một "
                        "tỉnh khác (--unit).",
                    ),
                    name=province.name,
                    count=len(pool),
                )
            chosen = sorted(rng.sample(pool, min(communes, len(pool))), key=lambda u: u.code)
            shares = [rng.uniform(0.7, 1.3) for _ in chosen]
            total_share = sum(shares)
            units = [ensure_official_unit(session, entry.code) for entry in chosen]
            sizes = [max(50, round(members * s / total_share)) for s in shares]
        else:
            units, sizes = [site_unit], [members]
        with deferred_indexes(session, BULK_TABLES):
            summary = DemoSummary(site.unit_code, site.union_name, communes=len(units))
            upper_officers: list[Officer] = []
            for unit, size in zip(units, sizes, strict=True):
                builder = _CommuneBuilder(rng, rows, unit, size, today, topics, name_cache)
                builder.build()
                upper_officers += [o for o in builder.officers
                                   if o.title in {"chair", "vice_chair"}]
                for name in ("members", "branches", "meetings", "attendances", "courses",
                             "participations", "certificates"):
                    setattr(summary, name, getattr(summary, name) + getattr(builder.summary, name))
                if upper:
                    session.add(SyncPeer(
                        unit_id=unit.id,
                        last_generation_received=rng.randint(3, 14),
                        last_received_at=dt.datetime.combine(
                            today - dt.timedelta(days=rng.choice([3, 10, 20, 35, 50, 95])),
                            dt.time(9, 30)),
                    ))
                if rows.pending() > FLUSH_ROWS:
                    for table, count in rows.flush(session).items():
                        summary.counts[table] = summary.counts.get(table, 0) + count
            _province_courses(rows, rng, province, upper_officers, today, summary)
            for table, count in rows.flush(session).items():
                summary.counts[table] = summary.counts.get(table, 0) + count
    summary.seconds = time.perf_counter() - started
    return summary


def _province_courses(
    rows: _Rows,
    rng: random.Random,
    province: Unit,
    officers: Sequence[Officer],
    today: dt.date,
    summary: DemoSummary,
) -> None:
    """Courses the upper level ran for commune chairs and vice-chairs, in batches of 60."""
    province_name = catalog.union_name(province.name)
    for year in (today.year - 1, today.year):
        for batch_start in range(0, len(officers), 60):
            start = dt.date(year, rng.randint(4, 10), rng.randint(1, 25))
            if start > today:
                continue
            add_course(
                rows, rng, owner=province, issuer=province,
                title=(f"Bồi dưỡng nghiệp vụ công tác Hội cho Chủ tịch, Phó Chủ tịch "
                       f"Hội LHPN cơ sở năm {year} (lớp {batch_start // 60 + 1})"),
                start=start, days=3, people=officers[batch_start:batch_start + 60],
                topic_codes=["NVCTH", "KNTM", "CNTT"], today=today,
                funding=[("state_budget", rng.randint(30, 50) * 1_000_000)],
                target_group=f"Chủ tịch, Phó Chủ tịch Hội LHPN cơ sở ({province_name})",
                summary=summary,
            )
