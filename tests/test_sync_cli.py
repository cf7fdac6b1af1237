"""``sohoi sync …`` run in-process through ``desktop.cli.run`` on real register files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import run
from tests.sync_support import COMMUNE_CODE, content_digest, forget_upper_level_courses


@pytest.fixture
def sites(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A copy of the demo commune and a new upper level, not yet enrolled."""
    commune = tmp_path / "commune.sqlite"
    commune.write_bytes(demo_file.read_bytes())
    forget_upper_level_courses(commune)
    upper = tmp_path / "upper.sqlite"
    assert run(["init", "--db", str(upper), "--unit", "33", "--upper"]) == 0
    yield commune, upper


def _fingerprint(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(["sync", "keys", "--db", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "máy này" in x)
    return line.split(":", 1)[1].strip()


def test_enroll_export_import_and_status(
    sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commune, upper = sites
    enrollment = tmp_path / "dang-ky.sohoi"
    assert run(["sync", "enroll", "--db", str(upper), "--commune", COMMUNE_CODE,
                "--out", str(enrollment)]) == 0
    upper_fingerprint = _fingerprint(upper, capsys)
    before_enrollment = content_digest(commune)
    # Any key can sign a file naming this commune: the fingerprint must be compared.
    assert run(["sync", "enroll", "--db", str(commune), str(enrollment)]) == 1
    captured = capsys.readouterr()
    assert upper_fingerprint in captured.out and upper_fingerprint in captured.err
    assert run(["sync", "enroll", "--db", str(commune), str(enrollment),
                "--accept-key", "0000 0000"]) == 1
    assert "không trùng" in capsys.readouterr().err
    assert content_digest(commune) == before_enrollment
    assert run(["sync", "enroll", "--db", str(commune), str(enrollment),
                "--accept-key", upper_fingerprint]) == 0
    assert upper_fingerprint in capsys.readouterr().out
    usb = tmp_path / "usb"
    assert run(["sync", "export", "--db", str(commune), "--to", str(usb)]) == 0
    assert "lần 1" in capsys.readouterr().out
    (package,) = usb.iterdir()

    before = content_digest(upper)
    assert run(["sync", "import", "--db", str(upper), str(usb), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Hội viên" in out and "1.200" in out and "chạy thử" in out
    # A first package needs the fingerprint: --yes alone is not enough.
    assert run(["sync", "import", "--db", str(upper), str(package), "--yes"]) == 1
    assert "--accept-key" in capsys.readouterr().err
    assert run(["sync", "import", "--db", str(upper), str(package), "--yes",
                "--accept-key", "0000 0000"]) == 1
    assert "không trùng" in capsys.readouterr().err
    assert content_digest(upper) == before
    commune_fingerprint = _fingerprint(commune, capsys)
    assert run(["sync", "import", "--db", str(upper), str(package), "--yes",
                "--accept-key", commune_fingerprint.lower().replace(" ", "")]) == 0
    assert "Đã nhập" in capsys.readouterr().out
    assert run(["sync", "import", "--db", str(upper), str(package), "--yes"]) == 1
    assert "đã được nhập" in capsys.readouterr().err

    down = tmp_path / "down"
    assert run(["sync", "export", "--db", str(upper), "--to", str(down), "--all"]) == 0
    assert run(["sync", "import", "--db", str(commune), str(down), "--yes"]) == 0
    capsys.readouterr()
    assert run(["sync", "status", "--db", str(upper), "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    (peer,) = status["peers"]
    assert (peer["unit_code"], peer["last_generation_received"]) == (COMMUNE_CODE, 1)
    assert peer["fingerprint"] == commune_fingerprint
    assert run(["sync", "status", "--db", str(commune)]) == 0
    assert "đã nhận đến lần 1" in capsys.readouterr().out


def test_a_folder_with_a_bad_file_imports_the_rest(
    sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commune, upper = sites
    assert run(["sync", "enroll", "--db", str(upper), "--commune", COMMUNE_CODE,
                "--out", str(tmp_path)]) == 0
    assert run(["sync", "enroll", "--db", str(commune),
                str(next(tmp_path.glob("SoHoi_dang_ky_*"))),
                "--accept-key", _fingerprint(upper, capsys)]) == 0
    usb = tmp_path / "usb"
    assert run(["sync", "export", "--db", str(commune), "--to", str(usb)]) == 0
    (usb / "A_hong.sohoi").write_bytes(b"not a package at all")
    fingerprint = _fingerprint(commune, capsys)
    assert run(["sync", "import", "--db", str(upper), str(usb), "--yes",
                "--accept-key", fingerprint]) == 1
    captured = capsys.readouterr()
    assert "không phải gói" in captured.err
    assert "Tổng cộng: nhập 1/2 gói; bị từ chối: A_hong.sohoi." in captured.out


def test_a_commune_cannot_send_before_enrolling(
    sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commune, _upper = sites
    assert run(["sync", "export", "--db", str(commune), "--to", str(tmp_path / "usb")]) == 1
    assert "tệp đăng ký" in capsys.readouterr().err
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())


def test_a_commune_enrolls_a_branch_laptop_and_both_exchange_packages(
    sites: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    commune, _upper = sites
    with sqlite3.connect(commune) as conn:
        branch_id, name, expected = conn.execute(
            "SELECT u.id, u.name, count(*) FROM units u JOIN members m ON m.branch_id = u.id "
            "WHERE u.level = 'branch' AND m.deleted_at IS NULL GROUP BY u.id "
            "ORDER BY u.code LIMIT 1").fetchone()
    conn.close()
    enrollment = tmp_path / "chi-hoi.sohoi"
    assert run(["sync", "enroll", "--db", str(commune), "--branch", name,
                "--out", str(enrollment)]) == 0
    out = capsys.readouterr().out
    commune_fingerprint = _fingerprint(commune, capsys)
    assert name in out and commune_fingerprint in out
    assert run(["sync", "enroll", "--db", str(commune), "--branch", "Chi hội Không Có",
                "--out", str(tmp_path / "x.sohoi")]) == 1
    assert "Không tìm thấy chi hội" in capsys.readouterr().err

    branch = tmp_path / "branch.sqlite"
    assert run(["sync", "enroll", "--db", str(branch), str(enrollment)]) == 1
    assert commune_fingerprint in capsys.readouterr().err
    assert run(["sync", "enroll", "--db", str(branch), str(enrollment),
                "--accept-key", commune_fingerprint]) == 0
    capsys.readouterr()
    up = tmp_path / "up"
    assert run(["sync", "export", "--db", str(branch), "--to", str(up)]) == 0
    capsys.readouterr()
    branch_fingerprint = _fingerprint(branch, capsys)
    assert run(["sync", "import", "--db", str(commune), str(up), "--yes",
                "--accept-key", branch_fingerprint]) == 0
    capsys.readouterr()
    down = tmp_path / "down"
    assert run(["sync", "export", "--db", str(commune), "--to", str(down),
                "--branch", name]) == 0
    assert name in capsys.readouterr().out
    assert run(["sync", "import", "--db", str(branch), str(down), "--yes"]) == 0
    with sqlite3.connect(branch) as conn:
        held = conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL "
                            "AND branch_id = ?", (branch_id,)).fetchone()[0]
        others = conn.execute("SELECT count(*) FROM members WHERE branch_id != ?",
                              (branch_id,)).fetchone()[0]
        (mode,) = conn.execute("SELECT mode FROM site").fetchone()
    conn.close()
    assert (held, others, mode) == (expected, 0, "branch")
