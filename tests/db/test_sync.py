"""Sync by file (issue "Sync by file"): round trips, refusals, scope, fuzzing.

Every test runs the real thing: two SQLite registers (an upper level and a demo commune
of 1,200 members), real keys, signed and encrypted package files on disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from db.certificates import issue_certificates
from db.engine import Database, open_database
from db.errors import UserError
from db.members import MemberDraft, add_member
from db.models import Member, SyncPeer, Topic
from db.personal_data import erase_member
from db.site import get_site
from db.sync import payload
from db.sync.container import (
    FORMAT_VERSION,
    KIND_PACKAGE,
    MAGIC,
    Party,
    open_body,
    open_envelope,
    seal,
)
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.errors import (
    AlreadyImportedError,
    DamagedPackageError,
    KeyChangedError,
    KeyNotConfirmedError,
    NotAPackageError,
    OlderPackageError,
    OutOfScopeError,
    PackageRefusedError,
    PackageTooNewError,
    UnknownSenderError,
    WrongRecipientError,
)
from db.sync.export import export_package
from db.sync.importer import import_package, preview_package
from db.sync.keys import generate_keys, site_keys
from db.sync.status import forget_commune_key, sync_status
from db.sync.tables import DOWNWARD_SCOPE, UPWARD_SCOPE, Direction, read_scope
from db.trainings import CourseDraft, add_participants, create_course, set_completed
from tests.server_support import NewRegister
from tests.sync_support import (
    COMMUNE_CODE,
    NOW,
    Pair,
    content_digest,
    enroll,
    make_pair,
    make_upper,
)

TODAY = dt.date(2026, 11, 25)
ELSEWHERE = "0190a5c4-1b2c-7d3e-8f40-123456789abc"
"""A well-formed key that names nothing the sender owns."""


@pytest.fixture
def pair(demo_file: Path, tmp_path: Path, new_register: NewRegister) -> Iterator[Pair]:
    """The demo commune enrolled at a fresh upper level (on the test engine)."""
    sites = make_pair(demo_file, tmp_path / "sites", new_register(tmp_path / "upper.sqlite"))
    yield sites
    sites.close()


@pytest.fixture
def small_pair(tmp_path: Path, new_register: NewRegister) -> Iterator[Pair]:
    """A commune with three members: packages of a few kilobytes, for byte-level tests."""
    path = tmp_path / "small.sqlite"
    database = open_database(path)
    with database.transaction() as session:
        from db.site import init_site

        site = init_site(session, COMMUNE_CODE)
        for name in ("Nguyễn Thị Hoa", "Trần Thị Lan", "Lê Thị Mai"):
            add_member(session, site.unit_id, MemberDraft(full_name=name, birth_date="1980"),
                       TODAY)
    database.close()
    sites = make_pair(path, tmp_path / "sites", new_register(tmp_path / "upper.sqlite"))
    yield sites
    sites.close()


def _part(register: Path | Database, direction: Direction, sender: str, recipient: str
          ) -> dict[str, list[tuple[object, ...]]]:
    """Every row of one side's part, as stored, per table (a file, or an open register)."""
    database = register if isinstance(register, Database) else open_database(register)
    scope = UPWARD_SCOPE if direction is Direction.UP else DOWNWARD_SCOPE
    with database.reading() as session:
        result = {
            name: sorted(read_scope(session, name, where, sender, recipient)[1], key=repr)
            for name, where in scope.items()
        }
    if database is not register:
        database.close()
    return result


def _ids(pair: Pair) -> tuple[str, str]:
    with pair.commune.reading() as session:
        site = get_site(session)
        assert site.parent_unit_id is not None
        return site.unit_id, site.parent_unit_id


