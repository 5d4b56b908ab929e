"""Typo-tolerant search, facets and matching over the support-centre directory.

Pure Python (no Qt), fast enough to run on every keystroke: the index keeps the distinct
words of every centre (name, services, sectors, languages, city, country, host, kind,
linked factories), folded to lower case without accents. A query word matches a centre
word exactly, as a prefix (typing in progress), inside it, or within a small edit distance
(Damerau–Levenshtein, one edit for short words, two for long ones, also against prefixes)
— so ``Julich``, ``manufacturing`` typed as ``manufactring`` and ``Poznan`` all find their
centre. Every query word must match; the score says how well.

Facets (kind, country, service, sector, language, linked factory) count the centres that
the other facets and the search leave (:func:`facet_counts`); values of one facet are
alternatives, facets combine with AND.

:func:`matching_centres` is the small API the triage inbox uses to rank the centres that fit
a request (country, sector, language, service), with the reasons.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from app.domain.directory import (
    COUNTRIES,
    EU_WIDE,
    KINDS,
    LANGUAGES,
    SECTORS,
    SERVICES,
    DirectoryEntry,
    fold,
    normalise_sector,
    sector_tags,
)

if TYPE_CHECKING:
    from app.domain.registry import Registry, SupportCentre

T = TypeVar("T")
_WORD = re.compile(r"[a-z0-9]+")
#: Field weights: a hit in the name counts most.
WEIGHTS: dict[str, float] = {"name": 1.0, "city": 0.9, "country": 0.85, "services": 0.8,
                             "sectors": 0.8, "languages": 0.8, "host": 0.7, "kind": 0.7,
                             "factories": 0.7}
FACETS: tuple[str, ...] = ("kind", "country", "service", "sector", "language", "factory")
KIND_FACET_LABELS: dict[str, str] = {"ncc": "NCCs", "one_stop_shop": "One-stop shops",
                                     "antenna": "Antennas", "tef": "Testing facilities (TEFs)"}
FACET_TITLES: dict[str, str] = {"kind": "Kind", "country": "Country", "service": "Service",
                                "sector": "Sector", "language": "Language",
                                "factory": "Linked factory"}


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return _WORD.findall(fold(text))


# -- edit distance -----------------------------------------------------------------------
def edit_distance(a: str, b: str, bound: int) -> int:
    """Damerau–Levenshtein (optimal string alignment) distance, or ``bound + 1`` as soon as
    it is certain to exceed ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    return _osa(a, b, bound, prefix=False)


def prefix_distance(a: str, b: str, bound: int) -> int:
    """The smallest distance between ``a`` and a prefix of ``b`` (bounded like above)."""
    if len(b) < len(a) - bound:
        return bound + 1
    return _osa(a, b[:len(a) + bound], bound, prefix=True)


def _osa(a: str, b: str, bound: int, *, prefix: bool) -> int:
    m, n = len(a), len(b)
    if m == 0:
        return 0 if prefix else min(n, bound + 1)
    previous2: list[int] = []
    previous = list(range(n + 1))
    for i in range(1, m + 1):
        current = [i] + [0] * n
        ca = a[i - 1]
        row_min = i
        for j in range(1, n + 1):
            cost = 0 if ca == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > bound:
            return bound + 1
        previous2, previous = previous, current
    best = min(previous) if prefix else previous[n]
    return min(best, bound + 1)


