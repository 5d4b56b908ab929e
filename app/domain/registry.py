"""The federation's reference data: AI Factories, antennas, machines, access modes, support.

Pure Python (no Qt). The bundled copy lives in ``resources/federation/*.json`` with a JSON
Schema per file in ``resources/federation/schema/``; the Hub serves the same data, combined
into one *registry document* plus the site endpoints it knows (``sites``).

Three steps, kept apart so each can be used alone:

* :func:`registry_document` combines the five bundled files into one document;
* :func:`validate_document` checks a document against the schemas and the cross-references
  (every problem names the section, the entity and the field);
* :func:`parse_registry` turns a document into frozen dataclasses. It raises
  :class:`RegistryInvalid` on shape errors, but a cross-reference that points nowhere (an
  antenna linked to an unknown factory, say) only lands in :attr:`Registry.problems`, so the
  UI can list it as "not on the map" and keep everything else.

Every non-identity value is a :class:`Fact`: the value with its confidence, sources and date.
What no source gives is ``None``, never a guess.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: The five bundled files and the list each of them carries.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("factories.json", "factories"),
    ("antennas.json", "antennas"),
    ("systems.json", "systems"),
    ("access_modes.json", "access_modes"),
    ("support_centres.json", "support_centres"),
)
#: Extra lists that travel with ``access_modes.json``.
ACCESS_EXTRAS: tuple[str, ...] = ("general_calls", "eligibility")
DOCUMENT_VERSION = 1
SCHEMA_BASE = "urn:aifactories-desk:federation:"
SYSTEM_STATUSES: tuple[str, ...] = ("operational", "installing", "procurement", "planned")
CENTRE_KINDS: tuple[str, ...] = ("ncc", "one_stop_shop", "antenna", "tef")

_CONFIDENCE_ALIASES = {"c": "confirmed", "c2": "confirmed", "s": "single_source",
                       "r": "unverified"}


class Confidence(StrEnum):
    """How sure the data is: read in two sources, read in one, or not read anywhere."""

    CONFIRMED = "confirmed"
    SINGLE_SOURCE = "single_source"
    UNVERIFIED = "unverified"


@dataclass(frozen=True)
class Fact(Generic[T]):
    """A value with its provenance."""

    value: T
    confidence: Confidence
    sources: tuple[str, ...]
    as_of: date | None
    note: str = ""

    @property
    def uncertain(self) -> bool:
        """True unless the fact is confirmed."""
        return self.confidence is not Confidence.CONFIRMED


@dataclass(frozen=True)
class Location:
    """A map position and where it comes from (most are approximate city centres)."""

    lat: float
    lon: float
    label: str
    approximate: bool
    confidence: Confidence
    sources: tuple[str, ...]
    as_of: date | None
    note: str = ""


@dataclass(frozen=True)
class GpuPartitionSpec:
    """One GPU partition of a machine as the sources describe it."""

    name: str
    gpu_model: Fact[str]
    gres_type: str
    gpu_nodes: Fact[int] | None
    gpus_per_node: Fact[int] | None
    gpu_memory_gb: Fact[int] | None
    stated_total_gpus: Fact[int] | None = None
    status: str = "operational"
    status_fact: Fact[str] | None = None

    @property
    def total_gpus(self) -> int | None:
        """Nodes × GPUs per node when both are known, else the stated total, else None."""
        if self.gpu_nodes is not None and self.gpus_per_node is not None:
            return self.gpu_nodes.value * self.gpus_per_node.value
        return self.stated_total_gpus.value if self.stated_total_gpus is not None else None

    @property
    def operational(self) -> bool:
        return self.status == "operational"


@dataclass(frozen=True)
class System:
    """A supercomputer (or the GPU part of one) and the factories that use it."""

    id: str
    name: Fact[str]
    factories: tuple[str, ...]
    host: Fact[str] | None
    city: Fact[str] | None
    location: Location | None
    status: str
    partitions: tuple[GpuPartitionSpec, ...]
    performance: Fact[str] | None
    sources: tuple[str, ...]
    status_fact: Fact[str] | None = None
    accelerators: Fact[str] | None = None
    note: str = ""

    @property
    def operational(self) -> bool:
        return self.status == "operational"

    @property
    def gpu_nodes(self) -> int:
        """Known GPU nodes of the operational partitions."""
        return sum(p.gpu_nodes.value for p in self.partitions
                   if p.operational and p.gpu_nodes is not None)

    @property
    def gpus(self) -> int:
        """Known GPUs of the operational partitions."""
        return sum(p.total_gpus or 0 for p in self.partitions if p.operational)


@dataclass(frozen=True)
class Factory:
    """One EuroHPC AI Factory."""

    id: str
    name: Fact[str]
    short_name: Fact[str]
    country_code: str
    country: str
    wave: int
    selected_on: Fact[date]
    host: Fact[str]
    city: Fact[str]
    location: Location | None
    other_locations: tuple[Location, ...]
    systems: tuple[str, ...]
    partners: Fact[tuple[str, ...]] | None
    sectors: Fact[tuple[str, ...]] | None
    sector_tags: tuple[str, ...]
    budget: Fact[str] | None
    status: Fact[str]
    experimental_platform: Fact[str] | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class AntennaLink:
    """An antenna's link to a factory, with how sure we are of it."""

    factory: str
    confidence: Confidence
    sources: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Antenna:
    """An AI Factory Antenna: support and remote access linked to one or more factories."""

    id: str
    name: Fact[str] | None
    country_code: str
    country: str
    lead: Fact[str] | None
    links: tuple[AntennaLink, ...]
    location: Location | None
    sources: tuple[str, ...]
    announced_on: Fact[date] | None = None


