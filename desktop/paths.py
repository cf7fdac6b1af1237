r"""Where Sổ Hội keeps its files on this computer.

Everything lives in the user's data folder (``%LOCALAPPDATA%\\SoHoi`` on Windows), never
beside the program and never on a USB stick. ``SOHOI_HOME`` moves the whole tree, so
tests and benchmarks can run without touching a real register.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SoHoi"


def data_dir() -> Path:
    """Return the folder holding the database, backups and logs."""
    override = os.environ.get("SOHOI_HOME")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_database() -> Path:
    """Return the path of the register used when no other is named."""
    return data_dir() / "sohoi.sqlite"


def demo_database() -> Path:
    """Return the demo commune's file: invented data, apart from the real register."""
    return data_dir() / "xa-mau.sqlite"


def backup_dir() -> Path:
    """Return the folder of automatic safety copies."""
    return data_dir() / "backups"


def log_dir() -> Path:
    """Return the folder of log files (which never hold personal data)."""
    return data_dir() / "logs"


def cache_dir() -> Path:
    """Return the folder for things that can be rebuilt, such as benchmark databases."""
    override = os.environ.get("SOHOI_HOME")
    if override:
        return Path(override) / "cache"
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)
