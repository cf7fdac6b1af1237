"""Moving a register from a SQLite file to a PostgreSQL server, checked row for row.

A province office that outgrew one PC moves the register it already keeps to the
office's server once, and then every PC opens the server. The move must leave nothing
behind and invent nothing: the file is opened read-only, every table is copied in the
order its foreign keys need, in one transaction on the server, and before that
transaction commits both sides are compared table by table (row counts and a digest of
every row in a form both engines give alike). Any difference rolls the whole move back
and names the table, so the server is either a faithful copy or still empty.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.accounts import accounts_enabled
from db.dialects.base import WRITE_OPTION
from db.engine import Database, stored_revision
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.revisions import head_revision

#: Rows sent to the server per batch of one table (one executemany).
BATCH_ROWS = 5000

Progress = Callable[[str, int], None]
"""Told each table's name and its row count once the table is copied."""


class MoveRefusedError(UserError):
    """The file or the server is not in a state a move can start from; nothing changed."""


class MoveMismatchError(UserError):
    """The copy on the server differs from the file; the move was rolled back."""


@dataclass
class MoveReport:
    """What a finished move copied.

    Attributes:
        counts: rows per table, the same on both sides.
        seconds: how long the copy and the check took.
        accounts_enabled: whether the register came with logins switched on (a server
            needs them: ``sohoi server admin`` adds the first quản trị otherwise).
    """

    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    accounts_enabled: bool = False

    @property
    def rows(self) -> int:
        """All rows copied."""
        return sum(self.counts.values())


def register_tables() -> list[Table]:
    """Return the register's tables, each after the tables its foreign keys point to."""
    from db.models import Base

    return list(Base.metadata.sorted_tables)


def canonical(value: object) -> object:
    """Return ``value`` in a form both engines give alike, for the rows' digest.

    SQLite hands back what its column types make of ISO text and 0/1, PostgreSQL its
    own types; dates, booleans, decimals and JSON are written out the same way here so
    only a real difference in the data changes the digest.
    """
    if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value.normalize())
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def rows_digest(rows: Iterable[Sequence[object]]) -> tuple[int, str]:
    """Return the number of rows and an order-free digest of them.

    Each row's canonical form is hashed and the hashes are added modulo 2**256: the
    engines return rows in different orders (their text orders differ), and a table's
    rows are distinct by their primary key, so the sum identifies the set.
    """
    total, count = 0, 0
    for row in rows:
        line = json.dumps([canonical(v) for v in row], ensure_ascii=False)
        total = (total + int.from_bytes(hashlib.sha256(line.encode()).digest())) % (1 << 256)
        count += 1
    return count, f"{total:064x}"


def table_digest(connection: Connection, table: Table) -> tuple[int, str]:
    """Return the row count and digest of one table as ``connection`` sees it."""
    return rows_digest(connection.execute(select(*table.columns)))


def open_source(path: Path) -> Engine:
    """Open the register file read-only, at the program's schema revision.

    Raises:
        MoveRefusedError: no such file, not a register, or a register of another
            schema revision (opening it once with this version brings it up to date).
    """
    if not path.is_file():
        raise MoveRefusedError(QT_TRANSLATE_NOOP(
            "DbErrors", "Không có tệp {path}; hãy kiểm tra lại đường dẫn. "
                        "Không có gì bị thay đổi."), path=path)
    revision = stored_revision(path)
    if revision != head_revision():
        raise MoveRefusedError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp {name} ở phiên bản lược đồ {revision}, còn phiên bản Sổ Hội này dùng "
                "{head}. Hãy mở tệp một lần bằng phiên bản này (tệp sẽ được nâng cấp, có bản "
                "sao an toàn) rồi chuyển lại. Không có gì bị thay đổi.",
            ),
            name=path.name, revision=revision or "—", head=head_revision(),
        )
    uri = path.resolve().as_uri() + "?mode=ro"
    return create_engine(f"sqlite:///{uri}&uri=true")


def check_target_empty(connection: Connection, shown: str) -> None:
    """Refuse a server database that already holds any of a register's rows.

    Raises:
        MoveRefusedError: naming the first table that has rows.
    """
    for table in register_tables():
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            raise MoveRefusedError(
                QT_TRANSLATE_NOOP(
                    "DbErrors",
                    "Cơ sở dữ liệu {shown} đã có dữ liệu (bảng {table}). Chỉ chuyển sổ vào "
                    "một cơ sở dữ liệu trống: hãy tạo cơ sở dữ liệu mới (createdb) rồi chuyển "
                    "lại. Không có gì bị thay đổi.",
                ),
                shown=shown, table=table.name,
            )


