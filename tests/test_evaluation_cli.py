"""``sohoi evaluation …`` as a person runs it: a separate process on real registers."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from db.engine import open_database
from db.evaluation import evaluated_units, evaluation_view, save_evaluation
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[1]


def sohoi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False,
    )


def test_show_a_commune_and_a_branch(demo_file: Path, tmp_path: Path) -> None:
    path = shutil.copyfile(demo_file, tmp_path / "demo.sqlite")
    database = open_database(path)
    with database.transaction() as session:
        units = evaluated_units(session)
        saved = save_evaluation(session, units[0].unit_id, 2025, {"5": 12, "6": 9}, TODAY)
        branch = evaluation_view(session, units[1].unit_id, 2025, TODAY)
    database.close()
    shown = sohoi("evaluation", "show", "--year", "2025", "--format", "json", "--db", str(path))
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert (data["total"], data["class"], data["saved_on"]) == (
        saved.total, saved.class_label, TODAY.isoformat())
    assert [c["points"] for c in data["criteria"]] == [c.points for c in saved.criteria]
    text = sohoi("evaluation", "show", "--year", "2025", "--unit", units[1].name,
                 "--db", str(path))
    assert text.returncode == 0, text.stderr
    assert f"Tổng: {branch.total}/{branch.max_total} điểm, {branch.class_label}" in text.stdout
    assert "(chưa lưu)" in text.stdout
    missing = sohoi("evaluation", "show", "--year", "2025", "--unit", "Không có",
                    "--db", str(path))
    assert missing.returncode == 1 and "Không có chi hội" in missing.stderr


def test_a_commune_cannot_publish_a_set(demo_file: Path, tmp_path: Path) -> None:
    path = shutil.copyfile(demo_file, tmp_path / "demo.sqlite")
    criteria = ROOT / "resources" / "catalogs" / "evaluation_criteria.json"
    refused = sohoi("evaluation", "publish", "--file", str(criteria), "--year", "2026",
                    "--db", str(path))
    assert refused.returncode == 1 and "Chỉ cấp trên" in refused.stderr
