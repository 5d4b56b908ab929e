"""The detail pane of the support-centre directory: facts with provenance, actions, notes."""

from __future__ import annotations

from datetime import datetime
from html import escape
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.directory import DirectoryEntry, OpenState, Provenance, local_time
from app.models.directory_labels import (
    confidence_label,
    country_name,
    kind_name,
    language_name,
    open_detail,
    open_label,
    services_text,
    word,
)
from app.models.directory_model import DirectoryModel
from app.views.theme import colours

MAIL_SUBJECT = "Support request via AI Factories Desk – {name}"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _badge_colour(confidence: str) -> str:
    theme = colours()
    return {"single_source": theme.muted, "unverified": theme.warning}.get(confidence, "")


def _state_colour(kind: str) -> str:
    """Open / closed / unknown; the word beside the dot says it too (not colour alone)."""
    theme = colours()
    return {"open": theme.ok, "closed": theme.warning}.get(kind, theme.muted)


def mailto_url(entry: DirectoryEntry) -> QUrl:
    """``mailto:`` with a prefilled subject, percent-encoded (RFC 6068)."""
    subject = quote(MAIL_SUBJECT.format(name=entry.name), safe="")
    address = quote(entry.email or "", safe="@.+-_")
    return QUrl.fromEncoded(f"mailto:{address}?subject={subject}".encode("ascii"))


def contact_text(entry: DirectoryEntry, factory_names: dict[str, str]) -> str:
    """The contact block that "Copy contact" puts on the clipboard."""
    unknown = translate("DirectoryDetail", "unknown")
    lines = [entry.name]
    if entry.host:
        lines.append(entry.host)
    place = ", ".join(p for p in (entry.city, entry.country) if p)
    if place:
        lines.append(place)
    lines.append(translate("DirectoryDetail", "E-mail: %1").replace("%1", entry.email or unknown))
    lines.append(translate("DirectoryDetail", "Phone: %1").replace("%1", entry.phone or unknown))
    lines.append(translate("DirectoryDetail", "Website: %1").replace(
        "%1", entry.website or unknown))
    zone = entry.timezone or translate("DirectoryDetail", "time zone unknown")
    hours = f"{entry.opening_hours} ({zone})" if entry.opening_hours else unknown
    lines.append(translate("DirectoryDetail", "Opening hours: %1").replace("%1", hours))
    if entry.linked_factories:
        lines.append(translate("DirectoryDetail", "AI Factories: %1").replace("%1", ", ".join(
            factory_names.get(f, f) for f in entry.linked_factories)))
    return "\n".join(lines)


def _badge(fact: Provenance | None) -> str:
    if fact is None or fact.confidence == "confirmed":
        return ""
    return (f" <span style='color:{_badge_colour(fact.confidence)}; font-style:italic'>"
            f"({escape(confidence_label(fact))})</span>")


def _note(fact: Provenance | None) -> str:
    if fact is None or not fact.note:
        return ""
    note = escape(word(fact.note))
    return f"<br><small><span style='color:{colours().muted}'>{note}</span></small>"


def _unknown() -> str:
    muted = colours().muted
    unknown = escape(translate("DirectoryDetail", "unknown"))
    why = escape(translate("DirectoryDetail", "no source gives it"))
    return f"<i style='color:{muted}'>{unknown}</i> <small style='color:{muted}'>— {why}</small>"


def _invalid() -> str:
    text = escape(translate("DirectoryDetail", "not a valid address"))
    return f"<b style='color:{colours().error}'>({text})</b>"


def _link(url: str, ok: bool) -> str:
    if not ok:
        return f"{escape(url)} {_invalid()}"
    return f"<a href='{escape(url, quote=True)}'>{escape(url)}</a>"


def _mail(entry: DirectoryEntry) -> str | None:
    if entry.email is None:
        return None
    if not entry.email_ok:
        return f"{escape(entry.email)} {_invalid()}"
    return f"<a href='mailto:{escape(entry.email, quote=True)}'>{escape(entry.email)}</a>"


