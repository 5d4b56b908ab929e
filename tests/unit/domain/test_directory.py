"""The directory's tolerant loader, opening hours, sector tags and the text exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.directory import (
    DirectoryEntry,
    csv_text,
    fold,
    load_entries,
    load_entry,
    normalise_sector,
    open_state,
    parse_opening_hours,
    safe_cell,
    sector_tags,
    vcard,
    write_atomic,
)

REPO = Path(__file__).resolve().parents[3]
BUNDLED = REPO / "resources" / "federation" / "support_centres.json"


def fact(value: Any, confidence: str = "confirmed") -> dict[str, Any]:
    return {"value": value, "confidence": confidence,
            "sources": ["https://example.org/source"], "as_of": "2026-11-01"}


def centre(**changes: Any) -> dict[str, Any]:
    """A well-formed centre; ``changes`` replace or (value ``...``) remove fields."""
    base: dict[str, Any] = {
        "id": "ncc-xx", "name": fact("Test Centre Poznań"), "kind": "ncc",
        "country_code": "PL", "country": "Poland", "host": fact("Host Org"),
        "city": fact("Poznań"), "location": None,
        "services": fact(["onboarding", "ai_training"]),
        "sectors": fact(["healthcare", "agriculture"]),
        "languages": fact(["pl", "en"], "unverified"),
        "contacts": {"email": fact("info@example.org"), "phone": fact("+48 61 000 00 00"),
                     "website": fact("https://example.org/")},
        "opening_hours": fact("Mo-Fr 09:00-17:00"), "timezone": fact("Europe/Warsaw"),
        "linked_factories": ["piast-ai"], "sources": ["https://example.org/source"],
    }
    for key, value in changes.items():
        if value is ...:
            base.pop(key, None)
        else:
            base[key] = value
    return base


# -- loading ---------------------------------------------------------------------------
def test_the_bundled_directory_loads_without_a_warning() -> None:
    entries = load_entries(json.loads(BUNDLED.read_text("utf-8")))
    assert len(entries) == 52
    assert [e.id for e in entries if e.warnings] == []
    kinds = {e.kind for e in entries}
    assert kinds == {"ncc", "one_stop_shop", "antenna", "tef"}
    health = next(e for e in entries if e.id == "tef-health")
    assert health.country_code == "EU" and "IT" in health.countries
    assert health.email is None and health.opening_hours is None  # unknown stays unknown
    assert health.uncertain("languages") and not health.uncertain("host")


def test_a_good_entry_keeps_values_and_provenance() -> None:
    entry = load_entry(centre(), factories=["piast-ai"])
    assert entry.warnings == ()
    assert entry.name == "Test Centre Poznań" and entry.city == "Poznań"
    assert entry.email_ok and entry.website_ok and entry.timezone_ok
    assert entry.sector_tags == ("health", "agrifood")
    languages = entry.fact("languages")
    assert languages is not None and languages.unverified and languages.label == "unverified"


@pytest.mark.parametrize(("changes", "expected"), [
    ({"name": ...}, "name: missing"),
    ({"kind": ...}, "kind: missing"),
    ({"kind": "hotline"}, "kind: 'hotline' is not one of"),
    ({"country_code": "Poland"}, "country_code: 'Poland' is not a two-letter"),
    ({"contacts": {"email": fact("not-an-address"), "website": None}},
     "email: 'not-an-address' is not an e-mail address"),
    ({"contacts": {"email": None, "website": fact("www.example.org")}},
     "website: 'www.example.org' is not a web address"),
    ({"timezone": fact("Europe/Atlantis")}, "timezone: 'Europe/Atlantis' is not a known"),
    ({"opening_hours": fact("whenever we feel like it")}, "opening_hours: "),
    ({"languages": fact(["polish"])}, "languages: 'polish' is not a two-letter"),
    ({"services": fact(["teleportation"])}, "services: 'teleportation' is not a known"),
    ({"name": {"value": "X", "confidence": "certain", "sources": [], "as_of": None}},
     "name: unknown confidence 'certain'"),
])
def test_bad_fields_become_warnings_not_errors(changes: dict[str, Any], expected: str) -> None:
    entry = load_entry(centre(**changes))
    assert any(w.startswith(expected) for w in entry.warnings), entry.warnings
    assert entry.id == "ncc-xx"  # still shown


def test_a_bad_value_is_kept_for_display_but_never_used_as_valid() -> None:
    entry = load_entry(centre(contacts={"email": fact("not-an-address"),
                                        "website": fact("javascript:alert(1)")},
                              timezone=fact("Mars/Olympus")))
    assert entry.email == "not-an-address" and not entry.email_ok
    assert not entry.website_ok and not entry.timezone_ok
    assert "EMAIL" not in vcard(entry) and "URL:" not in vcard(entry)
    assert open_state(entry, datetime(2026, 11, 23, 10, tzinfo=UTC)).kind == "unknown"


def test_nothing_is_dropped_and_nothing_raises() -> None:
    items = [centre(), "garbage", None, centre(id=...), centre(contacts="nope"), centre(),
             {"id": 7, "name": 3}]
    entries = load_entries({"support_centres": items})
    assert len(entries) == len(items)
    assert entries[1].name == "Unreadable entry #2" and entries[1].warnings
    assert entries[3].id == "entry-4" and "id: missing" in entries[3].warnings[0]
    assert any("contacts" in w for w in entries[4].warnings)
    assert entries[5].id != entries[0].id and "duplicate" in entries[5].warnings[-1]
    assert entries[6].name == "3" or entries[6].warnings
    assert load_entries("not a list") == []


def test_plain_values_without_provenance_are_read_but_flagged_unverified() -> None:
    entry = load_entry(centre(name="Plain Name", city="Ljubljana"))
    assert entry.name == "Plain Name"
    assert entry.uncertain("name") and entry.fact("name") is not None
    assert entry.fact("name").note == "no provenance given"  # type: ignore[union-attr]


# -- sectors and folding ---------------------------------------------------------------
def test_folding_drops_accents_and_case() -> None:
    assert fold("Poznań") == "poznan" and fold("JÜLICH") == "julich"
    assert fold("Kraków – Łódź") == "krakow - lodz"


def test_sector_tags_start_at_word_boundaries() -> None:
    assert sector_tags(["agriculture"]) == ("agrifood",)  # not media ("culture")
    assert sector_tags(["healthcare", "smart cities and communities"]) == (
        "health", "smart_cities")
    assert normalise_sector("Health") == "health"
    assert normalise_sector("agri-food") == "agrifood"
    assert normalise_sector("Smart cities") == "smart_cities"
    assert normalise_sector("basket weaving") is None


# -- opening hours ---------------------------------------------------------------------
def entry_with(hours: str | None, zone: str | None = "Europe/Berlin") -> DirectoryEntry:
    return DirectoryEntry(id="c", name="C", opening_hours=hours, timezone=zone)


def test_opening_hours_parse() -> None:
    hours = parse_opening_hours("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00; Su off")
    assert hours is not None
    assert hours.days[0] == ((540, 720), (780, 1020)) and hours.days[6] == ()
    assert parse_opening_hours("24/7") is not None
    for bad in ("", "Mo-Fr", "Mo-Fr 9-17", "Xx 09:00-10:00", "Mo 25:00-26:00",
                "Mo 10:00-10:00"):
        assert parse_opening_hours(bad) is None, bad


def test_open_now_uses_the_centres_time_zone() -> None:
    entry = entry_with("Mo-Fr 09:00-17:00")
    # 08:30 UTC on a Monday in November is 09:30 in Berlin (UTC+1).
    state = open_state(entry, datetime(2026, 11, 23, 8, 30, tzinfo=UTC))
    assert state.kind == "open" and "17:00" in state.detail
    late = open_state(entry, datetime(2026, 11, 23, 16, 30, tzinfo=UTC))
    assert late.kind == "closed" and "Tue 09:00" in late.detail
    # the same UTC instant is still before opening in Lisbon (UTC+0)
    lisbon = open_state(entry_with("Mo-Fr 09:00-17:00", "Europe/Lisbon"),
                        datetime(2026, 11, 23, 8, 30, tzinfo=UTC))
    assert lisbon.kind == "closed" and "today 09:00" in lisbon.detail
    # summer time: 07:30 UTC in July is 09:30 in Berlin (UTC+2)
    assert open_state(entry, datetime(2026, 7, 6, 7, 30, tzinfo=UTC)).kind == "open"


def test_hours_past_midnight() -> None:
    entry = entry_with("Fr 22:00-02:00")
    saturday_1am = datetime(2026, 11, 28, 0, 0, tzinfo=UTC)  # 01:00 Berlin
    assert open_state(entry, saturday_1am).kind == "open"


def test_unknown_hours_are_never_closed() -> None:
    now = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    for entry in (entry_with(None), entry_with("Mo-Fr 09:00-17:00", None),
                  entry_with("Mo-Fr 09:00-17:00", "Nowhere/Land"), entry_with("garbled")):
        state = open_state(entry, now)
        assert state.kind == "unknown" and state.label == "hours unknown"


# -- exports ---------------------------------------------------------------------------
def test_csv_is_safe_against_formula_injection() -> None:
    assert safe_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    for start in ("+", "-", "@", "\t", "\r"):
        assert safe_cell(start + "1").startswith("'")
    assert safe_cell("EuroCC") == "EuroCC"
    evil = load_entry(centre(name=fact("=cmd|' /C calc'!A0"), host=fact("@SUM(1+1)")))
    rows = list(csv.reader(io.StringIO(csv_text([evil]))))
    assert rows[0][:2] == ["id", "name"]
    assert rows[1][1] == "'=cmd|' /C calc'!A0"
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in rows[1])


def test_csv_keeps_diacritics_and_leaves_unknown_empty() -> None:
    entry = load_entry(centre(contacts={"email": None, "phone": None, "website": None}))
    text = csv_text([entry])
    assert "Poznań" in text and text.endswith("\r\n")
    row = dict(zip(*list(csv.reader(io.StringIO(text))), strict=True))
    assert row["e-mail"] == "" and row["website"] == "" and row["unverified fields"] == \
        "languages"


def test_vcard_follows_rfc_6350() -> None:
    entry = load_entry(centre(name=fact("Zentrum; für, KI\\Forschung – Jülich "
                                        "mit einem sehr langen Namen, der gefaltet wird")))
    card = vcard(entry, factory_names={"piast-ai": "PIAST AI"})
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and card.endswith("END:VCARD\r\n")
    assert "\n" not in card.replace("\r\n", "")
    for line in card.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line
    unfolded = card.replace("\r\n ", "")
    assert "FN:Zentrum\\; für\\, KI\\\\Forschung – Jülich" in unfolded
    assert "EMAIL;TYPE=work:info@example.org" in unfolded
    assert "TEL;VALUE=uri;TYPE=work:tel:+48610000000" in unfolded
    assert "URL:https://example.org/" in unfolded and "TZ:Europe/Warsaw" in unfolded
    assert "LANG;PREF=1:pl" in unfolded and "PIAST AI" in unfolded
    card.encode("utf-8")  # encodable as UTF-8


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "file.csv"
    write_atomic(target, b"first")
    write_atomic(target, "zweite Fassung – Łódź".encode())
    assert target.read_text("utf-8") == "zweite Fassung – Łódź"
    assert [p.name for p in target.parent.iterdir()] == ["file.csv"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.csv"
    target.write_text("old", "utf-8")

    def broken(_src: str, _dst: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("app.domain.directory.os.replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.csv"]
