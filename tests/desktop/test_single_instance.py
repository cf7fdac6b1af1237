"""A second start on an open register brings the first window forward.

The conversation is tested in one process (the first program's server against a real
local socket) and as people meet it: two real programs on one register.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from db.demo.generator import build_demo
from db.engine import open_database
from desktop.single_instance import (
    SHOW_REQUEST,
    SHOWN_ANSWER,
    ShowRequests,
    ask_first_to_show,
    come_forward,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[ShowRequests]:
    requests = ShowRequests(tmp_path / "sohoi.sqlite")
    assert requests.listen()
    yield requests
    requests.close()


def test_the_name_follows_the_register_and_reveals_nothing(tmp_path: Path) -> None:
    register = tmp_path / "Xã Hưng Hà" / "sohoi.sqlite"
    name = server_name(register)
    assert name == server_name(tmp_path / "Xã Hưng Hà" / ".." / "Xã Hưng Hà" / "sohoi.sqlite")
    assert name != server_name(tmp_path / "other.sqlite")
    assert name.isascii() and "sohoi.sqlite" not in name and "Hưng" not in name
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        assert server_name(Path("Xã Hưng Hà/sohoi.sqlite")) == name
    finally:
        os.chdir(cwd)


def _talk(qtbot: QtBot, name: str, data: bytes) -> QLocalSocket:
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(1000)
    client.write(data)
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                    timeout=5000)
    return client


def test_the_exact_request_is_answered_and_asks_to_come_forward(
    qtbot: QtBot, listening: ShowRequests
) -> None:
    with qtbot.waitSignal(listening.show_requested, timeout=5000):
        client = _talk(qtbot, listening.name, SHOW_REQUEST)
    assert bytes(client.readAll().data()) == SHOWN_ANSWER


@pytest.mark.parametrize("data", [
    b"SoHoi show 2\n", b"hello\n", SHOW_REQUEST + b"open C:/x.sqlite\n",
    SHOW_REQUEST.upper(), b"\x00" * 64,
])
def test_anything_else_is_cut_off_unanswered(
    qtbot: QtBot, listening: ShowRequests, data: bytes
) -> None:
    asked: list[bool] = []
    listening.show_requested.connect(lambda: asked.append(True))
    client = _talk(qtbot, listening.name, data)
    qtbot.wait(50)
    assert asked == []
    assert bytes(client.readAll().data()) == b""


def test_a_request_split_in_pieces_is_still_the_request(
    qtbot: QtBot, listening: ShowRequests
) -> None:
    client = QLocalSocket()
    client.connectToServer(listening.name)
    assert client.waitForConnected(1000)
    with qtbot.waitSignal(listening.show_requested, timeout=5000):
        for byte in SHOW_REQUEST:
            client.write(bytes([byte]))
            client.flush()
            qtbot.wait(5)
    qtbot.waitUntil(lambda: client.bytesAvailable() >= len(SHOWN_ANSWER), timeout=5000)
    assert bytes(client.readAll().data()) == SHOWN_ANSWER


def test_a_silent_first_program_or_none_gets_no_answer(tmp_path: Path) -> None:
    register = tmp_path / "sohoi.sqlite"
    assert not ask_first_to_show(register)  # nothing listens
    # A program that holds the name but never answers (hung, or an older version):
    # this thread blocks in the wait, so the server here can never reply.
    silent = QLocalServer()
    assert silent.listen(server_name(register))
    try:
        assert not ask_first_to_show(register, timeout_ms=300)
    finally:
        silent.close()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_a_name_left_by_a_crash_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    register = tmp_path / "sohoi.sqlite"
    leftover = Path(QDir.tempPath()) / server_name(register)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(leftover))  # a socket file nobody listens on, as after a crash
    dead.close()
    assert leftover.exists()
    requests = ShowRequests(register)
    try:
        assert requests.listen()
        with qtbot.waitSignal(requests.show_requested, timeout=5000):
            _talk(qtbot, requests.name, SHOW_REQUEST)
    finally:
        requests.close()


def test_coming_forward_unminimises_the_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    assert window.isMinimized()
    come_forward(window)
    assert not window.isMinimized() and window.isVisible()


# -- two real programs ------------------------------------------------------------


def _log_text(home: Path) -> str:
    log = home / "logs" / "sohoi.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def _wait_for(condition: object, what: str, first: subprocess.Popen[bytes]) -> None:
    """Wait for a start-up to reach a point (a generous bound: CI machines are slow)."""
    deadline = time.monotonic() + 120
    while not condition():  # type: ignore[operator]
        assert first.poll() is None, f"the first program ended before {what}"
        assert time.monotonic() < deadline, f"the first program never got to {what}"
        time.sleep(0.1)


def test_a_second_start_brings_the_first_forward_and_exits_quietly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    database = open_database(home / "sohoi.sqlite")
    build_demo(database, members=40, seed=3)
    database.close()
    env = dict(os.environ, SOHOI_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "desktop"]
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: "show requests: listening" in _log_text(home), "listening", first)
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True,
                                timeout=120, check=False)
        assert second.returncode == 0, second.stderr.decode(errors="replace")
        _wait_for(lambda: "asked to come forward" in _log_text(home), "the request", first)
        assert "already open on this register came forward" in _log_text(home)
        assert first.poll() is None  # the first program runs on
    finally:
        if sys.platform == "win32":
            first.kill()
        else:
            first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)
