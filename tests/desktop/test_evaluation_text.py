"""The lines that explain an evaluation: composed from db's figures, in the reader's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from db.engine import Database
from db.evaluation import CLASS_LABELS, evaluation_view
from db.site import get_site
from desktop.evaluation_text import explanation_lines
from desktop.translations import CatalogueTranslator, compiled_catalogue

TODAY = dt.date(2026, 11, 25)
VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def _view(database: Database):  # type: ignore[no-untyped-def]
    with database.reading() as session:
        unit = get_site(session).unit_id
        return evaluation_view(session, unit, 2026, TODAY, {"5": 4, "6": 3})


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    compiled = compiled_catalogue("en")
    assert compiled is not None
    translator = CatalogueTranslator()
    assert translator.load_file(compiled)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_lines_are_vietnamese_by_default(qapp: object, demo_db: Database) -> None:
    """What the page, the printouts and the exports showed before, word for word."""
    view = _view(demo_db)
    lines = explanation_lines(view)
    lost = [c for c in view.criteria if c.lost]
    assert lost and len(lines) == len(lost) + 1
    first = lost[0]
    assert lines[0] == (f"Tiêu chí {first.code} ({first.text}): {first.points}/"
                        f"{first.max_points} điểm, mất {first.lost}.")
    reached = view.reached_threshold
    rule = (f"từ {reached} điểm trở lên" if reached is not None
            else f"dưới {view.lowest_threshold} điểm")
    assert lines[-1] == (f"Tổng {view.total}/{view.max_total} điểm, {rule}: "
                         f"{CLASS_LABELS[view.classification]}.")


def test_the_lines_are_english_with_the_english_catalogue(english: None,
                                                          demo_db: Database) -> None:
    view = _view(demo_db)
    lines = explanation_lines(view)
    first = next(c for c in view.criteria if c.lost)
    assert lines[0].startswith(f"Criterion {first.code} (")
    assert lines[0].endswith(f"{first.points}/{first.max_points} points, {first.lost} lost.")
    assert lines[-1].startswith(f"Total {view.total}/{view.max_total} points, ")
    # The criterion's own text is data from the set; the words around it are English.
    assert not VIETNAMESE & set(lines[-1].casefold())
