import sqlite3
from datetime import UTC, datetime

from app.domain.capacity import Node, Partition, aggregate
from app.services.history import HistoryDb


def capacity():
    nodes = [Node("g1", frozenset({"MIXED"}), ("gpu",), {"h100": 4}, {"h100": 1}),
             Node("g2", frozenset({"IDLE", "DRAIN"}), ("gpu",), {"h100": 4}, {})]
    return aggregate(nodes, [Partition("gpu", ("g1", "g2"))], [])


def test_record_and_reload_last_capacity(tmp_path):
    db = HistoryDb(tmp_path / "h.sqlite3")
    when = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    db.record("lumi-g", when, capacity(), simulated=True, api_version="v0.0.42")
    db.close()
    again = HistoryDb(tmp_path / "h.sqlite3")
    (cached,) = again.last_capacities()
    assert cached.site_id == "lumi-g" and cached.simulated and cached.fetched_at == when
    assert cached.capacity == capacity()
    assert again.sample_count() == 1
    again.close()


def test_a_corrupt_cache_row_is_skipped_not_fatal(tmp_path):
    db = HistoryDb(tmp_path / "h.sqlite3")
    db.record("ok", datetime.now(UTC), capacity(), simulated=False, api_version="v0.0.42")
    db.close()
    conn = sqlite3.connect(tmp_path / "h.sqlite3")
    conn.execute("INSERT INTO last_capacity VALUES ('bad', 0, 0, 'v', '{\"rows\": 3}')")
    conn.commit()
    conn.close()
    db = HistoryDb(tmp_path / "h.sqlite3")
    assert [c.site_id for c in db.last_capacities()] == ["ok"]
    db.close()
