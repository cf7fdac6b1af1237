"""``sohoi communes status`` run in-process through ``desktop.cli.run``, on real packages."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest

from db.communes import commune_status, quarter_start
from desktop.cli import run
from tests.sync_support import PROVINCE_COMMUNES, Province, build_province


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    built = build_province(tmp_path_factory.mktemp("province"), communes=2, members=120)
    yield built
    built.close()


def _status(province: Province, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    upper = province.folder / "upper.sqlite"
    assert run(["communes", "status", "--db", str(upper), *extra]) == 0
    return capsys.readouterr().out


def test_json_lists_every_commune_with_its_numbers(
    province: Province, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(_status(province, capsys, "--format", "json"))
    today = dt.date.today()
    with province.upper.reading() as session:
        expected = {row.code: row for row in commune_status(session, today)}
    assert [item["code"] for item in document] == list(expected)
    assert {item["code"] for item in document} == set(PROVINCE_COMMUNES[:2])
    for item in document:
        row = expected[item["code"]]
        assert item["name"] == row.name and item["name"].startswith("Xã ")
        assert item["last_generation"] == 1
        assert item["last_received"] == row.last_received.isoformat()  # type: ignore[union-attr]
        assert dt.datetime.fromisoformat(item["last_received"]) == row.last_received
        assert item["members"] == row.members == 120
        assert item["active_members"] == row.active_members
        assert item["meetings_this_quarter"] == row.meetings_this_quarter
        assert item["officers_to_train"] == row.officers_to_train
        assert item["officers_trained_this_year"] == row.officers_trained_this_year
        assert item["gathering_rate"] == pytest.approx(row.gathering_rate, abs=0.01)
        assert item["reported"] is True


def test_since_marks_communes_that_have_not_reported(
    province: Province, capsys: pytest.CaptureFixture[str]
) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    document = json.loads(_status(province, capsys, "--format", "json",
                                  "--since", tomorrow.isoformat()))
    assert [item["reported"] for item in document] == [False, False]
    text = _status(province, capsys, "--since", tomorrow.isoformat())
    assert f"2/2 xã chưa gửi gói từ ngày {tomorrow:%d/%m/%Y}" in text
    assert text.count("CHƯA GỬI") == 2


def test_text_is_an_aligned_table(province: Province, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _status(province, capsys).splitlines()
    start = quarter_start(dt.date.today())
    assert lines[0].startswith("Hội LHPN tỉnh Hưng Yên: ")
    assert f"0/2 xã chưa gửi gói từ ngày {start:%d/%m/%Y}" in lines[0]
    header, rule, *rows = lines[1:]
    assert header.startswith("Mã") and "Xã/phường" in header and set(rule) <= {"-", " "}
    assert len(rows) == 2 and all("lần 1" in row and "đã gửi" in row for row in rows)
    # Every column starts at the same place on every line.
    position = header.index("Gói gần nhất")
    assert all(row[position - 2:position] == "  " for row in rows)
    assert all(row[position] != " " for row in rows)


def test_a_commune_register_and_a_bad_day_are_refused(
    province: Province, capsys: pytest.CaptureFixture[str]
) -> None:
    commune = province.folder / f"commune-{PROVINCE_COMMUNES[0]}.sqlite"
    assert run(["communes", "status", "--db", str(commune)]) == 1
    assert "cấp trên" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(["communes", "status", "--db", str(commune), "--since", "01/10/2026"])
    assert "NĂM-THÁNG-NGÀY" in capsys.readouterr().err
