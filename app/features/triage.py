"""The single-point-of-contact inbox, built on first show (it talks to the Hub)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.views.lazy_view import LazyView

if TYPE_CHECKING:
    from app.application import DeskApplication
    from app.views.inbox_view import InboxView


class TriageFeature:
    """The Inbox tab; the view owns its ``TriageService``."""

    def __init__(self, desk: DeskApplication) -> None:
        self.desk = desk
        self.view: InboxView | None = None
        self.tab = LazyView("inbox", self._build)
        title = QT_TRANSLATE_NOOP("MainWindow", "Inbox")
        desk.window.add_view(self.tab, str(title), "Ctrl+8")

    def _build(self) -> QWidget:
        from app.views.inbox_view import build_inbox

        view = build_inbox(self.desk.runner, self.desk.federation, self.desk.store,
                           settings=self.desk.settings)
        # "Refresh now" (F5) reloads the queue too, when the inbox is the view in front
        self.desk.window.refresh_requested.connect(view.refresh_if_shown)
        self.view = view
        return view

    def stop(self) -> None:
        stop = getattr(self.view, "stop", None)
        if stop is not None:
            stop()
