"""Find capacity: "where would my job start soonest?" across the federation.

The person gives a GPU model (or any), GPUs per node, nodes, hours and an access mode;
the table ranks partitions by estimated start and says why. Choosing a row (double-click,
Enter or "Open in job wizard") copies its ``sbatch`` line and emits ``job_shape_chosen``
(the desk opens the job wizard on it); "Copy sbatch line" only copies.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.registry import Registry
from app.domain.start_estimate import JobShape
from app.models.find_capacity_model import FindCapacityModel
from app.models.overview import value
from app.models.selection import Selection, SelectionBus
from app.models.table_model import ROW_ROLE
from app.services.tasks import TaskRunner
from app.views.availability_view import DEMO_STYLE, make_table
from app.views.export import export_table


class FindCapacityView(QWidget):
    """A job-shape form and the partitions ranked by estimated start.

    Signals:
        job_shape_chosen(str, str, str, object): site id, partition, GRES type and the
            ``JobShape`` the person chose (its ``sbatch`` line is on the clipboard).
        exported(str): a CSV file was written (its path).
        export_failed(str): writing failed (a sentence for people).
    """

    job_shape_chosen = Signal(str, str, str, object)
    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, model: FindCapacityModel, selection: SelectionBus,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findCapacity")
        self.model = model
        self.selection = selection
        self._runner = runner

        self.gpu_model = QComboBox(self)
        self.gpu_model.setAccessibleName(self.tr("GPU model"))
        self.gpus_per_node = QSpinBox(self)
        self.gpus_per_node.setRange(1, 16)
        self.gpus_per_node.setValue(4)
        self.gpus_per_node.setAccessibleName(self.tr("GPUs per node"))
        self.nodes = QSpinBox(self)
        self.nodes.setRange(1, 4096)
        self.nodes.setValue(1)
        self.nodes.setAccessibleName(self.tr("Nodes"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.25, 24 * 14)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(1.0)
        self.hours.setValue(4.0)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("Hours"))
        self.access_mode = QComboBox(self)
        self.access_mode.setAccessibleName(self.tr("Access mode"))
        self.access_mode.addItem(self.tr("Any access mode"), "")
        self.total_label = QLabel(self)
        self.access_note = QLabel(self)
        self.access_note.setWordWrap(True)
        self.access_note.setStyleSheet("color: #555;")
        self.demo_badge = QLabel(self.tr("demo — simulated load"), self)
        self.demo_badge.setStyleSheet(DEMO_STYLE)
        self.demo_badge.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("GPU &model"), self.gpu_model)
        form.addRow(self.tr("&GPUs per node"), self.gpus_per_node)
        form.addRow(self.tr("&Nodes"), self.nodes)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("&Access mode"), self.access_mode)
        form.addRow("", self.total_label)

        self.table, self.proxy = make_table(model, "findCapacityTable",
                                            self.tr("Partitions ranked by estimated start"),
                                            self)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for key, width in (("rank", 36), ("start_text", 120), ("factory", 85),
                           ("machine", 150), ("partition", 115), ("gpu_model", 105),
                           ("idle", 75), ("queued", 95), ("limit_min", 75)):
            header.resizeSection(model.column_index(key), width)
        self.wizard_button = QPushButton(self.tr("Open in job &wizard…"), self)
        self.wizard_button.setEnabled(False)
        self.wizard_button.setAccessibleName(self.tr("Open the chosen partition in the job "
                                                     "wizard"))
        self.wizard_button.setToolTip(self.tr(
            "Starts a new job on this partition with this shape (Enter or double-click); "
            "the sbatch line is copied too"))
        self.copy_button = QPushButton(self.tr("&Copy sbatch line"), self)
        self.copy_button.setEnabled(False)
        self.copy_button.setAccessibleName(self.tr("Copy the sbatch line of the chosen "
                                                   "partition"))
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the ranking as CSV"))
        self.sbatch_label = QLabel(self)
        self.sbatch_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sbatch_label.setStyleSheet("font-family: monospace;")
        self.explain = QLabel(self.tr(
            "How the ranking works: idle GPUs now (whole idle nodes for whole-node jobs), the "
            "GPUs queued ahead (first come, first served: priorities are not known to the "
            "desk), the partition's limits, and a queue that drains as jobs end — about half "
            "the time limit per job, as sites do not report when others' jobs end. Where a "
            "site reports Slurm's own expected start for its queue, nothing earlier is "
            "promised unless the job fits before it (backfill). An estimate, not a "
            "promise; sites without data are never guessed."), self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Where would my job start soonest?</b>"), self), 1)
        head.addWidget(self.demo_badge)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.access_note)
        side.addStretch(1)
        upper = QHBoxLayout()
        upper.addLayout(side)
        upper.addWidget(self.explain, 1, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.addWidget(self.wizard_button)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.sbatch_label, 1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addLayout(upper)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._shape_timer = QTimer(self)
        self._shape_timer.setSingleShot(True)
        self._shape_timer.setInterval(150)  # typing in a spin box: one recompute
        self._shape_timer.timeout.connect(self.apply_shape)

        for box in (self.gpus_per_node, self.nodes):
            box.valueChanged.connect(self._shape_timer.start)
        self.hours.valueChanged.connect(self._shape_timer.start)
        self.gpu_model.currentIndexChanged.connect(self._shape_timer.start)
        self.access_mode.currentIndexChanged.connect(self._shape_timer.start)
        self.wizard_button.clicked.connect(self.choose_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.table.doubleClicked.connect(lambda _i: self.choose_current())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        model.computed.connect(self._computed)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.choose_current)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.choose_current)
        self.refresh_choices()
        self._update_total()

    # -- form ---------------------------------------------------------------------------
    def shape(self) -> JobShape:
        return JobShape(gpu_model=str(self.gpu_model.currentData() or ""),
                        gpus_per_node=self.gpus_per_node.value(), nodes=self.nodes.value(),
                        hours=self.hours.value(),
                        access_mode=str(self.access_mode.currentData() or ""))

    def apply_shape(self) -> None:
        self._shape_timer.stop()
        self._update_total()
        self.model.set_shape(self.shape())

    def set_registry(self, registry: Registry) -> None:
        self.model.set_registry(registry)
        current = self.access_mode.currentData()
        self.access_mode.blockSignals(True)
        self.access_mode.clear()
        self.access_mode.addItem(self.tr("Any access mode"), "")
        for mode in registry.access_modes:
            self.access_mode.addItem(str(value(mode.name)), mode.id)
        found = self.access_mode.findData(current)
        self.access_mode.setCurrentIndex(max(0, found))
        self.access_mode.blockSignals(False)
        self.refresh_choices()

    def refresh_choices(self) -> None:
        """Offer the GPU models the federation has (registry and live data)."""
        current = self.gpu_model.currentData()
        models = self.model.models()
        known = [self.gpu_model.itemData(i) for i in range(self.gpu_model.count())]
        if known == ["", *models]:
            return
        self.gpu_model.blockSignals(True)
        self.gpu_model.clear()
        self.gpu_model.addItem(self.tr("Any GPU model"), "")
        for name in models:
            self.gpu_model.addItem(name, name)
        self.gpu_model.setCurrentIndex(max(0, self.gpu_model.findData(current)))
        self.gpu_model.blockSignals(False)

    def _update_total(self) -> None:
        shape = self.shape()
        self.total_label.setText(self.tr("%1 GPUs for %2 h = %3 GPU-hours").replace(
            "%1", str(shape.gpus)).replace("%2", QLocale().toString(shape.hours, "g", 6)).replace(
            "%3", QLocale().toString(round(shape.gpu_hours))))
        mode_id = shape.access_mode
        note = ""
        registry = self.model.registry
        if mode_id and registry is not None:
            mode = next((m for m in registry.access_modes if m.id == mode_id), None)
            if mode is not None:
                bits = [str(value(mode.audience))]
                if mode.decision_time is not None:
                    bits.append(self.tr("access: %1").replace("%1",
                                                                str(value(mode.decision_time))))
                note = " · ".join(bits)
        self.access_note.setText(note)

    # -- results ------------------------------------------------------------------------
    def _computed(self) -> None:
        self.refresh_choices()
        self.demo_badge.setVisible(self.model.simulated())
        if self.table.currentIndex().isValid():
            self._row_changed(self.table.currentIndex(), QModelIndex())

    def current_row(self) -> dict[str, object] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.index(index.row(), 0).data(ROW_ROLE)
        return dict(row) if row else None

    def _row_changed(self, current: object, _previous: object) -> None:
        row = self.current_row()
        line = str(row.get("sbatch") or "") if row else ""
        self.copy_button.setEnabled(bool(line))
        self.wizard_button.setEnabled(bool(line))
        self.sbatch_label.setText(line)
        if row and row.get("site_id"):
            self.selection.select(Selection(
                factory_id=str(row["factory_id"]), system_id=str(row["system_id"]),
                site_id=str(row["site_id"]), partition=str(row["partition"]),
                gpu_type=str(row["gpu_type"])), source=self)

    def select_row(self, proxy_row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(proxy_row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def copy_current(self) -> str | None:
        """Copy the current row's ``sbatch`` line (``None`` when the job cannot run there)."""
        row = self.current_row()
        if not row or not row.get("sbatch"):
            return None
        line = str(row["sbatch"])
        QGuiApplication.clipboard().setText(line)
        self.sbatch_label.setText(self.tr("copied: %1").replace("%1", line))
        return line

    def choose_current(self) -> str | None:
        """Copy the current row's ``sbatch`` line and emit ``job_shape_chosen``."""
        line = self.copy_current()
        row = self.current_row()
        if line is None or row is None:
            return None
        self.job_shape_chosen.emit(str(row["site_id"]), str(row["partition"]),
                                   str(row["gpu_type"]), row["shape"])
        return line

    def export_csv(self, path: Path | None = None) -> Path | None:
        return export_table(self, self.proxy, "find-capacity.csv", runner=self._runner,
                            path=path, done=lambda p: self.exported.emit(str(p)),
                            failed=lambda e: self.export_failed.emit(
                                self.tr("Could not export: %1").replace("%1", str(e))))

    def stop(self) -> None:
        self._shape_timer.stop()
        self.model.stop()
