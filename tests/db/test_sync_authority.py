"""A hostile commune: crafted packages, sealed with a real commune's keys, are refused.

Two demo communes of Hưng Yên sent their first package to a real upper level. Each
case edits the honest snapshot of commune A (real rows, real keys, the real container
code) so that it breaks one rule, and checks that the upper level refuses it whole with
that rule named and its database unchanged (a digest of every row of every table).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.engine import Database
from db.members import MemberFilter, search_members
from db.models import Member, SyncPeer, Unit
from db.site import get_site
from db.sync import payload
from db.sync.bounds import TEXT_LIMIT
from db.sync.container import KIND_PACKAGE, MAX_PACKAGE_BYTES, Party, seal
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.errors import (
    DamagedPackageError,
    ImplausibleGenerationError,
    InvalidValueError,
    KeyNotConfirmedError,
    NotAuthorisedError,
    PackageRefusedError,
    PackageTooLargeError,
)
from db.sync.export import export_package, exportable_communes
from db.sync.files import read_package_file
from db.sync.importer import import_package
from db.sync.keys import site_keys
from db.sync.peers import party
from db.sync.tables import DOWNWARD_SCOPE, UPWARD_SCOPE, Direction, columns_of, read_scope
from db.text import search_key
from desktop.cli import run
from tests.server_support import NewRegister, log_in_command_line
from tests.stored import stored as stored_rows
from tests.sync_support import (
    COMMUNE_CODE,
    NOW,
    PROVINCE_COMMUNES,
    Province,
    build_province,
    content_digest,
    make_upper,
)

Tables = dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]
A, B = PROVINCE_COMMUNES[0], PROVINCE_COMMUNES[1]


@pytest.fixture(scope="module")
def province(
    tmp_path_factory: pytest.TempPathFactory, new_register: NewRegister
) -> Iterator[Province]:
    """Two communes whose first packages the upper level imported (on the test engine)."""
    folder = tmp_path_factory.mktemp("authority")
    built = build_province(folder, communes=2, members=120,
                           upper_at=new_register(folder / "upper.sqlite"))
    yield built
    built.close()


def _site_ids(database: Database) -> tuple[str, str]:
    with database.reading() as session:
        site = get_site(session)
        assert site.parent_unit_id is not None
        return site.unit_id, site.parent_unit_id


def snapshot(database: Database) -> Tables:
    """The commune's honest upward snapshot, as its export reads it."""
    commune_id, upper_id = _site_ids(database)
    with database.reading() as session:
        return {name: read_scope(session, name, where, commune_id, upper_id)
                for name, where in UPWARD_SCOPE.items()}


def forge(province: Province, tables: Tables, *, generation: int = 2,
          acknowledges: int = 0, code: str = A) -> bytes:
    """Seal a payload with commune ``code``'s real keys for the real upper level."""
    commune = province.communes[code]
    commune_id, upper_id = _site_ids(commune)
    with commune.reading() as session:
        keys = site_keys(session)
        sender = party(session.get_one(Unit, commune_id))
    with province.upper.reading() as session:
        recipient_key = site_keys(session).public.encryption
        recipient = party(session.get_one(Unit, upper_id))
    return seal(
        kind=KIND_PACKAGE, sender=sender, keys=keys, recipient=recipient,
        recipient_encryption_key=recipient_key, generation=generation,
        created_at="2026-11-25 09:00:00", schema="0003",
        payload=payload.encode(Direction.UP, acknowledges, tables),
    )


def _one(database: Database, sql: str, *args: object) -> Any:
    rows = stored_rows(database, sql, *args)
    assert rows, sql
    return rows[0][0]


def edit(tables: Tables, table: str, column: str, value: object, row: int = 0) -> None:
    columns, rows = tables[table]
    edited = list(rows[row])
    edited[columns.index(column)] = value
    rows[row] = tuple(edited)


