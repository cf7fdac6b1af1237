"""The second pass of the test suite: the data-layer tests on a PostgreSQL server.

``python3 run.py tests`` runs the whole suite on SQLite, then this module. It uses the
server named by ``SOHOI_TEST_DATABASE_URL`` (a user allowed to create databases), or
else starts a throw-away cluster of its own: ``initdb`` in a temporary folder, a free
port on 127.0.0.1, trust authentication, stopped and removed at the end. PostgreSQL
refuses to run as root, so as root the cluster runs as the ``postgres`` user. Where no
PostgreSQL is installed it says so and the pass is skipped (exit 0).

Only the standard library: it runs before anything else is known to work.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TARGETS = [
    "tests/db",
    # The server's own verbs (init, migrate, backups, logins) and five programs at once.
    "tests/test_server_cli.py",
    "tests/test_server_concurrency.py",
    "tests/desktop/test_server_connection.py",
    # The window's one page that differs on a server (no file copies offered).
    "tests/desktop/test_settings_page.py::"
    "test_on_a_server_the_page_says_who_backs_up_and_offers_no_file_copies",
]
SKIPPED = (
    "PostgreSQL chưa được cài trên máy này: bỏ qua lượt kiểm thử thứ hai (trên PostgreSQL).\n"
    "PostgreSQL is not installed here: the second pass (the data-layer tests on "
    "PostgreSQL) was SKIPPED. Install it (Debian/Ubuntu: apt-get install postgresql) or "
    "set SOHOI_TEST_DATABASE_URL to run it."
)


def server_binaries() -> Path | None:
    """Return the folder holding ``initdb`` and ``pg_ctl``, or None if not installed."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    # Debian keeps them out of PATH, one folder per major version: take the newest.
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                     key=lambda f: int(Path(f).parent.name) if Path(f).parent.name.isdigit()
                     else 0)
    for folder in reversed(folders):
        if (Path(folder) / "pg_ctl").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def local_cluster(binaries: Path) -> Iterator[str]:
    """Start a throw-away cluster and yield its URL; stop and remove it afterwards."""
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="sohoi-pg-"))
    data = folder / "data"
    prefix: list[str] = []
    if as_root:
        # The server refuses root: the cluster belongs to the postgres user.
        shutil.chown(folder, user="postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    log = folder / "server.log"
    started = False
    try:
        subprocess.run(
            [*prefix, str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
             "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
            check=True, stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
             "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off",
             "start"],
            check=True, stdout=subprocess.DEVNULL,
        )
        started = True
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        if started:
            subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast",
                            "-w", "stop"], check=False, stdout=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


def run_pass(url: str, arguments: list[str]) -> int:
    """Run pytest on the server at ``url``; return its exit code."""
    print(f"\n=== Lượt 2/2: kiểm thử tầng dữ liệu trên PostgreSQL ({url}) ===", flush=True)
    environment = dict(os.environ, SOHOI_TEST_DATABASE_URL=url)
    return subprocess.run([sys.executable, "-m", "pytest", *targeted(arguments)],
                          cwd=ROOT, env=environment, check=False).returncode


def targeted(arguments: list[str]) -> list[str]:
    """Return pytest's arguments, aimed at the data-layer tests unless tests were named.

    Options alone (``-m "not crash"``, ``-x``) apply to the data-layer tests; named
    tests (``tests/db/test_members.py``) run as named.
    """
    if any(argument.startswith("tests") for argument in arguments):
        return arguments
    return [*arguments, *DEFAULT_TARGETS]


def main(arguments: list[str]) -> int:
    """Run the PostgreSQL pass with the given pytest arguments (default: tests/db)."""
    url = os.environ.get("SOHOI_TEST_DATABASE_URL", "")
    if url:
        return run_pass(url, arguments)
    binaries = server_binaries()
    if binaries is None:
        print(SKIPPED, flush=True)
        return 0
    try:
        with local_cluster(binaries) as local:
            return run_pass(local, arguments)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"Không khởi động được PostgreSQL cục bộ ({exc}); lượt 2 thất bại.\n"
              f"Could not start a local PostgreSQL ({exc}): the second pass failed.",
              file=sys.stderr, flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
