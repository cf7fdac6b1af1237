"""``sohoi screenshot``: one page of the window as a PNG (see desktop/screenshots)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import register_path, translate


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from desktop.screenshots.capture import take_screenshot

    width, height = (int(v) for v in args.size.lower().split("x"))
    take_screenshot(register_path(args), args.page, Path(args.out), (width, height),
                    args.lang)
    print(translate("CliScreenshot", "Đã lưu ảnh {out}").format(out=args.out))
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``screenshot``."""
    shot = verbs.add_parser(
        "screenshot", parents=[common], help=translate("CliScreenshot", "chụp một trang ra PNG")
    )
    shot.add_argument("--page", required=True, help="members, branches, overview, …")
    shot.add_argument("--out", required=True)
    shot.add_argument("--size", default="1366x768")
    shot.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=None,
        help=translate("CliScreenshot", "ngôn ngữ giao diện (mặc định: SOHOI_LANG hoặc cài đặt)"),
    )
    shot.set_defaults(handler=_cmd_screenshot)
