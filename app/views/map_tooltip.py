"""The hover text of a map marker (rich text)."""

from __future__ import annotations

from html import escape

from app.domain.capacity import Health
from app.models.map_model import LiveValue, MapData, MapPoint
from app.models.overview import format_age


def _n(v: int | None) -> str:
    return "—" if v is None else f"{v:,}".replace(",", " ")


def tooltip_html(point: MapPoint, value: LiveValue | None, data: MapData) -> str:
    """Name, host, machine, GPUs free / total per model, queue, data age, provenance."""
    rows: list[str] = [f"<b>{escape(point.name)}</b>"
                       + (f" <span style='color:#555'>({escape(point.label)})</span>"
                          if point.label != point.name else "")]
    if point.host:
        rows.append(f"Host: {escape(point.host)}")
    if point.kind == "antenna":
        rows.append("AI Factory Antenna")
        names = [data.point(k) for k in point.factory_keys]
        linked = ", ".join(escape(p.label) for p in names if p is not None)
        rows.append(f"Linked to: {linked or 'unknown factory'}")
    else:
        machines = ", ".join(
            escape(m.name) + ("" if m.operational else f" ({escape(m.status or 'planned')})")
            for m in point.machines) or "no machine listed"
        rows.append(f"Machine: {machines}")
        if point.wave is not None:
            rows.append(f"Wave {point.wave}")
        rows.extend(_values(value))
    where = escape(point.where.describe())
    rows.append(f"<span style='color:#555'>Position: {point.lat:.2f}, {point.lon:.2f} — "
                f"{where}</span>")
    return "<br>".join(rows)


def _values(v: LiveValue | None) -> list[str]:
    if v is None:
        return ["No data"]
    out = []
    status = v.health.value
    if v.replay_time is not None:
        status = "replayed " + v.replay_time.strftime("%d %b %H:%M UTC")
    elif v.simulated:
        status += " · demo — simulated load"
    if v.from_cache:
        status += " · cached"
    out.append(f"Status: {escape(status)}")
    if v.free is not None:
        share = f" ({v.share * 100:.0f} % free)" if v.share is not None else ""
        out.append(f"GPUs free: <b>{_n(v.free)}</b> / {_n(v.total)}{share}")
        out.extend(f"&nbsp;&nbsp;{escape(m.model)}: {_n(m.free)} / {_n(m.total)}"
                   for m in v.per_model)
    elif v.health is Health.PLANNED:
        out.append("GPUs: machine not in service yet"
                   + (f" (planned ≈ {_n(v.capacity)})" if v.capacity else ""))
    else:
        out.append("GPUs: no live data")
    if v.pending_jobs is not None:
        out.append(f"Queue: {_n(v.pending_jobs)} jobs waiting, {_n(v.pending_gpus)} GPUs asked")
    if v.replay_time is None or v.age_s is not None:
        out.append(f"Data age: {format_age(v.age_s)}")
    if v.message:
        out.append(f"<i>{escape(v.message)}</i>")
    return out
