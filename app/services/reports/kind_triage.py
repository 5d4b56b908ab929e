"""Report kind "triage": the single point of contact's queue, as the Hub holds it now.

The queue lives on the Hub, so this report needs one (the demo federation's or a real
one); it is read on the worker thread that builds the report.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from app.clients.errors import ClientError
from app.clients.hub_triage import HubTriageClient
from app.domain.triage import TriageRequest, parse_hub_time
from app.services.poller import new_session
from app.services.reports.inputs import ReportInputs
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
from app.services.reports.tables import table_section
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate


def _filed(request: TriageRequest) -> datetime | None:
    return parse_hub_time(request.created_at)


def queue_table(requests: list[TriageRequest]) -> Table:
    columns = (
        Column("id", QT_TRANSLATE_NOOP("Report", "#"), CellType.INT, weight=0.4),
        Column("filed", QT_TRANSLATE_NOOP("Report", "Filed"), CellType.DATETIME),
        Column("state", QT_TRANSLATE_NOOP("Report", "State"), weight=0.8),
        Column("organisation", QT_TRANSLATE_NOOP("Report", "Organisation"), weight=1.6),
        Column("country", QT_TRANSLATE_NOOP("Report", "Country"), weight=0.5),
        Column("sector", QT_TRANSLATE_NOOP("Report", "Sector")),
        Column("need", QT_TRANSLATE_NOOP("Report", "Need"), weight=0.7),
        Column("gpu_hours", QT_TRANSLATE_NOOP("Report", "GPU-hours"), CellType.INT,
               weight=0.7),
        Column("assignee", QT_TRANSLATE_NOOP("Report", "Assignee")),
        Column("factory", QT_TRANSLATE_NOOP("Report", "Factory"), weight=0.7),
        Column("centre", QT_TRANSLATE_NOOP("Report", "Support centre"), printed=False),
        Column("flags", QT_TRANSLATE_NOOP("Report", "Flags"), printed=False),
    )
    rows = tuple(
        (r.id, _filed(r), r.state, r.organisation, r.country, r.sector, r.need,
         r.gpu_hours, r.assignee or "", r.target_factory or "", r.support_centre or "",
         " | ".join(r.flags))
        for r in sorted(requests, key=lambda r: r.id))
    return Table(sheet=QT_TRANSLATE_NOOP("Report", "Queue"),
                 title=QT_TRANSLATE_NOOP("Report", "Triage queue"), columns=columns,
                 rows=rows)


class TriageReport:
    """Every request on the Hub's triage queue, with its state, assignee and routing."""

    id = "triage"
    title = QT_TRANSLATE_NOOP("Report", "Triage queue")
    description = QT_TRANSLATE_NOOP("Report", "The single point of contact's requests with "
                                              "their state, assignee and routing (needs "
                                              "the Hub)")
    needs_factory = False
    needs_dates = False

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        if not inputs.hub_url:
            raise ReportError(translate(
                "Report", "the triage queue lives on the Hub, and the desk is not connected "
                          "to one (offline)"))
        progress(0.1, QT_TRANSLATE_NOOP("Report", "reading the triage queue"))
        try:
            with new_session() as session:
                client = HubTriageClient(session, inputs.hub_url, user="report")
                requests = client.list_all()
        except ClientError as error:
            raise ReportError(translate("Report", "the Hub's triage queue could not be read: "
                                                  "%1").replace("%1", str(error))) from error
        cancel.check()
        table = queue_table(requests)
        states = Counter(r.state for r in requests)
        open_count = sum(1 for r in requests if r.is_open)
        summary = Section(QT_TRANSLATE_NOOP("Report", "Summary"), (
            translate("Report", "%1 requests on the Hub at %2, %3 of them open.")
            .replace("%1", str(len(requests))).replace("%2", inputs.hub_url)
            .replace("%3", str(open_count)),))
        filed = [f for f in (_filed(r) for r in requests) if f is not None]
        return Report(
            kind=self.id, title=self.title,
            subtitle=translate("Report", "The single point of contact's queue"),
            generated_at=inputs.now, sections=(summary, table_section(table)),
            data_oldest=min(filed, default=None), data_newest=max(filed, default=None),
            simulated=inputs.simulated, offline=inputs.offline, source=inputs.hub_url,
            primary=table.sheet,
            highlights=tuple((state, str(n)) for state, n in sorted(states.items())))
