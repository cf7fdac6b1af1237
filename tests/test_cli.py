"""The command line, run as a person runs it: a separate process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sohoi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False,
    )


def test_members_search_json_in_vietnamese_order(demo_file: Path) -> None:
    result = sohoi("members", "search", "nguyen thi", "--format", "json", "--db",
                   str(demo_file), "--limit", "500")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) > 50
    assert set(rows[0]) >= {"id", "full_name", "birth_date", "branch", "status"}
    assert all(r["full_name"].startswith("Nguyễn Thị") or "nguyen thi" in r["full_name"].lower()
               for r in rows[:5])
    given = [r["full_name"].split()[-1] for r in rows]
    assert given[0] in {"An", "Anh", "Ánh", "Ân"}
    for row in rows:
        birth = row["birth_date"]
        assert birth is None or len(birth) in (4, 7, 10)


def test_empty_search_lists_everyone(demo_file: Path) -> None:
    result = sohoi("members", "search", "--db", str(demo_file), "--limit", "5000")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1200


def test_init_and_errors_go_to_stderr(tmp_path: Path) -> None:
    path = str(tmp_path / "new.sqlite")
    ok = sohoi("init", "--unit", "12586", "--db", path)
    assert ok.returncode == 0 and "Hội LHPN xã Hưng Hà" in ok.stdout
    again = sohoi("init", "--unit", "12586", "--db", path)
    assert again.returncode == 1
    assert again.stdout == "" and "đã được thiết lập" in again.stderr
    unknown = sohoi("init", "--unit", "99999", "--db", str(tmp_path / "x.sqlite"))
    assert unknown.returncode == 1 and "99999" in unknown.stderr


def test_db_check_reports_schema(demo_file: Path) -> None:
    result = sohoi("db", "check", "--db", str(demo_file))
    assert result.returncode == 0
    assert "Kiểm tra toàn vẹn: ok" in result.stdout
    assert "Kết quả: tốt" in result.stdout


def test_usage_error_exit_code() -> None:
    assert sohoi("members", "frobnicate").returncode == 2


def test_meetings_list_and_print_attendance(demo_file: Path, tmp_path: Path) -> None:
    listed = sohoi("meetings", "list", "--format", "json", "--db", str(demo_file))
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) > 10
    assert set(rows[0]) >= {"id", "date", "branch", "kind", "topic", "present", "expected"}
    assert rows[0]["date"] >= rows[-1]["date"]
    out = tmp_path / "sheet.pdf"
    printed = sohoi("print", "attendance", "--meeting", rows[0]["id"], "--out", str(out),
                    "--db", str(demo_file))
    assert printed.returncode == 0, printed.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    blank = tmp_path / "blank.pdf"
    assert sohoi("print", "attendance", "--meeting", rows[0]["id"], "--out", str(blank),
                 "--blank", "--db", str(demo_file)).returncode == 0
    missing = sohoi("print", "attendance", "--meeting", "no-such-id", "--out",
                    str(tmp_path / "x.pdf"), "--db", str(demo_file))
    assert missing.returncode == 1 and missing.stderr.startswith("Lỗi:")
    assert not (tmp_path / "x.pdf").exists()


def test_certificates_print_and_verify(demo_file: Path, tmp_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(demo_file) as conn:
        course_id, code = conn.execute(
            "SELECT p.course_id, c.verification_code FROM certificates c "
            "JOIN participations p ON p.id = c.participation_id LIMIT 1"
        ).fetchone()
    out = tmp_path / "certs.pdf"
    printed = sohoi("print", "certificates", "--course", course_id, "--out", str(out),
                    "--db", str(demo_file))
    assert printed.returncode == 0, printed.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    valid = sohoi("certificates", "verify", code.lower(), "--db", str(demo_file))
    assert valid.returncode == 0 and "CÒN HIỆU LỰC" in valid.stdout
    unknown = sohoi("certificates", "verify", "ZZZZZZZZZZ", "--db", str(demo_file))
    assert unknown.returncode == 2


def test_report_targets_workbook(demo_file: Path, tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    out = tmp_path / "targets.xlsx"
    result = sohoi("report", "targets", "--year", "2026", "--out", str(out), "--db",
                   str(demo_file))
    assert result.returncode == 0, result.stderr
    workbook = CalamineWorkbook.from_path(str(out))
    first = workbook.get_sheet_by_index(0).to_python()
    assert "ĐỀ ÁN 1893" in str(first[0][0]).upper()


def test_verify_exit_code_for_a_revoked_certificate(demo_file: Path, tmp_path: Path) -> None:
    import datetime as dt
    import shutil

    from db.certificates import CertificateFilter, list_certificates, revoke_certificate
    from db.engine import open_database

    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_file, copy)
    database = open_database(copy)
    with database.transaction() as session:
        row = list_certificates(session, CertificateFilter())[0]
        revoke_certificate(session, row.id, dt.date(2026, 11, 25), "Cấp nhầm người")
    database.close()
    revoked = sohoi("certificates", "verify", row.verification_code, "--db", str(copy))
    assert revoked.returncode == 1
    assert "ĐÃ THU HỒI" in revoked.stdout and "Cấp nhầm người" in revoked.stdout


def test_courses_list_json(demo_file: Path) -> None:
    result = sohoi("courses", "list", "--format", "json", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    assert set(rows[0]) == {"id", "title", "start", "end", "participants", "completed"}
    assert all(r["completed"] <= r["participants"] for r in rows)


def test_members_export_leaves_sensitive_columns_out(demo_file: Path, tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    out = tmp_path / "members.xlsx"
    result = sohoi("members", "export", "--out", str(out), "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    text = " ".join(str(cell) for row in rows[:8] for cell in row)
    assert "Họ và tên" in text and "Dân tộc" not in text and "Số CCCD" not in text
    chosen = tmp_path / "chosen.xlsx"
    assert sohoi("members", "export", "--out", str(chosen), "--columns", "full_name,id_number",
                 "--db", str(demo_file)).returncode == 0
    bad = sohoi("members", "export", "--out", str(tmp_path / "x.xlsx"), "--columns", "nope",
                "--db", str(demo_file))
    assert bad.returncode == 1 and "nope" in bad.stderr


def test_members_import_dry_run_then_real(tmp_path: Path) -> None:
    import sqlite3

    from openpyxl import Workbook

    database = tmp_path / "import.sqlite"
    assert sohoi("init", "--unit", "12586", "--db", str(database)).returncode == 0
    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH HỘI VIÊN CHI HỘI THÔN ĐÔNG"])
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Chi hội", "SĐT"])
    sheet.append([1, "Nguyễn Thị Thuỷ", 1985, "Thôn Đông", 912345678])
    sheet.append([2, "Lê Thị Hoa", "31/02/1990", "Thôn Đông", ""])
    sheet.append([3, "Trần Thị Mai", "03/1972", "Thôn Tây", "0987 654 321"])
    source = tmp_path / "ds.xlsx"
    book.save(source)

    dry = sohoi("members", "import", str(source), "--dry-run", "--format", "json",
                "--db", str(database))
    assert dry.returncode == 0, dry.stderr
    summary = json.loads(dry.stdout)
    assert summary["rows_read"] == 3
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM members").fetchone() == (0,)

    real = sohoi("members", "import", str(source), "--format", "json", "--db", str(database))
    assert real.returncode == 0, real.stderr
    assert json.loads(real.stdout)["imported"] == 2
    found = sohoi("members", "search", "thuy", "--format", "json", "--db", str(database))
    row = json.loads(found.stdout.splitlines()[0])
    assert row["full_name"] == "Nguyễn Thị Thuỷ" and row["birth_date"] == "1985"
    assert (tmp_path / "ds-bi-tu-choi.xlsx").exists()


def test_export_then_import_round_trip(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.xlsx"
    columns = "full_name,birth_date,gender,id_number,phone,branch,kind,joined_on"
    assert sohoi("members", "export", "--out", str(out), "--columns", columns,
                 "--db", str(demo_file)).returncode == 0
    fresh = tmp_path / "fresh.sqlite"
    assert sohoi("init", "--unit", "12586", "--db", str(fresh)).returncode == 0
    imported = sohoi("members", "import", str(out), "--format", "json", "--db", str(fresh))
    assert imported.returncode == 0, imported.stderr
    summary = json.loads(imported.stdout)

    def listing(path: Path) -> list[tuple[str, str | None, str | None]]:
        found = sohoi("members", "search", "--limit", "5000", "--format", "json",
                      "--db", str(path))
        rows = [json.loads(line) for line in found.stdout.splitlines()]
        return [(r["full_name"], r["birth_date"], r["branch"]) for r in rows]

    before, after = listing(demo_file), listing(fresh)
    assert summary["imported"] == len(after)
    # Members the demo marks as left or deceased come back as active ones; names, birth
    # dates (as precise as known) and branches are the same, in the same order.
    assert after == before
