"""``sohoi members transfer`` and ``sohoi members arrivals``, on real registers and files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.certificates import verify
from db.models import Certificate, Member, MemberStatus, Participation, Unit
from db.site import get_site
from db.sync.importer import import_package
from desktop.cli import run
from tests.sync_support import NOW, PROVINCE_COMMUNES, Province, build_province

A, B = PROVINCE_COMMUNES[0], PROVINCE_COMMUNES[1]


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province]:
    built = build_province(tmp_path / "province", communes=2, members=40)
    yield built
    built.close()


def _through_upper(province: Province) -> None:
    """A's package up, then B's package down (as the offices would carry them)."""
    path = province.send_up(A)
    with province.upper.transaction() as session:
        import_package(session, path.read_bytes(), path.name)
    province.receive_down(B, province.send_down(B))


def _arrivals(province: Province, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    capsys.readouterr()
    assert run(["members", "arrivals", "--format", "json",
                "--db", str(province.communes[B].path)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_transfer_accept_and_decline_from_the_command_line(
    province: Province, capsys: pytest.CaptureFixture[str]
) -> None:
    with province.communes[A].reading() as session:
        a_id = get_site(session).unit_id
        first, second = session.scalars(
            select(Member.id).join(Participation, Participation.member_id == Member.id)
            .join(Certificate, Certificate.participation_id == Participation.id)
            .where(Member.status == MemberStatus.ACTIVE, Member.commune_id == a_id)
            .distinct().limit(2)).all()
        code = session.scalars(
            select(Certificate.verification_code)
            .join(Participation, Participation.id == Certificate.participation_id)
            .where(Participation.member_id == first)).first()
    day = NOW.date().isoformat()
    for member in (first, second):
        assert run(["members", "transfer", member, "--to", B, "--on", day,
                    "--db", str(province.communes[A].path)]) == 0
    assert "Đã ghi chuyển sinh hoạt đến" in capsys.readouterr().out
    # A transfer to the commune itself is refused with a message, nothing written.
    assert run(["members", "transfer", first, "--to", A,
                "--db", str(province.communes[A].path)]) == 1
    _through_upper(province)

    rows = _arrivals(province, capsys)
    assert len(rows) == 2 and all({"id", "full_name", "birth_date"} <= set(r) for r in rows)
    with province.communes[B].reading() as session:
        b_id = get_site(session).unit_id
        branch = session.scalars(select(Unit.name).where(
            Unit.parent_id == b_id, Unit.level == "branch").limit(1)).one()
    with province.communes[A].reading() as session:
        name = session.get_one(Member, first).full_name
    taken = next(r for r in rows if r["full_name"] == name)
    other = next(r for r in rows if r is not taken)
    db_b = str(province.communes[B].path)
    assert run(["members", "arrivals", "accept", taken["id"], "--branch", branch,
                "--on", day, "--db", db_b]) == 0
    assert run(["members", "arrivals", "decline", other["id"], "--reason",
                "Không cư trú tại xã", "--db", db_b]) == 0
    assert run(["members", "arrivals", "accept", other["id"], "--branch", branch,
                "--db", db_b]) == 1
    assert _arrivals(province, capsys) == []
    with province.communes[B].reading() as session:
        assert code is not None and verify(session, code).status == "valid"
        assert session.scalars(select(Member.status).where(
            Member.commune_id == b_id, Member.full_name == name)).one() == MemberStatus.ACTIVE
