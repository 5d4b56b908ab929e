"""Reports in the person's language.

Report kinds write their fixed texts (titles, column headers, notes) in English and mark
them with ``QT_TRANSLATE_NOOP("Report", …)`` so that lupdate extracts them; texts with
numbers in them are translated where they are made, with ``translate("Report", …)``.
:func:`localised` then translates every fixed text of a finished report, on the thread
that built it (``QCoreApplication.translate`` is thread-safe). Without an installed
translator (the command line, tests) everything stays English.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.preferences import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.services.reports.model import Chart, Column, Report, Section, Table

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "localised", "translate", "words"]

CONTEXT = "Report"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


#: Words that reach reports as data (confidence of a registry fact).
CONFIDENCE_WORDS = (QT_TRANSLATE_NOOP("Report", "confirmed"),
                    QT_TRANSLATE_NOOP("Report", "single source"),
                    QT_TRANSLATE_NOOP("Report", "unverified"))


def words(text: str) -> str:
    """``text`` (a marked English text) in the person's language; other text unchanged."""
    return translate(CONTEXT, text) if text else text


def _column(column: Column) -> Column:
    return replace(column, title=words(column.title), short=words(column.short))


def _table(table: Table) -> Table:
    return replace(table, sheet=words(table.sheet), title=words(table.title),
                   note=words(table.note), columns=tuple(_column(c) for c in table.columns))


def _chart(chart: Chart) -> Chart:
    return replace(chart, title=words(chart.title), x_label=words(chart.x_label),
                   y_label=words(chart.y_label), note=words(chart.note),
                   series=tuple(replace(s, name=words(s.name)) for s in chart.series))


def _section(section: Section) -> Section:
    return replace(section, title=words(section.title),
                   paragraphs=tuple(words(p) for p in section.paragraphs),
                   tables=tuple(_table(t) for t in section.tables),
                   charts=tuple(_chart(c) for c in section.charts))


def localised(report: Report) -> Report:
    """``report`` with every marked text in the person's language."""
    return replace(report, title=words(report.title), subtitle=words(report.subtitle),
                   sections=tuple(_section(s) for s in report.sections),
                   notes=tuple(words(n) for n in report.notes),
                   parameters=tuple((words(k), v) for k, v in report.parameters),
                   highlights=tuple((words(k), v) for k, v in report.highlights))
