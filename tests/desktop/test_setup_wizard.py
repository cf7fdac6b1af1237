"""The first-run wizard."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.engine import Database
from db.site import get_site
from db.sync.enrollment import write_branch_enrollment
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


def test_nothing_is_chosen_for_the_person(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWizard

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.mode_page.group.checkedButton() is None
    assert not wizard.mode_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.mode_page.commune.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    page = wizard.unit_page
    assert page.province.currentData() == ""
    assert page.communes.count() == 0 and not page.isComplete()
    page.select_province("33")
    assert page.communes.count() > 0
    assert page.communes.currentItem() is None or page.communes.currentRow() < 0
    assert not page.isComplete()


def test_the_demo_choice_finishes_instead_of_a_dead_end(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWizard

    from desktop.setup_wizard import MODE_DEMO

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.demo_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.choice.mode == MODE_DEMO


def test_a_summary_is_confirmed_before_anything_is_written(
    qtbot: QtBot, database: Database
) -> None:
    from db.site import find_site

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.commune.setChecked(True)
    wizard.next()
    wizard.unit_page.select_province("33")
    type_text(wizard.unit_page.search, "hung ha")
    wizard.next()
    type_text(wizard.branches_page.names, "Thôn Đông\n")
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    text = wizard.summary_page.summary.text()
    assert "Hội LHPN xã Hưng Hà" in text and "Hưng Yên" in text and "Thôn Đông" in text
    with database.reading() as session:
        assert find_site(session) is None  # nothing written before "Hoàn tất"


def test_province_list_sorts_without_the_kind(qtbot: QtBot) -> None:
    from db.catalog import bare_name
    from db.text import text_sort_key

    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    combo = wizard.unit_page.province
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(names) == 34
    assert 1 <= names.index("Thành phố Hà Nội") < 12
    bare = [bare_name(name) for name in names]
    assert bare == sorted(bare, key=text_sort_key)


def test_a_branch_laptop_starts_from_its_communes_enrollment_file(
    qtbot: QtBot, database: Database, demo_db: Database, tmp_path: Path,
) -> None:
    with demo_db.transaction() as session:
        info = write_branch_enrollment(session, "12586-01", tmp_path / "chi-hoi.sohoi")
    assert info.path is not None
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.branch.setChecked(True)
    wizard.next()
    page = wizard.branch_page
    assert wizard.currentPage() is page and not page.isComplete()
    (tmp_path / "hong.sohoi").write_bytes(b"not a file of ours")
    page.read_file(tmp_path / "hong.sohoi")
    assert not page.confirm_box.isEnabled() and not page.isComplete()
    page.read_file(info.path)
    assert info.fingerprint in page.description.text()
    assert info.commune_name in page.description.text()
    assert not page.isComplete()  # the fingerprint is compared on the phone first
    page.confirm_box.setChecked(True)
    assert page.isComplete()
    site = apply_setup(database, wizard.choice)
    assert site.is_branch and site.unit_code == "12586-01"
    with database.reading() as session:
        assert get_site(session).parent_name == "Hội LHPN xã Hưng Hà"
