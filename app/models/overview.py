"""Rows of the federation overview: factory → machine → partition × GPU type.

Built from the registry (what exists) and the snapshot store (what the sites said);
planned machines and sites without data get a row too, so nothing is silently missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QColor

from app.domain.capacity import Health
from app.domain.registry import Registry
from app.models.table_model import Column, RecordTableModel, Row
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.site_state import SiteState

HEALTH_COLOURS = {
    Health.OK: "#1a7f37",
    Health.DEGRADED: "#b35900",
    Health.UNREACHABLE: "#c62828",
    Health.AUTH_FAILED: "#8e24aa",
    Health.UNSUPPORTED: "#6d4c41",
    Health.PLANNED: "#607d8b",
    Health.PENDING: "#607d8b",
}


#: Qt's translation lookup; lupdate finds the ``translate("Context", "text")`` calls.
translate = QCoreApplication.translate

#: The words of ``Health`` as shown (translated in the "Health" context).
HEALTH_WORDS = {
    Health.OK: QT_TRANSLATE_NOOP("Health", "ok"),
    Health.DEGRADED: QT_TRANSLATE_NOOP("Health", "degraded"),
    Health.UNREACHABLE: QT_TRANSLATE_NOOP("Health", "unreachable"),
    Health.AUTH_FAILED: QT_TRANSLATE_NOOP("Health", "auth failed"),
    Health.UNSUPPORTED: QT_TRANSLATE_NOOP("Health", "unsupported API version"),
    Health.PLANNED: QT_TRANSLATE_NOOP("Health", "planned machine"),
    Health.PENDING: QT_TRANSLATE_NOOP("Health", "not polled yet"),
}


def health_word(health: Health | None) -> str:
    """The health as a word in the person's language (status is never colour alone)."""
    if health is None:
        return ""
    return translate("Health", HEALTH_WORDS.get(health, health.value))


def _number(v: float, decimals: int) -> str:
    return QLocale().toString(float(v), "f", decimals)


def value(fact: Any) -> Any:
    """The value of a registry Fact (or the thing itself)."""
    return getattr(fact, "value", fact)


def format_age(seconds: float | None) -> str:
    """A coarse age (``5 min``, ``1.5 h``) with numbers in the person's locale."""
    if seconds is None:
        return translate("Age", "no data")
    seconds = max(0.0, seconds)
    if seconds < 60:
        return translate("Age", "< 1 min")  # exact in the tooltip; coarse text repaints rarely
    if seconds < 90 * 60:
        return translate("Age", "%1 min").replace("%1", _number(seconds / 60, 0))
    if seconds < 48 * 3600:
        return translate("Age", "%1 h").replace("%1", _number(seconds / 3600, 1))
    return translate("Age", "%1 d").replace("%1", _number(seconds / 86400, 0))


def format_int(v: Any) -> str:
    """An integer with the locale's digit grouping; ``—`` when unknown."""
    return "—" if v is None else QLocale().toString(int(v))


def _pct(v: Any) -> str:
    return "—" if v is None else f"{_number(v * 100, 0)} %"


#: Bytes in the GPU memory units the person may choose (Preferences › GPU memory unit).
MEMORY_UNITS = {"GB": 10**9, "GiB": 2**30}
_memory_unit = "GB"


def set_memory_unit(unit: str) -> None:
    """Show GPU memory in ``GB`` (as vendors state it) or ``GiB`` from now on."""
    global _memory_unit
    _memory_unit = unit if unit in MEMORY_UNITS else "GB"


def short_model(gres_type: str, memory_gb: Any) -> str:
    """``A100 40 GB`` (or ``A100 37 GiB``) from the GRES type and the memory fact."""
    name = gres_type.upper() if gres_type else "GPU"
    if not isinstance(memory_gb, int):
        return name
    amount = round(memory_gb * MEMORY_UNITS["GB"] / MEMORY_UNITS[_memory_unit])
    return f"{name} {amount} {_memory_unit}"


