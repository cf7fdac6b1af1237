"""``sohoi dues …`` as a person runs it: a separate process on a copy of the demo register."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sohoi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False,
    )


def test_vouchers_reversal_balance_and_a_closed_quarter(demo_file: Path,
                                                        tmp_path: Path) -> None:
    db = str(shutil.copyfile(demo_file, tmp_path / "demo.sqlite"))
    added = sohoi("dues", "add", "--kind", "thu", "--date", "2026-01-20", "--content",
                  "Hội phí quý I", "--amount", "900000", "--person", "Chi hội Đông", "--db", db)
    assert added.returncode == 0, added.stderr
    assert "PT 1/2026" in added.stdout
    spent = sohoi("dues", "add", "--kind", "chi", "--date", "2026-02-02", "--content",
                  "Thăm hỏi", "--amount", "200000", "--person", "Thủ quỹ", "--db", db)
    assert "PC 1/2026" in spent.stdout
    assert sohoi("dues", "close", "--year", "2026", "--quarter", "1", "--db", db).returncode == 0
    refused = sohoi("dues", "reverse", "PC 1/2026", "--date", "2026-03-01", "--db", db)
    assert refused.returncode == 1 and "đã khóa sổ" in refused.stderr
    reversed_ = sohoi("dues", "reverse", "pc 1/2026", "--date", "2026-04-01", "--reason",
                      "Sai", "--db", db)
    assert reversed_.returncode == 0, reversed_.stderr
    assert "PC 2/2026" in reversed_.stdout
    bad = sohoi("dues", "add", "--kind", "chi", "--date", "2026-04-02", "--content", " ",
                "--amount", "0", "--person", "x", "--db", db)
    assert bad.returncode == 1 and "Số tiền" in bad.stderr
    listed = sohoi("dues", "fund", "--year", "2026", "--format", "json", "--db", db)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["voucher"] for r in rows] == ["PT 1/2026", "PC 1/2026", "PC 2/2026"]
    assert [r["balance"] for r in rows] == [900_000, 700_000, 900_000]
    q2 = json.loads(sohoi("dues", "balance", "--year", "2026", "--quarter", "2",
                          "--format", "json", "--db", db).stdout)
    assert q2 == {"year": 2026, "quarter": 2, "opening": 700_000, "receipts": 0,
                  "spending": -200_000, "closing": 900_000}
