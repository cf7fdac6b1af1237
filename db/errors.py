"""Errors a person can act on, with the message to show them in Vietnamese.

Everything else that goes wrong is a bug and is shown as such; keeping the two apart
lets the application say "the file is from a newer version" instead of a traceback.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass

ERRORS_CONTEXT = "DbErrors"
"""The catalogue context of every message raised in ``db`` (one place to translate them)."""


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark a message template for the catalogue and return it unchanged.

    ``db`` must not import Qt, yet its messages are what the window and the command
    line show. ``pyside6-lupdate`` recognises calls by this name, so the templates land
    in the catalogue; the interface translates ``error.template`` when it shows an error
    (``desktop/error_text.py``), while ``str(error)`` and logs stay Vietnamese.
    """
    del context
    return template


def fill(template: str, params: Mapping[str, object]) -> str:
    """Put the values into a template's ``{name}`` fields.

    Without values the template is the text itself, so a message that holds a brace
    and has no values needs no doubling. Values are inserted as plain text: a name read
    from a file that holds braces is never read as a field.
    """
    return template.format_map(dict(params)) if params else template


class Message(str):
    """A message's Vietnamese text that remembers its template and values.

    It is the text itself (compared, joined and logged like any string), so code that
    gathers messages, such as a form's ``FieldsError``, keeps what the interface needs
    to show them in another language.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, params: Mapping[str, object] | None = None) -> Message:
        """Put the values into the template; keep both beside the text."""
        values = dict(params or {})
        text = super().__new__(cls, fill(template, values))
        text.template = template
        text.params = values
        return text


class UserError(Exception):
    """A known problem with a message fit for the person at the keyboard.

    Attributes:
        message: the Vietnamese text, what ``str(error)`` gives.
        template: the message before its values were put in (the catalogue's key).
        params: the values for the template's ``{name}`` fields.
    """

    def __init__(self, message: str, **params: object) -> None:
        if isinstance(message, Message) and not params:
            # A helper built the message: keep its template and values.
            params = dict(message.params)
            message = message.template
        text = Message(message, params)
        super().__init__(str(text))
        self.message: str = text
        self.template = message
        self.params: dict[str, object] = params


class FieldsError(Exception):
    """Messages per field of a form, all at once (not only the first one).

    Services raise a subclass named after what was checked (``InvalidDraftError``,
    ``InvalidCourseError``…); forms show each message under its field.
    """

    def __init__(self, errors: dict[str, str] | None = None) -> None:
        self.errors: dict[str, str] = dict(errors or {})
        super().__init__(self.errors)

    def __str__(self) -> str:
        return "; ".join(self.errors.values())


class NotADatabaseError(UserError):
    """The file is not a Sổ Hội database (or not SQLite at all)."""


class SchemaTooNewError(UserError):
    """The database was written by a newer version of the application."""


class SiteNotSetUpError(UserError):
    """The database exists but no commune or upper-level unit was chosen yet."""


class ConcurrentChangeError(UserError):
    """Someone else saved the same record between this person's reading and her save.

    Row versions (``SyncedRecord.version``) catch it: a form's draft carries the version
    it read, and two saves of one version at the same moment make the second UPDATE
    find no row, which SQLAlchemy reports as ``StaleDataError``. Nothing is written.
    """


class NotFoundError(UserError):
    """A record or code that was asked for does not exist."""


class Cancelled(Exception):  # noqa: N818 - named after what happened, like the others
    """The work stopped before its end and changed nothing.

    Either the person pressed "Hủy", or a newer request replaced a read (a search
    superseded by the next keystroke, see ``db.cancel``). Not a UserError: nothing went
    wrong and nothing is shown.
    """


@dataclass(frozen=True)
class KnownSituation:
    """A failure that is not a bug: the computer, the disk or another program is in the way.

    Attributes:
        kind: what is in the way (one of the ``*_SITUATION`` constants), for tests and logs.
        message: what happened, in plain Vietnamese.
        advice: what the person can do about it.
    """

    kind: str
    message: str
    advice: str


DISK_FULL = "disk_full"
LOCKED = "locked"
READ_ONLY = "read_only"
REMOVED = "removed"
SERVER_GONE = "server_gone"

_SITUATIONS = {
    DISK_FULL: KnownSituation(
        DISK_FULL,
        "Ổ đĩa đã đầy nên chưa ghi được. Những gì vừa làm chưa được lưu.",
        "Hãy xóa bớt tệp không cần trên ổ đĩa (hoặc chép sang ổ khác), rồi bấm lưu lại.",
    ),
    LOCKED: KnownSituation(
        LOCKED,
        "Tệp sổ đang bị một chương trình khác giữ nên chưa ghi được.",
        "Hãy đóng chương trình đang mở tệp sổ (một Sổ Hội khác, phần mềm sao lưu, "
        "trình chép tệp), chờ một lát rồi thử lại.",
    ),
    READ_ONLY: KnownSituation(
        READ_ONLY,
        "Tệp hoặc thư mục chỉ cho đọc, không cho ghi nên chưa lưu được.",
        "Nếu tệp đang mở trong chương trình khác (Excel…), hãy đóng lại. Nếu sổ nằm trên "
        "đĩa CD hay thư mục chỉ đọc, hãy chép vào máy hoặc nhờ người quản trị máy cho "
        "phép ghi, rồi thử lại.",
    ),
    REMOVED: KnownSituation(
        REMOVED,
        "Không còn truy cập được tệp hay ổ đĩa đang dùng (có thể USB vừa bị rút ra).",
        "Hãy cắm lại USB hoặc kiểm tra ổ đĩa, rồi thử lại. Dữ liệu đã lưu trước đó "
        "không bị ảnh hưởng.",
    ),
    SERVER_GONE: KnownSituation(
        SERVER_GONE,
        "Mất kết nối tới máy chủ cơ sở dữ liệu nên việc vừa làm chưa được lưu.",
        "Hãy kiểm tra mạng và máy chủ (hoặc hỏi người quản trị), rồi thử lại. Dữ liệu đã "
        "lưu trước đó trên máy chủ không bị ảnh hưởng.",
    ),
}

_ERRNOS = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: REMOVED,
    errno.ENOENT: REMOVED,
    errno.ENODEV: REMOVED,
    errno.ENXIO: REMOVED,
}


def situation(kind: str) -> KnownSituation:
    """Return the message and advice for one kind of known situation."""
    return _SITUATIONS[kind]


def known_situation(exc: BaseException) -> KnownSituation | None:
    """Tell whether a failure during an operation is a known situation, and which.

    SQLAlchemy wraps the driver's error (``.orig``) and code often re-raises with a
    cause, so the whole chain is looked at. A UserError is never a situation: it already
    carries its own message.

    Returns:
        The situation, or None when the failure is a bug (or the person's mistake).
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen or isinstance(current, UserError):
            continue
        seen.add(id(current))
        kind = _kind_of(current)
        if kind is not None:
            return _SITUATIONS[kind]
        orig = getattr(current, "orig", None)
        pending.extend([orig if isinstance(orig, BaseException) else None,
                        current.__cause__, current.__context__])
    return None


def _kind_of(exc: BaseException) -> str | None:
    # Each engine knows its driver's errors (db.dialects); imported here, not at the
    # top, because the dialects raise this module's errors.
    from db.dialects import POSTGRESQL, SQLITE

    for dialect in (SQLITE, POSTGRESQL):
        kind = dialect.situation_kind(exc)
        if kind is not None:
            return kind
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNOS.get(exc.errno)
    return None
