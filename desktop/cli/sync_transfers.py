"""``sohoi sync transfers export | import``: transfers to and from another province.

A member moving to a commune of another province leaves in a file one upper level
writes for the other (:mod:`db.sync.transfer_files`); the answer returns the same way.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import open_register, translate


def _cmd_export(args: argparse.Namespace) -> int:
    from db.sync.transfer_files import export_transfer_file

    database = open_register(args)
    with database.transaction() as session:
        result = export_transfer_file(session, args.province, Path(args.to))
    print(
        translate(
            "CliSyncTransfers",
            "Đã ghi {path}: {arrivals} hội viên chuyển đi, {answers} câu trả "
            "lời, cho {other_name}.",
        ).format(
            path=result.path,
            arrivals=result.arrivals,
            answers=result.answers,
            other_name=result.other_name,
        )
    )
    print(translate("CliSyncTransfers", "Mã nhận diện của máy này (để bên nhận so qua điện thoại): "
              "{fingerprint}").format(fingerprint=result.fingerprint))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from db.sync.transfer_files import import_transfer_file

    database = open_register(args)
    with database.transaction() as session:
        result = import_transfer_file(session, Path(args.file).read_bytes(), args.accept_key)
    print(
        translate(
            "CliSyncTransfers",
            "Đã nhập tệp của {other_name}: {arrivals} hội viên chuyển đến, "
            "{answers} câu trả lời. Gửi gói xuống các xã liên quan để họ "
            "nhận được.",
        ).format(other_name=result.other_name, arrivals=result.arrivals, answers=result.answers)
    )
    return 0


def register(sync_verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``sync transfers export`` and ``sync transfers import``."""
    transfers = sync_verbs.add_parser(
        "transfers",
        help=translate(
            "CliSyncTransfers", "cấp tỉnh: tệp chuyển sinh hoạt với tỉnh, thành phố khác"
        ),
    )
    verbs = transfers.add_subparsers(
        dest="transfers_verb", metavar=translate("CliSyncTransfers", "LỆNH"), required=True
    )
    export = verbs.add_parser(
        "export",
        parents=[common],
        help=translate(
            "CliSyncTransfers", "ghi tệp cho cấp tỉnh khác (hội viên chuyển đi, câu trả lời)"
        ),
    )
    export.add_argument(
        "--province",
        required=True,
        help=translate("CliSyncTransfers", "mã tỉnh, thành phố nhận (2 chữ số)"),
    )
    export.add_argument(
        "--to", required=True, help=translate("CliSyncTransfers", "thư mục đích, ví dụ ổ USB")
    )
    export.set_defaults(handler=_cmd_export)
    imports = verbs.add_parser(
        "import", parents=[common], help=translate("CliSyncTransfers", "nhập tệp của cấp tỉnh khác")
    )
    imports.add_argument("file", metavar=translate("CliSyncTransfers", "TỆP"))
    imports.add_argument(
        "--accept-key",
        metavar=translate("CliSyncTransfers", "MÃ"),
        help=translate(
            "CliSyncTransfers", "tệp đầu tiên của tỉnh đó: mã nhận diện đã so qua điện thoại"
        ),
    )
    imports.set_defaults(handler=_cmd_import)
