"""The few colours and frame styles the summary pages share (overview, reports, grading)."""

from __future__ import annotations

MUTED = "#55616b"
"""Grey of explanations and notes under figures: readable, but quieter than the figures."""

CARD_STYLE = """
QFrame#card {
    background: palette(base);
    border: 1px solid #d5dde4;
    border-radius: 6px;
}
"""
"""A framed card holding one figure or one table (``setObjectName("card")``)."""