def parents_first(table: Table, rows: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Order a table's rows so a row pointing at another row of the table comes after it.

    The server checks each foreign key as the row arrives; units point to their parent
    unit and fund entries to the entry they correct, which may have been written later.
    """
    links = [(fk.parent.name, fk.column.name) for fk in table.foreign_keys
             if fk.column.table is table]
    if not links:
        return rows
    placed: set[tuple[str, object]] = set()
    ordered: list[Mapping[str, Any]] = []
    waiting = rows
    while waiting:
        later: list[Mapping[str, Any]] = []
        for row in waiting:
            if all(row[child] is None or (parent, row[child]) in placed
                   for child, parent in links):
                ordered.append(row)
                placed.update((parent, row[parent]) for _, parent in links)
            else:
                later.append(row)
        if len(later) == len(waiting):
            # A row points at a row that is missing or at itself through a cycle: send
            # it anyway and let the server's foreign key refuse it by name.
            ordered.extend(later)
            break
        waiting = later
    return ordered


def _batches(rows: Sequence[Mapping[str, Any]]) -> Iterator[Sequence[Mapping[str, Any]]]:
    for start in range(0, len(rows), BATCH_ROWS):
        yield rows[start:start + BATCH_ROWS]


def move_register(source: Path, target: Database, *,
                  progress: Progress | None = None) -> MoveReport:
    """Copy the register in ``source`` into the empty server database ``target``.

    ``target`` is open (so migrated to the program's head, as the file must be). Every
    table is copied in one transaction; the member search structures are rebuilt; then
    each table's rows are counted and digested on both sides. Only when all agree does
    the transaction commit.

    Raises:
        MoveRefusedError: the file or the target cannot take part (nothing changed).
        MoveMismatchError: a table differs after the copy (rolled back, nothing changed).
    """
    if not target.is_server:
        raise MoveRefusedError(QT_TRANSLATE_NOOP(
            "DbErrors",
            "Đích chuyển sổ phải là một cơ sở dữ liệu trên máy chủ (địa chỉ postgresql://…)."))
    started = time.perf_counter()
    report = MoveReport()
    tables = register_tables()
    source_engine = open_source(source)
    try:
        _copy_and_check(source_engine, target, tables, report, progress)
    finally:
        source_engine.dispose()
    report.seconds = time.perf_counter() - started
    return report


def _copy_and_check(source_engine: Engine, target: Database, tables: list[Table],
                    report: MoveReport, progress: Progress | None) -> None:
    """Copy, rebuild the search structures, compare; commit only if every table agrees."""
    with source_engine.connect() as reader:
        writing = target.engine.execution_options(**{WRITE_OPTION: True})
        with writing.begin() as connection:
            check_target_empty(connection, target.label)
            for table in tables:
                rows: list[Mapping[str, Any]] = [
                    dict(row) for row in reader.execute(select(table)).mappings()]
                try:
                    for batch in _batches(parents_first(table, rows)):
                        connection.execute(insert(table), list(batch))
                except DBAPIError as exc:
                    said = str(exc.orig).strip().splitlines()[0] if exc.orig else ""
                    raise MoveRefusedError(
                        QT_TRANSLATE_NOOP(
                            "DbErrors",
                            "Máy chủ không nhận một dòng của bảng {table} ({said}). Đã hủy "
                            "toàn bộ việc chuyển; máy chủ vẫn trống, tệp không bị thay đổi.",
                        ),
                        table=table.name, said=said,
                    ) from exc
                if progress is not None:
                    progress(table.name, len(rows))
            with Session(bind=connection) as session:
                target.dialect.rebuild_member_search(session)
                session.flush()
            for table in tables:
                there = table_digest(connection, table)
                here = table_digest(reader, table)
                if there != here:
                    raise MoveMismatchError(
                        QT_TRANSLATE_NOOP(
                            "DbErrors",
                            "Bảng {table} trên máy chủ khác với tệp ({there} dòng trên máy "
                            "chủ, {here} dòng trong tệp, hoặc nội dung khác). Đã hủy toàn bộ "
                            "việc chuyển; máy chủ vẫn trống, tệp không bị thay đổi.",
                        ),
                        table=table.name, there=there[0], here=here[0],
                    )
                report.counts[table.name] = here[0]
            with Session(bind=connection) as session:
                report.accounts_enabled = accounts_enabled(session)
            connection.execute(text("ANALYZE"))
        reader.rollback()