def entry_html(entry: DirectoryEntry, state: OpenState, now: datetime,
               factory_names: dict[str, str]) -> str:
    """The detail of one centre as HTML: every fact with its confidence, or "unknown"."""
    fact = entry.fact
    parts = [f"<h2 style='margin-bottom:2px'>{escape(entry.name)}{_badge(fact('name'))}</h2>",
             f"<p style='margin-top:0; color:{colours().muted}'>"
             f"{escape(kind_name(entry.kind))} · "
             + escape(word(entry.country) or translate("DirectoryDetail", "country unknown"))
             + "</p>"]
    if entry.warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in entry.warnings)
        theme = colours()
        parts.append(f"<div style='background:{theme.badge_bg}; color:{theme.badge_fg};"
                     " padding:4px'><b>⚠ "
                     + translate("DirectoryDetail", "This entry has problems") + "</b> — "
                     + translate("DirectoryDetail", "shown as served:")
                     + f"<ul>{items}</ul></div>")
    colour = _state_colour(state.kind)
    local = local_time(entry, now)
    clock = (" · " + translate("DirectoryDetail", "local time %1").replace(
        "%1", f"{QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} "
              f"{local:%H:%M}") if local is not None else "")
    parts.append(f"<p><b style='color:{colour}'>● {escape(open_label(state))}</b> "
                 f"<span style='color:{colours().muted}'>"
                 f"{escape(open_detail(state, entry.timezone))}"
                 f"{escape(clock)}</span></p>")
    rows: list[tuple[str, str]] = []

    def row(label: str, value: str | None, name: str, *, html: str | None = None) -> None:
        body = _unknown() if value is None else (html or escape(value))
        rows.append((label, body + ("" if value is None else _badge(fact(name)) + _note(
            fact(name)))))

    row(translate("DirectoryDetail", "Host"), entry.host, "host")
    row(translate("DirectoryDetail", "City"), entry.city, "city")
    if entry.nodes:
        names = ", ".join(country_name(c) for c in entry.nodes)
        row(translate("DirectoryDetail", "Node countries"), names, "nodes")
    row(translate("DirectoryDetail", "Services"),
        services_text(entry.services) or None, "services")
    row(translate("DirectoryDetail", "Sectors"), ", ".join(entry.sectors) or None, "sectors")
    row(translate("DirectoryDetail", "Languages"),
        ", ".join(language_name(c) for c in entry.languages) or None, "languages")
    row(translate("DirectoryDetail", "E-mail"), entry.email, "email", html=_mail(entry))
    row(translate("DirectoryDetail", "Phone"), entry.phone, "phone")
    row(translate("DirectoryDetail", "Website"), entry.website, "website",
        html=_link(entry.website, entry.website_ok) if entry.website else None)
    hours = entry.opening_hours
    zone = entry.timezone or translate("DirectoryDetail", "time zone unknown")
    row(translate("DirectoryDetail", "Opening hours"), f"{hours} ({zone})" if hours else None,
        "opening_hours")
    row(translate("DirectoryDetail", "Time zone"), entry.timezone, "timezone")
    links = ", ".join(factory_names.get(f, f) for f in entry.linked_factories)
    rows.append((translate("DirectoryDetail", "AI Factories"), escape(links) if links else
                 f"<i style='color:{colours().muted}'>"
                 + translate("DirectoryDetail", "none linked") + "</i>"))
    parts.append("<table cellspacing='0' cellpadding='3'>" + "".join(
        f"<tr><td valign='top' style='color:{colours().muted}; padding-right:8px'>"
        f"{escape(label)}</td>"
        f"<td>{body}</td></tr>" for label, body in rows) + "</table>")
    parts.append("<h4>" + translate("DirectoryDetail", "Sources") + "</h4>")
    if entry.sources:
        parts.append("<ol>" + "".join(f"<li>{_link(s, True)}</li>" for s in entry.sources)
                     + "</ol>")
    else:
        parts.append("<p><i>" + translate("DirectoryDetail", "No source address recorded.")
                     + "</i></p>")
    parts.append(f"<p><small style='color:{colours().muted}'>" + translate(
        "DirectoryDetail", "confirmed = read in the cited sources; single source = one "
        "secondary source; unverified = no source read (an assumption, labelled). Unknown "
        "values are left empty, never guessed.") + "</small></p>")
    return "".join(parts)


