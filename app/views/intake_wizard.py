"""The "Apply for access" wizard: eligibility, access mode, the desk's trustworthy-AI
checklist, contact — filed as a triage request with its flags and answers.

One class per page. The checklist page says plainly that it is this desk's own
checklist, not a documented EuroHPC access condition.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.triage import (
    ACCESS_MODE_LIMITS,
    ACCESS_MODES,
    AI_ACT_RISKS,
    CHECKLIST_NOTE,
    access_is_free,
    assess_application,
)
from app.views.intake_dialog import SECTORS

_KINDS = (("startup_sme", "Start-up or SME"), ("large_industry", "Other industry"),
          ("academia", "Academia / research"), ("public_sector", "Public sector"))


class EligibilityPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Eligibility"))
        self.setSubTitle(self.tr("EuroHPC access is for users established in the EU or a "
                                 "Horizon Europe-associated country, for civilian use."))
        self.established = QComboBox(self)
        for value, label in (("", self.tr("(choose)")), ("eu", self.tr("EU member state")),
                             ("associated", self.tr("Horizon-associated country")),
                             ("other", self.tr("Elsewhere"))):
            self.established.addItem(label, value)
        self.kind = QComboBox(self)
        for value, label in _KINDS:
            self.kind.addItem(self.tr(label), value)
        self.eu_project = QCheckBox(self.tr("Part of an EU-funded project (Horizon Europe, "
                                            "Digital Europe)"), self)
        self.civilian = QCheckBox(self.tr("The work is for civilian use only"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Established in"), self.established)
        form.addRow(self.tr("&Applicant"), self.kind)
        form.addRow(self.eu_project)
        form.addRow(self.civilian)


class AccessModePage(QWizardPage):
    def __init__(self, eligibility: EligibilityPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Access mode"))
        self._eligibility = eligibility
        self.mode = QComboBox(self)
        for mode in ACCESS_MODES:
            self.mode.addItem(mode, mode)
        self.gpu_type = QLineEdit(self)
        self.gpu_type.setPlaceholderText("h100 (optional)")
        self.gpu_hours = QSpinBox(self)
        self.gpu_hours.setRange(0, 10_000_000)
        self.gpu_hours.setSingleStep(1000)
        self.limits = QLabel(self)
        self.limits.setWordWrap(True)
        self.cost = QLabel(self)
        self.cost.setObjectName("accessCost")
        self.cost.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Access &mode"), self.mode)
        form.addRow(self.tr("GPU &type"), self.gpu_type)
        form.addRow(self.tr("GPU-&hours"), self.gpu_hours)
        form.addRow(self.tr("Limits"), self.limits)
        form.addRow(self.tr("Cost"), self.cost)
        self.mode.currentIndexChanged.connect(lambda _i: self.update_texts())

    def initializePage(self) -> None:
        self.update_texts()

    def update_texts(self) -> None:
        mode = str(self.mode.currentData())
        self.limits.setText(ACCESS_MODE_LIMITS.get(mode, ""))
        free, why = access_is_free(mode, str(self._eligibility.kind.currentData()),
                                   self._eligibility.eu_project.isChecked())
        self.cost.setText((self.tr("Free: ") if free else self.tr("Not free: ")) + why)


class ChecklistPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Trustworthy-AI self-assessment"))
        self.setSubTitle(self.tr(CHECKLIST_NOTE))
        self.risk = QComboBox(self)
        self.risk.addItem(self.tr("(choose)"), "")
        for risk in AI_ACT_RISKS:
            self.risk.addItem(risk, risk)
        self.pact_group = QButtonGroup(self)
        self.pact_yes = QRadioButton(self.tr("Yes"), self)
        self.pact_no = QRadioButton(self.tr("No"), self)
        self.pact_group.addButton(self.pact_yes)
        self.pact_group.addButton(self.pact_no)
        pact = QWidget(self)
        row = QVBoxLayout(pact)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pact_yes)
        row.addWidget(self.pact_no)
        self.personal = QComboBox(self)
        for value, label in ((None, "(choose)"), (True, "Yes"), (False, "No")):
            self.personal.addItem(self.tr(label), value)
        self.gdpr = QLineEdit(self)
        self.gdpr.setPlaceholderText(self.tr("e.g. consent, Art. 9(2)(j) research"))
        self.use = QPlainTextEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("AI Act &risk category"), self.risk)
        form.addRow(self.tr("Signed the AI &Pact?"), pact)
        form.addRow(self.tr("&Personal data?"), self.personal)
        form.addRow(self.tr("&GDPR legal basis"), self.gdpr)
        form.addRow(self.tr("&Intended use"), self.use)


class ContactPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who is applying"))
        self.organisation = QLineEdit(self)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.sector = QComboBox(self)
        self.sector.addItems(SECTORS)
        self.language = QLineEdit("en", self)
        self.language.setMaxLength(2)
        self.contact = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Country (ISO code)"), self.country)
        form.addRow(self.tr("&Sector"), self.sector)
        form.addRow(self.tr("&Language (ISO code)"), self.language)
        form.addRow(self.tr("C&ontact"), self.contact)
        self.registerField("organisation*", self.organisation)
        self.registerField("country*", self.country)
        self.registerField("contact*", self.contact)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ApplyWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check and send"))
        self._wizard = wizard
        self.flags = QLabel(self)
        self.flags.setObjectName("applicationFlags")
        self.flags.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.flags)
        layout.addWidget(QLabel(self.tr("Flags are sent with the request, so the single "
                                        "point of contact sees them in the inbox."), self))

    def initializePage(self) -> None:
        flags = self._wizard.flags()
        self.flags.setText("\n".join(f"• {f}" for f in flags) if flags
                           else self.tr("Nothing to flag."))


class ApplyWizard(QWizard):
    """Collects an application; :meth:`fields` is the triage request body to send."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applyWizard")
        self.setWindowTitle(self.tr("Apply for access"))
        self.eligibility = EligibilityPage(self)
        self.access = AccessModePage(self.eligibility, self)
        self.checklist = ChecklistPage(self)
        self.contact = ContactPage(self)
        self.summary = SummaryPage(self, self)
        for page in (self.eligibility, self.access, self.checklist, self.contact,
                     self.summary):
            self.addPage(page)

    def answers(self) -> dict[str, Any]:
        pact = "yes" if self.checklist.pact_yes.isChecked() else (
            "no" if self.checklist.pact_no.isChecked() else "")
        return {"established_in": self.eligibility.established.currentData() or "",
                "kind": self.eligibility.kind.currentData(),
                "eu_project": self.eligibility.eu_project.isChecked(),
                "civilian": self.eligibility.civilian.isChecked(),
                "access_mode": self.access.mode.currentData(),
                "gpu_hours": self.access.gpu_hours.value(),
                "ai_act_risk": self.checklist.risk.currentData() or "",
                "ai_pact": pact, "personal_data": self.checklist.personal.currentData(),
                "gdpr_basis": self.checklist.gdpr.text().strip(),
                "intended_use": self.checklist.use.toPlainText().strip(),
                "sector": self.contact.sector.currentText()}

    def flags(self) -> list[str]:
        return assess_application(self.answers())

    def fields(self) -> dict[str, Any]:
        answers = self.answers()
        hours = int(answers["gpu_hours"])
        return {"organisation": self.contact.organisation.text().strip(),
                "country": self.contact.country.text().strip().upper(),
                "sector": answers["sector"], "need": "compute",
                "gpu_type": self.access.gpu_type.text().strip() or None,
                "gpu_hours": hours, "access_mode": answers["access_mode"],
                "language": self.contact.language.text().strip().lower() or "en",
                "contact": self.contact.contact.text().strip(),
                "description": answers["intended_use"],
                "flags": self.flags(), "assessment": answers}
