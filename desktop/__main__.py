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
    target = _register_only(arguments)
    if not arguments or target is not None:
        from desktop.app import run_application

        return run_application(target)
    from desktop.cli import run

    return run(arguments)


def _register_only(arguments: list[str]) -> str | None:
    """Return X when the arguments are only ``--db X`` (start the window on X)."""
    if len(arguments) == 2 and arguments[0] == "--db":
        return arguments[1]
    if len(arguments) == 1 and arguments[0].startswith("--db="):
        return arguments[0].removeprefix("--db=")
    return None


if __name__ == "__main__":
    sys.exit(main())
