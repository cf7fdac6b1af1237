"""The upper level's report forms travel down in real packages and are filled at a commune."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from db.engine import open_database
from db.errors import UserError
from db.models import Unit
from db.overview import commune_overview
from db.report_template import commune_values
from db.site import get_site
from db.sync.bounds import check_column
from db.sync.enrollment import import_enrollment, write_enrollment
from db.sync.errors import InvalidValueError, NotAuthorisedError
from db.sync.importer import import_package
from db.sync.tables import read_scope, table
from db.template_publishing import (
    list_templates,
    publish_template,
    template_content,
    withdraw_template,
)
from desktop.documents.example_templates import write_examples
from desktop.documents.template_workbook import FilledSheet, fill_template
from tests.db.test_sync_authority import forge, snapshot
from tests.server_support import NewRegister, log_in_command_line
from tests.sync_support import NOW, PROVINCE_COMMUNES, build_province, content_digest

A = PROVINCE_COMMUNES[0]


def test_a_form_goes_down_is_filled_renewed_and_withdrawn(
    tmp_path: Path, new_register: NewRegister,
) -> None:
    province = build_province(tmp_path / "p", communes=2, members=60,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    members_form, trainings_form = write_examples(tmp_path / "mau")
    with province.upper.transaction() as session:
        first = publish_template(session, "Báo cáo hội viên", members_form.read_bytes(),
                                 NOW.date())
    assert (first.edition, first.own) == (1, True)

    province.receive_down(A, province.send_down(A))
    commune = province.communes[A]
    with commune.reading() as session:
        held = list_templates(session)
        assert [(t.name, t.edition, t.own) for t in held] == [("Báo cáo hội viên", 1, False)]
        name, data = template_content(session, held[0].template_id)
        site = get_site(session)
        values = commune_values(session, site.unit_id, 2026, NOW.date())
        active = commune_overview(session, site.unit_id, 2026, NOW.date()).active_members
    assert data == members_form.read_bytes()
    out = tmp_path / "da-dien.xlsx"
    fill_template((name, data), out, [FilledSheet(None, values)])
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[5][2] == active  # C6: {{hoi_vien.dang_sinh_hoat}}

    # Published again under the same name: a new edition replaces the old one below.
    with province.upper.transaction() as session:
        second = publish_template(session, "Báo cáo hội viên", trainings_form.read_bytes(),
                                  NOW.date())
    assert second.edition == 2
    province.receive_down(A, province.send_down(A, NOW + dt.timedelta(hours=1)))
    with commune.reading() as session:
        held = list_templates(session)
        assert [(t.name, t.edition) for t in held] == [("Báo cáo hội viên", 2)]
        assert template_content(session, held[0].template_id)[1] == trainings_form.read_bytes()

    # Withdrawn: gone from the commune at the next package.
    with province.upper.transaction() as session:
        withdraw_template(session, second.template_id, NOW)
        assert list_templates(session) == []
    province.receive_down(A, province.send_down(A, NOW + dt.timedelta(hours=2)))
    with commune.reading() as session:
        assert list_templates(session) == []

    # A commune cannot publish.
    with commune.transaction() as session, pytest.raises(UserError):
        publish_template(session, "Của xã", members_form.read_bytes(), NOW.date())
    province.close()


def test_a_new_commune_gets_the_forms_in_its_enrollment(
    tmp_path: Path, new_register: NewRegister,
) -> None:
    province = build_province(tmp_path / "p", communes=1, members=30,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    form = write_examples(tmp_path / "mau")[0]
    with province.upper.transaction() as session:
        publish_template(session, "Mẫu tỉnh", form.read_bytes(), NOW.date())
        info = write_enrollment(session, PROVINCE_COMMUNES[2], tmp_path / "enroll")
    assert info.path is not None
    fresh = open_database(tmp_path / "new.sqlite")
    with fresh.transaction() as session:
        import_enrollment(session, info.path.read_bytes(), accept_key=True)
    with fresh.reading() as session:
        assert [t.name for t in list_templates(session)] == ["Mẫu tỉnh"]
    fresh.close()
    province.close()


def test_publishing_checks_name_size_and_kind(tmp_path: Path, new_register: NewRegister) -> None:
    province = build_province(tmp_path / "p", communes=1, members=20,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    with province.upper.transaction() as session:
        for name, data in (("", b"PK\x03\x04x"), ("Mẫu", b"not a zip"),
                           ("M" * 201, b"PK\x03\x04x"), ("Mẫu", b"PK\x03\x04" * 3_000_000)):
            with pytest.raises(UserError):
                publish_template(session, name, data, NOW.date())
        # A terminal escape in a name is dropped, never stored.
        kept = publish_template(session, "Mẫu\x1b[2J", b"PK\x03\x04x", NOW.date())
        assert "\x1b" not in kept.name
    province.close()


def test_a_commune_cannot_send_a_form_up(tmp_path: Path, new_register: NewRegister) -> None:
    province = build_province(tmp_path / "p", communes=2, members=40,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    form = write_examples(tmp_path / "mau")[0]
    commune = province.communes[A]
    tables = snapshot(commune)
    with commune.reading() as session:
        commune_id = get_site(session).unit_id
    # The upper level's own form, re-owned by the commune and put in its package.
    with province.upper.transaction() as session:
        publish_template(session, "Mẫu", form.read_bytes(), NOW.date())
        upper_id = get_site(session).unit_id
        columns, rows = read_scope(session, "report_templates", "owner_unit_id = :sender",
                                   upper_id, "")
    row = dict(zip(columns, rows[0], strict=True))
    row.update(id="0190a5c4-1b2c-7d3e-8f40-0000000000cc", owner_unit_id=commune_id)
    tables["report_templates"] = (columns, [tuple(row[c] for c in columns)])
    before = content_digest(province.upper)
    package = forge(province, tables)
    with province.upper.transaction() as session, pytest.raises(NotAuthorisedError) as refused:
        import_package(session, package, "hostile.sohoi")
    assert refused.value.rule == "report_templates: sender_level"
    assert content_digest(province.upper) == before
    with province.upper.reading() as session:
        assert session.get(Unit, commune_id) is not None
    province.close()


def test_a_form_in_a_package_must_be_base64_within_bounds() -> None:
    column = table("report_templates").columns["content"]
    check_column("report_templates", column, ["UEsDBA=="])
    for bad in ("UEsDBA", "UEsD\nBA==", "<script>", "A" * (14 * 1024 * 1024)):
        with pytest.raises(InvalidValueError):
            check_column("report_templates", column, [bad])


def test_the_command_line_publishes_lists_and_fills(
    tmp_path: Path, new_register: NewRegister, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from desktop.cli import run

    province = build_province(tmp_path / "p", communes=1, members=30,
                              upper_at=new_register(tmp_path / "upper.sqlite"))
    form = write_examples(tmp_path / "mau")[0]
    log_in_command_line(province.upper, tmp_path, monkeypatch)
    upper = province.upper.label
    assert run(["report", "publish", "--template", str(form), "--name", "Mẫu A",
                "--db", upper]) == 0
    assert "lần 1" in capsys.readouterr().out
    assert run(["report", "published", "--format", "json", "--db", upper]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["name"], t["edition"], t["own"]) for t in listed] == [("Mẫu A", 1, True)]

    province.receive_down(A, province.send_down(A))
    out = tmp_path / "bao-cao.xlsx"
    commune = str(province.communes[A].path)
    assert run(["report", "fill", "--published", "Mẫu A", "--period", "2026",
                "--out", str(out), "--db", commune]) == 0
    assert out.exists()
    assert run(["report", "fill", "--published", "Không có", "--period", "2026",
                "--out", str(tmp_path / "x.xlsx"), "--db", commune]) != 0
    assert not (tmp_path / "x.xlsx").exists()
    province.close()