def _names(registry: Registry | None, site_id: str) -> dict[str, Any]:
    out: dict[str, Any] = {"factory": "—", "factory_id": "", "machine": site_id,
                           "system_id": "", "models": {}}
    if registry is None:
        return out
    site = next((s for s in registry.sites if s.site_id == site_id), None)
    system_id = site.system_id if site else site_id
    system = next((s for s in registry.systems if s.id == system_id), None)
    if system is None:
        return out
    out["machine"] = value(system.name)
    out["system_id"] = system.id
    out["models"] = {p.gres_type: (short_model(p.gres_type, value(p.gpu_memory_gb)),
                                   value(p.gpu_model)) for p in system.partitions}
    factory_id = site.factory_id if site and site.factory_id else (
        system.factories[0] if system.factories else "")
    factory = next((f for f in registry.factories if f.id == factory_id), None)
    if factory is not None:
        out["factory"] = value(factory.short_name) or value(factory.name)
        out["factory_id"] = factory.id
    return out


def overview_rows(registry: Registry | None, states: Mapping[str, SiteState],
                  now: datetime | None = None) -> list[dict[str, Any]]:
    now = now or datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for site_id, state in states.items():
        names = _names(registry, site_id)
        base = {
            "site_id": site_id, "factory": names["factory"], "factory_id": names["factory_id"],
            "machine": names["machine"], "system_id": names["system_id"],
            "health": state.health, "message": state.message, "age_s": state.age_s(now),
            "data_time": state.data_time,
            "simulated": state.simulated, "from_cache": state.from_cache,
        }
        capacity = state.capacity
        if capacity is None or not capacity.rows:
            rows.append(base | {"partition": "", "gpu_type": "", "gpu_model": "", "free": None,
                                "total": None, "utilisation": None, "pending_jobs": None,
                                "pending_gpus": None, "unavailable": None, "allocated": None})
            continue
        for cap in capacity.rows:
            short, full = names["models"].get(
                cap.gpu_type, (short_model(cap.gpu_type, None), cap.gpu_type)) \
                if cap.gpu_type else (translate("OverviewModel", "CPU only"),
                                      translate("OverviewModel", "no GPUs in this partition"))
            rows.append(base | {
                "partition": cap.partition, "gpu_type": cap.gpu_type, "gpu_model": short,
                "gpu_model_full": full,
                "free": cap.gpus.idle, "total": cap.gpus.total, "allocated": cap.gpus.allocated,
                "unavailable": cap.gpus.unavailable, "utilisation": cap.utilisation,
                "pending_jobs": cap.pending_jobs, "pending_gpus": cap.pending_gpus,
            })
    if registry is not None:
        polled_systems = {r["system_id"] for r in rows}
        for factory in registry.factories:
            systems: list[Any] = [s for s in registry.systems if s.id in factory.systems]
            if any(s.id in polled_systems for s in systems):
                continue
            for system in systems or [None]:
                rows.append({
                    "site_id": "", "factory": value(factory.short_name) or value(factory.name),
                    "factory_id": factory.id,
                    "machine": value(system.name) if system else "—",
                    "system_id": system.id if system else "",
                    "health": Health.PLANNED if system is None or not system.operational
                    else Health.PENDING,
                    "message": _unpolled_message(system),
                    "age_s": None, "data_time": None, "simulated": False, "from_cache": False,
                    "partition": "", "gpu_type": "", "gpu_model": "", "free": None,
                    "total": None, "utilisation": None, "pending_jobs": None,
                    "pending_gpus": None, "unavailable": None, "allocated": None,
                })
    return rows


def _unpolled_message(system: Any) -> str:
    if system is None:
        return translate("OverviewModel", "no machine listed for this factory")
    if not system.operational:
        return translate("OverviewModel", "machine status: %1").replace("%1",
                                                                       str(system.status))
    return translate("OverviewModel", "no live endpoint known for this machine")


