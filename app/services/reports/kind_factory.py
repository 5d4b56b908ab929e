"""Report kind "factory": one AI Factory — its facts, machines, partitions and last week."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.domain.registry import Fact, Factory
from app.services.reports.availability import daily_table, free_chart, read_samples
from app.services.reports.inputs import ReportInputs
from app.services.reports.kind_capacity import capacity_chart, highlights, summary_paragraphs
from app.services.reports.model import (
    CancelToken,
    CellType,
    Column,
    Progress,
    Report,
    ReportError,
    ReportParams,
    Section,
    Table,
)
from app.services.reports.tables import (
    Facts,
    data_span,
    fact_text,
    machine_rows,
    machines_table,
    partitions_table,
    provenance_section,
    table_section,
)

#: Days of history in a factory report.
HISTORY_DAYS = 7


def _about(factory: Factory, facts: Facts, name: str) -> Table:
    fields: list[tuple[str, Fact[Any] | None]] = [
        ("Name", factory.name), ("Short name", factory.short_name),
        ("Host", factory.host), ("City", factory.city), ("Selected on", factory.selected_on),
        ("Status", factory.status), ("Partners", factory.partners),
        ("Sectors", factory.sectors), ("Budget", factory.budget),
        ("Experimental platform", factory.experimental_platform)]
    rows: list[tuple[Any, ...]] = [("Country", factory.country, None, None),
                                   ("Selection wave", factory.wave, None, None)]
    for label, fact in fields:
        if fact is None:
            rows.append((label, None, "unknown", None))
            continue
        facts.value(f"{name} — {label.lower()}", fact)
        rows.append((label, fact_text(fact.value), fact.confidence.value.replace("_", " "),
                     fact.as_of))
    columns = (Column("field", "Field", weight=0.8), Column("value", "Value", weight=2.6),
               Column("confidence", "Confidence", weight=0.7),
               Column("as_of", "As of", CellType.DATE, weight=0.6))
    return Table("Factory", "About the factory", columns,
                 tuple(tuple(r) for r in rows))


class FactoryReport:
    """One factory: what the registry says, its machines' capacity and last week."""

    id = "factory"
    title = "One factory"
    description = "One AI Factory: facts with sources, machines, partitions, last 7 days"
    needs_factory = True
    needs_dates = False

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        registry = inputs.registry
        if not params.factory_id:
            raise ReportError("choose a factory for this report (--factory ID)")
        factory = registry.factory(params.factory_id) if registry is not None else None
        if factory is None:
            known = ", ".join(f.id for f in registry.factories) if registry else ""
            raise ReportError(f"unknown factory {params.factory_id!r}"
                              + (f"; known: {known}" if known else ""))
        facts = Facts()
        name = str(factory.short_name.value or factory.id)
        progress(0.1, "collecting machines")
        about = _about(factory, facts, name)
        rows = machine_rows(inputs, facts, factory_id=factory.id)
        machines = machines_table(rows, title=f"Machines of {name}")
        partitions = partitions_table(inputs, rows)
        cancel.check()
        chart = capacity_chart(rows, f"GPUs per machine of {name}")
        sections = [Section("Summary", summary_paragraphs(rows, inputs),
                            (about,), (chart,) if chart is not None else ()),
                    table_section(machines), table_section(partitions)]
        progress(0.4, "reading the history")
        end = inputs.now
        samples = read_samples(inputs, end - timedelta(days=HISTORY_DAYS), end,
                               sites=[r.site_id for r in rows if r.polled])
        cancel.check()
        if samples:
            line = free_chart(inputs, facts, samples, f"Free GPUs, last {HISTORY_DAYS} days",
                              cancel)
            daily = daily_table(inputs, facts, samples, cancel)
            sections.append(Section(f"Last {HISTORY_DAYS} days", (), (daily,),
                                    (line,) if line is not None else ()))
        sections.append(provenance_section(facts))
        oldest, newest = data_span(rows)
        return Report(
            kind=self.id, title=f"{name} — AI Factory report",
            subtitle=str(factory.name.value), generated_at=inputs.now,
            sections=tuple(sections), data_oldest=oldest, data_newest=newest,
            simulated=any(r.simulated for r in rows), offline=inputs.offline,
            source=inputs.source,
            registry_as_of=registry.as_of if registry is not None else None,
            facts=facts.uses(), primary=machines.sheet, highlights=highlights(rows),
            parameters=(("Factory", f"{name} ({factory.id})"),))
