"""``sohoi catalog``: the official provinces and communes (after the 2025 reform)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import translate


def _cmd_catalog(args: argparse.Namespace) -> int:
    from db import catalog

    if args.province:
        units = catalog.communes(args.province)
        if args.text:
            units = tuple(catalog.search_communes(args.text, args.province))
    elif args.text:
        units = tuple(catalog.search_communes(args.text))
    else:
        units = catalog.provinces()
    for unit in units:
        print(f"{unit.code}  {unit.name}")
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``catalog``."""
    units = verbs.add_parser(
        "catalog", help=translate("CliCatalog", "danh mục tỉnh, xã chính thức (sau 2025)")
    )
    units.add_argument("text", nargs="?", default="", help=translate("CliCatalog", "tìm theo tên"))
    units.add_argument(
        "--province", help=translate("CliCatalog", "mã tỉnh: liệt kê các xã, phường của tỉnh")
    )
    units.set_defaults(handler=_cmd_catalog)
