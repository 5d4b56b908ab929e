"""Routing suggestions on small fixtures, and the triage state machine."""

from __future__ import annotations

from app.domain.triage import age_text, can_transition, diff, request_from_json, sla_level
from app.domain.triage_routing import (
    CentreProfile,
    FactoryProfile,
    RequestFacts,
    profiles_from_registry,
    suggest,
)

FACTORIES = [
    FactoryProfile("health-de", "Health DE", "DE", ("health",), ("h100",), ("sys-a",)),
    FactoryProfile("general-fi", "General FI", "FI", ("general",), ("mi250x",), ("lumi-g",),
                   antenna_countries=("BE",)),
    FactoryProfile("planned-gr", "Planned GR", "GR", ("health",), (), ()),
]
CENTRES = [
    CentreProfile("oss-health-de", "OSS DE", "one_stop_shop", "DE", ("health",),
                  ("de", "en"), ("health-de",)),
    CentreProfile("oss-fi", "OSS FI", "one_stop_shop", "FI", (), ("fi", "en"),
                  ("general-fi",)),
    CentreProfile("ncc-be", "NCC BE", "ncc", "BE", (), ("nl", "fr"), ()),
]


def test_sector_country_and_language_win():
    req = RequestFacts("DE", "health", "compute", "de", "h100", "fast-lane")
    best = suggest(req, FACTORIES, CENTRES, idle={"health-de": {"h100": 100}})[0]
    assert (best.factory_id, best.centre_id) == ("health-de", "oss-health-de")
    assert any("health expertise" in r for r in best.reasons)
    assert any("100 idle h100" in r for r in best.reasons)
    assert any("speaks de" in r for r in best.reasons)


def test_live_capacity_moves_the_ranking():
    req = RequestFacts("BE", "general", "compute", "nl", "mi250x", "playground")
    no_gpus = suggest(req, FACTORIES, CENTRES, idle={"general-fi": {"mi250x": 0}})
    many = suggest(req, FACTORIES, CENTRES, idle={"general-fi": {"mi250x": 400}})
    score = {s.factory_id: s.score for s in no_gpus}
    score_many = {s.factory_id: s.score for s in many}
    assert score_many["general-fi"] - score["general-fi"] == 35
    assert many[0].factory_id == "general-fi"
    assert any("antenna in BE" in r for r in many[0].reasons)
    assert many[0].centre_id == "ncc-be"  # the applicant's own country, speaks nl


def test_access_mode_fit_and_planned_factories():
    req = RequestFacts("GR", "health", "compute", "el", None, "ai-for-science")
    ranked = suggest(req, FACTORIES, CENTRES)
    by_id = {s.factory_id: s for s in ranked}
    assert any("no operational system" in r for r in by_id["planned-gr"].reasons)
    assert any("AI for Science" in r for r in by_id["general-fi"].reasons)


def test_centre_load_counts_against_it():
    req = RequestFacts("DE", "health", "support", "de")
    calm = suggest(req, FACTORIES, CENTRES)[0]
    busy = suggest(req, FACTORIES, CENTRES, open_requests={"oss-health-de": 10})[0]
    assert calm.score - busy.score == 15
    assert any("10 open request" in r for r in busy.reasons)


def test_ranking_is_deterministic_and_limited():
    req = RequestFacts("PT", "space", "training", "pt")
    assert suggest(req, FACTORIES, CENTRES, limit=2) == suggest(req, FACTORIES, CENTRES,
                                                                 limit=2)
    assert len(suggest(req, FACTORIES, CENTRES, limit=2)) == 2


def test_profiles_from_the_bundled_registry():
    from app.config import resources_dir
    from app.domain.registry import load_bundled_registry

    factories, centres = profiles_from_registry(
        load_bundled_registry(resources_dir() / "federation"))
    lumi = next(f for f in factories if f.id == "lumi-aif")
    assert "mi250x" in lumi.gres_types and "BE" in lumi.antenna_countries
    assert any(c.linked_factories == ("lumi-aif",) for c in centres)