def test_enrollment_pins_the_upper_levels_keys_and_matches_its_catalog(pair: Pair) -> None:
    with pair.upper.transaction() as session:
        upper_status = sync_status(session)
    with pair.commune.transaction() as session:
        commune_status = sync_status(session)
    assert len(commune_status.peers) == 1
    assert commune_status.peers[0].fingerprint == upper_status.fingerprint
    assert commune_status.enrolled
    # Both sites seeded the same catalog under the same keys: nothing to reconcile.
    with pair.upper.reading() as session:
        upper_topics = set(session.scalars(select(Topic.id)))
    with pair.commune.reading() as session:
        assert set(session.scalars(select(Topic.id))) == upper_topics


def test_enrollment_sets_up_an_empty_database_as_the_commune(tmp_path: Path) -> None:
    upper = make_upper(tmp_path / "upper.sqlite")
    with upper.transaction() as session:
        info = write_enrollment(session, COMMUNE_CODE, tmp_path)
    fresh = open_database(tmp_path / "fresh.sqlite")
    assert info.path is not None
    with fresh.transaction() as session:
        import_enrollment(session, info.path.read_bytes(), accept_key=True)
    with fresh.reading() as session:
        site = get_site(session)
    assert (site.unit_code, site.parent_name) == (COMMUNE_CODE, "Hội LHPN tỉnh Hưng Yên")
    upper.close()
    fresh.close()


def test_enrollment_for_another_commune_or_from_another_province_is_refused(
    pair: Pair, tmp_path: Path
) -> None:
    with pair.upper.transaction() as session:
        other = write_enrollment(session, "12499", tmp_path / "other.sohoi")
    before = content_digest(pair.commune.path)
    assert other.path is not None
    with pytest.raises(WrongRecipientError, match="12499"), pair.commune.transaction() as s:
        import_enrollment(s, other.path.read_bytes(), accept_key=True)
    foreign = open_database(tmp_path / "foreign.sqlite")
    from db.site import init_site

    with foreign.transaction() as session:
        init_site(session, "01", upper=True)
    with pytest.raises(UserError, match="không thuộc"), foreign.transaction() as session:
        write_enrollment(session, COMMUNE_CODE, tmp_path)
    foreign.close()
    assert content_digest(pair.commune.path) == before


def test_round_trip_carries_every_kind_of_record(pair: Pair) -> None:
    commune_id, upper_id = _ids(pair)
    with pair.commune.transaction() as session:  # an audited change: the trail travels too
        add_member(session, commune_id, MemberDraft(full_name="Đinh Thị Thu Hà",
                                                    birth_date="1991-04-02"), TODAY)
    up = _part(pair.commune.path, Direction.UP, commune_id, upper_id)
    pair.receive_up(pair.send_up(), accept_key=True)
    assert _part(pair.upper, Direction.UP, commune_id, upper_id) == up
    travelled = {name for name, rows in up.items() if rows}
    assert travelled >= {
        "units", "unit_populations", "members", "member_status_events", "posts",
        "qualifications", "courses", "course_topics", "funding_lines", "participations",
        "session_attendances", "certificates", "training_needs", "meetings", "attendances",
        "audit_events",
    }
    # The upper level trains two of the commune's people and certifies them.
    with pair.upper.transaction() as session:
        people = list(session.scalars(
            select(Member.id).where(Member.commune_id == commune_id).order_by(Member.sort_key)
            .limit(2)
        ))
        topics = tuple(session.scalars(select(Topic.id).order_by(Topic.position).limit(2)))
        course = create_course(session, upper_id, CourseDraft(
            title="Bồi dưỡng nghiệp vụ công tác Hội cấp tỉnh", start_on=dt.date(2026, 10, 5),
            end_on=dt.date(2026, 10, 7), sessions=3, place="Trường Chính trị tỉnh",
            status="finished", topic_ids=topics, funding=(("state_budget", 12_000_000, None),),
        ))
        add_participants(session, course, people)
        session.flush()
        from db.models import Participation

        for participation in session.scalars(
            select(Participation.id).where(Participation.course_id == course)
        ):
            set_completed(session, participation, True)
        issued = issue_certificates(session, course, upper_id, TODAY, "CHỦ TỊCH",
                                    "Nguyễn Thị Hằng")
    assert len(issued) == 2
    pair.receive_down(pair.send_down())
    down = _part(pair.upper, Direction.DOWN, upper_id, commune_id)
    assert _part(pair.commune.path, Direction.DOWN, upper_id, commune_id) == down
    assert {name for name, rows in down.items() if rows} >= {
        "units", "topics", "standards", "targets", "courses", "course_topics",
        "funding_lines", "participations", "certificates",
    }
    with pair.commune.reading() as session:
        peer = session.scalars(select(SyncPeer)).one()
        assert (peer.last_generation_received, peer.acknowledged_generation) == (1, 1)


