"""Wizard page 2: resources — nodes, GPUs, CPUs, memory and wall time, checked live
against the partition's limits."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.job_rules import (
    PAGE_FIELDS,
    PartitionLimits,
    format_time_limit,
    parse_time_limit,
)
from app.views.wizard.common import NOTE_STYLE, FormPage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def describe_limits(limits: PartitionLimits | None, label: str) -> str:
    """The partition's limits in one paragraph (what the checks below enforce)."""
    if limits is None:
        return translate("ResourcesPage",
                         "No data about this partition yet: the limits cannot be checked.")
    gpus = ", ".join(f"{n} × {t}" for t, n in sorted(limits.gpus_per_node.items())) \
        or translate("ResourcesPage", "none")
    not_limited = translate("ResourcesPage", "not limited")
    parts = [translate("ResourcesPage", "<b>%1 · %2</b>: %3 nodes")
             .replace("%1", html.escape(label))
             .replace("%2", html.escape(limits.partition))
             .replace("%3", f"{limits.total_nodes:,}".replace(",", " "))]
    parts.append(translate("ResourcesPage", "GPUs per node: %1").replace("%1", html.escape(gpus)))
    if limits.cpus_per_node:
        parts.append(translate("ResourcesPage", "%1 CPUs per node").replace(
            "%1", str(limits.cpus_per_node)))
    if limits.memory_per_node_gb is not None:
        parts.append(translate("ResourcesPage", "memory per node up to %1 GB").replace(
            "%1", str(limits.memory_per_node_gb)))
    parts.append(translate("ResourcesPage", "max time %1").replace(
        "%1", format_time_limit(limits.max_time_min) if limits.max_time_min is not None
        else not_limited))
    parts.append(translate("ResourcesPage", "max nodes per job %1").replace(
        "%1", str(limits.max_nodes_per_job) if limits.max_nodes_per_job is not None
        else not_limited))
    free = ", ".join(f"{n} {t}" for t, n in sorted(limits.free_gpus.items()))
    if free:
        parts.append(translate("ResourcesPage", "free now: %1").replace("%1", html.escape(free)))
    return "; ".join(parts) + "."


