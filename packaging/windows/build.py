r"""Build the Windows installer and portable zip of Sổ Hội on a Linux (or any) machine.

Usage::

    python packaging/windows/build.py --python-embed python-3.12.10-embed-amd64.zip
    python packaging/windows/build.py lock          # re-pin the Windows wheel set
    python packaging/windows/build.py check-lock    # does the lock still resolve?

Why this shape: Windows offices cannot be asked to install Python, and the PyInstaller
build only makes a program for the system it runs on. CPython publishes an "embeddable"
Windows build (a zip), and PyPI has a win_amd64 wheel for every dependency, so the whole
Windows program is a matter of unpacking files — which any machine can do — plus NSIS,
whose compiler runs on Linux. The steps, in order:

1. wheels: download the win_amd64 wheels pinned (with SHA-256) in
   ``requirements-win_amd64.txt`` and check every file against its pinned hash;
2. payload: ``app\`` (the ``db``, ``desktop`` and ``resources`` packages, copied as
   source) and ``python\Lib\site-packages\`` (the wheels unpacked);
3. python: the embeddable CPython zip given by ``--python-embed``, refused unless its
   SHA-256 is the pinned one, unpacked into ``python\`` with its ``._pth`` file rewritten;
4. installer: ``makensis`` compiles ``sohoi.nsi`` against the payload;
5. portable zip: the same payload in a zip, with a ``SoHoi.cmd`` starter; then
   ``SHA256SUMS.txt`` for both files, so an office can check what it downloaded.

How the program starts on Windows: the shortcuts point at the bundled ``pythonw.exe``
with the arguments ``-m desktop`` (no console window), and ``sohoi.cmd`` runs
``python.exe -m desktop`` for the command line. No launcher .exe is compiled: a stub
executable would need a Windows compiler this machine does not have, and a shortcut to
``pythonw.exe`` is what the embeddable distribution is meant for. The rewritten ``._pth``
file is the only search path the embeddable Python uses (it ignores PYTHONPATH and the
user's site-packages), so nothing installed elsewhere on the PC can leak in.

Without the embeddable zip the build stops at step 3 and says which file to put where;
it never produces something that only looks like a Windows build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

try:
    from packaging.markers import UndefinedEnvironmentName
    from packaging.requirements import Requirement
except ImportError:  # PyPA's packaging is not installed: pip's own copy is the same code.
    from pip._vendor.packaging.markers import UndefinedEnvironmentName
    from pip._vendor.packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LOCK = HERE / "requirements-win_amd64.txt"
NSIS_SCRIPT = HERE / "sohoi.nsi"

# The embeddable CPython: 3.12.10 is the last 3.12 release with Windows binaries (later
# 3.12 releases are source-only security fixes). Its SHA-256 is the one python.org
# publishes in https://www.python.org/ftp/python/3.12.10/windows-3.12.10.json; to move
# to another version, change both lines from that file (see docs/WINDOWS.md).
PYTHON_VERSION = "3.12.10"
PYTHON_EMBED_SHA256 = "4acbed6dd1c744b0376e3b1cf57ce906f9dc9e95e68824584c8099a63025a3c3"
PYTHON_EMBED_NAME = f"python-{PYTHON_VERSION}-embed-amd64.zip"
PYTHON_EMBED_URL = f"https://www.python.org/ftp/python/{PYTHON_VERSION}/{PYTHON_EMBED_NAME}"
DEFAULT_EMBED = ROOT / "packaging" / "windows" / "cache" / PYTHON_EMBED_NAME
PTH_NAME = "python312._pth"

# Tags pip resolves for: 64-bit CPython 3.12 on Windows.
PLATFORM_ARGS = [
    "--platform", "win_amd64", "--python-version", "3.12",
    "--implementation", "cp", "--abi", "cp312", "--only-binary=:all:",
]
# Markers as they evaluate on the target PC, used to check what pip (which evaluates
# markers for the build machine even when --platform is given) may have missed.
WINDOWS_MARKERS = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
    "platform_machine": "AMD64", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "python_version": "3.12",
    "python_full_version": PYTHON_VERSION, "extra": "",
}
APP_PACKAGES = ("db", "desktop", "resources")
# The ._pth file: the standard library zip, the python folder, the unpacked wheels and the
# application; ``import site`` so .pth files in site-packages are honoured.
PTH_LINES = ("python312.zip", ".", r"Lib\site-packages", r"..\app", "import site")
# Parts of the Qt wheels that only serve developers (Qt Designer, Linguist, QML tooling,
# C++ headers, CMake files, link libraries) or QML applications; Sổ Hội is a Qt Widgets
# program, so the installer leaves out about 45 MB it would never load.
PRUNE_GLOBS = (
    "PySide6/*.exe", "PySide6/*.lib", "PySide6/qml", "PySide6/include",
    "PySide6/typesystems", "PySide6/glue", "PySide6/doc", "PySide6/metatypes",
    "PySide6/lib", "PySide6/scripts", "shiboken6/*.lib",
)
SOHOI_CMD = '@echo off\r\n"%~dp0python\\python.exe" -m desktop %*\r\n'
PORTABLE_CMD = '@echo off\r\nstart "" "%~dp0python\\pythonw.exe" -m desktop %*\r\n'


class BuildError(Exception):
    """A step cannot go on; the message says what to do, in plain words."""


@dataclass(frozen=True)
class Pin:
    """One locked wheel: the distribution, its exact version and accepted hashes."""

    name: str
    version: str
    hashes: frozenset[str]


def canonical(name: str) -> str:
    """Normalise a distribution name the way PyPI compares names (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def sha256_of(path: Path) -> str:
    """Return the hex SHA-256 of a file, read in blocks (wheels are up to 80 MB)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def project_version() -> str:
    """Return the version in pyproject.toml, shown by the installer and in file names."""
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def project_dependencies() -> list[str]:
    """Return the runtime requirements of the project (never the test tools)."""
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return list(tomllib.load(stream)["project"]["dependencies"])


def read_lock(path: Path = LOCK) -> list[Pin]:
    r"""Parse the lock: ``name==version --hash=sha256:…`` entries, continued with ``\\``."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    pins = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        requirement, *options = line.split()
        name, _, version = requirement.partition("==")
        hashes = frozenset(o.removeprefix("--hash=sha256:") for o in options
                           if o.startswith("--hash=sha256:"))
        if not version or not hashes:
            raise BuildError(f"{path.name}: '{requirement}' needs an exact version and a hash")
        pins.append(Pin(canonical(name), version, hashes))
    return pins


def pip(*arguments: str) -> None:
    """Run pip of this interpreter; a failure stops the build with pip's own words."""
    command = [sys.executable, "-m", "pip", *arguments]
    result = subprocess.run(command, check=False)
    if result.returncode != 0:
        raise BuildError(f"pip failed ({result.returncode}): {' '.join(command)}")


def resolve_report(requirements: list[str], *, require_hashes: bool = False) -> dict:
    """Resolve requirements for win_amd64 without installing; return pip's JSON report."""
    with tempfile.TemporaryDirectory(prefix="sohoi-win-") as folder:
        report = Path(folder) / "report.json"
        extra = ["--require-hashes"] if require_hashes else []
        pip("install", "--dry-run", "--quiet", "--ignore-installed", "--no-input",
            "--report", str(report), "--target", str(Path(folder) / "target"),
            *PLATFORM_ARGS, *extra, *requirements)
        return json.loads(report.read_text(encoding="utf-8"))


def check_windows_markers(report: dict) -> None:
    """Refuse a resolution missing a dependency that only Windows needs.

    pip evaluates environment markers for the machine it runs on, even with
    ``--platform win_amd64``, so a requirement such as ``colorama; sys_platform ==
    "win32"`` would silently be left out when the lock is made on Linux.
    """
    resolved = {canonical(item["metadata"]["name"]) for item in report["install"]}
    missing = []
    for item in report["install"]:
        for text in item["metadata"].get("requires_dist", []):
            requirement = Requirement(text)
            try:
                needed = requirement.marker is None or requirement.marker.evaluate(
                    WINDOWS_MARKERS)
            except UndefinedEnvironmentName:
                needed = True
            if needed and canonical(requirement.name) not in resolved:
                missing.append(f"{requirement} (needed by {item['metadata']['name']})")
    if missing:
        raise BuildError("Windows needs packages the resolution left out: "
                         + "; ".join(missing))


def pins_from_report(report: dict) -> list[Pin]:
    """Turn pip's report into pins: one wheel per distribution, with its sha256."""
    pins = []
    for item in report["install"]:
        info = item["download_info"]
        digest = info.get("archive_info", {}).get("hashes", {}).get("sha256")
        if digest is None or not info["url"].endswith(".whl"):
            raise BuildError(f"{item['metadata']['name']}: no wheel with a sha256 in the report")
        pins.append(Pin(canonical(item["metadata"]["name"]), item["metadata"]["version"],
                        frozenset({digest})))
    return sorted(pins, key=lambda pin: pin.name)


def write_lock(pins: list[Pin], path: Path = LOCK) -> None:
    """Write the lock in pip's hash-checking requirements format."""
    lines = [
        "# The Windows (win_amd64, CPython 3.12) wheel set of Sổ Hội, with hashes.",
        "# Made by `python packaging/windows/build.py lock` from pyproject.toml's",
        "# dependencies; checked by `python packaging/windows/build.py check-lock`.",
    ]
    for pin in pins:
        hashes = " \\\n    ".join(f"--hash=sha256:{h}" for h in sorted(pin.hashes))
        lines.append(f"{pin.name}=={pin.version} \\\n    {hashes}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_lock_against_project(pins: list[Pin]) -> None:
    """Refuse a lock whose versions no longer satisfy pyproject.toml's ranges."""
    locked = {pin.name: pin.version for pin in pins}
    problems = []
    for text in project_dependencies():
        requirement = Requirement(text)
        version = locked.get(canonical(requirement.name))
        if version is None:
            problems.append(f"{requirement.name} is not in the lock")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name}=={version} is outside '{requirement}'")
    if problems:
        raise BuildError("The Windows lock no longer matches pyproject.toml: "
                         + "; ".join(problems) + ". Run: python packaging/windows/build.py lock")


def check_lock() -> list[Pin]:
    """Resolve the locked set for win_amd64 and check it is complete and unchanged.

    ``--require-hashes`` makes pip refuse any dependency that is not pinned with a hash,
    so a lock missing a package fails here; the report must list exactly the locked
    versions and hashes.
    """
    pins = read_lock()
    check_lock_against_project(pins)
    report = resolve_report(["-r", str(LOCK)], require_hashes=True)
    check_windows_markers(report)
    resolved = {pin.name: pin for pin in pins_from_report(report)}
    locked = {pin.name: pin for pin in pins}
    if set(resolved) != set(locked):
        raise BuildError(f"resolution differs from the lock: extra {set(resolved) - set(locked)}, "
                         f"missing {set(locked) - set(resolved)}")
    for name, pin in locked.items():
        if resolved[name].version != pin.version or not resolved[name].hashes <= pin.hashes:
            raise BuildError(f"{name}: resolved {resolved[name].version} with another hash")
    return pins


def download_wheels(wheel_dir: Path) -> list[Path]:
    """Step 1: fetch the locked wheels (pip reuses files already in the folder).

    Every file is checked against the lock here as well, so a wheel left in the cache
    by an older lock is never unpacked.
    """
    pins = read_lock()
    wheel_dir.mkdir(parents=True, exist_ok=True)
    pip("download", "--quiet", "--no-deps", "--require-hashes", "--no-input",
        "--dest", str(wheel_dir), *PLATFORM_ARGS, "-r", str(LOCK))
    return select_locked_wheels(wheel_dir, pins)


def select_locked_wheels(wheel_dir: Path, pins: list[Pin]) -> list[Path]:
    """Return exactly one wheel file per pin, chosen by its hash."""
    by_hash = {sha256_of(path): path for path in sorted(wheel_dir.glob("*.whl"))}
    chosen = []
    for pin in pins:
        found = [by_hash[h] for h in pin.hashes if h in by_hash]
        if len(found) != 1:
            raise BuildError(f"{pin.name}=={pin.version}: no wheel in {wheel_dir} "
                             "has the locked hash")
        chosen.append(found[0])
    return chosen


def unpack_wheel(wheel: Path, site_packages: Path) -> None:
    """Install one wheel by unpacking it, as pip does for a plain-purelib/platlib wheel.

    Files under ``NAME.data/purelib`` or ``platlib`` move into site-packages; scripts,
    headers and data are not needed by a program that is started through ``-m``.
    """
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            parts = Path(member.filename).parts
            if ".." in parts or member.filename.startswith("/"):
                raise BuildError(f"{wheel.name}: unsafe path {member.filename}")
            if parts and parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in {"purelib", "platlib"}:
                    continue
                parts = parts[2:]
            if member.is_dir():
                continue
            target = site_packages.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink)