def test_the_same_file_twice_changes_nothing_the_second_time(pair: Pair) -> None:
    package = pair.send_up()
    pair.receive_up(package, accept_key=True)
    before = content_digest(pair.upper)
    with pytest.raises(AlreadyImportedError), pair.upper.transaction() as session:
        import_package(session, package.read_bytes())
    assert content_digest(pair.upper) == before
    # A newer package with the same content is accepted and changes no record.
    with pair.upper.reading() as session:
        preview = preview_package(session, pair.send_up().read_bytes())
    assert preview.changes == 0
    assert sum(k.unchanged for k in preview.kinds) > 10_000


def test_an_older_package_is_refused(pair: Pair) -> None:
    first = pair.send_up()
    second = pair.send_up()
    pair.receive_up(second, accept_key=True)
    before = content_digest(pair.upper)
    with pytest.raises(OlderPackageError, match="cũ hơn"), pair.upper.transaction() as session:
        import_package(session, first.read_bytes())
    assert content_digest(pair.upper) == before


def test_changes_deletions_and_erasure_travel(pair: Pair) -> None:
    commune_id, _upper_id = _ids(pair)
    pair.receive_up(pair.send_up(), accept_key=True)
    with pair.commune.transaction() as session:
        erased, renamed = session.scalars(
            select(Member.id).where(Member.ethnicity.is_not(None)).order_by(Member.sort_key)
            .limit(2)
        ).all()
        erase_member(session, erased, TODAY, "Yêu cầu của chính hội viên")
        session.get_one(Member, renamed).phone = "0912345678"
    with pair.upper.reading() as session:
        preview = preview_package(session, pair.send_up().read_bytes())
    members = next(k for k in preview.kinds if k.table == "members")
    assert (members.changed, members.removed) == (1, 1)
    pair.receive_up(pair.folder / "up" / sorted(p.name for p in (pair.folder / "up").iterdir()
                                                 )[-1])
    with pair.upper.reading() as session:
        gone = session.get_one(Member, erased)
        assert gone.deleted_at is not None and gone.erased_at is not None
        assert (gone.ethnicity, gone.id_number, gone.phone) == (None, None, None)
        assert gone.full_name != session.get_one(Member, renamed).full_name
        assert session.get_one(Member, renamed).phone == "0912345678"
        trail = session.execute(text(
            "SELECT changes FROM audit_events WHERE record_id = :r"), {"r": erased}).scalars()
        assert all("Yêu cầu" not in str(c) or "(đã xóa)" in str(c) for c in trail)
        assert session.scalar(select(func.count()).select_from(Member).where(
            Member.commune_id == commune_id)) == 1200


def test_flipping_any_single_byte_is_refused(small_pair: Pair) -> None:
    package = small_pair.send_up().read_bytes()
    assert len(package) < 20_000
    before = content_digest(small_pair.upper)
    refused: set[str] = set()
    with small_pair.upper.reading() as session:
        for position in range(len(package)):
            damaged = bytearray(package)
            damaged[position] ^= 0x5A
            with pytest.raises(PackageRefusedError) as caught:
                preview_package(session, bytes(damaged))
            refused.add(type(caught.value).__name__)
    assert refused <= {"DamagedPackageError", "NotAPackageError"}
    assert content_digest(small_pair.upper) == before
    small_pair.receive_up(small_pair.folder / "up" / next(
        p.name for p in (small_pair.folder / "up").iterdir()), accept_key=True)


