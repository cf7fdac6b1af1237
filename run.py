#!/usr/bin/env python3
"""Set up and start Sổ Hội from a source checkout, or run its tests.

    python3 run.py            start the application
    python3 run.py tests      run the whole test suite
    python3 run.py sohoi ARGS run a command-line verb (e.g. ``sohoi demo``)

Any Python 3 can start this script; it finds a Python >= 3.12 on the machine (PySide6
6.12 crashes on 3.11), makes ``.venv`` with it, installs the project and its test tools
when ``pyproject.toml`` changed, and then hands over. It uses only the standard library.
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
STAMP = VENV / ".sohoi-installed"
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


def ensure_venv():
    """Create (or repair) .venv with a suitable Python and install the project into it."""
    python = venv_python()
    version = interpreter_version([str(python)]) if python.exists() else None
    if version is None or version < MINIMUM:
        if VENV.exists():
            shutil.rmtree(VENV)
        base = find_python()
        print("Đang tạo môi trường .venv …", flush=True)
        subprocess.run([*base, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text(encoding="utf-8").strip() != wanted:
        print("Đang cài đặt Sổ Hội và các thư viện cần thiết …", flush=True)
        quiet = ["--quiet", "--disable-pip-version-check"]
        subprocess.run([str(python), "-m", "pip", "install", *quiet, "--upgrade", "pip"],
                       check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", *quiet, "-e", f"{ROOT}[test]"], check=True
        )
        STAMP.write_text(wanted, encoding="utf-8")
    return python


def main(argv):
    """Dispatch to the application, the test suite or a command-line verb."""
    python = ensure_venv()
    if argv[:1] == ["tests"]:
        command = [str(python), "-m", "pytest", *argv[1:]]
    elif argv[:1] == ["sohoi"]:
        command = [str(python), "-m", "desktop", *argv[1:]]
    else:
        command = [str(python), "-m", "desktop", *argv]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
