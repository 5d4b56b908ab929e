"""Report kind "capacity": free and total GPUs of every machine of the federation."""

from __future__ import annotations

from collections.abc import Sequence

from app.services.reports.inputs import ReportInputs
from app.services.reports.model import (
    NBSP,
    CancelToken,
    Chart,
    ChartKind,
    Progress,
    Report,
    ReportParams,
    Section,
    Series,
    format_age,
)
from app.services.reports.tables import (
    Facts,
    MachineRow,
    data_span,
    machine_rows,
    machines_table,
    partitions_table,
    provenance_section,
    short_label,
    table_section,
)
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate

COLOURS = {"In use": "#4e79a7", "Free": "#59a14f", "Unavailable": "#b0aba6"}


def capacity_chart(rows: Sequence[MachineRow], title: str) -> Chart | None:
    """Per polled machine, one bar of its GPUs: in use, free, unavailable (as shares, so
    a small machine reads as well as JUPITER), labelled with the free count."""
    polled = [r for r in rows if r.total]
    if not polled:
        return None
    categories = tuple(short_label(r.machine) for r in polled)
    index = tuple(float(i) for i in range(len(polled)))
    series = tuple(
        Series(name, index, tuple(float(getattr(r, attr) or 0) for r in polled),
               COLOURS[name])
        for name, attr in ((QT_TRANSLATE_NOOP("Report", "In use"), "allocated"),
                           (QT_TRANSLATE_NOOP("Report", "Free"), "free"),
                           (QT_TRANSLATE_NOOP("Report", "Unavailable"), "unavailable")))
    labels = tuple(translate("Report", "%1 free of %2").replace("%1", f"{r.free or 0:,}")
                   .replace("%2", f"{r.total or 0:,}").replace(",", NBSP) for r in polled)
    return Chart(title, ChartKind.BARS, series, categories=categories,
                 x_label=QT_TRANSLATE_NOOP("Report", "Share of the machine's GPUs"),
                 percent=True, labels=labels,
                 note=QT_TRANSLATE_NOOP("Report", "Each bar is one machine's GPUs: in use, free "
                                                  "(idle, in service) and unavailable (down or "
                                                  "drained)."))


def highlights(rows: Sequence[MachineRow]) -> tuple[tuple[str, str], ...]:
    """Free GPUs and machines with numbers, for the cover."""
    with_data = [r for r in rows if r.polled and r.total is not None]
    free = sum(r.free or 0 for r in with_data)
    total = sum(r.total or 0 for r in with_data)
    share = f" ({free / total * 100:.0f} %)" if total else ""
    of = translate("Report", "%1 of %2")
    return ((QT_TRANSLATE_NOOP("Report", "Free GPUs"),
             (of.replace("%1", f"{free:,}").replace("%2", f"{total:,}") + share)
             .replace(",", NBSP)),
            (QT_TRANSLATE_NOOP("Report", "Machines with numbers"),
             of.replace("%1", str(len(with_data))).replace("%2", str(len(rows)))))


def summary_paragraphs(rows: Sequence[MachineRow], inputs: ReportInputs) -> tuple[str, ...]:
    polled = [r for r in rows if r.polled]
    with_data = [r for r in polled if r.total is not None]
    free = sum(r.free or 0 for r in with_data)
    total = sum(r.total or 0 for r in with_data)
    ok = sum(1 for r in polled if r.status == "ok")
    share = f" ({free / total * 100:.0f} %)" if total else ""
    cached = sum(1 for r in polled if r.from_cache)
    answered = (translate("Report", "; %1 answered the last poll").replace("%1", str(ok))
                if cached < len(polled) else "")
    out = [translate("Report", "%1 of %2 machines have numbers%3. %4 of %5 GPUs are free%6.")
           .replace("%1", str(len(with_data))).replace("%2", str(len(rows)))
           .replace("%3", answered).replace("%4", f"{free:,}").replace("%5", f"{total:,}")
           .replace("%6", share).replace(",", " ")]
    oldest, newest = data_span(rows)
    if oldest is not None and newest is not None:
        old_age = (inputs.now - oldest).total_seconds()
        new_age = (inputs.now - newest).total_seconds()
        out.append(translate("Report", "Every number carries the time it was read: the newest "
                                       "is %1 old, the oldest %2.")
                   .replace("%1", format_age(new_age)).replace("%2", format_age(old_age)))
    if cached:
        out.append(translate("Report", "Machines showing the last data seen before going "
                                       "offline: %1.").replace("%1", str(cached)))
    if any(r.simulated for r in polled):
        out.append(QT_TRANSLATE_NOOP("Report", "Demo — simulated load: these numbers come from "
                                               "the embedded demo federation, not from the real "
                                               "machines."))
    unpolled = len(rows) - len(polled)
    if unpolled:
        out.append(translate("Report", "Machines of the registry that are not polled (planned, "
                                       "being installed, or no live endpoint known) and are "
                                       "listed without numbers: %1.").replace("%1", str(unpolled)))
    return tuple(out)


class CapacityReport:
    """Every machine's free and total GPUs, partitions, and where the facts come from."""

    id = "capacity"
    title = QT_TRANSLATE_NOOP("Report", "Federation capacity")
    description = QT_TRANSLATE_NOOP("Report", "Free and total GPUs of every factory's "
                                              "machines, with the age of every number")
    needs_factory = False
    needs_dates = False

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        facts = Facts()
        progress(0.1, QT_TRANSLATE_NOOP("Report", "collecting machines"))
        rows = machine_rows(inputs, facts)
        cancel.check()
        chart = capacity_chart(rows, QT_TRANSLATE_NOOP("Report", "GPUs per machine"))
        summary = Section(
            QT_TRANSLATE_NOOP("Report", "Summary"), summary_paragraphs(rows, inputs),
            charts=(chart,) if chart is not None else ())
        machines = machines_table(rows)
        progress(0.5, QT_TRANSLATE_NOOP("Report", "collecting partitions"))
        partitions = partitions_table(inputs, rows)
        cancel.check()
        oldest, newest = data_span(rows)
        registry = inputs.registry
        return Report(
            kind=self.id, title=self.title,
            subtitle=QT_TRANSLATE_NOOP("Report",
                                       "EuroHPC AI Factories — free and total GPUs per machine"),
            generated_at=inputs.now,
            sections=(summary, table_section(machines), table_section(partitions),
                      provenance_section(facts)),
            data_oldest=oldest, data_newest=newest, simulated=inputs.simulated,
            offline=inputs.offline, source=inputs.source,
            registry_as_of=registry.as_of if registry is not None else None,
            facts=facts.uses(), primary=machines.sheet, highlights=highlights(rows))

