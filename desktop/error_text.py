"""The text the window and the command line show for an error raised in ``db``.

``db`` marks its message templates for the catalogue but cannot translate them (it
never imports Qt); here the template is looked up in the chosen language and its values
put back in. A message raised without a template (a plain sentence, an f-string) is not
in the catalogue and shows as it was written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from db.errors import ERRORS_CONTEXT, fill


def error_text(error: object,
               translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """Return the message of a refusal from ``db`` in the interface's language.

    Works for :class:`db.errors.UserError`, :class:`db.validation.ValidationError` and
    the :class:`db.errors.Message` texts a ``FieldsError`` gathers (all keep ``template``
    and ``params``); anything else shows its ``str()``.

    Args:
        error: what ``db`` raised, or one message of a ``FieldsError``.
        translate: the catalogue lookup; the window's application catalogue unless
            the command line passes its own (``desktop.cli.common.translate``).
    """
    template = getattr(error, "template", None)
    params = getattr(error, "params", None)
    if not isinstance(template, str):
        message = getattr(error, "message", None)
        return message if isinstance(message, str) else str(error)
    # A value that is itself a message (a field's label inside the sentence) is shown
    # in the same language; values read from files or typed are plain text, shown as is.
    values = {name: error_text(value, translate) if hasattr(value, "template") else value
              for name, value in (params if isinstance(params, dict) else {}).items()}
    translated = translate(ERRORS_CONTEXT, template)
    try:
        return fill(translated, values)
    except (KeyError, IndexError, ValueError):
        # A translation whose fields do not match the template's (a catalogue slip):
        # the Vietnamese text is still right, so show that rather than nothing.
        return fill(template, values)


def db_label(label: str,
             translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """Return a word ``db`` marked in its catalogue (a field's name) in the chosen language.

    Such words come to the screens as data (a column to import into, the field a
    message is about), so no ``tr()`` of a widget can find them.
    """
    return translate(ERRORS_CONTEXT, label)
