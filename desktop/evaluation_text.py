"""The sentences that explain a yearly evaluation, in the reader's language.

``db.evaluation`` scores the criteria and reaches a class; it hands over the figures
(each criterion's points and loss, the total, the thresholds) and nothing to read. The
page and the command line both show why the class was reached, with these same lines,
so they are composed once here through the catalogue: Vietnamese by default (the words
of the guidance, unchanged in what is printed or exported), English when the interface
is English.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from db.evaluation import EvaluationView, ScoredCriterion

Translate = Callable[[str, str], str]
"""Looks a (context, Vietnamese text) up in the catalogue: Qt's for the window, the
command line's own (``desktop.cli.common.translate``), which needs no application."""


def lost_line(criterion: ScoredCriterion,
              translate: Translate = QCoreApplication.translate) -> str:
    """Return the line saying how many points one criterion lost."""
    return translate(
        "EvaluationText", "Tiêu chí {code} ({text}): {points}/{most} điểm, mất {lost}."
    ).format(code=criterion.code, text=criterion.text, points=criterion.points,
             most=criterion.max_points, lost=criterion.lost)


def class_line(view: EvaluationView, translate: Translate = QCoreApplication.translate) -> str:
    """Return the line giving the total, the threshold it reached and the class."""
    reached = view.reached_threshold
    if reached is not None:
        rule = translate("EvaluationText", "từ {least} điểm trở lên").format(least=reached)
    else:
        rule = translate("EvaluationText", "dưới {least} điểm").format(
            least=view.lowest_threshold)
    return translate(
        "EvaluationText", "Tổng {total}/{most} điểm, {rule}: {label}."
    ).format(total=view.total, most=view.max_total, rule=rule,
             label=translate("EvaluationText", view.class_label))


def explanation_lines(view: EvaluationView,
                      translate: Translate = QCoreApplication.translate) -> list[str]:
    """Return one line per criterion that lost points, then the class reached and why."""
    return [*(lost_line(c, translate) for c in view.lost_criteria),
            class_line(view, translate)]
