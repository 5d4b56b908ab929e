"""Report kind "history": availability of every machine over a range of UTC days."""

from __future__ import annotations

from datetime import timedelta

from app.services.reports.availability import (
    daily_table,
    day_start,
    free_chart,
    hourly_table,
    read_samples,
    span_of,
)
from app.services.reports.inputs import ReportInputs
from app.services.reports.model import (
    CancelToken,
    Progress,
    Report,
    ReportError,
    ReportParams,
    Section,
)
from app.services.reports.tables import Facts, provenance_section, table_section
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate

#: Days covered when no range is given (ending today, UTC).
DEFAULT_DAYS = 7


class HistoryReport:
    """Free GPUs per machine over a date range: a chart, daily and hourly tables."""

    id = "history"
    title = QT_TRANSLATE_NOOP("Report", "Availability history")
    description = QT_TRANSLATE_NOOP("Report", "Free GPUs per machine over a range of days, "
                                              "from the history on disk")
    needs_factory = False
    needs_dates = True

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        last = params.date_to or inputs.now.date()
        first = params.date_from or last - timedelta(days=DEFAULT_DAYS - 1)
        if first > last:
            raise ReportError(translate("Report", "the range starts (%1) after it ends (%2)")
                              .replace("%1", str(first)).replace("%2", str(last)))
        facts = Facts()
        progress(0.05, QT_TRANSLATE_NOOP("Report", "reading the history"))
        samples = read_samples(inputs, day_start(first), day_start(last + timedelta(days=1)))
        cancel.check()
        count = sum(len(p) for p in samples.values())
        progress(0.4, QT_TRANSLATE_NOOP("Report", "summarising"))
        chart = free_chart(inputs, facts, samples,
                           QT_TRANSLATE_NOOP("Report", "Free GPUs per machine"), cancel)
        daily = daily_table(inputs, facts, samples, cancel)
        progress(0.7, QT_TRANSLATE_NOOP("Report", "hourly table"))
        hourly = hourly_table(inputs, facts, samples, cancel)
        oldest, newest = span_of(samples)
        if count:
            text = (translate("Report", "Samples recorded by this desk between %2 and %3 (UTC): "
                                        "%1, from machines: %4.")
                    .replace("%1", f"{count:,}".replace(",", " "))
                    .replace("%4", str(len(samples))))
        else:
            text = translate("Report", "This desk recorded no samples between %2 and %3 (UTC). "
                                       "History is recorded while the desk runs.")
        text = text.replace("%2", str(first)).replace("%3", str(last))
        paragraphs = [text]
        if inputs.simulated:
            paragraphs.append(QT_TRANSLATE_NOOP("Report", "Demo — simulated load: these numbers "
                                                          "come from the embedded demo "
                                                          "federation, not from the real "
                                                          "machines."))
        if inputs.history is None:
            paragraphs.append(QT_TRANSLATE_NOOP(
                "Report", "No history database was available for this report."))
        summary = Section(QT_TRANSLATE_NOOP("Report", "Summary"), tuple(paragraphs),
                          charts=(chart,) if chart is not None else ())
        registry = inputs.registry
        return Report(
            kind=self.id, title=self.title,
            subtitle=translate("Report", "Free GPUs per machine, %1 to %2 (UTC)")
            .replace("%1", str(first)).replace("%2", str(last)),
            generated_at=inputs.now,
            sections=(summary, table_section(daily), table_section(hourly),
                      provenance_section(facts)),
            data_oldest=oldest, data_newest=newest, simulated=inputs.simulated,
            offline=inputs.offline, source=inputs.source,
            registry_as_of=registry.as_of if registry is not None else None,
            facts=facts.uses(), primary=hourly.sheet, age_from_newest=True,
            highlights=((QT_TRANSLATE_NOOP("Report", "Samples"), f"{count:,}".replace(",", " ")),
                        (QT_TRANSLATE_NOOP("Report", "Machines"), str(len(samples)))),
            parameters=((QT_TRANSLATE_NOOP("Report", "From"), first.isoformat()),
                        (QT_TRANSLATE_NOOP("Report", "To"), last.isoformat())))
