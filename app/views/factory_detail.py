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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.domain.registry import Confidence, Fact, Location, Registry, System
from app.models.map_model import LiveValue
from app.models.overview import format_int
from app.services.preferences import QT_TRANSLATE_NOOP
from app.views.theme import colours

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
_LABELS = {Confidence.CONFIRMED: QT_TRANSLATE_NOOP("FactoryDetail", "confirmed"),
           Confidence.SINGLE_SOURCE: QT_TRANSLATE_NOOP("FactoryDetail", "single source"),
           Confidence.UNVERIFIED: QT_TRANSLATE_NOOP("FactoryDetail", "unverified")}


def _muted(html: str) -> str:
    """Secondary text in the theme's muted colour (readable in light and dark)."""
    return f"<span style='color:{colours().muted}'>{html}</span>"


def unknown() -> str:
    """What the registry does not know, said as such (never a guess)."""
    return f"<i>{_muted(escape(translate('FactoryDetail', 'unknown')))}</i>"


def confidence_badge(confidence: Confidence) -> str:
    """``[confirmed]`` in green, or ``[single source · uncertain]`` in amber."""
    uncertain = confidence is not Confidence.CONFIRMED
    colour = colours().warning if uncertain else colours().ok
    text = translate("FactoryDetail", _LABELS[confidence]) + (
        " · " + translate("FactoryDetail", "uncertain") if uncertain else "")
    return f" <span style='color:{colour}; font-size:small'>[{text}]</span>"


def _plain(value: Any) -> str:
    if value is None or value == "" or value == ():
        return unknown()
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
        return unknown()
    text = _plain(fact.value) + confidence_badge(fact.confidence)
    if fact.note:
        text += f"<br><small>{_muted(escape(fact.note))}</small>"
    return text


def render_location(loc: Location | None) -> str:
    if loc is None:
        return unknown()
    kind = (translate("FactoryDetail", "approximate") if loc.approximate
            else translate("FactoryDetail", "surveyed"))
    text = (f"{escape(loc.label)} ({loc.lat:.2f}, {loc.lon:.2f}; {kind})"
            + confidence_badge(loc.confidence))
    if loc.note:
        text += f"<br><small>{_muted(escape(loc.note))}</small>"
    return text


def _table(rows: Iterable[tuple[str, str]], indent: int = 0) -> str:
    body = "".join(
        f"<tr><td style='padding-right:12px; vertical-align:top'>"
        f"{_muted(escape(head))}</td><td>{cell}</td></tr>" for head, cell in rows)
    return f"<table style='margin-left:{indent}px'>{body}</table>"


def _system_html(system: System) -> str:
    rows = [(translate("FactoryDetail", "Status"), escape(system.status) + (
        " — " + render_fact(system.status_fact) if system.status_fact else "")),
            (translate("FactoryDetail", "Hosted by"), render_fact(system.host)),
            (translate("FactoryDetail", "City"), render_fact(system.city)),
            (translate("FactoryDetail", "Performance"), render_fact(system.performance))]
    if system.accelerators is not None:
        rows.append((translate("FactoryDetail", "Accelerators"), render_fact(system.accelerators)))
    out = [f"<h4>{escape(system.name.value)}{confidence_badge(system.name.confidence)}</h4>",
           _table(rows)]
    if not system.partitions:
        out.append("<p style='margin-left:16px'><i>"
                   + translate("FactoryDetail", "No GPU partition known yet.") + "</i></p>")
    for part in system.partitions:
        total = part.total_gpus
        out.append(_table([
            (translate("FactoryDetail", "Partition"), escape(part.name) + " " + _muted(
                f"({escape(part.status)}, GRES {escape(part.gres_type)})")),
            (translate("FactoryDetail", "GPU model"), render_fact(part.gpu_model)),
            (translate("FactoryDetail", "GPU nodes"), render_fact(part.gpu_nodes)),
            (translate("FactoryDetail", "GPUs per node"), render_fact(part.gpus_per_node)),
            (translate("FactoryDetail", "GPU memory (GB)"), render_fact(part.gpu_memory_gb)),
            (translate("FactoryDetail", "GPUs in total"),
             _plain(total) if total is not None else unknown()),
        ], indent=16))
    if system.note:
        out.append(f"<p>{_muted(escape(system.note))}</p>")
    return "".join(out)


def _links(sources: Sequence[str]) -> str:
    if not sources:
        return "<p><i>" + translate("FactoryDetail", "No source recorded.") + "</i></p>"
    items = "".join(
        f"<li><a href='{escape(s, quote=True)}'>{escape(s)}</a></li>" if s.startswith("http")
        else f"<li>{escape(s)}</li>" for s in dict.fromkeys(sources))
    return f"<ul>{items}</ul>"


