"""Printing onto pre-printed certificate forms: positions set once, a test page, saved."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from db import certificates as certs
from db.certificate_layout import (
    BLANK_FIELDS,
    BlankLayout,
    blank_layout,
    default_layout,
    set_blank_layout,
)
from db.engine import Database
from db.models import Site
from db.site import get_site
from db.validation import ValidationError
from desktop.documents.certificate import certificate_from_row
from desktop.documents.certificate_blanks import render_blank_test_page, render_on_blanks
from desktop.pages.certificates.page import CertificatesPage
from desktop.tasks import TaskRunner

MM = 72 / 25.4


def _words(pdf: Path) -> list[tuple[str, float, float]]:
    """Return each word with its left edge and bottom in mm from the top-left corner."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" '
                       r'yMax="([\d.]+)">([^<]*)</word>', html)
    return [(word, float(x) / MM, float(y) / MM) for x, y, word in found]


def test_layout_is_stored_checked_and_read_back(commune_db: Database) -> None:
    with commune_db.reading() as session:
        assert blank_layout(session) == default_layout()
    moved = BlankLayout(positions={**default_layout().positions, "full_name": (100.0, 80.0)},
                        offset_x=2.5, offset_y=-1.5)
    with commune_db.transaction() as session:
        set_blank_layout(session, moved)
    with commune_db.reading() as session:
        assert blank_layout(session) == moved
        before = dict(session.query(Site).one().settings)
    for bad in (BlankLayout(positions={**moved.positions, "qr": (400.0, 10.0)}),
                BlankLayout(offset_x=45.0),
                BlankLayout(positions={"full_name": (1.0, 1.0)})):
        with pytest.raises(ValidationError), commune_db.transaction() as session:
            set_blank_layout(session, bad)
    with commune_db.reading() as session:
        assert session.query(Site).one().settings == before
    with commune_db.transaction() as session:  # a damaged setting falls back on defaults
        site = session.query(Site).one()
        site.settings = {**site.settings, "certificate_blank_layout": "{not json"}
    with commune_db.reading() as session:
        assert blank_layout(session) == default_layout()


def test_fields_print_at_their_positions_with_the_offset(demo_db: Database,
                                                        tmp_path: Path) -> None:
    with demo_db.reading() as session:
        [row] = certs.with_qr_texts(session, certs.list_certificates(session)[:1])
    layout = BlankLayout(positions={**default_layout().positions, "full_name": (100.0, 80.0),
                                    "number": (30.0, 195.0)}, offset_x=3.0, offset_y=2.0)
    pdf = tmp_path / "blanks.pdf"
    render_on_blanks([certificate_from_row(row)], layout, pdf)
    words = _words(pdf)
    text = " ".join(w for w, _x, _y in words)
    assert "GIẤY" not in text and "Chứng nhận" not in text  # the form has those already
    first_name = row.full_name.split()[0]
    x, y = next((x, y) for w, x, y in words if w == first_name)
    # Left edge at 100 + 3 mm; the baseline at 80 + 2 mm (the box bottom is a little lower).
    assert abs(x - 103.0) < 0.5 and 82.0 <= y <= 84.5
    number_x, number_y = next((x, y) for w, x, y in words if w == row.number)
    assert abs(number_x - 33.0) < 0.5 and 197.0 <= number_y <= 199.5
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(tmp_path / "p")], check=True)
    scanned = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary",
                              str(next(tmp_path.glob("p*.png")))],
                             capture_output=True, check=True).stdout.decode()
    assert scanned.rstrip("\n") == row.qr_text


def test_test_page_marks_every_field(tmp_path: Path) -> None:
    pdf = tmp_path / "test.pdf"
    render_blank_test_page(default_layout(), pdf)
    words = {word for word, _x, _y in _words(pdf)}
    assert {"Trang", "Nguyễn", "Mẫu", "01/2026/GCN-HLHPN"} <= words
    for _key, label, _x, _y in BLANK_FIELDS:
        assert set(label.split()) <= words, label


def test_dialog_saves_the_positions(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.pages.certificates.blank_dialog.print_folder", lambda: tmp_path)
    monkeypatch.setattr("desktop.pages.certificates.page.print_folder", lambda: tmp_path)
    with demo_db.reading() as session:
        site = get_site(session)
    page = CertificatesPage(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    dialog = page.blank_dialog()
    qtbot.addWidget(dialog)
    assert dialog.layout_value() == default_layout()
    dialog.offset_x.setValue(-2.0)
    dialog.positions["full_name"][1].setValue(95.5)
    assert dialog.test_page_pdf().read_bytes()[:5] == b"%PDF-"
    dialog.print_button.click()
    assert dialog.print_requested
    assert dialog.buttons.buttonRole(dialog.save_button) == \
        QDialogButtonBox.ButtonRole.AcceptRole
    page.save_blank_layout(dialog.layout_value())
    with demo_db.reading() as session:
        stored = blank_layout(session)
    assert stored.offset_x == -2.0 and stored.positions["full_name"][1] == 95.5
    page.load()
    page.course.setCurrentIndex(1)  # a whole class, as the print button does
    path = page.blanks_pdf(stored)
    assert path is not None and path.read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs"])
def test_positions_stored_elsewhere_meanwhile_show_both(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, choice: str,
) -> None:
    import dataclasses

    from db.certificate_layout import set_blank_layout
    from tests.desktop.conflict_answers import answering, saved_elsewhere

    with demo_db.reading() as session:
        site = get_site(session)
    page = CertificatesPage(demo_db, site, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    dialog = page.blank_dialog()
    qtbot.addWidget(dialog)
    dialog.offset_x.setValue(-2.0)
    theirs = dataclasses.replace(default_layout(), offset_y=3.5)
    saved_elsewhere(demo_db, lambda session: set_blank_layout(session, theirs))
    answers = answering(monkeypatch, choice)

    page.save_blank_layout(dialog.layout_value(), seen=dialog.seen)

    [fields] = answers.shown
    assert [(f.label, f.mine, f.theirs) for f in fields if f.differs] == [
        ("Dịch cả tờ", "-2 mm; 0 mm", "0 mm; 3.5 mm")]
    with demo_db.reading() as session:
        stored = blank_layout(session)
    assert (stored.offset_x, stored.offset_y) == ((-2.0, 0.0) if choice == "keep_mine"
                                                  else (0.0, 3.5))
