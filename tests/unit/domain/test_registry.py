"""The federation reference data: the shipped files, their schemas and the loader."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.domain.registry import (
    Confidence,
    Fact,
    GpuPartitionSpec,
    Registry,
    RegistryInvalid,
    load_bundled_registry,
    parse_registry,
    registry_document,
    validate_document,
)

REPO = Path(__file__).resolve().parents[3]
FEDERATION = REPO / "resources" / "federation"
SCHEMAS = FEDERATION / "schema"
FILES = ("factories", "antennas", "systems", "access_modes", "support_centres")
FACTORY_IDS = {
    1: {"lumi-aif", "it4lia", "bsc-aif", "meluxina-ai", "mimer", "hammerhai", "pharos"},
    2: {"ai-at", "brain-pp", "ai2f", "jaif", "piast-ai", "slaif"},
    3: {"czai", "litai", "nlaif", "gaia", "ro-aif", "1healthai"},
}
CONFIDENCES = {c.value for c in Confidence}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL = re.compile(r"^https?://\S+$")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return registry_document(FEDERATION)


@pytest.fixture(scope="module")
def registry(document: dict[str, Any]) -> Registry:
    return parse_registry(document)


def fresh(document: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(document)


def index_of(doc: dict[str, Any], section: str, ident: str) -> int:
    return next(i for i, item in enumerate(doc[section]) if item["id"] == ident)


def walk(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON object below ``node`` with its path."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}[{i}]")


def is_fact(obj: dict[str, Any]) -> bool:
    return "value" in obj and "confidence" in obj


def is_location(obj: dict[str, Any]) -> bool:
    return "lat" in obj and "lon" in obj


# -- the shipped files -----------------------------------------------------------------------
def test_shipped_files_validate_against_the_schemas(document: dict[str, Any]) -> None:
    assert validate_document(document, SCHEMAS) == []


def test_each_file_has_its_header_and_list() -> None:
    for name in FILES:
        data = json.loads((FEDERATION / f"{name}.json").read_text("utf-8"))
        assert DATE.match(data["as_of"]), name
        assert data["description"], name
        assert isinstance(data[name], list) and data[name], name


def test_files_keep_diacritics_and_speak_only_of_themselves() -> None:
    text = "".join((FEDERATION / f"{name}.json").read_text("utf-8") for name in FILES)
    for word in ("Jülich", "Kraków", "Bruyères-le-Châtel", "Poznań"):
        assert word in text, word
    assert "\\u00" not in text  # real characters, not escapes
    assert "/work/" not in text


def test_counts_and_waves(registry: Registry) -> None:
    assert len(registry.factories) == 19
    assert len(registry.antennas) == 13
    assert Counter(f.wave for f in registry.factories) == {1: 7, 2: 6, 3: 6}
    for wave, ids in FACTORY_IDS.items():
        assert {f.id for f in registry.factories if f.wave == wave} == ids
    dates = {f.wave: f.selected_on.value for f in registry.factories}
    assert dates == {1: date(2024, 12, 10), 2: date(2025, 3, 12), 3: date(2025, 10, 10)}


def test_every_fact_has_a_known_confidence_sources_and_date(document: dict[str, Any]) -> None:
    facts = 0
    for path, obj in walk(document):
        if not (is_fact(obj) or is_location(obj)):
            continue
        facts += 1
        assert obj["confidence"] in CONFIDENCES, path
        assert isinstance(obj["sources"], list), path
        assert all(isinstance(s, str) and URL.match(s) for s in obj["sources"]), path
        assert obj["as_of"] is None or DATE.match(obj["as_of"]), path
    assert facts > 500


def test_single_source_and_confirmed_facts_mostly_cite_an_address(
        document: dict[str, Any]) -> None:
    """A fact without an address must say why in its note."""
    for path, obj in walk(document):
        if is_fact(obj) and obj["confidence"] != "unverified" and not obj["sources"]:
            assert obj.get("note"), path


def test_every_coordinate_is_approximate_and_unverified(document: dict[str, Any]) -> None:
    locations = [(p, o) for p, o in walk(document) if is_location(o)]
    assert len(locations) >= 19 + 13 + 48
    for path, loc in locations:
        assert loc["approximate"] is True, path
        assert loc["confidence"] == "unverified", path
        assert "general knowledge" in loc["note"], path


def test_gpu_totals_are_nodes_times_gpus_per_node(document: dict[str, Any],
                                                  registry: Registry) -> None:
    checked = 0
    for system in document["systems"]:
        for part in system["partitions"]:
            nodes, per, total = part["gpu_nodes"], part["gpus_per_node"], part["total_gpus"]
            if nodes and per and total:
                assert total["value"] == nodes["value"] * per["value"], (system["id"], part)
                checked += 1
    assert checked >= 11
    for system in registry.systems:
        for spec in system.partitions:
            if spec.gpu_nodes and spec.gpus_per_node:
                assert spec.total_gpus == spec.gpu_nodes.value * spec.gpus_per_node.value


def test_operational_partitions_reach_the_demo_scale(registry: Registry) -> None:
    operational = [s for s in registry.systems if s.operational]
    assert {s.id for s in operational} >= {
        "lumi-g", "leonardo-booster", "mn5-acc", "meluxina-gpu", "karolina-gpu", "vega-gpu",
        "discoverer-gpu", "deucalion-gpu", "jupiter-booster", "juwels-booster", "jean-zay"}
    assert registry.gpu_node_total() == sum(s.gpu_nodes for s in operational)
    assert registry.gpu_node_total() >= 15_000
    for system in operational:
        for spec in system.partitions:
            assert spec.gres_type == spec.gres_type.lower()


def test_machines_being_built_have_no_node_counts(registry: Registry) -> None:
    planned = [s for s in registry.systems if not s.operational]
    assert planned
    for system in planned:
        assert system.status in {"installing", "procurement", "planned"}
        assert all(p.gpu_nodes is None for p in system.partitions), system.id
    assert registry.system("alice-recoque") is not None
    assert registry.system("daedalus") is not None
    assert registry.system("lumi-ai") is not None


def test_cross_references_and_links(registry: Registry) -> None:
    assert registry.problems == ()
    links = {a.country_code: {link.factory for link in a.links} for a in registry.antennas}
    assert links["BE"] == {"lumi-aif", "jaif"}
    assert links["RS"] == {"pharos", "it4lia"}
    assert links["SK"] == links["MD"] == links["GB"] == set()
    jaif = registry.factory("jaif")
    assert jaif is not None
    assert {s.id for s in registry.systems_of("jaif")} >= {"jupiter-booster", "juwels-booster"}
    ai2f = registry.factory("ai2f")
    assert ai2f is not None and ai2f.budget is None
    assert ai2f.location is not None and len(ai2f.other_locations) == 1
    pharos = registry.factory("pharos")
    assert pharos is not None and len(pharos.other_locations) == 1
    assert registry.factory("nowhere") is None


def test_support_centres(registry: Registry) -> None:
    kinds = Counter(c.kind for c in registry.support_centres)
    assert kinds["one_stop_shop"] == 19
    assert kinds["antenna"] == 13
    assert kinds["ncc"] >= 15
    assert kinds["tef"] == 4
    factory_ids = {f.id for f in registry.factories}
    for centre in registry.support_centres:
        assert set(centre.linked_factories) <= factory_ids
        assert centre.email is None and centre.phone is None and centre.opening_hours is None
        assert centre.languages is not None
        assert centre.languages.confidence is Confidence.UNVERIFIED
        assert "en" in centre.languages.value
        if centre.kind != "tef" or centre.location is not None:  # a TEF is a network
            assert centre.timezone is not None and "/" in centre.timezone.value
    shops = {c.linked_factories[0]: c for c in registry.support_centres
             if c.kind == "one_stop_shop"}
    assert set(shops) == factory_ids
    assert shops["meluxina-ai"].host is not None
    assert "Luxinnovation" in shops["meluxina-ai"].host.value


def test_the_four_sectoral_tefs(document: dict[str, Any], registry: Registry) -> None:
    tefs = {c.id: c for c in registry.support_centres if c.kind == "tef"}
    assert set(tefs) == {"tef-health", "tef-ai-matters", "tef-agrifood", "tef-citcom"}
    for centre in tefs.values():
        assert centre.country_code == "EU"
        assert centre.services is not None
        assert "testing_experimentation" in centre.services.value
        assert centre.sectors is not None and centre.sources
    health, agri = tefs["tef-health"], tefs["tef-agrifood"]
    assert health.host is not None and "Charité" in health.host.value
    assert agri.host is not None and "Fondazione Bruno Kessler" in agri.host.value
    assert tefs["tef-ai-matters"].host is None  # no source read names the coordinator
    assert tefs["tef-ai-matters"].website is None
    nodes = {c["id"]: c.get("nodes") for c in document["support_centres"]}
    assert nodes["tef-health"]["value"][:2] == ["DE", "FR"]
    assert all(nodes[i] for i in tefs)
    assert not any(nodes[c.id] for c in registry.support_centres if c.kind != "tef")


def test_only_a_tef_may_list_nodes(document: dict[str, Any]) -> None:
    doc = fresh(document)
    k = index_of(doc, "support_centres", "ncc-at")
    doc["support_centres"][k]["nodes"] = {"value": ["AT"], "confidence": "unverified",
                                          "sources": [], "as_of": None}
    assert any(p.startswith(f"support_centres[{k}] (ncc-at)")
               for p in validate_document(doc, SCHEMAS))


def test_access_modes_and_eligibility(registry: Registry) -> None:
    assert [m.id for m in registry.access_modes] == [
        "playground", "fast-lane", "large-scale", "ai-for-science"]
    playground = registry.access_modes[0]
    assert playground.allocation is None  # not stated anywhere
    assert set(playground.free_for.value) == {"sme", "startup"}
    assert {r.id for r in registry.eligibility} == {"civilian-use", "eu-establishment"}
    development = next(c for c in registry.general_calls if c.id == "development")
    assert development.caps_node_hours is not None
    assert development.caps_node_hours.value["lumi-g"] == 4500


# -- the loader ------------------------------------------------------------------------------
def test_facts_and_dates_are_typed(registry: Registry) -> None:
    assert isinstance(registry.as_of, date)
    lumi = registry.system("lumi-g")
    assert lumi is not None and lumi.operational
    part = lumi.partitions[0]
    assert isinstance(part, GpuPartitionSpec) and isinstance(part.gpu_model, Fact)
    assert part.gpu_nodes is not None and part.gpu_nodes.uncertain  # 2,978 vs 2,560
    leonardo = registry.system("leonardo-booster")
    assert leonardo is not None and leonardo.partitions[0].gpu_nodes is not None
    assert not leonardo.partitions[0].gpu_nodes.uncertain
    assert Fact(1, Confidence.UNVERIFIED, (), None).uncertain


def test_total_gpus_property() -> None:
    fact = Fact(3, Confidence.CONFIRMED, (), None)
    spec = GpuPartitionSpec("p", Fact("X", Confidence.CONFIRMED, (), None), "x",
                            fact, Fact(4, Confidence.CONFIRMED, (), None), None)
    assert spec.total_gpus == 12
    unknown = GpuPartitionSpec("p", spec.gpu_model, "x", None, None, None)
    assert unknown.total_gpus is None
    stated = GpuPartitionSpec("p", spec.gpu_model, "x", None, None, None,
                              stated_total_gpus=Fact(7, Confidence.SINGLE_SOURCE, (), None))
    assert stated.total_gpus == 7


def test_round_trip(document: dict[str, Any], registry: Registry) -> None:
    again = parse_registry(json.loads(json.dumps(document, ensure_ascii=False)))
    assert again == registry
    assert load_bundled_registry(FEDERATION) == registry
    assert load_bundled_registry(FEDERATION.parent) == registry


def test_document_with_demo_sites_validates_and_parses(document: dict[str, Any]) -> None:
    from app.demo.spec import site_entries, site_specs

    doc = fresh(document)
    specs = site_specs(doc)
    assert {s.site_id for s in specs} >= {"lumi-g", "jupiter-booster", "jean-zay"}
    doc["sites"] = site_entries(specs, "http://127.0.0.1:9")
    assert validate_document(doc, SCHEMAS) == []
    registry = parse_registry(doc)
    assert len(registry.sites) == len(specs)
    site = next(s for s in registry.sites if s.site_id == "jupiter-booster")
    assert site.factory_id == "jaif" and site.simulated
    assert sum(s.gpu_nodes for s in specs) == registry.gpu_node_total()


# -- broken documents ------------------------------------------------------------------------
def test_missing_field_is_named(document: dict[str, Any]) -> None:
    doc = fresh(document)
    i = index_of(doc, "factories", "ai2f")
    del doc["factories"][i]["host"]
    problems = validate_document(doc, SCHEMAS)
    assert f"factories[{i}] (ai2f): 'host' is a required property" in problems
    with pytest.raises(RegistryInvalid) as caught:
        parse_registry(doc)
    assert f"factories[{i}] (ai2f): 'host' is a required property" in caught.value.problems


def test_wrong_type_is_named(document: dict[str, Any]) -> None:
    doc = fresh(document)
    i = index_of(doc, "factories", "ai2f")
    doc["factories"][i]["location"]["lat"] = "abc"
    expected = f"factories[{i}] (ai2f).location.lat: 'abc' is not of type 'number'"
    assert expected in validate_document(doc, SCHEMAS)
    with pytest.raises(RegistryInvalid) as caught:
        parse_registry(doc)
    assert expected in caught.value.problems
    assert expected in str(caught.value)


def test_bad_values_are_named(document: dict[str, Any]) -> None:
    doc = fresh(document)
    j = index_of(doc, "systems", "lumi-g")
    doc["systems"][j]["partitions"][0]["gpu_nodes"]["confidence"] = "probably"
    doc["systems"][j]["partitions"][0]["gpus_per_node"]["sources"] = ["not a url"]
    k = index_of(doc, "support_centres", "ncc-at")
    doc["support_centres"][k]["kind"] = "hotline"
    doc["support_centres"][k]["surprise"] = 1
    problems = "\n".join(validate_document(doc, SCHEMAS))
    assert f"systems[{j}] (lumi-g).partitions[0].gpu_nodes.confidence:" in problems
    assert f"systems[{j}] (lumi-g).partitions[0].gpus_per_node.sources[0]:" in problems
    assert f"support_centres[{k}] (ncc-at).kind:" in problems
    assert f"support_centres[{k}] (ncc-at): Additional properties" in problems
    with pytest.raises(RegistryInvalid) as caught:
        parse_registry(doc)
    assert any("gpu_nodes.confidence" in p for p in caught.value.problems)
    assert any("(ncc-at).kind" in p for p in caught.value.problems)


def test_unknown_factory_link_is_a_problem_but_not_fatal(document: dict[str, Any]) -> None:
    doc = fresh(document)
    i = index_of(doc, "antennas", "antenna-be")
    doc["antennas"][i]["links"][0]["factory"] = "atlantis"
    problems = validate_document(doc, SCHEMAS)
    expected = f"antennas[{i}] (antenna-be).links[0].factory: unknown factory 'atlantis'"
    assert expected in problems
    registry = parse_registry(doc)  # does not raise
    assert expected in registry.problems
    antenna = registry.antenna("antenna-be")
    assert antenna is not None and antenna.links[0].factory == "atlantis"


def test_unknown_system_and_duplicate_id(document: dict[str, Any]) -> None:
    doc = fresh(document)
    i = index_of(doc, "factories", "jaif")
    doc["factories"][i]["systems"].append("hal-9000")
    doc["systems"].append(copy.deepcopy(doc["systems"][0]))
    problems = "\n".join(validate_document(doc, SCHEMAS))
    assert f"factories[{i}] (jaif).systems[3]: unknown system 'hal-9000'" in problems
    last = len(doc["systems"]) - 1
    assert f"systems[{last}] (lumi-g).id: duplicate id, also systems[0]" in problems
    registry = parse_registry(doc)
    assert any("duplicate id" in p for p in registry.problems)


def test_extra_top_level_keys_are_tolerated(document: dict[str, Any]) -> None:
    doc = fresh(document)
    doc["served_by"] = "a future Hub"
    assert validate_document(doc, SCHEMAS) == []
    assert len(parse_registry(doc).factories) == 19


def test_missing_section_and_bad_envelope(document: dict[str, Any]) -> None:
    doc = fresh(document)
    del doc["antennas"]
    doc["version"] = 2
    problems = validate_document(doc, SCHEMAS)
    assert "document: 'antennas' is a required property" in problems
    assert any(p.startswith("version:") for p in problems)
    with pytest.raises(RegistryInvalid) as caught:
        parse_registry(doc)
    assert "document: 'antennas' is a required property" in caught.value.problems
    with pytest.raises(RegistryInvalid):
        parse_registry([])  # type: ignore[arg-type]


def test_bad_file_is_named(tmp_path: Path) -> None:
    for name in FILES:
        (tmp_path / f"{name}.json").write_text(
            (FEDERATION / f"{name}.json").read_text("utf-8"), "utf-8")
    (tmp_path / "systems.json").write_text("{not json", "utf-8")
    with pytest.raises(ValueError, match=r"systems\.json"):
        registry_document(tmp_path)
