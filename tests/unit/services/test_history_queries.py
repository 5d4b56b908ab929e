"""History queries for the plots, back-fill inserts, and the once-per-site back-fill."""

from datetime import UTC, datetime, timedelta

import pytest

from app.clients.errors import NotFound, SiteUnreachable
from app.clients.hub_history import HistoryAnswer
from app.domain.availability import HistorySample
from app.domain.capacity import Node, Partition, aggregate
from app.services.history import HistoryDb
from app.services.history_backfill import backfill_sites

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
TS = int(T0.timestamp())


def sample(ts, site="a", part="gpu", gtype="h100", total=8, idle=2, down=0, pend=0):
    return HistorySample(ts, site, part, gtype, total, total - idle - down, idle, down,
                         1 if pend else 0, pend)


@pytest.fixture
def db(tmp_path):
    history = HistoryDb(tmp_path / "h.sqlite3")
    yield history
    history.close()


def test_insert_samples_never_replaces_a_recorded_one(db):
    nodes = [Node("g1", frozenset({"IDLE"}), ("gpu",), {"h100": 4}, {})]
    db.record("a", T0, aggregate(nodes, [Partition("gpu", ("g1",))], []), simulated=False,
              api_version="v0.0.42")
    added = db.insert_samples([sample(TS, idle=0), sample(TS + 300, idle=1)])
    assert added == 1
    (recorded,) = db.samples(T0, T0 + timedelta(seconds=1))
    assert recorded.idle == 4  # the desk's own sample won
    assert db.insert_samples([]) == 0


def test_buckets_average_and_leave_empty_buckets_out(db):
    db.insert_samples([sample(TS, idle=2), sample(TS + 60, idle=4), sample(TS + 120, idle=6),
                       sample(TS + 3 * 3600, idle=8),
                       sample(TS, part="debug", total=4, idle=1),
                       sample(TS, site="b", gtype="mi250x", total=16, idle=3, pend=32)])
    out = db.buckets(T0, T0 + timedelta(hours=4), 3600)
    by = {(b.site, b.partition, b.ts): b for b in out}
    assert by[("a", "gpu", TS)].idle == pytest.approx(4.0)
    assert ("a", "gpu", TS + 3600) not in by  # a gap stays a gap
    assert by[("a", "gpu", TS + 3 * 3600)].idle == 8
    assert by[("b", "gpu", TS)].pending_gpus == 32
    only = db.buckets(T0, T0 + timedelta(hours=4), 3600, site="a", partition="debug")
    assert [(b.partition, b.idle) for b in only] == [("debug", 1.0)]
    assert db.buckets(T0, T0 + timedelta(hours=4), 3600, gpu_type="mi250x")[0].site == "b"
    with pytest.raises(ValueError):
        db.buckets(T0, T0, 0)


def test_samples_and_span(db):
    db.insert_samples([sample(TS + 600), sample(TS), sample(TS, site="b")])
    assert [s.ts for s in db.samples(T0, T0 + timedelta(hours=1), site="a")] == [TS, TS + 600]
    assert db.sample_span("a") == (T0, T0 + timedelta(seconds=600))
    assert db.sample_span("nowhere") is None


def test_thirty_days_of_every_partition_bucket_quickly(db):
    samples = [sample(TS - k * 300, site=f"s{s}", part=f"p{p}", idle=k % 5)
               for s in range(4) for p in range(3) for k in range(30 * 288)]
    db.insert_samples(samples)
    since = T0 - timedelta(days=30)
    out = db.buckets(since, T0 + timedelta(seconds=1), 3600)
    assert len(out) == 4 * 3 * (30 * 24 + 1)


# -- back-fill --------------------------------------------------------------------------
class FakeHub:
    def __init__(self, missing=(), down=(), unsupported=False):
        self.calls = []
        self.missing, self.down, self.unsupported = set(missing), set(down), unsupported

    def __call__(self, site, since, until, step):
        self.calls.append((site, since, until, step))
        if self.unsupported:
            raise NotFound("history: the Hub has no history for " + site,
                           server_message="no such resource on this Hub", status=404)
        if site in self.missing:
            raise NotFound("history: the Hub has no history for " + site,
                           server_message=f"site: no history for site {site!r}", status=404)
        if site in self.down:
            raise SiteUnreachable("cannot connect to 127.0.0.1")
        return HistoryAnswer(site, True, step, "simulated",
                             (sample(TS - 600, site=site), sample(TS - 300, site=site)))


