"""Errors a person can act on, with the message to show them in Vietnamese.

Everything else that goes wrong is a bug and is shown as such; keeping the two apart
lets the application say "the file is from a newer version" instead of a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A known problem with a message fit for the person at the keyboard."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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


class NotFoundError(UserError):
    """A record or code that was asked for does not exist."""


class CancelledError(Exception):
    """A read was abandoned because a newer request replaced it (see ``db.cancel``).

    Not a UserError: nothing went wrong and nothing is shown; whoever started the read
    has already moved on to the newer one.
    """
