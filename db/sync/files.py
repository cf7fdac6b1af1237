"""Writing a package to a folder or a USB stick so that a pulled stick leaves no half file.

The bytes go to a temporary file beside the target, are flushed to the device, renamed
into place, and then read back from the device and compared, because cheap USB sticks
acknowledge writes they have not made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from pathlib import Path

from db.backup import fsync_folder
from db.errors import QT_TRANSLATE_NOOP, UserError
from db.sync.container import MAX_PACKAGE_BYTES
from db.sync.errors import PackageTooLargeError


def package_name(sender_code: str, recipient_code: str, on: dt.date, generation: int) -> str:
    """Return a package's file name: who, to whom, when, which generation."""
    return f"SoHoi_{sender_code}_gui_{recipient_code}_{on:%Y-%m-%d}_lan{generation:04d}.sohoi"


def make_folder(folder: Path) -> None:
    """Create a destination folder, or say in Vietnamese why it cannot be.

    Raises:
        UserError: the path is a file, read-only, or on a drive that went away.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("DbErrors", "Không tạo được thư mục {folder} ({error}). "
            "Hãy chọn thư mục khác hoặc cắm lại USB."), folder=folder, error=error.strerror or error
        ) from error


READ_STEP = 1024**2
"""Bytes read per step from a package file (a USB stick may be slow or pulled out)."""


def read_package_file(path: Path, limit: int | None = None) -> bytes:
    """Read a package or an enrollment file in bounded steps, refusing a huge one.

    The size is checked before reading, and again while reading (a file may grow, or a
    device report a wrong size), so a file named ``.sohoi`` that is really a disk image
    is refused without being loaded into memory.

    Raises:
        PackageTooLargeError: the file exceeds ``limit`` (by default the package limit).
        UserError: the file is gone, unreadable, or the stick was pulled out.
    """
    most = MAX_PACKAGE_BYTES if limit is None else limit
    too_large = PackageTooLargeError(
        f"Tệp {path.name} quá lớn để là gói dữ liệu Sổ Hội (hơn {most // 1024**2} MB). "
        "Hãy chọn đúng tệp .sohoi do Sổ Hội xuất ra. Dữ liệu không thay đổi."
    )
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > most:
                raise too_large
            parts: list[bytes] = []
            total = 0
            while chunk := handle.read(min(READ_STEP, most + 1 - total)):
                parts.append(chunk)
                total += len(chunk)
                if total > most:
                    raise too_large
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("DbErrors", "Không đọc được tệp {name} ({error}). "
            "Hãy kiểm tra USB rồi thử lại."), name=path.name, error=error.strerror or error
        ) from error
    return b"".join(parts)


def write_file_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all, then check what landed.

    Raises:
        UserError: the folder cannot be written, the device is full or was removed,
            or the bytes read back differ from those written.
    """
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
        fsync_folder(target.parent)
        written = target.read_bytes()
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Không ghi được tệp vào {parent} ({error}). Hãy kiểm tra USB hoặc thư mục (còn "
                "chỗ trống, không bị khóa ghi) rồi thử lại.",
            ),
            parent=target.parent,
            error=error.strerror or error,
        ) from error
    if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
        with contextlib.suppress(OSError):
            target.unlink()
        raise UserError(
            QT_TRANSLATE_NOOP(
                "DbErrors",
                "Tệp ghi ra {parent} đọc lại không khớp: USB có thể bị lỗi. Hãy dùng USB khác rồi "
                "xuất lại.",
            ),
            parent=target.parent,
        )
