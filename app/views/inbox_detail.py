"""The inbox's detail pane: the request, its notes and history, ranked suggestions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.clients.hub_triage import AuditEntry
from app.domain.triage import STATE_LABELS, TriageRequest
from app.domain.triage_routing import Suggestion

_ASSESSMENT_NOTE = ("The trustworthy-AI self-assessment is this desk's own checklist, not "
                    "a documented EuroHPC access rule.")


class InboxDetail(QWidget):
    """Shows one request. Signals: accept_requested(object) — a ``Suggestion``."""

    accept_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxDetail")
        self.request: TriageRequest | None = None
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Request details"))
        self.text.setOpenLinks(False)
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("inboxSuggestions")
        self.suggestions.setAccessibleName(self.tr("Routing suggestions, best first"))
        self.accept = QPushButton(self.tr("&Accept suggestion"), self)
        self.accept.setObjectName("acceptSuggestion")
        self.accept.setEnabled(False)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("History of the request"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 3)
        layout.addWidget(QLabel(self.tr("Suggested factory and support centre:"), self))
        layout.addWidget(self.suggestions, 2)
        layout.addWidget(self.accept)
        layout.addWidget(QLabel(self.tr("History:"), self))
        layout.addWidget(self.history, 2)
        self.accept.clicked.connect(self._accept)
        self.suggestions.itemActivated.connect(lambda _item: self._accept())
        self.suggestions.currentRowChanged.connect(
            lambda row: self.accept.setEnabled(row >= 0 and self.request is not None))

    def show_request(self, request: TriageRequest | None,
                     suggestions: list[Suggestion]) -> None:
        self.request = request
        self.history.clear()
        self.suggestions.clear()
        if request is None:
            self.text.setHtml(self.tr("<p>Select a request.</p>"))
            self.accept.setEnabled(False)
            return
        self.text.setHtml(self._html(request))
        for s in suggestions:
            item = QListWidgetItem(f"{s.score:.0f} — {s.factory_name} + "
                                   f"{s.centre_name or 'no centre'}")
            item.setToolTip("\n".join(s.reasons))
            item.setData(Qt.ItemDataRole.UserRole, s)
            self.suggestions.addItem(item)
        if suggestions:
            self.suggestions.setCurrentRow(0)

    def show_history(self, request_id: int, entries: list[AuditEntry]) -> None:
        if self.request is None or self.request.id != request_id:
            return
        self.history.clear()
        for e in entries:
            what = ", ".join(f"{k}: {old!s} → {new!s}" if k != "note" else f"note: {new}"
                             for k, (old, new) in e.changes.items())
            self.history.addItem(f"{e.at}  {e.who}  {e.action}  {what}")

    def _html(self, r: TriageRequest) -> str:
        e = html.escape
        rows = [("State", STATE_LABELS.get(r.state, r.state)), ("Organisation", r.organisation),
                ("Country", r.country), ("Sector", r.sector), ("Need", r.need),
                ("GPU demand", f"{r.gpu_type or 'any'} × {r.gpu_hours:,} GPU-hours"),
                ("Access mode", r.access_mode or "—"), ("Language", r.language),
                ("Contact", r.contact), ("Assignee", r.assignee or "—"),
                ("Factory", r.target_factory or "—"),
                ("Support centre", r.support_centre or "—"),
                ("Version", str(r.version)), ("Filed", r.created_at)]
        body = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
        out = f"<h3>#{r.id} {e(r.organisation)}</h3><table>{body}</table>"
        out += f"<p>{e(r.description)}</p>"
        if r.flags:
            out += ("<p><b>Flags:</b></p><ul>" + "".join(f"<li>{e(f)}</li>" for f in r.flags)
                    + f"</ul><p><i>{e(_ASSESSMENT_NOTE)}</i></p>")
        if r.notes:
            out += "<p><b>Notes:</b></p><ul>" + "".join(
                f"<li>{e(n.at)} {e(n.author)}: {e(n.text)}</li>" for n in r.notes) + "</ul>"
        return out

    def current_suggestion(self) -> Suggestion | None:
        item = self.suggestions.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, Suggestion) else None

    def _accept(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None and self.request is not None:
            self.accept_requested.emit(suggestion)
