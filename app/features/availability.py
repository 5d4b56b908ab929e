"""GPU availability: the per-partition table, history plots and "Find capacity"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.domain.job_rules import JobShape as WizardShape
from app.domain.start_estimate import JobShape
from app.models.availability_model import AvailabilityModel
from app.models.find_capacity_model import FindCapacityModel
from app.services.history_backfill import HistoryBackfill
from app.views.lazy_view import LazyView

if TYPE_CHECKING:
    from app.application import DeskApplication
    from app.domain.registry import Registry
    from app.views.availability_view import AvailabilityView
    from app.views.find_capacity_view import FindCapacityView
    from app.views.history_plots import HistoryView


def wizard_shape(shape: JobShape) -> WizardShape:
    """The wizard's starting resources for a "Find capacity" job shape."""
    return WizardShape(gpus=shape.gpus_per_node * shape.nodes, gpu_type=shape.gpu_model,
                       time_limit_min=round(shape.hours * 60), nodes=shape.nodes)


class AvailabilityFeature:
    """Three tabs (Availability, History, Find capacity) built on first show."""

    def __init__(self, desk: DeskApplication) -> None:
        self.desk = desk
        window = desk.window
        self.model = AvailabilityModel(desk.store)
        self.find_model = FindCapacityModel(desk.store, desk.runner)
        self.backfill = HistoryBackfill(desk.runner, desk.history)
        self.backfill.problem.connect(window.show_problem)
        self.views: list[AvailabilityView | HistoryView | FindCapacityView] = []
        self.availability_tab = LazyView("availability", self._build_availability)
        self.history_tab = LazyView("history", self._build_history)
        self.find_tab = LazyView("findCapacity", self._build_find)
        window.add_view(self.availability_tab, window.tr("Availability"), "Ctrl+4")
        window.add_view(self.history_tab, window.tr("History"), "Ctrl+5")
        window.add_view(self.find_tab, window.tr("Find capacity"), "Ctrl+6")
        desk.federation.registry_changed.connect(self._registry_changed)

    def _registry_changed(self, registry: Registry) -> None:
        self.model.set_registry(registry)
        self.find_model.set_registry(registry)
        if self.desk.federation.demo and self.desk.federation.hub_url:
            self.backfill.follow(registry, self.desk.federation.hub_url)

    def _build_availability(self) -> QWidget:
        from app.views.availability_view import AvailabilityView

        view = AvailabilityView(self.model, self.desk.selection, self.desk.writer)
        self.views.append(view)
        return view

    def _build_history(self) -> QWidget:
        from app.views.history_plots import HistoryView

        view = HistoryView(self.desk.history, self.desk.runner, self.desk.store,
                           self.desk.selection, registry=self.desk.federation.registry,
                           backfill=self.backfill)
        self.desk.federation.registry_changed.connect(view.set_registry)
        view.export_failed.connect(self.desk.window.show_problem)
        self.views.append(view)
        return view

    def _build_find(self) -> QWidget:
        from app.views.find_capacity_view import FindCapacityView

        view = FindCapacityView(self.find_model, self.desk.selection, self.desk.writer)
        view.job_shape_chosen.connect(self._job_shape_chosen)
        view.export_failed.connect(self.desk.window.show_problem)
        self.views.append(view)
        return view

    def _job_shape_chosen(self, site_id: str, partition: str, shape: JobShape) -> None:
        jobs = getattr(self.desk, "jobs", None)
        if jobs is not None:
            jobs.open_wizard((site_id, partition, wizard_shape(shape)))

    def stop(self) -> None:
        self.model.stop()
        self.find_model.stop()
        for view in self.views:
            stop = getattr(view, "stop", None)
            if stop is not None:
                stop()
