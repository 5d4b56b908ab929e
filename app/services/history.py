"""SQLite store of availability samples and the last capacity seen per site.

Plain Python (no Qt), safe to call from the writer thread: one connection guarded by a
lock, WAL journal, every write one transaction — a crash loses nothing that was
committed.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.availability import Bucket, HistorySample
from app.domain.capacity import Capacity
from app.domain.codec import capacity_from_dict, capacity_to_dict

SCHEMA = """
CREATE TABLE IF NOT EXISTS samples (
    ts INTEGER NOT NULL,
    site TEXT NOT NULL,
    partition TEXT NOT NULL,
    gpu_type TEXT NOT NULL,
    total INTEGER NOT NULL,
    allocated INTEGER NOT NULL,
    idle INTEGER NOT NULL,
    unavailable INTEGER NOT NULL,
    pending_jobs INTEGER NOT NULL,
    pending_gpus INTEGER NOT NULL,
    PRIMARY KEY (site, partition, gpu_type, ts)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS samples_ts ON samples (ts);
CREATE TABLE IF NOT EXISTS last_capacity (
    site TEXT PRIMARY KEY,
    ts INTEGER NOT NULL,
    simulated INTEGER NOT NULL,
    api_version TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


#: The hourly roll-up of ``samples`` (created on first use by ``HistoryDb.buckets``).
ROLLUP_TABLE = """
CREATE TABLE samples_hourly (
    site TEXT NOT NULL,
    partition TEXT NOT NULL,
    gpu_type TEXT NOT NULL,
    hour INTEGER NOT NULL,
    n INTEGER NOT NULL,
    total INTEGER NOT NULL,
    allocated INTEGER NOT NULL,
    idle INTEGER NOT NULL,
    unavailable INTEGER NOT NULL,
    pending_jobs INTEGER NOT NULL,
    pending_gpus INTEGER NOT NULL,
    PRIMARY KEY (site, partition, gpu_type, hour)
) WITHOUT ROWID
"""
ROLLUP_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS samples_hourly_add AFTER INSERT ON samples BEGIN
        INSERT INTO samples_hourly VALUES (NEW.site, NEW.partition, NEW.gpu_type,
            NEW.ts - NEW.ts % 3600, 1, NEW.total, NEW.allocated, NEW.idle, NEW.unavailable,
            NEW.pending_jobs, NEW.pending_gpus)
        ON CONFLICT (site, partition, gpu_type, hour) DO UPDATE SET
            n = n + 1, total = total + excluded.total,
            allocated = allocated + excluded.allocated, idle = idle + excluded.idle,
            unavailable = unavailable + excluded.unavailable,
            pending_jobs = pending_jobs + excluded.pending_jobs,
            pending_gpus = pending_gpus + excluded.pending_gpus;
    END""",
    """CREATE TRIGGER IF NOT EXISTS samples_hourly_remove AFTER DELETE ON samples BEGIN
        UPDATE samples_hourly SET n = n - 1, total = total - OLD.total,
            allocated = allocated - OLD.allocated, idle = idle - OLD.idle,
            unavailable = unavailable - OLD.unavailable,
            pending_jobs = pending_jobs - OLD.pending_jobs,
            pending_gpus = pending_gpus - OLD.pending_gpus
        WHERE site = OLD.site AND partition = OLD.partition AND gpu_type = OLD.gpu_type
            AND hour = OLD.ts - OLD.ts % 3600;
    END""",
)


@dataclass(frozen=True)
class CachedCapacity:
    site_id: str
    fetched_at: datetime
    simulated: bool
    api_version: str
    capacity: Capacity


class HistoryDb:
    """Availability history and the offline cache in one SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)

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

    def record(self, site_id: str, when: datetime, capacity: Capacity, *,
               simulated: bool, api_version: str) -> None:
        """Store one sample per partition × GPU type, and the site's last capacity."""
        ts = int(when.timestamp())
        rows = [
            (ts, site_id, r.partition, r.gpu_type, r.gpus.total, r.gpus.allocated, r.gpus.idle,
             r.gpus.unavailable, r.pending_jobs, r.pending_gpus)
            for r in capacity.rows if r.gpu_type
        ]
        payload = json.dumps(capacity_to_dict(capacity), separators=(",", ":"))
        with self._tx() as conn:
            conn.executemany("INSERT OR REPLACE INTO samples VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
            conn.execute(
                "INSERT OR REPLACE INTO last_capacity VALUES (?,?,?,?,?)",
                (site_id, ts, int(simulated), api_version, payload),
            )

    def last_capacities(self) -> list[CachedCapacity]:
        """The last capacity of every site; unreadable rows are skipped and reported."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT site, ts, simulated, api_version, payload FROM last_capacity"
            ).fetchall()
        out = []
        for site, ts, simulated, version, payload in rows:
            try:
                capacity = capacity_from_dict(json.loads(payload))
            except (KeyError, ValueError, TypeError):
                continue
            out.append(CachedCapacity(site, datetime.fromtimestamp(ts, tz=UTC), bool(simulated),
                                      version, capacity))
        return out

    def sample_count(self) -> int:
        with self._lock:
            (count,) = self._conn.execute("SELECT COUNT(*) FROM samples").fetchone()
        return int(count)

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._tx() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (key, value))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def site_free_series(self, since: datetime) -> dict[str, list[tuple[datetime, int, int]]]:
        """Per site, ``(ts, idle, total)`` GPU samples since ``since``, oldest first.

        Partitions often share nodes (a debug partition inside the production one), so
        summing partition rows would count GPUs twice. Per site, time and GPU type the
        largest partition row stands for that type; the types are then added up.
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT site, ts, gpu_type, total, idle FROM samples WHERE ts >= ? "
                "ORDER BY site, ts, gpu_type, total DESC",
                (int(since.timestamp()),),
            ).fetchall()
        out: dict[str, list[tuple[datetime, int, int]]] = {}
        key: tuple[str, int] | None = None
        seen: set[str] = set()
        idle_sum = total_sum = 0
        for site, ts, gpu_type, total, idle in rows:
            if (site, ts) != key:
                if key is not None:
                    out.setdefault(key[0], []).append(
                        (datetime.fromtimestamp(key[1], tz=UTC), idle_sum, total_sum))
                key, seen, idle_sum, total_sum = (site, ts), set(), 0, 0
            if gpu_type in seen:
                continue
            seen.add(gpu_type)
            idle_sum += int(idle)
            total_sum += int(total)
        if key is not None:
            out.setdefault(key[0], []).append(
                (datetime.fromtimestamp(key[1], tz=UTC), idle_sum, total_sum))
        return out

    # -- availability history (plots, back-fill, export) ---------------------------------
    def insert_samples(self, samples: Iterable[HistorySample]) -> int:
        """Add samples without replacing any already recorded (back-fill); rows added."""
        rows = [s.as_tuple() for s in samples]
        if not rows:
            return 0
        with self._tx() as conn:
            # rowcount, not total_changes: the latter also counts the roll-up triggers' rows
            return conn.executemany(
                "INSERT OR IGNORE INTO samples VALUES (?,?,?,?,?,?,?,?,?,?)", rows).rowcount

    def insert_site_samples(self, per_site: Mapping[str, Iterable[HistorySample]]
                            ) -> dict[str, int]:
        """``insert_samples`` for several sites in one transaction; rows added per site."""
        added: dict[str, int] = {}
        with self._tx() as conn:
            for site, samples in per_site.items():
                added[site] = conn.executemany(
                    "INSERT OR IGNORE INTO samples VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [s.as_tuple() for s in samples]).rowcount
        return added

    @staticmethod
    def _where(since: datetime, until: datetime, site: str | None, partition: str | None,
               gpu_type: str | None) -> tuple[str, list[object]]:
        clauses = ["ts >= ?", "ts < ?"]
        args: list[object] = [int(since.timestamp()), int(until.timestamp())]
        for column, value in (("site", site), ("partition", partition),
                              ("gpu_type", gpu_type)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        return " AND ".join(clauses), args

    def _ensure_rollup(self) -> None:
        """Create (once) the hourly roll-up that long-range queries read.

        ``samples_hourly`` keeps, per partition × GPU type × hour, the number of samples
        and their sums; triggers keep it in step with every insert and delete on
        ``samples``, so 30 days are ~700 rows per partition instead of ~8,600.
        """
        if getattr(self, "_rollup_done", False):
            return
        with self._lock:  # so that the delete half of INSERT OR REPLACE fires its trigger
            self._conn.execute("PRAGMA recursive_triggers = ON")
        with self._tx() as conn:
            exists = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='samples_hourly'"
            ).fetchone()
            if not exists:
                conn.execute(ROLLUP_TABLE)
                conn.execute(
                    "INSERT INTO samples_hourly SELECT site, partition, gpu_type,"
                    " ts - ts % 3600, COUNT(*), SUM(total), SUM(allocated), SUM(idle),"
                    " SUM(unavailable), SUM(pending_jobs), SUM(pending_gpus)"
                    " FROM samples GROUP BY site, partition, gpu_type, ts - ts % 3600")
            for trigger in ROLLUP_TRIGGERS:
                conn.execute(trigger)
        self._rollup_done = True

    def buckets(self, since: datetime, until: datetime, step_s: int, *,
                site: str | None = None, partition: str | None = None,
                gpu_type: str | None = None) -> list[Bucket]:
        """Averages per partition × GPU type × ``step_s`` bucket in ``[since, until)``.

        Buckets without a sample are absent (the plots draw them as gaps). Whole-hour
        steps read the hourly roll-up (whole hours: a partial first hour counts whole).
        """
        if step_s <= 0:
            raise ValueError("step_s must be positive")
        if step_s % 3600 == 0:
            return self._hourly_buckets(since, until, step_s, site, partition, gpu_type)
        where, args = self._where(since, until, site, partition, gpu_type)
        sql = (
            "SELECT site, partition, gpu_type, (ts / ?) * ? AS b, AVG(total), AVG(allocated),"
            " AVG(idle), AVG(unavailable), AVG(pending_jobs), AVG(pending_gpus)"
            f" FROM samples WHERE {where} GROUP BY site, partition, gpu_type, b"
        )
        with self._lock:
            rows = self._conn.execute(sql, [step_s, step_s, *args]).fetchall()
        return list(map(Bucket._make, rows))

    def _hourly_buckets(self, since: datetime, until: datetime, step_s: int,
                        site: str | None, partition: str | None,
                        gpu_type: str | None) -> list[Bucket]:
        self._ensure_rollup()
        where, args = self._where(since, until, site, partition, gpu_type)
        start = int(since.timestamp())
        args[0] = start - start % 3600
        where = where.replace("ts >= ?", "hour >= ?").replace("ts < ?", "hour < ?")
        if step_s == 3600:
            sql = ("SELECT site, partition, gpu_type, hour, total * 1.0 / n,"
                   " allocated * 1.0 / n, idle * 1.0 / n, unavailable * 1.0 / n,"
                   " pending_jobs * 1.0 / n, pending_gpus * 1.0 / n"
                   f" FROM samples_hourly WHERE n > 0 AND {where}")
            params: list[object] = list(args)
        else:
            sql = ("SELECT site, partition, gpu_type, (hour / ?) * ? AS b,"
                   " SUM(total) * 1.0 / SUM(n), SUM(allocated) * 1.0 / SUM(n),"
                   " SUM(idle) * 1.0 / SUM(n), SUM(unavailable) * 1.0 / SUM(n),"
                   " SUM(pending_jobs) * 1.0 / SUM(n), SUM(pending_gpus) * 1.0 / SUM(n)"
                   f" FROM samples_hourly WHERE n > 0 AND {where}"
                   " GROUP BY site, partition, gpu_type, b")
            params = [step_s, step_s, *args]
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return list(map(Bucket._make, rows))

    def samples(self, since: datetime, until: datetime, *, site: str | None = None,
                partition: str | None = None,
                gpu_type: str | None = None) -> list[HistorySample]:
        """The recorded samples in ``[since, until)``, oldest first (for export)."""
        where, args = self._where(since, until, site, partition, gpu_type)
        with self._lock:
            rows = self._conn.execute(
                f"SELECT * FROM samples WHERE {where} ORDER BY ts, site, partition, gpu_type",
                args).fetchall()
        return list(map(HistorySample._make, rows))

    def sample_span(self, site: str) -> tuple[datetime, datetime] | None:
        """First and last sample time of a site, if it has any."""
        with self._lock:
            row = self._conn.execute(
                "SELECT MIN(ts), MAX(ts) FROM samples WHERE site = ?", (site,)).fetchone()
        if row is None or row[0] is None:
            return None
        return (datetime.fromtimestamp(row[0], tz=UTC), datetime.fromtimestamp(row[1], tz=UTC))
