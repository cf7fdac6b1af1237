"""The English catalogue: in step with the code's tr() strings, complete, and used at start.

The language is chosen when the application starts, and the test session's application is
Vietnamese; the English window is therefore opened in a child process (``english_probe``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.translations import source_catalogue, update_catalogue

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_the_catalogue_holds_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code, into a copy, finds nothing new, nothing gone, nothing unfinished."""
    shipped = source_catalogue("en")
    copy = tmp_path / "sohoi_en.ts"
    shutil.copyfile(shipped, copy)
    update_catalogue(copy)
    before, after = _messages(shipped), _messages(copy)
    assert sorted(set(after) - set(before)) == []  # strings of the code not in the catalogue
    assert sorted(set(before) - set(after)) == []  # strings the code no longer has
    unfinished = [key for key, message in after.items()
                  if message.find("translation").get("type") is not None  # type: ignore[union-attr]
                  or not (message.findtext("translation") or "").strip()]
    assert unfinished == []


def test_every_placeholder_of_a_source_is_in_its_translation() -> None:
    wrong = []
    for (context, source), message in _messages(source_catalogue("en")).items():
        translation = message.findtext("translation") or ""
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(
                set(PLACEHOLDER.findall(translation))):
            wrong.append((context, source, translation))
    assert wrong == []


def test_no_translation_is_left_in_vietnamese() -> None:
    """Letters only Vietnamese uses betray a string copied, not translated.

    Proper names of Vietnamese places, examples of names and the program's own name keep
    their letters; everything else must not have them.
    """
    allowed = ("Xã Tiên Hưng, tỉnh Hưng Yên", "Hội LHPN xã Tân Lễ", "Sổ Hội", "Nguyễn Thị",
               "Thôn Đông", "Tổ dân phố", "CHỦ TỊCH", "QĐ-HLHPN")
    vietnamese = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
                            re.IGNORECASE)
    left = []
    for (_context, source), message in _messages(source_catalogue("en")).items():
        text = message.findtext("translation") or ""
        for name in allowed:
            text = text.replace(name, "")
        if vietnamese.search(text):
            left.append((source, text))
    assert left == []


def _run_probe(tmp_path: Path, register: Path, language: str) -> dict[str, object]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), SOHOI_HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM="offscreen", SOHOI_LANG=language)
    out = tmp_path / f"{language}.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.desktop.english_probe", str(register), str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text("utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def english(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return _run_probe(tmp_path_factory.mktemp("english"), demo_file, "en")


def test_with_sohoi_lang_en_the_main_window_speaks_english(english: dict[str, object]) -> None:
    navigation = english["navigation"]
    assert "Members" in navigation and "Settings" in navigation  # type: ignore[operator]
    assert "Hội viên" not in navigation  # type: ignore[operator]
    assert english["menus"][:2] == ["&File", "&Edit"]  # type: ignore[index]
    assert "Add member" in english["members_buttons"] or any(  # type: ignore[operator]
        "Import from Excel" in text for text in english["members_buttons"])  # type: ignore[union-attr]


def test_in_english_qt_keeps_its_own_english_buttons(english: dict[str, object]) -> None:
    """Qt's Vietnamese catalogue is not installed when the interface is English."""
    assert english["qt_cancel"] == "Cancel"


def test_in_vietnamese_qt_buttons_are_vietnamese(demo_file: Path, tmp_path: Path) -> None:
    vietnamese = _run_probe(tmp_path, demo_file, "vi")
    assert vietnamese["qt_cancel"] == "Hủy"
    assert "Hội viên" in vietnamese["navigation"]  # type: ignore[operator]


def test_the_register_labels_list_is_in_step_with_db() -> None:
    """Statuses, kinds, titles and roles reach the screens as data: each must be listed."""
    from desktop.register_labels import LABELS, register_labels

    assert list(LABELS) == register_labels()


def test_a_fresh_clone_compiles_the_catalogue_it_loads(tmp_path: Path) -> None:
    """No .qm is committed: lrelease from the PySide6 wheel builds one that Qt can load."""
    from PySide6.QtCore import QTranslator

    from desktop.translations import compile_catalogue

    target = tmp_path / "cache" / "sohoi_en.qm"
    compile_catalogue(source_catalogue("en"), target)
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("MainWindow", "Hội viên") == "Members"
    assert not list(tmp_path.rglob("*.partial"))


def _accelerators(texts: list[str]) -> set[str]:
    """Return the letters marked with ``&`` more than once among ``texts``."""
    seen: dict[str, int] = {}
    for text in texts:
        for match in re.finditer(r"&([^&\s;])", text.replace("&nbsp;", " ")):
            key = match.group(1).casefold()
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}


def test_accelerators_of_a_dialog_do_not_clash_more_than_in_vietnamese() -> None:
    """Alt+letter must still reach one control; the menus (one context, several menus) apart."""
    tree = ET.parse(source_catalogue("en"))
    clashes = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        if name == "WindowMenus":
            continue
        messages = list(context.iter("message"))
        english = _accelerators([m.findtext("translation") or "" for m in messages])
        vietnamese = _accelerators([m.findtext("source") or "" for m in messages])
        if len(english) > len(vietnamese):
            clashes.append((name, sorted(english)))
    assert clashes == []
