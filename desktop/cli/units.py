"""``sohoi units merge|split|handover|receive``: merging and splitting communes from a terminal.

The same steps as the "Hợp nhất xã" dialog of the upper level: a dry run first (branches
mapped by name, person pairs found in two registers, counts per kind), then one
transaction once every doubtful pair has a decision (``--same ID:ID`` or
``--different ID:ID``). ``handover`` writes the new commune's first package with its
register; ``receive`` imports it at the new commune's office.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import UserError
from desktop.cli.common import translate
from desktop.formatting import date as format_date
from desktop.formatting import number

if TYPE_CHECKING:
    from db.unit_merge import MergePlan

Opener = Callable[[argparse.Namespace], Any]

_YES = {"c", "co", "có", "y", "yes"}


def _day(text: str) -> dt.date:
    """Read a YYYY-MM-DD day for argparse, with a message people can act on."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CliUnits", "ngày {text!r} không đúng dạng NĂM-THÁNG-NGÀY, ví dụ 2025-07-01"
            ).format(text=text)
        ) from None


def decisions_of(same: Sequence[str], different: Sequence[str]) -> dict[str, str]:
    """Return the pair decisions typed as ``ID:ID`` (either order).

    Raises:
        UserError: a pair not written as two keys joined by a colon.
    """
    from db.unit_merge import DIFFERENT, SAME, pair_key

    decisions: dict[str, str] = {}
    for values, decision in ((same, SAME), (different, DIFFERENT)):
        for value in values:
            parts = value.split(":")
            if len(parts) != 2 or not all(part.strip() for part in parts):
                raise UserError(
                    translate(
                        "CliUnits", "Cặp {value!r} phải viết dạng MÃ_HỘI_VIÊN:MÃ_HỘI_VIÊN."
                    ).format(value=value)
                )
            decisions[pair_key(parts[0].strip(), parts[1].strip())] = decision
    return decisions


def plan_json(plan: MergePlan, decisions: dict[str, str]) -> dict[str, Any]:
    """Return the dry run as plain JSON for scripts."""
    def person(record: Any) -> dict[str, Any]:
        return {"member_id": record.member_id, "full_name": record.full_name,
                "birth_date": record.birth_date, "id_number": record.id_number,
                "commune": record.commune_name, "branch": record.branch_name}

    return {
        "kind": plan.kind,
        "into": {"code": plan.into_code, "name": plan.into_name},
        "on": plan.on.isoformat(),
        "sources": [
            {"code": s.code, "name": s.name, "counts": dict(s.counts)} for s in plan.sources
        ],
        "branches": [
            {"name": b.name, "sources": list(b.sources), "members": b.members}
            for b in plan.branches
        ],
        "pairs": [
            {"key": p.key, "reason": p.reason, "certain": p.certain,
             "decision": "same" if p.certain else decisions.get(p.key),
             "first": person(p.first), "second": person(p.second)}
            for p in plan.pairs
        ],
        "members_total": plan.members_total,
        "members_after": plan.members_after(decisions),
        "undecided": len(plan.undecided(decisions)),
    }