def add_copy(province: Province, tables: Tables, table: str, owner: str,
             **values: object) -> None:
    """Add to the package a row of ``table`` copied from the upper level's database."""
    upper_id = _site_ids(province.communes[A])[1]
    with province.upper.reading() as session:
        columns, rows = read_scope(session, table, "owner_unit_id = :sender", upper_id, "")
    row = dict(zip(columns, rows[0], strict=True))
    row.update(id="0190a5c4-1b2c-7d3e-8f40-0000000000aa", owner_unit_id=owner, **values)
    tables[table] = (columns, [tuple(row[c] for c in columns)])


Case = Callable[[Province, Tables, str], None]


def _other_branch(p: Province) -> str:
    b_id = _site_ids(p.communes[B])[0]
    return str(_one(p.upper, "SELECT id FROM units WHERE parent_id = ? AND level = 'branch'",
                    b_id))


def _other_member(p: Province) -> str:
    b_id = _site_ids(p.communes[B])[0]
    return str(_one(p.upper, "SELECT id FROM members WHERE commune_id = ?", b_id))


def _other_participation(p: Province) -> str:
    b_id = _site_ids(p.communes[B])[0]
    return str(_one(p.upper, "SELECT id FROM participations WHERE owner_unit_id = ?", b_id))


def _audit_about(p: Province, t: Tables, a: str) -> None:
    t["audit_events"] = (
        ("id", "owner_unit_id", "created_at", "updated_at", "version", "deleted_at", "at",
         "actor", "table_name", "record_id", "action", "changes"),
        [("0190a5c4-1b2c-7d3e-8f40-0000000000ab", a, "2026-11-25 09:00:00",
          "2026-11-25 09:00:00", 1, None, "2026-11-25 09:00:00", "Cán bộ xã", "members",
          _other_member(p), "update", '{"full_name": ["A", "B"]}')],
    )


AUTHORITY_CASES: dict[str, tuple[Case, str]] = {
    "a commune publishes a title standard": (
        lambda p, t, a: add_copy(p, t, "standards", a), "standards: sender_level"),
    "a commune adds a topic to the catalog": (
        lambda p, t, a: add_copy(p, t, "topics", a, code="CD-SQUAT"), "topics: sender_level"),
    "a commune adds a target": (
        lambda p, t, a: add_copy(p, t, "targets", a), "targets: sender_level"),
    "an audit event about another commune's member": (_audit_about, "audit_events.record_id"),
    "a member in another commune's branch": (
        lambda p, t, a: edit(t, "members", "branch_id", _other_branch(p)),
        "members.branch_id: package:units"),
    "a meeting of another commune's branch": (
        lambda p, t, a: edit(t, "meetings", "unit_id", _other_branch(p)),
        "meetings.unit_id: subtree"),
    "a post in another commune's branch": (
        lambda p, t, a: edit(t, "posts", "unit_id", _other_branch(p)),
        "posts.unit_id: subtree"),
    "a branch moved under another commune's branch": (
        lambda p, t, a: edit(t, "units", "parent_id", _other_branch(p)),
        "units.parent_id: subtree"),
    "attendance at another commune's participation": (
        lambda p, t, a: edit(t, "session_attendances", "participation_id",
                             _other_participation(p)),
        "session_attendances.participation_id: package:participations"),
    "a need met by another commune's participation": (
        lambda p, t, a: edit(t, "training_needs", "met_by_participation_id",
                             _other_participation(p)),
        "training_needs.met_by_participation_id: own_or_upper_participation"),
    "a course topic outside the catalog": (
        lambda p, t, a: edit(t, "course_topics", "topic_id", _other_member(p)),
        "course_topics.topic_id: catalog:topics"),
    "a record owned by another commune": (
        lambda p, t, a: edit(t, "qualifications", "owner_unit_id", _site_ids(p.communes[B])[0]),
        "qualifications.owner_unit_id: owner"),
}