def test_a_truncated_package_is_refused(small_pair: Pair) -> None:
    package = small_pair.send_up().read_bytes()
    before = content_digest(small_pair.upper)
    with small_pair.upper.reading() as session:
        for length in [*range(0, 200), *range(200, len(package), 97), len(package) - 1]:
            with pytest.raises(PackageRefusedError):
                preview_package(session, package[:length])
        with pytest.raises(DamagedPackageError):
            preview_package(session, package + b"\x00")
    assert content_digest(small_pair.upper) == before


def test_files_that_are_not_packages_are_refused(pair: Pair, tmp_path: Path) -> None:
    with pair.upper.reading() as session:
        for junk in (b"", b"PK\x03\x04 a zip file", "Họ và tên\n".encode(),
                     (tmp_path / "x").write_bytes(b"x") and b"SQLite format 3\x00"):
            with pytest.raises(NotAPackageError, match="không phải gói"):
                preview_package(session, junk)


def test_a_package_for_another_recipient_is_refused(pair: Pair, tmp_path: Path) -> None:
    package = pair.send_up()
    pair.receive_up(package, accept_key=True)
    down = pair.send_down()
    # The upper level's own package is not for itself; the commune's is not for a commune.
    with pytest.raises(WrongRecipientError, match="không phải cho"), pair.upper.reading() as s:
        preview_package(s, down.read_bytes())
    with pytest.raises(WrongRecipientError, match="không phải cho"), pair.commune.reading() as s:
        preview_package(s, package.read_bytes())
    # Another installation of the same province: the header matches, the key does not.
    other = make_upper(tmp_path / "second-install.sqlite")
    with other.transaction() as session:
        write_enrollment(session, COMMUNE_CODE, tmp_path / "unused.sohoi")
    before = content_digest(other.path)
    with pytest.raises(WrongRecipientError, match="khóa khác"), other.transaction() as session:
        import_package(session, pair.send_up().read_bytes(), accept_key=True)
    assert content_digest(other.path) == before
    other.close()


def test_a_package_from_an_unknown_sender_is_refused(pair: Pair, tmp_path: Path) -> None:
    # The upper level never enrolled this commune (its enrollment is forgotten).
    package = pair.send_up()
    with pair.upper.transaction() as session:
        session.execute(text("DELETE FROM sync_peers"))
    before = content_digest(pair.upper)
    with pytest.raises(UnknownSenderError, match="chưa được đăng"), pair.upper.reading() as s:
        preview_package(s, package.read_bytes())
    assert content_digest(pair.upper) == before


def test_a_changed_key_is_refused_until_the_operator_repins_it(pair: Pair) -> None:
    pair.receive_up(pair.send_up(), accept_key=True)
    with pair.commune.transaction() as session:  # the commune PC is reinstalled
        from db.models import Site

        fresh = generate_keys()
        site = session.scalars(select(Site)).one()
        site.signing_private_key = fresh.signing_private
        site.encryption_private_key = fresh.encryption_private
    package = pair.send_up()
    before = content_digest(pair.upper)
    with pytest.raises(KeyChangedError, match="đã thay đổi"), pair.upper.reading() as session:
        preview_package(session, package.read_bytes())
    assert content_digest(pair.upper) == before
    with pair.upper.transaction() as session:
        forget_commune_key(session, COMMUNE_CODE)
    with pytest.raises(KeyNotConfirmedError), pair.upper.transaction() as session:
        import_package(session, package.read_bytes())
    pair.receive_up(package, accept_key=True)
    with pair.upper.transaction() as session:
        status = sync_status(session)
    with pair.commune.transaction() as session:
        assert status.peers[0].fingerprint == sync_status(session).fingerprint


def test_a_first_package_needs_the_fingerprint_confirmed(pair: Pair) -> None:
    package = pair.send_up()
    with pair.upper.reading() as session:
        preview = preview_package(session, package.read_bytes())
    with pair.commune.transaction() as session:
        assert preview.fingerprint == sync_status(session).fingerprint
    assert preview.needs_key_confirmation
    before = content_digest(pair.upper)
    with pytest.raises(KeyNotConfirmedError, match=preview.fingerprint), \
            pair.upper.transaction() as session:
        import_package(session, package.read_bytes())
    assert content_digest(pair.upper) == before


