"""Triage requests of the single point of contact: states, transitions, the record.

Shared by the Hub (which enforces the transitions) and the desk (which offers only the
allowed ones). Plain Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

STATES: tuple[str, ...] = ("new", "triaged", "assigned", "in_progress", "resolved",
                           "declined")
OPEN_STATES: frozenset[str] = frozenset({"new", "triaged", "assigned", "in_progress"})
NEEDS: tuple[str, ...] = ("compute", "support", "training", "legal")
ACCESS_MODES: tuple[str, ...] = ("playground", "fast-lane", "large-scale", "ai-for-science")

#: Allowed state changes (from → the states it may go to).
TRANSITIONS: Mapping[str, frozenset[str]] = {
    "new": frozenset({"triaged", "assigned", "declined"}),
    "triaged": frozenset({"assigned", "declined"}),
    "assigned": frozenset({"in_progress", "triaged", "declined"}),
    "in_progress": frozenset({"resolved", "assigned", "declined"}),
    "resolved": frozenset({"in_progress"}),
    "declined": frozenset({"triaged"}),
}

STATE_LABELS: Mapping[str, str] = {
    "new": "New", "triaged": "Triaged", "assigned": "Assigned",
    "in_progress": "In progress", "resolved": "Resolved", "declined": "Declined",
}

#: Service-level targets (hours since arrival) for a first answer per state family.
SLA_WARN_HOURS = 24.0
SLA_BREACH_HOURS = 72.0

#: Fields a PATCH may change; the rest are fixed at intake.
EDITABLE: tuple[str, ...] = ("state", "assignee", "target_factory", "support_centre",
                             "organisation", "country", "sector", "need", "gpu_type",
                             "gpu_hours", "access_mode", "language", "description",
                             "contact")


def allowed_transitions(state: str) -> frozenset[str]:
    """The states ``state`` may change to (empty for an unknown state)."""
    return TRANSITIONS.get(state, frozenset())


def can_transition(old: str, new: str) -> bool:
    return old == new or new in allowed_transitions(old)


def sla_level(age_hours: float, state: str) -> str:
    """``ok``, ``warn`` or ``breach`` for an open request of this age; ``closed`` else."""
    if state not in OPEN_STATES:
        return "closed"
    if age_hours >= SLA_BREACH_HOURS:
        return "breach"
    if age_hours >= SLA_WARN_HOURS:
        return "warn"
    return "ok"


def parse_hub_time(text: str) -> datetime | None:
    """A time the Hub wrote (ISO 8601, ``Z`` for UTC); ``None`` when it is not one."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def age_text(age_seconds: float) -> str:
    """A short, sortable-looking age: ``45 min``, ``5 h``, ``3 d 4 h``."""
    seconds = max(0, int(age_seconds))
    if seconds < 3600:
        return f"{seconds // 60} min"
    hours = seconds // 3600
    if hours < 24:
        return f"{hours} h"
    return f"{hours // 24} d {hours % 24} h"


@dataclass(frozen=True)
class Note:
    author: str
    at: str
    text: str


@dataclass(frozen=True)
class TriageRequest:
    """One request as the Hub serves it; ``version`` is its ETag."""

    id: int
    organisation: str
    country: str
    sector: str
    need: str
    state: str
    version: int
    created_at: str
    updated_at: str
    description: str = ""
    contact: str = ""
    language: str = "en"
    gpu_type: str | None = None
    gpu_hours: int = 0
    access_mode: str | None = None
    assignee: str | None = None
    target_factory: str | None = None
    support_centre: str | None = None
    flags: tuple[str, ...] = ()
    assessment: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    def editable_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EDITABLE}


class TriageFormatError(ValueError):
    """A triage document does not have the expected shape."""


def _opt_str(doc: Mapping[str, Any], key: str) -> str | None:
    value = doc.get(key)
    return value if isinstance(value, str) and value else None


