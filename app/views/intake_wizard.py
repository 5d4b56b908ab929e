"""The "Apply for access" wizard: who applies, eligibility, access mode, the desk's
trustworthy-AI self-assessment — filed as a triage request with its answers and flags.

One class per page. The access modes (limits, who they are free for) and the
eligibility rules come from the registry when the desk has one, else from the bundled
copy in :mod:`app.domain.triage`. The checklist page says plainly that it is this desk's
own checklist, not a documented EuroHPC access condition. Missing or contradictory
answers do not block sending: they become flags the single point of contact sees.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
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

from app.domain.registry import AccessMode, Registry
from app.domain.triage import (
    ACCESS_MODE_LIMITS,
    ACCESS_MODES,
    AI_ACT_RISKS,
    FREE_FOR,
    access_is_free,
    assess_application,
)
from app.views.intake_dialog import MODE_NAMES, SECTORS, add_choices, field_name, sector_label

_KINDS = (("startup_sme", QT_TRANSLATE_NOOP("EligibilityPage", "Start-up or SME")),
          ("large_industry", QT_TRANSLATE_NOOP("EligibilityPage", "Other industry")),
          ("academia", QT_TRANSLATE_NOOP("EligibilityPage", "Academia / research")),
          ("public_sector", QT_TRANSLATE_NOOP("EligibilityPage", "Public sector")))
_ELIGIBILITY = (QT_TRANSLATE_NOOP("ApplyWizard",
                                  "Users must be established in an EU member state or in a "
                                  "country associated to Horizon Europe (EuroHPC access "
                                  "policy)."),
                QT_TRANSLATE_NOOP("ApplyWizard", "EuroHPC machines are for civilian "
                                  "applications (Regulation (EU) 2021/1173)."))
#: The AI Act's risk categories as the checklist offers them (ids: domain.triage.AI_ACT_RISKS).
_RISK_LABELS = {
    "minimal": QT_TRANSLATE_NOOP("ChecklistPage", "Minimal risk (e.g. spam filters, games)"),
    "limited": QT_TRANSLATE_NOOP("ChecklistPage", "Limited risk: transparency duties "
                                 "(chatbots, generated content)"),
    "high": QT_TRANSLATE_NOOP("ChecklistPage", "High risk (Annex III: health, hiring, "
                              "credit, education, critical infrastructure…)"),
    "prohibited": QT_TRANSLATE_NOOP("ChecklistPage", "Prohibited practice (Art. 5: social "
                                    "scoring, manipulation…)"),
    "unsure": QT_TRANSLATE_NOOP("ChecklistPage", "Not sure yet")}


def _name(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def mode_limits(mode: AccessMode | None, mode_id: str) -> str:
    """Allocation, duration and decision time of a mode, from the registry if known."""
    if mode is None:
        return ACCESS_MODE_LIMITS.get(mode_id, "")
    parts = [f.value for f in (mode.allocation, mode.duration, mode.decision_time)
             if f is not None and f.value]
    return "; ".join(parts) or ACCESS_MODE_LIMITS.get(mode_id, "")


class ApplicantPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who is applying"))
        self.setSubTitle(self.tr("Your organisation and how to reach you. Fields marked * "
                                 "are needed to send the application."))
        self.organisation = QLineEdit(self)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("AT"))
        self.sector = QComboBox(self)
        add_choices(self.sector, SECTORS, sector_label)
        self.language = QLineEdit("en", self)
        self.language.setMaxLength(2)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("name@company.eu"))
        form = QFormLayout(self)
        for label, widget, help_text in (
                (self.tr("&Organisation *"), self.organisation, ""),
                (self.tr("&Country *"), self.country,
                 self.tr("Where the organisation is established: ISO code, e.g. AT")),
                (self.tr("&Sector"), self.sector, ""),
                (self.tr("&Language"), self.language,
                 self.tr("Language you want to be answered in: ISO code, e.g. de")),
                (self.tr("C&ontact *"), self.contact,
                 self.tr("E-mail address the support centre can answer"))):
            form.addRow(label, _name(widget, label.rstrip(" *"), help_text))
        self.registerField("organisation*", self.organisation)
        self.registerField("country*", self.country)
        self.registerField("contact*", self.contact)

    def isComplete(self) -> bool:
        country = self.country.text().strip()
        return (super().isComplete() and len(country) == 2 and country.isalpha()
                and len(self.contact.text().strip()) >= 3)


class EligibilityPage(QWizardPage):
    def __init__(self, rules: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Eligibility"))
        self.setSubTitle(self.tr("Who may use the EuroHPC AI Factories."))
        self.rules = QLabel("\n".join(f"• {rule}" for rule in rules), self)
        self.rules.setObjectName("eligibilityRules")
        self.rules.setWordWrap(True)
        self.established = QComboBox(self)
        for value, label in (("", self.tr("(choose)")), ("eu", self.tr("an EU member state")),
                             ("associated",
                              self.tr("a country associated to Horizon Europe")),
                             ("other", self.tr("elsewhere"))):
            self.established.addItem(label, value)
        self.kind = QComboBox(self)
        for kind, kind_label in _KINDS:
            self.kind.addItem(self.tr(str(kind_label)), kind)
        self.eu_project = QCheckBox(self.tr("Part of an &EU-funded project (Horizon Europe, "
                                            "Digital Europe)"), self)
        self.civilian = QCheckBox(self.tr("The work is for &civilian use only"), self)
        form = QFormLayout(self)
        form.addRow(self.rules)
        form.addRow(self.tr("&Established in"),
                    _name(self.established, self.tr("Established in")))
        form.addRow(self.tr("&Applicant"), _name(self.kind, self.tr("Kind of applicant"),
                                                 self.tr("Decides which modes are free")))
        form.addRow(_name(self.eu_project, self.tr("Part of an EU-funded project")))
        form.addRow(_name(self.civilian, self.tr("Civilian use only")))


class AccessModePage(QWizardPage):
    def __init__(self, eligibility: EligibilityPage, modes: dict[str, AccessMode],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Access mode"))
        self.setSubTitle(self.tr("The AI Factories' access modes, their limits, and whether "
                                 "the mode is free for you."))
        self._eligibility = eligibility
        self._modes = modes
        self.mode = QComboBox(self)
        for mode_id in ACCESS_MODES:
            known = modes.get(mode_id)
            self.mode.addItem(known.name.value if known else MODE_NAMES[mode_id], mode_id)
        self.gpu_type = QLineEdit(self)
        self.gpu_type.setPlaceholderText(self.tr("h100 (optional)"))
        self.gpu_hours = QSpinBox(self)
        self.gpu_hours.setRange(0, 10_000_000)
        self.gpu_hours.setSingleStep(1000)
        self.gpu_hours.setSuffix(self.tr(" GPU-hours"))
        self.gpu_hours.setGroupSeparatorShown(True)
        self.audience = QLabel(self)
        self.audience.setWordWrap(True)
        self.limits = QLabel(self)
        self.limits.setObjectName("accessLimits")
        self.limits.setWordWrap(True)
        self.cost = QLabel(self)
        self.cost.setObjectName("accessCost")
        self.cost.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("accessWarnings")
        self.warnings.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Access &mode"), _name(self.mode, self.tr("Access mode")))
        form.addRow(self.tr("GPU &type"), _name(self.gpu_type, self.tr("GPU type"),
                                                 self.tr("The GPU model you need, if any")))
        form.addRow(self.tr("&Compute asked"), _name(self.gpu_hours, self.tr("GPU-hours asked")))
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Limits"), self.limits)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow(self.warnings)
        self.mode.currentIndexChanged.connect(lambda _i: self.update_texts())
        self.gpu_hours.valueChanged.connect(lambda _v: self.update_texts())

    def initializePage(self) -> None:
        self.update_texts()

    def free_for(self, mode_id: str) -> tuple[str, ...]:
        known = self._modes.get(mode_id)
        return tuple(known.free_for.value) if known else FREE_FOR.get(mode_id, ())

    def update_texts(self) -> None:
        mode_id = str(self.mode.currentData())
        known = self._modes.get(mode_id)
        self.audience.setText(known.audience.value if known else "")
        self.limits.setText(mode_limits(known, mode_id))
        free, why = access_is_free(mode_id, str(self._eligibility.kind.currentData()),
                                   self._eligibility.eu_project.isChecked(),
                                   self.free_for(mode_id))
        # a word and a sign, not colour alone
        self.cost.setText((self.tr("✔ Free for this applicant — ") if free
                           else self.tr("✘ Not free — ")) + why)
        wizard = self.wizard()
        flags = ([f for f in wizard.flags() if f.startswith("access:")]
                 if isinstance(wizard, ApplyWizard) else [])
        self.warnings.setText("\n".join(f"⚠ {f}" for f in flags))


class ChecklistPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Trustworthy-AI self-assessment"))
        self.setSubTitle(self.tr(
            "Show that the work is ethical and responsible. The trustworthy-AI "
            "self-assessment is this desk's own checklist; it is not a documented EuroHPC "
            "access condition."))
        self.risk = QComboBox(self)
        self.risk.addItem(self.tr("(choose)"), "")
        for risk in AI_ACT_RISKS:
            self.risk.addItem(self.tr(str(_RISK_LABELS[risk])), risk)
        self.pact_group = QButtonGroup(self)
        self.pact_yes = QRadioButton(self.tr("&Yes"), self)
        self.pact_no = QRadioButton(self.tr("N&o"), self)
        self.pact_group.addButton(self.pact_yes)
        self.pact_group.addButton(self.pact_no)
        _name(self.pact_yes, self.tr("Joined the AI Pact: yes"))
        _name(self.pact_no, self.tr("Joined the AI Pact: no"))
        pact = QWidget(self)
        row = QHBoxLayout(pact)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pact_yes)
        row.addWidget(self.pact_no)
        row.addStretch(1)
        self.personal = QComboBox(self)
        for value, label in ((None, self.tr("(choose)")), (True, self.tr("Yes")),
                             (False, self.tr("No"))):
            self.personal.addItem(label, value)
        self.gdpr = QLineEdit(self)
        self.gdpr.setPlaceholderText(self.tr("e.g. consent, Art. 9(2)(j) research"))
        self.use = QPlainTextEdit(self)
        self.use.setTabChangesFocus(True)
        self.use.setPlaceholderText(self.tr("What the model will be used for, by whom"))
        form = QFormLayout(self)
        form.addRow(self.tr("AI Act &risk category"),
                    _name(self.risk, self.tr("AI Act risk category"),
                          self.tr("Your own reading of the AI Act's risk categories")))
        form.addRow(self.tr("Joined the AI Pact?"), pact)
        form.addRow(self.tr("&Personal data?"),
                    _name(self.personal, self.tr("Personal data processed"),
                          self.tr("Does training or use process personal data?")))
        form.addRow(self.tr("&GDPR legal basis"),
                    _name(self.gdpr, self.tr("GDPR legal basis"),
                          self.tr("Needed when personal data is processed")))
        form.addRow(self.tr("&Intended use"), _name(self.use, self.tr("Intended use")))

    def ai_pact(self) -> str:
        if self.pact_yes.isChecked():
            return "yes"
        return "no" if self.pact_no.isChecked() else ""


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ApplyWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check and send"))
        self.setSubTitle(self.tr("Flags are sent with the application, so the single point "
                                 "of contact sees them in the inbox and can help."))
        self._wizard = wizard
        self.flags = QLabel(self)
        self.flags.setObjectName("applicationFlags")
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName(self.tr("Flags of the application"))
        self.status = QLabel(self)
        self.status.setObjectName("applicationStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.flags)
        layout.addStretch(1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        flags = self._wizard.flags()
        self.flags.setText(
            self.tr("⚑ %1 point(s) to look at:").replace("%1", str(len(flags))) + "\n"
            + "\n".join(f"• {f}" for f in flags) if flags
            else self.tr("✔ Nothing to flag."))
        self.status.clear()


class ApplyWizard(QWizard):
    """Collects an application. :meth:`fields` is the triage request body; Finish emits
    ``submitted(dict)`` and the wizard stays open until :meth:`sent` (or shows the Hub's
    refusal with :meth:`show_refusal`)."""

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None,
                 registry: Registry | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applyWizard")
        self.setWindowTitle(self.tr("Apply for access"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Send application"))
        modes = {m.id: m for m in registry.access_modes} if registry is not None else {}
        rules = [r.rule.value for r in registry.eligibility] if registry else []
        self.applicant = ApplicantPage(self)
        self.eligibility = EligibilityPage(rules or [self.tr(str(r)) for r in _ELIGIBILITY],
                                           self)
        self.access = AccessModePage(self.eligibility, modes, self)
        self.checklist = ChecklistPage(self)
        self.summary = SummaryPage(self, self)
        self.contact = self.applicant
        for page in (self.applicant, self.eligibility, self.access, self.checklist,
                     self.summary):
            self.addPage(page)
        self._sending = False

    def answers(self) -> dict[str, Any]:
        return {"established_in": self.eligibility.established.currentData() or "",
                "country": self.applicant.country.text().strip().upper(),
                "kind": self.eligibility.kind.currentData(),
                "eu_project": self.eligibility.eu_project.isChecked(),
                "civilian": self.eligibility.civilian.isChecked(),
                "access_mode": self.access.mode.currentData(),
                "gpu_hours": self.access.gpu_hours.value(),
                "ai_act_risk": self.checklist.risk.currentData() or "",
                "ai_pact": self.checklist.ai_pact(),
                "personal_data": self.checklist.personal.currentData(),
                "gdpr_basis": self.checklist.gdpr.text().strip(),
                "intended_use": self.checklist.use.toPlainText().strip(),
                "sector": str(self.applicant.sector.currentData())}

    def flags(self) -> list[str]:
        answers = self.answers()
        return assess_application(answers, self.access.free_for(str(answers["access_mode"])))

    def fields(self) -> dict[str, Any]:
        answers = self.answers()
        return {"organisation": self.applicant.organisation.text().strip(),
                "country": answers["country"],
                "sector": answers["sector"], "need": "compute",
                "gpu_type": self.access.gpu_type.text().strip() or None,
                "gpu_hours": int(answers["gpu_hours"]), "access_mode": answers["access_mode"],
                "language": self.applicant.language.text().strip().lower() or "en",
                "contact": self.applicant.contact.text().strip(),
                "description": answers["intended_use"],
                "flags": self.flags(), "assessment": answers}

    # -- sending -------------------------------------------------------------------------
    def accept(self) -> None:
        """Finish: hand the body to whoever sends it; close only once it is filed."""
        if self._sending:
            return
        self._sending = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.summary.status.setText(self.tr("Sending the application to the Hub…"))
        self.submitted.emit(self.fields())

    def sent(self) -> None:
        self._sending = False
        super().accept()

    def show_refusal(self, field: str, message: str) -> None:
        """The Hub refused the application: say why, on the page of the field it named."""
        self._sending = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.summary.status.setText(
            self.tr("Not sent — the Hub refused it: %1").replace("%1", message))
        name = field_name(field)
        page_of = {"organisation": self.applicant, "country": self.applicant,
                   "sector": self.applicant, "language": self.applicant,
                   "contact": self.applicant, "gpu_type": self.access,
                   "gpu_hours": self.access, "access_mode": self.access,
                   "description": self.checklist}
        target = page_of.get(name)
        if target is not None:
            widget = {"description": self.checklist.use}.get(name) or getattr(
                target, name, None)
            shown = widget.accessibleName() if isinstance(widget, QWidget) else ""
            target.setSubTitle(self.tr("The Hub refused %1: %2").replace(
                "%1", shown or name).replace("%2", message))
            while self.currentPage() is not target and self.currentId() > 0:
                self.back()
            if isinstance(widget, QWidget):
                widget.setFocus()
