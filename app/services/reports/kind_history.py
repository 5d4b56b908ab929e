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

#: Days covered when no range is given (ending today, UTC).
DEFAULT_DAYS = 7


class HistoryReport:
    """Free GPUs per machine over a date range: a chart, daily and hourly tables."""

    id = "history"
    title = "Availability history"
    description = "Free GPUs per machine over a range of days, from the history on disk"
    needs_factory = False
    needs_dates = True

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        last = params.date_to or inputs.now.date()
        first = params.date_from or last - timedelta(days=DEFAULT_DAYS - 1)
        if first > last:
            raise ReportError(f"the range starts ({first}) after it ends ({last})")
        facts = Facts()
        progress(0.05, "reading the history")
        samples = read_samples(inputs, day_start(first), day_start(last + timedelta(days=1)))
        cancel.check()
        count = sum(len(p) for p in samples.values())
        progress(0.4, "summarising")
        chart = free_chart(inputs, facts, samples, "Free GPUs per machine", cancel)
        daily = daily_table(inputs, facts, samples, cancel)
        progress(0.7, "hourly table")
        hourly = hourly_table(inputs, facts, samples, cancel)
        oldest, newest = span_of(samples)
        if count:
            text = (f"{count:,} samples of {len(samples)} machine(s) recorded by this desk "
                    f"between {first} and {last} (UTC).").replace(",", " ")
        else:
            text = (f"This desk recorded no samples between {first} and {last} (UTC). "
                    "History is recorded while the desk runs.")
        paragraphs = [text]
        if inputs.simulated:
            paragraphs.append("Demo — simulated load: these numbers come from the embedded "
                              "demo federation, not from the real machines.")
        if inputs.history is None:
            paragraphs.append("No history database was available for this report.")
        summary = Section("Summary", tuple(paragraphs),
                          charts=(chart,) if chart is not None else ())
        registry = inputs.registry
        return Report(
            kind=self.id, title=self.title,
            subtitle=f"Free GPUs per machine, {first} to {last} (UTC)",
            generated_at=inputs.now,
            sections=(summary, table_section(daily), table_section(hourly),
                      provenance_section(facts)),
            data_oldest=oldest, data_newest=newest, simulated=inputs.simulated,
            offline=inputs.offline, source=inputs.source,
            registry_as_of=registry.as_of if registry is not None else None,
            facts=facts.uses(), primary=hourly.sheet, age_from_newest=True,
            highlights=(("Samples", f"{count:,}".replace(",", " ")),
                        ("Machines", str(len(samples)))),
            parameters=(("From", first.isoformat()), ("To", last.isoformat())))
