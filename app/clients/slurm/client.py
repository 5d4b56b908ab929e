"""A Slurm REST (slurmrestd) client over an injected ``requests.Session``.

One client talks to one site. It reads the versions the site serves from
``/openapi/v3``, picks the newest one it has a parser for, and returns domain objects.
Errors are domain errors carrying the server's own message. The token only ever goes
to this client's own base URL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any

from app.clients import http
from app.clients.errors import (
    AuthExpired,
    AuthFailed,
    BadPayload,
    NotFound,
    ServerError,
    SubmitRejected,
    UnsupportedApiVersion,
)
from app.clients.slurm import v0_0_4x, v0_0_38
from app.clients.slurm.common import error_numbers, messages, number
from app.domain.capacity import Job, Node, Partition
from app.domain.submission import JobSubmission, SubmitResult
from app.domain.tokens import claims

if TYPE_CHECKING:
    import requests

#: Parser module per API version, newest first.
PARSERS: dict[str, ModuleType] = {v: v0_0_4x for v in v0_0_4x.VERSIONS} | {
    v: v0_0_38 for v in v0_0_38.VERSIONS
}
SUPPORTED_VERSIONS = tuple(PARSERS)

_VERSION_IN_PATH = re.compile(r"^/slurm/(v\d+\.\d+\.\d+)/")
_AUTH_ERRNOS = {1007}  # protocol authentication error (24.11 answers it with HTTP 511)
# Slurm 22.05 (v0.0.38) has no auth error of its own: slurmctld drops the connection of a
# bad or expired token, which slurmrestd reports as -1 "Unspecified error" (reads) or 5005
# "Zero Bytes were transmitted or received" (submit, cancel), with HTTP 500.
_V38_AUTH_ERRNOS = {-1, 5005}
#: API versions whose query parser takes ``update_time`` only as ``uts<epoch>`` (Slurm 24.11
#: answers a bare number with 500/422 "Parsing of ... for timestamp failed").
_UTS_UPDATE_TIME = {"v0.0.40", "v0.0.41"}
_NOT_FOUND_ERRNOS = {2017}  # invalid job id
_SUBMIT_ERRNOS = {2000, 2014, 2015, 2016, 2019, 2034, 2035, 2036, 2045, 2050, 2072}


@dataclass(frozen=True)
class SlurmAuth:
    """User name and JWT for one site. The token is kept out of ``repr``."""

    user: str
    token: str = field(repr=False)

    def headers(self) -> dict[str, str]:
        return {"X-SLURM-USER-NAME": self.user, "X-SLURM-USER-TOKEN": self.token}


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.lstrip("v").split("."))


def served_versions(spec: Any) -> list[str]:
    """API versions named by the paths of an OpenAPI document, newest first."""
    if not isinstance(spec, Mapping) or not isinstance(spec.get("paths"), Mapping):
        raise BadPayload("openapi: the document has no 'paths' object")
    found = {m.group(1) for p in spec["paths"] if (m := _VERSION_IN_PATH.match(p))}
    return sorted(found, key=version_key, reverse=True)


class SlurmClient:
    """Typed access to one slurmrestd; plain Python, safe to use from a worker thread."""

    def __init__(
        self,
        session: requests.Session,
        base_url: str,
        auth: SlurmAuth,
        *,
        version: str | None = None,
        timeout: http.Timeout = (3.05, 15.0),
        retry: http.RetryPolicy | None = None,
    ) -> None:
        self._session = session
        self.base_url = base_url.rstrip("/")
        self._auth = auth
        self._timeout = timeout
        self._retry = retry or http.RetryPolicy()
        self.version: str | None = None
        if version is not None:
            self.use_version(version)

    # -- version -------------------------------------------------------------------------
    def use_version(self, version: str) -> None:
        if version not in PARSERS:
            raise UnsupportedApiVersion(
                f"Slurm REST API {version} is not supported (supported: "
                f"{', '.join(SUPPORTED_VERSIONS)})"
            )
        self.version = version

    @property
    def _parser(self) -> ModuleType:
        if self.version is None:
            self.negotiate()
        assert self.version is not None
        return PARSERS[self.version]

    def served_versions(self) -> list[str]:
        """Versions the site serves, read from its OpenAPI document."""
        response = self._send("GET", "/openapi/v3", idempotent=True)
        if response.status_code == 404:
            response = self._send("GET", "/openapi", idempotent=True)
        doc = self._checked(response, "openapi")
        return served_versions(doc)

    def negotiate(self) -> str:
        """Pick the newest version both the site and this client speak."""
        served = self.served_versions()
        for version in served:
            if version in PARSERS:
                self.version = version
                return version
        raise UnsupportedApiVersion(
            f"the site serves Slurm REST API {', '.join(served) or 'no known version'}; "
            f"this desk reads {', '.join(SUPPORTED_VERSIONS)}"
        )

    # -- reads ---------------------------------------------------------------------------
    def ping(self) -> list[dict[str, Any]]:
        doc = self._get("ping", "ping")
        pings = doc.get("pings") if isinstance(doc, dict) else None
        if not isinstance(pings, list):
            raise BadPayload("ping: field 'pings' is missing or not a list")
        return pings

    def nodes(self, update_time: int | None = None) -> tuple[list[Node], int | None] | None:
        """Nodes and the site's ``last_update``; ``None`` when unchanged since ``update_time``."""
        params = self._since(update_time)
        path = self._path("nodes")
        response = self._send("GET", path, idempotent=True, params=params)
        if response.status_code == 304:
            return None
        if params is not None and response.status_code == 500 and not (
            error_numbers(self._json_or_none(response)) & _AUTH_ERRNOS
        ):
            # slurmrestd (22.05 and 24.11) passes update_time to its partition query too and
            # answers 500 "Unable to query partitions" when nodes changed but partitions did
            # not. Read in full instead.
            response = self._send("GET", path, idempotent=True)
        doc = self._checked(response, "nodes")
        result: tuple[list[Node], int | None] = self._parser.parse_nodes(doc)
        return result

    def partitions(self) -> list[Partition]:
        doc = self._get("partitions", "partitions")
        result: list[Partition] = self._parser.parse_partitions(doc)
        return result

    def jobs(self, update_time: int | None = None) -> tuple[list[Job], int | None] | None:
        """Jobs and the answer's ``last_update``; ``None`` when unchanged since ``update_time``.

        Sites that ignore ``update_time`` for jobs simply answer in full.
        """
        params = self._since(update_time)
        response = self._send("GET", self._path("jobs"), idempotent=True, params=params)
        if response.status_code == 304:
            return None
        doc = self._checked(response, "jobs")
        jobs: list[Job] = self._parser.parse_jobs(doc)
        last_update = number(doc.get("last_update")) if isinstance(doc, dict) else None
        if params is not None and not jobs and not last_update:
            # Slurm 24.11 (v0.0.40-42) says "unchanged" with 200, no jobs and last_update 0.
            return None
        return jobs, last_update

    def job(self, job_id: int) -> list[Job]:
        """The job (or, for an array, its tasks)."""
        result: list[Job] = self._parser.parse_jobs(self._get(f"job/{job_id}", f"job {job_id}"))
        if not result:
            raise NotFound(f"job {job_id} is not known to the site", status=200)
        return result

    # -- writes --------------------------------------------------------------------------
    def submit_body(self, submission: JobSubmission) -> dict[str, Any]:
        """The exact JSON the desk would POST (shown to people before they submit)."""
        body: dict[str, Any] = self._parser.submit_body(submission)
        return body

    def submit(self, submission: JobSubmission) -> SubmitResult:
        """Submit once (never retried here: the ledger decides about retries)."""
        response = self._send("POST", self._path("job/submit"), idempotent=False,
                              json_body=self.submit_body(submission))
        doc = self._json_or_none(response)
        result = self._parser.parse_submit(doc) if doc is not None else None
        if isinstance(result, SubmitResult):
            return result
        self._raise_for(response, doc, "submit", submit=True)
        raise BadPayload("submit: the answer carries no job_id", status=response.status_code)

    def cancel(self, job_id: int) -> list[str]:
        """Cancel a job; returns any warnings the server sent."""
        response = self._send("DELETE", self._path(f"job/{job_id}"), idempotent=False)
        doc = self._checked(response, f"cancel job {job_id}")
        return messages(doc, "warnings")

    # -- plumbing ------------------------------------------------------------------------
    def _since(self, update_time: int | None) -> dict[str, str] | None:
        if not update_time:
            return None
        if self.version is None:
            self.negotiate()
        prefix = "uts" if self.version in _UTS_UPDATE_TIME else ""
        return {"update_time": f"{prefix}{update_time}"}

    def _path(self, tail: str) -> str:
        if self.version is None:
            self.negotiate()
        return f"/slurm/{self.version}/{tail}"

    def _get(self, tail: str, what: str) -> Any:
        return self._checked(self._send("GET", self._path(tail), idempotent=True), what)

    def _send(self, method: str, path: str, *, idempotent: bool,
              params: Mapping[str, str] | None = None, json_body: Any = None) -> requests.Response:
        token_claims = claims(self._auth.token)
        if token_claims is not None and token_claims.expired(datetime.now(UTC)):
            expiry = token_claims.expires_at
            when = expiry.isoformat(timespec="minutes") if expiry else ""
            raise AuthExpired(f"the token for user {self._auth.user} expired at {when}; "
                              "get a new one and update the site's credentials")
        return http.request(
            self._session, method, self.base_url + path, timeout=self._timeout,
            headers=self._auth.headers(), params=params, json_body=json_body,
            retry=self._retry if idempotent else http.NO_RETRY,
        )

    @staticmethod
    def _json_or_none(response: requests.Response) -> Any:
        try:
            return http.decode_json(response, "answer")
        except BadPayload:
            return None

    def _checked(self, response: requests.Response, what: str) -> Any:
        if response.status_code == 200:
            doc = http.decode_json(response, what)
            if error_numbers(doc) & _AUTH_ERRNOS:
                raise AuthFailed(f"{what}: the site refused the token",
                                 server_message="; ".join(messages(doc, "errors")), status=200)
            return doc
        doc = self._json_or_none(response)
        self._raise_for(response, doc, what)
        raise AssertionError("unreachable")

    def _raise_for(self, response: requests.Response, doc: Any, what: str,
                   *, submit: bool = False) -> None:
        status = response.status_code
        server = "; ".join(messages(doc, "errors")) if doc is not None else (
            response.text[:200].strip())
        numbers = error_numbers(doc)
        if (status == 500 and numbers and numbers <= _V38_AUTH_ERRNOS
                and self.version in v0_0_38.VERSIONS and (not submit or 5005 in numbers)):
            # v0.0.38 answers a bad or expired token with a bare 500 (see _V38_AUTH_ERRNOS).
            raise AuthFailed(f"{what}: the site could not run the request for "
                             f"{self._auth.user} (HTTP 500, likely a bad or expired token)",
                             server_message=server, status=status)
        if status in (401, 403, 511) or numbers & _AUTH_ERRNOS:
            raise AuthFailed(f"{what}: the site refused the credentials of {self._auth.user} "
                             f"(HTTP {status})", server_message=server, status=status)
        if status == 404 or numbers & _NOT_FOUND_ERRNOS:
            raise NotFound(f"{what}: not found on the site (HTTP {status})",
                           server_message=server, status=status)
        if submit and (numbers & _SUBMIT_ERRNOS or 400 <= status < 600):
            raise SubmitRejected(f"the scheduler refused the job (HTTP {status})",
                                 server_message=server, status=status)
        raise ServerError(f"{what}: the site answered HTTP {status}",
                          server_message=server, status=status)
