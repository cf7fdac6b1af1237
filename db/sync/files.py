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
from db.errors import UserError


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
            f"Không tạo được thư mục {folder} ({error.strerror or error}). "
            "Hãy chọn thư mục khác hoặc cắm lại USB."
        ) from error


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
            f"Không ghi được tệp vào {target.parent} ({error.strerror or error}). "
            "Hãy kiểm tra USB hoặc thư mục (còn chỗ trống, không bị khóa ghi) rồi thử lại."
        ) from error
    if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
        with contextlib.suppress(OSError):
            target.unlink()
        raise UserError(
            f"Tệp ghi ra {target.parent} đọc lại không khớp: USB có thể bị lỗi. "
            "Hãy dùng USB khác rồi xuất lại."
        )
