"""The interface language: Vietnamese (the source language of every string) or English.

The strings of the code are Vietnamese; English comes from the Qt Linguist source
``resources/translations/sohoi_en.ts``. Its compiled form (``.qm``) is never committed: the
Windows payload and ``make translations`` build it beside the source, and a fresh clone
builds it on first use into the cache folder with ``lrelease`` from the PySide6 wheel.

The language is chosen by ``SOHOI_LANG`` (``vi`` or ``en``), else by the setting saved in
Cài đặt, else Vietnamese. It applies at start: a change in settings asks for a restart.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTranslator

from desktop import paths
from resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
"""The interface languages, the first one the default (and the language of the code)."""

SETTING_KEY = "interface/language"
ENV_VAR = "SOHOI_LANG"

LABELS_CONTEXT = "labels"
"""The context of the register's own words (``desktop/register_labels.py``)."""

SHARED_CONTEXT = ""
"""The context lupdate gives to ``tr()`` calls it finds outside a class (helpers that are
handed a widget's ``tr``). At run time such a call looks in the widget's own context, so a
lookup that fails there tries this one (see :class:`CatalogueTranslator`).
"""


def configure_settings() -> None:
    """Name the program's settings store (an ini file in the data folder).

    The window and the command line both read the saved language from it, so both name it
    the same way before the first ``QSettings()``; no application object is needed.
    """
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("SoHoi")
    QCoreApplication.setApplicationName("SoHoi")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(paths.data_dir() / "settings"))


def chosen_language() -> str:
    """Return the language to start in: ``SOHOI_LANG``, else the saved setting, else vi."""
    wanted = os.environ.get(ENV_VAR, "").strip().lower()
    if wanted in LANGUAGES:
        return wanted
    saved = str(QSettings().value(SETTING_KEY, "") or "")
    return saved if saved in LANGUAGES else LANGUAGES[0]


def save_language(language: str) -> None:
    """Remember the language for the next start (the running window keeps its own)."""
    if language not in LANGUAGES:
        raise ValueError(language)
    QSettings().setValue(SETTING_KEY, language)


def source_catalogue(language: str) -> Path:
    """Return the Linguist source of a language."""
    return resource_path("translations", f"sohoi_{language}.ts")


def lrelease_program() -> Path | None:
    """Return the ``lrelease`` shipped in the PySide6 wheel, if this installation has it."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return folder / name
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def compile_catalogue(source: Path, target: Path) -> None:
    """Compile a ``.ts`` into a ``.qm`` beside ``target``'s folder, written then renamed.

    Raises:
        RuntimeError: when no ``lrelease`` is installed or it fails.
    """
    program = lrelease_program()
    if program is None:
        raise RuntimeError("lrelease is not installed (it comes with PySide6)")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".qm.partial")
    done = subprocess.run([str(program), "-silent", str(source), "-qm", str(partial)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not partial.is_file():
        raise RuntimeError(f"lrelease failed: {done.stderr.strip() or done.stdout.strip()}")
    os.replace(partial, target)


def compiled_catalogue(language: str) -> Path | None:
    """Return a ``.qm`` for the language that is at least as new as its ``.ts``.

    A built one beside the source (payload, ``make translations``) comes first; otherwise
    one in the cache folder, compiled now if missing or older than the source.
    """
    source = source_catalogue(language)
    if not source.is_file():
        return None
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cached = paths.cache_dir() / "translations" / shipped.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    try:
        compile_catalogue(source, cached)
    except (OSError, RuntimeError) as exc:
        log.warning("could not compile the %s catalogue: %s", language, exc)
        return shipped if shipped.is_file() else None
    return cached


class CatalogueTranslator(QTranslator):
    """A compiled catalogue that also finds the context-free strings from any context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = QTranslator(self)

    def load_file(self, path: Path) -> bool:
        """Load a ``.qm``; False when it cannot be read."""
        return self._catalogue.load(str(path))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        """Tell Qt whether there is anything to look up."""
        return self._catalogue.isEmpty()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Look the text up in its own context, then the context-free strings, then labels.

        None (a null string for Qt) when neither has it: an empty string would count as a
        translation and blank Qt's own English texts.
        """
        found = self._catalogue.translate(context, source, disambiguation, n)
        for fallback in (SHARED_CONTEXT, LABELS_CONTEXT):
            if not found and context != fallback:
                found = self._catalogue.translate(fallback, source, disambiguation, n)
        return found or None


def install_translators(app: QObject, language: str | None = None) -> str:
    """Install the translators of a language on the application; return the language.

    Vietnamese needs Qt's own buttons in Vietnamese (Qt ships no catalogue for them) and
    nothing for the program's strings, which are written in Vietnamese. English needs the
    program's catalogue and nothing for Qt, whose strings are English already.
    """
    from PySide6.QtCore import QCoreApplication

    language = language or chosen_language()
    if language == "vi":
        from desktop.qt_vietnamese import QtVietnamese

        QCoreApplication.installTranslator(QtVietnamese(app))
        return language
    compiled = compiled_catalogue(language)
    translator = CatalogueTranslator(app)
    if compiled is None or not translator.load_file(compiled):
        log.warning("no %s catalogue; the interface stays Vietnamese", language)
        from desktop.qt_vietnamese import QtVietnamese

        QCoreApplication.installTranslator(QtVietnamese(app))
        return "vi"
    QCoreApplication.installTranslator(translator)
    return language


def lupdate_program() -> Path | None:
    """Return the ``lupdate`` shipped in the PySide6 wheel (it reads Python sources)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).is_file():
            return folder / name
    return None


def code_sources() -> list[Path]:
    """Return the Python files whose ``tr()`` strings the catalogues translate.

    The interface's own files, and ``db``'s: its error messages are marked with
    ``QT_TRANSLATE_NOOP`` (``db/errors.py``) and shown translated by the interface.
    """
    desktop = Path(__file__).resolve().parent
    roots = (desktop, desktop.parent / "db")
    return sorted(path for root in roots for path in root.rglob("*.py")
                  if "__pycache__" not in path.parts)


def update_catalogue(target: Path, language: str = "en") -> str:
    """Bring a ``.ts`` in step with the code's strings (new ones come in unfinished).

    Returns lupdate's summary. Strings that left the code are dropped, so the file holds
    exactly what the program can ask for. The module helpers named ``_tr`` or
    ``_translate`` (outside any widget) are read as ``tr``: their strings land in the
    context-free part of the catalogue, which every lookup falls back to.
    """
    program = lupdate_program()
    if program is None:
        raise RuntimeError("lupdate is not installed (it comes with PySide6)")
    done = subprocess.run([str(program), "-silent", "-locations", "none", "-no-obsolete",
                           "-tr-function-alias", "tr+=_tr,tr+=_translate",
                           "-target-language", language,
                           *[str(path) for path in code_sources()], "-ts", str(target)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed: {done.stderr.strip()}")
    return done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    """Compile every ``.ts`` beside itself (``make translations``, the payload build).

    With ``--update``, first bring every ``.ts`` in step with the code.
    """
    arguments = sys.argv[1:] if argv is None else argv
    for source in sorted(resource_path("translations").glob("sohoi_*.ts")):
        if "--update" in arguments:
            update_catalogue(source, source.stem.removeprefix("sohoi_"))
        compile_catalogue(source, source.with_suffix(".qm"))
        print(f"{source.with_suffix('.qm')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
