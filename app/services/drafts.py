"""Wizard drafts: what a person typed, saved as they type, back after a crash.

``DraftStore`` is plain Python over SQLite (its own table in the file the caller gives, WAL
journal, every save one committed transaction). ``DraftSaver`` debounces the saves of a
wizard (~300 ms after the last keystroke) and runs them on a task runner, never on the UI
thread; ``saved`` is emitted only once the row is committed, so what was shown as saved
survives a ``kill -9``. Drafts hold form fields only — never a credential.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.tasks import TaskRunner

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS job_drafts (
    draft_id TEXT PRIMARY KEY,
    data_json TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
"""


@dataclass(frozen=True)
class Draft:
    """One saved wizard state."""

    draft_id: str
    data: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime


class DraftStore:
    """Drafts in one SQLite file (table ``job_drafts``); safe to use from worker threads."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._clock = clock
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def save(self, draft_id: str, data: Mapping[str, Any]) -> str:
        """Insert or replace a draft; returns its id once the write is committed."""
        text = json.dumps(dict(data), sort_keys=True, ensure_ascii=False)
        now = self._clock()
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO job_drafts (draft_id, data_json, created_at, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(draft_id) DO UPDATE SET"
                " data_json = excluded.data_json, updated_at = excluded.updated_at",
                (draft_id, text, now, now))
        return draft_id

    def delete(self, draft_id: str) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM job_drafts WHERE draft_id = ?", (draft_id,))

    def get(self, draft_id: str) -> Draft | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT draft_id, data_json, created_at, updated_at FROM job_drafts"
                " WHERE draft_id = ?", (draft_id,)).fetchone()
        return None if row is None else self._draft(row)

    def drafts(self) -> list[Draft]:
        """All drafts, the most recently edited first (unreadable rows are skipped)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT draft_id, data_json, created_at, updated_at FROM job_drafts"
                " ORDER BY updated_at DESC, rowid DESC").fetchall()
        out = []
        for row in rows:
            try:
                out.append(self._draft(row))
            except ValueError:
                log.warning("draft %s could not be read and is skipped", row[0])
        return out

    def latest(self) -> Draft | None:
        drafts = self.drafts()
        return drafts[0] if drafts else None

    @staticmethod
    def _draft(row: tuple[Any, ...]) -> Draft:
        draft_id, text, created, updated = row
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a draft is not a JSON object")
        return Draft(draft_id, data, datetime.fromtimestamp(created, tz=UTC),
                     datetime.fromtimestamp(updated, tz=UTC))


class DraftSaver(QObject):
    """Debounced, off-thread saving of wizard drafts.

    Give it a single-thread ``TaskRunner`` so that saves and deletes run in order.

    Signals:
        saved(str): a draft is committed to disk (draft id).
        failed(str): a save or delete failed (a sentence for people).
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, store: DraftStore, runner: TaskRunner, *, delay_ms: int = 300,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._runner = runner
        self._pending: tuple[str, dict[str, Any]] | None = None
        self._discarded: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def schedule(self, draft_id: str, data: Mapping[str, Any]) -> None:
        """Save ``data`` as ``draft_id`` once the person stops typing for a moment."""
        if draft_id in self._discarded:
            return
        self._pending = (draft_id, dict(data))
        self._timer.start()

    def flush(self) -> None:
        """Save what is pending now (off the UI thread)."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        draft_id, data = pending
        store = self.store
        self._runner.submit(lambda: store.save(draft_id, data),
                            on_result=self.saved.emit, on_error=self._failed)

    def discard(self, draft_id: str) -> None:
        """Forget a draft (the job was submitted, or the person threw it away)."""
        self._discarded.add(draft_id)
        if self._pending is not None and self._pending[0] == draft_id:
            self._pending = None
            self._timer.stop()
        store = self.store
        self._runner.submit(lambda: store.delete(draft_id), on_error=self._failed)

    def load_latest(self, on_result: Callable[[Draft | None], None]) -> None:
        """The most recent draft, handed to ``on_result`` on the UI thread."""
        store = self.store
        self._runner.submit(store.latest, on_result=on_result, on_error=self._failed)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def stop(self) -> None:
        """Save anything pending and stop the debounce timer."""
        self.flush()
        self._timer.stop()

    def _failed(self, error: BaseException) -> None:
        detail = f"{error.__class__.__name__}: {error}"
        log.error("the job draft could not be saved: %s", detail)
        self.failed.emit(self.tr("The job draft could not be saved: %1").replace("%1", detail))
