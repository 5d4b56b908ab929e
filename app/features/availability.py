"""GPU availability: the per-partition table, history plots and "Find capacity"."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.domain.job_rules import JobShape as WizardShape
from app.domain.start_estimate import JobShape
from app.models.availability_model import (
    RANGES,
    AvailabilityModel,
    HistoryData,
    history_names,
    load_history,
)
from app.models.find_capacity_model import FindCapacityModel
from app.models.selection import Selection
from app.services.history_backfill import HistoryBackfill
from app.views.lazy_view import LazyView

if TYPE_CHECKING:
    from app.application import DeskApplication
    from app.domain.registry import Registry
    from app.views.availability_view import AvailabilityView
    from app.views.find_capacity_view import FindCapacityView
    from app.views.history_plots import HistoryView
    from app.views.wizard import JobWizard


def wizard_shape(shape: JobShape, gres_type: str) -> WizardShape:
    """The wizard's starting resources for a "Find capacity" job shape on a partition.

    The shape names a GPU model family ("H100", or any); the wizard wants the partition's
    GRES type ("h100"), which the chosen row carries.
    """
    return WizardShape(gpus=shape.gpus, gpu_type=gres_type, time_limit_min=shape.minutes,
                       nodes=shape.nodes)


class AvailabilityFeature:
    """Three tabs (Availability, History, Find capacity) built on first show."""

    def __init__(self, desk: DeskApplication) -> None:
        self.desk = desk
        window = desk.window
        self.model = AvailabilityModel(desk.store)
        self.find_model = FindCapacityModel(desk.store, desk.runner)
        self.backfill = HistoryBackfill(desk.runner, desk.history)
        self.backfill.problem.connect(window.show_problem)
        self.backfill.finished.connect(lambda _r: self._read_history_ahead())
        #: the History tab's first picture, read before the tab is first shown
        self._history_ahead: tuple[Selection, HistoryData] | None = None
        self.views: list[AvailabilityView | HistoryView | FindCapacityView] = []
        self.availability_tab = LazyView("availability", self._build_availability)
        self.history_tab = LazyView("history", self._build_history)
        self.find_tab = LazyView("findCapacity", self._build_find)
        for tab, title, keys in (
                (self.availability_tab, QT_TRANSLATE_NOOP("MainWindow", "Availability"), "Ctrl+4"),
                (self.history_tab, QT_TRANSLATE_NOOP("MainWindow", "History"), "Ctrl+5"),
                (self.find_tab, QT_TRANSLATE_NOOP("MainWindow", "Find capacity"), "Ctrl+6")):
            window.add_view(tab, str(title), keys)
        desk.federation.registry_changed.connect(self._registry_changed)

    def _registry_changed(self, registry: Registry) -> None:
        self.model.set_registry(registry)
        self.find_model.set_registry(registry)
        if self._history_ahead is None:
            self._read_history_ahead()  # what is recorded already (offline, later runs)
        # a Hub without /v1/history is noticed on the first request and left alone
        self.backfill.follow(registry, self.desk.federation.hub_url)

    def _read_history_ahead(self) -> None:
        """Read the History tab's default picture off the UI thread, so that the tab shows
        full plots the moment it is first opened (it refreshes itself after that)."""
        if self.history_tab.view is not None:
            return
        desk = self.desk
        selection = desk.selection.current
        names = history_names(desk.federation.registry, list(desk.store.states()), selection)
        history, now = desk.history, datetime.now(UTC)
        tz = datetime.now().astimezone().tzinfo or UTC
        desk.runner.submit(
            lambda: load_history(history, selection, RANGES["24 h"], now, tz, names),
            on_result=lambda data: self._history_read(selection, data), key="history-ahead")

    def _history_read(self, selection: Selection, data: HistoryData) -> None:
        self._history_ahead = (selection, data)

    def _build_availability(self) -> QWidget:
        from app.views.availability_view import AvailabilityView

        view = AvailabilityView(self.model, self.desk.selection, self.desk.writer)
        self.views.append(view)
        return view

    def _build_history(self) -> QWidget:
        from app.views.history_plots import HistoryView

        ahead = self._history_ahead
        initial = ahead[1] if ahead and ahead[0] == self.desk.selection.current else None
        self._history_ahead = None
        view = HistoryView(self.desk.history, self.desk.runner, self.desk.store,
                           self.desk.selection, registry=self.desk.federation.registry,
                           backfill=self.backfill, initial=initial)
        self.desk.federation.registry_changed.connect(view.set_registry)
        view.export_failed.connect(self.desk.window.show_problem)
        self.views.append(view)
        return view

    def _build_find(self) -> QWidget:
        from app.views.find_capacity_view import FindCapacityView

        view = FindCapacityView(self.find_model, self.desk.selection, self.desk.writer)
        if self.desk.federation.registry is not None:
            view.set_registry(self.desk.federation.registry)
        self.desk.federation.registry_changed.connect(view.set_registry)
        view.job_shape_chosen.connect(self._job_shape_chosen)
        view.export_failed.connect(self.desk.window.show_problem)
        self.views.append(view)
        return view

    def _job_shape_chosen(self, site_id: str, partition: str, gres_type: str,
                          shape: JobShape) -> JobWizard:
        """Open the job wizard on the chosen partition, sized to the shape."""
        wizard = self.desk.jobs.open_wizard((site_id, partition,
                                             wizard_shape(shape, gres_type)))
        if shape.access_mode:
            wizard.set_fields(access_mode=shape.access_mode)
        return wizard

    def stop(self) -> None:
        self.model.stop()
        self.find_model.stop()
        for view in self.views:
            stop = getattr(view, "stop", None)
            if stop is not None:
                stop()
