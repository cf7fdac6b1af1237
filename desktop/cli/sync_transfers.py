"""``sohoi sync transfers export | import``: transfers to and from another province.

A member moving to a commune of another province leaves in a file one upper level
writes for the other (:mod:`db.sync.transfer_files`); the answer returns the same way.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import open_register


def _cmd_export(args: argparse.Namespace) -> int:
    from db.sync.transfer_files import export_transfer_file

    database = open_register(args)
    with database.transaction() as session:
        result = export_transfer_file(session, args.province, Path(args.to))
    print(f"Đã ghi {result.path}: {result.arrivals} hội viên chuyển đi, {result.answers} câu "
          f"trả lời, cho {result.other_name}.")
    print(f"Mã nhận diện của máy này (để bên nhận so qua điện thoại): {result.fingerprint}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from db.sync.transfer_files import import_transfer_file

    database = open_register(args)
    with database.transaction() as session:
        result = import_transfer_file(session, Path(args.file).read_bytes(), args.accept_key)
    print(f"Đã nhập tệp của {result.other_name}: {result.arrivals} hội viên chuyển đến, "
          f"{result.answers} câu trả lời. Gửi gói xuống các xã liên quan để họ nhận được.")
    return 0


def register(sync_verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``sync transfers export`` and ``sync transfers import``."""
    transfers = sync_verbs.add_parser(
        "transfers", help="cấp tỉnh: tệp chuyển sinh hoạt với tỉnh, thành phố khác")
    verbs = transfers.add_subparsers(dest="transfers_verb", metavar="LỆNH", required=True)
    export = verbs.add_parser("export", parents=[common],
                              help="ghi tệp cho cấp tỉnh khác (hội viên chuyển đi, câu trả lời)")
    export.add_argument("--province", required=True, help="mã tỉnh, thành phố nhận (2 chữ số)")
    export.add_argument("--to", required=True, help="thư mục đích, ví dụ ổ USB")
    export.set_defaults(handler=_cmd_export)
    imports = verbs.add_parser("import", parents=[common], help="nhập tệp của cấp tỉnh khác")
    imports.add_argument("file", metavar="TỆP")
    imports.add_argument("--accept-key", metavar="MÃ",
                         help="tệp đầu tiên của tỉnh đó: mã nhận diện đã so qua điện thoại")
    imports.set_defaults(handler=_cmd_import)
