"""Someone else saving first, and answering the conflict dialog, in tests.

The "other PC" is a second connection to the same register; the dialog is answered
without being shown, and what it was shown is kept for the test to check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from sqlalchemy.orm import Session

from db.engine import Database, open_database
from desktop.widgets import conflict_dialog
from desktop.widgets.conflict_dialog import ComparedField, ConflictChoice


class Answers:
    """Records what the conflict dialog was shown and answers it.

    Put in place of ``conflict_dialog.ask_about_conflict`` (looked up at call time).
    """

    def __init__(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.shown: list[list[ComparedField]] = []

    def __call__(self, _parent: object, _what: str,
                 fields: Sequence[ComparedField]) -> ConflictChoice:
        self.shown.append(list(fields))
        return self.choice


def answering(monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice | str) -> Answers:
    """Answer every conflict dialog of the test with ``choice``."""
    answers = Answers(ConflictChoice(choice))
    monkeypatch.setattr(conflict_dialog, "ask_about_conflict", answers)
    return answers


def saved_elsewhere(database: Database, write: Callable[[Session], object]) -> None:
    """Another PC (a second connection to the same register) saves first."""
    other = open_database(database.location) if not database.is_server else database
    try:
        with other.transaction() as session:
            write(session)
    finally:
        if other is not database:
            other.close()
