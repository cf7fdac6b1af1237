"""Entry point: ``sohoi`` opens the application; ``sohoi VERB …`` is the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the window with no arguments, or run a command."""
    if getattr(sys, "frozen", False):
        # The built program is also the spreadsheet reader's child process
        # (desktop.documents.spreadsheet_reader): then it runs that and exits here.
        import multiprocessing

        multiprocessing.freeze_support()
    arguments = sys.argv[1:] if argv is None else argv
    if not arguments:
        from desktop.app import run_application

        return run_application()
    from desktop.cli import run

    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
