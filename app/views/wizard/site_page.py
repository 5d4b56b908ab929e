"""Wizard page 1: where the job runs — a site and a partition, with live free GPUs."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.capacity import Health
from app.domain.job_rules import PAGE_FIELDS, Problem, format_time_limit
from app.models.overview import format_age, health_word
from app.models.table_model import ROW_ROLE, Column, RecordTableModel, Row, SortFilterProxy
from app.services.preferences import QT_TRANSLATE_NOOP
from app.services.snapshot_store import SnapshotStore
from app.views.wizard.common import NOTE_STYLE, FormPage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _int(value: Any) -> str:
    return "—" if value is None else f"{value:,}".replace(",", " ")


def _status(row: Row) -> str:
    if not row["connected"]:
        return translate("SitePage", "no credentials")
    if row["from_cache"]:
        return translate("SitePage", "cached data")
    return health_word(row["health"])


COLUMNS = [
    Column("machine", QT_TRANSLATE_NOOP("Column", "Machine")),
    Column("partition", QT_TRANSLATE_NOOP("Column", "Partition")),
    Column("gpu_type", QT_TRANSLATE_NOOP("Column", "GPU type"),
           fmt=lambda v: v or translate("SitePage", "CPU only")),
    Column("free", QT_TRANSLATE_NOOP("Column", "Free GPUs"), fmt=_int, align_right=True),
    Column("total", QT_TRANSLATE_NOOP("Column", "Total GPUs"), fmt=_int, align_right=True),
    Column("pending_jobs", QT_TRANSLATE_NOOP("Column", "Queued jobs"), fmt=_int, align_right=True),
    Column("max_time", QT_TRANSLATE_NOOP("Column", "Max time"),
           fmt=lambda v: "—" if v is None else format_time_limit(v),
           align_right=True),
    Column("max_nodes", QT_TRANSLATE_NOOP("Column", "Max nodes"), fmt=_int, align_right=True),
    Column("status", QT_TRANSLATE_NOOP("Column", "Status"),
           tooltip=lambda r: str(r.get("message") or "")),
]


def capacity_rows(store: SnapshotStore, label: Any, connected: Any) -> list[dict[str, Any]]:
    """One row per site × partition × GPU type, from the latest data of every site."""
    rows = []
    now = datetime.now(UTC)
    for site_id, state in store.states().items():
        if state.capacity is None:
            continue
        for cap in state.capacity.rows:
            row = {
                "site_id": site_id, "machine": label(site_id), "partition": cap.partition,
                "gpu_type": cap.gpu_type, "free": cap.gpus.idle if cap.gpu_type else None,
                "total": cap.gpus.total if cap.gpu_type else None,
                "pending_jobs": cap.pending_jobs, "max_time": cap.max_time_min,
                "max_nodes": cap.max_nodes_per_job, "health": state.health,
                "from_cache": state.from_cache, "simulated": state.simulated,
                "connected": bool(connected(site_id)), "age_s": state.age_s(now),
                "message": state.message, "state": cap.state,
            }
            row["status"] = _status(row)
            rows.append(row)
    return rows


class SitePage(FormPage):
    """Choose where to run; only sites the desk holds credentials for can take the job."""

    FIELDS = PAGE_FIELDS["site"]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePage")
        self.setTitle(self.tr("Site and partition"))
        self.setSubTitle(self.tr("Where should the job run? Free GPUs are live from each "
                                 "site; pick a row."))
        self.model = RecordTableModel(COLUMNS, key=lambda r: (r["site_id"], r["partition"],
                                                              r["gpu_type"]), parent=self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("siteFilter")
        self.filter.setPlaceholderText(self.tr("Filter machines, partitions, GPU types…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the partitions"))
        self.table = QTableView(self)
        self.table.setObjectName("partitionTable")
        self.table.setAccessibleName(self.tr("Partitions with live capacity"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("machine", 190), ("partition", 120), ("gpu_type", 70),
                           ("free", 76), ("total", 80), ("pending_jobs", 86),
                           ("max_time", 86), ("max_nodes", 76)):
            header.resizeSection(self.model.column_index(key), width)
        self.summary = QLabel(self)
        self.summary.setObjectName("siteSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing() + 4)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_label("partition"))
        layout.addWidget(self.note)

        self.filter.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

    def initializePage(self) -> None:
        self.reload()
        self._select_current()

    def reload(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        jw = self.job_wizard()
        self.model.set_rows(capacity_rows(jw.services.store, jw.site_label, jw.connected))
        simulated = any(r["simulated"] for r in self.model.rows())
        self.note.setText(self.tr("demo — simulated load. ") * simulated + self.tr(
            "Sites without credentials are listed for their capacity; connect them in "
            "File › Sites & credentials to submit there."))
        self._describe()

    def _select_current(self) -> None:
        form = self.form
        for row in range(self.proxy.rowCount()):
            data = self.proxy.index(row, 0).data(ROW_ROLE)
            if data["site_id"] == form.site_id and data["partition"] == form.partition and (
                    not form.gpu_type or data["gpu_type"] in ("", form.gpu_type)):
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        row = current.data(ROW_ROLE)
        changes: dict[str, Any] = {"site_id": row["site_id"], "partition": row["partition"]}
        if row["gpu_type"]:
            changes["gpu_type"] = row["gpu_type"]
        elif self.form.partition != row["partition"]:
            changes.update(gpu_type="", gpus_per_node=0)
        self.edit(**changes)

    def form_changed(self, _form: object) -> None:
        if self.wizard() is not None and self.job_wizard().currentPage() is self:
            self._describe()

    def _describe(self) -> None:
        form = self.form
        match = [r for r in self.model.rows()
                 if r["site_id"] == form.site_id and r["partition"] == form.partition]
        if not match:
            self.summary.setText(self.tr("No partition chosen yet."))
        else:
            parts = []
            for r in match:
                if r["gpu_type"]:
                    parts.append(self.tr("%1 of %2 %3 GPUs free").replace(
                        "%1", _int(r["free"])).replace("%2", _int(r["total"]))
                        .replace("%3", r["gpu_type"]))
                else:
                    parts.append(self.tr("CPU only"))
            first = match[0]
            facts = self.tr("%1 · queued jobs: %2 · data %3 old").replace(
                "%1", ", ".join(parts)).replace("%2", _int(first["pending_jobs"])).replace(
                "%3", format_age(first["age_s"]))
            if first["simulated"]:
                facts += " — " + self.tr("demo, simulated load")
            text = (f"<b>{escape(first['machine'])} · {escape(form.partition)}</b> — "
                    + escape(facts))
            if first["health"] is not Health.OK:
                text += " " + escape(self.tr("Site status: %1.").replace("%1", first["status"]))
            self.summary.setText(text)
        self.show_problems()

    def page_problems(self) -> list[Problem]:
        problems = super().page_problems()
        form = self.form
        if form.site_id and not self.job_wizard().connected(form.site_id):
            problems.append(Problem("partition", self.tr(
                "the desk has no credentials for %1; connect it in File › Sites & credentials")
                .replace("%1", self.job_wizard().site_label(form.site_id))))
        return problems
