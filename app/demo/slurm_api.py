"""The simulated slurmrestd of every demo site, as one ASGI app under ``/sites/<site_id>``.

Behaviour follows a real slurmrestd 24.11 serving v0.0.42 (recorded in the reference
samples): ``X-SLURM-USER-NAME`` + ``X-SLURM-USER-TOKEN`` or ``Authorization: Bearer``;
no credentials → 401 ``Authentication failure`` (text); a bad or expired token → 511 with
error 1007 on every endpoint that reaches the controller, while ``ping`` (and the OpenAPI
document) still answer 200; unknown job → 404 / 2017; ``update_time`` → 304 when nothing
changed. A ``Server-Timing: app;dur=<ms>`` header reports the server's own time.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import Receive, Scope, Send

from app.demo.auth import AuthResult, Identity, TokenSigner
from app.demo.faults import FaultBook, FaultMode
from app.demo.render import (
    API_VERSION,
    SiteRenderer,
    dumps,
    error_entry,
    meta,
    num,
    template,
)
from app.demo.simulator import SiteSimulation

_SLURM_PATH = re.compile(r"^/slurm/(?P<version>v\d+\.\d+\.\d+)/(?P<endpoint>.*?)/?$")
_OPENAPI_PATHS = frozenset({"/openapi/v3", "/openapi/v3/", "/openapi", "/openapi.json"})
_JSON = "application/json"

Clock = Callable[[], float]


@dataclass
class SiteRuntime:
    """One simulated site: its simulation, renderer, token signer and lock."""

    sim: SiteSimulation
    renderer: SiteRenderer
    signer: TokenSigner
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def cluster(self) -> str:
        return self.renderer.cluster


def openapi_document(version: str, cluster: str) -> dict[str, Any]:
    """A small OpenAPI 3 document naming the paths a site serves for ``version``."""
    base = f"/slurm/{version}"

    def op(summary: str, op_id: str, *, params: list[dict[str, Any]] | None = None,
           body: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "summary": summary, "operationId": op_id, "tags": ["slurm"],
            "responses": {"200": {"description": summary},
                          "default": {"description": "error"}},
        }
        if params:
            out["parameters"] = params
        if body:
            out["requestBody"] = {"required": True, "content": {_JSON: {"schema": {
                "type": "object"}}}}
        return out

    def path_param(name: str) -> dict[str, Any]:
        return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}

    update_time = {"name": "update_time", "in": "query", "required": False,
                   "schema": {"type": "string"},
                   "description": "Query only if changed since this UNIX timestamp"}
    tag = version.replace(".", "_")
    paths = {
        f"{base}/ping/": {"get": op("ping test", f"slurm_{tag}_get_ping")},
        f"{base}/nodes/": {"get": op("get node(s) info", f"slurm_{tag}_get_nodes",
                                     params=[update_time])},
        f"{base}/node/{{node_name}}": {"get": op("get node info", f"slurm_{tag}_get_node",
                                                  params=[path_param("node_name")])},
        f"{base}/partitions/": {"get": op("get all partition info",
                                          f"slurm_{tag}_get_partitions",
                                          params=[update_time])},
        f"{base}/partition/{{partition_name}}": {
            "get": op("get partition info", f"slurm_{tag}_get_partition",
                      params=[path_param("partition_name")])},
        f"{base}/jobs/": {"get": op("get list of jobs", f"slurm_{tag}_get_jobs",
                                    params=[update_time])},
        f"{base}/job/{{job_id}}": {
            "get": op("get job info", f"slurm_{tag}_get_job", params=[path_param("job_id")]),
            "delete": op("cancel or signal job", f"slurm_{tag}_delete_job",
                         params=[path_param("job_id")]),
        },
        f"{base}/job/submit": {"post": op("submit new job", f"slurm_{tag}_post_job_submit",
                                          body=True)},
    }
    return {
        "openapi": "3.0.2",
        "info": {
            "title": "Slurm REST API",
            "description": f"Simulated slurmrestd of the demo federation (cluster {cluster})",
            "version": f"Slurm-24.11.5&openapi/slurmctld&data_parser/{version}",
            "x-simulated": True,
        },
        "servers": [{"url": "/"}],
        "security": [{"user": [], "token": []}, {"bearerAuth": []}],
        "components": {"securitySchemes": {
            "user": {"type": "apiKey", "name": "X-SLURM-USER-NAME", "in": "header"},
            "token": {"type": "apiKey", "name": "X-SLURM-USER-TOKEN", "in": "header"},
            "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
        }},
        "paths": paths,
    }


def _json(body: bytes, status: int = 200, *, started: float | None = None) -> Response:
    headers = None
    if started is not None:
        headers = {"Server-Timing": f"app;dur={(time.perf_counter() - started) * 1000:.1f}"}
    return Response(content=body, status_code=status, media_type=_JSON, headers=headers)


async def drop_connection(send: Send, receive: Receive) -> bool:
    """Close the client's connection without answering (uvicorn); False if not possible."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(transport, "close"):
        return False
    transport.close()
    for _ in range(20):  # let the server notice, so it neither answers nor logs
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0)
    return True


