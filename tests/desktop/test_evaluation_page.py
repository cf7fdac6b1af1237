"""The evaluation page over the demo commune, and the upper level's list of the communes'."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from db.engine import Database
from db.evaluation import criteria_set_for, evaluation_history, evaluation_view, save_evaluation
from db.overview import commune_overview
from db.site import SiteInfo, get_site
from desktop.pages.evaluation.page import EvaluationPage, figure_text
from desktop.tasks import TaskRunner
from desktop.widgets.conflict_dialog import ConflictChoice
from tests.desktop.conflict_answers import answering, saved_elsewhere
from tests.sync_support import NOW, PROVINCE_COMMUNES, build_province

TODAY = dt.date(2026, 11, 25)


def site_of(database: Database) -> SiteInfo:
    with database.reading() as session:
        return get_site(session)


def make_page(qtbot: QtBot, database: Database) -> EvaluationPage:
    page = EvaluationPage(database, site_of(database), TaskRunner(synchronous=True),
                          today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.load()
    return page


def test_the_commune_is_filled_and_saved(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    site = site_of(demo_db)
    assert page.view is not None and page.view.unit_id == site.unit_id
    assert "ví dụ" in page.set_label.text()
    with demo_db.reading() as session:
        rate = commune_overview(session, site.unit_id, 2026, TODAY).gathering_rate
    assert rate is not None
    # Criterion 1 is pre-filled from the register's gathering rate and marked "từ sổ".
    assert page.criteria.item(0, 3).text() == "từ sổ"
    assert page.criteria.item(0, 2).text() == figure_text(page.view.criteria[0])
    assert page.criteria.item(0, 2).text().startswith(f"{rate:.1f}".replace(".", ","))
    # Entered points change the total and the class at once.
    page.set_points("5", 15)
    page.set_points("6", 15)
    assert page.view.criteria[4].points == 15
    assert f"Tổng: {page.view.total}/100 điểm — {page.view.class_label}" == page.result.text()
    # Overriding a register figure turns it into an entered point.
    page.set_points("1", 0)
    assert page.criteria.item(0, 3).text() == "nhập"
    assert "Tiêu chí 1 " in page.explanation.text()
    page.save()
    with demo_db.reading() as session:
        history = evaluation_history(session, site.unit_id)
        stored = evaluation_view(session, site.unit_id, 2026, TODAY)
    assert [(h.year, h.total) for h in history] == [(2026, page.view.total)]
    assert stored.criteria[0].points == 0 and stored.criteria[4].points == 15
    assert page.history.rowCount() == 1
    # A branch is chosen from the list; its criteria start again.
    page.unit.setCurrentIndex(1)
    assert page.view.unit_id != site.unit_id
    spin = page.criteria.cellWidget(4, 5)
    assert isinstance(spin, QSpinBox) and spin.value() == 0
    page.set_read_only(True)
    assert not page.save_button.isVisible() and not spin.isEnabled()


def test_the_upper_level_lists_the_communes(qtbot: QtBot, tmp_path: Path) -> None:
    province = build_province(tmp_path / "p", communes=2, members=40)
    code = PROVINCE_COMMUNES[0]
    commune = province.communes[code]
    with commune.transaction() as session:
        saved = save_evaluation(session, get_site(session).unit_id, 2026, {"5": 10},
                                NOW.date())
    package = province.send_up(code)
    from db.sync.importer import import_package

    with province.upper.transaction() as session:
        import_package(session, package.read_bytes(), package.name)
    page = make_page(qtbot, province.upper)
    assert page.read_only and not page.save_button.isVisible()
    assert page.communes.rowCount() == 1
    assert page.communes.item(0, 0).text() == code
    assert page.communes.item(0, 3).text() == saved.class_label
    assert "1 xã" in page.status.text()
    # The upper level sends its own set from the page; a broken file changes nothing.
    broken = tmp_path / "hong.json"
    broken.write_text("{không phải JSON", encoding="utf-8")
    page.publish_set(broken)
    assert "Không đọc được" in page.status.text()
    criteria = tmp_path / "tieu-chi.json"
    criteria.write_text(json.dumps({
        "name": "Tiêu chí của tỉnh",
        "criteria": [{"code": "1", "text": "Sinh hoạt", "max_points": 100,
                      "figure": "meeting_quarters", "full_at": 100}],
        "thresholds": [{"class": "excellent", "min_points": 90},
                       {"class": "good", "min_points": 70},
                       {"class": "done", "min_points": 50}],
    }), encoding="utf-8")
    page.publish_set(criteria)
    assert "lần 1" in page.status.text()
    with province.upper.reading() as session:
        assert criteria_set_for(session, 2026).name == "Tiêu chí của tỉnh"
    page.close()
    province.close()


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_points_saved_elsewhere_meanwhile_show_both(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice,
) -> None:
    page = make_page(qtbot, demo_db)
    site = site_of(demo_db)
    page.set_points("5", 12)
    saved_elsewhere(demo_db, lambda session: save_evaluation(  # the chair's other window
        session, site.unit_id, 2026, {"5": 7}, TODAY))
    answers = answering(monkeypatch, choice)

    page.save()

    [fields] = answers.shown
    assert fields[0].label.startswith("5. ") and (fields[0].mine, fields[0].theirs) == ("12", "7")
    assert not any(f.differs for f in fields[1:-1] if not f.label.startswith("Xếp loại"))

    def stored_points() -> int:
        with demo_db.reading() as session:
            return evaluation_view(session, site.unit_id, 2026, TODAY).criteria[4].points

    if choice is ConflictChoice.KEEP_MINE:
        assert stored_points() == 12
        assert page.status.text().startswith("Đã lưu")
        return
    assert stored_points() == 7  # nothing of hers stored yet
    assert page.view is not None
    assert page.view.criteria[4].points == (7 if choice is ConflictChoice.TAKE_THEIRS else 12)
    page.save()  # the next save writes what is on screen
    assert stored_points() == page.view.criteria[4].points
    assert len(answers.shown) == 1
