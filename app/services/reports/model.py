"""What a report is, independent of its format: sections of tables, charts and text.

Plain Python (no pandas; of Qt only ``translate``): a report kind builds a
:class:`Report`, and each writer (PDF, CSV, XLSX, HTML) turns the same object into its
format. Cells keep their native types (``int``, ``float``, ``datetime``, ``date``,
``str`` or ``None``) so that a spreadsheet gets numbers as numbers and dates as dates;
formatting for people happens in the writers that need it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
_CONTEXT = "Report"


class ReportError(Exception):
    """A report could not be made; the message is a sentence for people."""


class ReportCancelled(ReportError):
    """The person (or the caller) cancelled the export."""

    def __init__(self) -> None:
        super().__init__(translate("Report", "the export was cancelled"))


class CancelToken:
    """Shared between the UI thread (``cancel``) and the worker (``check``)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`ReportCancelled` once ``cancel`` was called."""
        if self._event.is_set():
            raise ReportCancelled()


#: ``progress(fraction 0..1, what is happening)``; called from the worker thread.
Progress = Callable[[float, str], None]


def no_progress(_fraction: float, _text: str) -> None:
    """A progress callback that ignores everything."""


class CellType(StrEnum):
    """How a column's values are typed in spreadsheets and formatted for people."""

    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    PERCENT = "percent"  # a share 0..1, shown as "42 %"
    DATETIME = "datetime"  # timezone-aware UTC
    DATE = "date"
    DURATION = "duration"  # seconds, shown as "12 min"


@dataclass(frozen=True)
class Column:
    """One column of a table: a key, a title for people and the type of its cells."""

    key: str
    title: str
    type: CellType = CellType.TEXT
    #: Relative width in the PDF and HTML (1 = average).
    weight: float = 1.0
    #: Shown in the PDF and HTML; spreadsheets always get every column.
    printed: bool = True
    #: A shorter title for the narrow columns of a printed page ("" = the title).
    short: str = ""


Cell = str | int | float | datetime | date | None


@dataclass(frozen=True)
class Table:
    """A titled table; ``sheet`` is its XLSX sheet name (at most 31 characters)."""

    sheet: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""
    #: Shown in the PDF and HTML (a long table may live in spreadsheets only).
    printed: bool = True

    def __post_init__(self) -> None:
        width = len(self.columns)
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"table {self.sheet!r} row {index}: {len(row)} cells, "
                                 f"expected {width}")

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


class ChartKind(StrEnum):
    BARS = "bars"  # one horizontal bar per category, the series stacked
    LINES = "lines"  # time on x (UTC), one line per series


@dataclass(frozen=True)
class Series:
    """One named series: ``x`` are category indexes (bars) or UTC epoch seconds (lines)."""

    name: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    colour: str = ""


