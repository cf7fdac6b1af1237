"""A second start on an open register brings the first window forward.

The register's lock (``db/register_lock.py``) already keeps a second program off a
register that is open. People double-click the icon again when the window is hidden
behind another or minimised, so instead of an error box the second program asks the
first, over a local socket, to come forward, and quits quietly once it answered.

The first program listens on a ``QLocalServer`` whose name is made from the register's
absolute path and the user's name (hashed: the name says nothing about either, and two
users or two registers never meet). The conversation is fixed: the second sends
:data:`SHOW_REQUEST`, the first answers :data:`SHOWN_ANSWER`. Anything else closes the
connection unanswered; a request carries no data, so nothing a caller sends is ever
acted on beyond "come forward".

When the first program does not answer within about a second (it is busy, hung, or a
version from before this conversation), the second shows the usual message.

On Windows a program may only take the foreground when the one in front allows it. The
second program is in front (it was just started), so it allows any program before
asking; even then Windows may only flash the first window's taskbar button, which still
shows the person where her register is open.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

log = logging.getLogger(__name__)

SHOW_REQUEST = b"SoHoi show 1\n"
SHOWN_ANSWER = b"SoHoi shown 1\n"
#: How long the second program waits for the first, in milliseconds.
ANSWER_TIMEOUT_MS = 1000
#: How long the first program keeps a connection that has not sent its request.
IDLE_TIMEOUT_MS = 2000


def server_name(db_path: Path) -> str:
    """Return the local server's name for a register, for the user running the program."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    key = f"{user}\n{Path(db_path).resolve()}"
    if sys.platform == "win32":
        key = key.casefold()  # C:\Users and c:\users are the same folder there
    return "sohoi-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class ShowRequests(QObject):
    """The first program's side: listens for "show" requests and emits ``show_requested``."""

    show_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server = QLocalServer(self)
        # Only this user's programs may connect (a file mode / pipe rights, per platform).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False when the name cannot be taken (the program runs on).

        Call it while holding the register's lock: then no live program of this user
        listens under the name, and one left behind by a crash is removed.
        """
        if self.server.listen(self.name):
            log.info("show requests: listening")
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            log.info("show requests: removed a name left by an earlier run")
            return True
        log.warning("show requests: cannot listen (%s)", self.server.errorString())
        return False

    def close(self) -> None:
        """Stop listening (the register is being closed)."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                return
            received = bytearray()
            timer = QTimer(socket)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: s.abort())
            timer.start(IDLE_TIMEOUT_MS)
            socket.readyRead.connect(
                lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(lambda s=socket: s.deleteLater())
            self._read(socket, received)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        """Keep at most the request's length; answer only the exact request."""
        received += bytes(socket.read(len(SHOW_REQUEST) + 1 - len(received)).data())
        if not SHOW_REQUEST.startswith(bytes(received)):
            socket.abort()
            return
        if bytes(received) != SHOW_REQUEST:
            return  # more of the request is on its way
        socket.readyRead.disconnect()
        socket.write(SHOWN_ANSWER)
        socket.flush()
        socket.disconnectFromServer()
        log.info("asked to come forward by a second start on this register")
        self.show_requested.emit()


def ask_first_to_show(db_path: Path, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """The second program's side: ask the first to come forward; True once it answered."""
    if sys.platform == "win32":
        _allow_any_foreground()
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(SHOW_REQUEST)
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        answer = b""
        while len(answer) < len(SHOWN_ANSWER):
            if not socket.bytesAvailable() and not socket.waitForReadyRead(timeout_ms):
                return False
            answer += bytes(socket.read(len(SHOWN_ANSWER) - len(answer)).data())
        return answer == SHOWN_ANSWER
    finally:
        socket.abort()


def _allow_any_foreground() -> None:
    """Let the first program take the foreground (Windows refuses it to background ones)."""
    import ctypes

    asfw_any = -1
    try:
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return


def front_window() -> QWidget | None:
    """Return the window to bring forward: an open dialog first, else the main window."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    shown = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
    mains = [w for w in shown if isinstance(w, QMainWindow)]
    return (mains or shown or [None])[0]


def come_forward(window: QWidget | None = None) -> None:
    """Un-minimise, raise and activate the window (``front_window()`` by default)."""
    target = window if window is not None else front_window()
    if target is None:
        return
    state = target.windowState()
    if state & Qt.WindowState.WindowMinimized:
        target.setWindowState((state & ~Qt.WindowState.WindowMinimized)
                              | Qt.WindowState.WindowActive)
    target.show()
    target.raise_()
    target.activateWindow()
