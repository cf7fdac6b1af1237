"""The log file: operations and counts for support, never personal data.

Shared by the window and the command line (without importing Qt), so a problem met in
either leaves a trace in the same rotating file in the user's data folder.
"""

from __future__ import annotations

import logging
import logging.handlers

from desktop import paths

LOG_NAME = "sohoi.log"


def configure_logging() -> None:
    """Log to a rotating file; messages name operations and counts, never people."""
    folder = paths.log_dir()
    target = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(target):
            return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return  # a read-only data folder must not stop the application
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
