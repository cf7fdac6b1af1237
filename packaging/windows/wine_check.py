r"""Optional check of the installer under Wine: refusal, layout, shortcuts, upgrade, uninstall.

Usage (Debian: ``apt install wine64``; not part of the test suite)::

    python packaging/windows/wine_check.py [--payload build/windows/SoHoi]

What it shows, and what it cannot: Wine runs the NSIS installer and uninstaller
themselves, so this checks what they do to the file system and the registry. It does
not start Sổ Hội (the Windows runner does that). Debian's ``wine64`` without the i386
architecture runs only 64-bit programs, so the script compiles the same ``sohoi.nsi``
with ``-DTARGET=amd64-unicode``; releases ship the 32-bit installer.

Without ``--payload`` the payload's Python part is a labelled stand-in (as in the tests),
since the embeddable CPython cannot be fetched on every build machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("windows_build", HERE / "build.py")
assert SPEC is not None and SPEC.loader is not None
build = importlib.util.module_from_spec(SPEC)
sys.modules["windows_build"] = build
SPEC.loader.exec_module(build)

WINE = shutil.which("wine64") or "/usr/lib/wine/wine64"
WINESERVER = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
SHORTCUT = "Sổ Hội.lnk"


def wine(prefix: Path, *arguments: str) -> int:
    """Run a Windows program in the prefix and wait until Wine has written everything."""
    env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml="}
    code = subprocess.run([WINE, *arguments], env=env, check=False, timeout=600,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    subprocess.run([WINESERVER, "-w"], env=env, check=False)
    return code


def stand_in_payload(folder: Path) -> Path:
    """Assemble the application payload with a labelled stand-in for the Python part."""
    payload = folder / "SoHoi"
    build.assemble_payload(payload, [])
    python_dir = payload / "python"
    python_dir.mkdir(parents=True, exist_ok=True)
    for name in ("python.exe", "pythonw.exe", "python312.dll", "python312.zip",
                 "STAND-IN.txt"):
        (python_dir / name).write_bytes(b"STAND-IN, NOT PYTHON: made by wine_check.py\r\n")
    build.write_pth(python_dir)
    return payload


def check(condition: bool, what: str) -> None:
    """Print one result line; stop at the first failure."""
    print(f"{'ok  ' if condition else 'FAIL'} {what}", flush=True)
    if not condition:
        raise SystemExit(1)


def main() -> int:
    """Compile the 64-bit variant, then install, upgrade and uninstall it in a fresh prefix."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--payload", type=Path, help="an assembled payload (default: stand-in)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sohoi-wine-") as temp:
        folder = Path(temp)
        payload = args.payload or stand_in_payload(folder)
        makensis = shutil.which("makensis") or "makensis"
        installer = folder / "setup64.exe"
        subprocess.run([makensis, "-V2", "-INPUTCHARSET", "UTF8", "-DVERSION=0.0.0",
                        f"-DPAYLOAD={payload}", f"-DOUTFILE={installer}", "-DCOMPRESSOR=zlib",
                        "-DTARGET=amd64-unicode", str(build.NSIS_SCRIPT)], check=True)
        prefix = folder / "prefix"
        wine(prefix, "wineboot", "--init")
        user = next((prefix / "drive_c" / "users").glob("[!P]*"))
        # Wine links Desktop and Documents to the Linux home; keep them inside the prefix.
        for name in ("Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos"):
            link = user / name
            if link.is_symlink():
                link.unlink()
                link.mkdir()
        programs = user / "AppData" / "Local" / "Programs" / "SoHoi"
        start_menu = user / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs" / SHORTCUT
        desktop = user / "Desktop" / SHORTCUT
        data = user / "AppData" / "Local" / "SoHoi"

        wine(prefix, "winecfg", "-v", "win7")
        check(wine(prefix, str(installer), "/S") == 3, "Windows 7: refused (exit code 3)")
        check(not programs.exists(), "Windows 7: nothing installed")

        wine(prefix, "winecfg", "-v", "win10")
        check(wine(prefix, str(installer), "/S") == 0, "Windows 10: silent install")
        for part in ("python/pythonw.exe", "python/python312._pth", "app/desktop/__main__.py",
                     "app/db/migrations/env.py", "sohoi.cmd", "uninstall.exe"):
            check((programs / part).is_file(), f"installed {part}")
        check(start_menu.is_file() and desktop.is_file(), "Start-menu and desktop shortcuts")
        target = start_menu.read_bytes()
        check(all(text.encode("utf-16-le") in target for text in (
            "\\SoHoi\\python\\pythonw.exe", "-m desktop")),
              "shortcut starts python\\pythonw.exe -m desktop")
        registry = (prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
        check("Uninstall\\\\SoHoi]" in registry, "entry in Settings → Apps (HKCU)")

        data.mkdir(parents=True)
        (data / "sohoi.sqlite").write_bytes(b"register")
        stale = programs / "app" / "desktop" / "stale_module.py"
        stale.write_text("# left by an older version\n")
        check(wine(prefix, str(installer), "/S") == 0, "upgrade in place")
        check(not stale.exists(), "upgrade: files of the old version removed")
        check((data / "sohoi.sqlite").read_bytes() == b"register", "upgrade: data kept")

        uninstaller = "C:\\users\\" + user.name + "\\AppData\\Local\\Programs\\SoHoi\\uninstall.exe"
        check(wine(prefix, uninstaller, "/S") == 0, "silent uninstall")
        subprocess.run(["sleep", "3"], check=False)
        check(not programs.exists(), "program folder removed")
        check(not start_menu.exists() and not desktop.exists(), "shortcuts removed")
        registry = (prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
        check("Uninstall\\\\SoHoi]" not in registry, "Settings entry removed")
        check((data / "sohoi.sqlite").read_bytes() == b"register", "data folder kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
