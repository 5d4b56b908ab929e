"""``GET /v1/support-centres``: filters, problems that name the parameter, ETag, bad data,
and the desk's client of it."""

from __future__ import annotations

import copy
import warnings
from pathlib import Path
from typing import Any

import pytest
import requests

from app.clients.errors import NotFound, ServerError
from app.clients.hub_support import fetch_support_centres
from app.domain.directory import load_entries
from app.domain.registry import registry_document
from app.hub import routes_support
from app.hub.app import create_app
from tests.fakes import FakeTransport

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

REPO = Path(__file__).resolve().parents[3]
URL = "/v1/support-centres"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return registry_document(REPO / "resources" / "federation")


@pytest.fixture
def client(document: dict[str, Any]) -> TestClient:
    return TestClient(create_app(copy.deepcopy(document), sites=[],
                                 routers=[routes_support.router]))


def centre_ids(answer: Any) -> list[str]:
    return [c["id"] for c in answer.json()["support_centres"]]


def test_all_centres_with_their_date(client: TestClient, document: dict[str, Any]) -> None:
    answer = client.get(URL)
    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == len(document["support_centres"]) == 52
    assert body["as_of"] == document["as_of"] and body["filters"] == {}
    assert body["support_centres"] == document["support_centres"]  # served as they are
    kinds = {c["kind"] for c in body["support_centres"]}
    assert kinds == {"ncc", "one_stop_shop", "antenna", "tef"}


def test_country_matches_own_country_and_tef_nodes(client: TestClient) -> None:
    found = centre_ids(client.get(URL, params={"country": "it"}))
    assert {"ncc-it", "oss-it4lia", "tef-health", "tef-agrifood"} <= set(found)
    assert "ncc-de" not in found
    assert centre_ids(client.get(URL, params={"country": "EU"})) == [
        "tef-health", "tef-ai-matters", "tef-agrifood", "tef-citcom"]


def test_service_sector_and_language_filters_combine(client: TestClient) -> None:
    tefs = centre_ids(client.get(URL, params={"service": "testing_experimentation"}))
    assert len(tefs) == 4
    health = centre_ids(client.get(URL, params={"sector": "health"}))
    assert "tef-health" in health and "oss-1healthai" in health
    assert "tef-agrifood" in centre_ids(client.get(URL, params={"sector": "agri-food"}))
    german = centre_ids(client.get(URL, params={"language": "DE", "service": "ai_training"}))
    assert german and "oss-jaif" in german
    both = client.get(URL, params={"country": "PL", "sector": "agri-food"}).json()
    assert both["filters"] == {"country": "PL", "sector": "agri-food"}
    assert {c["id"] for c in both["support_centres"]} == {"oss-piast-ai", "tef-agrifood"}


@pytest.mark.parametrize(("params", "field"), [
    ({"country": "Italy"}, "query.country"),
    ({"country": "I1"}, "query.country"),
    ({"language": "german"}, "query.language"),
    ({"service": "hugs"}, "query.service"),
    ({"sector": " "}, "query.sector"),
    ({"sector": "x" * 101}, "query.sector"),
    ({"colour": "blue"}, "query.colour"),
    ([("country", "IT"), ("country", "DE")], "query.country"),
])
def test_bad_parameters_are_problems_naming_them(client: TestClient, params: Any,
                                                 field: str) -> None:
    answer = client.get(URL, params=params)
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("application/problem+json")
    body = answer.json()
    assert body["status"] == 400 and body["title"] and body["type"].endswith("bad-parameter")
    assert body["detail"].startswith(field + ":")
    assert body["errors"][0]["field"] == field


def test_etag_and_not_modified(client: TestClient) -> None:
    first = client.get(URL, params={"country": "DE"})
    etag = first.headers["etag"]
    again = client.get(URL, params={"country": "DE"}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get(URL, params={"country": "FR"}, headers={"If-None-Match": etag})
    assert other.status_code == 200


def test_bad_entries_are_served_not_a_500(document: dict[str, Any]) -> None:
    doc = copy.deepcopy(document)
    doc["support_centres"] = ["garbage", {"id": "half", "kind": "ncc", "country_code": "IT"},
                              {"id": "bad-mail", "name": "Bad", "country_code": "IT",
                               "contacts": {"email": "nope"}, "timezone": "Mars/Base"}]
    client = TestClient(create_app(doc, sites=[], routers=[routes_support.router]))
    assert client.get(URL).json()["count"] == 3
    assert centre_ids(client.get(URL, params={"country": "IT"})) == ["half", "bad-mail"]
    assert client.get(URL, params={"language": "it"}).json()["count"] == 0


def test_the_route_is_in_the_openapi_document(client: TestClient) -> None:
    spec = client.get("/v1/openapi.json").json()
    operation = spec["paths"][URL]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"country", "service", "sector",
                                                            "language"}
    assert "400" in operation["responses"]


# -- the desk's client, through a requests transport that calls the app --------------------
def session_for(client: TestClient) -> tuple[requests.Session, FakeTransport]:
    transport = FakeTransport()

    def forward(request: requests.PreparedRequest) -> tuple[int, Any]:
        answer = client.get(request.url or "")
        try:
            return answer.status_code, answer.json()
        except ValueError:
            return answer.status_code, answer.content

    transport.routes[("GET", URL)] = forward
    session = requests.Session()
    session.mount("http://", transport)
    return session, transport


def test_client_reads_and_filters(client: TestClient) -> None:
    session, transport = session_for(client)
    answer = fetch_support_centres(session, "http://testserver/", country="pl",
                                   sector="agri-food")
    assert "country=pl" in (transport.requests[0].url or "")
    assert {c["id"] for c in answer.centres} == {"oss-piast-ai", "tef-agrifood"}
    assert answer.filters == {"country": "PL", "sector": "agri-food"}
    assert answer.as_of and all(not e.warnings for e in load_entries(answer.centres))


def test_client_errors_carry_the_problem(client: TestClient) -> None:
    session, _transport = session_for(client)
    with pytest.raises(ServerError) as caught:
        fetch_support_centres(session, "http://testserver", country="Italy")
    assert caught.value.status == 400 and "query.country" in caught.value.detail
    empty = requests.Session()
    empty.mount("http://", FakeTransport())
    with pytest.raises(NotFound):
        fetch_support_centres(empty, "http://testserver")
