"""The support-centre directory driven with qtbot: search, facets, selection, actions,
exports, staff notes that survive a restart, and bad entries shown with warnings."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from app.clients.hub_support import SupportCentresAnswer
from app.domain.directory import load_entries
from app.domain.registry import load_bundled_registry
from app.models.directory_model import DirectoryModel
from app.models.selection import Selection, SelectionBus
from app.models.table_model import ROW_ROLE
from app.services.notes_store import NotesStore
from app.services.tasks import TaskRunner
from app.views.directory_view import DirectoryView

REPO = Path(__file__).resolve().parents[3]
BUNDLED = REPO / "resources" / "federation" / "support_centres.json"
MONDAY_0930_BERLIN = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)


def fact(value: Any, confidence: str = "confirmed") -> dict[str, Any]:
    return {"value": value, "confidence": confidence, "sources": [], "as_of": None,
            "note": "test"}


GOOD_WITH_MAIL = {
    "id": "ncc-test", "name": fact("Testzentrum Jülich"), "kind": "ncc",
    "country_code": "DE", "country": "Germany", "city": fact("Jülich"),
    "services": fact(["onboarding"]), "languages": fact(["de", "en"]),
    "contacts": {"email": fact("help@example.org"), "phone": None,
                 "website": fact("https://example.org/")},
    "opening_hours": fact("Mo-Fr 09:00-17:00"), "timezone": fact("Europe/Berlin"),
    "linked_factories": ["jaif"], "sources": ["https://example.org/"],
}
BAD = [
    "not even an object",
    {"id": "no-name", "kind": "ncc", "country_code": "IT"},
    {"id": "bad-mail", "name": fact("Bad Mail Centre"), "kind": "ncc", "country_code": "FR",
     "contacts": {"email": fact("write-to-us"), "website": fact("not a url")},
     "opening_hours": fact("Mo-Fr 09:00-17:00"), "timezone": fact("Europe/Atlantis")},
]


@pytest.fixture
def runners() -> Iterator[tuple[TaskRunner, TaskRunner]]:
    runner, writer = TaskRunner(2), TaskRunner(1)
    yield runner, writer
    runner.shutdown()
    writer.shutdown()


@pytest.fixture
def notes_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.sqlite3"


def make_model(runners: tuple[TaskRunner, TaskRunner], store: NotesStore | None,
               qtbot: Any) -> DirectoryModel:
    runner, writer = runners
    model = DirectoryModel(runner, writer, store, now=lambda: MONDAY_0930_BERLIN,
                           debounce_ms=40)
    model.set_registry(load_bundled_registry(REPO / "resources"))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.load_bundled(BUNDLED)
    return model


@pytest.fixture
def parts(qtbot: Any, runners: tuple[TaskRunner, TaskRunner], notes_path: Path
          ) -> Iterator[tuple[DirectoryView, DirectoryModel, SelectionBus, NotesStore]]:
    store = NotesStore(notes_path)
    model = make_model(runners, store, qtbot)
    if store is not None:
        with qtbot.waitSignal(model.notes_ready, timeout=5000):
            model.load_notes()
    bus = SelectionBus()
    view = DirectoryView(model, bus, runners[1])
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    yield view, model, bus, store
    model.shutdown()
    runners[1].wait_for_done(5000)
    store.close()


def visible_ids(model: DirectoryModel) -> list[str]:
    return [model.proxy.index(r, 0).data(ROW_ROLE)["id"] for r in range(model.proxy.rowCount())]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr("app.views.directory_detail.QDesktopServices.openUrl", open_url)
    return urls


# -- list, search, facets --------------------------------------------------------------
def test_shows_every_centre_with_its_source(parts: Any) -> None:
    view, model, _bus, _store = parts
    assert model.proxy.rowCount() == 52
    assert view.count.text() == "52 of 52 centres"
    assert "bundled copy" in view.origin.text() and "2026-11-23" in view.origin.text()
    assert view.table.isColumnHidden(model.column_index("match"))
    open_column = model.column_index("open")
    assert {model.proxy.index(r, open_column).data() for r in range(52)} == {"hours unknown"}


def test_typing_searches_with_typos(parts: Any, qtbot: Any) -> None:
    view, model, _bus, _store = parts
    qtbot.keyClicks(view.search, "agrifod")
    assert visible_ids(model)[0] == "tef-agrifood"
    assert not view.table.isColumnHidden(model.column_index("match"))
    assert view.count.text().startswith(f"{model.proxy.rowCount()} of 52")
    view.search.clear()
    qtbot.keyClicks(view.search, "Julich")
    assert "oss-jaif" in visible_ids(model)
    view.search.clear()
    assert model.proxy.rowCount() == 52
    assert view.table.isColumnHidden(model.column_index("match"))


def test_facets_filter_and_count(parts: Any) -> None:
    view, model, _bus, _store = parts
    view.facets.toggle("kind", "tef")
    assert sorted(visible_ids(model)) == ["tef-agrifood", "tef-ai-matters", "tef-citcom",
                                          "tef-health"]
    assert view.facets.count_items[("country", "IT")].text() == "3"  # 3 TEFs with Italy
    assert view.facets.clear_button.isEnabled()
    view.facets.toggle("country", "IT")
    assert len(visible_ids(model)) == 3
    view.facets.toggle("kind", "ncc")  # alternatives within a facet
    assert "ncc-it" in visible_ids(model) and len(visible_ids(model)) == 4
    view.facets.clear_button.click()
    assert model.proxy.rowCount() == 52 and not view.facets.clear_button.isEnabled()
    assert view.facets.items[("kind", "tef")].checkState() == Qt.CheckState.Unchecked


def test_sorting_by_a_column(parts: Any) -> None:
    view, model, _bus, _store = parts
    view.table.sortByColumn(model.column_index("country"), Qt.SortOrder.DescendingOrder)
    countries = [model.proxy.index(r, model.column_index("country")).data()
                 for r in range(model.proxy.rowCount())]
    assert countries == sorted(countries, key=str.casefold, reverse=True)


# -- selection and detail --------------------------------------------------------------
def test_selecting_a_centre_selects_its_factory(parts: Any, qtbot: Any) -> None:
    view, _model, bus, _store = parts
    with qtbot.waitSignal(bus.changed) as changed:
        assert view.select_centre("oss-jaif")
    assert changed.args[0] == Selection(factory_id="jaif") and bus.source is view
    assert "JUPITER" in view.detail.browser.toPlainText()
    assert view.select_centre("tef-health")
    assert bus.current == Selection()  # a TEF is linked to no factory
    text = view.detail.browser.toPlainText()
    assert "Charité" in text and "unverified" in text and "unknown" in text


def test_actions_and_their_reasons(parts: Any, opened: list[QUrl]) -> None:
    view, _model, _bus, _store = parts
    view.select_centre("tef-health")
    detail = view.detail
    assert not detail.email_button.isEnabled()
    assert "No e-mail address is known" in detail.email_button.toolTip()
    assert "No e-mail address is known" in detail.reason.text()
    assert detail.website_button.isEnabled()
    detail.website_button.click()
    assert opened == [QUrl("https://tefhealth.eu/")]
    detail.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("TEF-Health") and "E-mail: unknown" in copied


def test_compose_email_prefills_the_subject(parts: Any, opened: list[QUrl]) -> None:
    view, model, _bus, _store = parts
    model.set_entries(load_entries([GOOD_WITH_MAIL]), origin="test")
    assert view.select_centre("ncc-test")
    assert view.detail.email_button.isEnabled()
    view.detail.email_button.click()
    url = opened[0]
    assert url.scheme() == "mailto" and url.path() == "help@example.org"
    encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert "subject=Support%20request%20via%20AI%20Factories%20Desk" in encoded
    assert "J%C3%BClich" in encoded
    open_column = model.column_index("open")
    assert model.proxy.index(0, open_column).data() == "open now"  # 09:30 in Berlin
    assert "local time Mon 09:30" in view.detail.browser.toPlainText()


def test_bad_entries_are_shown_with_warnings(parts: Any, opened: list[QUrl]) -> None:
    view, model, _bus, _store = parts
    model.set_entries(load_entries(BAD), origin="Hub at 127.0.0.1:1")
    assert model.proxy.rowCount() == 3
    assert "with problems" in view.origin.text()
    warnings_column = model.column_index("warnings")
    assert all(model.proxy.index(r, warnings_column).data() for r in range(3))
    assert view.select_centre("bad-mail")
    detail = view.detail
    assert "This entry has problems" in detail.browser.toPlainText()
    assert "not a valid address" in detail.email_button.toolTip()
    assert not detail.email_button.isEnabled() and not detail.website_button.isEnabled()
    row = visible_ids(model).index("bad-mail")
    assert model.proxy.index(row, model.column_index("open")).data() == "hours unknown"
    assert view.select_centre("no-name") and view.select_centre("entry-1")
    assert opened == []


def test_a_hub_that_fails_keeps_what_is_shown(parts: Any, qtbot: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    view, model, _bus, _store = parts

    def unreachable(*_args: Any, **_kwargs: Any) -> SupportCentresAnswer:
        raise ConnectionError("no route to the Hub")

    monkeypatch.setattr("app.models.directory_model.fetch_support_centres", unreachable)
    with qtbot.waitSignal(model.failed, timeout=5000):
        model.load_hub("http://127.0.0.1:9")
    assert view.message.isVisible() and "bundled copy" in view.message.text()
    assert model.proxy.rowCount() == 52


def test_the_hub_answer_replaces_the_bundled_copy(parts: Any, qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view, model, _bus, _store = parts
    monkeypatch.setattr("app.models.directory_model.fetch_support_centres",
                        lambda _session, _url: SupportCentresAnswer(
                            [GOOD_WITH_MAIL, *BAD], "2026-11-20"))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.load_hub("http://127.0.0.1:8123")
    assert model.proxy.rowCount() == 4
    assert "Hub at 127.0.0.1:8123" in view.origin.text() and "2026-11-20" in view.origin.text()


# -- exports ---------------------------------------------------------------------------
def test_exports_write_files(parts: Any, qtbot: Any, tmp_path: Path) -> None:
    view, model, _bus, _store = parts
    targets = iter([tmp_path / "list.csv", tmp_path / "list.pdf", tmp_path / "c.vcf"])
    view.ask_save_path = lambda *_args: next(targets)
    view.facets.toggle("country", "PL")
    shown = visible_ids(model)
    with qtbot.waitSignal(view.status, timeout=5000):
        view.csv_action.trigger()
    data = (tmp_path / "list.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Poznań".encode() in data
    assert data.decode("utf-8-sig").count("\r\n") == len(shown) + 1
    with qtbot.waitSignal(view.status, timeout=20000):
        view.pdf_action.trigger()
    pdf = (tmp_path / "list.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVu" in pdf
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "list.pdf"), "-"],
                              capture_output=True, check=True).stdout.decode("utf-8")
        assert "Poznań" in text and "Kraków" in text and "support-centre directory" in text
    view.select_centre(shown[0])
    with qtbot.waitSignal(view.status, timeout=5000):
        view.detail.vcard_button.click()
    card = (tmp_path / "c.vcf").read_bytes().decode("utf-8")
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "c.vcf", "list.csv", "list.pdf"]  # no temporary files left


def test_a_cancelled_dialog_writes_nothing(parts: Any, tmp_path: Path) -> None:
    view, _model, _bus, _store = parts
    view.ask_save_path = lambda *_args: None
    view.csv_action.trigger()
    view.pdf_action.trigger()
    assert not list(tmp_path.glob("*.csv"))


# -- staff notes -----------------------------------------------------------------------
def test_notes_are_saved_as_typed_and_back_after_a_restart(
        parts: Any, qtbot: Any, runners: tuple[TaskRunner, TaskRunner],
        notes_path: Path) -> None:
    view, model, _bus, store = parts
    view.select_centre("ncc-pl")
    assert view.detail.notes.isEnabled()
    with qtbot.waitSignal(model.note_saved, timeout=5000) as saved:
        qtbot.keyClicks(view.detail.notes, "Ask for Zofia")  # QTest types ASCII only
        view.detail.notes.insertPlainText(" — Łódź")
    assert saved.args[0] == "ncc-pl"
    assert view.detail.notes_status.text().startswith("Saved")
    note = store.get("ncc-pl")
    assert note is not None and note.body == "Ask for Zofia — Łódź"
    # a restart: a new store and model on the same file
    again = NotesStore(notes_path)
    model2 = make_model(runners, again, qtbot)
    with qtbot.waitSignal(model2.notes_ready, timeout=5000):
        model2.load_notes()
    assert model2.note_text("ncc-pl") == "Ask for Zofia — Łódź"
    view2 = DirectoryView(model2, SelectionBus(), runners[1])
    qtbot.addWidget(view2)
    view2.select_centre("ncc-pl")
    assert view2.detail.notes.toPlainText() == "Ask for Zofia — Łódź"
    model2.shutdown()
    again.close()


def test_a_note_typed_just_before_quitting_is_not_lost(parts: Any, qtbot: Any,
                                                       notes_path: Path) -> None:
    view, model, _bus, _store = parts
    view.select_centre("tef-citcom")
    qtbot.keyClicks(view.detail.notes, "urgent")
    assert model.note_pending("tef-citcom")
    model.shutdown()  # before the debounce fires
    check = NotesStore(notes_path)
    note = check.get("tef-citcom")
    assert note is not None and note.body == "urgent"
    check.close()