def factory_html(registry: Registry, factory_id: str, live: LiveValue | None = None) -> str:
    """The whole panel as rich text."""
    factory = registry.factory(factory_id)
    if factory is None:
        return "<p>" + translate("FactoryDetail", "Unknown factory %1.").replace(
            "%1", f"<b>{escape(factory_id)}</b>") + "</p>"
    parts = [f"<h2>{escape(factory.name.value)}</h2>", _table([
        (translate("FactoryDetail", "Short name"), render_fact(factory.short_name)),
        (translate("FactoryDetail", "Country"),
         escape(f"{factory.country} ({factory.country_code})")),
        (translate("FactoryDetail", "Wave"), str(factory.wave)),
        (translate("FactoryDetail", "Selected on"), render_fact(factory.selected_on)),
        (translate("FactoryDetail", "Hosting entity"), render_fact(factory.host)),
        (translate("FactoryDetail", "City"), render_fact(factory.city)),
        (translate("FactoryDetail", "Map position"), render_location(factory.location)),
        (translate("FactoryDetail", "Status"), render_fact(factory.status)),
        (translate("FactoryDetail", "Budget"), render_fact(factory.budget)),
        (translate("FactoryDetail", "Partners"), render_fact(factory.partners)),
        (translate("FactoryDetail", "Sectors"), render_fact(factory.sectors)),
        (translate("FactoryDetail", "Experimental platform"),
         render_fact(factory.experimental_platform)),
    ])]
    if live is not None and live.free is not None:
        parts.append("<p>" + translate("FactoryDetail", "Live: %1 of %2 GPUs free").replace(
            "%1", f"<b>{format_int(live.free)}</b>").replace("%2", format_int(live.total or 0))
            + (" — <i>" + translate("FactoryDetail", "demo, simulated load") + "</i>"
               if live.simulated else "") + "</p>")
    systems = registry.systems_of(factory.id)
    parts.append("<h3>" + translate("FactoryDetail", "Machines") + "</h3>")
    parts.extend(_system_html(s) for s in systems)
    if not systems:
        parts.append("<p><i>" + translate("FactoryDetail", "No machine listed for this "
                                          "factory.") + "</i></p>")
    parts.append("<h3>" + translate("FactoryDetail", "Access modes") + "</h3><p>" + _muted(
        translate("FactoryDetail", "The EuroHPC AI Factory access modes (the same for every "
                                   "factory):")) + "</p><ul>")
    for mode in registry.access_modes:
        parts.append(f"<li><b>{render_fact(mode.name)}</b> — {render_fact(mode.audience)}"
                     + "<br>" + translate("FactoryDetail", "Decision: %1").replace(
                         "%1", render_fact(mode.decision_time))
                     + "<br>" + translate("FactoryDetail", "Cost: %1").replace(
                         "%1", render_fact(mode.cost)) + "</li>")
    parts.append("</ul>")
    centres = [c for c in registry.support_centres if factory.id in c.linked_factories]
    parts.append("<h3>" + translate("FactoryDetail", "Support centres") + "</h3>")
    if not centres:
        parts.append("<p><i>" + translate("FactoryDetail", "None linked in the registry.")
                     + "</i></p>")
    for centre in centres:
        contact = [(translate("FactoryDetail", "Kind"), escape(centre.kind.replace("_", " "))),
                   (translate("FactoryDetail", "Website"), render_fact(centre.website)),
                   (translate("FactoryDetail", "E-mail"), render_fact(centre.email)),
                   (translate("FactoryDetail", "Languages"), render_fact(centre.languages))]
        parts.append(f"<h4>{render_fact(centre.name)}</h4>" + _table(contact))
    antennas = [(a, link) for a in registry.antennas for link in a.links
                if link.factory == factory.id]
    if antennas:
        parts.append("<h3>" + translate("FactoryDetail", "Antennas") + "</h3><ul>")
        for antenna, link in antennas:
            name = antenna.name.value if antenna.name else translate(
                "FactoryDetail", "Antenna in %1").replace("%1", antenna.country)
            parts.append(f"<li>{escape(name)} — " + translate("FactoryDetail", "link")
                         + confidence_badge(link.confidence)
                         + (" " + _muted(escape(link.note)) if link.note else "") + "</li>")
        parts.append("</ul>")
    parts.append("<h3>" + translate("FactoryDetail", "Sources") + "</h3>")
    parts.append(_links(list(factory.sources) + [s for sys in systems for s in sys.sources]))
    parts.append("<p><small>" + _muted(translate(
        "FactoryDetail", "confirmed = read in the cited sources; single source = one "
        "secondary source; unverified = no source read. The last two are marked "
        "<i>uncertain</i>.")) + "</small></p>")
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