def _health_tip(row: Row) -> str:
    parts = [health_word(row["health"])]
    if row.get("message"):
        parts.append(str(row["message"]))
    if row.get("from_cache"):
        parts.append(translate("OverviewModel", "cached data from an earlier run"))
    if row.get("simulated"):
        parts.append(translate("OverviewModel", "demo — simulated load"))
    return "\n".join(parts)


def _age_tip(row: Row) -> str:
    when = row.get("data_time")
    if when is None:
        return translate("OverviewModel", "no data received yet")
    text = translate("OverviewModel", "data from %1").replace("%1", format_datetime(when))
    if row.get("from_cache"):
        text += " " + translate("OverviewModel", "(cached from an earlier run)")
    return text


def format_utc(when: datetime) -> str:
    """A moment in UTC, short (weekday, day, month, time), in the person's language."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.utc())
    return QLocale().toString(moment, "ddd d MMM HH:mm") + " UTC"


def format_datetime(when: datetime) -> str:
    """A moment in local time, in the person's locale (long enough to be exact)."""
    locale = QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat) + " HH:mm:ss"
    return f"{locale.toString(moment, pattern)} {when.astimezone():%Z}".rstrip()


OVERVIEW_COLUMNS = [
    Column("factory", QT_TRANSLATE_NOOP("Column", "Factory")),
    Column("machine", QT_TRANSLATE_NOOP("Column", "Machine")),
    Column("partition", QT_TRANSLATE_NOOP("Column", "Partition")),
    Column("gpu_model", QT_TRANSLATE_NOOP("Column", "GPU model"),
           tooltip=lambda r: str(r.get("gpu_model_full") or r.get("gpu_model") or "")),
    Column("free", QT_TRANSLATE_NOOP("Column", "Free GPUs"), fmt=format_int,
           align_right=True),
    Column("total", QT_TRANSLATE_NOOP("Column", "Total GPUs"), fmt=format_int,
           align_right=True),
    Column("utilisation", QT_TRANSLATE_NOOP("Column", "Utilisation"), fmt=_pct),
    Column("pending_jobs", QT_TRANSLATE_NOOP("Column", "Queue (jobs)"), fmt=format_int,
           align_right=True),
    Column("pending_gpus", QT_TRANSLATE_NOOP("Column", "Queued GPUs"), fmt=format_int,
           align_right=True),
    Column("health", QT_TRANSLATE_NOOP("Column", "Health"), fmt=health_word,
           sort_key=lambda r: list(Health).index(r["health"]), tooltip=_health_tip,
           foreground=lambda r: QColor(HEALTH_COLOURS[r["health"]])),
    Column("age_s", QT_TRANSLATE_NOOP("Column", "Data age"), fmt=format_age, align_right=True,
           tooltip=_age_tip),
]


def row_key(row: Row) -> tuple[str, str, str, str]:
    return (row["site_id"] or row["factory_id"], row["system_id"], row["partition"],
            row["gpu_type"])


def make_overview_model() -> RecordTableModel:
    return RecordTableModel(OVERVIEW_COLUMNS, key=row_key)


class OverviewModel(RecordTableModel):
    """The overview table, kept up to date from the store and the registry.

    Updates are coalesced: many sites answering in one burst cause one rebuild.
    """

    def __init__(self, store: Any, parent: Any = None) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(OVERVIEW_COLUMNS, key=row_key, parent=parent)
        self._store = store
        self.registry: Registry | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # coalesce a burst of updates into one rebuild
        self._timer.timeout.connect(self.rebuild)
        self._ages = QTimer(self)
        self._ages.setInterval(5000)
        self._ages.timeout.connect(self.rebuild)
        self._ages.start()
        store.changed.connect(self._timer.start)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        title = super().headerData(section, orientation, role)
        return translate("Column", title) if isinstance(title, str) else title

    def set_registry(self, registry: Registry) -> None:
        self.registry = registry
        self.rebuild()

    def rebuild(self) -> None:
        self.set_rows(overview_rows(self.registry, self._store.states()))

    def stop(self) -> None:
        self._timer.stop()
        self._ages.stop()
