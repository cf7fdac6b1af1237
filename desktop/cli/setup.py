"""``sohoi init`` and ``sohoi demo``: choosing the unit of a register, or filling a demo one."""

from __future__ import annotations

import argparse
from typing import Any

from desktop import paths
from desktop.cli.common import open_register, translate


def _cmd_init(args: argparse.Namespace) -> int:
    from db.site import init_site

    database = open_register(args)
    with database.transaction() as session:
        site = init_site(session, args.unit, upper=args.upper)
    mode = translate("CliSetup", "cấp trên") if site.is_upper else translate("CliSetup", "cơ sở")
    print(
        translate("CliSetup", "Đã thiết lập {union_name} (mã {unit_code}, chế độ {mode}).").format(
            union_name=site.union_name, unit_code=site.unit_code, mode=mode
        )
    )
    print(translate("CliSetup", "Dữ liệu: {place}").format(place=database.label))
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
        translate(
            "CliSetup",
            "Đã tạo dữ liệu mẫu cho {unit_name}: {communes} xã, {members} "
            "hội viên, {branches} chi hội, {meetings} buổi sinh hoạt, "
            "{courses} lớp tập huấn, {certificates} giấy chứng nhận "
            "({seconds:.1f} giây).",
        ).format(
            unit_name=summary.unit_name,
            communes=number(summary.communes),
            members=number(summary.members),
            branches=number(summary.branches),
            meetings=number(summary.meetings),
            courses=number(summary.courses),
            certificates=number(summary.certificates),
            seconds=summary.seconds,
        )
    )
    print(translate("CliSetup", "Dữ liệu: {place}").format(place=database.label))
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``init`` and ``demo``."""
    init = verbs.add_parser(
        "init", parents=[common], help=translate("CliSetup", "thiết lập đơn vị cho tệp dữ liệu")
    )
    init.add_argument(
        "--unit", required=True, help=translate("CliSetup", "mã xã/phường (5 chữ số) hoặc mã tỉnh")
    )
    init.add_argument(
        "--upper",
        action="store_true",
        help=translate("CliSetup", "chế độ cấp trên (tỉnh, thành phố)"),
    )
    init.set_defaults(handler=_cmd_init)

    demo = verbs.add_parser(
        "demo",
        parents=[common],
        help=translate(
            "CliSetup", "tạo dữ liệu mẫu (mặc định vào tệp xã mẫu riêng, không bao giờ vào sổ thật)"
        ),
    )
    demo.add_argument(
        "--unit", help=translate("CliSetup", "mã xã (hoặc mã tỉnh khi có --communes)")
    )
    demo.add_argument(
        "--members", type=int, default=8000, help=translate("CliSetup", "số hội viên (tổng)")
    )
    demo.add_argument(
        "--communes", type=int, default=0, help=translate("CliSetup", "số xã (chế độ cấp trên)")
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("CliSetup", "hạt giống ngẫu nhiên")
    )
    demo.set_defaults(handler=_cmd_demo)
