"""The USB sticks plugged into this computer, for choosing where a package is written.

Packages and enrollment files travel on USB sticks (docs/ARCHITECTURE.md §6), and the person at the
keyboard should not have to find "E:" in a folder tree: the sync page lists the sticks
it sees, with their label and free space. Which volumes count as sticks is decided by
:func:`pick_removable`, a pure function over plain :class:`Volume` tuples, so that the
rules can be tested on any machine; :func:`removable_drives` only gathers the volumes
from Qt (and, on Windows, asks the system for each drive's type).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication, QStorageInfo

DRIVE_REMOVABLE: Final = 2
"""What ``GetDriveTypeW`` answers for a USB stick or a memory card (not a USB hard disk,
which Windows reports as fixed)."""

MOUNT_PREFIXES: Final = ("/media", "/run/media", "/mnt", "/Volumes")
"""Where Linux desktops and macOS mount removable media."""

_KIB: Final = 1024


class Volume(NamedTuple):
    """One mounted volume as Qt describes it, plus its Windows drive type.

    Attributes:
        root: the mount point ("E:/" on Windows, "/media/lan/KINGSTON" on Linux).
        name: the volume label, "" if none.
        ready: the volume can be read (a card reader with no card is not).
        read_only: nothing can be written to it.
        system: the volume holding the operating system.
        free_bytes: space this user may still write.
        drive_type: ``GetDriveTypeW`` of the root on Windows, None elsewhere.
    """

    root: str
    name: str
    ready: bool
    read_only: bool
    system: bool
    free_bytes: int
    drive_type: int | None = None


@dataclass(frozen=True)
class Drive:
    """A USB stick a file can be written to."""

    path: Path
    label: str
    free_bytes: int


def size_text(size: int) -> str:
    """Write a size the way Windows Explorer does, with a decimal comma: "3,2 GB"."""
    if size >= _KIB**3:
        return f"{size / _KIB**3:.1f} GB".replace(".", ",")
    if size >= _KIB**2:
        return f"{size / _KIB**2:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / _KIB))} KB"


def _translate(text: str) -> str:
    return QCoreApplication.translate("RemovableDrives", text)


def _is_under_mount_prefix(root: str) -> bool:
    path = PurePosixPath(root)
    return any(path.is_relative_to(prefix) and path != PurePosixPath(prefix)
               for prefix in MOUNT_PREFIXES)


def drive_label(volume: Volume, platform: str) -> str:
    """Name a stick as people see it in Explorer: "USB KINGSTON (E:) — còn trống 3,2 GB"."""
    if platform == "win32":
        where = volume.root.rstrip("/\\")
        name = volume.name
    else:
        where = volume.root.rstrip("/") or "/"
        name = volume.name or PurePosixPath(where).name
    title = f"USB {name} ({where})" if name else f"USB ({where})"
    return _translate("{title} — còn trống {free}").format(
        title=title, free=size_text(volume.free_bytes)
    )


def pick_removable(volumes: list[Volume], platform: str) -> list[Drive]:
    """Keep the volumes a package can be written to and that are removable sticks.

    A volume must be ready, writable and not the system volume. On Windows it must be
    of the removable type; elsewhere it must be mounted where desktops mount removable
    media, because Linux and macOS have no such flag that Qt can read.

    Args:
        volumes: what is mounted.
        platform: ``sys.platform`` of the machine ("win32", "linux", "darwin").

    Returns:
        The sticks, in the order of their mount points.
    """
    drives = []
    for volume in volumes:
        if not volume.ready or volume.read_only or volume.system:
            continue
        if platform == "win32":
            if volume.drive_type != DRIVE_REMOVABLE:
                continue
        elif not _is_under_mount_prefix(volume.root):
            continue
        drives.append(Drive(Path(volume.root), drive_label(volume, platform),
                            volume.free_bytes))
    return sorted(drives, key=lambda drive: str(drive.path).casefold())


def _windows_drive_type(root: str) -> int | None:
    if sys.platform != "win32":
        return None
    import ctypes

    kernel32 = ctypes.windll.kernel32
    return int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(root.replace("/", "\\"))))


def mounted_volumes() -> list[Volume]:
    """Return every mounted volume, as plain tuples (may take a moment: run off the GUI)."""
    system_root = QStorageInfo.root().rootPath()
    return [
        Volume(
            root=info.rootPath(),
            name=info.name(),
            ready=info.isValid() and info.isReady(),
            read_only=info.isReadOnly(),
            system=info.isRoot() or info.rootPath() == system_root,
            free_bytes=max(0, info.bytesAvailable()),
            drive_type=_windows_drive_type(info.rootPath()),
        )
        for info in QStorageInfo.mountedVolumes()
    ]


def removable_drives() -> list[Drive]:
    """Return the USB sticks plugged in now, ready to be written to."""
    return pick_removable(mounted_volumes(), sys.platform)
