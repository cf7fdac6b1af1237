"""The yearly evaluation: filled from the register, classified, kept per year, and synced."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.engine import Database
from db.errors import NotFoundError, UserError
from db.evaluation import (
    CLASS_LABELS,
    EvaluationClass,
    EvaluationConflictError,
    classify,
    communes_evaluations,
    criteria_set_for,
    default_set,
    evaluation_history,
    evaluation_view,
    parse_set,
    publish_set,
    save_evaluation,
    saved_version,
    unit_figures,
)
from db.meetings import branch_meeting_stats
from db.models import Unit, UnitLevel
from db.overview import commune_overview
from db.site import get_site
from db.sync.bounds import check_column
from db.sync.errors import InvalidValueError, NotAuthorisedError
from db.sync.importer import import_package
from db.sync.tables import read_scope, table
from db.targets import targets_report
from tests.conftest import TODAY
from tests.db.test_sync_authority import forge, snapshot
from tests.server_support import NewRegister
from tests.sync_support import NOW, PROVINCE_COMMUNES, build_province, content_digest

A = PROVINCE_COMMUNES[0]

PROVINCE_SET: dict[str, Any] = {
    "name": "Tiêu chí xếp loại của tỉnh",
    "criteria": [
        {"code": "A", "text": "Sinh hoạt đều đặn", "max_points": 40,
         "figure": "meeting_quarters", "full_at": 100},
        {"code": "B", "text": "Phát triển hội viên", "max_points": 20,
         "figure": "new_members", "full_at": 5},
        {"code": "C", "text": "Công tác khác", "max_points": 40},
    ],
    "thresholds": [
        {"class": "excellent", "min_points": 95},
        {"class": "good", "min_points": 80},
        {"class": "done", "min_points": 60},
    ],
}


def _commune(session: Any) -> str:
    return get_site(session).unit_id


def _branches(session: Any, commune_id: str) -> list[str]:
    return list(session.scalars(
        select(Unit.id).where(Unit.parent_id == commune_id, Unit.level == UnitLevel.BRANCH,
                              Unit.active.is_(True), Unit.deleted_at.is_(None))
        .order_by(Unit.sort_key)))


def test_prefilled_figures_equal_the_registers_own(demo_db: Database) -> None:
    year = TODAY.year
    with demo_db.reading() as session:
        commune_id = _commune(session)
        figures = unit_figures(session, commune_id, year, TODAY)
        overview = commune_overview(session, commune_id, year, TODAY)
        stats = [s for s in branch_meeting_stats(session, commune_id, year, TODAY) if s.active]
        trained = targets_report(session, commune_id, year, TODAY).total_people
        view = evaluation_view(session, commune_id, year, TODAY)
    assert overview.gathering_rate is not None
    assert figures["gathering_rate"] == overview.gathering_rate
    assert figures["new_members"] == overview.joined_this_year > 0
    assert figures["trained_people"] == trained
    due = (TODAY.month - 1) // 3 + 1
    held = sum(1 for s in stats for n in s.meetings[:due] if n)
    assert figures["meeting_quarters"] == pytest.approx(100 * held / (due * len(stats)))
    # The shipped set is an example and says so; its register criteria are "từ sổ".
    assert view.set_example and "ví dụ" in view.set_name
    from_register = {s.code: s for s in view.criteria if s.from_register}
    assert set(from_register) == {"1", "2", "3", "4"}
    gathering = from_register["1"]
    assert gathering.figure == overview.gathering_rate
    assert gathering.points == min(20, int(20 * overview.gathering_rate / 70 + 1e-9))


def test_an_evaluation_is_classified_explained_and_kept_per_year(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        commune_id = _commune(session)
        before = evaluation_view(session, commune_id, 2025, TODAY)
        entered_top = {"5": 15, "6": 15, "7": 10, "8": 5}
        first = save_evaluation(session, commune_id, 2025, entered_top, TODAY)
        second = save_evaluation(session, commune_id, 2026, {"5": 2, "6": 3}, TODAY)
        # Saving 2026 again replaces that year only.
        second = save_evaluation(session, commune_id, 2026, {"5": 4, "6": 3, "7": 1}, TODAY)
    register_points = sum(s.points for s in before.criteria if s.from_register)
    assert first.total == register_points + 45
    thresholds = default_set(2025).thresholds
    assert first.classification == classify(first.total, thresholds)
    assert second.total == sum(s.points for s in second.criteria)
    assert second.classification == classify(second.total, thresholds)
    # Criterion 8 was not entered: it lost its 5 points, and the view says which class
    # threshold the total reached (the sentences are composed by the screens).
    assert ("8", 5) in [(s.code, s.lost) for s in second.lost_criteria]
    assert all(s.lost for s in second.lost_criteria)
    reached = second.reached_threshold
    assert reached is None or second.total >= reached
    assert reached is not None or second.total < second.lowest_threshold
    assert second.class_label == CLASS_LABELS[second.classification]
    with demo_db.reading() as session:
        history = evaluation_history(session, commune_id)
        again = evaluation_view(session, commune_id, 2026, TODAY)
    assert [(h.year, h.total) for h in history] == [(2026, second.total), (2025, first.total)]
    assert again.saved_on == TODAY and again.total == second.total


def test_a_year_saved_elsewhere_meanwhile_is_not_replaced(demo_db: Database) -> None:
    with demo_db.reading() as session:
        commune_id = get_site(session).unit_id
        opened = saved_version(session, commune_id, 2026)
    assert opened is None  # nothing saved when both windows opened the year
    with demo_db.transaction() as session:
        save_evaluation(session, commune_id, 2026, {"5": 7}, TODAY, seen=opened)
    with pytest.raises(EvaluationConflictError) as caught, demo_db.transaction() as session:
        save_evaluation(session, commune_id, 2026, {"5": 12}, TODAY, seen=opened)
    assert caught.value.stored_points["5"] == 7
    # The same points as the saved ones are no conflict; answering the saved version writes.
    with demo_db.transaction() as session:
        save_evaluation(session, commune_id, 2026, {"5": 7}, TODAY, seen=opened)
        save_evaluation(session, commune_id, 2026, {"5": 12}, TODAY,
                        seen=caught.value.stored_version)
    with demo_db.reading() as session:
        assert evaluation_view(session, commune_id, 2026, TODAY).criteria[4].points == 12


def test_classes_come_from_the_thresholds() -> None:
    cset = parse_set(PROVINCE_SET, year=2026)
    assert [classify(t, cset.thresholds) for t in (100, 95, 94, 80, 79, 60, 59, 0)] == [
        EvaluationClass.EXCELLENT, EvaluationClass.EXCELLENT, EvaluationClass.GOOD,
        EvaluationClass.GOOD, EvaluationClass.DONE, EvaluationClass.DONE,
        EvaluationClass.NOT_DONE, EvaluationClass.NOT_DONE]


@pytest.mark.parametrize("change", [
    {"criteria": []},
    {"thresholds": [{"class": "excellent", "min_points": 50}, {"class": "good", "min_points": 80},
                    {"class": "done", "min_points": 60}]},
    {"thresholds": [{"class": "excellent", "min_points": 500}, {"class": "good", "min_points": 80},
                    {"class": "done", "min_points": 60}]},
    {"criteria": [{"code": "A", "text": "x", "max_points": 10, "figure": "weather",
                   "full_at": 1}]},
    {"criteria": [{"code": "A", "text": "x", "max_points": 10},
                  {"code": "A", "text": "y", "max_points": 10}]},
    {"name": "\x1b\x07"},
])
def test_a_bad_set_is_refused(change: dict[str, Any]) -> None:
    with pytest.raises(UserError):
        parse_set({**PROVINCE_SET, **change}, year=2026)


def test_bad_points_and_foreign_units_change_nothing(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        commune_id = _commune(session)
        with pytest.raises(UserError):
            save_evaluation(session, commune_id, 2026, {"5": 16}, TODAY)
        with pytest.raises(UserError):
            save_evaluation(session, commune_id, 2026, {"99": 1}, TODAY)
        with pytest.raises(NotFoundError):
            save_evaluation(session, "0190a5c4-1b2c-7d3e-8f40-00000000dead", 2026, {}, TODAY)
        assert evaluation_history(session, commune_id) == []


def test_a_branch_is_evaluated_on_its_own_meetings(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        commune_id = _commune(session)
        branch = _branches(session, commune_id)[0]
        stats = {s.branch_id: s for s in branch_meeting_stats(session, commune_id, 2025, TODAY)}
        view = save_evaluation(session, branch, 2025, {"5": 10}, TODAY)
    meetings = next(s for s in view.criteria if s.code == "2")
    assert meetings.figure == 100 * sum(1 for n in stats[branch].meetings if n) / 4
    # What a branch's register does not keep is entered by hand, not guessed.
    assert next(s for s in view.criteria if s.code == "1").figure is None


def test_a_published_set_goes_down_and_the_evaluation_comes_up(
    tmp_path: Path, new_register: NewRegister,
) -> None:
    province = build_province(tmp_path / "p", communes=2, members=60,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    with province.upper.transaction() as session:
        published = publish_set(session, PROVINCE_SET, 2026, NOW.date())
        with pytest.raises(UserError):
            save_evaluation(session, get_site(session).unit_id, 2026, {}, NOW.date())
    assert (published.edition, published.example) == (1, False)
    province.receive_down(A, province.send_down(A))
    commune = province.communes[A]
    with commune.transaction() as session:
        commune_id = _commune(session)
        assert criteria_set_for(session, 2026).name == PROVINCE_SET["name"]
        assert criteria_set_for(session, 2025).example  # no province set that year
        with pytest.raises(UserError):
            publish_set(session, PROVINCE_SET, 2026, NOW.date())
        saved = save_evaluation(session, commune_id, 2026, {"C": 30}, NOW.date())
        branch = _branches(session, commune_id)[0]
        save_evaluation(session, branch, 2026, {"C": 10}, NOW.date())
    assert [c.code for c in saved.criteria] == ["A", "B", "C"]
    assert not saved.set_example
    package = province.send_up(A, NOW + dt.timedelta(hours=1))
    with province.upper.transaction() as session:
        import_package(session, package.read_bytes(), package.name)
    with province.upper.reading() as session:
        rows = communes_evaluations(session, 2026)
    assert len(rows) == 1
    row = rows[0]
    assert (row.commune_code, row.total, row.class_label, row.set_name, row.branches_evaluated) \
        == (A, saved.total, saved.class_label, PROVINCE_SET["name"], 1)
    province.close()


def test_a_commune_cannot_publish_a_set_in_its_package(
    tmp_path: Path, new_register: NewRegister,
) -> None:
    province = build_province(tmp_path / "p", communes=2, members=40,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    commune = province.communes[A]
    tables = snapshot(commune)
    with commune.reading() as session:
        commune_id = get_site(session).unit_id
    with province.upper.transaction() as session:
        publish_set(session, PROVINCE_SET, 2026, NOW.date())
        upper_id = get_site(session).unit_id
        columns, rows = read_scope(session, "evaluation_sets", "owner_unit_id = :sender",
                                   upper_id, "")
    row = dict(zip(columns, rows[0], strict=True))
    row.update(id="0190a5c4-1b2c-7d3e-8f40-0000000000ce", owner_unit_id=commune_id)
    tables["evaluation_sets"] = (columns, [tuple(row[c] for c in columns)])
    before = content_digest(province.upper)
    package = forge(province, tables)
    with province.upper.transaction() as session, pytest.raises(NotAuthorisedError) as refused:
        import_package(session, package, "hostile.sohoi")
    assert refused.value.rule == "evaluation_sets: sender_level"
    assert content_digest(province.upper) == before
    province.close()


def test_evaluation_columns_in_a_package_are_bounded() -> None:
    column = table("evaluations").columns["classification"]
    check_column("evaluations", column, ["good"])
    with pytest.raises(InvalidValueError):
        check_column("evaluations", column, ["best of all"])
    total = table("evaluations").columns["total"]
    with pytest.raises(InvalidValueError):
        check_column("evaluations", total, [10**9])
    content = table("evaluation_sets").columns["content"]
    check_column("evaluation_sets", content, [json.dumps(PROVINCE_SET)])
    with pytest.raises(InvalidValueError):
        check_column("evaluation_sets", content, ["{not json"])


def test_a_new_commune_gets_the_set_in_its_enrollment_and_a_new_edition_replaces_it(
    tmp_path: Path, new_register: NewRegister,
) -> None:
    from db.engine import open_database
    from db.sync.enrollment import import_enrollment, write_enrollment

    province = build_province(tmp_path / "p", communes=1, members=30,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    with province.upper.transaction() as session:
        publish_set(session, PROVINCE_SET, 2026, NOW.date())
        renewed = {**PROVINCE_SET, "thresholds": [
            {"class": "excellent", "min_points": 90}, {"class": "good", "min_points": 75},
            {"class": "done", "min_points": 55}]}
        second = publish_set(session, renewed, 2026, NOW.date())
        info = write_enrollment(session, PROVINCE_COMMUNES[2], tmp_path / "enroll")
    assert second.edition == 2
    assert info.path is not None
    fresh = open_database(tmp_path / "new.sqlite")
    with fresh.transaction() as session:
        import_enrollment(session, info.path.read_bytes(), accept_key=True)
    with fresh.reading() as session:
        held = criteria_set_for(session, 2026)
    assert (held.name, held.edition, held.example) == (PROVINCE_SET["name"], 2, False)
    assert dict(held.thresholds)[EvaluationClass.GOOD] == 75
    fresh.close()
    province.close()
