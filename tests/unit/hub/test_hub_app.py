"""The Hub API v1: health, registry with ETag, problem details."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from app.hub.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

REGISTRY: dict[str, Any] = {"factories": [{"id": "f1"}], "systems": [{"id": "s1"}]}
SITES = [{"site_id": "s1", "system_id": "s1", "factory_id": "f1", "partition_hint": "gpu",
          "url": "http://127.0.0.1:1/sites/s1", "simulated": True}]


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(dict(REGISTRY), sites=list(SITES), version="9.9.9"))


def test_health(client: TestClient) -> None:
    doc = client.get("/v1/health").json()
    assert doc["status"] == "ok" and doc["version"] == "9.9.9"
    assert doc["started_at"].endswith("Z")


def test_registry_adds_sites_and_supports_etag(client: TestClient) -> None:
    answer = client.get("/v1/registry")
    assert answer.status_code == 200
    doc = answer.json()
    assert doc["factories"] == REGISTRY["factories"]
    assert doc["sites"] == SITES
    etag = answer.headers["etag"]
    again = client.get("/v1/registry", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""


def test_unknown_paths_and_methods_are_problems(client: TestClient) -> None:
    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    body = missing.json()
    assert body["status"] == 404 and body["title"] == "Not Found" and body["type"]
    wrong = client.post("/v1/registry")
    assert wrong.status_code == 405
    assert wrong.json()["status"] == 405


def test_openapi_is_served(client: TestClient) -> None:
    spec = client.get("/v1/openapi.json").json()
    assert "/v1/registry" in spec["paths"] and "/v1/health" in spec["paths"]
