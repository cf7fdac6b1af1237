"""This installation (a site), its peers, accounts and the audit trail."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, false
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedRecord, new_id, utc_now


class SiteMode(enum.StrEnum):
    """A commune office, the upper level that gathers its communes, or a branch's laptop."""

    COMMUNE = "commune"
    UPPER = "upper"
    BRANCH = "branch"


class Site(Base):
    """The one row that says which unit this installation serves."""

    __tablename__ = "site"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    mode: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    signing_private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    encryption_private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    last_generation: Mapped[int] = mapped_column(Integer, default=0)
    settings: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class SyncPeer(Base):
    """Another site this one exchanges packages with, and what passed between them."""

    __tablename__ = "sync_peers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), unique=True)
    signing_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    encryption_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    pinned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_generation_received: Mapped[int] = mapped_column(Integer, default=0)
    last_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_generation_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acknowledged_generation: Mapped[int] = mapped_column(Integer, default=0)


class KnownIssuer(Base):
    """Another commune of the same upper level whose certificates this site can check.

    Filled from the upper level's downward package (``db.sync.issuers``): the sibling's
    public signing key and the verification codes of its revoked certificates, so that
    a paper from the next commune is checked offline. Replaced as a whole by each
    package that carries the list.
    """

    __tablename__ = "known_issuers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    unit_code: Mapped[str] = mapped_column(String(32), unique=True)
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    revoked: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class Account(Base):
    """A person who may log in when accounts are switched on."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(12))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    branch_ids: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    """The branches a chi hội account records for (empty for commune-wide roles)."""
    sees_sensitive: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())
    """A chi hội account allowed by the admin to see ethnicity and religion."""


class AuditEvent(SyncedRecord, Base):
    """Who changed which record when, with the values before and after."""

    __tablename__ = "audit_events"

    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(12))
    changes: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
