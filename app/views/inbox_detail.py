"""The inbox's detail pane: the request, its notes and history, ranked suggestions."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
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
from app.domain.triage import TriageRequest
from app.domain.triage_routing import Suggestion
from app.models.inbox_model import need_text, sector_text, state_text

_ASSESSMENT_NOTE = QT_TRANSLATE_NOOP(
    "InboxDetail", "The trustworthy-AI self-assessment is this desk's own checklist, not a "
    "documented EuroHPC access rule.")
_ANSWER_LABELS = {
    "established_in": QT_TRANSLATE_NOOP("InboxDetail", "Established in"),
    "kind": QT_TRANSLATE_NOOP("InboxDetail", "Applicant"),
    "eu_project": QT_TRANSLATE_NOOP("InboxDetail", "EU-funded project"),
    "civilian": QT_TRANSLATE_NOOP("InboxDetail", "Civilian use"),
    "access_mode": QT_TRANSLATE_NOOP("InboxDetail", "Access mode"),
    "gpu_hours": QT_TRANSLATE_NOOP("InboxDetail", "GPU-hours"),
    "ai_act_risk": QT_TRANSLATE_NOOP("InboxDetail", "AI Act risk"),
    "ai_pact": QT_TRANSLATE_NOOP("InboxDetail", "AI Pact"),
    "personal_data": QT_TRANSLATE_NOOP("InboxDetail", "Personal data"),
    "gdpr_basis": QT_TRANSLATE_NOOP("InboxDetail", "GDPR basis"),
    "intended_use": QT_TRANSLATE_NOOP("InboxDetail", "Intended use"),
}


def _shown(value: object) -> str:
    """A value as the history and answers show it: ``—`` for none, yes / no."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


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
        rows = self.suggestions.fontMetrics().height() + 4
        self.suggestions.setFixedHeight(5 * rows + 2 * self.suggestions.frameWidth() + 4)
        self.suggestions.setAccessibleDescription(self.tr(
            "Score and the pair; the reasons of the chosen one are shown below. Enter "
            "accepts it."))
        self.reasons = QLabel(self)
        self.reasons.setObjectName("suggestionReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAccessibleName(self.tr("Why this suggestion"))
        self.accept = QPushButton(self.tr("&Accept suggestion"), self)
        self.accept.setObjectName("acceptSuggestion")
        self.accept.setAccessibleName(self.tr("Accept the chosen suggestion"))
        self.accept.setAccessibleDescription(self.tr(
            "Sets the factory and support centre, assigns the request and, if you are not "
            "the assignee yet, assigns it to you"))
        self.accept.setEnabled(False)
        self.history = QListWidget(self)
        self.history.setObjectName("inboxHistory")
        self.history.setAccessibleName(self.tr("History of the request"))
        suggestions_label = QLabel(self.tr("S&uggested factory and support centre "
                                           "(score, best first):"), self)
        suggestions_label.setBuddy(self.suggestions)
        history_label = QLabel(self.tr("Hi&story (who, when, what):"), self)
        history_label.setBuddy(self.history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(suggestions_label)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.reasons)
        layout.addWidget(self.accept)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        self.accept.clicked.connect(self._accept)
        self.suggestions.itemActivated.connect(lambda _item: self._accept())
        self.suggestions.currentRowChanged.connect(self._chosen)

    def _chosen(self, row: int) -> None:
        self.accept.setEnabled(row >= 0 and self.request is not None)
        suggestion = self.current_suggestion()
        self.reasons.setText(
            "" if suggestion is None else
            self.tr("Score %1 because: ").replace("%1", f"{suggestion.score:.0f}")
            + "; ".join(suggestion.reasons))

    def show_request(self, request: TriageRequest | None,
                     suggestions: list[Suggestion]) -> None:
        self.request = request
        self.history.clear()
        self.suggestions.clear()
        self.reasons.clear()
        if request is None:
            self.text.setHtml(self.tr("<p>Select a request.</p>"))
            self.accept.setEnabled(False)
            return
        self.text.setHtml(self._html(request))
        for rank, s in enumerate(suggestions, 1):
            current = (s.factory_id == request.target_factory
                       and s.centre_id == request.support_centre)
            item = QListWidgetItem(
                f"{rank}. [{s.score:.0f}] {s.factory_name} + "
                f"{s.centre_name or self.tr('no support centre')}"
                + (self.tr("  (current)") if current else ""))
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
            what = ", ".join(f"{k}: {_shown(old)} → {_shown(new)}" if k != "note"
                             else f"note: {new}" for k, (old, new) in e.changes.items())
            self.history.addItem(f"{e.at}  {e.who}  {e.action}  {what}")

    def _html(self, r: TriageRequest) -> str:
        e = html.escape
        rows = [(self.tr("State"), state_text(r.state)),
                (self.tr("Organisation"), r.organisation), (self.tr("Country"), r.country),
                (self.tr("Sector"), sector_text(r.sector)), (self.tr("Need"), need_text(r.need)),
                (self.tr("GPU demand"), self.tr("%1 × %2 GPU-hours").replace(
                    "%1", r.gpu_type or self.tr("any")).replace("%2", f"{r.gpu_hours:,}")
                 if r.gpu_type or r.gpu_hours else "—"),
                (self.tr("Access mode"), r.access_mode or "—"),
                (self.tr("Language"), r.language), (self.tr("Contact"), r.contact),
                (self.tr("Assignee"), r.assignee or "—"),
                (self.tr("Factory"), r.target_factory or "—"),
                (self.tr("Support centre"), r.support_centre or "—"),
                (self.tr("Version"), str(r.version)), (self.tr("Filed"), r.created_at)]
        body = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
        out = f"<h3>#{r.id} {e(r.organisation)}</h3>"
        if r.flags:
            out += ("<p><b>" + e(self.tr("⚑ %1 flag(s) from the application:").replace(
                "%1", str(len(r.flags)))) + "</b></p><ul>"
                + "".join(f"<li>{e(f)}</li>" for f in r.flags) + "</ul>")
        out += f"<table>{body}</table><p>{e(r.description)}</p>"
        if r.assessment:
            answers = "".join(
                f"<tr><th align='left'>{e(self.tr(str(_ANSWER_LABELS[k])))}</th>"
                f"<td>{e(_shown(v))}</td></tr>" for k, v in r.assessment.items()
                if k in _ANSWER_LABELS)
            out += ("<p><b>" + e(self.tr("Application answers:")) + f"</b></p><table>{answers}"
                    f"</table><p><i>{e(self.tr(str(_ASSESSMENT_NOTE)))}</i></p>")
        if r.notes:
            out += "<p><b>" + e(self.tr("Notes:")) + "</b></p><ul>" + "".join(
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