def request_from_json(doc: Any) -> TriageRequest:
    """A :class:`TriageRequest` from the Hub's JSON; raises :class:`TriageFormatError`."""
    if not isinstance(doc, Mapping):
        raise TriageFormatError("triage request: expected an object")
    try:
        notes = tuple(Note(str(n["author"]), str(n["at"]), str(n["text"]))
                      for n in doc.get("notes") or ())
        return TriageRequest(
            id=int(doc["id"]), organisation=str(doc["organisation"]),
            country=str(doc["country"]), sector=str(doc["sector"]), need=str(doc["need"]),
            state=str(doc["state"]), version=int(doc["version"]),
            created_at=str(doc["created_at"]), updated_at=str(doc["updated_at"]),
            description=str(doc.get("description") or ""),
            contact=str(doc.get("contact") or ""), language=str(doc.get("language") or "en"),
            gpu_type=_opt_str(doc, "gpu_type"), gpu_hours=int(doc.get("gpu_hours") or 0),
            access_mode=_opt_str(doc, "access_mode"), assignee=_opt_str(doc, "assignee"),
            target_factory=_opt_str(doc, "target_factory"),
            support_centre=_opt_str(doc, "support_centre"),
            flags=tuple(str(f) for f in doc.get("flags") or ()),
            assessment=dict(doc.get("assessment") or {}), notes=notes)
    except (KeyError, TypeError, ValueError) as exc:
        raise TriageFormatError(f"triage request: {exc}") from None


