"""Declarative base and the columns every travelling record carries.

Records move between sites on USB sticks (docs/ARCHITECTURE.md §6). A record created at a
commune must keep its identity at the upper level, so keys are UUIDs made where the
record is born, never autoincrement numbers. ``owner_unit_id`` says whose office may
edit it; ``deleted_at`` keeps a tombstone so that a removal travels like any other
change; ``version`` counts edits and doubles as the optimistic lock for the
multi-user server setup.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
import uuid
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names let Alembic alter constraints on SQLite (batch mode) and
# keep migrations identical on PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_clock_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """Return a fresh record key: a time-ordered UUID (version 7, RFC 9562).

    Text UUIDs read the same in SQLite and PostgreSQL. Putting the time first keeps
    new keys at the end of every index on them, so loading a province's packages
    appends to the B-trees instead of scattering writes across gigabytes. Within one
    millisecond a 12-bit counter keeps the keys increasing, so records created in one
    action sort in the order they were made.
    """
    global _last_ms, _counter  # noqa: PLW0603 - the process-wide clock of new keys
    with _clock_lock:
        now = time.time_ns() // 1_000_000
        if now > _last_ms:
            _last_ms, _counter = now, 0
        else:
            _counter += 1
            if _counter > 0xFFF:
                _last_ms, _counter = _last_ms + 1, 0
        milliseconds, counter = _last_ms, _counter
    random_bits = int.from_bytes(os.urandom(8), "big") & (2**62 - 1)
    return uuid7(milliseconds, (counter << 64) | random_bits)


def uuid7(milliseconds: int, random_bits: int) -> str:
    """Build a version-7 UUID from a Unix time in milliseconds and 80 bits.

    Bits 64-75 of the 80 are the ``rand_a`` field (a counter in :func:`new_id`); bits
    76-79 and 62-63 are overwritten by the version and the variant.
    """
    value = ((milliseconds & (2**48 - 1)) << 80) | (random_bits & (2**80 - 1))
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return str(uuid.UUID(int=value))


STABLE_NAMESPACE = uuid.UUID("5f0d1c9e-4b7a-4c1e-9a59-3d2f8e6b1a70")
"""Namespace of :func:`stable_id` (a fixed random UUID of this project)."""


def stable_id(*parts: str) -> str:
    """Return the key of a record that two sites create independently.

    An official unit (a commune from the national catalog) and the default catalogs a
    province publishes are written by every site that needs them: the upper level and
    each of its communes. Random keys would give the same commune two identities, and
    the members a commune sends up would point at a unit the upper level does not know.
    A name-based UUID (version 5) of the natural key gives every site the same key.
    """
    return str(uuid.uuid5(STABLE_NAMESPACE, "/".join(parts)))


def utc_now() -> dt.datetime:
    """Return the current UTC time without tzinfo (SQLite keeps no zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    """Root of every mapped class."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedRecord:
    """Mixin for records that travel in sync packages."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    owner_unit_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        """Use ``version`` as SQLAlchemy's version counter (optimistic locking)."""
        return {"version_id_col": cls.version}
