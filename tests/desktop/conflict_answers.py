"""Answering the conflict dialog in tests without showing it."""

from __future__ import annotations

from collections.abc import Sequence

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
