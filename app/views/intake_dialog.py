"""The "New request" form: file a triage request on behalf of an applicant."""

from __future__ import annotations

from typing import Any

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

SECTORS = ("health", "manufacturing", "language_llm", "agrifood", "climate_earth", "energy",
           "finance", "mobility_automotive", "materials", "life_sciences", "public_sector",
           "robotics", "space", "media_culture", "education", "cybersecurity_defence",
           "legal", "gaming", "pharma_biotech", "general")


class NewRequestDialog(QDialog):
    """A form whose :meth:`fields` is the body of ``POST /v1/triage/requests``.

    Problems the Hub names (``body.country``) are shown next to the form via
    :meth:`show_problem`; nothing is sent from here — the caller sends it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTriageRequest")
        self.setWindowTitle(self.tr("New request"))
        self.organisation = QLineEdit(self)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("DE")
        self.sector = QComboBox(self)
        self.sector.addItems(SECTORS)
        self.sector.setEditable(True)
        self.need = QComboBox(self)
        self.need.addItems(NEEDS)
        self.gpu_type = QLineEdit(self)
        self.gpu_type.setPlaceholderText("h100 (optional)")
        self.gpu_hours = QSpinBox(self)
        self.gpu_hours.setRange(0, 10_000_000)
        self.gpu_hours.setSingleStep(1000)
        self.access_mode = QComboBox(self)
        self.access_mode.addItem(self.tr("(not chosen)"), None)
        for mode in ACCESS_MODES:
            self.access_mode.addItem(mode, mode)
        self.language = QLineEdit("en", self)
        self.language.setMaxLength(2)
        self.contact = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("intakeProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        for label, widget in ((self.tr("&Organisation"), self.organisation),
                              (self.tr("&Country (ISO code)"), self.country),
                              (self.tr("&Sector"), self.sector), (self.tr("&Need"), self.need),
                              (self.tr("&GPU type"), self.gpu_type),
                              (self.tr("GPU-&hours"), self.gpu_hours),
                              (self.tr("&Access mode"), self.access_mode),
                              (self.tr("&Language (ISO code)"), self.language),
                              (self.tr("C&ontact"), self.contact),
                              (self.tr("&Description"), self.description)):
            form.addRow(label, widget)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def fields(self) -> dict[str, Any]:
        return {"organisation": self.organisation.text().strip(),
                "country": self.country.text().strip().upper(),
                "sector": self.sector.currentText().strip(),
                "need": self.need.currentText(),
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

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def _check(self) -> None:
        missing = self.missing()
        if missing:
            self.show_problem(self.tr("Please fill in: %1").replace("%1", ", ".join(missing)))
            return
        self.accept()
