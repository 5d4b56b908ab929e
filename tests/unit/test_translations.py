"""German and French: complete, up to date with the code, built, and loaded at run time.

When this fails after new strings were added, run ``python scripts/update_translations.py``,
translate what it lists as unfinished in ``resources/i18n/desk_*.ts`` and run it again.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from scripts import update_translations as ut

PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            forms = [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]
            out.append((name, message.findtext("source", ""), forms))
    return out


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_every_string_is_translated(language):
    unfinished = ut.unfinished(ut.ts_file(language))
    assert not unfinished, (f"{len(unfinished)} unfinished in desk_{language}.ts "
                            "(run scripts/update_translations.py):\n" + "\n".join(unfinished))


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_translations_keep_placeholders_and_are_not_copies(language):
    entries = messages(ut.ts_file(language))
    broken = [f"{ctx}: {src!r} -> {forms!r}" for ctx, src, forms in entries
              for form in forms
              if sorted(set(PLACEHOLDER.findall(src))) != sorted(set(PLACEHOLDER.findall(form)))]
    assert not broken, "placeholders lost or added:\n" + "\n".join(broken)
    copies = [src for _ctx, src, forms in entries if forms == [src]]
    # names, units and codes stay as they are (CSV, PDF, "Partition"…), real text does not
    assert len(copies) < 0.1 * len(entries), copies


def test_sources_are_up_to_date_with_the_code(tmp_path):
    """lupdate over the code finds no string the .ts files lack (new strings listed)."""
    for language in ut.LANGUAGES:
        copy = tmp_path / f"desk_{language}.ts"
        shutil.copy(ut.ts_file(language), copy)
        ut.lupdate(copy)
        committed = {(c, s) for c, s, _ in messages(ut.ts_file(language))}
        current = {(c, s) for c, s, _ in messages(copy)}
        missing = sorted(f"{c}: {s}" for c, s in current - committed)
        gone = sorted(f"{c}: {s}" for c, s in committed - current)
        assert not missing and not gone, (
            f"desk_{language}.ts is out of date; run scripts/update_translations.py.\n"
            "new in the code:\n" + "\n".join(missing) + "\nno longer in the code:\n"
            + "\n".join(gone))


def test_every_context_is_one_qt_finds_at_run_time():
    """``tr()`` on another object (``window.tr``, ``parent.tr``) or an alias named ``tr``
    for ``QCoreApplication.translate`` gives lupdate a context that Qt never looks up at
    run time, so the translation is never shown: use ``self.tr`` in the class itself or
    ``QCoreApplication.translate("Class", "text")`` (also as ``translate = …``)."""
    wrong = sorted({f"{ctx or '(none)'}: {src}" for ctx, src, _ in messages(ut.ts_file("de"))
                    if not ctx or not ctx[0].isupper() or "." in ctx})
    assert not wrong, "strings whose context is lost:\n" + "\n".join(wrong)


def test_built_translations_match_their_sources(tmp_path):
    for language in ut.LANGUAGES:
        built = tmp_path / f"desk_{language}.qm"
        ut.lrelease(ut.ts_file(language), built)
        assert built.read_bytes() == ut.ts_file(language).with_suffix(".qm").read_bytes(), (
            f"desk_{language}.qm is stale; run scripts/update_translations.py")


@pytest.mark.parametrize(("language", "refresh", "rows"), [
    ("de", "Jetzt &aktualisieren", ["%n Zeile", "%n Zeilen"]),
    ("fr", "&Actualiser maintenant", ["%n ligne", "%n lignes"]),
])
def test_the_built_files_translate(language, refresh, rows):
    translator = QTranslator()
    assert translator.load(f"desk_{language}", str(ut.I18N))
    assert translator.translate("MainWindow", "&Refresh now") == refresh
    assert translator.translate("OverviewView", "%n row(s)", "", 1) == rows[0]
    assert translator.translate("OverviewView", "%n row(s)", "", 5) == rows[1]
    assert translator.translate("Preferences", "Poll interval")


def test_language_follows_the_system_unless_overridden():
    from app.views.translations import language_for

    assert language_for("system", QLocale("de_AT")) == "de"
    assert language_for("system", QLocale("fr_BE")) == "fr"
    assert language_for("system", QLocale("es_ES")) == "en"  # not translated: English
    assert language_for("fr", QLocale("de_DE")) == "fr"
    assert language_for("en", QLocale("de_DE")) == "en"


def test_every_directory_label_of_the_domain_is_marked_for_translation():
    """The domain keeps its labels in English; the UI shows them through
    ``app.models.directory_labels``, whose ``MARKED`` list is what lupdate extracts."""
    from app.domain.directory import COUNTRIES, KIND_SHORT, KINDS, LANGUAGES, SECTORS, SERVICES
    from app.domain.directory_search import FACET_TITLES, KIND_FACET_LABELS
    from app.models.directory_labels import MARKED

    labels = {*KINDS.values(), *KIND_SHORT.values(), *KIND_FACET_LABELS.values(),
              *FACET_TITLES.values(), *SERVICES.values(), *(s[0] for s in SECTORS.values()),
              *LANGUAGES.values(), *COUNTRIES.values()}
    assert sorted(labels - set(MARKED)) == []


@pytest.fixture
def german(qapp):
    from PySide6.QtCore import QCoreApplication

    translator = QTranslator()
    assert translator.load("desk_de", str(ut.I18N))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_reports_are_built_in_the_persons_language(german):
    """Titles, column headers, notes and cover labels of a report come out in German,
    while the cells (numbers, names) stay as they are."""
    from app.domain.registry import SYSTEM_STATUSES
    from app.services.reports.exporter import ExportRequest, build_report
    from app.services.reports.formats import ReportFormat
    from app.services.reports.kinds import catalogue
    from app.services.reports.model import CancelToken, cover_fields
    from tests.fixtures.reports import sample_inputs

    request = ExportRequest("capacity", ReportFormat.PDF, Path("capacity.pdf"))
    report = build_report(request, sample_inputs.inputs(), CancelToken())
    assert report.title == "Kapazität der Föderation"
    machines = report.primary_table()
    assert machines.title == "Maschinen"
    assert [c.title for c in machines.columns][:4] == ["Factory", "Land", "Stadt", "Maschine"]
    assert "Quellen und Verlässlichkeit" in [s.title for s in report.sections]
    status = machines.column("status")
    english = {"cached", "degraded", "unreachable", "not polled", *SYSTEM_STATUSES} - {"ok"}
    assert {row[status] for row in machines.rows} & english == set()
    assert dict(cover_fields(report))["Modus"].startswith("online")
    assert ReportFormat.XLSX.label == "Excel-Arbeitsmappe (ein Blatt je Tabelle)"
    assert "Verlauf der Verfügbarkeit" in [k.title for k in catalogue()]


def test_tables_and_the_directory_speak_the_persons_language(german):
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt

    from app.domain.directory import DirectoryEntry, open_state
    from app.models.directory_labels import facet_text, kind_name, open_detail, open_label
    from app.models.inbox_model import InboxModel, need_text, sector_text, sla_text, state_text
    from app.models.my_jobs_model import MY_JOB_COLUMNS
    from app.models.table_model import RecordTableModel

    inbox = InboxModel()
    headers = [inbox.headerData(i, Qt.Orientation.Horizontal)
               for i in range(inbox.columnCount())]
    assert "Supportzentrum" in headers and "Organisation" in headers
    assert (sla_text("breach"), state_text("in_progress")) == ("Überfällig", "In Bearbeitung")
    assert (need_text("training"), sector_text("life_sciences")) == ("Schulung",
                                                                     "Biowissenschaften")
    assert kind_name("ncc") == "Nationales Kompetenzzentrum"
    assert facet_text("country", "FR") == "Frankreich"
    centre = DirectoryEntry(id="c", name="C", opening_hours="Mo-Fr 09:00-17:00",
                            timezone="Europe/Berlin")
    closed = open_state(centre, datetime(2026, 11, 21, 12, tzinfo=UTC))  # a Saturday
    assert open_label(closed) == "jetzt geschlossen"
    assert open_detail(closed, centre.timezone).startswith("öffnet ")
    assert open_detail(closed, centre.timezone).endswith("09:00 (Europe/Berlin)")

    jobs = RecordTableModel(MY_JOB_COLUMNS, key=lambda row: row["key"])
    assert jobs.headerData(6, Qt.Orientation.Horizontal) == "GPUs"
    assert jobs.headerData(7, Qt.Orientation.Horizontal) == "Laufzeit / Limit"


def test_texts_outside_a_class_and_marked_labels_speak_the_persons_language(german):
    """Module functions (token states, inbox keys, access-mode facts, the queue PDF) and
    labels marked with QT_TRANSLATE_NOOP reach lupdate and come out in German."""
    from app.demo.launcher import load_registry
    from app.domain.registry import parse_registry
    from app.services.token_watch import TokenLevel, format_left, level_text
    from app.views.inbox_export import queue_html
    from app.views.inbox_view import keys_help
    from app.views.intake_dialog import NewRequestDialog
    from app.views.wizard.access_page import describe_mode

    assert (level_text(TokenLevel.SOON), format_left(3 * 3600)) == ("läuft bald ab", "3 Std.")
    assert dict((what, keys) for keys, what in keys_help())["eine Notiz hinzufügen"] == "N"
    modes = parse_registry(load_registry(None)).access_modes
    assert any("<b>Zielgruppe:</b>" in describe_mode(mode) for mode in modes)
    html = queue_html([], title="t", subtitle="s")
    assert ">Branche</th>" in html and ">Zugangsart</th>" in html and ">Sector<" not in html
    dialog = NewRequestDialog()
    try:
        sectors = [dialog.sector.itemText(i) for i in range(dialog.sector.count())]
        assert "Pharma und Biotechnologie" in sectors and "Biowissenschaften" in sectors
        needs = [dialog.need.itemText(i) for i in range(dialog.need.count())]
        assert "Schulung" in needs
    finally:
        dialog.deleteLater()


def test_capacity_tables_and_the_map_speak_the_persons_language(german):
    from PySide6.QtCore import Qt

    from app.domain import start_estimate as se
    from app.models.availability_model import AVAILABILITY_COLUMNS, FEDERATION_COLUMNS
    from app.models.find_capacity_model import FIND_COLUMNS, verdict_word
    from app.models.map_model import Provenance
    from app.models.table_model import RecordTableModel

    for columns, expected in ((AVAILABILITY_COLUMNS, {"Belegt", "Geleert", "Ausgefallen"}),
                              (FEDERATION_COLUMNS, {"Standorte", "Freier Anteil"}),
                              (FIND_COLUMNS, {"Geschätzter Start", "Zeitlimit"})):
        table = RecordTableModel(columns, key=lambda row: row)
        headers = {table.headerData(i, Qt.Orientation.Horizontal)
                   for i in range(table.columnCount())}
        assert expected <= headers, headers
    assert verdict_word(se.Verdict.FREE_NOW) == "jetzt frei"
    assert Provenance(approximate=True).describe() == "ungefähre Position"