class DetailPane(QWidget):
    """Shows one centre and offers its actions; keeps the staff note as typed.

    Signals:
        vcard_requested(object): the person wants the ``DirectoryEntry`` as a vCard file.
        status(str): a short message about an action (copied, opened…).
    """

    vcard_requested = Signal(object)
    status = Signal(str)

    def __init__(self, model: DirectoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryDetail")
        self.model = model
        self.entry: DirectoryEntry | None = None

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("directoryDetailText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Support centre details"))
        self.website_button = QPushButton(self.tr("Open website"), self)
        self.email_button = QPushButton(self.tr("Compose e-mail"), self)
        self.copy_button = QPushButton(self.tr("Copy contact"), self)
        self.vcard_button = QPushButton(self.tr("Export vCard…"), self)
        self.reason = QLabel(self)
        self.reason.setObjectName("actionReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #6c757d;")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("centreNotes")
        self.notes.setPlaceholderText(self.tr("Staff notes on this centre (kept on this "
                                              "computer, saved as you type)"))
        self.notes.setAccessibleName(self.tr("Staff notes"))
        self.notes_status = QLabel(self)
        self.notes_status.setObjectName("notesStatus")
        self.notes_status.setStyleSheet("color: #555;")

        buttons = QHBoxLayout()
        for button in (self.website_button, self.email_button, self.copy_button,
                       self.vcard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.reason)
        top_layout.addWidget(self.browser, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("<b>Staff notes</b>"), bottom))
        bottom_layout.addWidget(self.notes, 1)
        bottom_layout.addWidget(self.notes_status)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.website_button.clicked.connect(self.open_website)
        self.email_button.clicked.connect(self.compose_email)
        self.copy_button.clicked.connect(self.copy_contact)
        self.vcard_button.clicked.connect(lambda: self.vcard_requested.emit(self.entry))
        self.notes.textChanged.connect(self._note_typed)
        model.notes_ready.connect(self._notes_ready)
        model.note_saved.connect(self._note_saved)
        model.note_failed.connect(self._note_failed)
        self.show_entry(None)

    # -- rendering ---------------------------------------------------------------------
    def show_entry(self, entry: DirectoryEntry | None) -> None:
        self.entry = entry
        for button in (self.website_button, self.email_button, self.copy_button,
                       self.vcard_button):
            button.setEnabled(entry is not None)
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.model.note_text(entry.id) if entry else "")
        self.notes.blockSignals(False)
        self.notes.setEnabled(entry is not None and self.model.notes_loaded)
        if entry is None:
            self.browser.setHtml("<p style='color:#666'>" + self.tr(
                "Select a support centre to see its services, contacts and sources.") + "</p>")
            self.reason.setText("")
            self.notes_status.setText("")
            return
        now = self.model.now()
        self.browser.setHtml(entry_html(entry, self.model.open_state_of(entry), now,
                                        self.model.factory_names))
        reasons = []
        if not entry.website_ok:
            why = (self.tr("No website is known for this centre.") if entry.website is None
                   else self.tr("The website on record is not a valid address."))
            reasons.append(why)
        if not entry.email_ok:
            why = (self.tr("No e-mail address is known for this centre — no source gives "
                           "one.") if entry.email is None
                   else self.tr("The e-mail on record is not a valid address."))
            reasons.append(why)
        self.website_button.setEnabled(entry.website_ok)
        self.website_button.setToolTip(reasons[0] if not entry.website_ok
                                       else entry.website or "")
        self.email_button.setEnabled(entry.email_ok)
        self.email_button.setToolTip(reasons[-1] if not entry.email_ok else
                                     self.tr("Write to %1").replace("%1", entry.email or ""))
        self.reason.setText(" ".join(reasons))
        self._show_note_status(entry.id)

    def refresh(self) -> None:
        if self.entry is not None:
            fresh = self.model.entry(self.entry.id)
            if fresh is not None:
                self.entry = fresh
                self.browser.setHtml(entry_html(fresh, self.model.open_state_of(fresh),
                                                self.model.now(), self.model.factory_names))

    # -- actions -----------------------------------------------------------------------
    def open_website(self) -> None:
        if self.entry is not None and self.entry.website_ok and self.entry.website:
            QDesktopServices.openUrl(QUrl(self.entry.website))
            self.status.emit(self.tr("Opened %1").replace("%1", self.entry.website))

    def compose_email(self) -> None:
        if self.entry is not None and self.entry.email_ok:
            QDesktopServices.openUrl(mailto_url(self.entry))
            self.status.emit(self.tr("Composing an e-mail to %1")
                             .replace("%1", self.entry.email or ""))

    def copy_contact(self) -> None:
        if self.entry is None:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(contact_text(self.entry, self.model.factory_names))
        self.status.emit(self.tr("Contact of %1 copied").replace("%1", self.entry.name))

    # -- notes -------------------------------------------------------------------------
    def _note_typed(self) -> None:
        if self.entry is not None:
            self.model.set_note(self.entry.id, self.notes.toPlainText())
            self.notes_status.setText(self.tr("Saving…"))

    def _notes_ready(self) -> None:
        self.show_entry(self.entry)

    def _show_note_status(self, centre_id: str) -> None:
        if not self.model.notes_loaded:
            self.notes_status.setText(self.tr("Reading saved notes…"))
        elif self.model.note_pending(centre_id):
            self.notes_status.setText(self.tr("Saving…"))
        else:
            note = self.model.notes.get(centre_id)
            self.notes_status.setText(self.tr("Saved %1").replace("%1", note.updated_at)
                                      if note else self.tr("Kept on this computer only."))

    def _note_saved(self, centre_id: str, when: str) -> None:
        if self.entry is not None and self.entry.id == centre_id \
                and not self.model.note_pending(centre_id):
            self.notes_status.setText(self.tr("Saved %1").replace("%1", when))

    def _note_failed(self, centre_id: str, message: str) -> None:
        if self.entry is not None and self.entry.id == centre_id:
            self.notes_status.setText(self.tr("Not saved yet (%1); will retry.")
                                      .replace("%1", message))
