"""The federation the desk shows: registry, sites and their credentials, and polling.

Start-up order: the bundled registry and the cached capacity first (so the window has
something true to show at once, even offline), then the Hub's registry and live polls.
All loading happens off the UI thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.clients.errors import ClientError, RegistryRejected
from app.domain.registry import (
    Registry,
    RegistryInvalid,
    parse_registry,
    registry_document,
    validate_document,
)
from app.services.history import CachedCapacity, HistoryDb
from app.services.poller import Poller
from app.services.reconnect import HubReconnector
from app.services.site_fetch import SiteTarget
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    from app.clients.hub import DemoCredential

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HubAnswer:
    registry: Registry
    document: dict[str, Any]
    credentials: tuple[DemoCredential, ...]


def load_offline(resources: Path, cache_file: Path,
                 history: HistoryDb | None) -> tuple[Registry, list[CachedCapacity], str]:
    """The last registry seen (or the bundled one) and the cached capacity."""
    note = ""
    registry: Registry | None = None
    if cache_file.exists():
        try:
            registry = parse_registry(json.loads(cache_file.read_text("utf-8")))
        except (ValueError, RegistryInvalid) as exc:
            note = f"the cached registry could not be read ({exc}); using the bundled one"
    if registry is None:
        registry = parse_registry(registry_document(resources / "federation"))
    cached = history.last_capacities() if history is not None else []
    return registry, cached, note


def fetch_hub(url: str, schema_dir: Path, *, demo: bool) -> HubAnswer:
    """Read and validate the Hub's registry (and the demo's credentials)."""
    import requests  # on a worker thread, after the window is up

    from app.clients.hub import HubClient

    with requests.Session() as session:
        hub = HubClient(session, url)
        document = hub.registry()
        problems = validate_document(document, schema_dir)
        if problems:
            raise RegistryRejected(
                f"the Hub's registry failed validation ({len(problems)} problem(s)); "
                f"first: {problems[0]}", problems)
        try:
            registry = parse_registry(document)
        except RegistryInvalid as exc:
            raise RegistryRejected(f"the Hub's registry could not be read: {exc}",
                                   list(exc.problems)) from None
        credentials = tuple(hub.demo_credentials()) if demo else ()
    return HubAnswer(registry, document, credentials)


class Federation(QObject):
    """Owns the registry and the list of polled sites.

    Signals:
        registry_changed(object): a new ``Registry`` is in force.
        status(str): a short progress sentence for the status bar.
        problem(str): something went wrong that people should read (no dialog storm:
            views show it in place).
    """

    registry_changed = Signal(object)
    status = Signal(str)
    problem = Signal(str)

    def __init__(self, runner: TaskRunner, poller: Poller, store: SnapshotStore, *,
                 resources: Path, cache_file: Path, history: HistoryDb | None,
                 plan: Callable[[Mapping[str, float]], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._poller = poller
        self._store = store
        self._resources = resources
        self._cache_file = cache_file
        self._history = history
        self._plan = plan
        self.registry: Registry | None = None
        self.hub_url: str | None = None
        self.demo = False
        self._extra_targets: dict[str, SiteTarget] = {}
        self._current: dict[str, SiteTarget] = {}
        poller.site_read.connect(store.apply_read)
        poller.site_failed.connect(store.apply_failure)
        #: Retries the Hub in the background (with backoff) after it could not be read.
        self.reconnect = HubReconnector(self._retry_hub, parent=self)

    # -- offline start ------------------------------------------------------------------
    def start_offline(self) -> None:
        resources, cache_file, history = self._resources, self._cache_file, self._history
        self._runner.submit(lambda: load_offline(resources, cache_file, history),
                            on_result=self._offline_loaded, on_error=self._offline_failed)

    def _offline_loaded(self, result: tuple[Registry, list[CachedCapacity], str]) -> None:
        registry, cached, note = result
        if self.registry is None:
            self._set_registry(registry)
        self._store.load_cache(cached)
        if note:
            self.problem.emit(note)

    def _offline_failed(self, error: BaseException) -> None:
        self.problem.emit(self.tr("The bundled registry could not be loaded: %1")
                          .replace("%1", str(error)))

    # -- live ---------------------------------------------------------------------------
    def connect_hub(self, url: str, *, demo: bool) -> None:
        self.hub_url, self.demo = url, demo
        self.status.emit(self.tr("reading the registry from %1").replace("%1", url))
        schema_dir = self._resources / "federation" / "schema"
        self._runner.submit(lambda: fetch_hub(url, schema_dir, demo=demo),
                            on_result=self._hub_answered, on_error=self._hub_failed,
                            key="hub")

    def _hub_answered(self, answer: HubAnswer) -> None:
        if self.reconnect.failures:
            self.problem.emit("")  # the Hub is back: clear the offline notice
        self.reconnect.succeeded()
        self._set_registry(answer.registry)
        creds = {c.site_id: c for c in answer.credentials}
        targets = []
        for site in answer.registry.sites:
            cred = creds.get(site.site_id)
            if cred is None:
                log.warning("no credentials for site %s; it is not polled", site.site_id)
                continue
            targets.append(SiteTarget(site.site_id, site.url, cred.user, cred.token,
                                      simulated=site.simulated))
        if self._plan is not None:
            sizes = {s.id: float(s.gpu_nodes) for s in answer.registry.systems}
            self._plan({site.site_id: sizes.get(site.system_id, 1.0)
                        for site in answer.registry.sites})
        self._set_targets(targets)
        self.status.emit(self.tr("polling %1 sites").replace(
            "%1", str(len(targets) + len(self._extra_targets))))
        document, cache_file = answer.document, self._cache_file
        self._runner.submit(lambda: _write_atomic(cache_file, document),
                            on_error=lambda e: log.warning("registry cache not written: %s", e))

    def _hub_failed(self, error: BaseException) -> None:
        text = error.detail if isinstance(error, ClientError) else str(error)
        delay = self.reconnect.failed()
        if self.reconnect.failures == 1:  # once, not at every retry
            self.problem.emit(self.tr("The Hub could not be read: %1. Showing the last data "
                                      "seen; retrying in the background.").replace("%1", text))
        self.status.emit(self.tr("offline — retrying the Hub in %1 s").replace(
            "%1", f"{delay:.0f}"))
        if isinstance(error, RegistryRejected):
            for line in error.problems[:20]:
                log.error("registry problem: %s", line)

    def add_site(self, target: SiteTarget) -> None:
        """A site connected by hand (URL, user, token) joins the polled sites."""
        self._extra_targets[target.site_id] = target
        self._set_targets([t for sid, t in self._current.items()
                           if sid not in self._extra_targets])

    def targets(self) -> dict[str, SiteTarget]:
        """Every polled site (demo and connected by hand), with its URL, user and token."""
        return dict(self._current)

    def _set_targets(self, hub_targets: list[SiteTarget]) -> None:
        targets = {t.site_id: t for t in hub_targets} | self._extra_targets
        self._current = targets
        self._store.set_sites((t.site_id, t.simulated) for t in targets.values())
        self._poller.set_sites(targets.values())
        self._poller.start()

    def _set_registry(self, registry: Registry) -> None:
        self.registry = registry
        self.registry_changed.emit(registry)

    def refresh_now(self) -> None:
        self.reconnect.retry_now()
        self._poller.refresh_now()

    def _retry_hub(self) -> None:
        if self.hub_url is not None:
            self.connect_hub(self.hub_url, demo=self.demo)

    def stop(self) -> None:
        """At quit: no more retries of the Hub."""
        self.reconnect.stop()


def _write_atomic(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    tmp.replace(path)