def test_transitions_and_helpers():
    assert can_transition("new", "assigned") and not can_transition("new", "resolved")
    assert can_transition("resolved", "resolved")
    assert sla_level(80, "new") == "breach" and sla_level(30, "assigned") == "warn"
    assert sla_level(500, "resolved") == "closed"
    assert age_text(120) == "2 min" and age_text(3 * 86400 + 7200) == "3 d 2 h"
    doc = {"id": 1, "organisation": "O", "country": "DE", "sector": "health",
           "need": "legal", "state": "new", "version": 2, "created_at": "x",
           "updated_at": "y", "notes": [{"author": "a", "at": "t", "text": "hi"}]}
    req = request_from_json(doc)
    assert req.notes[0].text == "hi" and req.is_open
    assert diff({"assignee": "a", "state": "new"}, {"assignee": "b", "state": "new"}) == [
        ("assignee", "a", "b")]


GOOD = {"established_in": "eu", "kind": "startup_sme", "eu_project": False,
        "civilian": True, "access_mode": "fast-lane", "gpu_hours": 20_000,
        "ai_act_risk": "limited", "ai_pact": "yes", "personal_data": False,
        "gdpr_basis": "", "intended_use": "fine-tune a translation model", "sector": "legal"}


def test_a_complete_consistent_application_has_no_flags():
    from app.domain.triage import assess_application

    assert assess_application(GOOD) == []


def test_eligibility_and_access_mode_flags():
    from app.domain.triage import access_is_free, assess_application

    flags = assess_application({**GOOD, "established_in": "other", "civilian": False,
                                "gpu_hours": 80_000})
    assert any("Horizon-associated" in f for f in flags)
    assert any("civilian" in f for f in flags)
    assert any("Fast Lane is up to about 50,000" in f for f in flags)
    assert access_is_free("fast-lane", "large_industry", False)[0] is False
    # per mode, as access_modes.json lists it: Fast Lane is free for SMEs and start-ups
    assert access_is_free("fast-lane", "large_industry", True)[0] is False
    assert access_is_free("large-scale", "large_industry", True)[0] is True
    assert access_is_free("large-scale", "academia", False)[0] is True
    assert access_is_free("ai-for-science", "startup_sme", False)[0] is False
    assert access_is_free("ai-for-science", "startup_sme", True)[0] is True
    # the registry's list wins over the bundled fallback
    assert access_is_free("fast-lane", "academia", False, ["academic"])[0] is True
    paid = assess_application({**GOOD, "kind": "large_industry"})
    assert any("not free" in f for f in paid)


def test_checklist_flags_missing_and_contradictory_answers():
    from app.domain.triage import assess_application

    flags = assess_application({**GOOD, "ai_act_risk": "", "ai_pact": "",
                                "intended_use": "triage of patient scans",
                                "personal_data": False})
    assert "checklist: AI Act risk category missing" in flags
    assert "checklist: AI Pact answer missing" in flags
    assert any("mentions it" in f for f in flags)
    no_basis = assess_application({**GOOD, "personal_data": True})
    assert "checklist: personal data without a GDPR legal basis" in no_basis
    health = assess_application({**GOOD, "personal_data": True, "gdpr_basis": "consent",
                                 "ai_act_risk": "minimal", "sector": "health"})
    assert any("minimal risk" in f for f in health)
    assert all(f.startswith(("eligibility", "access", "checklist")) for f in
               assess_application({}))


def test_contradictory_eligibility_answers_are_flagged():
    from app.domain.triage import assess_application

    assert assess_application({**GOOD, "country": "AT"}) == []
    us = assess_application({**GOOD, "country": "US"})
    assert "eligibility: says EU member state, but the country US is not one" in us
    assoc = assess_application({**GOOD, "established_in": "associated", "country": "FR"})
    assert any("FR is an EU member state" in f for f in assoc)
    assert assess_application({**GOOD, "established_in": "associated", "country": "NO"}) == []
    military = assess_application({**GOOD, "intended_use": "weapon targeting for drones"})
    assert any("mentions military" in f for f in military)
