"""How long the window stops answering while a person works, at a register's size.

A child process opens the real main window on a benchmark register; a 10 ms heartbeat
timer notes the longest wait between two of its ticks while the script switches to
every page, types a member search and a participant search key by key, and refreshes
the report. A long gap is the time the GUI thread was busy (a read, a table fill, a
column fit) and the window froze; docs/ARCHITECTURE.md §9 budgets it at 100 ms.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEARTBEAT_MS = 10
SETTLE_MS = 300
"""Quiet time an action is followed for after its background reads have finished."""
KEY_INTERVAL_MS = 60
"""Time between two keys, a quick typist."""
MEMBER_SEARCH = "nguyen thi h"
PICKER_SEARCH = "thi"


class Heartbeat:
    """A timer that remembers the longest gap between its ticks since the last reset.

    Two clocks: the wall clock (what the person sees) and the GUI thread's own CPU
    time. On a busy shared machine the wall-clock gaps also hold the time the process
    waited for a core (about 100 ms at a time); the CPU gap is only the work the GUI
    thread did between two ticks, so it tells a real freeze from a crowded machine.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.longest_cpu = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last)
        self.longest_cpu = max(self.longest_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        """Start a new action: forget the gaps seen so far."""
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.longest_cpu = 0.0


def probe_gui(path: str) -> None:
    """Drive the window through its pages and searches; print one JSON line per action."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.areas import AREAS
    from desktop.bench.startup_probe import _open_window

    app, window = _open_window(path)
    tasks = window.tasks
    beat = Heartbeat()

    def spin(msecs: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(msecs, loop.quit)
        loop.exec()

    def settle() -> None:
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            spin(SETTLE_MS)
            if tasks.wait(0):
                spin(SETTLE_MS)  # the answers delivered, and what they started
                if tasks.wait(0):
                    return

    def measure(action: str, run: Callable[[], None]) -> None:
        settle()
        beat.reset()
        run()
        settle()
        gap = max(beat.longest, time.perf_counter() - beat.last)
        cpu = max(beat.longest_cpu, time.thread_time() - beat.last_cpu)
        print(json.dumps({"action": action, "longest_gap_ms": round(gap * 1000, 1),
                          "longest_cpu_ms": round(cpu * 1000, 1)}), flush=True)

    def type_into(widget: QWidget, text: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        widget.setFocus()
        for char in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)
            spin(KEY_INTERVAL_MS)

    site = window.site
    for area in AREAS:
        if area.shown_on(site):
            measure(f"page:{area.key}", lambda key=area.key: window.show_page(key))
            measure(f"page_again:{area.key}", lambda key=area.key: window.show_page(key))
    members: Any = window.show_page("members")
    settle()
    measure("members:type_search", lambda: type_into(members.search, MEMBER_SEARCH))
    measure("members:clear_search", members.search.clear)
    trainings: Any = window.show_page("trainings")
    settle()
    picker: Any = None

    def open_picker() -> None:
        nonlocal picker
        picker = trainings.picker()
        picker.show()

    measure("trainings:open_picker", open_picker)
    measure("trainings:type_picker", lambda: type_into(picker.search, PICKER_SEARCH))
    picker.done(0)
    reports: Any = window.show_page("reports")
    settle()
    measure("reports:refresh", reports.refresh)
    QApplication.processEvents()
    app.quit()
    os._exit(0)


PROBE_GUI = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from desktop.bench.gui import probe_gui
probe_gui(sys.argv[1])
"""


def bench_gui(name: str, path: Path, budget_ms: float) -> dict[str, Any]:
    """Run the window probe in a fresh process and judge its longest gap per action."""
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, SOHOI_HOME=home,
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        done = subprocess.run([sys.executable, "-c", PROBE_GUI, str(path)], env=env,
                              capture_output=True, text=True, check=False)
    gaps: dict[str, float] = {}
    cpu_gaps: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            gaps[record["action"]] = record["longest_gap_ms"]
            cpu_gaps[record["action"]] = record["longest_cpu_ms"]
    if not gaps:
        raise RuntimeError(f"window probe reported nothing: {done.stderr[-2000:]}")
    worst = max(gaps, key=lambda action: gaps[action])
    return {
        "name": name,
        "median_ms": None,
        "longest_gap_ms": gaps[worst],
        "longest_gap_action": worst,
        "baseline_name": "heartbeat_interval",
        "baseline_ms": HEARTBEAT_MS,
        "budget_ms": budget_ms,
        "budget_on": "longest_gap",
        "within_budget": gaps[worst] <= budget_ms,
        "over_budget": {a: g for a, g in gaps.items() if g > budget_ms},
        "gaps_ms": gaps,
        "longest_cpu_gap_ms": max(cpu_gaps.values()),
        "cpu_gaps_ms": cpu_gaps,
        # Other programs on the machine lengthen the wall-clock gaps: say how busy it was.
        "load_average": [load_before,
                         os.getloadavg()[0] if hasattr(os, "getloadavg") else None],
    }
