"""``sohoi init`` and ``sohoi demo``: choosing the unit of a register, or filling a demo one."""

from __future__ import annotations

import argparse
from typing import Any

from desktop import paths
from desktop.cli.common import open_register


def _cmd_init(args: argparse.Namespace) -> int:
    from db.site import init_site

    database = open_register(args)
    with database.transaction() as session:
        site = init_site(session, args.unit, upper=args.upper)
    mode = "cấp trên" if site.is_upper else "cơ sở"
    print(f"Đã thiết lập {site.union_name} (mã {site.unit_code}, chế độ {mode}).")
    print(f"Dữ liệu: {database.label}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from db.demo.generator import build_demo
    from desktop.formatting import number

    if not args.db:
        # Invented members never go into the real register: the demo has a file of its own.
        args.db = str(paths.demo_database())
    database = open_register(args)
    summary = build_demo(
        database,
        unit_code=args.unit,
        members=args.members,
        communes=args.communes,
        seed=args.seed,
    )
    print(
        f"Đã tạo dữ liệu mẫu cho {summary.unit_name}: {number(summary.communes)} xã, "
        f"{number(summary.members)} hội viên, {number(summary.branches)} chi hội, "
        f"{number(summary.meetings)} buổi sinh hoạt, {number(summary.courses)} lớp tập huấn, "
        f"{number(summary.certificates)} giấy chứng nhận ({summary.seconds:.1f} giây)."
    )
    print(f"Dữ liệu: {database.label}")
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``init`` and ``demo``."""
    init = verbs.add_parser("init", parents=[common], help="thiết lập đơn vị cho tệp dữ liệu")
    init.add_argument("--unit", required=True, help="mã xã/phường (5 chữ số) hoặc mã tỉnh")
    init.add_argument("--upper", action="store_true", help="chế độ cấp trên (tỉnh, thành phố)")
    init.set_defaults(handler=_cmd_init)

    demo = verbs.add_parser("demo", parents=[common],
                            help="tạo dữ liệu mẫu (mặc định vào tệp xã mẫu riêng, "
                                 "không bao giờ vào sổ thật)")
    demo.add_argument("--unit", help="mã xã (hoặc mã tỉnh khi có --communes)")
    demo.add_argument("--members", type=int, default=8000, help="số hội viên (tổng)")
    demo.add_argument("--communes", type=int, default=0, help="số xã (chế độ cấp trên)")
    demo.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên")
    demo.set_defaults(handler=_cmd_demo)
