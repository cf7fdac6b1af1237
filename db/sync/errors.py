"""Why a package or an enrollment file is refused, in words an office can act on.

Every refusal leaves the database as it was. Each has its own class so that the tests
(and the command line's exit codes) can tell them apart, and its own message that says
what to do next, because the person holding the USB stick is rarely the one who made it.
"""

from __future__ import annotations

from db.errors import UserError


class PackageRefusedError(UserError):
    """A package or enrollment file that will not be imported; nothing was changed."""


class NotAPackageError(PackageRefusedError):
    """The file is not a Sổ Hội package at all."""


class DamagedPackageError(PackageRefusedError):
    """The file was cut short, altered or damaged on the way."""


class PackageTooNewError(PackageRefusedError):
    """The package was written by a newer version of Sổ Hội."""


class WrongRecipientError(PackageRefusedError):
    """The package was made for another unit."""


class HandoverPackageError(WrongRecipientError):
    """A handover package (a new commune's first register) offered to the everyday import."""


class UnknownSenderError(PackageRefusedError):
    """The sender is not enrolled here, or not the unit it should be."""


class KeyChangedError(PackageRefusedError):
    """The sender's key differs from the one pinned at its first package."""


class KeyNotConfirmedError(PackageRefusedError):
    """A first package needs the operator to confirm the sender's fingerprint."""


class AlreadyImportedError(PackageRefusedError):
    """The same generation was imported before."""


class OlderPackageError(PackageRefusedError):
    """A newer package from the same sender was already imported."""


class OutOfScopeError(PackageRefusedError):
    """The package holds a record its sender may not write."""


class NotAuthorisedError(OutOfScopeError):
    """A row breaks one of the sender's authority rules (see :mod:`db.sync.authority`).

    ``rule`` names the rule broken ("topics: owner", "training_needs.topic_id: catalog"),
    for the tests and the logs; the message names the table, the rule and the row.
    """

    rule: str = ""


class InvalidValueError(DamagedPackageError):
    """A value breaks its column's bounds or format (see :mod:`db.sync.bounds`)."""

    rule: str = ""


class PackageTooLargeError(DamagedPackageError):
    """The file, or its content once decompressed, exceeds what a package may hold."""


class ImplausibleGenerationError(PackageRefusedError):
    """A generation or an acknowledgement far beyond what was ever sent."""


class SyncNotReadyError(UserError):
    """Sync cannot run yet: keys, enrollment or the first package are missing."""
