#!/usr/bin/env python3
"""Set up and start Sổ Hội from a source checkout, or run its tests.

    python3 run.py            start the application
    python3 run.py tests      run the whole test suite (SQLite), then the data-layer
                              tests again on PostgreSQL where it is installed
    python3 run.py sohoi ARGS run a command-line verb (e.g. ``sohoi demo``)

Any Python 3 can start this script; it finds a Python >= 3.12 on the machine (PySide6
6.12 crashes on 3.11), makes ``.venv`` with it, installs what is needed when
``pyproject.toml`` changed, and then hands over. Starting the application installs only
the application's own dependencies; the test tools (the ``test`` extra) come only with
``run.py tests``. Each has its stamp, so one never reinstalls the other. It uses only the
standard library.
"""

import glob
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMPS = {"app": VENV / ".sohoi-installed", "test": VENV / ".sohoi-installed-test"}
MINIMUM = (3, 12)
PREFERRED = [(3, 12), (3, 13)]


def interpreter_version(command):
    """Return (major, minor) of an interpreter command, or None if it does not run."""
    try:
        out = subprocess.run(
            [*command, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
            capture_output=True, text=True, timeout=30, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    try:
        major, minor = (int(x) for x in out.stdout.split())
    except ValueError:
        return None
    return major, minor


def candidates():
    """Yield interpreter commands worth trying, the most likely first."""
    yield [sys.executable]
    for major, minor in PREFERRED:
        if os.name == "nt":
            yield ["py", f"-{major}.{minor}"]
        yield [f"python{major}.{minor}"]
    home = Path.home()
    patterns = [
        str(home / ".pyenv" / "versions" / "3.1[2-9]*" / "bin" / "python3"),
        "/usr/bin/python3.1[2-9]",
        "/usr/local/bin/python3.1[2-9]",
        "/opt/homebrew/bin/python3.1[2-9]",
    ]
    if os.name == "nt":
        local = os.environ.get("LOCALAPPDATA", "")
        patterns.append(str(Path(local) / "Programs" / "Python" / "Python31[2-9]" / "python.exe"))
    for pattern in patterns:
        for found in sorted(glob.glob(pattern)):
            yield [found]
    yield ["python3"]


def find_python():
    """Return the command of a Python >= 3.12, preferring the versions known to work."""
    found = []
    for command in candidates():
        version = interpreter_version(command)
        if version and version >= MINIMUM:
            if version in PREFERRED:
                return command
            found.append(command)
    if found:
        return found[0]
    sys.exit(
        "Sổ Hội cần Python 3.12 trở lên nhưng không tìm thấy trên máy này.\n"
        "Sổ Hội needs Python 3.12 or newer; none was found on this machine."
    )


def venv_python():
    """Return the path of the virtual environment's interpreter."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


PIP_FAILED = (
    "Không cài được các thư viện Sổ Hội cần (lệnh pip báo lỗi ở trên).\n"
    "Thường là do máy chưa kết nối Internet hoặc mạng chặn kho thư viện Python (PyPI).\n"
    "Hãy kết nối Internet rồi chạy lại lệnh này; nếu văn phòng không có mạng, hãy dùng bộ "
    "cài Sổ Hội cho Windows (không cần mạng) hoặc nhờ cán bộ kỹ thuật."
)


def pip_install(python, *arguments):
    """Run pip; on failure say what it means in Vietnamese and stop."""
    quiet = ["--quiet", "--disable-pip-version-check"]
    result = subprocess.run([str(python), "-m", "pip", "install", *quiet, *arguments],
                            check=False)
    if result.returncode != 0:
        sys.exit(PIP_FAILED)


def ensure_venv(extra=None):
    """Create (or repair) .venv with a suitable Python and install the project into it.

    ``extra`` is ``"test"`` for the test suite; the application alone installs no extra.
    """
    python = venv_python()
    version = interpreter_version([str(python)]) if python.exists() else None
    if version is None or version < MINIMUM:
        if VENV.exists():
            shutil.rmtree(VENV)
        base = find_python()
        print("Đang tạo môi trường .venv …", flush=True)
        subprocess.run([*base, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = STAMPS[extra or "app"]
    if not stamp.exists() or stamp.read_text(encoding="utf-8").strip() != wanted:
        if extra:
            print("Đang cài đặt Sổ Hội và các công cụ kiểm thử …", flush=True)
            target = f"{ROOT}[{extra}]"
        else:
            print("Đang cài đặt Sổ Hội và các thư viện cần thiết …", flush=True)
            target = str(ROOT)
        pip_install(python, "-e", target)
        stamp.write_text(wanted, encoding="utf-8")
        if extra:
            # The test extra holds the application's dependencies too.
            STAMPS["app"].write_text(wanted, encoding="utf-8")
    return python


def run_tests(python, arguments):
    """Run the suite on SQLite, then the data-layer tests on PostgreSQL (tests/postgres_pass.py).

    The exit code is the first failure's: a failure of either pass fails the run, and
    pytest's 5 ("no tests ran") is passed on as the failure it is.
    """
    print("=== Lượt 1/2: toàn bộ kiểm thử trên SQLite ===", flush=True)
    sqlite = subprocess.run([str(python), "-m", "pytest", *arguments], cwd=ROOT,
                            check=False).returncode
    server = subprocess.run([str(python), "-m", "tests.postgres_pass", *arguments], cwd=ROOT,
                            check=False).returncode
    return sqlite or server


def main(argv):
    """Dispatch to the application, the test suite or a command-line verb."""
    python = ensure_venv("test" if argv[:1] == ["tests"] else None)
    if argv[:1] == ["tests"]:
        return run_tests(python, argv[1:])
    if argv[:1] == ["sohoi"]:
        command = [str(python), "-m", "desktop", *argv[1:]]
    else:
        command = [str(python), "-m", "desktop", *argv]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
