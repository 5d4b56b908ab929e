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
                                       "no machine listed", None))
            for system in systems:
                machine, city = _machine_fields(system, facts, fcity)
                if system.status_fact is not None:
                    facts.value(f"{short_label(machine)} — status", system.status_fact)
                status = system.status if not system.operational else "not polled"
                rows.append(MachineRow(fid, fname, country, city, system.id, machine, "",
                                       status, _models(system, facts, short_label(machine),
                                                       None)))
    rows.sort(key=lambda r: (not r.factory, r.factory.casefold(), not r.polled,
                             r.machine.casefold()))
    return rows


MACHINE_COLUMNS = (
    Column("factory", "Factory", weight=0.9),
    Column("country", "Country", printed=False),
    Column("city", "City", weight=1.0),
    Column("machine", "Machine", weight=1.5),
    Column("gpu_model", "GPU model", weight=1.5),
    Column("free", "Free GPUs", CellType.INT, weight=0.75),
    Column("total", "Total GPUs", CellType.INT, weight=0.75),
    Column("utilisation", "Utilisation", CellType.PERCENT, weight=0.95, short="Used"),
    Column("pending_jobs", "Queued jobs", CellType.INT, weight=0.75, short="Queue"),
    Column("status", "Status", weight=0.9),
    Column("age_s", "Data age", CellType.DURATION, weight=0.7),
    Column("data_time", "Data as of", CellType.DATETIME, printed=False),
    Column("source", "Source", printed=False),
    Column("site_id", "Site id", printed=False),
)


def _source_label(row: MachineRow) -> str | None:
    if not row.polled:
        return None
    parts = ["cache" if row.from_cache else "live"]
    if row.simulated:
        parts.append("simulated")
    return ", ".join(parts)


def machines_table(rows: Iterable[MachineRow], *, sheet: str = "Machines",
                   title: str = "Machines") -> Table:
    out = []
    for r in rows:
        out.append((r.factory or None, r.country or None, r.city, r.machine or None,
                    r.gpu_model, r.free,
                    r.total, r.utilisation, r.pending_jobs, r.status, r.age_s, r.data_time,
                    _source_label(r), r.site_id or None))
    return Table(sheet, title, MACHINE_COLUMNS, tuple(out),
                 note="Free = idle GPUs on nodes in service. Used (utilisation) = GPUs in "
                      "use / GPUs in service. Queue = pending jobs. Data age = how old the "
                      "numbers were when this report was made.")


PARTITION_COLUMNS = (
    Column("factory", "Factory", weight=0.9),
    Column("machine", "Machine", weight=1.2),
    Column("partition", "Partition", weight=0.9),
    Column("gpu_type", "GPU type", weight=0.9),
    Column("free", "Free GPUs", CellType.INT, weight=0.7),
    Column("total", "Total GPUs", CellType.INT, weight=0.7),
    Column("allocated", "In use", CellType.INT, printed=False),
    Column("unavailable", "Unavailable", CellType.INT, weight=0.95, short="Out of service"),
    Column("utilisation", "Utilisation", CellType.PERCENT, weight=0.95, short="Used"),
    Column("pending_jobs", "Queued jobs", CellType.INT, weight=0.7, short="Queued jobs"),
    Column("pending_gpus", "Queued GPUs", CellType.INT, weight=0.7, short="Queued GPUs"),
    Column("age_s", "Data age", CellType.DURATION, weight=0.7),
    Column("data_time", "Data as of", CellType.DATETIME, printed=False),
    Column("site_id", "Site id", printed=False),
)


def partitions_table(inputs: ReportInputs, machines: Iterable[MachineRow], *,
                     sheet: str = "Partitions", title: str = "Partitions") -> Table:
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
                 note="A node in several partitions counts in each of them; the machine "
                      "totals count it once.")


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
        (u.subject, u.value, u.confidence.replace("_", " "), u.as_of, len(u.sources))
        for u in uses)
    facts_table = Table(
        "Facts", "Registry facts used",
        (Column("subject", "Fact", weight=1.4), Column("value", "Value", weight=2.2),
         Column("confidence", "Confidence", weight=0.8),
         Column("as_of", "As of", CellType.DATE, weight=0.7),
         Column("sources", "Sources", CellType.INT, weight=0.5)),
        fact_rows)
    source_rows = tuple((i, source, "; ".join(subjects))
                        for i, (source, subjects) in enumerate(sources_of(uses), start=1))
    sources_table = Table(
        "Sources", "Sources",
        (Column("n", "#", CellType.INT, weight=0.25), Column("source", "Source", weight=2.6),
         Column("used_for", "Used for", weight=2.0)),
        source_rows)
    return Section(
        "Sources and confidence",
        ("Reference facts come from the federation registry; each carries its confidence "
         "(confirmed: read in two sources; single source; unverified: not read anywhere) "
         "and the sources it was read in. What no source gives is left empty, never "
         "guessed.",),
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
