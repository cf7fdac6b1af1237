"""The "Hợp nhất xã" dialog over a province built from real packages, offscreen."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database, open_database
from db.models import Member, Unit
from db.rules import live
from db.site import get_site
from desktop.pages.communes.merge_dialog import MergeDialog
from desktop.pages.communes.page import CommunesPage
from desktop.tasks import TaskRunner
from tests.sync_support import NOW, build_province, content_digest

OLD = ["12586", "12499", "13021"]
NEW = "12745"
ON = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("merge_dialog")
    province = build_province(folder, communes=3, members=60)
    # One doubtful pair: a woman of the first commune typed again in the second,
    # without her CCCD.
    with province.communes[OLD[0]].reading() as session:
        person = session.scalars(select(Member).where(Member.birth_date.is_not(None))
                                 .order_by(Member.sort_key)).first()
        assert person is not None
        copy = {c: getattr(person, c) for c in ("full_name", "given_name", "search_key",
                                                "sort_key", "birth_date", "birth_year")}
    with province.communes[OLD[1]].transaction() as session:
        unit = session.scalars(select(Unit).where(Unit.code == OLD[1])).one()
        session.add(Member(owner_unit_id=unit.id, commune_id=unit.id, **copy))
    from db.sync.importer import import_package

    package = province.send_up(OLD[1], NOW + dt.timedelta(hours=1))
    with province.upper.transaction() as session:
        import_package(session, package.read_bytes(), package.name)
    province.close()
    return folder / "upper.sqlite"


@pytest.fixture
def upper(built: Path, tmp_path: Path) -> Iterator[Database]:
    shutil.copyfile(built, tmp_path / "upper.sqlite")
    database = open_database(tmp_path / "upper.sqlite")
    yield database
    database.close()


@pytest.fixture
def dialog(qtbot: QtBot, upper: Database) -> MergeDialog:
    with upper.reading() as session:
        site = get_site(session)
    page = CommunesPage(upper, site, TaskRunner(synchronous=True), today=NOW.date())
    qtbot.addWidget(page)
    page.load()
    built = page.merge_dialog()
    assert isinstance(built, MergeDialog)
    qtbot.addWidget(built)
    return built


def test_preview_review_and_merge(dialog: MergeDialog, upper: Database) -> None:
    assert dialog.communes.count() == 3
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.set_chosen(OLD, NEW, ON)
    before = content_digest(Path(upper.path))
    dialog.preview_button.click()
    assert content_digest(Path(upper.path)) == before
    assert dialog.plan is not None
    text = dialog.summary.toPlainText()
    assert "Xã Hưng Hà" in text and "Chi hội" in text
    assert dialog.pairs.rowCount() == len(dialog.plan.doubtful) >= 1
    assert not dialog.merge_button.isEnabled()
    assert "chưa chọn" in dialog.problem.text()
    for row in range(dialog.pairs.rowCount()):
        dialog.decide(row, "same")
    assert dialog.merge_button.isEnabled()
    expected = dialog.plan.members_after(dialog.decisions())
    dialog.merge_button.click()
    assert dialog.result is not None and dialog.result.members == expected
    with upper.reading() as session:
        new = session.scalars(select(Unit).where(Unit.code == NEW)).one()
        count = session.scalar(select(func.count()).select_from(Member).where(
            Member.commune_id == new.id, live(Member)))
        assert count == expected
        assert all(not u.active for u in session.scalars(
            select(Unit).where(Unit.code.in_(OLD), Unit.official.is_(True))))


def test_a_refusal_shows_in_the_dialog(dialog: MergeDialog, upper: Database) -> None:
    dialog.set_chosen(OLD[:1], NEW, ON)
    dialog.preview_button.click()
    assert dialog.plan is None
    assert "từ 2 đến 4" in dialog.problem.text()


def test_the_new_office_receives_its_register_on_the_sync_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, upper: Database, tmp_path: Path,
) -> None:
    from db.models import Certificate
    from db.sync.enrollment import import_enrollment, write_enrollment
    from db.sync.export import export_package
    from db.sync.importer import import_package
    from db.unit_merge import DIFFERENT, merge_communes, plan_merge
    from desktop.pages.sync import messages
    from tests.desktop.test_sync_page import (
        answer_file_dialog,
        make_page,
        preview_dialog,
        write_into_folder,
    )

    with upper.transaction() as session:
        plan = plan_merge(session, OLD, NEW, ON)
        merge_communes(session, OLD, NEW, ON, {p.key: DIFFERENT for p in plan.doubtful})
        info = write_enrollment(session, NEW, tmp_path)
    assert info.path is not None
    office = open_database(tmp_path / "office.sqlite")
    try:
        with office.transaction() as session:
            import_enrollment(session, info.path.read_bytes(), accept_key=True)
            first = export_package(session, tmp_path / "up", None, NOW).path
        with upper.transaction() as session:
            import_package(session, first.read_bytes(), first.name, accept_key=True)
        with upper.reading() as session:
            new_id = session.scalars(select(Unit.id).where(Unit.code == NEW)).one()
            expected = session.scalar(select(func.count()).select_from(Member).where(
                Member.commune_id == new_id, live(Member)))
        done: list[str] = []
        problems: list[str] = []
        monkeypatch.setattr(messages, "show_done", lambda _p, _t, text: done.append(text))
        monkeypatch.setattr(messages, "show_problem", lambda _p, text: problems.append(text))
        # The upper level sends the new commune its package: the handover, with the register.
        upper_page = make_page(qtbot, upper, tmp_path, "upper")
        row = next(r for r in range(upper_page.peers.rowCount())
                   if upper_page.peers.index(r, 0).data() == NEW)
        upper_page.table.selectRow(row)
        upper_page.send_one_button.click()
        write_into_folder(monkeypatch, upper_page, tmp_path / "down")
        assert problems == []
        (handover,) = (tmp_path / "down").glob("*ban_giao*")
        page = make_page(qtbot, office, tmp_path, "office")
        answer_file_dialog(monkeypatch, handover)
        page.receive_button.click()
        dialog = preview_dialog(page)
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        assert problems == [] and done
        with office.reading() as session:
            assert session.scalar(select(func.count()).select_from(Member).where(
                Member.commune_id == new_id, live(Member))) == expected
            assert session.scalar(select(func.count()).select_from(Certificate))
    finally:
        office.close()


def test_split_dialog(qtbot: QtBot, upper: Database) -> None:
    from desktop.pages.communes.merge_dialog import SplitDialog

    with upper.reading() as session:
        site = get_site(session)
    page = CommunesPage(upper, site, TaskRunner(synchronous=True), today=NOW.date())
    qtbot.addWidget(page)
    page.load()
    dialog = page.merge_dialog(split=True)
    assert isinstance(dialog, SplitDialog)
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(dialog.source.findData(OLD[0]))
    assert dialog.branches.count() >= 2
    name = str(dialog.branches.item(0).data(0x0100))
    dialog.set_split(OLD[0], [name], NEW, ON)
    before = content_digest(Path(upper.path))
    dialog.preview_button.click()
    assert content_digest(Path(upper.path)) == before
    assert dialog.plan is not None and dialog.plan.kind == "split"
    assert "Tách sang" in dialog.summary.toPlainText()
    assert dialog.merge_button.isEnabled()
    moving = dialog.plan.members_total
    dialog.merge_button.click()
    assert dialog.result is not None and dialog.result.members == moving > 0
    with upper.reading() as session:
        new = session.scalars(select(Unit).where(Unit.code == NEW)).one()
        assert session.scalar(select(func.count()).select_from(Member).where(
            Member.commune_id == new.id, live(Member))) == moving
        assert session.scalars(select(Unit).where(Unit.code == OLD[0])).one().active
