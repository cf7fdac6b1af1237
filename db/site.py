"""Setting up a site: which unit this installation serves, and its default catalogs.

A commune site stores its commune and the commune's parent (today the province, before
2025 the district); an upper-level site stores its own unit and receives its communes
with their packages. The default topic catalog, targets and standards are owned by the
upper level, because it is the one that publishes them downward.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import catalog
from db.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, SiteNotSetUpError, UserError
from db.models import Site, SiteMode, Standard, Target, Topic, Unit, UnitLevel, stable_id
from resources import resource_path


@dataclass(frozen=True)
class SiteInfo:
    """What this installation is, as the screens and the command line need it."""

    unit_id: str
    unit_code: str
    unit_name: str
    union_name: str
    mode: str
    parent_unit_id: str | None
    parent_name: str | None

    @property
    def is_upper(self) -> bool:
        """Tell whether this site gathers the data of its communes."""
        return self.mode == SiteMode.UPPER

    @property
    def is_branch(self) -> bool:
        """Tell whether this site is a branch's laptop, synced with its commune."""
        return self.mode == SiteMode.BRANCH


class SettingConflictError(ConcurrentChangeError):
    """Someone else changed a setting after the person's form read it.

    Attributes:
        stored: the setting's value stored now, to show beside hers.
    """

    def __init__(self, stored: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "DbErrors",
            "Cài đặt này vừa được sửa ở nơi khác; những gì bạn nhập chưa được lưu."))
        self.stored = stored


def refuse_if_moved(stored: object, seen: object | None, asked: object) -> None:
    """Refuse a setting's change when it moved on from what the form showed.

    Args:
        stored: the value stored now.
        seen: what the form showed when it opened (None: do not compare).
        asked: the value being saved (the same change made twice is no conflict).

    Raises:
        SettingConflictError: ``stored`` is neither ``seen`` nor ``asked``.
    """
    if seen is not None and stored not in (seen, asked):
        raise SettingConflictError(stored)


def site_to_change(session: Session) -> Site | None:
    """Return the site row, held until the transaction ends, to change its settings.

    The settings are one JSON value: a writer reads it, adds its key and writes the
    whole value back. On a server two staff doing that at once (one setting the
    certificate numbering, one the backup passphrase) would each write back a value
    without the other's key, or both find "no passphrase yet" and both set one. The
    row lock makes the second wait and read what the first wrote. A SQLite register
    has one writer at a time already; the lock changes nothing there.
    """
    return session.scalars(
        select(Site).with_for_update().execution_options(populate_existing=True)
    ).first()


def get_site(session: Session) -> SiteInfo:
    """Return this site's identity.

    Raises:
        SiteNotSetUpError: no unit was chosen yet (first run).
    """
    site = session.scalars(select(Site)).first()
    if site is None:
        raise SiteNotSetUpError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cơ sở dữ liệu chưa được thiết lập: hãy chọn xã (phường) hoặc cấp trên trước.",
            ),
        )
    return _site_info(session, site)


def screens_site(site: SiteInfo) -> SiteInfo:
    """Return the site as the screens use it: on a branch site, its commune's register.

    A branch site holds a part of its commune's register (its own members, their
    trainings, the meetings it records), keyed by the commune exactly as at the commune.
    The screens therefore list and record for the commune, where only that branch is
    present; sync keeps the branch as this site's identity (docs/ARCHITECTURE.md §6).
    """
    if not site.is_branch or site.parent_unit_id is None:
        return site
    return replace(site, unit_id=site.parent_unit_id)


def find_site(session: Session) -> SiteInfo | None:
    """Return this site's identity, or None on first run."""
    site = session.scalars(select(Site)).first()
    return None if site is None else _site_info(session, site)


def _site_info(session: Session, site: Site) -> SiteInfo:
    unit = session.get_one(Unit, site.unit_id)
    parent = session.get(Unit, unit.parent_id) if unit.parent_id else None
    return SiteInfo(
        unit_id=unit.id,
        unit_code=unit.code,
        unit_name=unit.name,
        union_name=unit.name if site.mode == SiteMode.BRANCH else catalog.union_name(unit.name),
        mode=site.mode,
        parent_unit_id=parent.id if parent else None,
        parent_name=catalog.union_name(parent.name) if parent else None,
    )


def ensure_official_unit(session: Session, code: str, owner_unit_id: str | None = None) -> Unit:
    """Return the unit row for an official code, creating it (and its province) if needed."""
    entry = catalog.find(code)
    existing = session.scalars(
        select(Unit).where(Unit.code == entry.code, Unit.official.is_(True))
    ).first()
    if existing is not None:
        return existing
    parent = (
        ensure_official_unit(session, entry.parent_code, owner_unit_id)
        if entry.parent_code
        else None
    )
    unit = Unit(
        id=stable_id("unit", entry.code),
        code=entry.code,
        name=entry.name,
        level=UnitLevel.PROVINCE if entry.level == "province" else UnitLevel.COMMUNE,
        parent_id=parent.id if parent else None,
        official=True,
        sort_key=catalog.unit_sort_key(entry.name),
        owner_unit_id="",
    )
    session.add(unit)
    session.flush()
    # An official unit belongs to its parent's office (the catalog is published from
    # above); a province belongs to itself.
    unit.owner_unit_id = owner_unit_id or (parent.id if parent else unit.id)
    session.flush()
    return unit


