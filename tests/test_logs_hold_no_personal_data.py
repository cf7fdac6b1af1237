"""Log files never contain personal data (Law 91/2025/QH15; docs/ARCHITECTURE.md §4).

A realistic session runs in a separate Python process whose ``SOHOI_HOME`` is a fresh
folder, with logging configured exactly as the application does it at start-up
(``desktop.app.configure_logging``): make a demo register, search it, export and import
workbooks (one with a bad row), print an attendance sheet through the command line, then
add a member with a name, CCCD and phone, fail a validation, change a status, record
consent, erase a member and let background tasks fail, through the functions the screens
call. Afterwards every file under ``<SOHOI_HOME>/logs`` is read and searched for the names,
CCCDs and phones of 200 members of that register, and for the ones typed in the session.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NEW_NAME = "Trịnh Thị Xuyến"
NEW_CCCD = "034186009871"
NEW_PHONE = "0987654321"

SESSION = textwrap.dedent(f"""
    import datetime as dt
    import sqlite3
    import sys
    from pathlib import Path

    import openpyxl

    from desktop import paths
    from desktop.app import configure_logging
    from desktop.cli import run

    configure_logging()
    home = paths.data_dir()
    register = str(home / "sohoi.sqlite")
    other = str(home / "other.sqlite")
    work = home / "work"
    work.mkdir()

    def cli(*argv: str) -> None:
        code = run(list(argv))
        print("exit", code, argv[:2], file=sys.stderr)

    cli("demo", "--unit", "12586", "--members", "400", "--seed", "11", "--db", register)
    cli("members", "search", "nguyen thi", "--db", register)
    cli("members", "search", "hoa", "--format", "json", "--db", register)
    cli("members", "export", "--out", str(work / "all.xlsx"), "--db", register)
    cli("init", "--unit", "12586", "--db", other)
    cli("members", "import", str(work / "all.xlsx"), "--dry-run", "--db", other)
    cli("members", "import", str(work / "all.xlsx"), "--db", other)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Số điện thoại"])
    sheet.append([1, "{NEW_NAME}", 1986, "{NEW_CCCD}", "{NEW_PHONE}"])
    sheet.append([2, "Phạm Thị Sai", 1990, "12345", "0123"])
    book.save(work / "bad.xlsx")
    cli("members", "import", str(work / "bad.xlsx"), "--db", other)
    meeting = sqlite3.connect(register).execute("SELECT id FROM meetings LIMIT 1").fetchone()[0]
    cli("print", "attendance", "--meeting", meeting, "--out", str(work / "sheet.pdf"), "--db",
        register)
    cli("meetings", "list", "--db", register)
    cli("courses", "list", "--db", register)

    from PySide6.QtWidgets import QApplication

    from db.engine import open_database
    from db.members import InvalidDraftError, MemberDraft, add_member, change_status
    from db.personal_data import erase_member, record_consent, subject_record
    from db.site import get_site
    from desktop.tasks import TaskRunner

    app = QApplication(["sohoi-log-test"])
    database = open_database(register)
    today = dt.date.today()
    tasks = TaskRunner(synchronous=True)
    with database.transaction() as session:
        site = get_site(session)
        new_id = add_member(session, site.unit_id, MemberDraft(
            full_name="{NEW_NAME}", id_number="{NEW_CCCD}", phone="{NEW_PHONE}",
            birth_date="1986", address="Thôn Đông"), today)
    try:
        with database.transaction() as session:
            add_member(session, site.unit_id, MemberDraft(
                full_name="{NEW_NAME}", id_number="{NEW_CCCD}9", phone="09"), today)
    except InvalidDraftError:
        pass
    with database.transaction() as session:
        change_status(session, new_id, "left", today, "Chuyển đi làm ăn xa")
        record_consent(session, new_id, today, "Ký phiếu đồng ý")
    with database.reading() as session:
        subject_record(session, new_id)

    def fails() -> None:
        raise ValueError("{NEW_NAME} {NEW_CCCD} {NEW_PHONE}")

    tasks.write(fails, lambda _result: None)
    tasks.read(fails, lambda _result: None)

    def erase_member_now() -> None:
        with database.transaction() as session:
            erase_member(session, new_id, today, "Theo đơn")

    tasks.write(erase_member_now, lambda _result: None)
    database.close()
""")


def _sample(path: Path, size: int = 200) -> list[str]:
    """Names, CCCDs and phones of a random sample of the register's members."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT full_name, id_number, phone FROM members WHERE erased_at IS NULL"
        ).fetchall()
    assert len(rows) >= size
    secrets: list[str] = []
    for name, cccd, phone in random.Random(5).sample(rows, size):
        secrets += [value for value in (name, cccd, phone) if value]
    return secrets


def test_logs_hold_no_personal_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "SOHOI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-c", SESSION], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    for verb in ("('demo', '--unit')", "('members', 'search')", "('members', 'export')",
                 "('print', 'attendance')"):
        assert f"exit 0 {verb}" in done.stderr, done.stderr[-2000:]

    logs = sorted((home / "logs").rglob("*"))
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in logs if p.is_file())
    # The session did log (else the test proves nothing): the schema line and the two
    # background failures, named by type only.
    assert "database schema at revision" in text
    assert text.count("background task failed: ValueError") == 2
    text = unicodedata.normalize("NFC", text)

    secrets = [*_sample(home / "sohoi.sqlite"), NEW_NAME, NEW_CCCD, NEW_PHONE]
    leaked = sorted({s for s in secrets if unicodedata.normalize("NFC", s) in text})
    assert leaked == [], f"personal data in the logs: {leaked[:10]}"
