"""Typo-tolerant search, facets and matching over the directory."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest

from app.domain.directory import DirectoryEntry, load_entries
from app.domain.directory_search import (
    SearchIndex,
    edit_distance,
    facet_counts,
    filter_entries,
    matching_centres,
    matching_entries,
    passes,
    prefix_distance,
    word_similarity,
)
from app.domain.registry import load_bundled_registry

REPO = Path(__file__).resolve().parents[3]
BUNDLED = REPO / "resources" / "federation" / "support_centres.json"

FIXTURES = [
    DirectoryEntry(id="ncc-pl", name="NCC Poland", kind="ncc", country_code="PL",
                   country="Poland", city="Poznań", services=("onboarding", "hpc_training"),
                   languages=("pl", "en")),
    DirectoryEntry(id="oss-jaif", name="JUPITER AI Factory – one-stop shop",
                   kind="one_stop_shop", country_code="DE", country="Germany", city="Jülich",
                   services=("ai_training", "algorithmic_support"),
                   sectors=("manufacturing", "healthcare"),
                   sector_tags=("manufacturing", "health"), languages=("de", "en"),
                   linked_factories=("jaif",)),
    DirectoryEntry(id="tef-agrifood", name="agrifoodTEF", kind="tef", country_code="EU",
                   country="European Union", nodes=("IT", "DE", "FR", "PL"), city="Trento",
                   services=("testing_experimentation",), sectors=("agri-food",),
                   sector_tags=("agrifood",), languages=("en",)),
    DirectoryEntry(id="ncc-it", name="EuroCC Italy", kind="ncc", country_code="IT",
                   country="Italy", city="Bologna", services=("onboarding",),
                   languages=("it", "en")),
]


@pytest.fixture(scope="module")
def bundled() -> list[DirectoryEntry]:
    return load_entries(json.loads(BUNDLED.read_text("utf-8")))


def ids(index: SearchIndex, query: str) -> list[str]:
    return [h.id for h in index.search(query)]


# -- distances -------------------------------------------------------------------------
def test_edit_distances() -> None:
    assert edit_distance("kitten", "sitting", 3) == 3
    assert edit_distance("helth", "health", 1) == 1
    assert edit_distance("manufatcuring", "manufacturing", 2) == 1  # transposition
    assert edit_distance("abc", "xyzxyz", 1) == 2  # bounded: "more than 1"
    assert prefix_distance("manufactr", "manufacturing", 1) == 1
    assert prefix_distance("bologna", "bol", 1) == 2


def test_word_similarity_ranks_exact_prefix_inner_and_fuzzy() -> None:
    exact = word_similarity("poznan", "poznan")
    prefix = word_similarity("pozn", "poznan")
    inner = word_similarity("znan", "poznan")
    fuzzy = word_similarity("posnan", "poznan")
    assert exact > prefix > fuzzy > 0 and inner > 0
    assert word_similarity("xy", "poznan") == 0.0
    assert word_similarity("abc", "abd") == 0.0  # short words need no typo tolerance


# -- search ----------------------------------------------------------------------------
def test_search_by_name_city_service_sector_and_language() -> None:
    index = SearchIndex(FIXTURES)
    assert ids(index, "jupiter") == ["oss-jaif"]
    assert ids(index, "Trento") == ["tef-agrifood"]
    assert set(ids(index, "training")) == {"ncc-pl", "oss-jaif"}
    assert ids(index, "health") == ["oss-jaif"]
    assert ids(index, "Italian") == ["ncc-it"]
    assert set(ids(index, "polish")) == {"ncc-pl"}
    assert len(ids(index, "")) == len(FIXTURES)


@pytest.mark.parametrize(("query", "expected"), [
    ("Julich", "oss-jaif"),          # no umlaut
    ("jülich", "oss-jaif"),
    ("Poznan", "ncc-pl"),            # no accent
    ("poznań", "ncc-pl"),
    ("jupiterr", "oss-jaif"),        # one extra letter
    ("manufactring", "oss-jaif"),    # one missing letter
    ("helthcare", "oss-jaif"),
    ("agrifod", "tef-agrifood"),
    ("bolgona", "ncc-it"),           # transposition
    ("tren", "tef-agrifood"),        # typing in progress
])
def test_typos_and_diacritics(query: str, expected: str) -> None:
    assert ids(SearchIndex(FIXTURES), query)[:1] == [expected]


def test_every_word_must_match_and_better_matches_rank_first() -> None:
    index = SearchIndex(FIXTURES)
    assert ids(index, "onboarding italy") == ["ncc-it"]
    assert ids(index, "onboarding atlantis") == []
    hits = index.search("ncc poland")
    assert hits[0].id == "ncc-pl" and hits[0].score > 0.9 and "name" in hits[0].fields


def test_search_on_the_bundled_directory(bundled: list[DirectoryEntry]) -> None:
    index = SearchIndex(bundled, {"jaif": "JAIF"})
    assert ids(index, "Kraków")[:2] and "oss-gaia" in ids(index, "krakow")
    assert ids(index, "TEF-Health")[0] == "tef-health"
    assert ids(index, "smart citis")[0] == "tef-citcom"
    assert "ncc-se" in ids(index, "Uppsala") or "ncc-se" in ids(index, "sweden")


def test_fast_enough_for_every_keystroke(bundled: list[DirectoryEntry]) -> None:
    """About 100 centres; a whole typed query, keystroke by keystroke, in well under 1 s."""
    many = bundled + [dataclasses.replace(e, id=e.id + "-copy") for e in bundled]
    index = SearchIndex(many)
    query = "manufacturing helth germn"
    start = time.perf_counter()
    for end in range(1, len(query) + 1):
        index.search(query[:end])
    per_keystroke = (time.perf_counter() - start) / len(query)
    assert per_keystroke < 0.05, f"{per_keystroke * 1000:.1f} ms per keystroke"


# -- facets ----------------------------------------------------------------------------
def test_facet_counts_combine_across_facets_and_not_within() -> None:
    none: dict[str, frozenset[str]] = {}
    counts = facet_counts(FIXTURES, none)
    assert counts["kind"] == {"ncc": 2, "one_stop_shop": 1, "tef": 1}
    assert counts["country"]["PL"] == 2  # NCC Poland and the TEF's Polish node
    assert counts["country"]["EU"] == 1
    assert counts["language"]["en"] == 4
    chosen = {"kind": frozenset({"ncc"})}
    counts = facet_counts(FIXTURES, chosen)
    assert counts["kind"] == {"ncc": 2, "one_stop_shop": 1, "tef": 1}  # own facet ignored
    assert counts["country"] == {"PL": 1, "IT": 1}
    assert [e.id for e in FIXTURES if passes(e, chosen)] == ["ncc-pl", "ncc-it"]
    both = {"kind": frozenset({"ncc", "tef"}), "country": frozenset({"IT"})}
    assert [e.id for e in FIXTURES if passes(e, both)] == ["tef-agrifood", "ncc-it"]


def test_filter_entries_counts_over_the_search_hits() -> None:
    index = SearchIndex(FIXTURES)
    hits, counts = filter_entries(index, "onboarding", {"country": frozenset({"IT"})})
    assert [h.id for h in hits] == ["ncc-it"]
    assert counts["country"] == {"PL": 1, "IT": 1}
    assert counts["service"] == {"onboarding": 1}


# -- matching for the triage inbox -----------------------------------------------------
def test_matching_centres_on_the_registry() -> None:
    registry = load_bundled_registry(REPO / "resources")
    ranked = matching_centres(registry, country="IT", sector="health", language="it")
    assert ranked and all(0 < score <= 1 for _c, score, _r in ranked)
    scores = [score for _c, score, _r in ranked]
    assert scores == sorted(scores, reverse=True)
    top, _score, reasons = ranked[0]
    assert top.country_code == "IT"
    assert any("based in Italy" in r for r in reasons)
    tef = next((c, s, r) for c, s, r in ranked if c.id == "tef-health")
    assert any("EU-wide" in r for r in tef[2]) and any("health" in r for r in tef[2])
    assert len(matching_centres(registry)) == len(registry.support_centres)
    assert matching_centres(registry, country="ZZ", sector="basket weaving") == []


def test_matching_entries_know_tef_nodes_and_unverified_languages() -> None:
    ranked = matching_entries(FIXTURES, country="PL", sector="agri-food",
                              service="AI testing and experimentation")
    assert ranked[0][0].id == "tef-agrifood"
    assert "has a node in Poland" in ranked[0][2]
    languages = matching_entries(
        [dataclasses.replace(FIXTURES[0], provenance={})], language="pl")
    assert languages[0][1] == 1.0
    from app.domain.directory import Provenance

    unverified = dataclasses.replace(FIXTURES[0],
                                     provenance={"languages": Provenance("unverified")})
    ranked = matching_entries([unverified], language="pl")
    assert ranked[0][1] < 1.0 and "(unverified)" in ranked[0][2][0]
