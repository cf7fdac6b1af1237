"""The inside of a package: a manifest and the rows of each table, as JSON.

JSON keeps the format readable by any future tool and costs little here: the values
are already the plain strings and integers SQLite stores, so encoding 55,000 rows is a
single fast ``json.dumps``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from db.sync.errors import DamagedPackageError
from db.sync.issuers import IssuerEntry, check_issuers
from db.sync.tables import ORDER, Direction, TableRows, check_table


@dataclass(frozen=True)
class Manifest:
    """What the sender says the payload holds."""

    direction: Direction
    acknowledges: int
    counts: dict[str, int]


@dataclass(frozen=True)
class Payload:
    """A decoded, checked payload."""

    manifest: Manifest
    tables: dict[str, TableRows]
    issuers: list[IssuerEntry] | None = None
    """The upper level's list of sibling communes' keys (downward only; None if absent)."""


def encode(
    direction: Direction,
    acknowledges: int,
    tables: Mapping[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]],
    issuers: list[dict[str, Any]] | None = None,
) -> bytes:
    """Return the payload bytes for the given tables (columns and rows).

    ``issuers`` (downward only) lists the sibling communes' public keys and revoked
    certificate codes (:func:`db.sync.issuers.issuer_entries`); a reader that predates
    it ignores the extra key.
    """
    document: dict[str, Any] = {
        "manifest": {
            "direction": str(direction),
            "acknowledges": acknowledges,
            "counts": {name: len(rows) for name, (_columns, rows) in tables.items()},
        },
        "tables": {
            name: {"columns": list(columns), "rows": rows}
            for name, (columns, rows) in tables.items()
        },
    }
    if issuers is not None:
        document["issuers"] = issuers
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _invalid() -> DamagedPackageError:
    return DamagedPackageError(
        "Nội dung gói dữ liệu không đọc được. Hãy nhờ bên gửi xuất gói mới bằng Sổ Hội. "
        "Dữ liệu không thay đổi."
    )


def decode(data: bytes) -> Payload:
    """Parse and check a payload; every table is checked by :func:`check_table`.

    Raises:
        DamagedPackageError: anything that is not a well-formed payload, including
            counts that disagree with the rows.
    """
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _invalid() from error
    if not isinstance(document, dict):
        raise _invalid()
    manifest_raw, tables_raw = document.get("manifest"), document.get("tables")
    if not isinstance(manifest_raw, dict) or not isinstance(tables_raw, dict):
        raise _invalid()
    counts = manifest_raw.get("counts")
    acknowledges = manifest_raw.get("acknowledges")
    try:
        direction = Direction(str(manifest_raw.get("direction")))
    except ValueError as error:
        raise _invalid() from error
    if (
        not isinstance(counts, dict)
        or type(acknowledges) is not int
        or acknowledges < 0
        or set(counts) != set(tables_raw)
        or not set(tables_raw) <= set(ORDER)
        or not all(type(n) is int for n in counts.values())
    ):
        raise _invalid()
    tables = {name: check_table(name, raw) for name, raw in tables_raw.items()}
    if any(len(tables[name].rows) != counts[name] for name in tables):
        raise _invalid()
    issuers = None
    if "issuers" in document:
        if direction is not Direction.DOWN:
            raise _invalid()
        issuers = check_issuers(document["issuers"])
    return Payload(
        manifest=Manifest(direction=direction, acknowledges=acknowledges, counts=dict(counts)),
        tables=tables,
        issuers=issuers,
    )