def plan_lines(plan: MergePlan, decisions: dict[str, str]) -> list[str]:
    """Return the dry run as lines for a person (plain text)."""
    from db.unit_merge import COUNTED

    verb = (
        translate("CliUnits", "Hợp nhất")
        if plan.kind == "merge"
        else translate("CliUnits", "Chia tách")
    )
    lines = [
        translate("CliUnits", "{verb} vào {into_name} (mã {into_code}) ngày {on}:").format(
            verb=verb, into_name=plan.into_name, into_code=plan.into_code, on=format_date(plan.on)
        )
    ]
    for source in plan.sources:
        counts = ", ".join(
            f"{label.lower()} {number(source.count(kind))}" for kind, label in COUNTED
        )
        lines.append(
            translate("CliUnits", "  {name} (mã {code}): {counts}").format(
                name=source.name, code=source.code, counts=counts
            )
        )
    lines.append(
        translate("CliUnits", "Chi hội của xã mới ({branches}), ghép theo tên:").format(
            branches=len(plan.branches)
        )
    )
    for branch in plan.branches:
        lines.append(
            translate("CliUnits", "  {name} ← {items} ({members} hội viên)").format(
                name=branch.name, items="; ".join(branch.sources), members=number(branch.members)
            )
        )
    certain = [p for p in plan.pairs if p.certain]
    lines.append(
        translate("CliUnits", "Cùng một người (trùng CCCD và họ tên): {certain}").format(
            certain=len(certain)
        )
    )
    for pair in certain:
        lines.append(f"  {pair.first.full_name} ({pair.first.commune_name} / "
                     f"{pair.second.commune_name})")
    doubtful = plan.doubtful
    lines.append(
        translate("CliUnits", "Cặp cần xem lại: {doubtful}").format(doubtful=len(doubtful))
    )
    for pair in doubtful:
        reason = (
            translate("CliUnits", "trùng CCCD, khác họ tên")
            if pair.reason == "cccd"
            else translate("CliUnits", "trùng họ tên, ngày sinh")
        )
        choice = {
            "same": translate("CliUnits", "cùng một người"),
            "different": translate("CliUnits", "khác người"),
        }.get(decisions.get(pair.key, ""), translate("CliUnits", "CHƯA QUYẾT ĐỊNH"))
        lines.append(f"  {pair.key}: {pair.first.full_name} ({pair.first.birth_display or '—'}, "
                     f"{pair.first.commune_name}) / {pair.second.full_name} "
                     f"({pair.second.birth_display or '—'}, {pair.second.commune_name}) — "
                     f"{reason} — {choice}")
    lines.append(
        translate(
            "CliUnits", "Hội viên: {members_total} trong các sổ cũ, {decisions} trong sổ mới."
        ).format(
            members_total=number(plan.members_total),
            decisions=number(plan.members_after(decisions)),
        )
    )
    return lines


def _run(args: argparse.Namespace, open_database: Opener, plan_of: Callable[[Any], Any],
         apply: Callable[[Any, dict[str, str]], Any]) -> int:
    decisions = decisions_of(args.same or (), args.different or ())
    database = open_database(args)
    with database.transaction() as session:
        plan = plan_of(session)
    if args.format == "json" and (args.dry_run or not args.yes):
        print(json.dumps(plan_json(plan, decisions), ensure_ascii=False, indent=2))
    elif args.format != "json":
        print("\n".join(plan_lines(plan, decisions)))
    if args.dry_run:
        return 0
    undecided = plan.undecided(decisions)
    if undecided:
        print(
            translate(
                "CliUnits",
                "Lỗi: còn {undecided} cặp cần xem lại; thêm --same MÃ:MÃ hoặc "
                "--different MÃ:MÃ cho từng cặp. Dữ liệu không thay đổi.",
            ).format(undecided=len(undecided)),
            file=sys.stderr,
        )
        return 1
    if not args.yes:
        print(
            translate("CliUnits", "Thực hiện? Gõ c rồi Enter để đồng ý, Enter để thôi: "),
            end="",
            flush=True,
        )
        if sys.stdin.readline().strip().lower() not in _YES:
            print(translate("CliUnits", "Đã thôi; dữ liệu không thay đổi."))
            return 0
    with database.transaction() as session:
        result = apply(session, decisions)
    if args.format == "json":
        print(json.dumps({"into": result.into_code, "members": result.members,
                          "duplicates": result.duplicates, "branches": result.branches,
                          "closed": list(result.closed)}, ensure_ascii=False, indent=2))
    else:
        closed = (
            translate("CliUnits", "; đã đóng {items}").format(items=", ".join(result.closed))
            if result.closed
            else ""
        )
        print(
            translate(
                "CliUnits",
                "Xong: {members} hội viên vào xã {into_code} ({duplicates} bản "
                "trùng gộp lại, {branches} chi hội){closed}. Giao sổ cho xã: "
                "sohoi units handover --commune {into_code} --out THƯ_MỤC",
            ).format(
                members=number(result.members),
                into_code=result.into_code,
                duplicates=result.duplicates,
                branches=result.branches,
                closed=closed,
            )
        )
    return 0


def cmd_merge(args: argparse.Namespace, open_database: Opener) -> int:
    """Dry-run or merge communes into a new commune."""
    from db.unit_merge import merge_communes, plan_merge

    on = args.on or dt.date.today()
    return _run(
        args, open_database,
        lambda session: plan_merge(session, args.codes, args.into, on),
        lambda session, decisions: merge_communes(session, args.codes, args.into, on,
                                                  decisions),
    )


