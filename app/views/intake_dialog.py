"""The "New request" form: staff taking a call file a triage request for the caller.

The form checks what it can (required fields, ISO codes) and then emits ``submitted``
with the request body; it stays open while the caller sends it, so a field the Hub
refuses (``body.country``) is shown next to the form with that field focused, and only
:meth:`sent` closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.triage import ACCESS_MODES, NEEDS
from app.models.inbox_model import need_text, sector_text
from app.services.preferences import QT_TRANSLATE_NOOP

SECTORS = ("health", "manufacturing", "language_llm", "agrifood", "climate_earth", "energy",
           "finance", "mobility_automotive", "materials", "life_sciences", "public_sector",
           "robotics", "space", "media_culture", "education", "cybersecurity_defence",
           "legal", "gaming", "pharma_biotech", "general")
#: Sectors the directory has no label of its own for.
_OTHER_SECTORS = {"pharma_biotech": QT_TRANSLATE_NOOP("NewRequestDialog", "Pharma and biotech"),
                  "general": QT_TRANSLATE_NOOP("NewRequestDialog", "General")}
#: The access modes' own names (proper names of the EuroHPC programme, not translated).
MODE_NAMES = {"playground": "Playground", "fast-lane": "Fast Lane",
              "large-scale": "Large Scale", "ai-for-science": "AI for Science"}


def sector_label(code: str) -> str:
    """A sector code as its label in the person's language."""
    if code in _OTHER_SECTORS:
        return QCoreApplication.translate("NewRequestDialog", _OTHER_SECTORS[code])
    return sector_text(code)


def add_choices(combo: QComboBox, codes: tuple[str, ...], label: Callable[[str], str]) -> None:
    """Offer ``codes`` in ``combo`` by their labels; the code is each item's data."""
    for code in codes:
        combo.addItem(label(code), code)


def chosen_code(combo: QComboBox) -> str:
    """The code of the chosen item; in an editable combo, what was typed when it names
    no item."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return str(combo.itemData(index)) if index >= 0 else text



def field_name(hub_field: str) -> str:
    """``body.country`` → ``country`` (the Hub names fields by where they were sent)."""
    return hub_field.split(".", 1)[1] if "." in hub_field else hub_field


class NewRequestDialog(QDialog):
    """A form whose :meth:`fields` is the body of ``POST /v1/triage/requests``.

    Signals: submitted(dict) — the body, once the form's own checks pass.
    """

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTriageRequest")
        self.setWindowTitle(self.tr("New request"))
        self.organisation = QLineEdit(self)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("DE"))
        self.sector = QComboBox(self)
        add_choices(self.sector, SECTORS, sector_label)
        self.sector.setEditable(True)
        self.need = QComboBox(self)
        add_choices(self.need, NEEDS, need_text)
        self.gpu_type = QLineEdit(self)
        self.gpu_type.setPlaceholderText(self.tr("h100 (optional)"))
        self.gpu_hours = QSpinBox(self)
        self.gpu_hours.setRange(0, 10_000_000)
        self.gpu_hours.setSingleStep(1000)
        self.access_mode = QComboBox(self)
        self.access_mode.addItem(self.tr("(not chosen)"), None)
        for mode in ACCESS_MODES:
            self.access_mode.addItem(MODE_NAMES.get(mode, mode), mode)
        self.language = QLineEdit("en", self)
        self.language.setMaxLength(2)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("e-mail or phone of the caller"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("intakeProblem")
        self.problem.setWordWrap(True)
        self.widgets: dict[str, QWidget] = {
            "organisation": self.organisation, "country": self.country,
            "sector": self.sector, "need": self.need, "gpu_type": self.gpu_type,
            "gpu_hours": self.gpu_hours, "access_mode": self.access_mode,
            "language": self.language, "contact": self.contact,
            "description": self.description}
        form = QFormLayout(self)
        for label, name, help_text in (
                (self.tr("&Organisation"), "organisation", ""),
                (self.tr("&Country (ISO code)"), "country",
                 self.tr("Two letters, for example DE or FR")),
                (self.tr("&Sector"), "sector", ""), (self.tr("&Need"), "need",
                                                     self.tr("compute, support, training "
                                                             "or legal")),
                (self.tr("&GPU type"), "gpu_type", self.tr("GPU type asked for, if any")),
                (self.tr("GPU-&hours"), "gpu_hours", ""),
                (self.tr("&Access mode"), "access_mode", ""),
                (self.tr("&Language (ISO code)"), "language",
                 self.tr("Language the caller wants to be answered in, e.g. de")),
                (self.tr("C&ontact"), "contact", ""),
                (self.tr("&Description"), "description",
                 self.tr("What the caller needs, in their words"))):
            widget = self.widgets[name]
            widget.setAccessibleName(label.replace("&", ""))
            if help_text:
                widget.setAccessibleDescription(help_text)
                widget.setToolTip(help_text)
            form.addRow(label, widget)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&File request"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def fields(self) -> dict[str, Any]:
        return {"organisation": self.organisation.text().strip(),
                "country": self.country.text().strip().upper(),
                "sector": chosen_code(self.sector),
                "need": chosen_code(self.need),
                "gpu_type": self.gpu_type.text().strip() or None,
                "gpu_hours": self.gpu_hours.value(),
                "access_mode": self.access_mode.currentData(),
                "language": self.language.text().strip().lower() or "en",
                "contact": self.contact.text().strip(),
                "description": self.description.toPlainText().strip()}

    def missing(self) -> list[str]:
        f = self.fields()
        out = [name for name in ("organisation", "country", "sector", "contact") if not f[name]]
        if f["country"] and (len(f["country"]) != 2 or not f["country"].isalpha()):
            out.append("country")
        return out

    def show_problem(self, text: str, field: str = "") -> None:
        """Show ``text``; focus the widget of ``field`` (a Hub field name) if known."""
        self.problem.setText(text)
        self.set_sending(False)
        widget = self.widgets.get(field_name(field))
        if widget is not None:
            widget.setFocus()

    def show_refusal(self, field: str, message: str) -> None:
        """The Hub refused the request (``field`` as it named it, maybe empty)."""
        self.show_problem(self.tr("The Hub refused the request: %1").replace("%1", message),
                          field)

    def set_sending(self, sending: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not sending)
        if sending:
            self.problem.setText(self.tr("Sending to the Hub…"))

    def sent(self) -> None:
        """The Hub filed the request: close the form."""
        self.accept()

    def _check(self) -> None:
        missing = self.missing()
        if missing:
            names = ", ".join(self.widgets[name].accessibleName() for name in missing)
            self.show_problem(self.tr("Please fill in: %1").replace("%1", names), missing[0])
            return
        self.set_sending(True)
        self.submitted.emit(self.fields())
