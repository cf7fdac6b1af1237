"""A member moves to a commune of another province: a signed file between upper levels.

Hưng Yên (33) with commune A and Hà Nội (01) with commune X, each a real upper level
with a real enrolled commune. The member leaves A in A's package, crosses from one
upper level to the other in a transfer file, reaches X in Hà Nội's package; the answer
returns the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from db import catalog
from db.certificates import verify
from db.demo.generator import build_demo
from db.engine import Database, open_database
from db.models import Certificate, Member, MemberArrival, MemberStatus, Participation, Unit
from db.site import get_site, init_site
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.errors import DamagedPackageError, KeyNotConfirmedError, WrongRecipientError
from db.sync.export import export_package
from db.sync.importer import import_package
from db.sync.keys import fingerprint, site_keys
from db.sync.transfer_files import export_transfer_file, import_transfer_file
from db.transfers import accept_arrival, list_arrivals, transfer_member, transfers_out
from tests.server_support import NewRegister
from tests.sync_support import (
    NOW,
    Province,
    build_province,
    content_digest,
    forget_upper_level_courses,
)

A = "12586"
TODAY = NOW.date()


@dataclass
class Hanoi:
    upper: Database
    commune: Database
    code: str
    folder: Path


def _hanoi(folder: Path, new_register: NewRegister) -> Hanoi:
    """Hà Nội's province office (on the test engine: a server in the PostgreSQL pass) and
    one of its communes (a file), enrolled, with the commune's first package imported."""
    folder.mkdir(parents=True)
    code = catalog.communes("01")[0].code
    upper = open_database(new_register(folder / "upper.sqlite"))
    with upper.transaction() as session:
        init_site(session, "01", upper=True)
    path = folder / "x.sqlite"
    database = open_database(path)
    build_demo(database, unit_code=code, members=30, seed=5, today=TODAY)
    database.close()
    forget_upper_level_courses(path)
    commune = open_database(path)
    with upper.transaction() as session:
        info = write_enrollment(session, code, folder)
    assert info.path is not None
    with commune.transaction() as session:
        import_enrollment(session, info.path.read_bytes(), accept_key=True)
    with commune.transaction() as session:
        package = export_package(session, folder / "up", None, NOW).path
    with upper.transaction() as session:
        import_package(session, package.read_bytes(), package.name, accept_key=True)
    return Hanoi(upper, commune, code, folder)


@pytest.fixture
def two(tmp_path: Path, new_register: NewRegister) -> Iterator[tuple[Province, Hanoi]]:
    province = build_province(tmp_path / "hungyen", communes=1, members=40)
    hanoi = _hanoi(tmp_path / "hanoi", new_register)
    yield province, hanoi
    province.close()
    hanoi.upper.close()
    hanoi.commune.close()


def _package(source: Database, target: Database, folder: Path, code: str | None) -> None:
    with source.transaction() as session:
        path = export_package(session, folder, code, NOW).path
    with target.transaction() as session:
        import_package(session, path.read_bytes(), path.name)


def _key(database: Database) -> str:
    with database.reading() as session:
        return fingerprint(site_keys(session).public)


