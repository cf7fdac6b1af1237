"""The command line shows the messages raised in ``db`` in its language (``SOHOI_LANG``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sohoi(language: str | None, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "SOHOI_LANG"}
    env["SOHOI_HOME"] = str(home)
    if language:
        env["SOHOI_LANG"] = language
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def test_a_file_that_is_not_a_database_is_reported_in_the_chosen_language(
        tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all, " * 100)
    english = sohoi("en", "members", "search", "Lan", "--db", str(junk), home=tmp_path)
    assert english.returncode == 1
    assert english.stderr.strip() == (
        "Error: The file junk.sqlite cannot be read as a database (the file is damaged or "
        "is not Sổ Hội data).")
    vietnamese = sohoi(None, "members", "search", "Lan", "--db", str(junk), home=tmp_path)
    assert vietnamese.returncode == 1
    assert vietnamese.stderr.strip() == (
        "Lỗi: Tệp junk.sqlite không đọc được như một cơ sở dữ liệu (tệp hỏng hoặc không phải "
        "dữ liệu Sổ Hội).")


def test_the_reasons_of_a_member_import_follow_the_language(tmp_path: Path) -> None:
    """A refused row's reason, in the JSON and in the text, is the command line's language."""
    import json

    from openpyxl import Workbook

    database = tmp_path / "xa.sqlite"
    assert sohoi(None, "init", "--unit", "12586", "--db", str(database),
                 home=tmp_path).returncode == 0
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Chi hội"])
    sheet.append([1, "Nguyễn Thị Thuỷ", 1985, "Nữ", "Thôn Đông"])
    sheet.append([2, "Lê Thị Hoa", "31/02/1990", "Nữ", "Thôn Đông"])
    source = tmp_path / "ds.xlsx"
    book.save(source)
    english = sohoi("en", "members", "import", str(source), "--dry-run", "--format", "json",
                    "--db", str(database), home=tmp_path)
    assert english.returncode == 0, english.stderr
    reasons = [entry["reason"] for entry in json.loads(english.stdout)["reasons"]]
    assert len(reasons) == 1 and reasons[0].isascii(), reasons
    vietnamese = sohoi(None, "members", "import", str(source), "--dry-run", "--format", "json",
                       "--db", str(database), home=tmp_path)
    assert json.loads(vietnamese.stdout)["reasons"][0]["reason"] != reasons[0]
    text = sohoi("en", "members", "import", str(source), "--dry-run", "--db", str(database),
                 home=tmp_path)
    assert f"1 rows: {reasons[0]}" in text.stdout or reasons[0] in text.stdout, text.stdout
