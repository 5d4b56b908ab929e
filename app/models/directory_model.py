"""The support-centre directory as Qt sees it: entries, search, facets, staff notes.

Loading (bundled file or the Hub) and note writes run through the task runners; search and
facet counts are pure Python fast enough for every keystroke (``app.domain.directory_search``)
and run on the UI thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor

from app.clients.errors import ClientError
from app.clients.hub_support import fetch_support_centres
from app.domain.directory import (
    LANGUAGES,
    DirectoryEntry,
    load_entries,
    open_state,
)
from app.domain.directory_search import (
    FACETS,
    SearchHit,
    SearchIndex,
    all_facet_values,
    filter_entries,
)
from app.models.directory_labels import (
    confidence_label,
    kind_short,
    open_detail,
    open_label,
    services_text,
    word,
)
from app.models.table_model import ROW_ROLE, Column, RecordTableModel, Row, SortFilterProxy
from app.services.notes_store import Note, NotesStore
from app.services.poller import new_session
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

_OPEN_ORDER = {"open": 0, "closed": 1, "unknown": 2}
_GREEN, _GREY, _AMBER = QColor("#1b7f3b"), QColor("#6c757d"), QColor("#9a6700")


def _loaded(entries: list[DirectoryEntry], origin: str, as_of: str | None
            ) -> tuple[list[DirectoryEntry], str, str | None]:
    return entries, origin, as_of


def read_bundled(path: Path) -> tuple[list[DirectoryEntry], str, str | None]:
    """Entries of a bundled ``support_centres.json`` (worker thread)."""
    doc = json.loads(Path(path).read_text("utf-8"))
    as_of = doc.get("as_of") if isinstance(doc, dict) else None
    origin = QCoreApplication.translate("DirectoryModel", "bundled copy")
    return _loaded(load_entries(doc), origin, as_of if isinstance(as_of, str) else None)


def read_hub(url: str) -> tuple[list[DirectoryEntry], str, str | None]:
    """Entries served by a Hub (worker thread)."""
    with new_session() as session:
        answer = fetch_support_centres(session, url)
    host = urlsplit(url).netloc or url
    origin = QCoreApplication.translate("DirectoryModel", "Hub at %1").replace("%1", host)
    return _loaded(load_entries(answer.centres), origin, answer.as_of)


def _languages_text(entry: DirectoryEntry) -> str:
    return " ".join(entry.languages)


class DirectoryModel(QObject):
    """Entries of the directory, the current search and facets, and the staff notes.

    Signals:
        loaded(str): new entries are in; the text says where from ("Hub at …").
        failed(str): loading failed (the entries shown so far stay).
        results_changed(): the visible entries, scores or facet counts changed.
        notes_ready(): the saved notes have been read.
        note_saved(str, str): centre id and the time the note was saved.
        note_failed(str, str): centre id and why its note could not be saved (it stays
            pending and is retried with the next change).
    """

    loaded = Signal(str)
    failed = Signal(str)
    results_changed = Signal()
    notes_ready = Signal()
    note_saved = Signal(str, str)
    note_failed = Signal(str, str)

    def __init__(self, runner: TaskRunner, writer: TaskRunner, notes: NotesStore | None, *,
                 now: Callable[[], datetime] = lambda: datetime.now(tz=UTC),
                 debounce_ms: int = 300, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._writer = writer
        self._store = notes
        self._now = now
        self.entries: list[DirectoryEntry] = []
        self.origin = ""
        self.as_of: str | None = None
        self.factory_names: dict[str, str] = {}
        self.query = ""
        self.selection: dict[str, frozenset[str]] = {facet: frozenset() for facet in FACETS}
        self.hits: dict[str, SearchHit] = {}
        self.counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        self.values: dict[str, list[str]] = {facet: [] for facet in FACETS}
        self._index = SearchIndex([])
        self._by_id: dict[str, DirectoryEntry] = {}
        self.table = RecordTableModel(self._columns(), key=lambda row: row["id"], parent=self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.table)
        self.proxy.set_predicate(lambda row: row["id"] in self.hits)
        self.notes: dict[str, Note] = {}
        self.notes_loaded = notes is None
        self._texts: dict[str, str] = {}
        self._pending: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush_notes)

    # -- columns -----------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        def open_colour(row: Row) -> QColor:
            return {"open": _GREEN, "closed": _AMBER}.get(row["open_kind"], _GREY)

        return [
            Column("name", self.tr("Name"), tooltip=lambda r: r["tooltip"],
                   foreground=lambda r: QColor("#b00020") if r["warnings"] else None),
            Column("match", self.tr("Match"), fmt=lambda v: f"{v:.0%}" if v else "",
                   align_right=True),
            Column("kind", self.tr("Kind")),
            Column("country", self.tr("Country")),
            Column("city", self.tr("City"), fmt=lambda v: v or "—"),
            Column("open", self.tr("Open now"), sort_key=lambda r: _OPEN_ORDER[r["open_kind"]],
                   tooltip=lambda r: r["open_detail"], foreground=open_colour),
            Column("warnings", "⚠", fmt=lambda v: str(v) if v else "",
                   tooltip=lambda r: "\n".join(r["entry"].warnings), align_right=True,
                   foreground=lambda r: QColor("#b00020")),
            Column("languages", self.tr("Languages"), tooltip=self._languages_tip,
                   foreground=lambda r: _AMBER if r["entry"].uncertain("languages") else None),
            Column("services", self.tr("Services")),
        ]

    def _languages_tip(self, row: Row) -> str:
        entry: DirectoryEntry = row["entry"]
        names = ", ".join(word(LANGUAGES.get(code, code)) for code in entry.languages)
        fact = entry.fact("languages")
        if fact is None or not names:
            return self.tr("unknown")
        return names + ("" if fact.confidence == "confirmed" else f" — {confidence_label(fact)}"
                        + (f": {fact.note}" if fact.note else ""))

    def column_index(self, key: str) -> int:
        return self.table.column_index(key)

    def _row(self, entry: DirectoryEntry) -> dict[str, Any]:
        state = open_state(entry, self._now())
        hit = self.hits.get(entry.id)
        tip = [entry.name]
        if entry.host:
            tip.append(entry.host)
        if entry.warnings:
            tip.append(self.tr("%n warning(s)", "", len(entry.warnings)))
        return {"id": entry.id, "name": entry.name, "kind": kind_short(entry.kind),
                "country": word(entry.country), "city": entry.city,
                "services": services_text(entry.services), "languages": _languages_text(entry),
                "open": open_label(state), "open_kind": state.kind,
                "open_detail": open_detail(state, entry.timezone),
                "match": hit.score if hit is not None and self.query.strip() else 0.0,
                "warnings": len(entry.warnings), "tooltip": "\n".join(tip), "entry": entry}

    # -- loading -----------------------------------------------------------------------
    def load_bundled(self, path: Path) -> None:
        """Read a bundled ``support_centres.json`` off the UI thread."""
        self._runner.submit(lambda: read_bundled(path), on_result=self._apply,
                            on_error=lambda e: self.failed.emit(
                                self.tr("The bundled directory could not be read: %1")
                                .replace("%1", str(e))), key="directory")

    def load_hub(self, url: str) -> None:
        """Fetch the Hub's directory off the UI thread; on failure keep what is shown."""
        self._runner.submit(lambda: read_hub(url), on_result=self._apply,
                            on_error=self._hub_failed, key="directory")

    def _hub_failed(self, error: BaseException) -> None:
        text = error.detail if isinstance(error, ClientError) else str(error)
        shown = self.origin or self.tr("nothing")
        self.failed.emit(self.tr("The Hub's directory could not be read (%1); showing the %2.")
                         .replace("%1", text).replace("%2", shown))

    def _apply(self, result: tuple[list[DirectoryEntry], str, str | None]) -> None:
        entries, origin, as_of = result
        self.set_entries(entries, origin=origin, as_of=as_of)

    def set_entries(self, entries: list[DirectoryEntry], *, origin: str = "",
                    as_of: str | None = None) -> None:
        self.entries = list(entries)
        self._by_id = {e.id: e for e in self.entries}
        self.origin, self.as_of = origin, as_of
        self.values = all_facet_values(self.entries)
        self.selection = {facet: frozenset(v for v in chosen if v in self.values[facet])
                          for facet, chosen in self.selection.items()}
        self._reindex()
        self.loaded.emit(origin)

    def set_registry(self, registry: Any) -> None:
        """Use the registry's factory names for links and the factory facet."""
        names = {f.id: f.short_name.value for f in getattr(registry, "factories", ())}
        if names != self.factory_names:
            self.factory_names = names
            self._reindex()
            if self.entries:
                self.loaded.emit(self.origin)  # labels changed: facets and detail redraw

    def _reindex(self) -> None:
        self._index = SearchIndex(self.entries, self.factory_names)
        self.hits = {}
        self._refilter()

    # -- search and facets -------------------------------------------------------------
    def set_query(self, text: str) -> None:
        if text != self.query:
            self.query = text
            self._refilter()

    def set_facet(self, facet: str, value: str, chosen: bool) -> None:
        before = self.selection[facet]
        after = before | {value} if chosen else before - {value}
        if after != before:
            self.selection[facet] = after
            self._refilter()

    def clear_facets(self) -> None:
        if any(self.selection.values()):
            self.selection = {facet: frozenset() for facet in FACETS}
            self._refilter()

    def _refilter(self) -> None:
        hits, self.counts = filter_entries(self._index, self.query, self.selection)
        self.hits = {h.id: h for h in hits}
        rows = [self._row(e) for e in self.entries]
        self.table.set_rows(rows)
        self.proxy.set_predicate(lambda row: row["id"] in self.hits)
        self.results_changed.emit()

    def refresh_open_state(self) -> None:
        """Recompute "open now" (called every minute while the directory is visible)."""
        if self.entries:
            self.table.set_rows([self._row(e) for e in self.entries])

    # -- reading -----------------------------------------------------------------------
    def entry(self, centre_id: str) -> DirectoryEntry | None:
        return self._by_id.get(centre_id)

    def visible_entries(self) -> list[DirectoryEntry]:
        """The entries the list shows, in its current order."""
        out = []
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if row:
                out.append(row["entry"])
        return out

    def open_state_of(self, entry: DirectoryEntry) -> Any:
        return open_state(entry, self._now())

    def now(self) -> datetime:
        return self._now()

    # -- staff notes -------------------------------------------------------------------
    def load_notes(self) -> None:
        """Read the saved notes (on the writer, after any save still queued)."""
        store = self._store
        if store is None:
            return
        self._writer.submit(store.load_all, on_result=self._notes_read,
                            on_error=lambda e: log.error("notes not read: %s", e))

    def _notes_read(self, notes: Mapping[str, Note]) -> None:
        self.notes = dict(notes)
        self.notes_loaded = True
        self.notes_ready.emit()

    def note_text(self, centre_id: str) -> str:
        if centre_id in self._texts:
            return self._texts[centre_id]
        note = self.notes.get(centre_id)
        return note.body if note else ""

    def note_pending(self, centre_id: str) -> bool:
        return centre_id in self._pending

    def set_note(self, centre_id: str, text: str) -> None:
        """Keep a note as typed; it is written after a short pause in typing."""
        if self.note_text(centre_id) == text and centre_id not in self._pending:
            return
        self._texts[centre_id] = text
        self._pending[centre_id] = text
        self._timer.start()

    def flush_notes(self) -> None:
        """Write every pending note now (off the UI thread)."""
        self._timer.stop()
        store = self._store
        if store is None or not self._pending:
            return
        batch = dict(self._pending)
        self._pending.clear()

        def saved(notes: list[Note]) -> None:
            for note in notes:
                self.notes[note.centre_id] = note
                self.note_saved.emit(note.centre_id, note.updated_at)

        def failed(error: BaseException) -> None:
            for centre_id, text in batch.items():
                self._pending.setdefault(centre_id, text)
                self.note_failed.emit(centre_id, str(error))

        self._writer.submit(lambda: store.save_many(batch), on_result=saved, on_error=failed)

    def shutdown(self) -> None:
        """At quit: wait for queued writes, then save what is still pending, in order."""
        self._timer.stop()
        if self._store is None:
            return
        self._writer.wait_for_done(5000)
        if self._pending:
            try:
                self._store.save_many(self._pending)
                self._pending.clear()
            except Exception as exc:  # logged: there is no UI left to show it
                log.error("notes not saved at quit: %s", exc)
