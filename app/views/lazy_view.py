"""A tab placeholder that builds its real view the first time it is shown.

Views that import heavy libraries (pyqtgraph, pandas) are created only when someone
opens them, so they never slow down the desk's start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class LazyView(QWidget):
    """Shows "Loading…" until first shown, then hosts ``factory()``'s widget.

    Signals:
        built(QWidget): the real view was created.
    """

    built = Signal(QWidget)

    def __init__(self, name: str, factory: Callable[[], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._factory = factory
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._loading = QLabel(self.tr("Loading…"), self)
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._loading)

    def ensure_built(self) -> QWidget:
        if self.view is None:
            self.view = self._factory()
            self._layout.removeWidget(self._loading)
            self._loading.deleteLater()
            self._layout.addWidget(self.view)
            self.built.emit(self.view)
        return self.view

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()
