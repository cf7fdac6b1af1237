"""Messages raised in ``db`` shown in the interface's language, Vietnamese word for word by default.

``db`` keeps each message's template and values; the window looks the template up in the
catalogue. The English catalogue is installed on the test application only for the tests
that ask for it, and removed afterwards (the session's application is Vietnamese).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from db.engine import open_database
from db.errors import QT_TRANSLATE_NOOP, NotADatabaseError, UserError
from db.members import InvalidDraftError, MemberDraft, validate_draft
from db.validation import ValidationError
from desktop.error_text import error_text
from desktop.tasks import TaskRunner
from desktop.translations import CatalogueTranslator, compiled_catalogue

JUNK_VI = ("Tệp junk.sqlite không đọc được như một cơ sở dữ liệu (tệp hỏng hoặc không phải "
           "dữ liệu Sổ Hội).")
JUNK_EN = ("The file junk.sqlite cannot be read as a database (the file is damaged or is not "
           "Sổ Hội data).")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    compiled = compiled_catalogue("en")
    assert compiled is not None
    translator = CatalogueTranslator(qapp)
    assert translator.load_file(compiled)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _not_a_database(tmp_path: Path) -> UserError:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all, " * 100)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(junk)
    return caught.value


def _bad_member() -> InvalidDraftError:
    draft = MemberDraft(full_name="Nguyễn Thị Lan", birth_date="31/02/1990",
                        id_number="12345")
    with pytest.raises(InvalidDraftError) as caught:
        validate_draft(draft)
    return caught.value


def test_a_db_error_keeps_its_vietnamese_text_template_and_values(tmp_path: Path) -> None:
    error = _not_a_database(tmp_path)
    assert str(error) == error.message == JUNK_VI
    assert error.template == "Tệp {name} không đọc được như một cơ sở dữ liệu (tệp hỏng hoặc " \
        "không phải dữ liệu Sổ Hội)."
    assert error.params == {"name": "junk.sqlite"}


def test_vietnamese_by_default_word_for_word(tmp_path: Path, qapp: QApplication) -> None:
    assert error_text(_not_a_database(tmp_path)) == JUNK_VI
    errors = _bad_member().errors
    assert {name: error_text(text) for name, text in errors.items()} == errors


def test_opening_a_file_that_is_not_a_database_says_so_in_english(
        tmp_path: Path, english: None) -> None:
    error = _not_a_database(tmp_path)
    assert error_text(error) == JUNK_EN
    assert str(error) == JUNK_VI  # logs and tests keep the Vietnamese text


def test_the_window_s_message_is_english(tmp_path: Path, english: None) -> None:
    """The place every page reports a refusal through (TaskRunner.report) translates it."""
    shown: list[str] = []
    TaskRunner(synchronous=True).report(None, _not_a_database(tmp_path), "",
                                        problem=shown.append)
    assert shown == [JUNK_EN]


def test_a_member_form_s_field_messages_are_english(english: None) -> None:
    """Bad dates and a short CCCD number: the messages under the fields are in English."""
    error = _bad_member()
    assert set(error.errors) >= {"birth_date", "id_number"}
    shown: dict[str, str] = {}
    TaskRunner(synchronous=True).report(None, error, "", fields=shown.update)
    assert shown["id_number"] == "The CCCD number must have exactly 12 digits (it has 5)."
    assert error.errors["id_number"] == "Số CCCD phải có đúng 12 chữ số (đang có 5)."
    for name, text in shown.items():
        assert text != error.errors[name], name  # every field's message was translated


def test_a_message_without_a_template_shows_as_written(english: None) -> None:
    assert error_text(UserError("Một câu chưa có trong danh mục.")) == \
        "Một câu chưa có trong danh mục."


def test_braces_in_values_stay_plain_text(english: None) -> None:
    """A name read from a file may hold braces: they are never read as fields."""
    error = UserError(QT_TRANSLATE_NOOP("DbErrors", "Không tìm thấy tệp {name}."),
                      name="{path}{0}.sqlite")
    assert str(error) == "Không tìm thấy tệp {path}{0}.sqlite."
    assert error_text(error) == "The file {path}{0}.sqlite was not found."


def test_a_validation_error_crosses_a_process_boundary_with_its_template() -> None:
    template = QT_TRANSLATE_NOOP("DbErrors", "Lớp chỉ có {sessions} buổi.")
    error = ValidationError("birth_date", template, sessions=3)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.field, copy.message, copy.template, copy.params) == (
        "birth_date", "Lớp chỉ có 3 buổi.", "Lớp chỉ có {sessions} buổi.", {"sessions": 3})


def test_a_message_built_by_a_helper_keeps_its_template(tmp_path: Path, english: None) -> None:
    from db.register_lock import RegisterInUseError, in_use_message

    error = RegisterInUseError(in_use_message(tmp_path / "nobody.sqlite"))
    assert str(error) == ("Sổ Hội đang mở tệp dữ liệu này ở cửa sổ khác. Hãy dùng cửa sổ đó, "
                          "hoặc đóng nó rồi thử lại; chưa có gì bị thay đổi.")
    assert error_text(error) == ("Sổ Hội already has this data file open in another window. Use "
                                 "that window, or close it and try again; nothing has been "
                                 "changed.")


def _field_messages(error: InvalidDraftError) -> dict[str, str]:
    return error.errors


def test_member_gender_and_date_messages_in_both_languages(qapp: QApplication) -> None:
    import datetime as dt

    draft = MemberDraft(full_name="Nguyễn Thị Lan", birth_date="1990", gender="x")
    with pytest.raises(InvalidDraftError) as caught:
        validate_draft(draft)
    gender = _field_messages(caught.value)["gender"]
    assert gender == "Giới tính phải là Nữ hoặc Nam."
    assert error_text(gender) == "Giới tính phải là Nữ hoặc Nam."
    later = MemberDraft(full_name="Nguyễn Thị Lan", birth_date="1990",
                        joined_on=dt.date(2030, 1, 1))
    with pytest.raises(InvalidDraftError) as caught:
        validate_draft(later, today=dt.date(2026, 12, 5))
    joined = _field_messages(caught.value)["joined_on"]
    assert joined == "Ngày vào Hội không được sau ngày hôm nay."
    translator = _english(qapp)
    try:
        assert error_text(gender) == "The gender must be female or male."
        assert error_text(joined).endswith(" cannot be after today.")
        assert "Ngày" not in error_text(joined)  # the label inside is English too
    finally:
        QCoreApplication.removeTranslator(translator)


def _english(qapp: QApplication) -> CatalogueTranslator:
    compiled = compiled_catalogue("en")
    assert compiled is not None
    translator = CatalogueTranslator(qapp)
    assert translator.load_file(compiled)
    QCoreApplication.installTranslator(translator)
    return translator


def test_account_password_and_course_messages_are_english(english: None, demo_db) -> None:  # type: ignore[no-untyped-def]
    from db.accounts import _check_password
    from db.trainings import CourseDraft, InvalidCourseError, _validate_course

    errors: dict[str, str] = {}
    _check_password("lan", "khác", errors)
    assert set(errors) == {"password"}
    assert error_text(errors["password"]).startswith("The password needs at least ")
    errors.clear()
    _check_password("mat khau dai du", "mat khau khac han", errors)
    assert error_text(errors["password_again"]) == "The two passwords typed are not the same."
    with demo_db.reading() as session, pytest.raises(InvalidCourseError) as caught:
        _validate_course(session, CourseDraft(title=""))
    shown = {name: error_text(message) for name, message in caught.value.errors.items()}
    assert shown["title"] == "The course title cannot be empty."
    assert shown["start_on"] == "The start date cannot be empty."
    assert all(text.isascii() for text in shown.values()), shown


def test_no_form_message_in_db_is_a_plain_sentence() -> None:
    """Every message put into a form's error dict in ``db`` keeps its template.

    A plain or f-string sentence shows in Vietnamese in an English window.
    """
    import re

    root = Path(__file__).resolve().parents[2] / "db"
    plain = re.compile(r"""errors\[[^\]]*\] = (?:f?["']|\(\s*$|\(\s*f?["'])"""
                       r"""|Error\(\{\s*["'][^"']+["']\s*:\s*f?["']""")
    found = [f"{path.relative_to(root.parent)}:{number}"
             for path in sorted(root.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if plain.search(line)]
    assert not found, found


def test_a_backup_check_and_an_unknown_placeholder_are_english(
    tmp_path: Path, english: None
) -> None:
    from db.backup import verify_backup
    from db.report_template import UnknownPlaceholdersError

    junk = tmp_path / "copy.sqlite"
    junk.write_bytes(b"not a database " * 100)
    result = verify_backup(junk)
    assert not result.ok and "copy.sqlite" in result.message
    assert error_text(result.message) == (
        "The file copy.sqlite cannot be read as a database (the file is damaged or is not "
        "Sổ Hội data).")
    unknown = UnknownPlaceholdersError(["so_hoi_vien", "ten_xa"])
    assert str(unknown).startswith("Mẫu báo cáo có 2 chỗ điền Sổ Hội không biết: {{so_hoi_vien}}")
    assert error_text(unknown).startswith(
        "The report form has 2 fields Sổ Hội does not know: {{so_hoi_vien}}, {{ten_xa}}.")


def test_a_quarter_is_named_in_the_window_s_language(english: None) -> None:
    from db.dues import period_label

    assert period_label(2026, 3) == "Quý III năm 2026"  # the books keep their wording
    assert period_label(2026, 3, inside=True) == "quý III năm 2026"
    assert error_text(period_label(2026, 3, inside=True)) == "quarter III of 2026"
