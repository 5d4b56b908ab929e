"""The "Apply for access" wizard: limits, cost and flags that travel with the request."""

from __future__ import annotations

from app.views.intake_wizard import ApplyWizard


def test_wizard_shows_cost_and_flags_missing_checklist_answers(qtbot):
    wizard = ApplyWizard()
    qtbot.addWidget(wizard)
    wizard.eligibility.established.setCurrentIndex(
        wizard.eligibility.established.findData("eu"))
    wizard.eligibility.kind.setCurrentIndex(wizard.eligibility.kind.findData("large_industry"))
    wizard.eligibility.civilian.setChecked(True)
    wizard.access.mode.setCurrentIndex(wizard.access.mode.findData("fast-lane"))
    wizard.access.update_texts()
    assert wizard.access.cost.text().startswith("Not free")
    assert "50,000" in wizard.access.limits.text()
    wizard.eligibility.kind.setCurrentIndex(wizard.eligibility.kind.findData("startup_sme"))
    wizard.access.update_texts()
    assert wizard.access.cost.text().startswith("Free")
    wizard.access.gpu_hours.setValue(5000)
    wizard.contact.organisation.setText("Alpen AI")
    wizard.contact.country.setText("at")
    wizard.contact.contact.setText("ops@example.org")
    fields = wizard.fields()
    assert fields["country"] == "AT" and fields["access_mode"] == "fast-lane"
    assert "checklist: AI Act risk category missing" in fields["flags"]
    assert fields["assessment"]["civilian"] is True
    wizard.summary.initializePage()
    assert "AI Act risk category missing" in wizard.summary.flags.text()
    assert "own checklist" in wizard.checklist.subTitle()


def test_wizard_body_is_accepted_by_the_hub(qtbot):
    from fastapi.testclient import TestClient

    from app.hub.app import create_app
    from app.hub.triage import TriageStore, build_router

    wizard = ApplyWizard()
    qtbot.addWidget(wizard)
    wizard.contact.organisation.setText("Alpen AI")
    wizard.contact.country.setText("AT")
    wizard.contact.contact.setText("ops@example.org")
    client = TestClient(create_app({}, sites=[], routers=[build_router(
        TriageStore(":memory:"))]))
    response = client.post("/v1/triage/requests", json=wizard.fields())
    assert response.status_code == 201, response.text
    assert response.json()["flags"] == wizard.flags() and response.json()["flags"]
