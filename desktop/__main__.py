"""Entry point: ``sohoi`` opens the application; ``sohoi VERB …`` is the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the window with no arguments, or run a command."""
    arguments = sys.argv[1:] if argv is None else argv
    if not arguments:
        from desktop.app import run_application

        return run_application()
    from desktop.cli import run

    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
