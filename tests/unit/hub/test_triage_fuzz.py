"""API tests generated from the OpenAPI spec in resources/openapi (hypothesis).

For every ``/v1/triage`` operation the spec declares, hypothesis draws path, query and
header parameters and a JSON body from the spec's own schemas — sometimes valid, sometimes
anything at all — and sends them to the Hub. The Hub must never answer 5xx, must only
answer with a status the spec documents for that operation, and must accept every body
the spec says is valid for creating a request.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
import yaml
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.hub.app import create_app
from app.hub.triage import TriageStore, build_router
from scripts.export_hub_openapi import SPEC as SPEC_PATH

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text("utf-8"))
OPERATIONS = [(method, path, op) for path, ops in sorted(SPEC["paths"].items())
              if path.startswith("/v1/triage") for method, op in sorted(ops.items())]

_client = TestClient(create_app(
    {"factories": [{"id": "jaif"}], "support_centres": [{"id": "oss-jaif"}]}, sites=[],
    routers=[build_router(TriageStore(":memory:"))]))
_seed = _client.post("/v1/triage/requests", json={
    "organisation": "O", "country": "DE", "sector": "health", "need": "legal",
    "contact": "a@b.c"}).json()

_json = st.recursive(
    st.none() | st.booleans() | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8)
#: What an HTTP client can put in a header or a query string.
_header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def valid(schema: dict[str, Any], *, text: st.SearchStrategy[str] | None = None
          ) -> st.SearchStrategy[Any]:
    """Values the JSON schema ``schema`` (OpenAPI 3.1 subset pydantic emits) accepts."""
    schema = _resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([valid(s, text=text) for s in schema[key]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return (text if text is not None else st.text()).filter(
            lambda s: schema.get("minLength", 0) <= len(s) <= schema.get("maxLength", 10**6))
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        return st.integers(None if low is None else int(low),
                           None if high is None else int(high))
    if kind == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(valid(schema.get("items", {})), max_size=min(
            3, schema.get("maxItems", 3)))
    if kind == "object" and "properties" in schema:
        required = set(schema.get("required", ()))
        props = {name: valid(sub) for name, sub in schema["properties"].items()}
        return st.fixed_dictionaries(
            {k: v for k, v in props.items() if k in required},
            optional={k: v for k, v in props.items() if k not in required})
    if kind == "object":
        return st.dictionaries(st.text(max_size=8), _json, max_size=3)
    return _json


def drawn(schema: dict[str, Any], *, text: st.SearchStrategy[str] | None = None
          ) -> st.SearchStrategy[Any]:
    """Mostly valid values of ``schema``, sometimes anything."""
    return st.one_of(valid(schema, text=text), valid(schema, text=text), _json)


def _request(method: str, path: str, op: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for param in op.get("parameters", []):
        where, name, schema = param["in"], param["name"], param["schema"]
        if where == "path":
            segment = _header_text.filter(lambda v: "/" not in v and v.strip(".") != "")
            parts[f"path.{name}"] = st.one_of(st.just(_seed["id"]), valid(schema), segment)
        else:
            value = drawn(schema, text=_header_text).map(
                lambda v: None if v is None or isinstance(v, (dict, list)) else str(v))
            if where == "header":  # what HTTP can carry in a header at all
                value = value.filter(lambda v: v is None or (v.isascii() and v.isprintable()))
            parts[f"{where}.{name}"] = st.one_of(st.none(), value)
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "schema" in body:
        parts["body"] = drawn(body["schema"])
    return st.fixed_dictionaries(parts)


def _send(method: str, path: str, drawn_parts: dict[str, Any]) -> Any:
    url = path
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    for key, value in drawn_parts.items():
        where, _, name = key.partition(".")
        if where == "path":
            url = url.replace("{" + name + "}", quote(str(value), safe=""))
        elif value is None:
            continue
        elif where == "query":
            query[name] = value
        elif where == "header":
            headers[name] = value
    kwargs: dict[str, Any] = {"params": query, "headers": headers}
    if "body" in drawn_parts:
        kwargs["json"] = drawn_parts["body"]
    return _client.request(method.upper(), url, **kwargs)


_settings = settings(max_examples=50, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def test_the_spec_declares_every_triage_operation():
    assert {(m, p) for m, p, _op in OPERATIONS} == {
        ("get", "/v1/triage/requests"), ("post", "/v1/triage/requests"),
        ("get", "/v1/triage/requests/{id}"), ("patch", "/v1/triage/requests/{id}"),
        ("get", "/v1/triage/requests/{id}/history"),
        ("post", "/v1/triage/requests/{id}/notes"), ("get", "/v1/triage/stats")}


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS,
                         ids=[f"{m.upper()} {p}" for m, p, _ in OPERATIONS])
def test_operation_never_5xx_and_answers_only_documented_statuses(method, path, op):
    documented = {int(code) for code in op["responses"]}
    if any(p["name"] == "if-none-match" for p in op.get("parameters", [])):
        documented.add(304)  # a conditional GET that matches

    @_settings
    @given(_request(method, path, op))
    def check(parts: dict[str, Any]) -> None:
        response = _send(method, path, parts)
        assert response.status_code < 500, response.text
        assert response.status_code in documented, (response.status_code, response.text)
        if response.status_code >= 400:
            assert response.headers["content-type"].startswith("application/problem+json")

    check()


@_settings
@given(valid(SPEC["paths"]["/v1/triage/requests"]["post"]["requestBody"]["content"]
             ["application/json"]["schema"]))
def test_every_body_the_spec_calls_valid_is_filed(body):
    response = _client.post("/v1/triage/requests", json=body)
    assert response.status_code == 201, response.text
    doc = response.json()
    assert doc["organisation"] == body["organisation"] and doc["state"] == "new"