@dataclass(frozen=True)
class AccessMode:
    """An AI Factory access mode (Playground, Fast Lane, …)."""

    id: str
    name: Fact[str]
    audience: Fact[str]
    allocation: Fact[str] | None
    duration: Fact[str] | None
    decision_time: Fact[str] | None
    cost: Fact[str]
    free_for: Fact[tuple[str, ...]]
    sources: tuple[str, ...]
    apply_via: Fact[str] | None = None


@dataclass(frozen=True)
class GeneralCall:
    """A general EuroHPC access call (Benchmark, Development, …)."""

    id: str
    name: Fact[str]
    purpose: Fact[str]
    duration: Fact[str] | None
    access_starts: Fact[str] | None
    review: Fact[str] | None
    caps_node_hours: Fact[Mapping[str, int]] | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class EligibilityRule:
    """A documented access condition."""

    id: str
    rule: Fact[str]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SupportCentre:
    """Someone who helps: an NCC, a factory's one-stop shop, an antenna."""

    id: str
    name: Fact[str]
    kind: str
    country_code: str
    country: str
    host: Fact[str] | None
    city: Fact[str] | None
    location: Location | None
    services: Fact[tuple[str, ...]] | None
    sectors: Fact[tuple[str, ...]] | None
    languages: Fact[tuple[str, ...]] | None
    email: Fact[str] | None
    phone: Fact[str] | None
    website: Fact[str] | None
    opening_hours: Fact[str] | None
    timezone: Fact[str] | None
    linked_factories: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class SiteEndpoint:
    """A live scheduler endpoint the Hub knows for a system (runtime only)."""

    site_id: str
    system_id: str
    factory_id: str
    partition_hint: str
    url: str
    simulated: bool


