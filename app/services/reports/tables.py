"""Building blocks the report kinds share: machine rows, partition rows, provenance.

Plain Python. A machine row joins what the registry says about a machine (factory, city,
GPU model — each a fact with sources) with what its site last reported (free and total
GPUs, queue, and when that was read). Machines the registry lists but nobody polls get a
row too, with unknown numbers and their status, so nothing is silently missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.registry import Fact, Factory, Registry, System
from app.services.reports.inputs import ReportInputs, SiteData
from app.services.reports.model import (
    CellType,
    Column,
    FactUse,
    Section,
    Table,
    sources_of,
)
from app.services.reports.wording import QT_TRANSLATE_NOOP, words


class Facts:
    """Records the registry facts a report uses, for its provenance."""

    def __init__(self) -> None:
        self._uses: dict[str, FactUse] = {}

    def value(self, subject: str, fact: Fact[Any] | None) -> Any:
        """The fact's value (``None`` when unknown); remembers where it comes from."""
        if fact is None:
            return None
        if subject not in self._uses:
            self._uses[subject] = FactUse(subject, fact_text(fact.value),
                                          fact.confidence.value, tuple(fact.sources),
                                          fact.as_of)
        return fact.value

    def uses(self) -> tuple[FactUse, ...]:
        return tuple(self._uses.values())


def fact_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def short_label(name: str) -> str:
    """``LUMI-G`` for ``LUMI-G (GPU partition of LUMI)`` (chart labels)."""
    head = name.split(" (", 1)[0].strip()
    return head or name


@dataclass(frozen=True)
class MachineRow:
    """One machine of one factory, with its last numbers (``None`` = unknown)."""

    factory_id: str
    factory: str
    country: str
    city: str | None
    system_id: str
    machine: str
    site_id: str
    status: str
    gpu_model: str | None
    free: int | None = None
    total: int | None = None
    allocated: int | None = None
    unavailable: int | None = None
    pending_jobs: int | None = None
    data_time: datetime | None = None
    age_s: float | None = None
    from_cache: bool = False
    simulated: bool = False

    @property
    def utilisation(self) -> float | None:
        if self.total is None or self.allocated is None or self.unavailable is None:
            return None
        usable = self.total - self.unavailable
        return self.allocated / usable if usable > 0 else None

    @property
    def polled(self) -> bool:
        return bool(self.site_id)


def _system_for(registry: Registry | None, site_id: str) -> tuple[System | None, str]:
    """The system a site serves and the factory id the Hub gave for it."""
    if registry is None:
        return None, ""
    endpoint = next((s for s in registry.sites if s.site_id == site_id), None)
    system_id = endpoint.system_id if endpoint is not None else site_id
    factory_id = endpoint.factory_id if endpoint is not None else ""
    return registry.system(system_id), factory_id


def _factory_of(registry: Registry | None, system: System | None,
                factory_id: str) -> Factory | None:
    if registry is None:
        return None
    if not factory_id and system is not None and system.factories:
        factory_id = system.factories[0]
    return registry.factory(factory_id) if factory_id else None


def _models(system: System | None, facts: Facts, machine: str,
            gres_types: Iterable[str] | None) -> str | None:
    if system is None:
        return None
    wanted = set(gres_types) if gres_types is not None else None
    names: list[str] = []
    for part in system.partitions:
        if wanted is not None and part.gres_type not in wanted:
            continue
        model = facts.value(f"{machine} — GPU model ({part.gres_type})", part.gpu_model)
        if model and model not in names:
            names.append(str(model))
    return ", ".join(names) or None


def _factory_fields(factory: Factory | None, facts: Facts) -> tuple[str, str, str, Any]:
    if factory is None:
        return "", "", "", None
    label = str(factory.short_name.value or factory.id)
    name = facts.value(f"{label} — short name", factory.short_name) or factory.id
    city = facts.value(f"{label} — city", factory.city)
    return factory.id, str(name), factory.country, city


def _machine_fields(system: System, facts: Facts, fallback_city: Any) -> tuple[str, Any]:
    label = short_label(str(system.name.value or system.id))
    machine = str(facts.value(f"{label} — name", system.name) or system.id)
    city = facts.value(f"{label} — city", system.city) or fallback_city
    return machine, city


