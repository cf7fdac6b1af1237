"""The command line: the application's capabilities from a terminal.

Every verb lives in its own module of this package and adds itself to the parser with a
``register(verbs, common)`` function; :data:`VERBS` lists them in the order ``--help``
shows. Every verb takes ``--db PATH`` (default: the register in the user's data folder).
Results go to stdout; problems go to stderr with a non-zero exit code:
1 for a problem the person can fix, 2 for a command typed wrong.

The help and the messages are in Vietnamese, or in English when the interface language is
English (``SOHOI_LANG=en`` or the saved setting), from the window's catalogue
(:func:`desktop.cli.common.translate`). The reasons the register gives for refusing
something (``db``'s errors) stay Vietnamese in both.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from db.errors import UserError, known_situation
from desktop.cli.common import Handler, common_options, translate, use_language
from desktop.error_text import error_text

VERBS = (
    "setup", "members", "meetings", "courses", "printing", "certificates", "report",
    "backup", "accounts", "database", "catalog", "sync", "communes", "units", "dues",
    "evaluation", "server", "bench", "screenshot",
)
"""The modules of ``desktop.cli`` that each add one verb (or a pair, for ``setup``)."""


def build_parser() -> argparse.ArgumentParser:
    """Describe every verb; the help texts are what a person sees with ``--help``."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="sohoi", description=translate("Cli", "Sổ Hội: sổ quản lý Hội LHPN.")
    )
    parser.add_argument("--smoke-test", action="store_true",
                        help=translate("Cli", "mở thử cửa sổ chính với dữ liệu tạm rồi thoát"))
    verbs = parser.add_subparsers(dest="verb", metavar=translate("Cli", "LỆNH"))
    for name in VERBS:
        importlib.import_module(f"desktop.cli.{name}").register(verbs, common)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command line; return the process exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    use_language()
    parser = build_parser()
    args = parser.parse_args(list(argv))
    from desktop.log_setup import configure_logging

    configure_logging()
    if args.smoke_test:
        from desktop.app import smoke_test

        return smoke_test()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except UserError as exc:
        message = error_text(exc, translate)
        print(translate("Cli", "Lỗi: {message}").format(message=message), file=sys.stderr)
        return 1
    except Exception as exc:
        # A full disk, a register locked by another program, a read-only file or a
        # pulled USB stick is not a bug: say what happened and what to do, no traceback.
        situation = known_situation(exc)
        if situation is None:
            raise
        print(
            translate("Cli", "Lỗi: {message} {advice}").format(
                message=situation.message, advice=situation.advice
            ),
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print(translate("Cli", "Đã dừng."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``head``, a closed pager) stopped listening; that is not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
