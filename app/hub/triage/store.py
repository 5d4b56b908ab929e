"""The triage requests, their notes and audit trail in one SQLite file.

Every change bumps the request's ``version`` (its ETag) and writes one audit entry
(who, when, what: ``{field: [old, new]}``) in the same transaction. Thread-safe: one
connection behind a lock (FastAPI runs sync routes on a thread pool).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain.triage import OPEN_STATES, can_transition

SCALARS = ("organisation", "country", "sector", "need", "state", "description", "contact",
           "language", "gpu_type", "gpu_hours", "access_mode", "assignee", "target_factory",
           "support_centre")
SORTABLE = ("id", "created_at", "updated_at", "state", "country", "sector", "need",
            "organisation", "assignee", "gpu_hours")
FILTERS = ("state", "country", "sector", "need", "assignee", "target_factory",
           "support_centre")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL, country TEXT NOT NULL, sector TEXT NOT NULL,
    need TEXT NOT NULL, state TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'en',
    gpu_type TEXT, gpu_hours INTEGER NOT NULL DEFAULT 0, access_mode TEXT,
    assignee TEXT, target_factory TEXT, support_centre TEXT,
    flags TEXT NOT NULL DEFAULT '[]', assessment TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, request_id INTEGER NOT NULL,
    author TEXT NOT NULL, at TEXT NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, request_id INTEGER NOT NULL,
    who TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL, changes TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS requests_state ON requests(state);
CREATE INDEX IF NOT EXISTS notes_request ON notes(request_id);
CREATE INDEX IF NOT EXISTS audit_request ON audit(request_id);
"""


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="seconds").replace(
        "+00:00", "Z")


class NotFound(LookupError):
    pass


class StaleVersion(Exception):
    """The caller's version is not the current one; ``current`` is the request now."""

    def __init__(self, current: dict[str, Any]) -> None:
        super().__init__(f"current version is {current['version']}")
        self.current = current


class BadTransition(Exception):
    def __init__(self, old: str, new: str) -> None:
        super().__init__(f"{old} → {new}")
        self.old = old
        self.new = new


