"""The dues book and the fund book: real PDFs of the demo commune, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from pypdf import PdfReader

from db.dues import (
    DuesSettings,
    FundEntryDraft,
    add_fund_entry,
    branch_choices,
    dues_book_data,
    dues_members,
    fund_book_data,
    reverse_fund_entry,
    set_dues_mark,
    set_dues_settings,
)
from db.engine import Database
from db.formatting import number
from db.site import get_site
from desktop.documents.dues_book import DUES_TITLE, FUND_TITLE, render_dues_book, render_fund_book
from desktop.documents.pdf_common import vietnamese_date_line

YEAR = 2026


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    # Cells wrap: compare with every run of spaces and line breaks made one space.
    return " ".join(text.replace("\u00a0", " ").split())


def test_dues_book_lists_every_member_and_the_handing_over(demo_db: Database,
                                                           tmp_path: Path) -> None:
    with demo_db.transaction() as session:
        commune = get_site(session).unit_id
        set_dues_settings(session, commune, DuesSettings(YEAR, 3_000, 30, 20, None))
        branch = branch_choices(session, commune)[0][0]
        rows = [r for r in dues_members(session, commune, branch, YEAR, 2) if not r.by_rule]
        for row in rows[:-2]:
            set_dues_mark(session, commune, row.member_id, YEAR, 2, "paid")
        set_dues_mark(session, commune, rows[-1].member_id, YEAR, 2, "exempt", "Ốm dài ngày")
    with demo_db.reading() as session:
        data = dues_book_data(session, commune, branch, YEAR, 2)
    out = tmp_path / "hoi-phi.pdf"
    render_dues_book(data, vietnamese_date_line(data.place_name, dt.date(YEAR, 6, 30)), out)
    text = pdf_text(out)
    assert DUES_TITLE in text
    assert "Quý II năm 2026" in text
    assert data.commune_union_name.upper() in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "ngày 30 tháng 6 năm 2026" in text
    for row in data.rows:
        assert row.full_name in text
    assert "Ốm dài ngày" in text
    paid = len(rows) - 2
    assert data.branch.collected == paid * 3_000
    assert f"{number(data.branch.collected)} đồng" in text
    assert f"{number(data.branch.kept_by_branch)} đồng" in text
    assert f"{number(data.branch.handed_to_commune)} đồng" in text
    assert f"{number(data.branch.passed_up)} đồng" in text
    # pdftotext, a second reader, sees the same total.
    plain = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert number(data.branch.collected) in plain


def test_fund_book_has_every_voucher_and_a_running_balance(demo_db: Database,
                                                           tmp_path: Path) -> None:
    with demo_db.transaction() as session:
        commune = get_site(session).unit_id
        add_fund_entry(session, commune, FundEntryDraft(
            "receipt", dt.date(YEAR, 1, 15), "Hội phí quý I", 1_250_000, "Chi hội Đông"))
        wrong = add_fund_entry(session, commune, FundEntryDraft(
            "spending", dt.date(YEAR, 2, 3), "Thăm hội viên ốm", 300_000, "Thủ quỹ"))
        add_fund_entry(session, commune, FundEntryDraft(
            "spending", dt.date(YEAR, 2, 10), "Mua hoa 8/3 & quà", 420_000, "Thủ quỹ"))
        reverse_fund_entry(session, wrong, dt.date(YEAR, 2, 4), "Ghi nhầm số tiền")
    with demo_db.reading() as session:
        data = fund_book_data(session, commune, YEAR)
    out = tmp_path / "so-quy.pdf"
    render_fund_book(data, vietnamese_date_line(data.place_name, dt.date(YEAR, 12, 31)), out)
    text = pdf_text(out)
    assert FUND_TITLE in text and "Năm 2026" in text
    for voucher in ("PT 1/2026", "PC 1/2026", "PC 2/2026", "PC 3/2026"):
        assert voucher in text
    assert "Mua hoa 8/3 & quà" in text
    assert "Đảo PC 1/2026: Ghi nhầm số tiền" in text
    assert "đã đảo bởi PC 3/2026" in text
    assert "-300.000" in text
    assert data.closing == 1_250_000 - 420_000
    assert data.balances == (1_250_000, 950_000, 1_250_000, 830_000)
    assert "830.000" in text and "1.250.000" in text
    assert data.spending == 420_000