def _forge(pair: Pair, mutate: object) -> bytes:
    """A package signed with the commune's real key whose payload was edited."""
    commune_id, upper_id = _ids(pair)
    with pair.commune.transaction() as session:
        tables = {
            name: read_scope(session, name, where, commune_id, upper_id)
            for name, where in UPWARD_SCOPE.items()
        }
        keys = site_keys(session)
        generation = 7
    assert callable(mutate)
    mutate(tables)
    with pair.upper.transaction() as session:
        recipient_key = site_keys(session).public.encryption
    return seal(
        kind=KIND_PACKAGE,
        sender=Party(COMMUNE_CODE, commune_id, "Hội LHPN xã Hưng Hà"),
        keys=keys,
        recipient=Party("33", upper_id, "Hội LHPN tỉnh Hưng Yên"),
        recipient_encryption_key=recipient_key,
        generation=generation,
        created_at="2026-11-25 09:00:00",
        schema="0002",
        payload=payload.encode(Direction.UP, 0, tables),
    )


def _edit(table: str, column: str, value: object, row: int = 0) -> object:
    def mutate(tables: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]) -> None:
        columns, rows = tables[table]
        edited = list(rows[row])
        edited[columns.index(column)] = value
        rows[row] = tuple(edited)

    return mutate


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("members", "commune_id", ELSEWHERE),
        ("members", "owner_unit_id", ELSEWHERE),
        ("meetings", "unit_id", ELSEWHERE),
        ("attendances", "member_id", ELSEWHERE),
        ("units", "official", 1),
    ],
)
def test_a_sender_writing_outside_its_scope_is_refused(
    pair: Pair, table: str, column: str, value: object
) -> None:
    pair.receive_up(pair.send_up(), accept_key=True)
    before = content_digest(pair.upper)
    forged = _forge(pair, _edit(table, column, value))
    with pytest.raises(OutOfScopeError, match="không thuộc quyền"), \
            pair.upper.transaction() as session:
        import_package(session, forged)
    assert content_digest(pair.upper) == before


def test_a_commune_cannot_overwrite_a_record_it_does_not_own(pair: Pair) -> None:
    pair.receive_up(pair.send_up(), accept_key=True)
    with pair.upper.reading() as session:
        topic = session.scalars(select(Topic.id).limit(1)).one()
    before = content_digest(pair.upper)

    def steal(tables: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]) -> None:
        columns, rows = tables["members"]
        edited = list(rows[0])
        edited[columns.index("id")] = topic  # an id that the upper level owns elsewhere
        rows[0] = tuple(edited)
        for name in ("member_status_events", "attendances", "posts", "qualifications",
                     "training_needs", "participations"):
            tables[name] = (tables[name][0], [])

    with pytest.raises(OutOfScopeError), pair.upper.transaction() as session:
        import_package(session, _forge(pair, steal))
    assert content_digest(pair.upper) == before


def test_a_newer_format_asks_to_update_the_application(small_pair: Pair) -> None:
    package = bytearray(small_pair.send_up().read_bytes())
    package[len(MAGIC):len(MAGIC) + 2] = (FORMAT_VERSION + 1).to_bytes(2, "big")
    # Re-sign as the commune would have with a newer version.
    with small_pair.commune.transaction() as session:
        signer = site_keys(session).signer()
    body = bytes(package[:-64])
    forged = body + signer.sign(body)
    with small_pair.upper.reading() as session, pytest.raises(PackageTooNewError,
                                                              match="cập nhật"):
        preview_package(session, forged)


