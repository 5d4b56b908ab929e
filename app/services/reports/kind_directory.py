"""Report kind "directory": the one-stop-shop support-centre directory as a table.

The centres come from the Hub when the desk is connected to one, otherwise from the copy
bundled with the desk (both read on the worker thread that builds the report).
"""

from __future__ import annotations

import json
from pathlib import Path

from app import config
from app.clients.errors import ClientError
from app.clients.hub_support import fetch_support_centres
from app.domain.directory import KINDS, SERVICES, DirectoryEntry, load_entries
from app.services.poller import new_session
from app.services.reports.inputs import ReportInputs
from app.services.reports.model import (
    CancelToken,
    Column,
    Progress,
    Report,
    ReportParams,
    Section,
    Table,
)
from app.services.reports.tables import table_section
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate


def bundled_entries(resources: Path) -> list[DirectoryEntry]:
    doc = json.loads((resources / "federation" / "support_centres.json").read_text("utf-8"))
    return load_entries(doc)


def centres_table(entries: list[DirectoryEntry], factory_names: dict[str, str]) -> Table:
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Report", "Centre"), weight=2.2),
        Column("kind", QT_TRANSLATE_NOOP("Report", "Kind"), weight=1.2),
        Column("country", QT_TRANSLATE_NOOP("Report", "Country")),
        Column("city", QT_TRANSLATE_NOOP("Report", "City")),
        Column("services", QT_TRANSLATE_NOOP("Report", "Services"), weight=2.0),
        Column("sectors", QT_TRANSLATE_NOOP("Report", "Sectors"), printed=False),
        Column("languages", QT_TRANSLATE_NOOP("Report", "Languages"), weight=0.8),
        Column("email", QT_TRANSLATE_NOOP("Report", "E-mail"), weight=1.6),
        Column("phone", QT_TRANSLATE_NOOP("Report", "Phone"), printed=False),
        Column("website", QT_TRANSLATE_NOOP("Report", "Website"), printed=False),
        Column("factories", QT_TRANSLATE_NOOP("Report", "Linked factories"),
               printed=False),
        Column("unverified", QT_TRANSLATE_NOOP("Report", "Unverified fields"),
               printed=False),
        Column("sources", QT_TRANSLATE_NOOP("Report", "Sources"), printed=False),
    )
    rows = tuple(
        (e.name, KINDS.get(e.kind, e.kind), e.country, e.city,
         "; ".join(SERVICES.get(s, s) for s in e.services), "; ".join(e.sectors),
         " ".join(e.languages), e.email, e.phone, e.website,
         "; ".join(factory_names.get(f, f) for f in e.linked_factories),
         " ".join(sorted(k for k, p in e.provenance.items() if p.unverified)),
         " ".join(e.sources))
        for e in sorted(entries, key=lambda e: (e.kind, e.country, e.name.casefold())))
    return Table(sheet=QT_TRANSLATE_NOOP("Report", "Centres"),
                 title=QT_TRANSLATE_NOOP("Report", "Support centres"),
                 columns=columns, rows=rows)


class DirectoryReport:
    """Every support centre with its services, languages and contacts."""

    id = "directory"
    title = QT_TRANSLATE_NOOP("Report", "Directory extract")
    description = QT_TRANSLATE_NOOP("Report", "The one-stop-shop support centres with their "
                                              "services, languages and contacts")
    needs_factory = False
    needs_dates = False

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        progress(0.1, QT_TRANSLATE_NOOP("Report", "reading the support centres"))
        origin = translate("Report", "the copy bundled with the desk")
        entries: list[DirectoryEntry] | None = None
        if inputs.hub_url:
            try:
                with new_session() as session:
                    entries = load_entries(fetch_support_centres(session, inputs.hub_url)
                                           .centres)
                origin = translate("Report", "the Hub at %1").replace("%1", inputs.hub_url)
            except ClientError:
                entries = None  # the bundled copy below; the cover says which was used
        if entries is None:
            entries = bundled_entries(config.resources_dir())
        cancel.check()
        registry = inputs.registry
        names = {f.id: str(f.short_name.value if f.short_name else f.name.value)
                 for f in registry.factories} if registry is not None else {}
        table = centres_table(entries, names)
        kinds: dict[str, int] = {}
        for entry in entries:
            kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
        summary = Section(QT_TRANSLATE_NOOP("Report", "Summary"), (
            translate("Report", "%1 support centres, from %2.")
            .replace("%1", str(len(entries))).replace("%2", origin),))
        progress(0.9, QT_TRANSLATE_NOOP("Report", "laying out"))
        return Report(
            kind=self.id, title=self.title,
            subtitle=translate("Report", "Support centres of the AI Factories"),
            generated_at=inputs.now, sections=(summary, table_section(table)),
            offline=inputs.offline, source=origin,
            registry_as_of=registry.as_of if registry is not None else None,
            primary=table.sheet,
            highlights=tuple((KINDS.get(k, k), str(n)) for k, n in sorted(kinds.items())))