#: A machine's status words besides a site's health (``SYSTEM_STATUSES`` of the registry).
STATUS_WORDS = {"cached": QT_TRANSLATE_NOOP("Report", "cached"),
                "operational": QT_TRANSLATE_NOOP("Report", "operational"),
                "installing": QT_TRANSLATE_NOOP("Report", "installing"),
                "procurement": QT_TRANSLATE_NOOP("Report", "procurement"),
                "planned": QT_TRANSLATE_NOOP("Report", "planned")}


def _status_text(status: str) -> str:
    """A machine's status in the person's language (health words live in "Health")."""
    if status in STATUS_WORDS:
        return words(STATUS_WORDS[status])
    return QCoreApplication.translate("Health", status)


def _status_of(site: SiteData) -> str:
    if site.from_cache:
        return "cached"
    return site.health


def machine_rows(inputs: ReportInputs, facts: Facts, *,
                 factory_id: str = "") -> list[MachineRow]:
    """One row per polled site and per registry machine nobody polls, sorted by factory.

    With ``factory_id`` only that factory's machines (and only their facts are recorded).
    """
    registry = inputs.registry
    rows: list[MachineRow] = []
    polled_systems: set[str] = set()
    for site in inputs.sites:
        system, hub_factory = _system_for(registry, site.site_id)
        factory = _factory_of(registry, system, hub_factory)
        if factory_id and (factory is None or factory.id != factory_id):
            continue
        fid, fname, country, fcity = _factory_fields(factory, facts)
        machine, city = site.site_id, fcity
        if system is not None:
            polled_systems.add(system.id)
            machine, city = _machine_fields(system, facts, fcity)
        capacity = site.capacity
        gpus = capacity.gpus if capacity is not None else None
        types = capacity.totals.keys() if capacity is not None else None
        rows.append(MachineRow(
            factory_id=fid, factory=fname, country=country, city=city,
            system_id=system.id if system is not None else "", machine=machine,
            site_id=site.site_id, status=_status_of(site),
            gpu_model=_models(system, facts, short_label(machine), types)
            or (", ".join(sorted(types)) if types else None),
            free=gpus.idle if gpus is not None else None,
            total=gpus.total if gpus is not None else None,
            allocated=gpus.allocated if gpus is not None else None,
            unavailable=gpus.unavailable if gpus is not None else None,
            pending_jobs=capacity.pending_jobs if capacity is not None else None,
            data_time=site.data_time, age_s=site.age_s(inputs.now),
            from_cache=site.from_cache, simulated=site.simulated))
    if registry is not None:
        for factory in registry.factories:
            if factory_id and factory.id != factory_id:
                continue
            systems = [s for s in registry.systems_of(factory.id)
                       if s.id not in polled_systems]
            if not systems and any(r.factory_id == factory.id for r in rows):
                continue
            fid, fname, country, fcity = _factory_fields(factory, facts)
            if not systems:
                rows.append(MachineRow(fid, fname, country, fcity, "", "", "",
                                       words(QT_TRANSLATE_NOOP("Report", "no machine listed")),
                                       None))
            for system in systems:
                machine, city = _machine_fields(system, facts, fcity)
                if system.status_fact is not None:
                    facts.value(f"{short_label(machine)} — status", system.status_fact)
                status = (system.status if not system.operational
                      else words(QT_TRANSLATE_NOOP("Report", "not polled")))
                rows.append(MachineRow(fid, fname, country, city, system.id, machine, "",
                                       status, _models(system, facts, short_label(machine),
                                                       None)))
    rows.sort(key=lambda r: (not r.factory, r.factory.casefold(), not r.polled,
                             r.machine.casefold()))
    return rows