def host_lrelease() -> Path:
    """Return an ``lrelease`` that runs on this machine (the one of the build's PySide6).

    The Windows wheels' ``lrelease.exe`` cannot run here, and the payload prunes it anyway.
    """
    beside = Path(sys.executable).parent
    for candidate in (beside / "pyside6-lrelease", ROOT / ".venv" / "bin" / "pyside6-lrelease"):
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise BuildError("pyside6-lrelease not found: run `python run.py sohoi --help` once "
                         "to install the development environment, then build again.")
    return Path(found)


def compile_translations(folder: Path) -> None:
    """Compile each ``.ts`` of the copied resources into the ``.qm`` the program loads.

    Without it an English interface would have to compile its catalogue on the PC, and the
    payload has no ``lrelease`` to do so.
    """
    program = host_lrelease()
    for source in sorted(folder.glob("*.ts")):
        done = subprocess.run([str(program), "-silent", str(source), "-qm",
                               str(source.with_suffix(".qm"))],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not source.with_suffix(".qm").is_file():
            raise BuildError(f"lrelease failed on {source.name}: {done.stderr.strip()}")


def assemble_payload(payload: Path, wheels: list[Path]) -> None:
    r"""Step 2: lay out ``app\\`` and ``python\\Lib\\site-packages\\`` in a fresh folder."""
    if payload.exists():
        shutil.rmtree(payload)
    app = payload / "app"
    for package in APP_PACKAGES:
        shutil.copytree(ROOT / package, app / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo"))
    compile_translations(app / "resources" / "translations")
    site_packages = payload / "python" / "Lib" / "site-packages"
    site_packages.mkdir(parents=True)
    for wheel in wheels:
        unpack_wheel(wheel, site_packages)
    for pattern in PRUNE_GLOBS:
        for path in site_packages.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
    (payload / "sohoi.cmd").write_bytes(SOHOI_CMD.encode("ascii"))


def missing_embed_message(path: Path) -> str:
    """Say exactly which file is missing and where it goes (checked by a test)."""
    return (
        f"The embeddable Windows Python is missing: {path} does not exist.\n"
        f"Download {PYTHON_EMBED_NAME} from {PYTHON_EMBED_URL}\n"
        f"and put it at {DEFAULT_EMBED}\n"
        f"(or pass --python-embed PATH). Its SHA-256 must be {PYTHON_EMBED_SHA256}.\n"
        "The wheels and the application payload are ready; no installer was built."
    )


def verify_python_embed(path: Path) -> None:
    """Refuse a missing zip, or one whose SHA-256 is not the pinned, published one."""
    if not path.is_file():
        raise BuildError(missing_embed_message(path))
    actual = sha256_of(path)
    if actual != PYTHON_EMBED_SHA256:
        raise BuildError(
            f"{path} is not the pinned {PYTHON_EMBED_NAME}: its SHA-256 is {actual}, "
            f"expected {PYTHON_EMBED_SHA256}. Download it again from {PYTHON_EMBED_URL}.")


def write_pth(python_dir: Path) -> None:
    """Point the embeddable Python at site-packages and the application (see module doc)."""
    (python_dir / PTH_NAME).write_bytes(("\r\n".join(PTH_LINES) + "\r\n").encode("ascii"))


def add_python(payload: Path, embed_zip: Path) -> None:
    r"""Step 3: unpack the verified embeddable CPython into ``python\\``."""
    verify_python_embed(embed_zip)
    python_dir = payload / "python"
    with zipfile.ZipFile(embed_zip) as archive:
        names = set(archive.namelist())
        for needed in ("python.exe", "pythonw.exe", PTH_NAME):
            if needed not in names:
                raise BuildError(f"{embed_zip} has no {needed}: not an embeddable Python")
        archive.extractall(python_dir)
    write_pth(python_dir)


def compile_installer(payload: Path, out_dir: Path, version: str,
                      compressor: str = "lzma") -> Path:
    """Step 4: run makensis on ``sohoi.nsi`` against the payload; return the installer."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise BuildError("makensis not found: install NSIS 3 (Debian/Ubuntu: apt install nsis)")
    out_dir.mkdir(parents=True, exist_ok=True)
    # makensis works from the script's folder, so every path it gets is absolute.
    payload = payload.resolve()
    installer = out_dir.resolve() / f"SoHoi-{version}-setup.exe"
    numbers = [*re.findall(r"\d+", version)[:4], "0", "0", "0", "0"][:4]
    size_kb = sum(p.stat().st_size for p in payload.rglob("*") if p.is_file()) // 1024
    command = [
        makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
        f"-DVERSION_QUAD={'.'.join(numbers)}", f"-DSIZE_KB={size_kb}",
        f"-DPAYLOAD={payload}", f"-DOUTFILE={installer}", f"-DCOMPRESSOR={compressor}",
        str(NSIS_SCRIPT),
    ]
    result = subprocess.run(command, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"makensis failed:\n{result.stdout}\n{result.stderr}")
    return installer


def write_portable_zip(payload: Path, out_dir: Path, version: str) -> Path:
    """Step 5: the same program in a zip, for PCs where nothing may be installed."""
    target = out_dir / f"SoHoi-{version}-portable.zip"
    partial = target.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("SoHoi/SoHoi.cmd", PORTABLE_CMD)
        for path in sorted(payload.rglob("*")):
            if path.is_file():
                archive.write(path, Path("SoHoi") / path.relative_to(payload))
    os.replace(partial, target)
    return target


def build(embed_zip: Path, work: Path, out_dir: Path) -> list[Path]:
    """Run steps 1–5; return the installer, the portable zip and their checksums."""
    version = project_version()
    print("1/5 wheels (win_amd64, locked hashes)", flush=True)
    wheels = download_wheels(work / "wheels")
    print(f"2/5 payload: {len(wheels)} wheels and the application", flush=True)
    payload = work / "SoHoi"
    assemble_payload(payload, wheels)
    print(f"3/5 embeddable Python {PYTHON_VERSION}", flush=True)
    add_python(payload, embed_zip)
    print("4/5 installer (makensis)", flush=True)
    installer = compile_installer(payload, out_dir, version)
    print("5/5 portable zip", flush=True)
    portable = write_portable_zip(payload, out_dir, version)
    sums = out_dir / "SHA256SUMS.txt"
    sums.write_text("".join(f"{sha256_of(p)}  {p.name}\n" for p in (installer, portable)),
                    encoding="ascii")
    return [installer, portable, sums]


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one of build, lock or check-lock."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", default="build",
                        choices=["build", "lock", "check-lock"])
    parser.add_argument("--python-embed", type=Path, default=DEFAULT_EMBED,
                        help=f"path of {PYTHON_EMBED_NAME} (default: {DEFAULT_EMBED})")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "windows")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "windows")
    args = parser.parse_args(argv)
    try:
        if args.command == "lock":
            report = resolve_report(project_dependencies())
            check_windows_markers(report)
            write_lock(pins_from_report(report))
            print(f"wrote {LOCK}")
        elif args.command == "check-lock":
            pins = check_lock()
            print(f"lock ok: {len(pins)} wheels resolve for win_amd64 with their hashes")
        else:
            for path in build(args.python_embed, args.work, args.out):
                print(f"{path} ({path.stat().st_size / 1e6:.1f} MB)")
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