@dataclass(frozen=True)
class Registry:
    """Everything the federation knows about itself, as of a date."""

    as_of: date
    factories: tuple[Factory, ...]
    antennas: tuple[Antenna, ...]
    systems: tuple[System, ...]
    access_modes: tuple[AccessMode, ...]
    support_centres: tuple[SupportCentre, ...]
    sites: tuple[SiteEndpoint, ...] = ()
    general_calls: tuple[GeneralCall, ...] = ()
    eligibility: tuple[EligibilityRule, ...] = ()
    problems: tuple[str, ...] = ()
    version: int = DOCUMENT_VERSION
    _index: dict[str, dict[str, Any]] = field(default_factory=dict, init=False, repr=False,
                                              compare=False, hash=False)

    def _lookup(self, kind: str, items: Iterable[Any], key: str) -> Any:
        table = self._index.get(kind)
        if table is None:
            table = {item.id: item for item in items}
            self._index[kind] = table  # a cache: the dict is mutable, the registry is not
        return table.get(key)

    def factory(self, factory_id: str) -> Factory | None:
        found: Factory | None = self._lookup("factories", self.factories, factory_id)
        return found

    def system(self, system_id: str) -> System | None:
        found: System | None = self._lookup("systems", self.systems, system_id)
        return found

    def antenna(self, antenna_id: str) -> Antenna | None:
        found: Antenna | None = self._lookup("antennas", self.antennas, antenna_id)
        return found

    def support_centre(self, centre_id: str) -> SupportCentre | None:
        found: SupportCentre | None = self._lookup("support_centres", self.support_centres,
                                                   centre_id)
        return found

    def systems_of(self, factory_id: str) -> tuple[System, ...]:
        """The systems a factory lists, or that name the factory."""
        factory = self.factory(factory_id)
        ids = set(factory.systems) if factory is not None else set()
        return tuple(s for s in self.systems if s.id in ids or factory_id in s.factories)

    def gpu_node_total(self) -> int:
        """GPU nodes of the operational partitions of operational systems (known counts)."""
        return sum(s.gpu_nodes for s in self.systems if s.operational)

    def gpu_total(self) -> int:
        """GPUs of the operational partitions of operational systems (known counts)."""
        return sum(s.gpus for s in self.systems if s.operational)


