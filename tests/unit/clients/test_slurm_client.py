"""The Slurm REST client's negotiation and error mapping, at the network boundary."""

import base64
import json
import time

import pytest

from app.clients.errors import (
    AuthExpired,
    AuthFailed,
    BadPayload,
    NotFound,
    SiteUnreachable,
    SubmitRejected,
    UnsupportedApiVersion,
)
from app.clients.http import RetryPolicy
from app.clients.slurm import SlurmAuth, SlurmClient
from app.domain.submission import JobSubmission
from tests.conftest import FIXTURES
from tests.fakes import FakeTransport, session_with

BASE = "http://127.0.0.1:9"


def token(exp_offset=3600):
    def b64(d):
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    return f"{b64({'alg': 'HS256'})}.{b64({'exp': int(time.time()) + exp_offset, 'sun': 'u'})}.sig"


def fixture(name):
    return json.loads((FIXTURES / "slurm" / f"{name}.json").read_text())


def openapi(*versions):
    return {"paths": {f"/slurm/{v}/ping/": {} for v in versions} | {"/slurmdb/v0.0.42/jobs": {}}}


def make(transport, **kw):
    return SlurmClient(session_with(transport), BASE, SlurmAuth("u", token()),
                       retry=RetryPolicy(attempts=2, base_delay=0), **kw)


def test_negotiates_newest_supported_version():
    t = FakeTransport()
    t.add("GET", "/openapi/v3", 200, openapi("v0.0.40", "v0.0.41", "v0.0.42", "v0.0.43"))
    client = make(t)
    assert client.served_versions() == ["v0.0.43", "v0.0.42", "v0.0.41", "v0.0.40"]
    assert client.negotiate() == "v0.0.42"


def test_falls_back_to_openapi_for_22_05():
    t = FakeTransport()
    t.add("GET", "/openapi", 200, openapi("v0.0.36", "v0.0.37", "v0.0.38"))
    assert make(t).negotiate() == "v0.0.38"


def test_unknown_versions_only():
    t = FakeTransport()
    t.add("GET", "/openapi/v3", 200, openapi("v0.0.99"))
    with pytest.raises(UnsupportedApiVersion, match=r"v0\.0\.99"):
        make(t).negotiate()


def test_auth_headers_go_only_to_the_site():
    t = FakeTransport()
    t.add("GET", "/slurm/v0.0.42/ping", 200, fixture("v0.0.42_ping"))
    make(t, version="v0.0.42").ping()
    sent = t.requests[-1]
    assert sent.headers["X-SLURM-USER-NAME"] == "u"
    assert sent.url.startswith(BASE)


@pytest.mark.parametrize(("version", "status"), [("v0.0.42", 511), ("v0.0.38", 500)])
def test_bad_token_maps_to_auth_failed(version, status):
    t = FakeTransport()
    t.add("GET", f"/slurm/{version}/jobs", status, fixture(f"{version}_error_bad_token"))
    with pytest.raises(AuthFailed) as err:
        make(t, version=version).jobs()
    assert err.value.server_message


def test_missing_auth_401_text_body():
    t = FakeTransport()
    t.add("GET", "/slurm/v0.0.42/nodes", 401, "Authentication failure")
    with pytest.raises(AuthFailed, match="HTTP 401") as err:
        make(t, version="v0.0.42").nodes()
    assert "Authentication failure" in err.value.server_message


def test_expired_token_noticed_before_sending():
    t = FakeTransport()
    client = SlurmClient(session_with(t), BASE, SlurmAuth("u", token(-60)), version="v0.0.42")
    with pytest.raises(AuthExpired):
        client.ping()
    assert t.requests == []


@pytest.mark.parametrize(("version", "status"), [("v0.0.42", 404), ("v0.0.38", 500)])
def test_unknown_job(version, status):
    t = FakeTransport()
    t.add("GET", f"/slurm/{version}/job/999999", status, fixture(f"{version}_error_unknown_job"))
    with pytest.raises(NotFound) as err:
        make(t, version=version).job(999999)
    assert "Invalid job id" in err.value.server_message


def test_bad_partition_is_submit_rejected_with_server_text():
    t = FakeTransport()
    t.add("POST", "/slurm/v0.0.42/job/submit", 500, {"job_id": None, "errors": [
        {"error_number": 2000, "error": "Invalid partition name specified"}]})
    with pytest.raises(SubmitRejected) as err:
        make(t, version="v0.0.42").submit(JobSubmission("#!/bin/sh\n", "x", "nope"))
    assert "Invalid partition" in err.value.detail


def test_submit_is_never_retried():
    t = FakeTransport()
    t.add("POST", "/slurm/v0.0.42/job/submit", 503, {"errors": []})
    with pytest.raises(SubmitRejected):
        make(t, version="v0.0.42").submit(JobSubmission("#!/bin/sh\n", "x", "gpu"))
    assert len(t.requests) == 1


def test_malformed_json_is_bad_payload():
    t = FakeTransport()
    t.add("GET", "/slurm/v0.0.42/partitions", 200, b'{"partitions": [')
    with pytest.raises(BadPayload, match="not valid JSON"):
        make(t, version="v0.0.42").partitions()


def test_wrong_shape_is_bad_payload():
    t = FakeTransport()
    t.add("GET", "/slurm/v0.0.42/partitions", 200, {"partitions": "nope"})
    with pytest.raises(BadPayload, match="not a list"):
        make(t, version="v0.0.42").partitions()


def test_304_means_unchanged():
    t = FakeTransport()
    t.add("GET", "/slurm/v0.0.42/nodes", 304, b"")
    assert make(t, version="v0.0.42").nodes(update_time=123) is None
    assert "update_time=123" in t.requests[-1].url


def test_gets_retry_on_503_then_succeed():
    t = FakeTransport()
    answers = iter([(503, {}), (200, fixture("v0.0.42_ping"))])
    t.routes[("GET", "/slurm/v0.0.42/ping")] = lambda req: next(answers)
    assert make(t, version="v0.0.42").ping()[0]["pinged"] == "UP"


def test_connection_refused_is_unreachable():
    client = SlurmClient(__import__("requests").Session(), "http://127.0.0.1:9",
                         SlurmAuth("u", token()), version="v0.0.42",
                         retry=RetryPolicy(attempts=1), timeout=1)
    with pytest.raises(SiteUnreachable, match="cannot connect"):
        client.ping()


def test_token_never_in_repr_or_errors():
    secret = token()
    auth = SlurmAuth("u", secret)
    assert secret not in repr(auth)
    t = FakeTransport()
    t.add("GET", "/slurm/v0.0.42/jobs", 511, fixture("v0.0.42_error_bad_token"))
    client = SlurmClient(session_with(t), BASE, auth, version="v0.0.42")
    with pytest.raises(AuthFailed) as err:
        client.jobs()
    assert secret not in err.value.detail
