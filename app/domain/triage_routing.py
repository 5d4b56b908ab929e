"""Routing suggestions: which factory and support centre should take a triage request.

Pure Python. :func:`suggest` scores every (factory, centre) pair and returns them best
first, each with the reasons that made up its score, so the desk can show *why*:

* sector expertise — the request's sector among the factory's ``sector_tags`` (+30) or the
  centre's sector tags (+10);
* language — the centre speaks the request's language (+15), or English only (+3);
* proximity — factory in the applicant's country (+20), or a centre there (+15), or an
  antenna in that country linked to the factory (+12);
* access-mode fit — the factory's systems can serve the mode (+10), or not (−25);
* live capacity — idle GPUs of the needed type at the factory (up to +25; none: −10);
* the centre is the factory's own one-stop shop (+20) — only centres linked to the factory
  or in the applicant's country are paired with it;
* load — open requests the centre already has (−3 each, at most −15).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.directory import normalise_sector
from app.domain.registry import Registry

#: The AI-for-Science call names these systems (factories.md §4.1).
AI_FOR_SCIENCE_SYSTEMS = frozenset({"mn5-acc", "leonardo-booster", "lumi-g", "meluxina-gpu"})


@dataclass(frozen=True)
class FactoryProfile:
    id: str
    name: str
    country_code: str
    sector_tags: tuple[str, ...] = ()
    gres_types: tuple[str, ...] = ()
    systems: tuple[str, ...] = ()
    antenna_countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class CentreProfile:
    id: str
    name: str
    kind: str
    country_code: str
    sector_tags: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    linked_factories: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequestFacts:
    """What routing needs of a request."""

    country: str
    sector: str
    need: str
    language: str = "en"
    gpu_type: str | None = None
    access_mode: str | None = None


@dataclass(frozen=True)
class Suggestion:
    factory_id: str
    factory_name: str
    centre_id: str | None
    centre_name: str
    score: float
    reasons: tuple[str, ...] = field(default=())


def profiles_from_registry(registry: Registry) -> tuple[list[FactoryProfile],
                                                        list[CentreProfile]]:
    """Routing profiles of the registry's factories and support centres."""
    antenna_countries: dict[str, set[str]] = {}
    for antenna in registry.antennas:
        for link in antenna.links:
            antenna_countries.setdefault(link.factory, set()).add(antenna.country_code)
    factories = []
    for f in registry.factories:
        systems = registry.systems_of(f.id)
        gres = sorted({p.gres_type for s in systems if s.status == "operational"
                       for p in s.partitions if p.status == "operational"})
        factories.append(FactoryProfile(
            id=f.id, name=f.short_name.value, country_code=f.country_code,
            sector_tags=tuple(f.sector_tags), gres_types=tuple(gres),
            systems=tuple(s.id for s in systems if s.status == "operational"),
            antenna_countries=tuple(sorted(antenna_countries.get(f.id, ())))))
    centres = []
    for c in registry.support_centres:
        tags: tuple[str, ...] = ()
        if c.sectors is not None:
            tags = tuple(sorted({t for t in (normalise_sector(s) for s in c.sectors.value)
                                 if t}))
        centres.append(CentreProfile(
            id=c.id, name=c.name.value, kind=c.kind, country_code=c.country_code,
            sector_tags=tags,
            languages=tuple(c.languages.value) if c.languages is not None else (),
            linked_factories=tuple(c.linked_factories)))
    return factories, centres


def _access_fit(factory: FactoryProfile, mode: str | None) -> tuple[float, str | None]:
    if mode is None:
        return 0.0, None
    if not factory.systems:
        return -25.0, "no operational system yet for an access call"
    if mode == "ai-for-science":
        if AI_FOR_SCIENCE_SYSTEMS & set(factory.systems):
            return 10.0, "its system is offered in AI for Science calls"
        return -25.0, "AI for Science calls do not cover its systems"
    return 10.0, f"offers {mode} access on an operational system"


def _capacity(factory: FactoryProfile, gpu_type: str | None,
              idle: Mapping[str, int] | None) -> tuple[float, str | None]:
    if idle is None:
        return 0.0, None
    if gpu_type:
        free = sum(n for t, n in idle.items() if t == gpu_type or t.startswith(gpu_type))
        label = f"{gpu_type} GPUs"
    else:
        free = sum(idle.values())
        label = "GPUs"
    if free <= 0:
        return -10.0, f"no idle {label} right now"
    return min(25.0, 5.0 + free / 20.0), f"{free} idle {label} right now"