class TriageStore:
    """Requests with notes and audit trail in SQLite (``":memory:"`` for the demo)."""

    def __init__(self, path: str | Path) -> None:
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        if str(path) != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- reading -------------------------------------------------------------------------
    def _doc(self, row: sqlite3.Row) -> dict[str, Any]:
        doc = {key: row[key] for key in row.keys()}  # noqa: SIM118 (sqlite3.Row)
        doc["flags"] = json.loads(doc["flags"])
        doc["assessment"] = json.loads(doc["assessment"])
        notes = self._db.execute(
            "SELECT author, at, text FROM notes WHERE request_id=? ORDER BY id",
            (row["id"],)).fetchall()
        doc["notes"] = [dict(n) for n in notes]
        return doc

    def get(self, request_id: int) -> dict[str, Any]:
        with self._lock:
            row = self._db.execute("SELECT * FROM requests WHERE id=?",
                                   (request_id,)).fetchone()
            if row is None:
                raise NotFound(request_id)
            return self._doc(row)

    def query(self, filters: Mapping[str, str], *, q: str | None = None,
              sort: Iterable[tuple[str, bool]] = (("created_at", True),),
              limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """One page of requests and the total that match (filters AND, ``q`` in text)."""
        where: list[str] = []
        args: list[Any] = []
        for name, value in filters.items():
            assert name in FILTERS
            values = value.split(",")
            where.append(f"{name} IN ({','.join('?' * len(values))})")
            args.extend(values)
        if q:
            like = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            where.append("(" + " OR ".join(
                f"lower(coalesce({c},'')) LIKE ? ESCAPE '\\'"
                for c in ("organisation", "description", "contact", "assignee")) + ")")
            args.extend([like] * 4)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        order = ", ".join(f"{key} {'DESC' if desc else 'ASC'}" for key, desc in sort
                          if key in SORTABLE) or "created_at DESC"
        with self._lock:
            total = int(self._db.execute(f"SELECT count(*) FROM requests{clause}",
                                         args).fetchone()[0])
            rows = self._db.execute(
                f"SELECT * FROM requests{clause} ORDER BY {order}, id DESC LIMIT ? OFFSET ?",
                [*args, limit, offset]).fetchall()
            return [self._doc(r) for r in rows], total

    def history(self, request_id: int) -> list[dict[str, Any]]:
        with self._lock:
            self.get(request_id)
            rows = self._db.execute(
                "SELECT who, at, action, changes, version FROM audit WHERE request_id=? "
                "ORDER BY id", (request_id,)).fetchall()
        return [{"who": r["who"], "at": r["at"], "action": r["action"],
                 "changes": json.loads(r["changes"]), "version": r["version"]} for r in rows]

    def open_counts(self, column: str) -> dict[str, int]:
        """Open requests per ``target_factory`` or ``support_centre``."""
        assert column in ("target_factory", "support_centre")
        states = sorted(OPEN_STATES)
        with self._lock:
            rows = self._db.execute(
                f"SELECT {column}, count(*) FROM requests WHERE {column} IS NOT NULL AND "
                f"state IN ({','.join('?' * len(states))}) GROUP BY {column}",
                states).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM requests").fetchone()[0])

    # -- writing -------------------------------------------------------------------------
    def _audit(self, request_id: int, who: str, at: str, action: str,
               changes: Mapping[str, Any], version: int) -> None:
        self._db.execute(
            "INSERT INTO audit (request_id, who, at, action, changes, version) "
            "VALUES (?,?,?,?,?,?)",
            (request_id, who, at, action, json.dumps(changes, ensure_ascii=False), version))

    def create(self, fields: Mapping[str, Any], *, who: str, now: float,
               state: str = "new") -> dict[str, Any]:
        at = iso(now)
        values = {k: fields.get(k) for k in SCALARS if k != "state"}
        values["gpu_hours"] = int(values.get("gpu_hours") or 0)
        values["description"] = values.get("description") or ""
        values["language"] = values.get("language") or "en"
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.execute(
                    "INSERT INTO requests (" + ", ".join(values) +
                    ", state, flags, assessment, version, created_at, updated_at) VALUES (" +
                    ", ".join("?" * len(values)) + ", ?, ?, ?, 1, ?, ?)",
                    [*values.values(), state,
                     json.dumps(list(fields.get("flags") or []), ensure_ascii=False),
                     json.dumps(dict(fields.get("assessment") or {}), ensure_ascii=False),
                     at, at])
                request_id = int(cur.lastrowid or 0)
                self._audit(request_id, who, at, "created", {"state": [None, state]}, 1)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return self.get(request_id)

    def update(self, request_id: int, changes: Mapping[str, Any], *, who: str, now: float,
               expected_version: int | None) -> dict[str, Any]:
        """Apply ``changes``; raises NotFound, StaleVersion or BadTransition."""
        at = iso(now)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                current = self.get(request_id)
                if expected_version is not None and expected_version != current["version"]:
                    raise StaleVersion(current)
                if "state" in changes and not can_transition(current["state"],
                                                             changes["state"]):
                    raise BadTransition(current["state"], changes["state"])
                delta = {k: [current[k], v] for k, v in changes.items()
                         if k in SCALARS and current[k] != v}
                if delta:
                    version = current["version"] + 1
                    sets = ", ".join(f"{k}=?" for k in delta)
                    self._db.execute(
                        f"UPDATE requests SET {sets}, version=?, updated_at=? WHERE id=?",
                        [*(v[1] for v in delta.values()), version, at, request_id])
                    self._audit(request_id, who, at, "updated", delta, version)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return self.get(request_id)

    def add_note(self, request_id: int, text: str, *, who: str, now: float) -> dict[str, Any]:
        at = iso(now)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                current = self.get(request_id)
                version = current["version"] + 1
                self._db.execute("INSERT INTO notes (request_id, author, at, text) "
                                 "VALUES (?,?,?,?)", (request_id, who, at, text))
                self._db.execute("UPDATE requests SET version=?, updated_at=? WHERE id=?",
                                 (version, at, request_id))
                self._audit(request_id, who, at, "note", {"note": [None, text]}, version)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return self.get(request_id)

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
            return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             (key, value))