def test_a_restored_commune_catches_up_with_the_acknowledged_generation(pair: Pair) -> None:
    """Generations are counted per recipient and never fall below its acknowledgement."""
    for _ in range(3):
        package = pair.send_up()
    pair.receive_up(package, accept_key=True)
    with pair.commune.transaction() as session:  # an old backup restored
        peer = session.scalars(select(SyncPeer)).one()
        peer.last_generation_sent, peer.acknowledged_generation = 1, 0
    pair.receive_down(pair.send_down())
    package = pair.send_up()
    assert open_envelope(package.read_bytes()).header.generation == 4
    pair.receive_up(package)  # numbered after 3, so accepted


def test_export_writes_beside_the_target_and_names_the_file(pair: Pair) -> None:
    path = pair.send_up()
    assert path.name == "SoHoi_12586_gui_33_2026-11-25_lan0001.sohoi"
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    envelope = open_envelope(path.read_bytes())
    assert envelope.header.generation == 1
    # Nobody but the upper level can read it: the commune itself cannot.
    with pair.commune.transaction() as session, pytest.raises(WrongRecipientError):
        open_body(envelope, site_keys(session))
    assert b"Nguy" not in path.read_bytes()


def test_export_to_an_unwritable_folder_changes_nothing(pair: Pair, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    before = content_digest(pair.commune.path)
    with pytest.raises(UserError), pair.commune.transaction() as session:
        export_package(session, blocker / "usb", None, NOW)
    assert content_digest(pair.commune.path) == before


def test_an_upper_level_cannot_send_before_the_communes_first_package(pair: Pair) -> None:
    with pytest.raises(UserError, match="Chưa nhận gói"), pair.upper.transaction() as s:
        export_package(s, pair.folder, COMMUNE_CODE, NOW)


def test_a_commune_that_is_not_enrolled_cannot_send(commune_db: object, tmp_path: Path
                                                     ) -> None:
    from db.engine import Database

    assert isinstance(commune_db, Database)
    with pytest.raises(UserError, match="tệp đăng ký"), commune_db.transaction() as session:
        export_package(session, tmp_path, None, NOW)


def test_a_warning_when_the_member_count_falls_by_half(pair: Pair) -> None:
    pair.receive_up(pair.send_up(), accept_key=True)
    with pair.commune.transaction() as session:
        session.execute(text("UPDATE members SET deleted_at = '2026-11-25 00:00:00.000000' "
                             "WHERE rowid % 3 != 0"))
    with pair.upper.reading() as session:
        preview = preview_package(session, pair.send_up().read_bytes())
    assert any("giảm hơn một nửa" in warning for warning in preview.warnings)


# --------------------------------------------------------------------------- fuzzing


@pytest.fixture(scope="module")
def sample_package(tmp_path_factory: pytest.TempPathFactory,
                   new_register: NewRegister) -> Iterator[tuple[Database, bytes]]:
    """An upper level (a server in the PostgreSQL pass) and a real package for it."""
    root = tmp_path_factory.mktemp("fuzz")
    path = root / "c.sqlite"
    database = open_database(path)
    with database.transaction() as session:
        from db.site import init_site

        site = init_site(session, COMMUNE_CODE)
        add_member(session, site.unit_id, MemberDraft(full_name="Phạm Thị Hồng"), TODAY)
    database.close()
    sites = make_pair(path, root / "sites", new_register(root / "sites" / "upper.sqlite"))
    package = sites.send_up().read_bytes()
    yield sites.upper, package
    sites.close()


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_package_reader_only_ever_refuses_cleanly(
    sample_package: tuple[Database, bytes], data: st.DataObject
) -> None:
    database, package = sample_package
    choice = data.draw(st.sampled_from(["random", "mutate", "splice"]))
    if choice == "random":
        candidate = data.draw(st.binary(max_size=400))
        if data.draw(st.booleans()):
            candidate = MAGIC + candidate
    elif choice == "mutate":
        candidate = bytearray(package)
        for _ in range(data.draw(st.integers(1, 8))):
            at = data.draw(st.integers(0, len(candidate) - 1))
            candidate[at] = data.draw(st.integers(0, 255))
        candidate = bytes(candidate)
    else:
        start = data.draw(st.integers(0, len(package)))
        candidate = package[:start] + data.draw(st.binary(max_size=64)) + package[start:]
    with database.reading() as session, contextlib.suppress(PackageRefusedError):
        preview_package(session, candidate)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    manifest=_json,
    table=st.sampled_from(["members", "units", "attendances", "certificates", "nonsense"]),
    columns=_json,
    rows=_json,
)
def test_the_payload_parser_only_ever_refuses_cleanly(
    manifest: object, table: str, columns: object, rows: object
) -> None:
    for document in (
        {"manifest": manifest, "tables": {table: {"columns": columns, "rows": rows}}},
        {"manifest": {"direction": "up", "acknowledges": 0, "counts": {table: 1}},
         "tables": {table: {"columns": columns, "rows": rows}}},
    ):
        with contextlib.suppress(DamagedPackageError):
            payload.decode(json.dumps(document).encode())


