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
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate, words

#: Days of history in a factory report.
HISTORY_DAYS = 7


def _about(factory: Factory, facts: Facts, name: str) -> Table:
    fields: list[tuple[str, Fact[Any] | None]] = [
        (QT_TRANSLATE_NOOP("Report", "Name"), factory.name),
        (QT_TRANSLATE_NOOP("Report", "Short name"), factory.short_name),
        (QT_TRANSLATE_NOOP("Report", "Host"), factory.host),
        (QT_TRANSLATE_NOOP("Report", "City"), factory.city),
        (QT_TRANSLATE_NOOP("Report", "Selected on"), factory.selected_on),
        (QT_TRANSLATE_NOOP("Report", "Status"), factory.status),
        (QT_TRANSLATE_NOOP("Report", "Partners"), factory.partners),
        (QT_TRANSLATE_NOOP("Report", "Sectors"), factory.sectors),
        (QT_TRANSLATE_NOOP("Report", "Budget"), factory.budget),
        (QT_TRANSLATE_NOOP("Report", "Experimental platform"), factory.experimental_platform)]
    rows: list[tuple[Any, ...]] = [
        (words(QT_TRANSLATE_NOOP("Report", "Country")), factory.country, None, None),
        (words(QT_TRANSLATE_NOOP("Report", "Selection wave")), factory.wave, None, None)]
    for english, fact in fields:
        label = words(english)
        if fact is None:
            rows.append((label, None, words(QT_TRANSLATE_NOOP("Report", "unknown")), None))
            continue
        facts.value(f"{name} — {label.lower()}", fact)
        rows.append((label, fact_text(fact.value), words(fact.confidence.value.replace("_", " ")),
                     fact.as_of))
    columns = (Column("field", QT_TRANSLATE_NOOP("Report", "Field"), weight=0.8),
               Column("value", QT_TRANSLATE_NOOP("Report", "Value"), weight=2.6),
               Column("confidence", QT_TRANSLATE_NOOP("Report", "Confidence"), weight=0.7),
               Column("as_of", QT_TRANSLATE_NOOP("Report", "As of"), CellType.DATE, weight=0.6))
    return Table(QT_TRANSLATE_NOOP("Report", "Factory"),
                 QT_TRANSLATE_NOOP("Report", "About the factory"), columns,
                 tuple(tuple(r) for r in rows))


class FactoryReport:
    """One factory: what the registry says, its machines' capacity and last week."""

    id = "factory"
    title = QT_TRANSLATE_NOOP("Report", "One factory")
    description = QT_TRANSLATE_NOOP("Report", "One AI Factory: facts with sources, machines, "
                                              "partitions, last 7 days")
    needs_factory = True
    needs_dates = False

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        registry = inputs.registry
        if not params.factory_id:
            raise ReportError(translate("Report",
                                        "choose a factory for this report (--factory ID)"))
        factory = registry.factory(params.factory_id) if registry is not None else None
        if factory is None:
            known = ", ".join(f.id for f in registry.factories) if registry else ""
            raise ReportError(translate("Report", "unknown factory %1").replace(
                "%1", repr(params.factory_id)) + (translate("Report", "; known: %1")
                                                  .replace("%1", known) if known else ""))
        facts = Facts()
        name = str(factory.short_name.value or factory.id)
        progress(0.1, QT_TRANSLATE_NOOP("Report", "collecting machines"))
        about = _about(factory, facts, name)
        rows = machine_rows(inputs, facts, factory_id=factory.id)
        machines = machines_table(rows, title=translate("Report", "Machines of %1")
                                  .replace("%1", name))
        partitions = partitions_table(inputs, rows)
        cancel.check()
        chart = capacity_chart(rows, translate("Report", "GPUs per machine of %1")
                               .replace("%1", name))
        sections = [Section(QT_TRANSLATE_NOOP("Report", "Summary"),
                            summary_paragraphs(rows, inputs),
                            (about,), (chart,) if chart is not None else ()),
                    table_section(machines), table_section(partitions)]
        progress(0.4, QT_TRANSLATE_NOOP("Report", "reading the history"))
        end = inputs.now
        samples = read_samples(inputs, end - timedelta(days=HISTORY_DAYS), end,
                               sites=[r.site_id for r in rows if r.polled])
        cancel.check()
        if samples:
            days = str(HISTORY_DAYS)
            line = free_chart(inputs, facts, samples,
                              translate("Report", "Free GPUs, last %1 days").replace("%1", days),
                              cancel)
            daily = daily_table(inputs, facts, samples, cancel)
            sections.append(Section(translate("Report", "Last %1 days").replace("%1", days), (),
                                    (daily,),
                                    (line,) if line is not None else ()))
        sections.append(provenance_section(facts))
        oldest, newest = data_span(rows)
        return Report(
            kind=self.id, title=translate("Report", "%1 — AI Factory report").replace("%1", name),
            subtitle=str(factory.name.value), generated_at=inputs.now,
            sections=tuple(sections), data_oldest=oldest, data_newest=newest,
            simulated=any(r.simulated for r in rows), offline=inputs.offline,
            source=inputs.source,
            registry_as_of=registry.as_of if registry is not None else None,
            facts=facts.uses(), primary=machines.sheet, highlights=highlights(rows),
            parameters=((QT_TRANSLATE_NOOP("Report", "Factory"), f"{name} ({factory.id})"),))
