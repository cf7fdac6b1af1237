"""The Windows build (packaging/windows/build.py): lock, payload, checks and NSIS script.

What runs where: this machine (Linux) checks the wheel lock, assembles the payload and
compiles the NSIS script with makensis. Whether the installed program starts is checked
only on a hosted Windows runner (.github/workflows/windows.yml).
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "packaging" / "windows" / "build.py"
CACHED_WHEELS = ROOT / "build" / "windows" / "wheels"
STAND_IN = b"STAND-IN, NOT PYTHON: written by tests/test_windows_packaging.py\r\n"
# The ._pth file as the embeddable zip ships it (3.12).
SHIPPED_PTH = ("python312.zip\r\n.\r\n\r\n"
               "# Uncomment to run site.main() automatically\r\n#import site\r\n")


def _load_build():
    spec = importlib.util.spec_from_file_location("windows_build", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["windows_build"] = module
    spec.loader.exec_module(module)
    return module


build = _load_build()


def _wheel(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _cached_locked_wheels() -> list[Path]:
    """The real locked wheels when an earlier build left them here, else none."""
    if not CACHED_WHEELS.is_dir():
        return []
    try:
        return build.select_locked_wheels(CACHED_WHEELS, build.read_lock())
    except build.BuildError:
        return []


def _stand_in_python(payload: Path) -> None:
    """Put a labelled stand-in where the embeddable Python goes (tests only).

    build.py itself refuses to go on without the real, hash-checked zip; this stand-in
    exists so makensis can be run against the rest of the real payload here.
    """
    python_dir = payload / "python"
    python_dir.mkdir(parents=True, exist_ok=True)
    for name in ("python.exe", "pythonw.exe", "python312.dll", "python312.zip"):
        (python_dir / name).write_bytes(STAND_IN)
    (python_dir / build.PTH_NAME).write_text(SHIPPED_PTH, newline="")
    (python_dir / "STAND-IN.txt").write_bytes(STAND_IN)
    build.write_pth(python_dir)


# --- the lock -----------------------------------------------------------------------------

def test_lock_pins_every_runtime_dependency_with_one_hash_and_no_test_tools():
    pins = build.read_lock()
    build.check_lock_against_project(pins)
    names = {pin.name for pin in pins}
    assert {"pyside6-essentials", "pyside6-pdf", "shiboken6", "sqlalchemy", "cffi"} <= names
    assert not names & {"pytest", "pytest-qt", "mypy", "ruff", "hypothesis", "pyinstaller"}
    for pin in pins:
        assert pin.hashes and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in pin.hashes)


def test_lock_outside_pyproject_range_is_refused():
    pins = [build.Pin("pyside6-essentials", "6.11.0", frozenset({"0" * 64})),
            *[p for p in build.read_lock() if p.name != "pyside6-essentials"]]
    with pytest.raises(build.BuildError, match=r"PySide6-Essentials==6\.11\.0 is outside"):
        build.check_lock_against_project(pins)


def test_windows_only_dependency_left_out_by_pip_is_caught():
    report = {"install": [{"metadata": {
        "name": "tool", "version": "1",
        "requires_dist": ['colorama; sys_platform == "win32"', 'uvloop; sys_platform == "linux"'],
    }}]}
    with pytest.raises(build.BuildError, match="colorama"):
        build.check_windows_markers(report)


@pytest.mark.slow
def test_locked_wheel_set_resolves_for_windows_with_its_hashes():
    """Asks PyPI (metadata only, a few seconds): the lock is complete and unchanged."""
    pins = build.check_lock()
    assert len(pins) == len(build.read_lock())


# --- the embeddable Python ---------------------------------------------------------------

def test_missing_embeddable_zip_stops_and_says_which_file_goes_where(tmp_path):
    payload = tmp_path / "SoHoi"
    payload.mkdir()
    absent = tmp_path / "nowhere" / build.PYTHON_EMBED_NAME
    with pytest.raises(build.BuildError) as caught:
        build.add_python(payload, absent)
    message = str(caught.value)
    assert "python-3.12.10-embed-amd64.zip" in message
    assert "https://www.python.org/ftp/python/3.12.10/python-3.12.10-embed-amd64.zip" in message
    assert str(build.DEFAULT_EMBED) in message
    assert build.PYTHON_EMBED_SHA256 in message
    assert "no installer was built" in message
    assert not (payload / "python").exists()


@pytest.mark.slow
def test_missing_embeddable_zip_exits_2_from_the_command_line(tmp_path):
    """The command line prints the same message (wheels come from the lock's cache)."""
    if not _cached_locked_wheels():
        pytest.skip("no cached Windows wheels (run `make windows` once to fill build/windows)")
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--python-embed", str(tmp_path / "absent.zip"),
         "--work", str(tmp_path / "work"), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert result.returncode == 2, result.stderr
    assert f"Download {build.PYTHON_EMBED_NAME} from {build.PYTHON_EMBED_URL}" in result.stderr
    assert f"and put it at {build.DEFAULT_EMBED}" in result.stderr
    assert not (tmp_path / "out").exists()


def test_zip_with_another_hash_is_refused(tmp_path):
    fake = _wheel(tmp_path / build.PYTHON_EMBED_NAME,
                  {"python.exe": STAND_IN, "pythonw.exe": STAND_IN, "python312._pth": b""})
    with pytest.raises(build.BuildError, match="is not the pinned"):
        build.add_python(tmp_path / "payload", fake)
    assert not (tmp_path / "payload").exists()


def test_pth_points_at_site_packages_and_the_application(tmp_path):
    build.write_pth(tmp_path)
    lines = (tmp_path / "python312._pth").read_bytes().decode("ascii").split("\r\n")
    assert lines[:5] == ["python312.zip", ".", r"Lib\site-packages", r"..\app", "import site"]


# --- the payload -------------------------------------------------------------------------

def test_wheel_unpacks_like_pip_and_unsafe_paths_are_refused(tmp_path):
    wheel = _wheel(tmp_path / "demo-1-py3-none-any.whl", {
        "demo/__init__.py": b"X = 1\n",
        "demo-1.dist-info/METADATA": b"Name: demo\n",
        "demo-1.data/purelib/demo_extra.py": b"",
        "demo-1.data/scripts/demo-tool": b"#!python\n",
    })
    site = tmp_path / "site"
    build.unpack_wheel(wheel, site)
    assert (site / "demo" / "__init__.py").read_bytes() == b"X = 1\n"
    assert (site / "demo_extra.py").exists()
    assert not (site / "demo-tool").exists()
    bad = _wheel(tmp_path / "bad-1-py3-none-any.whl", {"../escape.py": b""})
    with pytest.raises(build.BuildError, match="unsafe path"):
        build.unpack_wheel(bad, site)
    assert not (tmp_path / "escape.py").exists()


def test_a_cached_wheel_with_another_hash_is_never_used(tmp_path):
    _wheel(tmp_path / "segno-1.6.6-py3-none-any.whl", {"segno/__init__.py": b"tampered"})
    pins = [p for p in build.read_lock() if p.name == "segno"]
    with pytest.raises(build.BuildError, match=r"segno==1\.6\.6: no wheel"):
        build.select_locked_wheels(tmp_path, pins)
    good = tmp_path / "good"
    good.mkdir()
    copy = _wheel(good / "segno.whl", {"segno/__init__.py": b""})
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert build.select_locked_wheels(good, [build.Pin("segno", "1", frozenset({digest}))]) \
        == [copy]


def test_payload_holds_the_application_without_bytecode_and_a_command_starter(tmp_path):
    payload = tmp_path / "SoHoi"
    build.assemble_payload(payload, [])
    assert (payload / "app" / "desktop" / "__main__.py").exists()
    assert (payload / "app" / "db" / "migrations" / "env.py").exists()
    assert (payload / "app" / "resources" / "catalogs" / "topics.json").exists()
    assert (payload / "app" / "resources" / "help" / "index.html").exists()
    # The English catalogue, compiled here: the PC has no lrelease.
    assert (payload / "app" / "resources" / "translations" / "sohoi_en.qm").stat().st_size > 0
    assert not list(payload.rglob("__pycache__"))
    assert (payload / "sohoi.cmd").read_bytes() == build.SOHOI_CMD.encode()
    assert b"python.exe\" -m desktop %*" in (payload / "sohoi.cmd").read_bytes()


def test_portable_zip_holds_the_payload_and_a_starter(tmp_path):
    payload = tmp_path / "SoHoi"
    build.assemble_payload(payload, [])
    _stand_in_python(payload)
    target = build.write_portable_zip(payload, tmp_path, "9.9.9")
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert archive.read("SoHoi/SoHoi.cmd") == build.PORTABLE_CMD.encode()
    assert {"SoHoi/app/desktop/__main__.py", "SoHoi/python/python312._pth",
            "SoHoi/sohoi.cmd"} <= names
    assert not target.with_suffix(".zip.part").exists()


# --- the NSIS script ---------------------------------------------------------------------

def test_nsis_script_is_per_user_vietnamese_and_never_removes_the_data_folder():
    script = build.NSIS_SCRIPT.read_text(encoding="utf-8")
    assert "Unicode true" in script
    assert "RequestExecutionLevel user" in script
    assert '!insertmacro MUI_LANGUAGE "Vietnamese"' in script
    assert "${AtLeastBuild} 17763" in script and "${RunningX64}" in script
    assert '$SMPROGRAMS\\${APP_NAME}.lnk' in script and '$DESKTOP\\${APP_NAME}.lnk' in script
    assert '!define APP_NAME "Sổ Hội"' in script
    removals = re.findall(r"^\s*(?:RMDir|Delete)\b.*$", script, flags=re.MULTILINE)
    assert removals
    for line in removals:
        assert "$INSTDIR" in line or ".lnk" in line, line
    assert not re.search(r"(RMDir|Delete)[^\n]*LOCALAPPDATA\\SoHoi", script)


needs_makensis = pytest.mark.skipif(shutil.which("makensis") is None,
                                    reason="makensis (apt: nsis) not installed")


def _compile_with_stand_in_python(tmp_path: Path, wheels: list[Path]) -> Path:
    """Compile the real NSIS script against an assembled payload.

    The Python part of this payload is a stand-in made by the tests only (labelled
    files named like the embeddable zip's), because the embeddable CPython cannot be
    fetched here; build.py refuses to build without the real, hash-checked zip.
    """
    payload = tmp_path / "SoHoi"
    build.assemble_payload(payload, wheels)
    _stand_in_python(payload)
    installer = build.compile_installer(payload, tmp_path / "out", "9.9.9", compressor="zlib")
    data = installer.read_bytes()
    assert data[:2] == b"MZ"
    assert b"NullsoftInst" in data
    assert installer.name == "SoHoi-9.9.9-setup.exe"
    return payload


@needs_makensis
def test_nsis_script_compiles_against_the_application_payload(tmp_path):
    """The application and a stand-in Python, no wheels: a few seconds."""
    _compile_with_stand_in_python(tmp_path, [])


@needs_makensis
@pytest.mark.slow
# Compressing ~150 MB of payload takes a minute alone and several on a machine busy
# with other work; the suite's usual three minutes would stop a correct build.
@pytest.mark.timeout(600)
def test_nsis_script_compiles_against_the_full_payload(tmp_path):
    """The real locked wheels (cached by an earlier build) and a stand-in Python: ~1 min."""
    wheels = _cached_locked_wheels()
    if not wheels:
        pytest.skip("no cached Windows wheels (run `make windows` once to fill build/windows)")
    payload = _compile_with_stand_in_python(tmp_path, wheels)
    site = payload / "python" / "Lib" / "site-packages"
    assert (site / "PySide6" / "__init__.py").exists()
    assert (site / "PySide6" / "plugins" / "platforms").is_dir()
    assert not list(site.glob("PySide6/*.exe"))


@needs_makensis
def test_nsis_compiles_from_relative_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    build.assemble_payload(Path("SoHoi"), [])
    _stand_in_python(Path("SoHoi"))
    installer = build.compile_installer(Path("SoHoi"), Path("out"), "9.9.9", compressor="zlib")
    assert installer == tmp_path / "out" / "SoHoi-9.9.9-setup.exe"
    assert installer.read_bytes()[:2] == b"MZ"


@needs_makensis
def test_nsis_refuses_a_payload_without_the_program(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(build.BuildError, match="makensis failed"):
        build.compile_installer(empty / "missing", tmp_path / "out", "9.9.9", compressor="zlib")
