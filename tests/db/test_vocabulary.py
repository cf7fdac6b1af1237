"""One home per word: every list round-trips, and every layer speaks its words."""

from __future__ import annotations

import pytest

from db.demo import vocabulary as demo
from db.vocabulary import (
    ETHNICITY,
    GENDER,
    MEMBER_KIND,
    MEMBER_STATUS,
    RELIGION,
    VOCABULARIES,
    Term,
    Vocabulary,
    spelling_key,
)


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.name)
def test_every_spelling_maps_to_its_canonical_value(vocabulary: Vocabulary) -> None:
    for spelling, code in vocabulary.spellings():
        assert vocabulary.canonical(spelling) == code, spelling
        assert vocabulary.canonical(spelling.upper()) == code, spelling
        assert vocabulary.canonical(f"  {spelling.lower()} ") == code, spelling


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.name)
def test_every_canonical_value_has_a_label(vocabulary: Vocabulary) -> None:
    labels = vocabulary.labels
    assert list(labels) == list(vocabulary.codes)
    assert all(label.strip() for label in labels.values())
    assert len(set(labels.values())) == len(labels), "two values share a label"
    for code in vocabulary.codes:
        assert code in vocabulary
        assert vocabulary.label(code) == labels[code]
        assert vocabulary.canonical(vocabulary.label(code)) == code


def test_usual_variant_spellings() -> None:
    for typed in ("Tin lành", "Tin Lành", "tin lanh", "TIN LÀNH", "Đạo Tin lành"):
        assert RELIGION.canonical(typed) == "Tin lành"
    # Old and new tone placement, and the longer official name.
    for typed in ("Hoà Hảo", "Hòa Hảo", "hoa hao", "Phật giáo Hòa Hảo", "PGHH"):
        assert RELIGION.canonical(typed) == "Hòa Hảo"
    assert RELIGION.canonical("Thiên Chúa giáo") == "Công giáo"
    assert RELIGION.canonical("ko") == "Không"
    for typed in ("H'Mông", "H'mông", "Hmong", "Mông", "HMÔNG"):
        assert ETHNICITY.canonical(typed) == "H'Mông"
    for typed in ("Ê Đê", "Ê-đê", "Êđê", "ede"):
        assert ETHNICITY.canonical(typed) == "Ê Đê"
    assert ETHNICITY.canonical("kinh") == "Kinh"
    assert GENDER.canonical("x") == "female"
    assert GENDER.canonical("Nam giới") == "male"
    assert MEMBER_KIND.canonical("đương nhiên") == "automatic"
    assert MEMBER_STATUS.canonical("đã mất") == "deceased"


def test_unknown_values_are_kept_as_typed_and_labels_fall_back() -> None:
    assert RELIGION.canonical("Bà La Môn") is None
    assert RELIGION.normalise("  Bà La  Môn ") == "Bà La Môn"
    assert RELIGION.normalise("   ") == ""
    assert MEMBER_STATUS.label("archived") == "archived"


def test_the_official_list_of_peoples_is_complete() -> None:
    assert len(ETHNICITY.codes) == 54


def test_a_spelling_meaning_two_terms_is_refused() -> None:
    with pytest.raises(ValueError, match="means two terms"):
        Vocabulary("broken", (Term("a", "Hòa"), Term("b", "Hoà")))
    assert spelling_key("Hoà") == spelling_key("Hòa") == "hoa"


def test_demo_data_uses_the_listed_spellings() -> None:
    for value, _weight in demo.RELIGIONS:
        assert RELIGION.canonical(value) == value
    for value, _weight in demo.ETHNICITIES:
        assert ETHNICITY.canonical(value) == value


def test_old_label_tables_are_the_vocabulary() -> None:
    from db.audit import VALUE_LABELS
    from db.meetings import ATTENDANCE_LABELS, MEETING_KIND_LABELS
    from db.members import KIND_LABELS, STATUS_LABELS
    from db.officers import EMPLOYMENT_LABELS, TITLE_LABELS
    from db.targets import CATEGORY_LABELS, CATEGORY_ORDER
    from db.targets import FUNDING_SOURCE_LABELS as TARGET_FUNDING
    from db.trainings import FUNDING_SOURCE_LABELS as COURSE_FUNDING
    from db.vocabulary import (
        ATTENDANCE,
        EMPLOYMENT,
        FUNDING_SOURCE,
        MEETING_KIND,
        OFFICER_CATEGORY,
        TITLE,
    )

    assert MEMBER_STATUS.labels == STATUS_LABELS
    assert MEMBER_KIND.labels == KIND_LABELS
    assert TITLE.labels == TITLE_LABELS
    assert EMPLOYMENT.labels == EMPLOYMENT_LABELS
    assert MEETING_KIND.labels == MEETING_KIND_LABELS
    assert ATTENDANCE.labels == ATTENDANCE_LABELS
    assert TARGET_FUNDING == COURSE_FUNDING == FUNDING_SOURCE.labels
    assert OFFICER_CATEGORY.labels == CATEGORY_LABELS
    assert OFFICER_CATEGORY.codes == CATEGORY_ORDER
    assert VALUE_LABELS["gender"] == GENDER.labels


def test_officer_categories_are_the_targets_categories() -> None:
    from db.officers import CATEGORY_LABELS, OfficerCategory
    from db.vocabulary import OFFICER_CATEGORY

    assert OFFICER_CATEGORY.codes == tuple(OfficerCategory)
    assert OFFICER_CATEGORY.labels == CATEGORY_LABELS