VALUE_CASES: dict[str, tuple[str, str, object]] = {
    "a date that does not exist": ("members", "joined_on", "2026-99-99"),
    "a year nobody records": ("meetings", "held_on", "0026-01-01"),
    "a birth date that does not exist": ("members", "birth_date", "1980-02-30"),
    "a control character in a name": ("members", "full_name", "Nguyễn Thị\x00 Hoa"),
    "an escape sequence in a place": ("meetings", "place", "\x1b[2JNhà văn hóa"),
    "a name not in NFC": ("members", "full_name", "Nguye\u0302\u0303n Thi\u0323 Hoa"),
    "an unknown status": ("members", "status", "vip"),
    "an unknown kind": ("meetings", "kind", "party"),
    "an unknown gender": ("members", "gender", "x"),
    "an unknown attendance mark": ("attendances", "status", "late"),
    "an unknown title": ("posts", "title", "emperor"),
    "an overlong name": ("members", "full_name", "Hoa" * 67),
    "a 10 MB note": ("members", "notes", os.urandom(5_000_000).hex()),
    "an overlong id": ("members", "id", "x" * 5000),
    "a negative amount": ("funding_lines", "amount", -5),
    "a negative number of women": ("unit_populations", "women_18_plus", -1),
    "an integer beyond SQLite": ("qualifications", "rank", 2**64),
    "a counter at SQLite's edge": ("members", "version", 2**63),
    "absurd sessions": ("courses", "sessions", 10**9),
}


def _refuses(province: Province, forged: bytes, error: type[PackageRefusedError]
             ) -> PackageRefusedError:
    before = content_digest(province.upper)
    with pytest.raises(error) as caught, province.upper.transaction() as session:
        import_package(session, forged, "forged.sohoi")
    assert content_digest(province.upper) == before
    return caught.value


@pytest.mark.parametrize("case", list(AUTHORITY_CASES))
def test_a_row_beyond_the_senders_authority_is_refused(province: Province, case: str) -> None:
    mutate, rule = AUTHORITY_CASES[case]
    tables = snapshot(province.communes[A])
    mutate(province, tables, _site_ids(province.communes[A])[0])
    refused = _refuses(province, forge(province, tables), NotAuthorisedError)
    assert isinstance(refused, NotAuthorisedError)
    assert refused.rule.startswith(rule), refused.rule
    assert "không thuộc quyền" in refused.message and "bảng" in refused.message


@pytest.mark.parametrize("case", list(VALUE_CASES))
def test_a_value_beyond_its_columns_bounds_is_refused(province: Province, case: str) -> None:
    table, column, value = VALUE_CASES[case]
    tables = snapshot(province.communes[A])
    edit(tables, table, column, value)
    refused = _refuses(province, forge(province, tables), InvalidValueError)
    assert isinstance(refused, InvalidValueError)
    assert refused.rule.startswith(f"{table}.{column}")
    # The refused text is quoted escaped and short: no control character, no 10 MB.
    assert len(refused.message) < 400
    assert not any(ord(ch) < 32 for ch in refused.message)


def test_a_first_package_with_an_implausible_generation_is_refused(province: Province) -> None:
    tables = snapshot(province.communes[A])
    refused = _refuses(province, forge(province, tables, generation=2**63 - 1),
                       ImplausibleGenerationError)
    assert "vượt xa" in refused.message
    # The commune's own next package is still accepted.
    with province.upper.transaction() as session:
        import_package(session, forge(province, tables, generation=2), "honest.sohoi")


def test_an_acknowledgement_beyond_what_was_sent_is_refused(province: Province) -> None:
    tables = snapshot(province.communes[A])
    refused = _refuses(province, forge(province, tables, generation=50,
                                       acknowledges=2**63 - 1), ImplausibleGenerationError)
    assert "đã nhận đến lần" in refused.message


