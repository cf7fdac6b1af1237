"""Summaries of timings as the JSON lines ``sohoi bench`` prints.

Every benchmark reports the same fields (median, p95, the raw baseline measured in the
same run, their ratio, the budget and whether it holds), so results stay comparable
across runs on a noisy shared machine.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Sequence
from typing import Any


def result(
    name: str,
    samples: list[float],
    baseline_name: str,
    baseline: list[float],
    budget_ms: float | None,
    *,
    budget_on: str = "median",
    **extra: Any,
) -> dict[str, Any]:
    """Summarise timings (in seconds) as the JSON line the command prints."""
    median = statistics.median(samples) * 1000
    p95 = percentile(samples, 95) * 1000
    base = statistics.median(baseline) * 1000 if baseline else None
    judged = p95 if budget_on == "p95" else median
    return {
        "name": name,
        "median_ms": round(median, 3),
        "p95_ms": round(p95, 3),
        "baseline_name": baseline_name,
        "baseline_ms": round(base, 3) if base is not None else None,
        "ratio": round(median / base, 2) if base else None,
        "budget_ms": budget_ms,
        "budget_on": budget_on,
        "within_budget": None if budget_ms is None else judged <= budget_ms,
        **extra,
    }


def percentile(samples: list[float], pct: float) -> float:
    """Return the nearest-rank percentile."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def jump_times(session: Any, rowids: Sequence[int], rng: random.Random,
               jumps: int) -> list[float]:
    """Time fetching 200 rows at ``jumps`` random places of a list, as the table scrolls.

    One loop for both engines' benches, so the file's and the server's figures come from
    the same jumps (the same seeded ``rng``).
    """
    from db.members import members_by_rowids

    times: list[float] = []
    for _ in range(jumps):
        start = rng.randrange(0, len(rowids) - 200)
        began = time.perf_counter()
        members_by_rowids(session, rowids[start:start + 200])
        times.append(time.perf_counter() - began)
    return times
