"""Hub API v1 triage endpoints: CRUD, paging, filters, ETag/If-Match, audit, restart."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.hub.app import create_app
from app.hub.triage import TriageStore, build_router, demo_router

REGISTRY = {"version": 1, "factories": [{"id": "jaif", "country_code": "DE",
                                         "sector_tags": ["health"]}],
            "support_centres": [{"id": "oss-jaif", "linked_factories": ["jaif"]}]}
BODY = {"organisation": "Alpen AI GmbH", "country": "AT", "sector": "health",
        "need": "compute", "gpu_type": "h100", "gpu_hours": 2000,
        "access_mode": "fast-lane", "language": "de", "description": "fine-tune a model",
        "contact": "ops@example.org"}


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        self.now += 1
        return self.now


def make_client(path: str = ":memory:") -> TestClient:
    store = TriageStore(path)
    app = create_app(REGISTRY, sites=[], routers=[build_router(store, clock=Clock())])
    return TestClient(app)


@pytest.fixture
def client() -> TestClient:
    return make_client()


def create(client: TestClient, **over: object) -> dict:
    response = client.post("/v1/triage/requests", json={**BODY, **over},
                           headers={"X-Hub-User": "intake"})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_get_etag_location(client):
    response = client.post("/v1/triage/requests", json=BODY)
    assert response.status_code == 201
    doc = response.json()
    assert doc["state"] == "new" and doc["version"] == 1
    assert response.headers["ETag"] == '"1"'
    assert response.headers["Location"] == f"/v1/triage/requests/{doc['id']}"
    got = client.get(f"/v1/triage/requests/{doc['id']}")
    assert got.status_code == 200 and got.headers["ETag"] == '"1"'
    assert client.get(f"/v1/triage/requests/{doc['id']}",
                      headers={"If-None-Match": '"1"'}).status_code == 304


def test_unknown_request_is_a_404_problem(client):
    response = client.get("/v1/triage/requests/999")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(("over", "field"), [
    ({"country": "austria"}, "body.country"), ({"need": "money"}, "body.need"),
    ({"gpu_hours": -1}, "body.gpu_hours"), ({"access_mode": "vip"}, "body.access_mode"),
    ({"surprise": 1}, "body.surprise"), ({"contact": ""}, "body.contact")])
def test_bad_body_is_a_422_naming_the_field(client, over, field):
    response = client.post("/v1/triage/requests", json={**BODY, **over})
    assert response.status_code == 422
    problem = response.json()
    assert problem["status"] == 422 and problem["errors"][0]["field"] == field
    assert field in problem["detail"]


def test_patch_needs_if_match(client):
    doc = create(client)
    response = client.patch(f"/v1/triage/requests/{doc['id']}", json={"state": "triaged"})
    assert response.status_code == 428
    assert response.json()["errors"][0]["field"] == "header.If-Match"


def test_patch_with_current_etag_bumps_version_and_audits(client):
    doc = create(client)
    response = client.patch(f"/v1/triage/requests/{doc['id']}",
                            json={"state": "assigned", "assignee": "ana",
                                  "target_factory": "jaif", "support_centre": "oss-jaif"},
                            headers={"If-Match": '"1"', "X-Hub-User": "ana"})
    assert response.status_code == 200, response.text
    assert response.headers["ETag"] == '"2"'
    assert response.json()["assignee"] == "ana"
    history = client.get(f"/v1/triage/requests/{doc['id']}/history").json()["history"]
    assert [h["action"] for h in history] == ["created", "updated"]
    assert history[1]["who"] == "ana" and history[1]["changes"]["state"] == ["new", "assigned"]
    assert history[0]["who"] == "intake"


def test_stale_if_match_is_412_with_the_current_representation(client):
    doc = create(client)
    url = f"/v1/triage/requests/{doc['id']}"
    assert client.patch(url, json={"assignee": "ana"},
                        headers={"If-Match": '"1"'}).status_code == 200
    response = client.patch(url, json={"assignee": "jonas"}, headers={"If-Match": '"1"'})
    assert response.status_code == 412
    problem = response.json()
    assert problem["current"]["assignee"] == "ana" and problem["current"]["version"] == 2
    assert response.headers["ETag"] == '"2"'


def test_bad_if_match_is_400(client):
    doc = create(client)
    response = client.patch(f"/v1/triage/requests/{doc['id']}", json={"assignee": "x"},
                            headers={"If-Match": "garbage"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "header.If-Match"


def test_forbidden_transition_is_409_naming_it(client):
    doc = create(client)
    response = client.patch(f"/v1/triage/requests/{doc['id']}", json={"state": "resolved"},
                            headers={"If-Match": '"1"'})
    assert response.status_code == 409
    problem = response.json()
    assert problem["transition"] == {"from": "new", "to": "resolved"}
    assert "new → resolved" in problem["detail"]
    assert client.get(f"/v1/triage/requests/{doc['id']}").json()["version"] == 1


@pytest.mark.parametrize(("body", "field"), [
    ({"target_factory": "nowhere"}, "body.target_factory"),
    ({"support_centre": "nobody"}, "body.support_centre"),
    ({"organisation": None}, "body.organisation"), ({"state": "lost"}, "body.state")])
def test_bad_patch_names_the_field(client, body, field):
    doc = create(client)
    response = client.patch(f"/v1/triage/requests/{doc['id']}", json=body,
                            headers={"If-Match": '"1"'})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field


def test_notes_bump_version_and_show_in_request(client):
    doc = create(client)
    response = client.post(f"/v1/triage/requests/{doc['id']}/notes", json={"text": "called"},
                           headers={"X-Hub-User": "ana"})
    assert response.status_code == 201
    assert response.json()["notes"][0]["author"] == "ana"
    assert response.headers["ETag"] == '"2"'
    assert client.post(f"/v1/triage/requests/{doc['id']}/notes",
                       json={"text": ""}).status_code == 422


def test_paging_filters_sorting(client):
    for i in range(7):
        create(client, organisation=f"Org {i}", country="DE" if i % 2 else "FR",
               need="support" if i == 3 else "compute")
    page = client.get("/v1/triage/requests", params={"limit": 3, "offset": 0,
                                                     "sort": "id"}).json()
    assert page["total"] == 7 and [r["organisation"] for r in page["items"]] == [
        "Org 0", "Org 1", "Org 2"]
    assert page["next_offset"] == 3
    last = client.get("/v1/triage/requests", params={"limit": 3, "offset": 6}).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None
    de = client.get("/v1/triage/requests", params={"country": "de"}).json()
    assert de["total"] == 3
    assert client.get("/v1/triage/requests", params={"need": "support"}).json()["total"] == 1
    assert client.get("/v1/triage/requests", params={"q": "org 5"}).json()["total"] == 1
    desc = client.get("/v1/triage/requests", params={"sort": "-organisation"}).json()
    assert desc["items"][0]["organisation"] == "Org 6"
    both = client.get("/v1/triage/requests", params={"state": "new,triaged"}).json()
    assert both["total"] == 7


@pytest.mark.parametrize(("params", "field"), [
    ({"sort": "shoe_size"}, "query.sort"), ({"state": "lost"}, "query.state"),
    ({"country": "Austria"}, "query.country"), ({"country": "de,1x"}, "query.country"),
    ({"colour": "red"}, "query.colour")])
def test_bad_query_is_400_naming_it(client, params, field):
    response = client.get("/v1/triage/requests", params=params)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == field


def test_bad_limit_is_422(client):
    response = client.get("/v1/triage/requests", params={"limit": 0})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.limit"


def test_two_clients_no_lost_update(client):
    doc = create(client)
    url = f"/v1/triage/requests/{doc['id']}"
    etag_a = client.get(url).headers["ETag"]
    etag_b = client.get(url).headers["ETag"]
    a = client.patch(url, json={"assignee": "ana"}, headers={"If-Match": etag_a})
    b = client.patch(url, json={"description": "B's words"}, headers={"If-Match": etag_b})
    assert a.status_code == 200 and b.status_code == 412
    retry = client.patch(url, json={"description": "B's words"},
                         headers={"If-Match": b.headers["ETag"]})
    assert retry.status_code == 200
    final = client.get(url).json()
    assert final["assignee"] == "ana" and final["description"] == "B's words"


def test_stats(client):
    doc = create(client)
    client.patch(f"/v1/triage/requests/{doc['id']}",
                 json={"state": "assigned", "support_centre": "oss-jaif"},
                 headers={"If-Match": '"1"'})
    stats = client.get("/v1/triage/stats").json()
    assert stats["open_by_centre"] == {"oss-jaif": 1} and stats["by_state"]["assigned"] == 1


def test_persists_across_a_restart(tmp_path):
    db = tmp_path / "triage.sqlite"
    first = make_client(str(db))
    doc = create(first)
    first.patch(f"/v1/triage/requests/{doc['id']}", json={"assignee": "ana"},
                headers={"If-Match": '"1"'})
    first.post(f"/v1/triage/requests/{doc['id']}/notes", json={"text": "kept"})
    again = make_client(str(db))
    got = again.get(f"/v1/triage/requests/{doc['id']}").json()
    assert got["assignee"] == "ana" and got["version"] == 3
    assert got["notes"][0]["text"] == "kept"
    assert len(again.get(f"/v1/triage/requests/{doc['id']}/history").json()["history"]) == 3


def test_standalone_hub_serves_registry_support_and_triage(tmp_path):
    from app.hub.__main__ import build

    client = TestClient(build(tmp_path / "t.sqlite"))
    assert client.get("/v1/registry").status_code == 200
    assert client.get("/v1/support-centres").status_code == 200
    assert client.get("/v1/triage/requests").json()["total"] == 0


def test_demo_seeds_deterministically_and_requests_keep_arriving():
    from app.demo.launcher import load_registry

    registry = load_registry(None)
    now = [1_800_000_000.0]

    def clock() -> float:
        return now[0]

    def build(seed: int) -> TestClient:
        return TestClient(create_app(registry, sites=[], routers=[
            demo_router(registry, seed=seed, wall_clock=clock, interval_s=180)]))

    a, b, c = build(42), build(42), build(7)
    page_a = a.get("/v1/triage/requests", params={"limit": 100, "sort": "id"}).json()
    page_b = b.get("/v1/triage/requests", params={"limit": 100, "sort": "id"}).json()
    page_c = c.get("/v1/triage/requests", params={"limit": 100, "sort": "id"}).json()
    assert page_a["total"] == 40 and page_a == page_b and page_a != page_c
    countries = {f["country_code"] for f in registry["factories"]}
    assert sum(r["country"] in countries for r in page_a["items"]) > 20
    assert len({r["state"] for r in page_a["items"]}) >= 4
    # some arrived through the "Apply for access" wizard: answers and the flags they raise
    from app.domain.triage import assess_application

    applications = [r for r in page_a["items"] if r["assessment"]]
    assert len(applications) >= 3 and any(r["flags"] for r in applications)
    for r in applications:
        free_for = next(m["free_for"]["value"] for m in registry["access_modes"]
                        if m["id"] == r["access_mode"])
        assert r["flags"] == assess_application(r["assessment"], free_for)
    now[0] += 3 * 180 + 1
    assert a.get("/v1/triage/requests").json()["total"] == 43
    assert a.get("/v1/triage/requests").json()["total"] == 43


@pytest.mark.parametrize("request_id", ["9223372036854775808", "0", "-1", "seven"])
def test_an_id_outside_the_range_is_a_422_naming_it(client, request_id):
    for method in ("GET", "PATCH"):
        response = client.request(method, f"/v1/triage/requests/{request_id}", json={},
                                  headers={"If-Match": '"1"'})
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["field"] == "path.id"
