"""The hover text of a map marker (rich text)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.domain.capacity import Health
from app.models.map_model import LiveValue, MapData, MapPoint
from app.models.overview import format_age, format_int, format_utc, health_word
from app.views.theme import colours


def marker_text(point: MapPoint, value: LiveValue | None) -> str:
    """A marker in words, for the list beside the map and screen readers: name, status
    and GPUs free (what the marker's colour, ring and size say)."""
    translate = QCoreApplication.translate
    if point.kind == "antenna":
        return translate("MapMarkers", "%1 — AI Factory Antenna").replace("%1", point.label)
    if value is None:
        return translate("MapMarkers", "%1 — no data").replace("%1", point.label)
    text = f"{point.label} — {health_word(value.health)}"
    if value.free is not None:
        text += ", " + translate("MapMarkers", "%1 of %2 GPUs free").replace(
            "%1", format_int(value.free)).replace("%2", format_int(value.total))
    return text


def tooltip_html(point: MapPoint, value: LiveValue | None, data: MapData) -> str:
    """Name, host, machine, GPUs free / total per model, queue, data age, provenance."""
    translate = QCoreApplication.translate
    muted = colours().muted
    rows: list[str] = [f"<b>{escape(point.name)}</b>"
                       + (f" <span style='color:{muted}'>({escape(point.label)})</span>"
                          if point.label != point.name else "")]
    if point.host:
        rows.append(translate("MapTooltip", "Host: %1").replace("%1", escape(point.host)))
    if point.kind == "antenna":
        rows.append(translate("MapTooltip", "AI Factory Antenna"))
        names = [data.point(k) for k in point.factory_keys]
        linked = ", ".join(escape(p.label) for p in names if p is not None)
        rows.append(translate("MapTooltip", "Linked to: %1").replace(
            "%1", linked or translate("MapTooltip", "unknown factory")))
    else:
        machines = ", ".join(
            escape(m.name) + ("" if m.operational else " (" + escape(
                m.status or translate("MapTooltip", "planned")) + ")")
            for m in point.machines) or translate("MapTooltip", "no machine listed")
        rows.append(translate("MapTooltip", "Machine: %1").replace("%1", machines))
        if point.wave is not None:
            rows.append(translate("MapTooltip", "Wave %1").replace("%1", str(point.wave)))
        rows.extend(_values(value))
    where = escape(point.where.describe())
    position = translate("MapTooltip", "Position: %1, %2 — %3").replace(
        "%1", f"{point.lat:.2f}").replace("%2", f"{point.lon:.2f}").replace("%3", where)
    rows.append(f"<span style='color:{muted}'>{position}</span>")
    return "<br>".join(rows)


def _values(v: LiveValue | None) -> list[str]:
    translate = QCoreApplication.translate
    if v is None:
        return [translate("MapTooltip", "No data")]
    out = []
    status = health_word(v.health)
    if v.replay_time is not None:
        status = translate("MapTooltip", "replayed %1").replace(
            "%1", format_utc(v.replay_time))
    elif v.simulated:
        status += " · " + translate("MapTooltip", "demo — simulated load")
    if v.from_cache:
        status += " · " + translate("MapTooltip", "cached")
    out.append(translate("MapTooltip", "Status: %1").replace("%1", escape(status)))
    if v.free is not None:
        share = (" " + translate("MapTooltip", "(%1 % free)").replace(
            "%1", f"{v.share * 100:.0f}") if v.share is not None else "")
        out.append(translate("MapTooltip", "GPUs free: %1 / %2").replace(
            "%1", f"<b>{format_int(v.free)}</b>").replace("%2", format_int(v.total)) + share)
        out.extend(f"&nbsp;&nbsp;{escape(m.model)}: {format_int(m.free)} / "
                   f"{format_int(m.total)}" for m in v.per_model)
    elif v.health is Health.PLANNED:
        out.append(translate("MapTooltip", "GPUs: machine not in service yet")
                   + (" " + translate("MapTooltip", "(planned ≈ %1)").replace(
                       "%1", format_int(v.capacity)) if v.capacity else ""))
    else:
        out.append(translate("MapTooltip", "GPUs: no live data"))
    if v.pending_jobs is not None:
        out.append(translate("MapTooltip", "Queue: %1 jobs waiting, %2 GPUs asked").replace(
            "%1", format_int(v.pending_jobs)).replace("%2", format_int(v.pending_gpus)))
    if v.replay_time is None or v.age_s is not None:
        out.append(translate("MapTooltip", "Data age: %1").replace("%1", format_age(v.age_s)))
    if v.message:
        out.append(f"<i>{escape(v.message)}</i>")
    return out
