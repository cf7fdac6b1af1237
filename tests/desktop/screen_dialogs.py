"""Every dialog the program opens, built over the probe's register (see screen_probe)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def check_dialogs(window: Any, check: Callable[[str, Any], dict[str, object]],
                  settle: Callable[[Any], None]) -> list[dict[str, object]]:
    """Build, show at its default size, check and close each dialog."""
    return []
