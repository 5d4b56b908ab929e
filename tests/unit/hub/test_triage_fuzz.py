"""Property-based: no request body or query makes the triage API answer 5xx."""

from __future__ import annotations

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.hub.app import create_app
from app.hub.triage import TriageStore, build_router

_client = TestClient(create_app({"factories": [], "support_centres": []}, sites=[],
                                routers=[build_router(TriageStore(":memory:"))]))
_seed = _client.post("/v1/triage/requests", json={
    "organisation": "O", "country": "DE", "sector": "health", "need": "legal",
    "contact": "a@b.c"}).json()

_scalar = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30))
_fields = st.sampled_from(["organisation", "country", "sector", "need", "gpu_type",
                           "gpu_hours", "access_mode", "language", "description", "contact",
                           "state", "assignee", "target_factory", "flags", "assessment",
                           "x"])
_bodies = st.one_of(st.dictionaries(_fields, _scalar, max_size=8),
                    st.lists(_scalar, max_size=3), _scalar)
_settings = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(_bodies)
def test_create_never_5xx(body):
    response = _client.post("/v1/triage/requests", json=body)
    assert response.status_code < 500
    assert response.status_code in (201, 422)


@_settings
@given(_bodies, st.one_of(st.none(), st.text(max_size=10), st.just('"1"')))
def test_patch_never_5xx(body, if_match):
    headers = {"If-Match": if_match} if if_match is not None else {}
    try:
        response = _client.patch(f"/v1/triage/requests/{_seed['id']}", json=body,
                                 headers=headers)
    except UnicodeEncodeError:  # the client cannot send such a header at all
        return
    assert response.status_code < 500


@_settings
@given(st.dictionaries(st.sampled_from(["state", "country", "sort", "limit", "offset",
                                        "q", "need", "assignee"]),
                       st.text(max_size=12), max_size=4))
def test_list_never_5xx(params):
    response = _client.get("/v1/triage/requests", params=params)
    assert response.status_code in (200, 400, 422)