def cmd_split(args: argparse.Namespace, open_database: Opener) -> int:
    """Dry-run or split chosen branches (or a village) off into a new commune."""
    from db.unit_merge import plan_split, split_commune

    on = args.on or dt.date.today()
    branches = args.branch or ()
    return _run(
        args, open_database,
        lambda session: plan_split(session, args.code, args.into, on, branch_names=branches,
                                   village=args.village),
        lambda session, _decisions: split_commune(session, args.code, args.into, on,
                                                  branch_names=branches, village=args.village),
    )


def cmd_merge_file(args: argparse.Namespace, open_database: Opener) -> int:
    """At a commune office: dry-run or merge another old register held as a file."""
    from db.unit_merge import merge_register_file, plan_register_file

    on = args.on or dt.date.today()
    path = Path(args.file)
    return _run(
        args, open_database,
        lambda session: plan_register_file(session, path, on),
        lambda session, decisions: merge_register_file(session, path, on, decisions),
    )


def cmd_split_branch(args: argparse.Namespace, open_database: Opener) -> int:
    """At a commune office: move a village's members of a branch into a new branch."""
    from db.unit_merge import find_branch, plan_branch_split, split_branch

    with open_database(args).transaction() as session:
        branch_id = find_branch(session, args.branch)
        plan = plan_branch_split(session, branch_id, args.village, args.name)
    print(
        translate(
            "CliUnits", "{branch_name} → {new_name}: {members} hội viên ở thôn “{village}”."
        ).format(
            branch_name=plan.branch_name,
            new_name=plan.new_name,
            members=len(plan.members),
            village=args.village,
        )
    )
    for name in plan.members:
        print(f"  {name}")
    if args.dry_run:
        return 0
    if not args.yes:
        print(
            translate("CliUnits", "Thực hiện? Gõ c rồi Enter để đồng ý, Enter để thôi: "),
            end="",
            flush=True,
        )
        if sys.stdin.readline().strip().lower() not in _YES:
            print(translate("CliUnits", "Đã thôi; dữ liệu không thay đổi."))
            return 0
    with open_database(args).transaction() as session:
        _new, moved = split_branch(session, find_branch(session, args.branch), args.village,
                                   args.name)
    print(
        translate("CliUnits", "Xong: {moved} hội viên sang chi hội mới.").format(
            moved=number(moved)
        )
    )
    return 0


def cmd_handover(args: argparse.Namespace, open_database: Opener) -> int:
    """Write the new commune's handover package (its register) at the upper level."""
    from db.sync.handover import write_handover

    with open_database(args).transaction() as session:
        result = write_handover(session, args.commune, Path(args.out))
    print(
        translate(
            "CliUnits", "Đã ghi gói giao sổ cho {recipient_name}: {path} ({value} hội viên)."
        ).format(
            recipient_name=result.recipient_name,
            path=result.path,
            value=number(result.counts.get("members", 0)),
        )
    )
    return 0


def cmd_receive(args: argparse.Namespace, open_database: Opener) -> int:
    """Import the handover package at the new commune's office."""
    from db.sync.handover import import_handover

    with open_database(args).transaction() as session:
        result = import_handover(session, Path(args.file).read_bytes())
    print(
        translate(
            "CliUnits", "Đã nhận sổ từ {sender_name}: {value} hội viên, {value2} giấy chứng nhận."
        ).format(
            sender_name=result.sender_name,
            value=number(result.counts.get("members", 0)),
            value2=number(result.counts.get("certificates", 0)),
        )
    )
    return 0


