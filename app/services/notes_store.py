"""Staff notes per support centre, kept locally in SQLite.

One table (``centre_notes``) in a database file the caller names; WAL journal, each save
its own transaction, so a note shown as saved survives a crash or a kill. Plain Python and
thread-safe (one connection behind a lock, opened on first use): the desk calls it from its
one-thread writer pool, never from the UI thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS centre_notes (
    centre_id  TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Note:
    """A saved note and when it was saved (ISO 8601, UTC)."""

    centre_id: str
    body: str
    updated_at: str


def _now() -> str:
    return datetime.now(tz=UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class NotesStore:
    """Notes keyed by centre id in ``path`` (created with its folder when missing)."""

    def __init__(self, path: Path, *, timeout_s: float = 5.0) -> None:
        self.path = Path(path)
        self._timeout = timeout_s
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(self.path), timeout=self._timeout,
                                 check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute(SCHEMA)
            self._db = db
        return self._db

    def load_all(self) -> dict[str, Note]:
        """Every saved note by centre id."""
        with self._lock:
            rows = self._conn().execute(
                "SELECT centre_id, body, updated_at FROM centre_notes").fetchall()
        return {row[0]: Note(row[0], row[1], row[2]) for row in rows}

    def get(self, centre_id: str) -> Note | None:
        with self._lock:
            row = self._conn().execute(
                "SELECT centre_id, body, updated_at FROM centre_notes WHERE centre_id = ?",
                (centre_id,)).fetchone()
        return Note(row[0], row[1], row[2]) if row else None

    def save(self, centre_id: str, body: str) -> Note:
        """Store ``body`` for the centre in one transaction; an empty body deletes it."""
        if not centre_id:
            raise ValueError("a note needs a centre id")
        note = Note(centre_id, body, _now())
        with self._lock:
            db = self._conn()
            db.execute("BEGIN IMMEDIATE")
            try:
                if body.strip():
                    db.execute(
                        "INSERT INTO centre_notes (centre_id, body, updated_at)"
                        " VALUES (?, ?, ?) ON CONFLICT(centre_id) DO UPDATE SET"
                        " body = excluded.body, updated_at = excluded.updated_at",
                        (centre_id, body, note.updated_at))
                else:
                    db.execute("DELETE FROM centre_notes WHERE centre_id = ?", (centre_id,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return note

    def save_many(self, notes: Mapping[str, str]) -> list[Note]:
        """Save each note in its own transaction (a failure keeps the ones before it)."""
        return [self.save(centre_id, body) for centre_id, body in notes.items()]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