def _centre_score(centre: CentreProfile, factory: FactoryProfile, req: RequestFacts,
                  open_requests: Mapping[str, int]) -> tuple[float, list[str]]:
    score = 0.0
    reasons: list[str] = []
    if factory.id in centre.linked_factories:
        score += 20
        reasons.append(f"{centre.name} is the factory's own front door")
    if req.language in centre.languages:
        score += 15
        reasons.append(f"{centre.name} speaks {req.language}")
    elif "en" in centre.languages:
        score += 3
        reasons.append(f"{centre.name} works in English")
    if centre.country_code == req.country:
        score += 15
        reasons.append(f"{centre.name} is in {req.country}")
    if req.sector in centre.sector_tags:
        score += 10
        reasons.append(f"{centre.name} covers {req.sector}")
    load = open_requests.get(centre.id, 0)
    if load:
        score -= min(15.0, 3.0 * load)
        reasons.append(f"{centre.name} already has {load} open request(s)")
    return score, reasons


def suggest(req: RequestFacts, factories: Sequence[FactoryProfile],
            centres: Sequence[CentreProfile], *,
            idle: Mapping[str, Mapping[str, int]] | None = None,
            open_requests: Mapping[str, int] | None = None,
            limit: int = 5) -> list[Suggestion]:
    """The ``limit`` best (factory, centre) pairs for ``req``, best first.

    ``idle`` is live free capacity ``{factory_id: {gres_type: idle GPUs}}`` (a factory
    missing from it has no live data and gets no capacity term); ``open_requests`` counts
    open requests per centre id. Ties break on factory id, then centre id.
    """
    loads = open_requests or {}
    out: list[Suggestion] = []
    for factory in factories:
        score = 0.0
        reasons: list[str] = []
        if req.sector in factory.sector_tags:
            score += 30
            reasons.append(f"{factory.name} lists {req.sector} expertise")
        elif "general" in factory.sector_tags:
            score += 5
            reasons.append(f"{factory.name} takes all sectors")
        if factory.country_code == req.country:
            score += 20
            reasons.append(f"{factory.name} is in {req.country}")
        elif req.country in factory.antenna_countries:
            score += 12
            reasons.append(f"an antenna in {req.country} is linked to {factory.name}")
        if req.need == "compute":
            fit, why = _access_fit(factory, req.access_mode)
            score += fit
            if why:
                reasons.append(why)
            cap, why = _capacity(factory, req.gpu_type,
                                 None if idle is None else idle.get(factory.id))
            score += cap
            if why:
                reasons.append(why)
            if req.gpu_type and factory.gres_types and not any(
                    t.startswith(req.gpu_type) for t in factory.gres_types):
                score -= 15
                reasons.append(f"no {req.gpu_type} partition")
        best: tuple[float, CentreProfile | None, list[str]] = (0.0, None, [])
        for centre in centres:
            if factory.id not in centre.linked_factories and centre.country_code != req.country:
                continue
            c_score, c_reasons = _centre_score(centre, factory, req, loads)
            if best[1] is None or c_score > best[0] or (
                    c_score == best[0] and centre.id < best[1].id):
                best = (c_score, centre, c_reasons)
        chosen = best[1]
        out.append(Suggestion(
            factory_id=factory.id, factory_name=factory.name,
            centre_id=chosen.id if chosen else None,
            centre_name=chosen.name if chosen else "",
            score=round(score + best[0], 1), reasons=tuple(reasons + best[2])))
    out.sort(key=lambda s: (-s.score, s.factory_id, s.centre_id or ""))
    return out[:limit]


def facts_of(doc: Mapping[str, Any]) -> RequestFacts:
    """:class:`RequestFacts` from a request's JSON or editable values."""
    return RequestFacts(country=str(doc.get("country") or ""),
                        sector=str(doc.get("sector") or ""), need=str(doc.get("need") or ""),
                        language=str(doc.get("language") or "en"),
                        gpu_type=doc.get("gpu_type") or None,
                        access_mode=doc.get("access_mode") or None)
