"""The first-run wizard."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from db.engine import Database
from db.site import get_site
from db.units import list_branches
from desktop.setup_wizard import MODE_UPPER, SetupWizard, apply_setup
from tests.desktop.conftest import type_text


def test_commune_chosen_by_typing_without_tones(qtbot: QtBot, database: Database) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.unit_page
    page.select_province("33")
    type_text(page.search, "hung ha")
    assert page.isComplete()
    assert page.communes.currentItem().text() == "Xã Hưng Hà"
    wizard.next()
    type_text(wizard.branches_page.names, "Thôn Đông\nthôn đông\nThôn Tây\n\n")
    wizard.branches_page.validatePage()
    site = apply_setup(database, wizard.choice)
    assert site.union_name == "Hội LHPN xã Hưng Hà"
    with database.reading() as session:
        branches = list_branches(session, site.unit_id, 2026)
    assert [b.name for b in branches] == ["Chi hội Thôn Đông", "Chi hội Thôn Tây"]


def test_search_with_no_match_cannot_finish(qtbot: QtBot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.unit_page.select_province("33")
    type_text(wizard.unit_page.search, "khong co xa nay")
    assert not wizard.unit_page.isComplete()


def test_upper_level_needs_only_a_province(qtbot: QtBot, database: Database) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.upper.setChecked(True)
    wizard.next()
    assert not wizard.unit_page.communes.isVisibleTo(wizard)
    wizard.unit_page.select_province("38")
    wizard.unit_page.validatePage()
    assert wizard.choice.mode == MODE_UPPER
    site = apply_setup(database, wizard.choice)
    assert site.is_upper and site.union_name == "Hội LHPN tỉnh Thanh Hóa"
    with database.reading() as session:
        assert get_site(session).unit_code == "38"
