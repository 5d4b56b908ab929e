"""``GET /v1/history`` served from the demo's simulated past, and the client that reads it."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from app.clients.errors import BadPayload, NotFound
from app.clients.hub_history import fetch_history, parse_history
from app.demo.history_model import WINDOW_S, SimulatedHistory
from app.demo.launcher import load_registry
from app.demo.simulator import Federation
from app.demo.spec import site_specs
from app.hub.app import create_app
from app.hub.routes_history import history_router
from tests.fakes import FakeTransport, session_with

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC).timestamp()
SITES = ("vega-gpu", "discoverer-gpu")


@pytest.fixture(scope="module")
def registry():
    return load_registry(None)


def make_history(registry, seed=42, now=NOW):
    specs = [s for s in site_specs(registry) if s.site_id in SITES]
    return SimulatedHistory(Federation(specs, seed, now), lambda: now)


@pytest.fixture(scope="module")
def client(registry):
    app = create_app(registry, sites=[], routers=[history_router(make_history(registry))])
    return TestClient(app)


def get(client, **params):
    return client.get("/v1/history", params=params)


def test_a_day_of_samples_per_partition(client):
    answer = get(client, site="vega-gpu", since=int(NOW - 86400), until=int(NOW), step=300)
    assert answer.status_code == 200
    doc = answer.json()
    assert doc["simulated"] is True and "simulated" in doc["note"]
    assert doc["step"] == 300 and doc["window_days"] == 30
    assert [s["partition"] for s in doc["series"]] == ["gpu", "dev"]
    gpu = doc["series"][0]
    assert gpu["gpu_type"] == "a100"
    assert len(gpu["ts"]) <= 288 and all(t % 300 == 0 for t in gpu["ts"])
    assert all(NOW - 86400 <= t < NOW for t in gpu["ts"])
    for i in range(len(gpu["ts"])):
        assert gpu["total"][i] == 240
        assert gpu["allocated"][i] + gpu["idle"][i] + gpu["unavailable"][i] == 240
        assert gpu["pending_gpus"][i] >= 0 and gpu["pending_jobs"][i] >= 0


def test_deterministic_per_seed_and_independent_of_the_request(registry):
    a = make_history(registry, seed=7).series("vega-gpu", NOW - 7200, NOW, 300)
    b = make_history(registry, seed=7).series("vega-gpu", NOW - 86400, NOW, 300)
    c = make_history(registry, seed=8).series("vega-gpu", NOW - 7200, NOW, 300)
    tail = {t: i for i, t in enumerate(b[0]["ts"])}
    assert [b[0]["idle"][tail[t]] for t in a[0]["ts"]] == a[0]["idle"]
    assert a[0]["idle"] != c[0]["idle"]


def test_weekday_afternoons_are_busier_than_weekend_nights(registry):
    history = make_history(registry)
    doc = history.series("vega-gpu", NOW - WINDOW_S, NOW, 3600, partition="gpu")[0]
    busy, quiet = [], []
    for ts, idle in zip(doc["ts"], doc["idle"], strict=True):
        local = datetime.fromtimestamp(ts, tz=UTC) + timedelta(hours=1)
        if local.weekday() < 5 and 12 <= local.hour < 16:
            busy.append(idle)
        elif local.weekday() >= 5 and local.hour < 6:
            quiet.append(idle)
    assert sum(busy) / len(busy) < sum(quiet) / len(quiet)


def test_a_site_that_did_not_answer_leaves_a_gap(registry):
    history = make_history(registry)
    windows = [w for site in SITES
               for w in history.gaps(site, int(NOW - WINDOW_S), int(NOW))]
    assert windows, "the seed should give at least one outage window in 30 days"
    site = next(s for s in SITES if history.gaps(s, int(NOW - WINDOW_S), int(NOW)))
    start, end = history.gaps(site, int(NOW - WINDOW_S), int(NOW))[0]
    doc = history.series(site, NOW - WINDOW_S, NOW, 300)[0]
    assert not [t for t in doc["ts"] if start <= t < end]
    assert [t for t in doc["ts"] if t < start or t >= end]


def test_clipped_to_the_window_and_to_now(client):
    doc = get(client, site="discoverer-gpu", since=int(NOW - 40 * 86400),
              until=int(NOW + 86400), step=3600).json()
    ts = doc["series"][0]["ts"]
    assert min(ts) >= NOW - WINDOW_S and max(ts) < NOW
    assert doc["until"] == datetime.fromtimestamp(NOW, tz=UTC).isoformat().replace(
        "+00:00", "Z")


def test_filters_and_iso_times(client):
    doc = get(client, site="vega-gpu", partition="dev", since="2026-11-23T06:00:00Z",
              until="2026-11-23T08:00:00Z", step=600).json()
    assert [s["partition"] for s in doc["series"]] == ["dev"]
    assert len(doc["series"][0]["ts"]) <= 12
    assert get(client, site="vega-gpu", gpu_type="h100").json()["series"] == []


@pytest.mark.parametrize(("params", "status", "field"), [
    ({"site": "nowhere"}, 404, "site"),
    ({"site": "vega-gpu", "partition": "nope"}, 404, "partition"),
    ({"site": "vega-gpu", "step": 10}, 422, "query.step"),
    ({"site": "vega-gpu", "since": "yesterday"}, 422, "query.since"),
    ({"site": "vega-gpu", "since": int(NOW), "until": int(NOW - 60)}, 422, "since"),
    ({"site": "vega-gpu", "since": int(NOW - 30 * 86400), "until": int(NOW), "step": 60},
     200, ""),
    ({}, 422, "query.site"),
])
def test_bad_requests_name_the_field(client, params, status, field):
    answer = get(client, **params)
    assert answer.status_code == status
    if status != 200:
        body = answer.json()
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert body["detail"].startswith(field)


def test_too_many_samples_is_refused(registry):
    history = make_history(registry, now=NOW)
    history.window_s = 400 * 86400
    app = create_app(registry, sites=[], routers=[history_router(history)])
    answer = TestClient(app).get("/v1/history", params={
        "site": "vega-gpu", "since": int(NOW - 40 * 86400), "until": int(NOW), "step": 60})
    assert answer.status_code == 422 and answer.json()["detail"].startswith("step")


# -- the client, through the real route ---------------------------------------------------
def bridged(client: TestClient) -> FakeTransport:
    transport = FakeTransport()

    def forward(request):
        url = urlsplit(request.url)
        answer = client.get(url.path + "?" + url.query)
        return answer.status_code, answer.content

    transport.routes[("GET", "/v1/history")] = forward
    return transport


def test_client_reads_samples(client):
    session = session_with(bridged(client))
    answer = fetch_history(session, "http://127.0.0.1:9/", site="vega-gpu",
                           since=datetime.fromtimestamp(NOW - 3600, tz=UTC),
                           until=datetime.fromtimestamp(NOW, tz=UTC), step=300)
    assert answer.simulated and answer.step == 300 and answer.site == "vega-gpu"
    gpu = [s for s in answer.samples if s.partition == "gpu"]
    assert len(gpu) == 12 and gpu[0].total == 240 and gpu[0].site == "vega-gpu"


def test_client_maps_a_missing_history_to_not_found(client):
    session = session_with(bridged(client))
    with pytest.raises(NotFound):
        fetch_history(session, "http://127.0.0.1:9", site="nowhere",
                      since=datetime.fromtimestamp(NOW - 3600, tz=UTC),
                      until=datetime.fromtimestamp(NOW, tz=UTC))


@pytest.mark.parametrize(("doc", "field"), [
    ([], "expected a JSON object"),
    ({"step": 300}, "series must be a list"),
    ({"step": 0, "series": []}, "step"),
    ({"step": 300, "series": [{"partition": "", "gpu_type": "a"}]}, "series[0].partition"),
    ({"step": 300, "series": [{"partition": "p", "gpu_type": "a", "ts": [1], "total": ["x"],
                               "allocated": [1], "idle": [1], "unavailable": [1],
                               "pending_jobs": [1], "pending_gpus": [1]}]},
     "series[0].total"),
    ({"step": 300, "series": [{"partition": "p", "gpu_type": "a", "ts": [1, 2], "total": [1],
                               "allocated": [1], "idle": [1], "unavailable": [1],
                               "pending_jobs": [1], "pending_gpus": [1]}]},
     "series[0] columns differ"),
])
def test_client_rejects_bad_payloads_naming_the_field(doc, field):
    with pytest.raises(BadPayload, match=field.replace("[", r"\[").replace("]", r"\]")):
        parse_history(doc, "s")


def test_the_past_ends_where_the_live_simulation_starts(registry):
    from dataclasses import replace

    from app.demo.history_model import BLEND_S

    specs = [s for s in site_specs(registry) if s.site_id in SITES]
    federation = Federation(specs, 42, NOW)
    history = SimulatedHistory(federation, lambda: NOW + 600)
    sim = federation.sites["vega-gpu"]
    doc = {s["partition"]: s for s in history.series("vega-gpu", NOW - 86400, NOW + 600, 300)}
    for part in sim.partitions:
        nodes = [sim.nodes[i] for i in part.nodes]
        down = sum(n.slots for n in nodes if n.admin == "DOWN")
        used = sum(min(n.gpus_used, n.slots) for n in nodes if n.admin != "DOWN")
        drained_idle = sum(n.slots - min(n.gpus_used, n.slots) for n in nodes
                           if n.admin == "DRAIN")
        pending = [j for j in sim.jobs.values()
                   if j.state == "PENDING" and j.partition == part.name]
        series = doc[part.name]
        at = series["ts"].index(int(NOW))
        assert series["allocated"][at] == used
        assert series["unavailable"][at] == down + drained_idle
        assert series["pending_jobs"][at] == len(pending)
        assert series["pending_gpus"][at] == sum(j.nodes_req * j.gpus_per_node
                                                 for j in pending)
    # before the blend window the model is untouched by the live numbers
    plain = SimulatedHistory(federation, lambda: NOW + 600)
    plain._plans = {k: replace(p, partitions=tuple(replace(q, anchor=None)
                                                   for q in p.partitions))
                    for k, p in plain._plans.items()}
    old = plain.series("vega-gpu", NOW - 86400, NOW + 600, 300)[0]
    new = doc[old["partition"]]
    early = [i for i, t in enumerate(old["ts"]) if t < NOW - BLEND_S]
    assert early and [old["idle"][i] for i in early] == [new["idle"][i] for i in early]
