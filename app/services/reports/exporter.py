"""Runs a report export: build (worker) → draw charts (UI thread) → write (worker).

:class:`ReportExporter` is what the report dialog drives; :func:`export_blocking` does
the same three steps in a row on the calling thread (the UI thread of a command line
run, the reference-image script, tests). Either way the file appears atomically, or not
at all when the export fails or is cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.reports import kinds
from app.services.reports.formats import ReportFormat
from app.services.reports.inputs import ReportInputs
from app.services.reports.model import (
    CancelToken,
    Progress,
    Report,
    ReportCancelled,
    ReportError,
    ReportParams,
    no_progress,
)
from app.services.reports.safe_files import check_target
from app.services.reports.wording import QT_TRANSLATE_NOOP, localised, translate, words
from app.services.tasks import TaskRunner

log = logging.getLogger(__name__)

#: Shares of the progress bar: building the report, drawing charts, writing the file.
BUILD, CHARTS = 0.3, 0.1


@dataclass(frozen=True)
class ExportRequest:
    """What to export, in which format, to which file."""

    kind: str
    format: ReportFormat
    target: Path
    params: ReportParams = field(default_factory=ReportParams)


def build_report(request: ExportRequest, inputs: ReportInputs, cancel: CancelToken,
                 progress: Progress = no_progress) -> Report:
    """Step 1 (any thread): check the target, then let the kind build the report."""
    check_target(request.target)
    kind = kinds.get(request.kind)
    cancel.check()
    return localised(kind.build(inputs, request.params, cancel, progress))


def render_charts(report: Report, fmt: ReportFormat) -> list[object]:
    """Step 2 (UI thread): record every chart as vectors, for the formats that show them."""
    if not fmt.needs_charts:
        return []
    from app.services.reports.charts import draw_chart

    return [draw_chart(chart) for chart in report.charts()]


def write_report(report: Report, request: ExportRequest, charts: Sequence[object],
                 cancel: CancelToken, progress: Progress = no_progress) -> Path:
    """Step 3 (any thread): write the file atomically; returns its absolute path."""
    target = check_target(request.target)
    fmt = request.format
    if fmt is ReportFormat.CSV:
        from app.services.reports.spreadsheets import write_csv

        write_csv(report, target, cancel, progress)
    elif fmt is ReportFormat.XLSX:
        from app.services.reports.spreadsheets import write_xlsx

        write_xlsx(report, target, cancel, progress)
    elif fmt is ReportFormat.HTML:
        from app.services.reports.charts import RenderedChart, picture_to_svg
        from app.services.reports.html_out import write_html

        svgs = [picture_to_svg(c) for c in charts if isinstance(c, RenderedChart)]
        write_html(report, target, svgs, cancel, progress)
    else:
        from app.services.reports.charts import RenderedChart
        from app.services.reports.pdf_out import write_pdf

        write_pdf(report, target, [c for c in charts if isinstance(c, RenderedChart)],
                  cancel, progress)
    return target


def export_blocking(request: ExportRequest, inputs: ReportInputs, *,
                    cancel: CancelToken | None = None,
                    progress: Progress = no_progress) -> Path:
    """All three steps on the calling thread (which must be the UI thread for charts)."""
    token = cancel or CancelToken()
    report = build_report(request, inputs, token, _scaled(progress, 0.0, BUILD))
    charts = render_charts(report, request.format)
    progress(BUILD + CHARTS, "writing")
    return write_report(report, request, charts, token,
                        _scaled(progress, BUILD + CHARTS, 1.0 - BUILD - CHARTS))


def _scaled(progress: Progress, start: float, share: float) -> Progress:
    def scaled(fraction: float, text: str) -> None:
        progress(start + share * max(0.0, min(1.0, fraction)), text)
    return scaled


class _Relay(QObject):
    """Carries progress from the worker thread to the UI thread (queued signal)."""

    changed = Signal(float, str)


class ReportExporter(QObject):
    """One export at a time, off the UI thread, with progress and cancel.

    Signals:
        progress(int, str): percent done (0–100) and what is happening.
        finished(str): the report was written to this absolute path.
        failed(str): it was not written; a sentence saying why.
        cancelled(): it was cancelled; nothing was written.
        busy_changed(bool): an export started (True) or ended (False).
    """

    progress = Signal(int, str)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._relay = _Relay(self)
        self._relay.changed.connect(self._on_progress)
        self._token: CancelToken | None = None
        self._request: ExportRequest | None = None
        self._pending_charts: list[object] = []
        self._charts: list[object] = []
        self._report: Report | None = None
        self._last: tuple[int, str] = (-1, "")
        self._generation = 0

    @property
    def busy(self) -> bool:
        return self._token is not None

    def start(self, request: ExportRequest, inputs: ReportInputs) -> bool:
        """Begin an export; False (and nothing happens) while another one runs."""
        if self.busy:
            return False
        self._generation += 1
        generation = self._generation
        token = self._token = CancelToken()
        self._request = request
        self._last = (-1, "")
        self.busy_changed.emit(True)
        self._emit_progress(0.0, QT_TRANSLATE_NOOP("Report", "building the report"))
        emit = self._threadsafe(0.0, BUILD)
        self._runner.submit(lambda: build_report(request, inputs, token, emit),
                            on_result=lambda r: self._built(generation, r),
                            on_error=lambda e: self._ended(generation, e),
                            key="report-export")
        return True

    def cancel(self) -> None:
        """Stop as soon as possible; the target file is left as it was."""
        if self._token is None:
            return
        self._token.cancel()
        if self._report is not None and self._pending_charts:
            # Drawing charts on the UI thread: stop right here.
            self._ended(self._generation, ReportCancelled())

    # -- steps ---------------------------------------------------------------------------
    def _built(self, generation: int, report: Report) -> None:
        if generation != self._generation or self._request is None:
            return
        if self._token is not None and self._token.cancelled:
            self._ended(generation, ReportCancelled())
            return
        self._report = report
        self._charts = []
        self._pending_charts = (list(report.charts()) if self._request.format.needs_charts
                                else [])
        self._emit_progress(BUILD, QT_TRANSLATE_NOOP("Report", "drawing charts"))
        self._next_chart(generation)

    def _next_chart(self, generation: int) -> None:
        """Draw one chart per event-loop turn, so the window stays responsive."""
        if generation != self._generation or self._report is None:
            return
        if not self._pending_charts:
            self._write(generation)
            return
        from app.services.reports.charts import draw_chart
        from app.services.reports.model import Chart

        chart = self._pending_charts.pop(0)
        assert isinstance(chart, Chart)
        try:
            self._charts.append(draw_chart(chart))
        except Exception as exc:  # a broken chart must not take the window down
            log.exception("chart %r could not be drawn", chart.title)
            self._ended(generation, ReportError(
                translate("Report", "the chart “%1” could not be drawn: %2")
                .replace("%1", chart.title).replace("%2", str(exc))))
            return
        total = len(self._charts) + len(self._pending_charts)
        self._emit_progress(BUILD + CHARTS * len(self._charts) / max(total, 1),
                            QT_TRANSLATE_NOOP("Report", "drawing charts"))
        QTimer.singleShot(0, lambda: self._next_chart(generation))

    def _write(self, generation: int) -> None:
        report, request, token = self._report, self._request, self._token
        if report is None or request is None or token is None:
            return
        charts = list(self._charts)
        emit = self._threadsafe(BUILD + CHARTS, 1.0 - BUILD - CHARTS)
        self._emit_progress(BUILD + CHARTS, QT_TRANSLATE_NOOP("Report", "writing the file"))
        self._runner.submit(lambda: write_report(report, request, charts, token, emit),
                            on_result=lambda p: self._ended(generation, None, p),
                            on_error=lambda e: self._ended(generation, e),
                            key="report-export")

    def _ended(self, generation: int, error: BaseException | None,
               path: Path | None = None) -> None:
        if generation != self._generation or self._token is None:
            return
        self._token = None
        self._report = None
        self._request = None
        self._pending_charts = []
        self._charts = []
        self._generation += 1  # late callbacks of this export are ignored from now on
        if error is None and path is not None:
            self._emit_progress(1.0, QT_TRANSLATE_NOOP("Report", "done"))
            self.finished.emit(str(path))
        elif isinstance(error, ReportCancelled):
            self.cancelled.emit()
        elif isinstance(error, ReportError):
            self.failed.emit(str(error))
        else:
            log.error("report export failed: %r", error)
            self.failed.emit(translate("Report", "the report could not be written: %1")
                             .replace("%1", str(error)))
        self.busy_changed.emit(False)

    # -- progress ------------------------------------------------------------------------
    def _threadsafe(self, start: float, share: float) -> Progress:
        relay = self._relay
        return _scaled(lambda f, t: relay.changed.emit(f, t), start, share)

    def _on_progress(self, fraction: float, text: str) -> None:
        if self._token is not None:
            self._emit_progress(fraction, text)

    def _emit_progress(self, fraction: float, text: str) -> None:
        percent = int(max(0.0, min(1.0, fraction)) * 100)
        if (percent, text) == self._last:
            return
        self._last = (percent, text)
        self.progress.emit(percent, words(text))