def diff(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """``(field, mine, theirs)`` for every editable field that differs."""
    return [(name, mine.get(name), theirs.get(name)) for name in EDITABLE
            if mine.get(name) != theirs.get(name)]


# -- applying for access: eligibility, access-mode fit, the desk's trustworthy-AI checklist --

#: Fallback limits of the AI-Factory access modes when no registry is at hand (the
#: registry's ``access_modes.json`` carries the same facts with their sources).
ACCESS_MODE_LIMITS: Mapping[str, str] = {
    "playground": "small allocation for first tests; access within about 2 working days",
    "fast-lane": "up to about 50,000 GPU-hours; decision usually within 4 working days",
    "large-scale": "more than 50,000 GPU-hours for up to 12 months; approval within 10 "
                   "working days",
    "ai-for-science": "20,000 to 90,000 node-hours for 6 months on MareNostrum 5 ACC, "
                      "Leonardo Booster, LUMI-G or MeluXina GPU; peer-reviewed after each "
                      "cut-off",
}
#: Fallback of the registry's ``free_for`` per access mode (same facts, same source).
FREE_FOR: Mapping[str, tuple[str, ...]] = {
    "playground": ("sme", "startup"),
    "fast-lane": ("sme", "startup"),
    "large-scale": ("sme", "startup", "academic", "public_sector", "eu_project"),
    "ai-for-science": ("academic", "public_sector", "eu_project"),
}
FREE_FOR_LABELS: Mapping[str, str] = {
    "sme": "SMEs", "startup": "start-ups", "academic": "scientific users",
    "public_sector": "public-sector users", "eu_project": "EU-funded R&D projects"}
FAST_LANE_MAX_GPU_HOURS = 50_000
APPLICANT_KINDS: tuple[str, ...] = ("startup_sme", "large_industry", "academia",
                                    "public_sector")
_KIND_TAGS: Mapping[str, tuple[str, ...]] = {
    "startup_sme": ("sme", "startup"), "large_industry": (), "academia": ("academic",),
    "public_sector": ("public_sector",)}
ESTABLISHMENTS: tuple[str, ...] = ("eu", "associated", "other")
#: The 27 EU member states (ISO 3166 alpha-2; Greece is GR).
EU_MEMBER_STATES: frozenset[str] = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"})
AI_ACT_RISKS: tuple[str, ...] = ("minimal", "limited", "high", "prohibited", "unsure")
_PERSONAL_WORDS = ("patient", "personal data", "health record", "biometric", "face",
                   "medical record", "citizen data")
_MILITARY_WORDS = ("military", "weapon", "warfare", "targeting system", "munition")


def applicant_tags(kind: str, eu_project: bool) -> tuple[str, ...]:
    """The ``free_for`` tags an applicant of ``kind`` carries."""
    return _KIND_TAGS.get(kind, ()) + (("eu_project",) if eu_project else ())


def access_is_free(mode: str | None, kind: str, eu_project: bool,
                   free_for: Sequence[str] | None = None) -> tuple[bool, str]:
    """Whether ``mode`` is free for this applicant, and why.

    ``free_for`` is the mode's list from the registry (``access_modes.json``); without
    it the bundled copy :data:`FREE_FOR` is used (factories.md §4.1)."""
    if not mode:
        return False, "no access mode chosen"
    listed = tuple(free_for) if free_for is not None else FREE_FOR.get(mode, ())
    who = ", ".join(FREE_FOR_LABELS.get(t, t) for t in listed) or "nobody listed"
    hit = [t for t in applicant_tags(kind, eu_project) if t in listed]
    if hit:
        return True, f"listed as free for: {who}"
    if kind == "large_industry" and not eu_project:
        return False, (f"industrial users outside EU-funded projects pay for commercial "
                       f"access (free for: {who})")
    return False, f"not listed as free for this applicant (free for: {who})"


def assess_application(answers: Mapping[str, Any],
                       free_for: Sequence[str] | None = None) -> list[str]:
    """Flags for an application: eligibility and access-mode problems (EuroHPC rules),
    then missing or contradictory answers of the desk's own trustworthy-AI checklist
    (prefixed ``checklist:``). Empty means nothing to look at."""
    flags: list[str] = []
    where = answers.get("established_in")
    country = str(answers.get("country") or "").upper()
    use = str(answers.get("intended_use") or "").strip()
    if where == "other":
        flags.append("eligibility: not established in the EU or a Horizon-associated "
                     "country")
        if country in EU_MEMBER_STATES:
            flags.append(f"eligibility: says established elsewhere, but the country "
                         f"{country} is an EU member state")
    elif where not in ("eu", "associated"):
        flags.append("eligibility: establishment not stated")
    elif where == "eu" and country and country not in EU_MEMBER_STATES:
        flags.append(f"eligibility: says EU member state, but the country {country} "
                     f"is not one")
    elif where == "associated" and country in EU_MEMBER_STATES:
        flags.append(f"eligibility: says Horizon-associated country, but {country} is an "
                     f"EU member state")
    if answers.get("civilian") is not True:
        flags.append("eligibility: civilian use not confirmed")
    elif any(w in use.lower() for w in _MILITARY_WORDS):
        flags.append("eligibility: civilian use confirmed, but the intended use mentions "
                     "military purposes")
    mode = answers.get("access_mode") or None
    hours = int(answers.get("gpu_hours") or 0)
    if mode is None:
        flags.append("access: no access mode chosen")
    elif mode == "fast-lane" and hours > FAST_LANE_MAX_GPU_HOURS:
        flags.append(f"access: Fast Lane is up to about {FAST_LANE_MAX_GPU_HOURS:,} "
                     f"GPU-hours; {hours:,} asked")
    elif mode == "large-scale" and 0 < hours <= FAST_LANE_MAX_GPU_HOURS:
        flags.append(f"access: Large Scale is for more than {FAST_LANE_MAX_GPU_HOURS:,} "
                     f"GPU-hours; {hours:,} asked")
    free, why = access_is_free(mode, str(answers.get("kind") or ""),
                               bool(answers.get("eu_project")), free_for)
    if mode is not None and not free:
        flags.append(f"access: not free for this applicant ({why})")
    risk = answers.get("ai_act_risk") or ""
    personal = answers.get("personal_data")
    if risk not in AI_ACT_RISKS:
        flags.append("checklist: AI Act risk category missing")
    elif risk == "prohibited":
        flags.append("checklist: declared a prohibited AI practice")
    elif risk == "unsure":
        flags.append("checklist: AI Act risk category unsure — offer legal support")
    if risk == "high" and len(use) < 20:
        flags.append("checklist: high-risk use without a described intended use")
    if not use:
        flags.append("checklist: intended use missing")
    if answers.get("ai_pact") not in ("yes", "no"):
        flags.append("checklist: AI Pact answer missing")
    if personal is None:
        flags.append("checklist: personal data question unanswered")
    elif personal is True and not str(answers.get("gdpr_basis") or "").strip():
        flags.append("checklist: personal data without a GDPR legal basis")
    elif personal is False and any(w in use.lower() for w in _PERSONAL_WORDS):
        flags.append("checklist: says no personal data, but the intended use mentions it")
    if risk == "minimal" and personal is True and answers.get("sector") == "health":
        flags.append("checklist: minimal risk declared for personal health data")
    return flags
