"""The one shared selection: current factory / system / site / partition."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Selection:
    factory_id: str = ""
    system_id: str = ""
    site_id: str = ""
    partition: str = ""
    gpu_type: str = ""

    @property
    def empty(self) -> bool:
        return not (self.factory_id or self.system_id or self.site_id)


class SelectionBus(QObject):
    """Every view follows and sets the same selection.

    Signals:
        changed(object): the new ``Selection``; the sender is in ``source``.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = Selection()
        self.source: object | None = None

    def select(self, selection: Selection, source: object | None = None) -> None:
        if selection == self.current:
            return
        self.current, self.source = selection, source
        self.changed.emit(selection)