class SiteUnreachable(ConnectionResetError):
    """Raised in-process (no socket to close) for a site in the ``down`` fault mode."""


class SitesApp:
    """ASGI app for every path below ``/sites/``."""

    def __init__(self, sites: dict[str, SiteRuntime], faults: FaultBook, clock: Clock,
                 wall_clock: Clock = time.time) -> None:
        self.sites = sites
        self.faults = faults
        self.clock = clock
        self.wall_clock = wall_clock
        self._openapi: dict[tuple[str, str], bytes] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        parts = scope["path"].split("/", 3)
        site_id = parts[2] if len(parts) > 2 else ""
        rest = "/" + parts[3] if len(parts) > 3 else "/"
        runtime = self.sites.get(site_id)
        if runtime is None:
            await PlainTextResponse("Not Found", 404)(scope, receive, send)
            return
        fault = self.faults.get(site_id)
        if fault is FaultMode.DOWN:
            if await drop_connection(send, receive):
                return
            raise SiteUnreachable(f"demo site {site_id} is down (fault mode)")
        if fault is FaultMode.SLOW:
            await asyncio.sleep(self.faults.slow_seconds)
        request = Request(scope, receive)
        body = await request.body() if request.method in ("POST", "PUT") else b""
        started = time.perf_counter()
        with runtime.lock:
            response = self.handle(runtime, request, rest, body, fault, started)
        await response(scope, receive, send)

    # -- dispatch --------------------------------------------------------------------------
    def handle(self, site: SiteRuntime, request: Request, rest: str, body: bytes,
               fault: FaultMode | None, started: float) -> Response:
        ident = site.signer.check_headers(request.headers, self.wall_clock())
        if ident.result is AuthResult.MISSING:
            return PlainTextResponse("Authentication failure", 401)
        client = request.client
        source = f"[{client.host}]:{client.port}(fd:9)" if client else "[localhost]:0(fd:9)"
        user = ident.user
        if rest in _OPENAPI_PATHS:
            version = "v0.0.99" if fault is FaultMode.BADVERSION else API_VERSION
            return self._maybe_malformed(_json(self._openapi_bytes(version, site.cluster),
                                               started=started), fault)
        match = _SLURM_PATH.match(rest)
        if match is None or fault is FaultMode.BADVERSION \
                or match.group("version") != API_VERSION:
            return self._not_found(site, user, source, rest)
        if fault is FaultMode.HTTP500:
            return self._maybe_malformed(self._controller_down(site, user, source), fault)
        endpoint = match.group("endpoint")
        response = self._endpoint(site, request, endpoint, body, ident, user, source, started)
        return self._maybe_malformed(response, fault)

    def _endpoint(self, site: SiteRuntime, request: Request, endpoint: str, body: bytes,
                  ident: Identity, user: str, source: str, started: float) -> Response:
        method = request.method
        now = self.clock()
        site.sim.advance_to(now)
        r = site.renderer
        if endpoint == "ping" and method == "GET":
            return _json(self._ping(site, user, source), started=started)
        head, _, tail = endpoint.partition("/")
        if ident.result is AuthResult.REJECTED:
            return self._auth_rejected(site, head, tail, method, user, source)
        params = request.query_params
        if method == "GET" and endpoint == "nodes":
            if _unchanged(params.get("update_time"), site.sim.nodes_last_update):
                return Response(status_code=304)
            return _json(r.nodes_answer(user, source), started=started)
        if method == "GET" and head == "node" and tail:
            node = site.sim.node_by_name(tail)
            if node is None:
                return self._error(site, user, source, 404, "nodes", {"last_update": num(0)},
                                   f"Unable to query node {tail}", 2018,
                                   "Invalid node name specified", "_handle_node_get")
            return _json(r.node_answer(node, user, source), started=started)
        if method == "GET" and endpoint == "partitions":
            if _unchanged(params.get("update_time"), site.sim.partitions_last_update):
                return Response(status_code=304)
            return _json(r.partitions_answer(user, source), started=started)
        if method == "GET" and head == "partition" and tail:
            part = site.sim.partition_by_name.get(tail)
            if part is None:
                return self._error(site, user, source, 404, "partitions",
                                   {"last_update": num(0)},
                                   f"Unable to query partition {tail}", 2000,
                                   "Invalid partition name specified", "_handle_partition_get")
            return _json(r.partitions_answer(user, source, only=part), started=started)
        if method == "GET" and endpoint == "jobs":
            if _unchanged(params.get("update_time"), site.sim.jobs_last_update):
                return Response(status_code=304)
            return _json(r.jobs_answer(user, source), started=started)
        if head == "job" and tail == "submit" and method == "POST":
            return self._submit(site, body, user, source, now, started)
        if head == "job" and tail and method == "GET":
            jobs = site.sim.job_family(int(tail)) if tail.isdigit() else []
            if not jobs:
                return self._unknown_job(site, user, source, tail)
            return _json(r.jobs_answer(user, source, jobs), started=started)
        if head == "job" and tail and method == "DELETE":
            if not tail.isdigit():
                return self._unknown_job(site, user, source, tail)
            outcome = site.sim.cancel(int(tail), user, now)
            errors = []
            if outcome.error_number:
                errors.append(error_entry(f"Unable to cancel JobId={tail}",
                                          outcome.error_number, outcome.error,
                                          "slurm_kill_job2()"))
            doc = template("cancel_response")
            return _json(r.envelope("status", b"", {}, user, source, errors=errors,
                                    warnings=list(doc["warnings"])),
                         outcome.http_status, started=started)
        return self._not_found(site, user, source, f"/slurm/{API_VERSION}/{endpoint}")

    # -- answers ---------------------------------------------------------------------------
    def _openapi_bytes(self, version: str, cluster: str) -> bytes:
        key = (version, cluster)
        data = self._openapi.get(key)
        if data is None:
            data = dumps(openapi_document(version, cluster))
            self._openapi[key] = data
        return data

    def _ping(self, site: SiteRuntime, user: str, source: str) -> bytes:
        pings = [dict(template("ping")["pings"][0])]
        pings[0]["hostname"] = f"{site.cluster}-slurmctld"
        pings[0]["latency"] = 800 + (int(site.sim.now) % 7) * 90
        return site.renderer.envelope("pings", dumps(pings)[1:-1], {}, user, source)

    def _envelope_error(self, site: SiteRuntime, user: str, source: str,
                        lead: dict[str, Any], errors: list[dict[str, Any]]) -> bytes:
        doc: dict[str, Any] = dict(lead)
        doc["meta"] = meta(site.cluster, user, source)
        doc["errors"] = errors
        doc["warnings"] = []
        return dumps(doc)

    def _error(self, site: SiteRuntime, user: str, source: str, status: int, key: str | None,
               extra: dict[str, Any], description: str, number: int, error: str,
               origin: str) -> Response:
        lead: dict[str, Any] = {key: []} if key else {}
        lead.update(extra)
        body = self._envelope_error(site, user, source, lead,
                                    [error_entry(description, number, error, origin)])
        return _json(body, status)

    def _unknown_job(self, site: SiteRuntime, user: str, source: str, job_id: str) -> Response:
        return self._error(site, user, source, 404, "jobs",
                           {"last_backfill": num(0), "last_update": num(0)},
                           f"Unable to query JobId={job_id}", 2017,
                           "Invalid job id specified", "_handle_job_get")

    def _auth_rejected(self, site: SiteRuntime, head: str, tail: str, method: str,
                       user: str, source: str) -> Response:
        err = "Protocol authentication error"
        if head == "nodes" or head == "node":
            return self._error(site, user, source, 511, "nodes", {"last_update": num(0)},
                               "Unable to query nodes", 1007, err, "slurm_load_node()")
        if head in ("partitions", "partition"):
            return self._error(site, user, source, 511, "partitions", {"last_update": num(0)},
                               "Unable to query partitions", 1007, err,
                               "slurm_load_partitions()")
        if head == "job" and tail == "submit":
            return self._error(site, user, source, 511, None, {},
                               "Batch job submission failed", 1007, err,
                               "slurm_submit_batch_job()")
        if head == "job" and method == "DELETE":
            return self._error(site, user, source, 511, "status", {},
                               f"Unable to cancel JobId={tail}", 1007, err,
                               "slurm_kill_job2()")
        return self._error(site, user, source, 511, "jobs",
                           {"last_backfill": num(0), "last_update": num(0)},
                           "Unable to query jobs", 1007, err, "slurm_load_jobs()")

    def _controller_down(self, site: SiteRuntime, user: str, source: str) -> Response:
        return self._error(site, user, source, 500, None, {},
                           "Unable to contact slurm controller", 1001,
                           "Unable to contact slurm controller (connect failure)",
                           "slurm_load_ctl_conf()")

    def _not_found(self, site: SiteRuntime, user: str, source: str, path: str) -> Response:
        return self._error(site, user, source, 404, None, {},
                           f"Unable find requested URL: {path}", 9003,
                           "Requested REST path not found", "rest_router")

    def _submit(self, site: SiteRuntime, body: bytes, user: str, source: str, now: float,
                started: float) -> Response:
        try:
            doc = json.loads(body) if body else None
        except ValueError:
            doc = None
        if doc is None:
            return self._error(site, user, source, 400, None, {},
                               "Unable to parse request body as JSON", 9001,
                               "Failure during parsing", "parse_http()")
        outcome = site.sim.submit(doc, user, now)
        warnings = [{"description": text, "source": "slurm_submit_batch_job()"}
                    for text in outcome.warnings]
        if outcome.job_id is None:
            lead: dict[str, Any] = {}
            payload = self._envelope_error(site, user, source, lead, [error_entry(
                "Batch job submission failed", outcome.error_number, outcome.error,
                "slurm_submit_batch_job()")])
            return _json(payload, outcome.http_status, started=started)
        answer = {"job_id": outcome.job_id, "step_id": "batch", "job_submit_user_msg": "",
                  "meta": meta(site.cluster, user, source), "errors": [],
                  "warnings": warnings}
        return _json(dumps(answer), started=started)

    @staticmethod
    def _maybe_malformed(response: Response, fault: FaultMode | None) -> Response:
        if fault is not FaultMode.MALFORMED or response.status_code == 304:
            return response
        body = bytes(response.body)
        cut = body[: max(1, len(body) // 2)] + b"\x00<!-- upstream reset -->"
        return Response(content=cut, status_code=200, media_type=_JSON)


def _unchanged(update_time: str | None, last_update: int) -> bool:
    """True when the client's ``update_time`` is at or after the last change."""
    if not update_time:
        return False
    text = update_time.strip().removeprefix("uts")  # Slurm also takes ``uts<epoch>``
    try:
        since = int(float(text))
    except ValueError:
        return False
    return since >= last_update