def test_a_forged_search_key_is_recomputed(province: Province) -> None:
    tables = snapshot(province.communes[A])
    columns, rows = tables["members"]
    at = {c: columns.index(c) for c in ("id", "full_name", "search_key", "sort_key")}
    member_id, name = rows[0][at["id"]], rows[0][at["full_name"]]
    edit(tables, "members", "search_key", "ho chi minh")
    edit(tables, "members", "sort_key", "")
    generation = 1 + int(_one(province.upper,
                              "SELECT last_generation_received FROM sync_peers p JOIN units u "
                              "ON u.id = p.unit_id WHERE u.code = ?", A))
    with province.upper.transaction() as session:
        import_package(session, forge(province, tables, generation=generation), "keys.sohoi")
    with province.upper.reading() as session:
        member = session.get_one(Member, member_id)
        assert member.search_key == search_key(name) != "ho chi minh"
        assert member.sort_key != ""
        assert search_members(session, MemberFilter(text="ho chi minh")) == []
        found = search_members(session, MemberFilter(text=name))
        assert member_id in {row.id for row in found}


@pytest.mark.sqlite_only(reason="a 64-bit value stored in the file before the rule existed, "
                                "which a server's integer column cannot hold")
def test_a_poisoned_acknowledgement_does_not_stop_sending_to_every_commune(
    province: Province, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database that stored 2^63-1 before the rule existed still sends to everyone."""
    with contextlib.closing(sqlite3.connect(province.upper.path)) as conn:
        conn.execute("UPDATE sync_peers SET acknowledged_generation = ? WHERE unit_id = "
                     "(SELECT id FROM units WHERE code = ?)", (2**63 - 1, A))
        conn.commit()
    with province.upper.reading() as session:
        assert len(exportable_communes(session)) == 2
    folder = tmp_path / "down"
    assert run(["sync", "export", "--db", province.upper.label, "--to", str(folder),
                "--all"]) == 0
    capsys.readouterr()
    written = sorted(p.name for p in folder.glob("*.sohoi"))
    assert len(written) == 2 and any(f"_gui_{A}_" in n for n in written)
    with province.upper.reading() as session:
        peers = session.scalars(select(SyncPeer)).all()
        assert max(p.acknowledged_generation for p in peers) < 2**31
    # And the commune imports what it was sent.
    [mine] = [p for p in folder.glob("*.sohoi") if f"_gui_{A}_" in p.name]
    province.receive_down(A, mine)


def test_a_zip_bomb_is_refused_while_inflating(province: Province) -> None:
    """60 MB of one byte compress to a few dozen kilobytes; the ratio stops it early."""
    commune = province.communes[A]
    commune_id, upper_id = _site_ids(commune)
    with commune.reading() as session:
        keys = site_keys(session)
        sender = party(session.get_one(Unit, commune_id))
    with province.upper.reading() as session:
        recipient_key = site_keys(session).public.encryption
        recipient = party(session.get_one(Unit, upper_id))
    bomb = seal(kind=KIND_PACKAGE, sender=sender, keys=keys, recipient=recipient,
                recipient_encryption_key=recipient_key, generation=5_000,
                created_at="2026-11-25 09:00:00", schema="0003",
                payload=b'{"manifest": ' + b" " * 60_000_000 + b"}")
    assert len(bomb) < 1_000_000
    refused = _refuses(province, bomb, PackageTooLargeError)
    assert "giải nén" in refused.message


def test_an_oversized_file_is_refused_without_reading_it(
    province: Province, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    huge = tmp_path / "phim.sohoi"
    with huge.open("wb") as handle:  # sparse: takes no room on the disk
        handle.truncate(MAX_PACKAGE_BYTES + 1)
    with pytest.raises(PackageTooLargeError, match="quá lớn"):
        read_package_file(huge)
    log_in_command_line(province.upper, tmp_path, monkeypatch)
    before = content_digest(province.upper)
    assert run(["sync", "import", "--db", province.upper.label, str(huge), "--yes"]) == 1
    assert "quá lớn" in capsys.readouterr().err
    assert content_digest(province.upper) == before
    small = tmp_path / "small.sohoi"
    small.write_bytes(b"x" * 10)
    assert read_package_file(small) == b"x" * 10
    with pytest.raises(PackageTooLargeError):
        read_package_file(small, limit=9)


def test_an_enrollment_signed_by_an_unknown_key_needs_the_fingerprint(
    demo_file: Path, tmp_path: Path
) -> None:
    """Anyone can make an upper-level register for Hưng Yên and sign a file with it."""
    import shutil

    from db.engine import open_database

    impostor = make_upper(tmp_path / "impostor.sqlite")
    with impostor.transaction() as session:
        info = write_enrollment(session, COMMUNE_CODE, tmp_path, NOW)
    impostor.close()
    assert info.path is not None
    shutil.copyfile(demo_file, tmp_path / "commune.sqlite")
    commune = open_database(tmp_path / "commune.sqlite")
    try:
        before = content_digest(commune.path)
        with pytest.raises(KeyNotConfirmedError, match=info.fingerprint.split()[0]), \
                commune.transaction() as session:
            import_enrollment(session, info.path.read_bytes())
        assert content_digest(commune.path) == before
        with commune.transaction() as session:
            import_enrollment(session, info.path.read_bytes(), accept_key=True)
        # The same key again needs no new confirmation (a lost file sent once more).
        with commune.transaction() as session:
            import_enrollment(session, info.path.read_bytes())
    finally:
        commune.close()


def test_the_crafted_packages_left_the_province_working(province: Province) -> None:
    """After every refusal, an honest package from the other commune still goes through."""
    package = province.send_up(B)
    with province.upper.transaction() as session:
        import_package(session, package.read_bytes(), package.name)
    with province.upper.transaction() as session:
        export_package(session, province.folder / "down", B, NOW)


@pytest.fixture(scope="module")
def member_row(province: Province) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    columns, rows = snapshot(province.communes[A])["members"]
    return columns, rows[0]


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whatever_a_row_holds_is_refused_cleanly_or_within_bounds(
    member_row: tuple[tuple[str, ...], tuple[Any, ...]], data: st.DataObject
) -> None:
    columns, row = member_row
    column = data.draw(st.sampled_from(columns))
    value = data.draw(st.one_of(
        st.none(), st.booleans(), st.integers(), st.integers(-2**70, 2**70),
        st.text(), st.text(alphabet=st.characters(max_codepoint=0x2030), min_size=190),
        st.dates().map(str), st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
    ))
    edited = list(row)
    edited[columns.index(column)] = value
    encoded = payload.encode(Direction.UP, 0, {"members": (columns, [tuple(edited)])})
    try:
        decoded = payload.decode(encoded)
    except DamagedPackageError:
        return
    (accepted,) = decoded.tables["members"].rows
    model = Member.__table__.columns
    for name, stored in zip(columns, accepted, strict=True):
        if isinstance(stored, str):
            limit = getattr(model[name].type, "length", None) or TEXT_LIMIT
            assert len(stored) <= limit
            assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in stored)
        elif isinstance(stored, int):
            assert 0 <= stored <= 2**63 - 1


def test_a_header_with_a_control_character_is_refused(province: Province) -> None:
    commune = province.communes[A]
    commune_id, upper_id = _site_ids(commune)
    with commune.reading() as session:
        keys = site_keys(session)
        sender = party(session.get_one(Unit, commune_id))
    with province.upper.reading() as session:
        recipient_key = site_keys(session).public.encryption
        recipient = party(session.get_one(Unit, upper_id))
    forged = seal(kind=KIND_PACKAGE, keys=keys, recipient=recipient,
                  sender=Party(sender.code, sender.unit_id, "Xã\x1b[31m giả" + "a" * 300),
                  recipient_encryption_key=recipient_key, generation=6_000,
                  created_at="2026-11-25 09:00:00", schema="0003",
                  payload=payload.encode(Direction.UP, 0, snapshot(commune)))
    _refuses(province, forged, DamagedPackageError)


def forge_down(province: Province, tables: Tables, code: str = A) -> bytes:
    """Seal a downward payload with the upper level's real keys for commune ``code``."""
    commune_id, upper_id = _site_ids(province.communes[code])
    with province.upper.reading() as session:
        keys = site_keys(session)
        sender = party(session.get_one(Unit, upper_id))
        recipient = party(session.get_one(Unit, commune_id))
        peer = session.scalars(select(SyncPeer).where(SyncPeer.unit_id == commune_id)).one()
        assert peer.encryption_public_key is not None
        recipient_key = peer.encryption_public_key
    return seal(
        kind=KIND_PACKAGE, sender=sender, keys=keys, recipient=recipient,
        recipient_encryption_key=recipient_key, generation=7_000,
        created_at="2026-11-25 09:00:00", schema="0003",
        payload=payload.encode(Direction.DOWN, 0, tables),
    )


def _down_snapshot(province: Province) -> Tables:
    commune_id, upper_id = _site_ids(province.communes[A])
    with province.upper.reading() as session:
        return {name: read_scope(session, name, where, upper_id, commune_id)
                for name, where in DOWNWARD_SCOPE.items()}


def _members_down(p: Province, t: Tables, upper: str) -> None:
    columns, rows = snapshot(p.communes[A])["members"]
    row = list(rows[0])
    row[columns.index("owner_unit_id")] = upper
    t["members"] = (columns, [tuple(row)])


def _unit_row(t: Tables, unit: str) -> int:
    columns, rows = t["units"]
    return next(n for n, r in enumerate(rows) if r[columns.index("id")] == unit)


DOWN_CASES: dict[str, tuple[Case, type[PackageRefusedError], str]] = {
    "the upper level sends members": (_members_down, NotAuthorisedError, "members: sender_level"),
    "the upper level moves the commune under another parent": (
        lambda p, t, upper: edit(t, "units", "parent_id", _site_ids(p.communes[B])[0],
                                 _unit_row(t, _site_ids(p.communes[A])[0])),
        NotAuthorisedError, "units.parent_id: parent"),
    "the upper level sends another commune's unit": (
        lambda p, t, upper: edit(t, "units", "id", _site_ids(p.communes[B])[0],
                                 _unit_row(t, _site_ids(p.communes[A])[0])),
        NotAuthorisedError, "units.id: both"),
    "a standard for an unknown title": (
        lambda p, t, upper: edit(t, "standards", "title", "emperor"),
        InvalidValueError, "standards.title"),
    "a target of an absurd value": (
        lambda p, t, upper: edit(t, "targets", "value", 2**63 - 1),
        InvalidValueError, "targets.value"),
}


@pytest.mark.parametrize("case", list(DOWN_CASES))
def test_a_crafted_package_from_the_upper_level_is_refused(
    province: Province, case: str
) -> None:
    mutate, error, rule = DOWN_CASES[case]
    tables = _down_snapshot(province)
    mutate(province, tables, _site_ids(province.communes[A])[1])
    commune = province.communes[A]
    before = content_digest(commune.path)
    with pytest.raises(error) as caught, commune.transaction() as session:
        import_package(session, forge_down(province, tables), "down.sohoi")
    assert content_digest(commune.path) == before
    refused = caught.value
    assert isinstance(refused, NotAuthorisedError | InvalidValueError)
    assert refused.rule.startswith(rule), refused.rule


def test_an_empty_catalog_table_from_an_older_version_is_accepted(province: Province) -> None:
    """Before catalogs stopped travelling up, every package listed them (empty)."""
    tables = snapshot(province.communes[A])
    for name in ("topics", "standards", "targets"):
        tables[name] = (columns_of(name), [])
    last = int(_one(province.upper, "SELECT last_generation_received FROM sync_peers p JOIN "
                    "units u ON u.id = p.unit_id WHERE u.code = ?", A))
    with province.upper.transaction() as session:
        import_package(session, forge(province, tables, generation=last + 1), "old.sohoi")


def test_every_travelling_table_has_an_authority_rule() -> None:
    from db.sync.authority import RULES
    from db.sync.tables import ORDER

    assert set(RULES) == set(ORDER)
    for name, rule in RULES.items():
        for link in (*rule.up, *rule.down):
            assert link.column in columns_of(name), (name, link.column)
