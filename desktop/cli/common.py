"""What every verb of the command line shares: the ``--db`` option and opening the register."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import paths

Handler = Callable[[argparse.Namespace], int]
"""A verb's function: takes the parsed arguments, returns the process exit code."""


def register_path(args: argparse.Namespace) -> Path:
    """Return the register a verb works on: ``--db`` or the one in the user's data folder."""
    return Path(args.db) if args.db else paths.default_database()


def open_register(args: argparse.Namespace) -> Any:
    """Open (and migrate) the register a verb works on.

    The default register gets its safety copy before a migration in the usual backup
    folder; a register named with ``--db`` is the caller's business (tests, scripts).
    """
    from db.engine import open_database

    return open_database(register_path(args),
                         backup_dir=None if args.db else paths.backup_dir())


def common_options() -> argparse.ArgumentParser:
    """Return the parent parser that gives each verb its ``--db`` option."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="tệp dữ liệu (mặc định: trong thư mục dữ liệu người dùng)")
    return common
