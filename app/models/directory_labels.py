"""The directory's words in the person's language.

The domain (``app.domain.directory``, ``app.domain.directory_search``) keeps its labels in
English: search matches them, exports and tests read them. The UI shows them through the
functions here, which look each English label up in the "Directory" translation context;
``MARKED`` lists every one of them so that lupdate extracts it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.directory import (
    KIND_SHORT,
    KINDS,
    LANGUAGES,
    SERVICES,
    OpenState,
    Provenance,
    country_label,
)
from app.domain.directory_search import FACET_TITLES, facet_label
from app.services.preferences import QT_TRANSLATE_NOOP

CONTEXT = "Directory"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: Every English label of the directory's domain, marked for lupdate.
MARKED = (
    # kinds
    QT_TRANSLATE_NOOP("Directory", "National Competence Centre"),
    QT_TRANSLATE_NOOP("Directory", "AI Factory one-stop shop"),
    QT_TRANSLATE_NOOP("Directory", "AI Factory Antenna"),
    QT_TRANSLATE_NOOP("Directory", "Testing and Experimentation Facility"),
    QT_TRANSLATE_NOOP("Directory", "NCC"),
    QT_TRANSLATE_NOOP("Directory", "One-stop shop"),
    QT_TRANSLATE_NOOP("Directory", "Antenna"),
    QT_TRANSLATE_NOOP("Directory", "TEF"),
    QT_TRANSLATE_NOOP("Directory", "NCCs"),
    QT_TRANSLATE_NOOP("Directory", "One-stop shops"),
    QT_TRANSLATE_NOOP("Directory", "Antennas"),
    QT_TRANSLATE_NOOP("Directory", "Testing facilities (TEFs)"),
    # facet titles
    QT_TRANSLATE_NOOP("Directory", "Kind"),
    QT_TRANSLATE_NOOP("Directory", "Country"),
    QT_TRANSLATE_NOOP("Directory", "Service"),
    QT_TRANSLATE_NOOP("Directory", "Sector"),
    QT_TRANSLATE_NOOP("Directory", "Language"),
    QT_TRANSLATE_NOOP("Directory", "Linked factory"),
    # services
    QT_TRANSLATE_NOOP("Directory", "Onboarding and access"),
    QT_TRANSLATE_NOOP("Directory", "HPC training"),
    QT_TRANSLATE_NOOP("Directory", "AI training"),
    QT_TRANSLATE_NOOP("Directory", "Code porting and optimisation"),
    QT_TRANSLATE_NOOP("Directory", "Algorithmic and AI expert support"),
    QT_TRANSLATE_NOOP("Directory", "Data storage and management"),
    QT_TRANSLATE_NOOP("Directory", "Legal, ethics and AI Act"),
    QT_TRANSLATE_NOOP("Directory", "Business and funding advice"),
    QT_TRANSLATE_NOOP("Directory", "AI testing and experimentation"),
    # sectors
    QT_TRANSLATE_NOOP("Directory", "Health"),
    QT_TRANSLATE_NOOP("Directory", "Life sciences"),
    QT_TRANSLATE_NOOP("Directory", "Manufacturing"),
    QT_TRANSLATE_NOOP("Directory", "Agri-food"),
    QT_TRANSLATE_NOOP("Directory", "Energy"),
    QT_TRANSLATE_NOOP("Directory", "Climate and Earth"),
    QT_TRANSLATE_NOOP("Directory", "Mobility and automotive"),
    QT_TRANSLATE_NOOP("Directory", "Smart cities"),
    QT_TRANSLATE_NOOP("Directory", "Public sector"),
    QT_TRANSLATE_NOOP("Directory", "Cybersecurity and defence"),
    QT_TRANSLATE_NOOP("Directory", "Space"),
    QT_TRANSLATE_NOOP("Directory", "Finance"),
    QT_TRANSLATE_NOOP("Directory", "Media and culture"),
    QT_TRANSLATE_NOOP("Directory", "Gaming"),
    QT_TRANSLATE_NOOP("Directory", "Language and LLMs"),
    QT_TRANSLATE_NOOP("Directory", "Robotics"),
    QT_TRANSLATE_NOOP("Directory", "Materials"),
    QT_TRANSLATE_NOOP("Directory", "Legal"),
    QT_TRANSLATE_NOOP("Directory", "Education"),
    # languages
    QT_TRANSLATE_NOOP("Directory", "Bulgarian"),
    QT_TRANSLATE_NOOP("Directory", "Catalan"),
    QT_TRANSLATE_NOOP("Directory", "Czech"),
    QT_TRANSLATE_NOOP("Directory", "Danish"),
    QT_TRANSLATE_NOOP("Directory", "German"),
    QT_TRANSLATE_NOOP("Directory", "Greek"),
    QT_TRANSLATE_NOOP("Directory", "English"),
    QT_TRANSLATE_NOOP("Directory", "Spanish"),
    QT_TRANSLATE_NOOP("Directory", "Estonian"),
    QT_TRANSLATE_NOOP("Directory", "Basque"),
    QT_TRANSLATE_NOOP("Directory", "Finnish"),
    QT_TRANSLATE_NOOP("Directory", "French"),
    QT_TRANSLATE_NOOP("Directory", "Irish"),
    QT_TRANSLATE_NOOP("Directory", "Galician"),
    QT_TRANSLATE_NOOP("Directory", "Croatian"),
    QT_TRANSLATE_NOOP("Directory", "Hungarian"),
    QT_TRANSLATE_NOOP("Directory", "Icelandic"),
    QT_TRANSLATE_NOOP("Directory", "Italian"),
    QT_TRANSLATE_NOOP("Directory", "Luxembourgish"),
    QT_TRANSLATE_NOOP("Directory", "Lithuanian"),
    QT_TRANSLATE_NOOP("Directory", "Latvian"),
    QT_TRANSLATE_NOOP("Directory", "Macedonian"),
    QT_TRANSLATE_NOOP("Directory", "Maltese"),
    QT_TRANSLATE_NOOP("Directory", "Dutch"),
    QT_TRANSLATE_NOOP("Directory", "Norwegian"),
    QT_TRANSLATE_NOOP("Directory", "Polish"),
    QT_TRANSLATE_NOOP("Directory", "Portuguese"),
    QT_TRANSLATE_NOOP("Directory", "Romansh"),
    QT_TRANSLATE_NOOP("Directory", "Romanian"),
    QT_TRANSLATE_NOOP("Directory", "Russian"),
    QT_TRANSLATE_NOOP("Directory", "Slovak"),
    QT_TRANSLATE_NOOP("Directory", "Slovenian"),
    QT_TRANSLATE_NOOP("Directory", "Albanian"),
    QT_TRANSLATE_NOOP("Directory", "Serbian"),
    QT_TRANSLATE_NOOP("Directory", "Swedish"),
    QT_TRANSLATE_NOOP("Directory", "Turkish"),
    QT_TRANSLATE_NOOP("Directory", "Ukrainian"),
    # countries
    QT_TRANSLATE_NOOP("Directory", "Albania"),
    QT_TRANSLATE_NOOP("Directory", "Austria"),
    QT_TRANSLATE_NOOP("Directory", "Bosnia and Herzegovina"),
    QT_TRANSLATE_NOOP("Directory", "Belgium"),
    QT_TRANSLATE_NOOP("Directory", "Bulgaria"),
    QT_TRANSLATE_NOOP("Directory", "Switzerland"),
    QT_TRANSLATE_NOOP("Directory", "Cyprus"),
    QT_TRANSLATE_NOOP("Directory", "Czechia"),
    QT_TRANSLATE_NOOP("Directory", "Germany"),
    QT_TRANSLATE_NOOP("Directory", "Denmark"),
    QT_TRANSLATE_NOOP("Directory", "Estonia"),
    QT_TRANSLATE_NOOP("Directory", "Spain"),
    QT_TRANSLATE_NOOP("Directory", "European Union"),
    QT_TRANSLATE_NOOP("Directory", "Finland"),
    QT_TRANSLATE_NOOP("Directory", "France"),
    QT_TRANSLATE_NOOP("Directory", "United Kingdom"),
    QT_TRANSLATE_NOOP("Directory", "Greece"),
    QT_TRANSLATE_NOOP("Directory", "Croatia"),
    QT_TRANSLATE_NOOP("Directory", "Hungary"),
    QT_TRANSLATE_NOOP("Directory", "Ireland"),
    QT_TRANSLATE_NOOP("Directory", "Iceland"),
    QT_TRANSLATE_NOOP("Directory", "Italy"),
    QT_TRANSLATE_NOOP("Directory", "Liechtenstein"),
    QT_TRANSLATE_NOOP("Directory", "Lithuania"),
    QT_TRANSLATE_NOOP("Directory", "Luxembourg"),
    QT_TRANSLATE_NOOP("Directory", "Latvia"),
    QT_TRANSLATE_NOOP("Directory", "Moldova"),
    QT_TRANSLATE_NOOP("Directory", "Montenegro"),
    QT_TRANSLATE_NOOP("Directory", "North Macedonia"),
    QT_TRANSLATE_NOOP("Directory", "Malta"),
    QT_TRANSLATE_NOOP("Directory", "Netherlands"),
    QT_TRANSLATE_NOOP("Directory", "Norway"),
    QT_TRANSLATE_NOOP("Directory", "Poland"),
    QT_TRANSLATE_NOOP("Directory", "Portugal"),
    QT_TRANSLATE_NOOP("Directory", "Romania"),
    QT_TRANSLATE_NOOP("Directory", "Serbia"),
    QT_TRANSLATE_NOOP("Directory", "Sweden"),
    QT_TRANSLATE_NOOP("Directory", "Slovenia"),
    QT_TRANSLATE_NOOP("Directory", "Slovakia"),
    QT_TRANSLATE_NOOP("Directory", "Türkiye"),
    QT_TRANSLATE_NOOP("Directory", "Ukraine"),
    # provenance and opening
    QT_TRANSLATE_NOOP("Directory", "confirmed"),
    QT_TRANSLATE_NOOP("Directory", "single source"),
    QT_TRANSLATE_NOOP("Directory", "unverified"),
    QT_TRANSLATE_NOOP("Directory", "no provenance given"),
    QT_TRANSLATE_NOOP("Directory", "unknown kind"),
    QT_TRANSLATE_NOOP("Directory", "open now"),
    QT_TRANSLATE_NOOP("Directory", "closed now"),
    QT_TRANSLATE_NOOP("Directory", "hours unknown"),)


def word(text: str) -> str:
    """A domain label (English) in the person's language; unknown text stays as it is."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def kind_name(kind: str) -> str:
    """``National Competence Centre`` for ``ncc``, translated."""
    return word(KINDS.get(kind, kind))