def init_site(session: Session, unit_code: str, *, upper: bool = False) -> SiteInfo:
    """Make this database the register of one commune, or of an upper-level unit.

    Raises:
        UserError: the database is already set up, or the code does not fit the mode.
        NotFoundError: the code is not in the official catalog.
    """
    if session.scalars(select(Site)).first() is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cơ sở dữ liệu này đã được thiết lập cho một đơn vị; không thể đổi.",
            ),
        )
    entry = catalog.find(unit_code)
    if upper and entry.level != "province":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Chế độ cấp trên cần mã tỉnh, thành phố; {name} là đơn vị cấp xã.",
            ),
            name=entry.name,
        )
    if not upper and entry.level != "commune":
        raise UserError(
            QT_TRANSLATE_NOOP("DbErrors", "Cần mã xã, phường hoặc đặc khu; {name} là cấp tỉnh. "
            "Dùng chế độ cấp trên (--upper) cho tỉnh, thành phố."), name=entry.name
        )
    unit = ensure_official_unit(session, entry.code)
    from db.sync.keys import generate_keys

    keys = generate_keys()
    session.add(
        Site(
            unit_id=unit.id,
            mode=SiteMode.UPPER if upper else SiteMode.COMMUNE,
            signing_private_key=keys.signing_private,
            encryption_private_key=keys.encryption_private,
        )
    )
    publisher = unit.id if upper else (unit.parent_id or unit.id)
    seed_default_catalogs(session, publisher)
    session.flush()
    return get_site(session)


def init_branch_site(session: Session, branch_id: str) -> SiteInfo:
    """Make this database a branch's laptop, synced by file with its commune.

    The branch's unit row (and its commune above it) is already stored, from the
    enrollment file the commune wrote; the catalogs came with it.

    Raises:
        UserError: the database is already set up.
    """
    if session.scalars(select(Site)).first() is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Cơ sở dữ liệu này đã được thiết lập cho một đơn vị; không thể đổi.",
            ),
        )
    from db.sync.keys import generate_keys

    keys = generate_keys()
    session.add(
        Site(
            unit_id=branch_id,
            mode=SiteMode.BRANCH,
            signing_private_key=keys.signing_private,
            encryption_private_key=keys.encryption_private,
        )
    )
    session.flush()
    return get_site(session)


def seed_default_catalogs(
    session: Session, publisher_unit_id: str, today: dt.date | None = None
) -> None:
    """Store the Đề án 1893 topics, targets and title standards as editable data."""
    year = (today or dt.date.today()).year
    owner = publisher_unit_id
    topics = json.loads(resource_path("catalogs", "topics.json").read_text(encoding="utf-8"))
    for position, topic in enumerate(topics):
        key = stable_id(owner, "topic", topic["code"])
        session.add(Topic(id=key, owner_unit_id=owner, position=position, **topic))
    targets = json.loads(resource_path("catalogs", "targets.json").read_text(encoding="utf-8"))
    yearly = [(y, t) for y in (year - 1, year) for t in targets["yearly"]]
    for target_year, target in [*yearly, *((2030, t) for t in targets["by_2030"])]:
        key = stable_id(owner, "target", str(target_year), target["category"], target["metric"])
        session.add(Target(id=key, owner_unit_id=owner, year=target_year, **target))
    standards = json.loads(
        resource_path("catalogs", "standards.json").read_text(encoding="utf-8")
    )
    for standard in standards:
        key = stable_id(owner, "standard", standard["title"], standard["kind"])
        session.add(Standard(id=key, owner_unit_id=owner, **standard))


def set_up_again_refusal(session: Session) -> str | None:
    """Say why the unit can no longer be chosen again, or None while the register is empty.

    The wizard's choice is for good once the register holds anything of the unit: a
    member (even a deleted one), a meeting or course, or a package sent or received
    (the other side knows this site by its unit and keys). Before that, a wrong choice
    costs nothing to undo.
    """
    from sqlalchemy import func

    from db.models import Course, Meeting, Member, SyncPeer

    site = session.scalars(select(Site)).first()
    if site is None:
        return "Chưa thiết lập đơn vị nào."
    if session.scalar(select(func.count()).select_from(Member)):
        return "Sổ đã có hội viên; đơn vị không đổi được nữa."
    if (session.scalar(select(func.count()).select_from(Meeting))
            or session.scalar(select(func.count()).select_from(Course))):
        return "Sổ đã có buổi sinh hoạt hoặc lớp tập huấn; đơn vị không đổi được nữa."
    exchanged = session.scalar(select(func.count()).select_from(SyncPeer).where(
        (SyncPeer.last_generation_received > 0) | (SyncPeer.last_generation_sent > 0)))
    if site.last_generation or exchanged:
        return "Sổ đã gửi hoặc nhận gói dữ liệu; đơn vị không đổi được nữa."
    return None