@dataclass(frozen=True)
class Chart:
    """A chart described as data; the Qt side draws it (as vectors) for PDF and HTML."""

    title: str
    kind: ChartKind
    series: tuple[Series, ...]
    categories: tuple[str, ...] = ()
    x_label: str = ""
    y_label: str = ""
    note: str = ""
    #: Bars: each bar shows shares of its own total (0–100 %).
    percent: bool = False
    #: Bars: a label written after each bar (e.g. "2 900 free of 23 752").
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A heading with paragraphs, tables and charts, in that order."""

    title: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    #: The section lists where facts come from (printed last, as an appendix).
    appendix: bool = False


@dataclass(frozen=True)
class FactUse:
    """A registry fact a report relies on, with its provenance."""

    subject: str  # "JAIF — city"
    value: str
    confidence: str
    sources: tuple[str, ...]
    as_of: date | None = None


@dataclass(frozen=True)
class Report:
    """A finished report, ready for any writer.

    ``data_oldest`` / ``data_newest`` are the times of the oldest and newest numbers in
    it; ``facts`` are the registry facts used (for the provenance on the cover).
    """

    kind: str
    title: str
    subtitle: str
    generated_at: datetime
    sections: tuple[Section, ...]
    data_oldest: datetime | None = None
    data_newest: datetime | None = None
    simulated: bool = False
    offline: bool = False
    source: str = ""
    registry_as_of: date | None = None
    facts: tuple[FactUse, ...] = ()
    notes: tuple[str, ...] = ()
    #: The table a single-table format (CSV) writes.
    primary: str = ""
    parameters: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: History reports: the age that matters is that of the newest sample.
    age_from_newest: bool = False
    #: The few numbers that matter most, for the cover: ``(label, text)``.
    highlights: tuple[tuple[str, str], ...] = ()

    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables]

    def charts(self) -> list[Chart]:
        return [c for s in self.sections for c in s.charts]

    def primary_table(self) -> Table:
        tables = self.tables()
        if not tables:
            raise ReportError(translate("Report", "the report has no table"))
        return next((t for t in tables if t.sheet == self.primary), tables[0])

    def data_age_s(self) -> float | None:
        """Age of the oldest number (history: of the newest sample) when the report was
        made."""
        when = self.data_newest if self.age_from_newest else self.data_oldest
        if when is None:
            return None
        return max(0.0, (self.generated_at - when).total_seconds())


@dataclass(frozen=True)
class ReportParams:
    """What the person chose besides the kind; each kind reads what it needs."""

    factory_id: str = ""
    date_from: date | None = None
    date_to: date | None = None


def sources_of(facts: Sequence[FactUse]) -> list[tuple[str, list[str]]]:
    """Unique sources, each with the subjects that rely on it (in first-seen order)."""
    by_source: dict[str, list[str]] = {}
    for fact in facts:
        for source in fact.sources:
            subjects = by_source.setdefault(source, [])
            if fact.subject not in subjects:
                subjects.append(fact.subject)
    return list(by_source.items())


#: Groups thousands in numbers for people ("23 752") without letting a line break there.
NBSP = "\u00a0"


def cell_text(value: Any, kind: CellType) -> str:
    """A cell as people read it (PDF, HTML): ``—`` for unknown, spaces between thousands."""
    if value is None or value == "":
        return "—"
    if kind is CellType.INT and isinstance(value, int | float):
        return f"{int(value):,}".replace(",", NBSP)
    if kind is CellType.FLOAT and isinstance(value, int | float):
        return f"{value:,.1f}".replace(",", NBSP)
    if kind is CellType.PERCENT and isinstance(value, int | float):
        return f"{value * 100:.0f} %"
    if kind is CellType.DURATION and isinstance(value, int | float):
        return format_age(float(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def format_age(seconds: float | None) -> str:
    """``45 s``, ``12 min``, ``3.5 h``, ``4 d`` (the desk's own way of saying ages)."""
    if seconds is None:
        return translate("Report", "no data")
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} d"


def cover_fields(report: Report) -> list[tuple[str, str]]:
    """The cover's key facts as ``(label, text)``: when, how old, from where."""
    fields = [(translate("Report", "Generated"),
               cell_text(report.generated_at, CellType.DATETIME))]
    age = report.data_age_s()
    if report.data_oldest is None:
        fields.append((translate("Report", "Data age"),
                       translate("Report", "no numbers in this report")))
    else:
        which = (translate("Report", "newest sample %1 old") if report.age_from_newest
                 else translate("Report", "oldest number %1 old"))
        fields.append((translate("Report", "Data age"), which.replace("%1", format_age(age))))
        span = cell_text(report.data_oldest, CellType.DATETIME)
        newest = cell_text(report.data_newest, CellType.DATETIME)
        if report.data_newest is not None and newest != span:
            span = translate("Report", "%1 to %2").replace("%1", span).replace("%2", newest)
        fields.append((translate("Report", "Data as of"), span))
    if report.source:
        fields.append((translate("Report", "Numbers from"), report.source))
    fields.append((translate("Report", "Mode"),
                   translate("Report", "offline — from the last data seen") if report.offline
                   else translate("Report", "online — read from the sites")))
    if report.simulated:
        fields.append((translate("Report", "Simulated"),
                       translate("Report", "demo — simulated load, not real machines")))
    for label, value in report.parameters:
        fields.append((label, value))
    if report.registry_as_of is not None:
        fields.append((translate("Report", "Registry as of"),
                       report.registry_as_of.isoformat()))
    return fields


def provenance_summary(report: Report) -> str:
    """``58 registry facts used: 41 confirmed, 12 single source, 5 unverified; 23 sources.``"""
    if not report.facts:
        return translate("Report", "No registry facts are used in this report.")
    counts: dict[str, int] = {}
    for fact in report.facts:
        counts[fact.confidence] = counts.get(fact.confidence, 0) + 1
    order = ("confirmed", "single_source", "unverified")
    parts = [f"{counts[c]} {QCoreApplication.translate(_CONTEXT, c.replace('_', ' '))}"
             for c in order if counts.get(c)]
    parts += [f"{n} {c}" for c, n in counts.items() if c not in order]
    sources = len(sources_of(report.facts))
    return (translate("Report", "%1 registry facts used: %2; %3 distinct sources, listed "
                                "under “Sources and confidence”.")
            .replace("%1", str(len(report.facts))).replace("%2", ", ".join(parts))
            .replace("%3", str(sources)))
