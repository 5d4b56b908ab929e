"""Poller and store with real fetches over a fake transport: one bad site hurts no other."""

import json

from app.domain.capacity import Health
from app.services import poller as poller_mod
from app.services.poller import Poller
from app.services.site_fetch import SiteTarget
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner
from tests.conftest import FIXTURES
from tests.fakes import FakeTransport, session_with
from tests.unit.clients.test_slurm_client import openapi, token


def site_transport(prefix, *, nodes_status=200, nodes_body=None):
    t = FakeTransport()
    fx = FIXTURES / "slurm"
    t.add("GET", f"{prefix}/openapi/v3", 200, openapi("v0.0.42"))
    t.add("GET", f"{prefix}/slurm/v0.0.42/nodes", nodes_status,
          nodes_body if nodes_body is not None
          else json.loads((fx / "v0.0.42_nodes_busy.json").read_text()))
    t.add("GET", f"{prefix}/slurm/v0.0.42/partitions", 200,
          json.loads((fx / "v0.0.42_partitions.json").read_text()))
    t.add("GET", f"{prefix}/slurm/v0.0.42/jobs", 200,
          json.loads((fx / "v0.0.42_jobs_running.json").read_text()))
    return t


class Router(FakeTransport):
    """Routes by URL path prefix to one fake transport per site."""

    def __init__(self, sites):
        super().__init__()
        self.sites = sites

    def send(self, request, **kw):
        from urllib.parse import urlsplit

        prefix = "/" + urlsplit(request.url).path.split("/")[1]
        return self.sites[prefix].send(request, **kw)


def make(qtbot, sites, clock):
    router = Router(sites)
    runner = TaskRunner()
    store = SnapshotStore(None, runner)
    poller = Poller(runner, interval_s=30, clock=lambda: clock[0],
                    session_factory=lambda: session_with(router))
    poller.site_read.connect(store.apply_read)
    poller.site_failed.connect(store.apply_failure)
    targets = [SiteTarget(p.strip("/"), f"http://127.0.0.1:9{p}", "u", token()) for p in sites]
    store.set_sites((t.site_id, True) for t in targets)
    poller.set_sites(targets)
    return runner, store, poller


def test_good_and_bad_sites(qtbot):
    clock = [1000.0]
    sites = {"/good": site_transport("/good"),
             "/bad": site_transport("/bad", nodes_status=200, nodes_body=b"{not json")}
    runner, store, poller = make(qtbot, sites, clock)
    with qtbot.waitSignal(poller.round_finished, timeout=5000):
        poller.start()
    good, bad = store.state("good"), store.state("bad")
    assert good.health is Health.OK and good.capacity.gpus.total == 8
    assert bad.health is Health.DEGRADED and "not valid JSON" in bad.message
    summary = store.summary()
    assert (summary.sites_ok, summary.sites_total) == (1, 2)
    poller.stop()
    runner.shutdown()


def test_backoff_and_breaker(qtbot):
    clock = [1000.0]
    sites = {"/bad": site_transport("/bad", nodes_status=500, nodes_body={"errors": []})}
    runner, store, poller = make(qtbot, sites, clock)
    poller.start()
    qtbot.waitUntil(lambda: store.state("bad").failures == 1)
    assert store.state("bad").health is Health.DEGRADED
    # not due yet: nothing happens
    poller._tick()
    qtbot.wait(50)
    assert store.state("bad").failures == 1
    for expected in (2, 3):
        clock[0] += poller_mod.MAX_BACKOFF_S + 1
        poller._tick()
        qtbot.waitUntil(lambda n=expected: store.state("bad").failures == n)
    assert poller.backoff_s(3) == poller_mod.BREAKER_OPEN_S
    poller.stop()
    runner.shutdown()


def test_unchanged_site_reuses_the_last_read(qtbot):
    clock = [1000.0]
    sites = {"/s": site_transport("/s")}
    runner, store, poller = make(qtbot, sites, clock)
    poller.start()
    qtbot.waitUntil(lambda: store.state("s").read is not None)
    sites["/s"].add("GET", "/s/slurm/v0.0.42/nodes", 304, b"")
    sites["/s"].add("GET", "/s/slurm/v0.0.42/jobs", 304, b"")
    first = store.state("s").read
    clock[0] += 31
    with qtbot.waitSignal(store.confirmed, timeout=3000):  # nothing changed: no rebuild
        poller._tick()
    second = store.state("s").read
    assert second.nodes_unchanged and second.capacity is first.capacity
    poller.stop()
    runner.shutdown()
