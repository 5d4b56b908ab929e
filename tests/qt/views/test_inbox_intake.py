"""The "Apply for access" wizard: limits, cost and flags that travel with the request."""

from __future__ import annotations

import pytest

from app.views.intake_wizard import ApplyWizard


@pytest.fixture(scope="module")
def registry():
    from app.demo.launcher import load_registry
    from app.domain.registry import parse_registry

    return parse_registry(load_registry(None))


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_wizard_shows_limits_and_cost_from_the_registry(qtbot, registry):
    wizard = ApplyWizard(registry=registry)
    qtbot.addWidget(wizard)
    names = [wizard.access.mode.itemText(i) for i in range(wizard.access.mode.count())]
    assert names == [m.name.value for m in registry.access_modes]
    _choose(wizard.eligibility.kind, "large_industry")
    _choose(wizard.access.mode, "fast-lane")
    assert wizard.access.cost.text().startswith("✘ Not free")
    assert "50,000 GPU-hours" in wizard.access.limits.text()
    assert "4 working days" in wizard.access.limits.text()
    _choose(wizard.eligibility.kind, "startup_sme")
    wizard.access.update_texts()
    assert wizard.access.cost.text().startswith("✔ Free")
    _choose(wizard.access.mode, "ai-for-science")
    assert wizard.access.cost.text().startswith("✘ Not free")  # not for start-ups alone
    wizard.eligibility.eu_project.setChecked(True)
    wizard.access.update_texts()
    assert wizard.access.cost.text().startswith("✔ Free")
    assert "6 months" in wizard.access.limits.text()
    assert "Horizon Europe" in wizard.eligibility.rules.text()
    assert "own checklist" in wizard.checklist.subTitle()


def test_wizard_flags_missing_and_contradictory_answers(qtbot):
    wizard = ApplyWizard()
    qtbot.addWidget(wizard)
    _choose(wizard.eligibility.established, "eu")
    _choose(wizard.eligibility.kind, "startup_sme")
    wizard.eligibility.civilian.setChecked(True)
    _choose(wizard.access.mode, "fast-lane")
    wizard.access.gpu_hours.setValue(5000)
    wizard.applicant.organisation.setText("Alpen AI")
    wizard.applicant.country.setText("at")
    wizard.applicant.contact.setText("ops@example.org")
    fields = wizard.fields()
    assert fields["country"] == "AT" and fields["access_mode"] == "fast-lane"
    assert "checklist: AI Act risk category missing" in fields["flags"]
    assert "checklist: AI Pact answer missing" in fields["flags"]
    assert fields["assessment"]["civilian"] is True
    _choose(wizard.checklist.risk, "minimal")
    wizard.checklist.pact_no.setChecked(True)
    _choose(wizard.checklist.personal, False)
    wizard.checklist.use.setPlainText("triage of patient scans in our clinic")
    flags = wizard.flags()
    assert "checklist: says no personal data, but the intended use mentions it" in flags
    assert not any("AI Pact" in f for f in flags)
    _choose(wizard.checklist.personal, True)
    wizard.applicant.sector.setCurrentIndex(wizard.applicant.sector.findData("health"))
    flags = wizard.flags()
    assert "checklist: personal data without a GDPR legal basis" in flags
    assert "checklist: minimal risk declared for personal health data" in flags
    wizard.summary.initializePage()
    assert "GDPR legal basis" in wizard.summary.flags.text()
    wizard.checklist.gdpr.setText("consent")
    _choose(wizard.checklist.risk, "high")
    assert wizard.flags() == []
    wizard.summary.initializePage()
    assert wizard.summary.flags.text() == "✔ Nothing to flag."


def test_applicant_page_needs_organisation_country_and_contact(qtbot):
    wizard = ApplyWizard()
    qtbot.addWidget(wizard)
    page = wizard.applicant
    assert not page.isComplete()
    page.organisation.setText("Alpen AI")
    page.country.setText("Austria")  # cut to two letters by the field, still letters
    page.contact.setText("ops@example.org")
    assert page.isComplete()
    page.country.setText("A1")
    assert not page.isComplete()


def test_refusal_goes_back_to_the_field_the_hub_named(qtbot):
    wizard = ApplyWizard()
    qtbot.addWidget(wizard)
    wizard.applicant.organisation.setText("Alpen AI")
    wizard.applicant.country.setText("AT")
    wizard.applicant.contact.setText("ops@example.org")
    wizard.show()
    for _ in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.summary
    sent: list[dict] = []
    wizard.submitted.connect(sent.append)
    wizard.accept()
    wizard.accept()  # a second Finish while sending sends nothing more
    assert len(sent) == 1 and wizard.isVisible()
    wizard.show_refusal("body.contact", "body.contact: String should have at least 3 chars")
    assert wizard.currentPage() is wizard.applicant
    assert "refused Contact" in wizard.applicant.subTitle()
    assert "Not sent" in wizard.summary.status.text()
    wizard.sent()
    assert not wizard.isVisible()


def test_wizard_body_is_accepted_by_the_hub(qtbot):
    from fastapi.testclient import TestClient

    from app.hub.app import create_app
    from app.hub.triage import TriageStore, build_router

    wizard = ApplyWizard()
    qtbot.addWidget(wizard)
    wizard.applicant.organisation.setText("Alpen AI")
    wizard.applicant.country.setText("AT")
    wizard.applicant.contact.setText("ops@example.org")
    client = TestClient(create_app({}, sites=[], routers=[build_router(
        TriageStore(":memory:"))]))
    response = client.post("/v1/triage/requests", json=wizard.fields())
    assert response.status_code == 201, response.text
    assert response.json()["flags"] == wizard.flags() and response.json()["flags"]
    assert response.json()["assessment"]["country"] == "AT"