def test_backfill_each_site_once(db):
    hub = FakeHub()
    first = backfill_sites(db, hub, ["a", "b"], T0, days=30, step_s=300)
    assert first.added == {"a": 2, "b": 2} and not first.failed
    # the last day (and an hour) at the plots' fine step, the 29 days before at 30 min
    fine, coarse = hub.calls[0], hub.calls[1]
    assert fine == ("a", T0 - timedelta(hours=25), T0, 300)
    assert coarse == ("a", T0 - timedelta(days=30), T0 - timedelta(hours=25), 1800)
    again = backfill_sites(db, hub, ["a", "b", "c"], T0)
    assert again.skipped == ("a", "b") and again.added == {"c": 2}
    assert len(hub.calls) == 6


def test_a_short_backfill_asks_once_at_the_fine_step(db):
    hub = FakeHub()
    backfill_sites(db, hub, ["a"], T0, days=1, step_s=300)
    assert hub.calls == [("a", T0 - timedelta(days=1), T0, 300)]


def test_added_counts_rows_not_the_rollup_triggers_writes(db):
    db.buckets(T0 - timedelta(hours=1), T0, 3600)  # creates the roll-up and its triggers
    assert db.insert_samples([sample(TS), sample(TS + 300), sample(TS)]) == 2
    assert db.insert_site_samples({"a": [sample(TS + 600)], "b": [sample(TS, site="b")],
                                   "c": [sample(TS)]}) == {"a": 1, "b": 1, "c": 0}


def test_backfill_failures_are_reported_and_retried_next_time(db):
    hub = FakeHub(missing={"b"}, down={"c"})
    result = backfill_sites(db, hub, ["a", "b", "c"], T0)
    assert result.added == {"a": 2}
    assert set(result.failed) == {"b", "c"} and "cannot connect" in result.failed["c"]
    hub.down.clear()
    assert backfill_sites(db, hub, ["c"], T0).added == {"c": 2}


def test_a_hub_without_history_stops_at_once(db):
    hub = FakeHub(unsupported=True)
    result = backfill_sites(db, hub, ["a", "b", "c"], T0)
    assert result.unsupported and not result.added and not result.failed
    assert len(hub.calls) == 1


def test_hourly_buckets_come_from_a_rollup_that_follows_every_write(db):
    hour = TS - TS % 3600
    db.insert_samples([sample(hour + k * 300, idle=k) for k in range(12)])  # before the roll-up
    first = db.buckets(T0 - timedelta(hours=2), T0 + timedelta(hours=2), 3600)
    assert [(b.ts, b.idle) for b in first] == [(hour, pytest.approx(5.5))]
    # raw 30-min buckets agree with the hourly roll-up
    raw = db.buckets(T0 - timedelta(hours=2), T0 + timedelta(hours=2), 1800)
    assert sum(b.idle for b in raw) / len(raw) == pytest.approx(5.5)
    # later writes: a back-fill (duplicates ignored) and the desk's own record (a replace)
    db.insert_samples([sample(hour + 3600, idle=1), sample(hour, idle=99)])
    nodes = [Node("g1", frozenset({"IDLE"}), ("gpu",), {"h100": 8}, {})]
    capacity = aggregate(nodes, [Partition("gpu", ("g1",))], [])
    when = datetime.fromtimestamp(hour + 3600, tz=UTC)
    db.record("a", when, capacity, simulated=False, api_version="v0.0.42")  # replaces idle=1
    out = {b.ts: b for b in db.buckets(T0 - timedelta(hours=2), T0 + timedelta(hours=3), 3600)}
    assert out[hour].idle == pytest.approx(5.5)
    assert out[hour + 3600].idle == 8  # one sample, not two
    daily = db.buckets(T0 - timedelta(days=1), T0 + timedelta(days=1), 86400)
    assert len(daily) == 1 and daily[0].ts == hour - hour % 86400
    assert daily[0].idle == pytest.approx((sum(range(12)) + 8) / 13)
