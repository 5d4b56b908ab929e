"""The support-centre directory: a tolerant loader, opening hours and exports.

Pure Python (no Qt). The strict loader in :mod:`app.domain.registry` rejects a document
with a single bad entry; the directory must still show what it can. :func:`load_entries`
therefore reads every centre on its own, keeps whatever can be shown and attaches a list of
warnings to the entry (a missing name, an e-mail or web address that is not one, a time zone
nobody knows, opening hours that cannot be read). Nothing is dropped and nothing raises.

Facts keep their provenance (:class:`Provenance`): what a source does not give stays ``None``
and is shown as unknown, never filled in.

Labels here (kinds, services, sectors, languages, countries, "open now") are English data:
search matches them and the exports write them. The UI shows them in the person's language
through ``app.models.directory_labels``.

Also here: "open now" from opening hours in the centre's own time zone
(:func:`open_state`), sector tags shared with the factories (:func:`sector_tags`), and the
text exports — CSV that a spreadsheet cannot execute (:func:`csv_text`) and vCard 4.0
(:func:`vcard`, RFC 6350) — plus :func:`write_atomic` for every file the directory writes.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

KINDS: dict[str, str] = {
    "ncc": "National Competence Centre",
    "one_stop_shop": "AI Factory one-stop shop",
    "antenna": "AI Factory Antenna",
    "tef": "Testing and Experimentation Facility",
}
KIND_SHORT: dict[str, str] = {"ncc": "NCC", "one_stop_shop": "One-stop shop",
                              "antenna": "Antenna", "tef": "TEF"}
SERVICES: dict[str, str] = {
    "onboarding": "Onboarding and access",
    "hpc_training": "HPC training",
    "ai_training": "AI training",
    "porting_optimisation": "Code porting and optimisation",
    "algorithmic_support": "Algorithmic and AI expert support",
    "data_storage": "Data storage and management",
    "legal_ethics_ai_act": "Legal, ethics and AI Act",
    "business_funding": "Business and funding advice",
    "testing_experimentation": "AI testing and experimentation",
}
#: Sector tags (the factories' vocabulary plus smart cities) and words that signal them.
SECTORS: dict[str, tuple[str, tuple[str, ...]]] = {
    "health": ("Health", ("health", "medic", "clinic", "hospital", "cancer", "cardio",
                          "neurolog", "intensive care")),
    "life_sciences": ("Life sciences", ("life science", "biotech", "pharma", "genom")),
    "manufacturing": ("Manufacturing", ("manufactur", "industr", "production",
                                        "predictive maintenance", "mechanical engineering")),
    "agrifood": ("Agri-food", ("agri", "food", "farming", "crop", "livestock", "horticult")),
    "energy": ("Energy", ("energy",)),
    "climate_earth": ("Climate and Earth", ("climate", "earth", "weather", "environment")),
    "mobility_automotive": ("Mobility and automotive", ("mobility", "transport", "automotive",
                                                        "autonomous", "aeronaut")),
    "smart_cities": ("Smart cities", ("smart cit", "cities", "communities", "urban",
                                      "connectivity")),
    "public_sector": ("Public sector", ("public", "government")),
    "cybersecurity_defence": ("Cybersecurity and defence", ("cyber", "defence", "defense",
                                                            "security")),
    "space": ("Space", ("space",)),
    "finance": ("Finance", ("financ", "fintech", "bank")),
    "media_culture": ("Media and culture", ("media", "culture")),
    "gaming": ("Gaming", ("gaming",)),
    "language_llm": ("Language and LLMs", ("language", "llm")),
    "robotics": ("Robotics", ("robot",)),
    "materials": ("Materials", ("material",)),
    "legal": ("Legal", ("law", "legal")),
    "education": ("Education", ("educat",)),
}
LANGUAGES: dict[str, str] = {
    "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "hr": "Croatian",
    "hu": "Hungarian", "is": "Icelandic", "it": "Italian", "lb": "Luxembourgish",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "mt": "Maltese", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "rm": "Romansh", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian",
}
COUNTRIES: dict[str, str] = {
    "AL": "Albania", "AT": "Austria", "BA": "Bosnia and Herzegovina", "BE": "Belgium",
    "BG": "Bulgaria", "CH": "Switzerland", "CY": "Cyprus", "CZ": "Czechia", "DE": "Germany",
    "DK": "Denmark", "EE": "Estonia", "ES": "Spain", "EU": "European Union", "FI": "Finland",
    "FR": "France", "GB": "United Kingdom", "GR": "Greece", "HR": "Croatia", "HU": "Hungary",
    "IE": "Ireland", "IS": "Iceland", "IT": "Italy", "LI": "Liechtenstein", "LT": "Lithuania",
    "LU": "Luxembourg", "LV": "Latvia", "MD": "Moldova", "ME": "Montenegro",
    "MK": "North Macedonia", "MT": "Malta", "NL": "Netherlands", "NO": "Norway",
    "PL": "Poland", "PT": "Portugal", "RO": "Romania", "RS": "Serbia", "SE": "Sweden",
    "SI": "Slovenia", "SK": "Slovakia", "TR": "Türkiye", "UA": "Ukraine",
}
CONFIDENCES = ("confirmed", "single_source", "unverified")
EU_WIDE = "EU"

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th",
                       "ð": "d", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower case without accents: ``Poznań`` → ``poznan``, ``Jülich`` → ``julich``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# -- entries -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Provenance:
    """Where a value comes from: confidence, sources, date, note."""

    confidence: str
    sources: tuple[str, ...] = ()
    as_of: str | None = None
    note: str = ""

    @property
    def unverified(self) -> bool:
        return self.confidence == "unverified"

    @property
    def label(self) -> str:
        return {"confirmed": "confirmed", "single_source": "single source"}.get(
            self.confidence, "unverified")


NO_PROVENANCE = Provenance("unverified", note="no provenance given")


@dataclass(frozen=True)
class DirectoryEntry:
    """One support centre as the directory shows it, with the warnings found on loading.

    Text fields hold what was served, even when it failed a check (the check's warning says
    so); ``None`` means no source gives the value. ``provenance`` maps a field name
    (``name``, ``email``, ``opening_hours``…) to where its value comes from.
    """

    id: str
    name: str
    kind: str = ""
    country_code: str = ""
    country: str = ""
    nodes: tuple[str, ...] = ()
    host: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    services: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    sector_tags: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    opening_hours: str | None = None
    timezone: str | None = None
    linked_factories: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    position: int = 0
    provenance: Mapping[str, Provenance] = field(default_factory=dict, compare=False,
                                                 hash=False, repr=False)

    @property
    def countries(self) -> tuple[str, ...]:
        """The country codes the centre serves from: its own and its nodes' (TEFs)."""
        codes = [self.country_code] if self.country_code else []
        codes += [n for n in self.nodes if n not in codes]
        return tuple(codes)

    @property
    def email_ok(self) -> bool:
        return self.email is not None and valid_email(self.email)

    @property
    def website_ok(self) -> bool:
        return self.website is not None and valid_url(self.website)

    @property
    def timezone_ok(self) -> bool:
        return self.timezone is not None and valid_timezone(self.timezone)

    def fact(self, name: str) -> Provenance | None:
        return self.provenance.get(name)

    def uncertain(self, name: str) -> bool:
        """True when the field has a value whose provenance is not "confirmed"."""
        found = self.provenance.get(name)
        return found is not None and found.confidence != "confirmed"


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and len(text) <= 254


