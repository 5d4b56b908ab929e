"""A factory's detail panel: machine specs, partners, sectors, access, support, sources.

Every fact is shown with its confidence; facts that are not confirmed (one secondary
source, or none read) are marked *uncertain*, and what the registry does not know is
shown as unknown, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.domain.registry import Confidence, Fact, Location, Registry, System
from app.models.map_model import LiveValue

UNKNOWN = "<i style='color:#777'>unknown</i>"
_LABELS = {Confidence.CONFIRMED: "confirmed", Confidence.SINGLE_SOURCE: "single source",
           Confidence.UNVERIFIED: "unverified"}


def confidence_badge(confidence: Confidence) -> str:
    """``[confirmed]`` in green, or ``[single source · uncertain]`` in amber."""
    uncertain = confidence is not Confidence.CONFIRMED
    colour = "#8a4b00" if uncertain else "#1a7f37"
    text = _LABELS[confidence] + (" · uncertain" if uncertain else "")
    return f" <span style='color:{colour}; font-size:small'>[{text}]</span>"


def _plain(value: Any) -> str:
    if value is None or value == "" or value == ():
        return UNKNOWN
    if isinstance(value, tuple | list):
        return ", ".join(escape(str(v)) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", " ")
    return escape(str(value))


def render_fact(fact: Fact[Any] | None) -> str:
    """A fact's value with its confidence and note; ``None`` is shown as unknown."""
    if fact is None:
        return UNKNOWN
    text = _plain(fact.value) + confidence_badge(fact.confidence)
    if fact.note:
        text += f"<br><span style='color:#666; font-size:small'>{escape(fact.note)}</span>"
    return text


def render_location(loc: Location | None) -> str:
    if loc is None:
        return UNKNOWN
    kind = "approximate" if loc.approximate else "surveyed"
    text = (f"{escape(loc.label)} ({loc.lat:.2f}, {loc.lon:.2f}; {kind})"
            + confidence_badge(loc.confidence))
    if loc.note:
        text += f"<br><span style='color:#666; font-size:small'>{escape(loc.note)}</span>"
    return text


def _table(rows: Iterable[tuple[str, str]], indent: int = 0) -> str:
    body = "".join(
        f"<tr><td style='color:#555; padding-right:12px; vertical-align:top'>"
        f"{escape(head)}</td><td>{cell}</td></tr>" for head, cell in rows)
    return f"<table style='margin-left:{indent}px'>{body}</table>"


def _system_html(system: System) -> str:
    rows = [("Status", escape(system.status) + (
        " — " + render_fact(system.status_fact) if system.status_fact else "")),
            ("Hosted by", render_fact(system.host)), ("City", render_fact(system.city)),
            ("Performance", render_fact(system.performance))]
    if system.accelerators is not None:
        rows.append(("Accelerators", render_fact(system.accelerators)))
    out = [f"<h4>{escape(system.name.value)}{confidence_badge(system.name.confidence)}</h4>",
           _table(rows)]
    if not system.partitions:
        out.append("<p style='margin-left:16px'><i>No GPU partition known yet.</i></p>")
    for part in system.partitions:
        total = part.total_gpus
        out.append(_table([
            ("Partition", escape(part.name) + f" <span style='color:#777'>({escape(part.status)}"
                                               f", GRES {escape(part.gres_type)})</span>"),
            ("GPU model", render_fact(part.gpu_model)),
            ("GPU nodes", render_fact(part.gpu_nodes)),
            ("GPUs per node", render_fact(part.gpus_per_node)),
            ("GPU memory (GB)", render_fact(part.gpu_memory_gb)),
            ("GPUs in total", _plain(total) if total is not None else UNKNOWN),
        ], indent=16))
    if system.note:
        out.append(f"<p style='color:#555'>{escape(system.note)}</p>")
    return "".join(out)


def _links(sources: Sequence[str]) -> str:
    if not sources:
        return "<p><i>No source recorded.</i></p>"
    items = "".join(
        f"<li><a href='{escape(s, quote=True)}'>{escape(s)}</a></li>" if s.startswith("http")
        else f"<li>{escape(s)}</li>" for s in dict.fromkeys(sources))
    return f"<ul>{items}</ul>"