def test_a_signed_package_with_wrong_types_is_refused(pair: Pair) -> None:
    before = content_digest(pair.upper)
    for table, column, value in (
        ("members", "birth_year", "nineteen eighty"),
        ("members", "created_at", "yesterday"),
        ("certificates", "snapshot", "{not json"),
        ("meetings", "held_on", "2026-13"),
    ):
        forged = _forge(pair, _edit(table, column, value))
        with pytest.raises(DamagedPackageError), pair.upper.transaction() as session:
            import_package(session, forged, accept_key=True)
    assert content_digest(pair.upper) == before


def test_status_reports_both_sides(pair: Pair) -> None:
    pair.receive_up(pair.send_up(), accept_key=True)
    pair.receive_down(pair.send_down(NOW + dt.timedelta(minutes=5)))
    with pair.upper.transaction() as session:
        upper = sync_status(session)
    with pair.commune.transaction() as session:
        commune = sync_status(session)
    (seen_from_upper,) = upper.peers
    (seen_from_commune,) = commune.peers
    assert (seen_from_upper.last_generation_received, seen_from_upper.last_generation_sent) == (
        1, 1)
    assert seen_from_commune.last_generation_received == 1
    assert seen_from_commune.acknowledged_generation == 1
    assert seen_from_upper.fingerprint == commune.fingerprint


def test_removing_certificates_is_warned_about(demo_file: Path, tmp_path: Path) -> None:
    # The demo commune holds its province's courses; a brand-new upper level has none.
    import shutil

    shutil.copyfile(demo_file, tmp_path / "commune.sqlite")
    commune = open_database(tmp_path / "commune.sqlite")
    upper = make_upper(tmp_path / "upper.sqlite")
    enroll(upper, commune, tmp_path)
    sites = Pair(upper=upper, commune=commune, folder=tmp_path)
    sites.receive_up(sites.send_up(), accept_key=True)
    with commune.reading() as session:
        preview = preview_package(session, sites.send_down().read_bytes())
    assert any("giấy chứng nhận" in warning for warning in preview.warnings)
    sites.close()


def test_a_write_failing_half_way_leaves_nothing_behind(pair: Pair) -> None:
    """The database refuses the package's last tables after its members went in (by COPY
    on a server): the whole import is undone, on either engine."""
    with pair.upper.transaction() as session:
        if pair.upper.is_server:
            session.execute(text(
                "CREATE FUNCTION refuse_attendance() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'the disk is full'; END $$"))
            session.execute(text(
                "CREATE TRIGGER refuse_attendance BEFORE INSERT ON attendances "
                "FOR EACH ROW EXECUTE FUNCTION refuse_attendance()"))
        else:
            session.execute(text(
                "CREATE TRIGGER refuse_attendance BEFORE INSERT ON attendances "
                "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"))
    before = content_digest(pair.upper)
    with pair.upper.reading() as session:
        members_before = session.scalar(select(func.count()).select_from(Member))
    package = pair.send_up()
    with pytest.raises(Exception, match="the disk is full"):
        pair.receive_up(package, accept_key=True)
    assert content_digest(pair.upper) == before
    with pair.upper.reading() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == members_before
