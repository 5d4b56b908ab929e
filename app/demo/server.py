"""Assemble the demo federation: a Hub plus one simulated slurmrestd per site, one ASGI app.

``/sites/<site_id>/...`` goes to the simulated sites, everything else to the Hub (FastAPI),
which also carries the demo's own routes: ``GET /v1/demo/credentials`` (the open demo
user and token of every site) and ``GET``/``POST /v1/demo/faults``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, Field
from starlette.types import Receive, Scope, Send

from app.demo.auth import CredentialBook, TokenSigner
from app.demo.clock import SimClock
from app.demo.faults import MODES, FaultBook, FaultError
from app.demo.history_model import SimulatedHistory
from app.demo.render import SiteRenderer
from app.demo.simulator import Federation
from app.demo.slurm_api import SiteRuntime, SitesApp
from app.demo.spec import SiteSpec, site_entries, site_specs
from app.hub import routes_support
from app.hub.app import create_app
from app.hub.problems import Problem
from app.hub.routes_history import history_router
from app.hub.triage import demo_router as triage_demo_router

Clock = Callable[[], float]

FaultModeName = Literal["slow", "down", "http500", "malformed", "badversion"]


class FaultRequest(BaseModel):
    """Body of ``POST /v1/demo/faults``; ``mode: null`` clears the site's fault."""

    site_id: str = Field(min_length=1)
    mode: FaultModeName | None = None


class ClockRequest(BaseModel):
    """Body of ``POST /v1/demo/clock``."""

    paused: bool


class DemoApp:
    """The ASGI entry point: routes ``/sites/`` to the sites, the rest to the Hub."""

    def __init__(self, hub: FastAPI, sites: SitesApp) -> None:
        self.hub = hub
        self.sites = sites

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/sites/"):
            await self.sites(scope, receive, send)
        else:
            await self.hub(scope, receive, send)


@dataclass
class DemoServer:
    """Everything one running demo federation is made of."""

    app: DemoApp
    hub: FastAPI
    federation: Federation
    runtimes: dict[str, SiteRuntime]
    faults: FaultBook
    credentials: CredentialBook
    specs: list[SiteSpec]
    clock: Clock
    wall_clock: Clock

    def advance(self) -> None:
        """Bring every site to the current clock and pre-render what changed."""
        now = self.clock()
        for runtime in self.runtimes.values():
            with runtime.lock:
                runtime.sim.advance_to(now)
                runtime.renderer.prerender()


def _demo_router(server: Callable[[], DemoServer]) -> APIRouter:
    router = APIRouter(prefix="/v1/demo", tags=["demo"])

    @router.get("/credentials", summary="The open demo user and token of every site")
    async def credentials() -> dict[str, Any]:
        demo = server()
        return {"credentials": [
            {"site_id": c.site_id, "user": c.user, "token": c.token,
             "expires_at": c.expires_at}
            for c in demo.credentials.current(demo.wall_clock())]}

    @router.get("/faults", summary="Faults currently applied to demo sites")
    async def list_faults() -> dict[str, Any]:
        demo = server()
        return {"faults": demo.faults.as_list(), "modes": list(MODES),
                "slow_seconds": demo.faults.slow_seconds}

    @router.post("/faults", summary="Set (or clear with mode null) one site's fault")
    async def set_fault(body: FaultRequest) -> dict[str, Any]:
        demo = server()
        try:
            demo.faults.set(body.site_id, body.mode)
        except FaultError as exc:
            raise Problem(404 if str(exc).startswith("site_id") else 422, str(exc),
                          kind="unknown-site" if str(exc).startswith("site_id")
                          else "validation") from None
        return {"faults": demo.faults.as_list(), "modes": list(MODES),
                "slow_seconds": demo.faults.slow_seconds}

    def clock_state(demo: DemoServer) -> dict[str, Any]:
        clock = demo.clock
        return {"now": clock(), "paused": bool(getattr(clock, "paused", False)),
                "time_scale": getattr(clock, "scale", 1.0)}

    @router.get("/clock", summary="The simulated time")
    async def get_clock() -> dict[str, Any]:
        return clock_state(server())

    @router.post("/clock", summary="Pause or resume the simulated time")
    async def set_clock(body: ClockRequest) -> dict[str, Any]:
        demo = server()
        if not isinstance(demo.clock, SimClock):
            raise Problem(409, "clock: this demo runs on an external clock", kind="conflict")
        if body.paused:
            demo.clock.pause()
        else:
            demo.clock.resume()
        return clock_state(demo)

    return router


def build_demo(registry_doc: dict[str, Any], *, seed: int, base_url: str,
               faults: Iterable[str] = (), clock: Clock | None = None,
               wall_clock: Clock = time.time, slow_seconds: float = 4.0,
               user: str = "demo", prerender: bool = True) -> DemoServer:
    """Build the demo federation for ``registry_doc`` served at ``base_url``.

    ``clock`` gives the simulated time (default: a pausable ``SimClock`` on wall time);
    ``wall_clock`` is used for token lifetimes. ``faults`` are ``SITE=MODE`` strings.
    """
    sim_clock: Clock = clock if clock is not None else SimClock(wall=wall_clock)
    specs = site_specs(registry_doc)
    federation = Federation(specs, seed, sim_clock())
    runtimes: dict[str, SiteRuntime] = {}
    signers: dict[str, TokenSigner] = {}
    for site_id, sim in federation.sites.items():
        signer = TokenSigner()
        signers[site_id] = signer
        renderer = SiteRenderer(sim)
        if prerender:
            renderer.prerender()
        runtimes[site_id] = SiteRuntime(sim=sim, renderer=renderer, signer=signer)
    book = FaultBook(runtimes, slow_seconds=slow_seconds)
    for spec in faults:
        book.apply_spec(spec)
    credentials = CredentialBook(signers, user=user)
    sites_app = SitesApp(runtimes, book, sim_clock, wall_clock)
    entries = site_entries(specs, base_url)
    for entry in entries:
        entry["partition_hint"] = federation.sites[entry["site_id"]].default_partition().name
    holder: list[DemoServer] = []
    routers = [routes_support.router, _demo_router(lambda: holder[0]),
               history_router(SimulatedHistory(federation, sim_clock)),
               triage_demo_router(registry_doc, seed=seed, wall_clock=wall_clock)]
    hub = create_app(registry_doc, sites=entries, routers=routers)
    server = DemoServer(app=DemoApp(hub, sites_app), hub=hub, federation=federation,
                        runtimes=runtimes, faults=book, credentials=credentials, specs=specs,
                        clock=sim_clock, wall_clock=wall_clock)
    holder.append(server)
    return server
