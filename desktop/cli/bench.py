"""``sohoi bench``: the performance budgets, one JSON line per measure (see desktop/bench)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.common import translate


def _cmd_bench(args: argparse.Namespace) -> int:
    from desktop.bench.runner import run_benchmarks
    from desktop.bench.server import server_url

    only = [name.strip() for name in args.only.split(",")] if args.only else None
    server = server_url(args.server)
    for result in run_benchmarks(quick=args.quick, only=only, server=server):
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench``."""
    bench = verbs.add_parser("bench", help=translate("CliBench", "đo hiệu năng (JSON mỗi dòng)"))
    bench.add_argument(
        "--quick", action="store_true", help=translate("CliBench", "bộ đo nhanh, dữ liệu nhỏ hơn")
    )
    bench.add_argument(
        "--only", help=translate("CliBench", "chỉ chạy các phép đo này (phân cách bằng dấu phẩy)")
    )
    bench.add_argument(
        "--server",
        help=translate("CliBench", "cũng đo trên máy chủ PostgreSQL này (người dùng được tạo cơ "
                       "sở dữ liệu), đặt cạnh số đo trên tệp SQLite; hoặc biến "
                       "SOHOI_BENCH_DATABASE_URL"),
    )
    bench.set_defaults(handler=_cmd_bench)