def _decision_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", type=_day, metavar=translate("CliUnits", "NĂM-THÁNG-NGÀY"),
                        help=translate("CliUnits", "ngày hợp nhất (mặc định: hôm nay)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("CliUnits", "chỉ xem trước, không thay đổi dữ liệu"))
    parser.add_argument(
        "--yes", action="store_true", help=translate("CliUnits", "thực hiện không hỏi lại")
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--same",
        action="append",
        metavar=translate("CliUnits", "MÃ:MÃ"),
        help=translate("CliUnits", "cặp cần xem lại là cùng một người (lặp lại cho nhiều cặp)"),
    )
    parser.add_argument("--different", action="append", metavar=translate("CliUnits", "MÃ:MÃ"),
                        help=translate("CliUnits", "cặp cần xem lại là hai người khác nhau"))


def add_units_parser(verbs: Any, common: argparse.ArgumentParser, open_database: Opener) -> None:
    """Add ``sohoi units …`` to the command line."""
    units = verbs.add_parser(
        "units", help=translate("CliUnits", "cấp trên: hợp nhất, chia tách xã; giao sổ cho xã mới")
    )
    units_verbs = units.add_subparsers(
        dest="units_verb", metavar=translate("CliUnits", "LỆNH"), required=True
    )

    def handler(function: Callable[[argparse.Namespace, Opener], int]) -> Any:
        return lambda args: function(args, open_database)

    merge = units_verbs.add_parser("merge", parents=[common],
                                   help=translate("CliUnits", "hợp nhất 2–4 xã vào một mã xã mới"))
    merge.add_argument("codes", nargs="+", metavar=translate("CliUnits", "MÃ_XÃ"))
    merge.add_argument("--into", required=True, metavar=translate("CliUnits", "MÃ_XÃ_MỚI"))
    _decision_options(merge)
    merge.set_defaults(handler=handler(cmd_merge))

    split = units_verbs.add_parser(
        "split",
        parents=[common],
        help=translate("CliUnits", "tách chi hội (hoặc một thôn) của xã sang xã mới"),
    )
    split.add_argument("code", metavar=translate("CliUnits", "MÃ_XÃ"))
    split.add_argument("--into", required=True, metavar=translate("CliUnits", "MÃ_XÃ_MỚI"))
    split.add_argument("--branch", action="append", metavar=translate("CliUnits", "TÊN_CHI_HỘI"))
    split.add_argument("--village", metavar=translate("CliUnits", "THÔN"))
    _decision_options(split)
    split.set_defaults(handler=handler(cmd_split))

    merge_file = units_verbs.add_parser(
        "merge-file",
        parents=[common],
        help=translate(
            "CliUnits", "xã: hợp nhất sổ cũ của một xã khác (tệp .sqlite) vào sổ của xã mình"
        ),
    )
    merge_file.add_argument("file", metavar=translate("CliUnits", "TỆP_SỔ"))
    _decision_options(merge_file)
    merge_file.set_defaults(handler=handler(cmd_merge_file))

    split_branch = units_verbs.add_parser(
        "split-branch", parents=[common],
        help=translate("CliUnits", "xã: tách hội viên một thôn của chi hội sang chi hội mới"))
    split_branch.add_argument("branch", metavar=translate("CliUnits", "TÊN_CHI_HỘI"))
    split_branch.add_argument("--village", required=True, metavar=translate("CliUnits", "THÔN"))
    split_branch.add_argument(
        "--name", required=True, metavar=translate("CliUnits", "TÊN_CHI_HỘI_MỚI")
    )
    split_branch.add_argument("--dry-run", action="store_true")
    split_branch.add_argument("--yes", action="store_true")
    split_branch.set_defaults(handler=handler(cmd_split_branch))

    handover = units_verbs.add_parser(
        "handover",
        parents=[common],
        help=translate("CliUnits", "ghi gói giao sổ cho xã mới sau khi hợp nhất"),
    )
    handover.add_argument("--commune", required=True, metavar=translate("CliUnits", "MÃ_XÃ"))
    handover.add_argument("--out", required=True, metavar=translate("CliUnits", "THƯ_MỤC"))
    handover.set_defaults(handler=handler(cmd_handover))

    receive = units_verbs.add_parser(
        "receive",
        parents=[common],
        help=translate("CliUnits", "xã mới: nhập gói giao sổ của cấp trên"),
    )
    receive.add_argument("file", metavar=translate("CliUnits", "TỆP"))
    receive.set_defaults(handler=handler(cmd_receive))


def register(verbs: Any, common: argparse.ArgumentParser) -> None:
    """Add ``units`` (the registry's entry point for this verb)."""
    from desktop.cli.common import open_register

    add_units_parser(verbs, common, open_register)


__all__ = ["add_units_parser", "decisions_of", "plan_json", "plan_lines", "register"]
