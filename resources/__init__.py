"""Files shipped with Sổ Hội: fonts, icons, translations and default catalogs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped file, in a source tree, a wheel or a frozen build."""
    return Path(str(resources.files(__name__).joinpath(*parts)))