def factory_html(registry: Registry, factory_id: str, live: LiveValue | None = None) -> str:
    """The whole panel as rich text."""
    factory = registry.factory(factory_id)
    if factory is None:
        return f"<p>Unknown factory <b>{escape(factory_id)}</b>.</p>"
    parts = [f"<h2>{escape(factory.name.value)}</h2>", _table([
        ("Short name", render_fact(factory.short_name)),
        ("Country", escape(f"{factory.country} ({factory.country_code})")),
        ("Wave", str(factory.wave)),
        ("Selected on", render_fact(factory.selected_on)),
        ("Hosting entity", render_fact(factory.host)),
        ("City", render_fact(factory.city)),
        ("Map position", render_location(factory.location)),
        ("Status", render_fact(factory.status)),
        ("Budget", render_fact(factory.budget)),
        ("Partners", render_fact(factory.partners)),
        ("Sectors", render_fact(factory.sectors)),
        ("Experimental platform", render_fact(factory.experimental_platform)),
    ])]
    if live is not None and live.free is not None:
        parts.append(f"<p>Live: <b>{live.free:,}</b> of {live.total or 0:,} GPUs free"
                     .replace(",", " ")
                     + (" — <i>demo, simulated load</i>" if live.simulated else "") + "</p>")
    systems = registry.systems_of(factory.id)
    parts.append("<h3>Machines</h3>")
    parts.extend(_system_html(s) for s in systems)
    if not systems:
        parts.append("<p><i>No machine listed for this factory.</i></p>")
    parts.append("<h3>Access modes</h3><p style='color:#555'>The EuroHPC AI Factory access "
                 "modes (the same for every factory):</p><ul>")
    for mode in registry.access_modes:
        parts.append(f"<li><b>{render_fact(mode.name)}</b> — {render_fact(mode.audience)}"
                     f"<br>Decision: {render_fact(mode.decision_time)}"
                     f"<br>Cost: {render_fact(mode.cost)}</li>")
    parts.append("</ul>")
    centres = [c for c in registry.support_centres if factory.id in c.linked_factories]
    parts.append("<h3>Support centres</h3>")
    if not centres:
        parts.append("<p><i>None linked in the registry.</i></p>")
    for centre in centres:
        contact = [("Kind", escape(centre.kind.replace("_", " "))),
                   ("Website", render_fact(centre.website)),
                   ("E-mail", render_fact(centre.email)),
                   ("Languages", render_fact(centre.languages))]
        parts.append(f"<h4>{render_fact(centre.name)}</h4>" + _table(contact))
    antennas = [(a, link) for a in registry.antennas for link in a.links
                if link.factory == factory.id]
    if antennas:
        parts.append("<h3>Antennas</h3><ul>")
        for antenna, link in antennas:
            name = antenna.name.value if antenna.name else f"Antenna in {antenna.country}"
            parts.append(f"<li>{escape(name)} — link{confidence_badge(link.confidence)}"
                         + (f" <span style='color:#666'>{escape(link.note)}</span>"
                            if link.note else "") + "</li>")
        parts.append("</ul>")
    parts.append("<h3>Sources</h3>")
    parts.append(_links(list(factory.sources) + [s for sys in systems for s in sys.sources]))
    parts.append("<p style='color:#555; font-size:small'>confirmed = read in the cited "
                 "sources; single source = one secondary source; unverified = no source "
                 "read. The last two are marked <i>uncertain</i>.</p>")
    return "".join(parts)


class FactoryDetail(QDialog):
    """A non-modal panel with one factory's facts and their confidence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factoryDetail")
        self.setWindowTitle(self.tr("AI Factory"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.Tool, True)
        self.resize(600, 680)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Factory details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.factory_id = ""

    def show_factory(self, registry: Registry, factory_id: str,
                     live: LiveValue | None = None) -> None:
        self.factory_id = factory_id
        self.browser.setHtml(factory_html(registry, factory_id, live))
        factory = registry.factory(factory_id)
        self.setWindowTitle(factory.name.value if factory is not None else factory_id)