MACHINE_COLUMNS = (
    Column("factory", QT_TRANSLATE_NOOP("Report", "Factory"), weight=0.9),
    Column("country", QT_TRANSLATE_NOOP("Report", "Country"), printed=False),
    Column("city", QT_TRANSLATE_NOOP("Report", "City"), weight=1.0),
    Column("machine", QT_TRANSLATE_NOOP("Report", "Machine"), weight=1.5),
    Column("gpu_model", QT_TRANSLATE_NOOP("Report", "GPU model"), weight=1.5),
    Column("free", QT_TRANSLATE_NOOP("Report", "Free GPUs"), CellType.INT, weight=0.75),
    Column("total", QT_TRANSLATE_NOOP("Report", "Total GPUs"), CellType.INT, weight=0.75),
    Column("utilisation", QT_TRANSLATE_NOOP("Report", "Utilisation"), CellType.PERCENT,
           weight=0.95, short=QT_TRANSLATE_NOOP("Report", "Used")),
    Column("pending_jobs", QT_TRANSLATE_NOOP("Report", "Queued jobs"), CellType.INT, weight=0.75,
           short=QT_TRANSLATE_NOOP("Report", "Queue")),
    Column("status", QT_TRANSLATE_NOOP("Report", "Status"), weight=0.9),
    Column("age_s", QT_TRANSLATE_NOOP("Report", "Data age"), CellType.DURATION, weight=0.7),
    Column("data_time", QT_TRANSLATE_NOOP("Report", "Data as of"), CellType.DATETIME,
           printed=False),
    Column("source", QT_TRANSLATE_NOOP("Report", "Source"), printed=False),
    Column("site_id", QT_TRANSLATE_NOOP("Report", "Site id"), printed=False),
)


def _source_label(row: MachineRow) -> str | None:
    if not row.polled:
        return None
    parts = [words(QT_TRANSLATE_NOOP("Report", "cache")) if row.from_cache
             else words(QT_TRANSLATE_NOOP("Report", "live"))]
    if row.simulated:
        parts.append(words(QT_TRANSLATE_NOOP("Report", "simulated")))
    return ", ".join(parts)


def machines_table(rows: Iterable[MachineRow], *,
                   sheet: str = QT_TRANSLATE_NOOP("Report", "Machines"),
                   title: str = QT_TRANSLATE_NOOP("Report", "Machines")) -> Table:
    out = []
    for r in rows:
        out.append((r.factory or None, r.country or None, r.city, r.machine or None,
                    r.gpu_model, r.free,
                    r.total, r.utilisation, r.pending_jobs, _status_text(r.status), r.age_s,
                    r.data_time,
                    _source_label(r), r.site_id or None))
    return Table(sheet, title, MACHINE_COLUMNS, tuple(out),
                 note=QT_TRANSLATE_NOOP("Report", "Free = idle GPUs on nodes in service. Used "
                                                  "(utilisation) = GPUs in use / GPUs in "
                                                  "service. Queue = pending jobs. Data age = "
                                                  "how old the numbers were when this report "
                                                  "was made."))


PARTITION_COLUMNS = (
    Column("factory", QT_TRANSLATE_NOOP("Report", "Factory"), weight=0.9),
    Column("machine", QT_TRANSLATE_NOOP("Report", "Machine"), weight=1.2),
    Column("partition", QT_TRANSLATE_NOOP("Report", "Partition"), weight=0.9),
    Column("gpu_type", QT_TRANSLATE_NOOP("Report", "GPU type"), weight=0.9),
    Column("free", QT_TRANSLATE_NOOP("Report", "Free GPUs"), CellType.INT, weight=0.7),
    Column("total", QT_TRANSLATE_NOOP("Report", "Total GPUs"), CellType.INT, weight=0.7),
    Column("allocated", QT_TRANSLATE_NOOP("Report", "In use"), CellType.INT, printed=False),
    Column("unavailable", QT_TRANSLATE_NOOP("Report", "Unavailable"), CellType.INT, weight=0.95,
           short=QT_TRANSLATE_NOOP("Report", "Out of service")),
    Column("utilisation", QT_TRANSLATE_NOOP("Report", "Utilisation"), CellType.PERCENT,
           weight=0.95, short=QT_TRANSLATE_NOOP("Report", "Used")),
    Column("pending_jobs", QT_TRANSLATE_NOOP("Report", "Queued jobs"), CellType.INT, weight=0.7,
           short=QT_TRANSLATE_NOOP("Report", "Queued jobs")),
    Column("pending_gpus", QT_TRANSLATE_NOOP("Report", "Queued GPUs"), CellType.INT, weight=0.7,
           short=QT_TRANSLATE_NOOP("Report", "Queued GPUs")),
    Column("age_s", QT_TRANSLATE_NOOP("Report", "Data age"), CellType.DURATION, weight=0.7),
    Column("data_time", QT_TRANSLATE_NOOP("Report", "Data as of"), CellType.DATETIME,
           printed=False),
    Column("site_id", QT_TRANSLATE_NOOP("Report", "Site id"), printed=False),
)