class RegistryInvalid(ValueError):
    """A registry document does not have the expected shape.

    ``problems`` lists every problem found, each naming the section, entity and field, e.g.
    ``factories[3] (ai2f).location.lat: 'abc' is not of type 'number'``.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems: list[str] = list(problems)
        head = self.problems[0] if self.problems else "invalid registry"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(head + more)


# -- combining the bundled files -----------------------------------------------------------
def registry_document(resources_dir: Path) -> dict[str, Any]:
    """The five files of ``resources_dir`` combined into one registry document.

    The result has ``version``, ``as_of`` (the latest of the files), the five lists, the
    general calls and eligibility rules, and an empty ``sites`` list (the Hub adds its own).
    Raises ``OSError`` or ``ValueError`` (bad JSON, missing list) naming the file.
    """
    doc: dict[str, Any] = {"version": DOCUMENT_VERSION, "as_of": None}
    dates: list[str] = []
    for filename, key in SECTIONS:
        path = resources_dir / filename
        try:
            data = json.loads(path.read_text("utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{filename}: not valid JSON ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise ValueError(f"{filename}: expected an object with a '{key}' list")
        doc[key] = data[key]
        if key == "access_modes":
            for extra in ACCESS_EXTRAS:
                doc[extra] = data.get(extra, [])
        if isinstance(data.get("as_of"), str):
            dates.append(data["as_of"])
    doc["as_of"] = max(dates) if dates else None
    doc["sites"] = []
    return doc


# -- validation ----------------------------------------------------------------------------
@lru_cache(maxsize=4)
def _validators(schema_dir: str) -> dict[str, Any]:
    """Compiled validators per schema file of ``schema_dir`` (keyed by section)."""
    from jsonschema import Draft202012Validator
    from referencing import Registry as RefRegistry
    from referencing import Resource

    schemas: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(schema_dir).glob("*.schema.json")):
        schemas[path.name.removesuffix(".schema.json")] = json.loads(path.read_text("utf-8"))
    if "document" not in schemas or "defs" not in schemas:
        raise FileNotFoundError(f"no federation schemas in {schema_dir}")
    refs = RefRegistry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in schemas.values())
    return {name: Draft202012Validator(schema, registry=refs)
            for name, schema in schemas.items() if name != "defs"}


def _describe(path: Sequence[Any], doc: Mapping[str, Any], root: str = "document") -> str:
    """``factories[3] (ai2f).location.lat`` for a path into a section of ``doc``."""
    if not path:
        return root
    head, *rest = path
    text = str(head)
    container: Any = doc.get(head) if isinstance(head, str) else None
    if rest and isinstance(rest[0], int):
        index = rest.pop(0)
        text += f"[{index}]"
        if isinstance(container, list) and 0 <= index < len(container):
            item = container[index]
            if isinstance(item, Mapping):
                ident = item.get("id") or item.get("site_id")
                if isinstance(ident, str) and ident:
                    text += f" ({ident})"
    for part in rest:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _messages(validator: Any, instance: Mapping[str, Any], doc: Mapping[str, Any]) -> list[str]:
    from jsonschema.exceptions import best_match

    out = []
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.path)))
    for error in errors:
        if error.context:  # anyOf/oneOf: the deepest alternative says most
            error = best_match([error])
        out.append(f"{_describe(list(error.absolute_path), doc)}: {error.message}")
    return out


def validate_document(doc: Mapping[str, Any], schema_dir: Path) -> list[str]:
    """Problems of a registry document (empty = valid).

    Checks the envelope, each section against its file's schema, and the cross-references:
    unique ids per section, factory ↔ system links, antenna links, centres' linked factories
    and the sites' systems and factories.
    """
    if not isinstance(doc, Mapping):
        return [f"document: {type(doc).__name__} is not of type 'object'"]
    validators = _validators(str(schema_dir))
    problems = _messages(validators["document"], doc, doc)
    as_of = doc.get("as_of") if isinstance(doc.get("as_of"), str) else "1970-01-01"
    for _filename, key in SECTIONS:
        items = doc.get(key)
        if not isinstance(items, list):
            continue  # the envelope check has said so
        part: dict[str, Any] = {"as_of": as_of, "description": "", key: items}
        if key == "access_modes":
            for extra in ACCESS_EXTRAS:
                if isinstance(doc.get(extra), list):
                    part[extra] = doc[extra]
        problems += _messages(validators[key], part, doc)
    problems += cross_reference_problems(doc)
    return problems


def _ids(doc: Mapping[str, Any], key: str) -> list[tuple[int, str]]:
    items = doc.get(key)
    if not isinstance(items, list):
        return []
    return [(i, item["id"]) for i, item in enumerate(items)
            if isinstance(item, Mapping) and isinstance(item.get("id"), str)]


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def cross_reference_problems(doc: Mapping[str, Any]) -> list[str]:
    """Duplicate ids and links that point nowhere, each naming where it was found."""
    problems: list[str] = []
    for key in ("factories", "antennas", "systems", "access_modes", "support_centres",
                *ACCESS_EXTRAS):
        seen: dict[str, int] = {}
        for index, ident in _ids(doc, key):
            if ident in seen:
                problems.append(f"{key}[{index}] ({ident}).id: duplicate id, also "
                                f"{key}[{seen[ident]}]")
            else:
                seen[ident] = index
    factories = {ident for _i, ident in _ids(doc, "factories")}
    systems = {ident for _i, ident in _ids(doc, "systems")}

    def each(key: str) -> Iterable[tuple[int, Mapping[str, Any]]]:
        items = doc.get(key)
        if isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, Mapping):
                    yield index, item

    for i, item in each("factories"):
        for j, sid in enumerate(_strings(item.get("systems"))):
            if sid not in systems:
                problems.append(f"factories[{i}] ({item.get('id')}).systems[{j}]: "
                                f"unknown system '{sid}'")
    for i, item in each("systems"):
        for j, fid in enumerate(_strings(item.get("factories"))):
            if fid not in factories:
                problems.append(f"systems[{i}] ({item.get('id')}).factories[{j}]: "
                                f"unknown factory '{fid}'")
    for i, item in each("antennas"):
        links = item.get("links")
        for j, link in enumerate(links if isinstance(links, list) else []):
            target = link.get("factory") if isinstance(link, Mapping) else None
            if isinstance(target, str) and target not in factories:
                problems.append(f"antennas[{i}] ({item.get('id')}).links[{j}].factory: "
                                f"unknown factory '{target}'")
    for i, item in each("support_centres"):
        for j, fid in enumerate(_strings(item.get("linked_factories"))):
            if fid not in factories:
                problems.append(f"support_centres[{i}] ({item.get('id')}).linked_factories[{j}]:"
                                f" unknown factory '{fid}'")
    for i, item in each("sites"):
        site_system, site_factory = item.get("system_id"), item.get("factory_id")
        where = f"sites[{i}] ({item.get('site_id')})"
        if isinstance(site_system, str) and site_system not in systems:
            problems.append(f"{where}.system_id: unknown system '{site_system}'")
        if isinstance(site_factory, str) and site_factory and site_factory not in factories:
            problems.append(f"{where}.factory_id: unknown factory '{site_factory}'")
    return problems


# -- parsing -------------------------------------------------------------------------------
class _Shape(Exception):
    """One shape problem, already formatted."""


def _type_error(value: Any, where: str, expected: str) -> _Shape:
    return _Shape(f"{where}: {value!r} is not of type '{expected}'")


def _obj(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _type_error(value, where, "object")
    return value


def _get(obj: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise _Shape(f"{where}: '{key}' is a required property")
    return obj[key]


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _type_error(value, where, "string")
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise _type_error(value, where, "integer")
    return value


def _num(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _type_error(value, where, "number")
    return float(value)


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _type_error(value, where, "boolean")
    return value


def _date(value: Any, where: str) -> date:
    text = _str(value, where)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Shape(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from None


def _opt_date(value: Any, where: str) -> date | None:
    return None if value is None else _date(value, where)


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _type_error(value, where, "array")
    return tuple(_str(v, f"{where}[{i}]") for i, v in enumerate(value))


def _int_map(value: Any, where: str) -> Mapping[str, int]:
    obj = _obj(value, where)
    return {str(k): _int(v, f"{where}.{k}") for k, v in obj.items()}


def _confidence(value: Any, where: str) -> Confidence:
    text = _str(value, where)
    text = _CONFIDENCE_ALIASES.get(text.lower(), text)
    try:
        return Confidence(text)
    except ValueError:
        allowed = ", ".join(repr(c.value) for c in Confidence)
        raise _Shape(f"{where}: {value!r} is not one of [{allowed}]") from None


def _sources(obj: Mapping[str, Any], where: str) -> tuple[str, ...]:
    value = obj.get("sources", [])
    return _strs(value, f"{where}.sources") if value is not None else ()


def _fact(value: Any, where: str, conv: Callable[[Any, str], T]) -> Fact[T]:
    obj = _obj(value, where)
    note = obj.get("note", "")
    return Fact(value=conv(_get(obj, "value", where), f"{where}.value"),
                confidence=_confidence(_get(obj, "confidence", where), f"{where}.confidence"),
                sources=_sources(obj, where),
                as_of=_opt_date(obj.get("as_of"), f"{where}.as_of"),
                note=_str(note, f"{where}.note") if note is not None else "")


def _opt_fact(obj: Mapping[str, Any], key: str, where: str,
              conv: Callable[[Any, str], T]) -> Fact[T] | None:
    value = obj.get(key)
    return None if value is None else _fact(value, f"{where}.{key}", conv)


def _req_fact(obj: Mapping[str, Any], key: str, where: str,
              conv: Callable[[Any, str], T]) -> Fact[T]:
    return _fact(_get(obj, key, where), f"{where}.{key}", conv)


def _location(value: Any, where: str) -> Location:
    obj = _obj(value, where)
    lat = _num(_get(obj, "lat", where), f"{where}.lat")
    lon = _num(_get(obj, "lon", where), f"{where}.lon")
    if not -90.0 <= lat <= 90.0:
        raise _Shape(f"{where}.lat: {lat} is outside -90..90")
    if not -180.0 <= lon <= 180.0:
        raise _Shape(f"{where}.lon: {lon} is outside -180..180")
    note = obj.get("note", "")
    return Location(lat=lat, lon=lon, label=_str(obj.get("label", ""), f"{where}.label"),
                    approximate=_bool(obj.get("approximate", True), f"{where}.approximate"),
                    confidence=_confidence(obj.get("confidence", "unverified"),
                                           f"{where}.confidence"),
                    sources=_sources(obj, where),
                    as_of=_opt_date(obj.get("as_of"), f"{where}.as_of"),
                    note=_str(note, f"{where}.note") if note is not None else "")


def _opt_location(obj: Mapping[str, Any], key: str, where: str) -> Location | None:
    value = obj.get(key)
    return None if value is None else _location(value, f"{where}.{key}")


def _id(obj: Mapping[str, Any], where: str) -> str:
    ident = _str(_get(obj, "id", where), f"{where}.id")
    if not ident:
        raise _Shape(f"{where}.id: an id may not be empty")
    return ident


def _status(value: Any, where: str) -> str:
    text = _str(value, where)
    if text not in SYSTEM_STATUSES:
        raise _Shape(f"{where}: {text!r} is not one of {list(SYSTEM_STATUSES)}")
    return text


def _status_fact(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, Fact[str] | None]:
    value = _get(obj, key, where)
    if isinstance(value, str):  # tolerated: a plain status without provenance
        return _status(value, f"{where}.{key}"), None
    fact = _fact(value, f"{where}.{key}", _status)
    return fact.value, fact


def _partition(value: Any, where: str) -> GpuPartitionSpec:
    obj = _obj(value, where)
    status, status_fact = (("operational", None) if "status" not in obj
                           else _status_fact(obj, "status", where))
    return GpuPartitionSpec(
        name=_str(_get(obj, "name", where), f"{where}.name"),
        gpu_model=_req_fact(obj, "gpu_model", where, _str),
        gres_type=_str(_get(obj, "gres_type", where), f"{where}.gres_type"),
        gpu_nodes=_opt_fact(obj, "gpu_nodes", where, _int),
        gpus_per_node=_opt_fact(obj, "gpus_per_node", where, _int),
        gpu_memory_gb=_opt_fact(obj, "gpu_memory_gb", where, _int),
        stated_total_gpus=_opt_fact(obj, "total_gpus", where, _int),
        status=status, status_fact=status_fact)


def _system(obj: Mapping[str, Any], where: str) -> System:
    status, status_fact = _status_fact(obj, "status", where)
    parts = obj.get("partitions") or []
    if not isinstance(parts, list):
        raise _type_error(parts, f"{where}.partitions", "array")
    note = obj.get("note", "")
    return System(
        id=_id(obj, where), name=_req_fact(obj, "name", where, _str),
        factories=_strs(obj.get("factories") or [], f"{where}.factories"),
        host=_opt_fact(obj, "host", where, _str), city=_opt_fact(obj, "city", where, _str),
        location=_opt_location(obj, "location", where), status=status,
        partitions=tuple(_partition(p, f"{where}.partitions[{i}]") for i, p in enumerate(parts)),
        performance=_opt_fact(obj, "performance", where, _str),
        sources=_sources(obj, where), status_fact=status_fact,
        accelerators=_opt_fact(obj, "accelerators", where, _str),
        note=_str(note, f"{where}.note") if note is not None else "")


def _factory(obj: Mapping[str, Any], where: str) -> Factory:
    others = obj.get("other_locations") or []
    if not isinstance(others, list):
        raise _type_error(others, f"{where}.other_locations", "array")
    wave = _int(_get(obj, "wave", where), f"{where}.wave")
    if wave not in (1, 2, 3):
        raise _Shape(f"{where}.wave: {wave} is not one of [1, 2, 3]")
    return Factory(
        id=_id(obj, where), name=_req_fact(obj, "name", where, _str),
        short_name=_req_fact(obj, "short_name", where, _str),
        country_code=_str(_get(obj, "country_code", where), f"{where}.country_code"),
        country=_str(_get(obj, "country", where), f"{where}.country"), wave=wave,
        selected_on=_req_fact(obj, "selected_on", where, _date),
        host=_req_fact(obj, "host", where, _str), city=_req_fact(obj, "city", where, _str),
        location=_opt_location(obj, "location", where),
        other_locations=tuple(_location(v, f"{where}.other_locations[{i}]")
                              for i, v in enumerate(others)),
        systems=_strs(obj.get("systems") or [], f"{where}.systems"),
        partners=_opt_fact(obj, "partners", where, _strs),
        sectors=_opt_fact(obj, "sectors", where, _strs),
        sector_tags=_strs(obj.get("sector_tags") or [], f"{where}.sector_tags"),
        budget=_opt_fact(obj, "budget", where, _str),
        status=_req_fact(obj, "status", where, _str),
        experimental_platform=_opt_fact(obj, "experimental_platform", where, _str),
        sources=_sources(obj, where))


def _antenna(obj: Mapping[str, Any], where: str) -> Antenna:
    raw_links = obj.get("links") or []
    if not isinstance(raw_links, list):
        raise _type_error(raw_links, f"{where}.links", "array")
    links = []
    for i, raw in enumerate(raw_links):
        at = f"{where}.links[{i}]"
        link = _obj(raw, at)
        note = link.get("note", "")
        links.append(AntennaLink(
            factory=_str(_get(link, "factory", at), f"{at}.factory"),
            confidence=_confidence(_get(link, "confidence", at), f"{at}.confidence"),
            sources=_sources(link, at),
            note=_str(note, f"{at}.note") if note is not None else ""))
    return Antenna(
        id=_id(obj, where), name=_opt_fact(obj, "name", where, _str),
        country_code=_str(_get(obj, "country_code", where), f"{where}.country_code"),
        country=_str(_get(obj, "country", where), f"{where}.country"),
        lead=_opt_fact(obj, "lead", where, _str), links=tuple(links),
        location=_opt_location(obj, "location", where), sources=_sources(obj, where),
        announced_on=_opt_fact(obj, "announced_on", where, _date))


def _access_mode(obj: Mapping[str, Any], where: str) -> AccessMode:
    return AccessMode(
        id=_id(obj, where), name=_req_fact(obj, "name", where, _str),
        audience=_req_fact(obj, "audience", where, _str),
        allocation=_opt_fact(obj, "allocation", where, _str),
        duration=_opt_fact(obj, "duration", where, _str),
        decision_time=_opt_fact(obj, "decision_time", where, _str),
        cost=_req_fact(obj, "cost", where, _str),
        free_for=_req_fact(obj, "free_for", where, _strs),
        sources=_sources(obj, where), apply_via=_opt_fact(obj, "apply_via", where, _str))


def _general_call(obj: Mapping[str, Any], where: str) -> GeneralCall:
    return GeneralCall(
        id=_id(obj, where), name=_req_fact(obj, "name", where, _str),
        purpose=_req_fact(obj, "purpose", where, _str),
        duration=_opt_fact(obj, "duration", where, _str),
        access_starts=_opt_fact(obj, "access_starts", where, _str),
        review=_opt_fact(obj, "review", where, _str),
        caps_node_hours=_opt_fact(obj, "caps_node_hours", where, _int_map),
        sources=_sources(obj, where))


def _eligibility(obj: Mapping[str, Any], where: str) -> EligibilityRule:
    return EligibilityRule(id=_id(obj, where), rule=_req_fact(obj, "rule", where, _str),
                           sources=_sources(obj, where))


def _centre(obj: Mapping[str, Any], where: str) -> SupportCentre:
    kind = _str(_get(obj, "kind", where), f"{where}.kind")
    if kind not in CENTRE_KINDS:
        raise _Shape(f"{where}.kind: {kind!r} is not one of {list(CENTRE_KINDS)}")
    contacts = obj.get("contacts") or {}
    at = f"{where}.contacts"
    contacts = _obj(contacts, at)
    return SupportCentre(
        id=_id(obj, where), name=_req_fact(obj, "name", where, _str), kind=kind,
        country_code=_str(_get(obj, "country_code", where), f"{where}.country_code"),
        country=_str(_get(obj, "country", where), f"{where}.country"),
        host=_opt_fact(obj, "host", where, _str), city=_opt_fact(obj, "city", where, _str),
        location=_opt_location(obj, "location", where),
        services=_opt_fact(obj, "services", where, _strs),
        sectors=_opt_fact(obj, "sectors", where, _strs),
        languages=_opt_fact(obj, "languages", where, _strs),
        email=_opt_fact(contacts, "email", at, _str),
        phone=_opt_fact(contacts, "phone", at, _str),
        website=_opt_fact(contacts, "website", at, _str),
        opening_hours=_opt_fact(obj, "opening_hours", where, _str),
        timezone=_opt_fact(obj, "timezone", where, _str),
        linked_factories=_strs(obj.get("linked_factories") or [],
                               f"{where}.linked_factories"),
        sources=_sources(obj, where))


def _site(obj: Mapping[str, Any], where: str) -> SiteEndpoint:
    factory = obj.get("factory_id")
    hint = obj.get("partition_hint")
    return SiteEndpoint(
        site_id=_str(_get(obj, "site_id", where), f"{where}.site_id"),
        system_id=_str(_get(obj, "system_id", where), f"{where}.system_id"),
        factory_id="" if factory is None else _str(factory, f"{where}.factory_id"),
        partition_hint="" if hint is None else _str(hint, f"{where}.partition_hint"),
        url=_str(_get(obj, "url", where), f"{where}.url"),
        simulated=_bool(obj.get("simulated", False), f"{where}.simulated"))


def _section(doc: Mapping[str, Any], key: str, parse: Callable[[Mapping[str, Any], str], T],
             problems: list[str], *, required: bool) -> tuple[T, ...]:
    items = doc.get(key)
    if items is None:
        if required:
            problems.append(f"document: '{key}' is a required property")
        return ()
    if not isinstance(items, list):
        problems.append(f"{key}: {items!r} is not of type 'array'")
        return ()
    out: list[T] = []
    for index, item in enumerate(items):
        ident = (item.get("id") or item.get("site_id")) if isinstance(item, Mapping) else None
        where = f"{key}[{index}]" + (f" ({ident})" if isinstance(ident, str) and ident else "")
        try:
            out.append(parse(_obj(item, where), where))
        except _Shape as exc:
            problems.append(str(exc))
    return tuple(out)


def parse_registry(doc: Mapping[str, Any]) -> Registry:
    """The registry of a document; raises :class:`RegistryInvalid` on shape errors.

    Extra top-level keys are ignored. Cross-reference problems (unknown factories or
    systems, duplicate ids) do not raise; they are listed in :attr:`Registry.problems`.
    """
    if not isinstance(doc, Mapping):
        raise RegistryInvalid([f"document: {type(doc).__name__} is not of type 'object'"])
    problems: list[str] = []
    as_of = date.min
    if "as_of" in doc:
        try:
            as_of = _date(doc["as_of"], "as_of")
        except _Shape as exc:
            problems.append(str(exc))
    version = doc.get("version", DOCUMENT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        problems.append(f"version: {version!r} is not of type 'integer'")
        version = DOCUMENT_VERSION
    factories = _section(doc, "factories", _factory, problems, required=True)
    antennas = _section(doc, "antennas", _antenna, problems, required=True)
    systems = _section(doc, "systems", _system, problems, required=True)
    modes = _section(doc, "access_modes", _access_mode, problems, required=True)
    centres = _section(doc, "support_centres", _centre, problems, required=True)
    calls = _section(doc, "general_calls", _general_call, problems, required=False)
    rules = _section(doc, "eligibility", _eligibility, problems, required=False)
    sites = _section(doc, "sites", _site, problems, required=False)
    if problems:
        raise RegistryInvalid(problems)
    return Registry(as_of=as_of, factories=factories, antennas=antennas, systems=systems,
                    access_modes=modes, support_centres=centres, sites=sites,
                    general_calls=calls, eligibility=rules,
                    problems=tuple(cross_reference_problems(doc)), version=version)


def load_bundled_registry(resources_dir: Path) -> Registry:
    """The registry of the bundled files.

    ``resources_dir`` is the folder with the five files (``resources/federation``) or the
    resources folder above it.
    """
    folder = resources_dir / "federation"
    if not (resources_dir / SECTIONS[0][0]).exists() and (folder / SECTIONS[0][0]).exists():
        resources_dir = folder
    return parse_registry(registry_document(resources_dir))