class ResourcesPage(FormPage):
    """How much of the machine, for how long."""

    FIELDS = PAGE_FIELDS["resources"]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcesPage")
        self.setTitle(self.tr("Resources"))
        self.setSubTitle(self.tr("Nodes, GPUs, CPUs, memory and wall time. Each value is "
                                 "checked against the partition's limits as you type."))
        self.limits_text = QLabel(self)
        self.limits_text.setObjectName("limitsText")
        self.limits_text.setWordWrap(True)
        self.nodes = QSpinBox(self)
        self.nodes.setRange(0, 100000)
        self.tasks = QSpinBox(self)
        self.tasks.setRange(0, 4096)
        self.cpus = QSpinBox(self)
        self.cpus.setRange(0, 4096)
        self.cpus.setSpecialValueText(self.tr("site default"))
        self.gpus = QSpinBox(self)
        self.gpus.setRange(0, 64)
        self.gpu_type = QComboBox(self)
        self.memory = QSpinBox(self)
        self.memory.setRange(0, 16384)
        self.memory.setSuffix(" GB")
        self.memory.setSpecialValueText(self.tr("site default"))
        self.memory_limit = QLabel(self)
        self.memory_limit.setObjectName("memoryLimit")
        self.memory_limit.setStyleSheet(NOTE_STYLE)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText("1-00:00:00")
        self.time_hint = QLabel(self)
        self.time_hint.setStyleSheet(NOTE_STYLE)
        for widget, name in ((self.nodes, "Nodes"), (self.tasks, "Tasks per node"),
                             (self.cpus, "CPUs per task"), (self.gpus, "GPUs per node"),
                             (self.gpu_type, "GPU type"), (self.memory, "Memory per node"),
                             (self.time, "Wall time")):
            widget.setAccessibleName(self.tr(name))
            widget.setObjectName(name.lower().replace(" ", "_"))

        self.total = QLabel(self)
        self.total.setObjectName("requestTotal")
        self.total.setWordWrap(True)

        box = QGroupBox(self.tr("Request"), self)
        form = QFormLayout(box)
        for label, widget, name in (
                (self.tr("&Nodes:"), self.nodes, "nodes"),
                (self.tr("GPUs &per node:"), self.gpus, "gpus_per_node"),
                (self.tr("GPU t&ype:"), self.gpu_type, "gpu_type"),
                (self.tr("&Tasks per node:"), self.tasks, "tasks"),
                (self.tr("&CPUs per task:"), self.cpus, "cpus_per_task")):
            form.addRow(label, self.with_problem(widget, name, width=160))
        memory_row = QWidget(self)
        memory_layout = QHBoxLayout(memory_row)
        memory_layout.setContentsMargins(0, 0, 0, 0)
        self.memory.setFixedWidth(160)
        memory_layout.addWidget(self.memory)
        memory_layout.addWidget(self.memory_limit)
        memory_layout.addStretch(1)
        memory_row.setFocusProxy(self.memory)
        form.addRow(self.tr("&Memory per node:"), self.with_problem(memory_row, "memory"))
        time_box = self.with_problem(self.time, "time_limit", width=220)
        time_layout = time_box.layout()
        assert isinstance(time_layout, QVBoxLayout)
        time_layout.insertWidget(1, self.time_hint)
        form.addRow(self.tr("&Wall time:"), time_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.limits_text)
        layout.addWidget(box)
        layout.addWidget(self.total)
        layout.addStretch(1)

        self.nodes.valueChanged.connect(lambda v: self.edit(nodes=v))
        self.tasks.valueChanged.connect(lambda v: self.edit(tasks_per_node=v))
        self.cpus.valueChanged.connect(lambda v: self.edit(cpus_per_task=v))
        self.gpus.valueChanged.connect(lambda v: self.edit(gpus_per_node=v))
        self.gpu_type.currentIndexChanged.connect(
            lambda _i: self.edit(gpu_type=str(self.gpu_type.currentData() or "")))
        self.memory.valueChanged.connect(lambda v: self.edit(memory_gb=v))
        self.time.textChanged.connect(lambda t: self.edit(time_limit=t))

    def initializePage(self) -> None:
        self._loading = True
        try:
            form = self.form
            limits = self.job_wizard().limits()
            self.gpu_type.clear()
            self.gpu_type.addItem(self.tr("any"), "")
            types = list(limits.gpu_types) if limits is not None else []
            if form.gpu_type and form.gpu_type not in types:
                types.append(form.gpu_type)
            for gtype in types:
                self.gpu_type.addItem(gtype, gtype)
            self.gpu_type.setCurrentIndex(max(0, self.gpu_type.findData(form.gpu_type)))
            self.nodes.setValue(form.nodes)
            self.tasks.setValue(form.tasks_per_node)
            self.cpus.setValue(form.cpus_per_task)
            self.gpus.setValue(form.gpus_per_node)
            self.memory.setValue(form.memory_gb)
            self.time.setText(form.time_limit)
            label = self.job_wizard().site_label(form.site_id)
            self.limits_text.setText(describe_limits(limits, label))
            memory_gb = limits.memory_per_node_gb if limits is not None else None
            self.memory_limit.setText(self.tr("≤ %1 GB").replace("%1", str(memory_gb))
                                      if memory_gb is not None else "")
            self.memory.setAccessibleDescription(
                self.tr("At most %1 GB per node in this partition").replace(
                    "%1", str(memory_gb)) if memory_gb is not None else "")
            most = limits.max_time_min if limits is not None else None
            self.time_hint.setText(self.tr("Slurm notation: minutes, HH:MM:SS or D-HH:MM:SS")
                                   + (self.tr(" — at most %1 here").replace(
                                       "%1", format_time_limit(most))
                                      if most is not None else ""))
        finally:
            self._loading = False
        self.show_problems()

    def show_problems(self) -> None:
        super().show_problems()
        form = self.form
        minutes = parse_time_limit(form.time_limit)
        gpus = form.nodes * form.gpus_per_node
        if gpus and minutes:
            hours = gpus * minutes / 60
            kind = form.gpu_type or "GPU"
            self.total.setText(self.tr("In total: %1 GPUs (%2 × %3 %4) for %5 — up to "
                                       "%6 GPU-hours of your allocation.")
                               .replace("%1", str(gpus)).replace("%2", str(form.nodes))
                               .replace("%3", str(form.gpus_per_node)).replace("%4", kind)
                               .replace("%5", format_time_limit(minutes))
                               .replace("%6", f"{hours:,.0f}".replace(",", " ")))
        else:
            self.total.setText("")
