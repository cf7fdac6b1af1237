"""« Kết nối máy chủ »: the address remembered without its password, the wizard's page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from db.errors import UserError
from desktop.server_connection import (
    ServerConnectionDialog,
    ask_password,
    remember_server,
    remembered_server,
    with_password,
    without_password,
)
from desktop.setup_wizard import MODE_SERVER, SetupWizard, open_server_register
from tests.server_support import TestServer


@pytest.fixture
def forget() -> Iterator[None]:
    yield
    remember_server(None)


def test_the_address_is_remembered_without_its_password(qapp: object, forget: None) -> None:
    remember_server("postgresql://sohoi:bí mật@may-chu:5433/sohoi")
    stored = remembered_server()
    assert stored is not None and "bí" not in stored and "sohoi@may-chu:5433/sohoi" in stored
    assert without_password(with_password(stored, "x")) == stored
    # An address that carries its password (typed at the command line) is not asked again.
    assert ask_password(with_password(stored, "x")) == with_password(stored, "x")
    remember_server(None)
    assert remembered_server() is None


def test_the_dialog_refuses_what_is_not_a_server_address(qtbot: QtBot) -> None:
    dialog = ServerConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.address.setText(r"\\may-chu\chia-se\sohoi.sqlite")
    dialog.accept()
    assert dialog.result() != ServerConnectionDialog.DialogCode.Accepted
    assert "postgresql://" in dialog.problem.text()
    dialog.address.setText("postgresql://sohoi@may-chu/sohoi")
    dialog.password.setText("mật khẩu")
    assert dialog.chosen() == with_password("postgresql://sohoi@may-chu/sohoi", "mật khẩu")
    dialog.address.setText("")
    assert dialog.chosen() is None


def test_the_wizard_offers_the_server_and_keeps_its_address(qtbot: QtBot) -> None:
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    wizard.mode_page.server.setChecked(True)
    assert wizard.mode_page.validatePage()
    assert wizard.choice.mode == MODE_SERVER
    assert wizard.mode_page.nextId() == SetupWizard.SERVER_PAGE
    page = wizard.server_page
    assert not page.isComplete()
    page.fields.address.setText("C:/SoHoi/sohoi.sqlite")
    assert page.isComplete() and not page.validatePage()
    page.fields.address.setText("postgresql://sohoi@may-chu/sohoi")
    assert page.validatePage()
    assert wizard.choice.server_url == "postgresql://sohoi@may-chu/sohoi"
    assert page.nextId() == -1


def test_connecting_opens_the_servers_register_and_remembers_it(
        qapp: object, test_server: TestServer | None, forget: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if test_server is None:
        pytest.skip("needs SOHOI_TEST_DATABASE_URL (a PostgreSQL server)")
    import io

    from desktop.cli import run

    url = test_server.url_of(test_server.create())
    with pytest.raises(UserError, match="server init"):
        open_server_register(url)
    assert remembered_server() is None
    monkeypatch.setattr("sys.stdin", io.StringIO("mật khẩu dài 2026\n"))
    assert run(["server", "init", "--db", url, "--unit", "01", "--admin", "quantri",
                "--name", "Nguyễn Thị Lan", "--password-stdin"]) == 0
    database, site = open_server_register(url)
    database.close()
    assert site.is_upper
    assert remembered_server() == without_password(url)