def kind_short(kind: str) -> str:
    """``NCC``, ``One-stop shop``…; ``unknown kind`` when none is given."""
    return word(KIND_SHORT.get(kind, kind or "unknown kind"))


def service_name(code: str) -> str:
    return word(SERVICES.get(code, code))


def services_text(codes: tuple[str, ...]) -> str:
    return ", ".join(service_name(c) for c in codes)


def language_name(code: str) -> str:
    """``German (de)``: the language's name with its code."""
    name = LANGUAGES.get(code)
    return f"{word(name)} ({code})" if name else code


def country_name(code: str) -> str:
    return word(country_label(code))


def facet_title(facet: str) -> str:
    return word(FACET_TITLES.get(facet, facet))


def facet_text(facet: str, value: str, factory_names: Mapping[str, str] | None = None) -> str:
    """How a facet value reads in the UI (factory names stay as they are)."""
    label = facet_label(facet, value, factory_names)
    return label if facet == "factory" else word(label)


def confidence_label(fact: Provenance) -> str:
    """``single source`` / ``unverified``… of a fact, translated."""
    return word(fact.label)


def _clock(minute: int | None) -> str:
    minute = minute or 0
    return f"{minute // 60:02d}:{minute % 60:02d}"


def open_label(state: OpenState) -> str:
    """``open now`` / ``closed now`` / ``hours unknown``, translated."""
    return word(state.label)


def open_detail(state: OpenState, zone: str | None) -> str:
    """Why the centre is open or closed now, in the person's language."""
    zone = zone or ""
    if state.reason == "no_hours":
        return translate("Directory", "no source gives opening hours")
    if state.reason == "bad_hours":
        return translate("Directory", "the opening hours cannot be read")
    if state.reason == "no_zone":
        return translate("Directory", "the centre's time zone is unknown")
    if state.reason == "always":
        return translate("Directory", "open around the clock")
    if state.reason == "until":
        return translate("Directory", "until %1 (%2)").replace(
            "%1", _clock(state.minute)).replace("%2", zone)
    if state.reason == "never":
        return translate("Directory", "no opening time in the week")
    if state.reason == "opens":
        when = (translate("Directory", "today") if state.day is None else
                QLocale().dayName(state.day + 1, QLocale.FormatType.ShortFormat))
        return translate("Directory", "opens %1 %2 (%3)").replace("%1", when).replace(
            "%2", _clock(state.minute)).replace("%3", zone)
    return state.detail