def valid_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text


def valid_timezone(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


class _Reader:
    """Reads one raw centre, collecting warnings instead of raising."""

    def __init__(self, raw: Mapping[str, Any], where: str) -> None:
        self.raw = raw
        self.where = where
        self.warnings: list[str] = []
        self.provenance: dict[str, Provenance] = {}

    def warn(self, text: str) -> None:
        self.warnings.append(text)

    def _provenance(self, obj: Mapping[str, Any], name: str) -> Provenance:
        confidence = obj.get("confidence")
        if confidence not in CONFIDENCES:
            if confidence is not None:
                self.warn(f"{name}: unknown confidence {confidence!r}; shown as unverified")
            confidence = "unverified"
        sources = obj.get("sources")
        good = tuple(s for s in sources if isinstance(s, str) and valid_url(s)) \
            if isinstance(sources, list) else ()
        if isinstance(sources, list) and len(good) != len(sources):
            self.warn(f"{name}: {len(sources) - len(good)} source(s) are not web addresses")
        as_of, note = obj.get("as_of"), obj.get("note")
        return Provenance(str(confidence), good, as_of if isinstance(as_of, str) else None,
                          note if isinstance(note, str) else "")

    def value(self, obj: Mapping[str, Any], key: str, name: str | None = None) -> Any:
        """The value of a fact (``{value, confidence, …}``) or a plain value; None if absent."""
        name = name or key
        raw = obj.get(key)
        if raw is None:
            return None
        if isinstance(raw, Mapping) and "value" in raw:
            self.provenance[name] = self._provenance(raw, name)
            return raw.get("value")
        if isinstance(raw, Mapping):
            self.warn(f"{name}: a fact without a value")
            return None
        self.provenance[name] = NO_PROVENANCE
        return raw

    def text(self, obj: Mapping[str, Any], key: str, name: str | None = None) -> str | None:
        value = self.value(obj, key, name)
        if value is None:
            return None
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = str(value).strip()
            if text:
                return text
        self.warn(f"{name or key}: {value!r} is not a text")
        self.provenance.pop(name or key, None)
        return None

    def texts(self, obj: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = self.value(obj, key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.warn(f"{key}: {value!r} is not a list")
            return ()
        out = [v.strip() for v in value if isinstance(v, str) and v.strip()]
        if len(out) != len(value):
            self.warn(f"{key}: {len(value) - len(out)} item(s) are not texts")
        return tuple(dict.fromkeys(out))


def load_entry(raw: Any, position: int = 0, *,
               factories: Iterable[str] | None = None) -> DirectoryEntry:
    """One directory entry from a served centre; never raises.

    Args:
        raw: the centre as served (normally an object of ``support_centres``).
        position: its index in the served list (used for ids of entries that have none).
        factories: the known factory ids; links to others get a warning.
    """
    if not isinstance(raw, Mapping):
        return DirectoryEntry(
            id=f"entry-{position + 1}", name=f"Unreadable entry #{position + 1}",
            position=position,
            warnings=(f"not an object ({type(raw).__name__}); nothing can be shown",))
    r = _Reader(raw, f"support_centres[{position}]")
    ident = raw.get("id")
    if not isinstance(ident, str) or not ident.strip():
        r.warn("id: missing; a stand-in is used")
        ident = f"entry-{position + 1}"
    name = r.text(raw, "name")
    if name is None:
        r.warn("name: missing")
        name = ident
    kind = raw.get("kind")
    if not isinstance(kind, str) or not kind:
        r.warn("kind: missing")
        kind = ""
    elif kind not in KINDS:
        r.warn(f"kind: {kind!r} is not one of {', '.join(KINDS)}")
    code = raw.get("country_code")
    if not isinstance(code, str) or not _COUNTRY.match(code.upper()):
        r.warn("country_code: missing" if code is None
               else f"country_code: {code!r} is not a two-letter country code")
        code = ""
    code = code.upper()
    country = raw.get("country")
    if not isinstance(country, str) or not country.strip():
        country = COUNTRIES.get(code, "")
        if not country:
            r.warn("country: missing")
    nodes = tuple(n.upper() for n in r.texts(raw, "nodes"))
    for bad in [n for n in nodes if not _COUNTRY.match(n)]:
        r.warn(f"nodes: {bad!r} is not a two-letter country code")
    services = r.texts(raw, "services")
    for unknown in [s for s in services if s not in SERVICES]:
        r.warn(f"services: {unknown!r} is not a known service")
    sectors = r.texts(raw, "sectors")
    languages = tuple(lang.lower() for lang in r.texts(raw, "languages"))
    for bad in [lang for lang in languages if not _LANGUAGE.match(lang)]:
        r.warn(f"languages: {bad!r} is not a two-letter language code")
    contacts = raw.get("contacts")
    if contacts is None:
        contacts = {}
    elif not isinstance(contacts, Mapping):
        r.warn(f"contacts: {contacts!r} is not an object")
        contacts = {}
    email = r.text(contacts, "email")
    if email is not None and not valid_email(email):
        r.warn(f"email: {email!r} is not an e-mail address")
    phone = r.text(contacts, "phone")
    website = r.text(contacts, "website")
    if website is not None and not valid_url(website):
        r.warn(f"website: {website!r} is not a web address (http/https)")
    hours = r.text(raw, "opening_hours")
    if hours is not None and parse_opening_hours(hours) is None:
        r.warn(f"opening_hours: {hours!r} cannot be read")
    zone = r.text(raw, "timezone")
    if zone is not None and not valid_timezone(zone):
        r.warn(f"timezone: {zone!r} is not a known time zone")
    if hours is not None and zone is None:
        r.warn("timezone: missing, so the opening hours cannot be placed in time")
    lat = lon = None
    location = raw.get("location")
    if isinstance(location, Mapping):
        la, lo = location.get("lat"), location.get("lon")
        if isinstance(la, int | float) and isinstance(lo, int | float) \
                and not isinstance(la, bool) and -90 <= la <= 90 and -180 <= lo <= 180:
            lat, lon = float(la), float(lo)
        else:
            r.warn("location: not a valid latitude/longitude")
    host, city = r.text(raw, "host"), r.text(raw, "city")
    links_raw = raw.get("linked_factories") or []
    links = tuple(x for x in links_raw if isinstance(x, str)) if isinstance(links_raw, list) \
        else ()
    if factories is not None:
        known = set(factories)
        for unknown in [f for f in links if f not in known]:
            r.warn(f"linked_factories: unknown factory {unknown!r}")
    sources_raw = raw.get("sources") or []
    sources = tuple(s for s in sources_raw if isinstance(s, str) and valid_url(s)) \
        if isinstance(sources_raw, list) else ()
    return DirectoryEntry(
        id=ident, name=name, kind=kind, country_code=code, country=str(country).strip(),
        nodes=tuple(n for n in nodes if _COUNTRY.match(n)), host=host, city=city, lat=lat,
        lon=lon, services=services, sectors=sectors, sector_tags=sector_tags(sectors),
        languages=tuple(lang for lang in languages if _LANGUAGE.match(lang)), email=email,
        phone=phone, website=website, opening_hours=hours, timezone=zone,
        linked_factories=links, sources=sources, warnings=tuple(r.warnings),
        position=position, provenance=dict(r.provenance))


def load_entries(items: Any, *, factories: Iterable[str] | None = None) -> list[DirectoryEntry]:
    """Every served centre as an entry (bad ones with warnings); ids made unique."""
    if isinstance(items, Mapping):
        items = items.get("support_centres")
    if not isinstance(items, list):
        return []
    known = list(factories) if factories is not None else None
    out: list[DirectoryEntry] = []
    seen: set[str] = set()
    for position, raw in enumerate(items):
        entry = load_entry(raw, position, factories=known)
        if entry.id in seen:
            new_id = f"{entry.id}~{position + 1}"
            entry = replace(entry, id=new_id,
                            warnings=(*entry.warnings, f"id: duplicate {entry.id!r}"))
        seen.add(entry.id)
        out.append(entry)
    return out


def sector_tags(sectors: Iterable[str]) -> tuple[str, ...]:
    """The sector tags that free-text sectors signal (``"healthcare"`` → ``health``)."""
    tags: list[str] = []
    for text in sectors:
        folded = fold(text)
        for tag, pattern in _SECTOR_PATTERNS.items():
            if tag not in tags and pattern.search(folded):
                tags.append(tag)
    return tuple(tags)


#: A sector word must start a word: "culture" is no sign of media in "agriculture".
_SECTOR_PATTERNS = {tag: re.compile("|".join(r"\b" + re.escape(w) for w in words))
                    for tag, (_label, words) in SECTORS.items()}


def normalise_sector(text: str) -> str | None:
    """A sector tag for a tag, a label or free text; None when it signals none."""
    folded = fold(text).strip().replace("-", "_").replace(" ", "_")
    if folded in SECTORS:
        return folded
    for tag, (label, _words) in SECTORS.items():
        if fold(label) == fold(text).strip():
            return tag
    tags = sector_tags([text])
    return tags[0] if tags else None


def country_label(code: str) -> str:
    return COUNTRIES.get(code, code)


# -- opening hours -----------------------------------------------------------------------
_DAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class OpeningHours:
    """Weekly hours: per weekday (0 = Monday) a tuple of (start, end) minutes.

    An end at or before the start runs past midnight into the next day.
    """

    days: tuple[tuple[tuple[int, int], ...], ...]
    always: bool = False


def parse_opening_hours(text: str) -> OpeningHours | None:
    """Hours in the common ``"Mo-Fr 09:00-17:00; Sa 10:00-12:00"`` form, or None.

    Rules are separated by ``;``; each is days (``Mo``, ``Mo-Fr``, ``Mo,We``) and one or
    more comma-separated ranges, or ``off``. ``24/7`` is always open. Later rules replace
    earlier ones for the days they name.
    """
    text = text.strip()
    if not text:
        return None
    if text.casefold() == "24/7":
        return OpeningHours(days=tuple(((0, 1440),) for _ in range(7)), always=True)
    week: list[tuple[tuple[int, int], ...]] = [() for _ in range(7)]
    for rule in filter(None, (part.strip() for part in text.split(";"))):
        head, _sep, rest = rule.partition(" ")
        days = _parse_days(head)
        if days is None:
            return None
        rest = rest.strip()
        if rest.casefold() in ("off", "closed"):
            for day in days:
                week[day] = ()
            continue
        ranges: list[tuple[int, int]] = []
        for piece in filter(None, (p.strip() for p in rest.split(","))):
            match = _RANGE.match(piece)
            if match is None:
                return None
            h1, m1, h2, m2 = (int(g) for g in match.groups())
            if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59 or (h1 == 24 and m1) or (
                    h2 == 24 and m2):
                return None
            start, end = h1 * 60 + m1, h2 * 60 + m2
            if start == end:
                return None
            ranges.append((start, end))
        if not ranges:
            return None
        for day in days:
            week[day] = tuple(ranges)
    return OpeningHours(days=tuple(week))


def _parse_days(text: str) -> list[int] | None:
    out: list[int] = []
    for part in text.casefold().split(","):
        first, _sep, last = part.partition("-")
        if first not in _DAYS or (last and last not in _DAYS):
            return None
        a = _DAYS.index(first)
        b = _DAYS.index(last) if last else a
        span = range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)]
        out.extend(d for d in span if d not in out)
    return out


OpenKind = Literal["open", "closed", "unknown"]


@dataclass(frozen=True)
class OpenState:
    """Whether a centre is open at a moment: ``kind`` plus a short label and a detail."""

    kind: OpenKind
    label: str
    detail: str = ""
    #: Why, for a translated detail: ``no_hours``, ``bad_hours``, ``no_zone``, ``always``,
    #: ``until`` (``minute``), ``never`` or ``opens`` (``day``: None = today, ``minute``).
    reason: str = ""
    minute: int | None = None
    day: int | None = None


def open_state(entry: DirectoryEntry, now: datetime) -> OpenState:
    """Open or closed at ``now`` (aware) in the centre's time zone; unknown hours stay
    unknown ("hours unknown"), never "closed"."""
    if entry.opening_hours is None:
        return OpenState("unknown", "hours unknown", "no source gives opening hours",
                         "no_hours")
    hours = parse_opening_hours(entry.opening_hours)
    if hours is None:
        return OpenState("unknown", "hours unknown",
                         f"the opening hours {entry.opening_hours!r} cannot be read", "bad_hours")
    if entry.timezone is None or not valid_timezone(entry.timezone):
        return OpenState("unknown", "hours unknown", "the centre's time zone is unknown",
                         "no_zone")
    zone = ZoneInfo(entry.timezone)
    local = now.astimezone(zone)
    if hours.always:
        return OpenState("open", "open now", "open around the clock", "always")
    minute = local.hour * 60 + local.minute
    weekday = local.weekday()
    until = _open_until(hours, weekday, minute)
    if until is not None:
        return OpenState("open", "open now",
                         f"until {until // 60:02d}:{until % 60:02d} ({entry.timezone})",
                         "until", until)
    following = _next_opening(hours, weekday, minute)
    if following is None:
        return OpenState("closed", "closed now", "no opening time in the week", "never")
    day, start = following
    when = "today" if day == weekday else _DAY_NAMES[day]
    return OpenState("closed", "closed now",
                     f"opens {when} {start // 60:02d}:{start % 60:02d} ({entry.timezone})",
                     "opens", start, None if day == weekday else day)


def _open_until(hours: OpeningHours, weekday: int, minute: int) -> int | None:
    for start, end in hours.days[weekday]:
        if start < end and start <= minute < end:
            return end % 1440
        if end <= start and minute >= start:  # runs past midnight
            return end
    for start, end in hours.days[(weekday - 1) % 7]:
        if end <= start and minute < end:
            return end
    return None


def _next_opening(hours: OpeningHours, weekday: int, minute: int) -> tuple[int, int] | None:
    for offset in range(8):
        day = (weekday + offset) % 7
        starts = sorted(s for s, _e in hours.days[day] if offset or s > minute)
        if starts:
            return day, starts[0]
    return None


def local_time(entry: DirectoryEntry, now: datetime) -> datetime | None:
    """``now`` in the centre's time zone, when that zone is known."""
    if entry.timezone is None or not valid_timezone(entry.timezone):
        return None
    return now.astimezone(ZoneInfo(entry.timezone))


# -- exports -----------------------------------------------------------------------------
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id"), ("name", "name"), ("kind", "kind"), ("country", "country"),
    ("nodes", "node countries"), ("city", "city"), ("host", "host"),
    ("services", "services"), ("sectors", "sectors"), ("languages", "languages"),
    ("email", "e-mail"), ("phone", "phone"), ("website", "website"),
    ("opening_hours", "opening hours"), ("timezone", "time zone"),
    ("linked_factories", "linked factories"), ("unverified", "unverified fields"),
    ("warnings", "warnings"), ("sources", "sources"),
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading ``= + - @`` or tab is escaped with ``'``
    (OWASP CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_row(entry: DirectoryEntry, *, factory_names: Mapping[str, str] | None = None
            ) -> dict[str, str]:
    names = factory_names or {}
    unverified = sorted(k for k, p in entry.provenance.items() if p.unverified)
    values = {
        "id": entry.id, "name": entry.name, "kind": KINDS.get(entry.kind, entry.kind),
        "country": entry.country, "nodes": " ".join(entry.nodes),
        "city": entry.city or "", "host": entry.host or "",
        "services": "; ".join(SERVICES.get(s, s) for s in entry.services),
        "sectors": "; ".join(entry.sectors), "languages": " ".join(entry.languages),
        "email": entry.email or "", "phone": entry.phone or "", "website": entry.website or "",
        "opening_hours": entry.opening_hours or "", "timezone": entry.timezone or "",
        "linked_factories": "; ".join(names.get(f, f) for f in entry.linked_factories),
        "unverified": " ".join(unverified), "warnings": " | ".join(entry.warnings),
        "sources": " ".join(entry.sources),
    }
    return {key: safe_cell(value) for key, value in values.items()}


def csv_text(entries: Sequence[DirectoryEntry], *,
             factory_names: Mapping[str, str] | None = None) -> str:
    """The entries as CSV (RFC 4180, CRLF); empty cells mean unknown."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([title for _key, title in CSV_COLUMNS])
    for entry in entries:
        row = csv_row(entry, factory_names=factory_names)
        writer.writerow([row[key] for key, _title in CSV_COLUMNS])
    return buffer.getvalue()


def _vcard_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold_line(line: str) -> str:
    """RFC 6350 §3.2: lines of at most 75 octets, continued with CRLF + space, never
    splitting a UTF-8 sequence."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = "", 0, 74  # the leading space counts
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def vcard(entry: DirectoryEntry, *, factory_names: Mapping[str, str] | None = None) -> str:
    """The entry as a vCard 4.0 (RFC 6350), CRLF line ends; only valid addresses go in."""
    names = factory_names or {}
    lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:org",
             f"FN:{_vcard_escape(entry.name)}", f"ORG:{_vcard_escape(entry.name)}",
             f"UID:urn:aifactories-desk:support-centre:{_vcard_escape(entry.id)}"]
    if entry.kind in KINDS:
        lines.append(f"CATEGORIES:{_vcard_escape(KINDS[entry.kind])}")
    if entry.city or entry.country:
        lines.append("ADR;TYPE=work:;;;" + _vcard_escape(entry.city or "") + ";;;"
                     + _vcard_escape(entry.country))
    if entry.email_ok and entry.email:
        lines.append(f"EMAIL;TYPE=work:{entry.email}")
    if entry.phone:
        tel = re.sub(r"[^\d+]", "", entry.phone)
        lines.append(f"TEL;VALUE=uri;TYPE=work:tel:{tel}" if tel.startswith("+")
                     else f"TEL;VALUE=text;TYPE=work:{_vcard_escape(entry.phone)}")
    if entry.website_ok and entry.website:
        lines.append(f"URL:{entry.website}")
    if entry.timezone_ok and entry.timezone:
        lines.append(f"TZ:{entry.timezone}")
    for i, lang in enumerate(entry.languages, start=1):
        lines.append(f"LANG;PREF={i}:{lang}")
    if entry.lat is not None and entry.lon is not None:
        lines.append(f"GEO:geo:{entry.lat:.2f},{entry.lon:.2f}")
    note = []
    if entry.host:
        note.append(f"Host: {entry.host}")
    if entry.services:
        note.append("Services: " + ", ".join(SERVICES.get(s, s) for s in entry.services))
    if entry.sectors:
        note.append("Sectors: " + ", ".join(entry.sectors))
    if entry.linked_factories:
        note.append("AI Factories: " + ", ".join(names.get(f, f)
                                                  for f in entry.linked_factories))
    note.append("Opening hours: " + (f"{entry.opening_hours} ({entry.timezone})"
                                     if entry.opening_hours else "unknown"))
    unverified = sorted(k for k, p in entry.provenance.items() if p.unverified)
    if unverified:
        note.append("Unverified: " + ", ".join(unverified))
    if entry.sources:
        note.append("Sources: " + " ".join(entry.sources))
    lines.append("NOTE:" + _vcard_escape("\n".join(note)))
    lines.append("END:VCARD")
    return "".join(_fold_line(line) + "\r\n" for line in lines)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename,
    so a crash leaves either the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; an export is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