def _bound(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


def word_similarity(query: str, word: str) -> float:
    """How well one query word matches one centre word, 0 (not at all) to 1 (equal)."""
    if query == word:
        return 1.0
    if word.startswith(query):
        return 0.9 if len(query) >= 2 else 0.6
    if len(query) >= 3 and query in word:
        return 0.7
    bound = _bound(query)
    if bound == 0:
        return 0.0
    full = edit_distance(query, word, bound)
    if full <= bound:
        return 0.8 - 0.15 * full
    if len(word) > len(query):
        part = prefix_distance(query, word, bound)
        if part <= bound:
            return 0.7 - 0.15 * part
    return 0.0


# -- the index ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchHit:
    """A centre that matches a query, how well (0–1) and in which fields."""

    id: str
    score: float
    fields: tuple[str, ...]


def entry_texts(entry: DirectoryEntry,
                factory_names: Mapping[str, str] | None = None) -> dict[str, list[str]]:
    """The searchable texts of an entry per field."""
    names = factory_names or {}
    return {
        "name": [entry.name, entry.id],
        "city": [entry.city or ""],
        "country": [entry.country, *(COUNTRIES.get(c, c) for c in entry.countries)],
        "services": [*(SERVICES.get(s, s) for s in entry.services), *entry.services],
        "sectors": [*entry.sectors, *(SECTORS[t][0] for t in entry.sector_tags)],
        "languages": [*(LANGUAGES.get(code, code) for code in entry.languages)],
        "host": [entry.host or ""],
        "kind": [KINDS.get(entry.kind, entry.kind)],
        "factories": [*(names.get(f, f) for f in entry.linked_factories),
                      *entry.linked_factories],
    }


class SearchIndex:
    """Distinct words of every entry, with the fields and entries they come from."""

    def __init__(self, entries: Sequence[DirectoryEntry],
                 factory_names: Mapping[str, str] | None = None) -> None:
        self.entries = list(entries)
        self._postings: dict[str, dict[int, tuple[float, str]]] = {}
        for position, entry in enumerate(self.entries):
            for field_name, texts in entry_texts(entry, factory_names).items():
                weight = WEIGHTS[field_name]
                for text in texts:
                    for word in words(text):
                        slot = self._postings.setdefault(word, {})
                        if slot.get(position, (0.0, ""))[0] < weight:
                            slot[position] = (weight, field_name)
            for code in entry.languages:  # a language code is a word too ("de", "fr")
                self._postings.setdefault(code, {})[position] = (WEIGHTS["languages"],
                                                                 "languages")
        self._vocabulary = list(self._postings)
        self._cache: dict[str, list[tuple[str, float]]] = {}

    def _matches(self, query_word: str) -> list[tuple[str, float]]:
        """Vocabulary words similar to ``query_word`` (cached: typing repeats queries)."""
        found = self._cache.get(query_word)
        if found is None:
            found = []
            for word in self._vocabulary:
                similarity = word_similarity(query_word, word)
                if similarity > 0.0:
                    found.append((word, similarity))
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[query_word] = found
        return found

    def search(self, query: str) -> list[SearchHit]:
        """Entries matching every word of ``query``, best first; all entries for no words."""
        query_words = list(dict.fromkeys(words(query)))
        if not query_words:
            return [SearchHit(e.id, 0.0, ()) for e in self.entries]
        totals: dict[int, float] = {}
        fields: dict[int, set[str]] = {}
        for index, query_word in enumerate(query_words):
            best: dict[int, tuple[float, str]] = {}
            for word, similarity in self._matches(query_word):
                for position, (weight, field_name) in self._postings[word].items():
                    score = similarity * weight
                    if score > best.get(position, (0.0, ""))[0]:
                        best[position] = (score, field_name)
            candidates = set(best) if index == 0 else set(totals) & set(best)
            totals = {p: totals.get(p, 0.0) + best[p][0] for p in candidates}
            for p in candidates:
                fields.setdefault(p, set()).add(best[p][1])
            if not totals:
                return []
        hits = [SearchHit(self.entries[p].id, round(score / len(query_words), 4),
                          tuple(sorted(fields[p]))) for p, score in totals.items()]
        hits.sort(key=lambda h: (-h.score, fold(self._entry(h.id).name)))
        return hits

    def _entry(self, ident: str) -> DirectoryEntry:
        return next(e for e in self.entries if e.id == ident)


# -- facets ------------------------------------------------------------------------------
Selection = Mapping[str, frozenset[str]]


def facet_values(entry: DirectoryEntry, facet: str) -> tuple[str, ...]:
    """The values an entry has for a facet (several for country, service, …)."""
    if facet == "kind":
        return (entry.kind,) if entry.kind else ()
    if facet == "country":
        return entry.countries
    if facet == "service":
        return entry.services
    if facet == "sector":
        return entry.sector_tags
    if facet == "language":
        return entry.languages
    if facet == "factory":
        return entry.linked_factories
    raise KeyError(facet)


def facet_label(facet: str, value: str, factory_names: Mapping[str, str] | None = None) -> str:
    """How a facet value reads in the UI."""
    if facet == "kind":
        return KIND_FACET_LABELS.get(value, value)
    if facet == "country":
        return COUNTRIES.get(value, value)
    if facet == "service":
        return SERVICES.get(value, value)
    if facet == "sector":
        return SECTORS[value][0] if value in SECTORS else value
    if facet == "language":
        return LANGUAGES.get(value, value)
    if facet == "factory":
        return (factory_names or {}).get(value, value)
    return value


def passes(entry: DirectoryEntry, selection: Selection, *, skip: str | None = None) -> bool:
    """True when the entry has one of the chosen values of every facet (but ``skip``)."""
    for facet, chosen in selection.items():
        if facet == skip or not chosen:
            continue
        if not chosen.intersection(facet_values(entry, facet)):
            return False
    return True


def facet_counts(entries: Iterable[DirectoryEntry], selection: Selection
                 ) -> dict[str, dict[str, int]]:
    """Per facet, per value: how many entries would show if that value were chosen too.

    Counts for a facet ignore that facet's own choice (its values are alternatives) but
    respect every other facet.
    """
    pool = list(entries)
    out: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        counts: dict[str, int] = {}
        for entry in pool:
            if passes(entry, selection, skip=facet):
                for value in facet_values(entry, facet):
                    counts[value] = counts.get(value, 0) + 1
        out[facet] = counts
    return out


def all_facet_values(entries: Iterable[DirectoryEntry]) -> dict[str, list[str]]:
    """Every value of every facet, in a stable order."""
    seen: dict[str, dict[str, None]] = {facet: {} for facet in FACETS}
    for entry in entries:
        for facet in FACETS:
            for value in facet_values(entry, facet):
                seen[facet][value] = None
    return {facet: list(values) for facet, values in seen.items()}


def filter_entries(index: SearchIndex, query: str, selection: Selection
                   ) -> tuple[list[SearchHit], dict[str, dict[str, int]]]:
    """The hits of ``query`` that pass the facets, and the facet counts over the hits."""
    hits = index.search(query)
    by_id = {e.id: e for e in index.entries}
    matched = [by_id[h.id] for h in hits]
    counts = facet_counts(matched, selection)
    return [h for h in hits if passes(by_id[h.id], selection)], counts


# -- matching for the triage inbox -------------------------------------------------------
@dataclass(frozen=True)
class _Profile:
    country_code: str
    countries: tuple[str, ...]
    kind: str
    services: tuple[str, ...]
    services_unverified: bool
    tags: tuple[str, ...]
    sectors_known: bool
    languages: tuple[str, ...]
    languages_unverified: bool
    name: str


def _centre_profile(centre: SupportCentre) -> _Profile:
    return _Profile(
        country_code=centre.country_code, countries=(centre.country_code,), kind=centre.kind,
        services=centre.services.value if centre.services else (),
        services_unverified=bool(centre.services and centre.services.uncertain
                                 and centre.services.confidence.value == "unverified"),
        tags=sector_tags(centre.sectors.value) if centre.sectors else (),
        sectors_known=centre.sectors is not None,
        languages=centre.languages.value if centre.languages else (),
        languages_unverified=bool(centre.languages
                                  and centre.languages.confidence.value == "unverified"),
        name=centre.name.value)


def _entry_profile(entry: DirectoryEntry) -> _Profile:
    services, languages = entry.fact("services"), entry.fact("languages")
    return _Profile(
        country_code=entry.country_code, countries=entry.countries, kind=entry.kind,
        services=entry.services,
        services_unverified=services is not None and services.unverified,
        tags=entry.sector_tags, sectors_known=bool(entry.sectors), languages=entry.languages,
        languages_unverified=languages is not None and languages.unverified, name=entry.name)


_KIND_ORDER = {"one_stop_shop": 0, "ncc": 1, "antenna": 2, "tef": 3}


def _score(profile: _Profile, *, country: str | None, sector: str | None,
           language: str | None, service: str | None) -> tuple[float, list[str]]:
    total, reasons, criteria = 0.0, [], 0
    if country:
        criteria += 1
        code = country.upper()
        name = COUNTRIES.get(code, code)
        if profile.country_code == code:
            total += 1.0
            reasons.append(f"based in {name}")
        elif code in profile.countries:
            total += 0.8
            reasons.append(f"has a node in {name}")
        elif profile.country_code == EU_WIDE and code in COUNTRIES:
            total += 0.4
            reasons.append("EU-wide facility, open to providers from every member state")
    if sector:
        criteria += 1
        tag = normalise_sector(sector)
        if tag is not None and tag in profile.tags:
            total += 1.0
            reasons.append(f"sector: {SECTORS[tag][0].lower()}")
        elif tag is not None and not profile.sectors_known:
            total += 0.25
            reasons.append("no sector focus stated (serves all sectors)")
    if language:
        criteria += 1
        code = language.lower()
        if code in profile.languages:
            total += 0.7 if profile.languages_unverified else 1.0
            reasons.append(f"works in {LANGUAGES.get(code, code)}"
                           + (" (unverified)" if profile.languages_unverified else ""))
    if service:
        criteria += 1
        wanted = _service_id(service)
        if wanted in profile.services:
            total += 0.8 if profile.services_unverified else 1.0
            reasons.append(f"offers {SERVICES.get(wanted, wanted).lower()}"
                           + (" (unverified)" if profile.services_unverified else ""))
    return (round(total / criteria, 4) if criteria else 0.0), reasons


def _service_id(text: str) -> str:
    key = fold(text).strip().replace(" ", "_").replace("-", "_")
    if key in SERVICES:
        return key
    for ident, label in SERVICES.items():
        if fold(label) == fold(text).strip():
            return ident
    return key


def _rank(items: Iterable[tuple[T, _Profile]], **criteria: str | None
          ) -> list[tuple[T, float, list[str]]]:
    scored: list[tuple[T, float, list[str], _Profile]] = []
    any_criterion = any(criteria.values())
    for item, profile in items:
        score, reasons = _score(profile, **criteria)
        if score > 0.0 or not any_criterion:
            scored.append((item, score, reasons, profile))
    scored.sort(key=lambda s: (-s[1], _KIND_ORDER.get(s[3].kind, 9), fold(s[3].name)))
    return [(item, score, reasons) for item, score, reasons, _profile in scored]


def matching_centres(registry: Registry, *, country: str | None = None,
                     sector: str | None = None, language: str | None = None,
                     service: str | None = None
                     ) -> list[tuple[SupportCentre, float, list[str]]]:
    """The support centres that fit a request, best first, with a score (0–1) and reasons.

    Args:
        registry: the federation registry (its ``support_centres``).
        country: ISO code of the requester's country (``"IT"``); a centre based there
            scores 1, a TEF with a node there 0.8, an EU-wide TEF 0.4.
        sector: a sector tag, label or free text (``"health"``, ``"agri-food"``).
        language: ISO 639-1 code (``"de"``); languages marked unverified count less.
        service: a service id or label (``"ai_training"``, ``"AI training"``).

    Returns:
        ``(centre, score, reasons)`` for every centre that matches at least one criterion
        (every centre, score 0, when no criterion is given). The score is the mean over the
        criteria given.
    """
    ranked = _rank(((c, _centre_profile(c)) for c in registry.support_centres),
                   country=country, sector=sector, language=language, service=service)
    return ranked


def matching_entries(entries: Iterable[DirectoryEntry], *, country: str | None = None,
                     sector: str | None = None, language: str | None = None,
                     service: str | None = None
                     ) -> list[tuple[DirectoryEntry, float, list[str]]]:
    """Like :func:`matching_centres`, over directory entries (TEF nodes count too)."""
    ranked = _rank(((e, _entry_profile(e)) for e in entries),
                   country=country, sector=sector, language=language, service=service)
    return ranked