def test_a_member_crosses_to_another_province_and_back_comes_the_answer(
    two: tuple[Province, Hanoi], tmp_path: Path
) -> None:
    hungyen, hanoi = two
    commune_a = hungyen.communes[A]
    with commune_a.reading() as session:
        a_id = get_site(session).unit_id
        member = session.scalars(
            select(Member.id).join(Participation, Participation.member_id == Member.id)
            .join(Certificate, Certificate.participation_id == Participation.id)
            .where(Member.commune_id == a_id, Member.status == MemberStatus.ACTIVE)
            .limit(1)).one()
        codes = set(session.scalars(
            select(Certificate.verification_code)
            .join(Participation, Participation.id == Certificate.participation_id)
            .where(Participation.member_id == member)))
    with commune_a.transaction() as session:
        transfer_member(session, member, hanoi.code, TODAY, role="admin", today=TODAY)
    _package(commune_a, hungyen.upper, tmp_path / "up", None)

    with hungyen.upper.transaction() as session:
        sent = export_transfer_file(session, "01", tmp_path / "usb", NOW)
    assert sent.path is not None and (sent.arrivals, sent.answers) == (1, 0)
    data = sent.path.read_bytes()
    # Not a package: the ordinary import says what it is.
    with pytest.raises(WrongRecipientError), hanoi.upper.transaction() as session:
        import_package(session, data, sent.path.name)
    # A flipped byte breaks the signature; an unconfirmed key is not accepted.
    before = content_digest(hanoi.upper)
    broken = bytearray(data)
    broken[len(broken) // 2] ^= 1
    with pytest.raises(DamagedPackageError), hanoi.upper.transaction() as session:
        import_transfer_file(session, bytes(broken), _key(hungyen.upper))
    with pytest.raises(KeyNotConfirmedError), hanoi.upper.transaction() as session:
        import_transfer_file(session, data, "0000")
    assert content_digest(hanoi.upper) == before
    with hanoi.upper.transaction() as session:
        got = import_transfer_file(session, data, _key(hungyen.upper))
    assert got.arrivals == 1
    _package(hanoi.upper, hanoi.commune, tmp_path / "down", hanoi.code)

    with hanoi.commune.transaction() as session:
        (arrival,) = list_arrivals(session)
        x_id = get_site(session).unit_id
        branch = session.scalars(select(Unit.id).where(
            Unit.parent_id == x_id, Unit.level == "branch").limit(1)).one()
        accept_arrival(session, arrival.id, branch, TODAY, role="admin", today=TODAY)
    with hanoi.commune.reading() as session:
        assert all(verify(session, code).status == "valid" for code in codes)
    _package(hanoi.commune, hanoi.upper, tmp_path / "up", None)
    with hanoi.upper.transaction() as session:
        back = export_transfer_file(session, "33", tmp_path / "usb", NOW)
    assert back.path is not None and (back.arrivals, back.answers) == (0, 1)
    with hungyen.upper.transaction() as session:
        answered = import_transfer_file(session, back.path.read_bytes(), _key(hanoi.upper))
    assert answered.answers == 1
    with hungyen.upper.reading() as session:
        state = session.scalars(select(MemberArrival.state)).one()
    assert state == "accepted"
    _package(hungyen.upper, commune_a, tmp_path / "down", A)
    with commune_a.reading() as session:
        assert [t.state for t in transfers_out(session)] == ["accepted"]
    # The same file again changes nothing.
    before = content_digest(hungyen.upper.path)
    with hungyen.upper.transaction() as session:
        again = import_transfer_file(session, back.path.read_bytes())
    assert again.answers == 0
    assert content_digest(hungyen.upper.path) == before


def test_a_crafted_transfer_file_is_refused_whole(
    two: tuple[Province, Hanoi], tmp_path: Path
) -> None:
    """Hưng Yên's real key signs a file whose arrival is for a commune of a third province."""
    import json

    from db.sync.container import KIND_TRANSFER, Party, seal
    from db.sync.errors import NotAuthorisedError
    from db.sync.peers import party
    from db.sync.tables import columns_of, read_scope

    hungyen, hanoi = two
    commune_a = hungyen.communes[A]
    with commune_a.reading() as session:
        a_id = get_site(session).unit_id
        member = session.scalars(select(Member.id).where(
            Member.commune_id == a_id, Member.status == MemberStatus.ACTIVE).limit(1)).one()
    with commune_a.transaction() as session:
        transfer_member(session, member, hanoi.code, TODAY, role="admin", today=TODAY)
    _package(commune_a, hungyen.upper, tmp_path / "up", None)
    columns = columns_of("member_arrivals")
    with hungyen.upper.reading() as session:
        _columns, rows = read_scope(session, "member_arrivals", "1 = 1", "", "")
        keys = site_keys(session)
        sender = party(session.get_one(Unit, get_site(session).unit_id))
    row = list(rows[0])
    row[columns.index("to_code")] = catalog.communes("79")[0].code
    with hanoi.upper.reading() as session:
        hanoi_id = get_site(session).unit_id
    data = seal(
        kind=KIND_TRANSFER, sender=sender, keys=keys,
        recipient=Party(code="01", unit_id=hanoi_id, name="Hội LHPN Thành phố Hà Nội"),
        recipient_encryption_key=None, generation=1, created_at="2026-11-25 09:00:00",
        schema="0007",
        payload=json.dumps({"member_arrivals": {"columns": list(columns), "rows": [row]}},
                           ensure_ascii=False).encode("utf-8"),
    )
    before = content_digest(hanoi.upper)
    with pytest.raises(NotAuthorisedError) as caught, hanoi.upper.transaction() as session:
        import_transfer_file(session, data, _key(hungyen.upper))
    assert "arrival_recipient" in (caught.value.rule or "")
    assert content_digest(hanoi.upper) == before
