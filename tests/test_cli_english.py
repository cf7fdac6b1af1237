"""The command line in English when the interface is English, in Vietnamese by default.

The help of every verb and sub-verb is checked in this process (the parser built after
choosing the language); ``sohoi --help`` and a few verbs also run as a person runs them,
with ``SOHOI_LANG`` in their environment.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import build_parser
from desktop.cli.common import use_language

ROOT = Path(__file__).resolve().parents[1]
VIETNAMESE = re.compile(r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]",
                        re.IGNORECASE)
NAME = "Sổ Hội"
"""The program's name, written the same way in every language."""


def vietnamese_letters(text: str) -> list[str]:
    """Return the lines of ``text`` that hold a Vietnamese letter (the name aside)."""
    return [line for line in text.replace(NAME, "").splitlines() if VIETNAMESE.search(line)]


def sohoi(language: str | None, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "SOHOI_LANG"}
    env["SOHOI_HOME"] = str(home)
    if language:
        env["SOHOI_LANG"] = language
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def every_help(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str]]:
    """Yield (command, help text) of the parser and of every sub-command below it."""
    yield parser.prog, parser.format_help()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from every_help(child)


@pytest.fixture
def english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("SOHOI_HOME", str(tmp_path))
    assert use_language("en") == "en"
    yield
    use_language("vi")


def test_the_help_of_every_command_is_english(english: None) -> None:
    helps = dict(every_help(build_parser()))
    assert len(helps) > 60  # every verb and sub-verb
    leftovers = {command: lines for command, text in helps.items()
                 if (lines := vietnamese_letters(text))}
    assert leftovers == {}


def test_the_help_is_vietnamese_by_default(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOHOI_HOME", str(tmp_path))
    monkeypatch.delenv("SOHOI_LANG", raising=False)
    assert use_language() == "vi"
    helps = dict(every_help(build_parser()))
    silent = [command for command, text in helps.items()
              if "-h, --help" in text and not vietnamese_letters(text)
              and text.count("\n  --") > 1]
    assert silent == []  # a verb with options of its own explains them in Vietnamese


@pytest.mark.parametrize("args", [
    ("--help",), ("members", "--help"), ("sync", "import", "--help"),
    ("backup", "restore", "--help"), ("units", "merge", "--help"),
])
def test_sohoi_help_follows_sohoi_lang(tmp_path: Path, args: tuple[str, ...]) -> None:
    english = sohoi("en", *args, home=tmp_path)
    assert english.returncode == 0, english.stderr
    assert vietnamese_letters(english.stdout) == []
    vietnamese = sohoi(None, *args, home=tmp_path)
    assert vietnamese.returncode == 0, vietnamese.stderr
    assert vietnamese_letters(vietnamese.stdout)
    assert english.stdout != vietnamese.stdout


def test_the_saved_setting_chooses_english(tmp_path: Path) -> None:
    """The language saved in settings (no SOHOI_LANG) applies to the command line too."""
    settings = tmp_path / "settings" / "SoHoi"
    settings.mkdir(parents=True)
    (settings / "SoHoi.ini").write_text("[interface]\nlanguage=en\n", encoding="utf-8")
    shown = sohoi(None, "--help", home=tmp_path)
    assert shown.returncode == 0 and "COMMAND" in shown.stdout
    assert vietnamese_letters(shown.stdout) == []


def test_the_command_line_s_own_messages_are_english(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.sqlite")
    english = sohoi("en", "db", "check", "--db", missing, home=tmp_path)
    assert english.returncode == 1
    assert english.stderr.startswith("Error: There is no file ")
    assert vietnamese_letters(english.stderr) == []
    vietnamese = sohoi("vi", "db", "check", "--db", missing, home=tmp_path)
    assert vietnamese.returncode == 1
    assert vietnamese.stderr.startswith("Lỗi: Không có tệp ")