def partitions_table(inputs: ReportInputs, machines: Iterable[MachineRow], *,
                     sheet: str = QT_TRANSLATE_NOOP("Report", "Partitions"),
                     title: str = QT_TRANSLATE_NOOP("Report", "Partitions")) -> Table:
    """Per site, partition and GPU type (CPU-only partitions are left out)."""
    out = []
    for machine in machines:
        site = inputs.site(machine.site_id) if machine.polled else None
        if site is None or site.capacity is None:
            continue
        for cap in site.capacity.rows:
            if not cap.gpu_type:
                continue
            out.append((machine.factory or None, machine.machine, cap.partition, cap.gpu_type,
                        cap.gpus.idle, cap.gpus.total, cap.gpus.allocated,
                        cap.gpus.unavailable, cap.utilisation, cap.pending_jobs,
                        cap.pending_gpus, machine.age_s, machine.data_time, machine.site_id))
    return Table(sheet, title, PARTITION_COLUMNS, tuple(out),
                 note=QT_TRANSLATE_NOOP("Report", "A node in several partitions counts in "
                                                  "each of them; the machine totals count it "
                                                  "once."))


def table_section(table: Table) -> Section:
    """A section holding one table under the table's own title."""
    return Section(table.title, tables=(table,))


def data_span(rows: Iterable[MachineRow]) -> tuple[datetime | None, datetime | None]:
    times = [r.data_time for r in rows if r.data_time is not None]
    return (min(times), max(times)) if times else (None, None)


def provenance_section(facts: Facts) -> Section:
    """The appendix: every registry fact used, and every source behind them."""
    uses = facts.uses()
    fact_rows = tuple(
        (u.subject, u.value, words(u.confidence.replace("_", " ")), u.as_of, len(u.sources))
        for u in uses)
    facts_table = Table(
        QT_TRANSLATE_NOOP("Report", "Facts"), QT_TRANSLATE_NOOP("Report", "Registry facts used"),
        (Column("subject", QT_TRANSLATE_NOOP("Report", "Fact"), weight=1.4),
         Column("value", QT_TRANSLATE_NOOP("Report", "Value"), weight=2.2),
         Column("confidence", QT_TRANSLATE_NOOP("Report", "Confidence"), weight=0.8),
         Column("as_of", QT_TRANSLATE_NOOP("Report", "As of"), CellType.DATE, weight=0.7),
         Column("sources", QT_TRANSLATE_NOOP("Report", "Sources"), CellType.INT, weight=0.5)),
        fact_rows)
    source_rows = tuple((i, source, "; ".join(subjects))
                        for i, (source, subjects) in enumerate(sources_of(uses), start=1))
    sources_table = Table(
        QT_TRANSLATE_NOOP("Report", "Sources"), QT_TRANSLATE_NOOP("Report", "Sources"),
        (Column("n", "#", CellType.INT, weight=0.25),
         Column("source", QT_TRANSLATE_NOOP("Report", "Source"), weight=2.6),
         Column("used_for", QT_TRANSLATE_NOOP("Report", "Used for"), weight=2.0)),
        source_rows)
    return Section(
        QT_TRANSLATE_NOOP("Report", "Sources and confidence"),
        (QT_TRANSLATE_NOOP("Report", "Reference facts come from the federation registry; each "
                                     "carries its confidence (confirmed: read in two sources; "
                                     "single source; unverified: not read anywhere) and the "
                                     "sources it was read in. What no source gives is left "
                                     "empty, never guessed."),),
        (facts_table, sources_table), appendix=True)


def site_names(inputs: ReportInputs, facts: Facts, site_id: str) -> tuple[str, str]:
    """``(factory short name, machine name)`` of a site id ("" when unknown)."""
    system, hub_factory = _system_for(inputs.registry, site_id)
    factory = _factory_of(inputs.registry, system, hub_factory)
    _, fname, _, fcity = _factory_fields(factory, facts)
    machine = site_id
    if system is not None:
        machine, _ = _machine_fields(system, facts, fcity)
    return fname, machine
