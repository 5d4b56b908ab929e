"""The triage inbox service: loads the queue off the UI thread, applies edits.

A thin QObject over :class:`HubTriageClient`; every network call runs on the
:class:`TaskRunner`. A stale edit (412) is not an error: ``conflict`` carries the
change the user tried and the server's current request, and :meth:`retry` re-sends the
change with the server's version ("keep mine").

Signals:
    loaded(list, int): the queue (``TriageRequest``s) and the total that match.
    request_updated(object): a request after a change (or a fresh get).
    history_loaded(int, list): request id and its ``AuditEntry`` list.
    conflict(object, object): ``PendingEdit`` (mine) and ``TriageRequest`` (theirs).
    failed(str): a load or edit failed; the text says why.
    busy(bool): a load is running.
    exported(str): an export was written to this path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.clients.errors import ClientError
from app.clients.hub_triage import HubTriageClient, InvalidInput, TriageConflict
from app.domain.registry import Registry
from app.domain.triage import TriageRequest
from app.domain.triage_routing import (
    CentreProfile,
    FactoryProfile,
    Suggestion,
    facts_of,
    profiles_from_registry,
    suggest,
)
from app.services.site_state import SiteState
from app.services.tasks import TaskRunner


@dataclass(frozen=True)
class PendingEdit:
    """A change the user made to a request as they saw it (``base``)."""

    base: TriageRequest
    changes: Mapping[str, Any] = field(default_factory=dict)


def default_user() -> str:
    """Who the desk acts as on the Hub (``X-Hub-User``): the login name."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "desk"


def client_factory(hub_url: Callable[[], str | None],
                   user: str) -> Callable[[], HubTriageClient | None]:
    """A triage client for whatever Hub is connected now (None before one is)."""
    import requests

    session = requests.Session()
    cache: dict[str, HubTriageClient] = {}

    def get() -> HubTriageClient | None:
        url = hub_url()
        if not url:
            return None
        if url not in cache:
            cache.clear()
            cache[url] = HubTriageClient(session, url, user=user)
        return cache[url]

    return get


def idle_by_factory(states: Mapping[str, SiteState],
                    registry: Registry | None) -> dict[str, dict[str, int]]:
    """Live idle GPUs per factory and GPU type, from the snapshot store's site states."""
    if registry is None:
        return {}
    factory_of = {s.site_id: s.factory_id for s in registry.sites}
    out: dict[str, dict[str, int]] = {}
    for site_id, state in states.items():
        factory = factory_of.get(site_id)
        if factory is None or state.capacity is None:
            continue
        per_type = out.setdefault(factory, {})
        for gtype, totals in state.capacity.totals.items():
            per_type[gtype] = per_type.get(gtype, 0) + totals.idle
    return out


class TriageService(QObject):
    """The desk side of the triage inbox; see the module docstring for its signals."""

    loaded = Signal(list, int)
    request_updated = Signal(object)
    history_loaded = Signal(int, list)
    conflict = Signal(object, object)
    failed = Signal(str)
    busy = Signal(bool)
    exported = Signal(str)

    def __init__(self, runner: TaskRunner, client: Callable[[], HubTriageClient | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._client = client
        self.filters: dict[str, str] = {}
        self.query: str = ""
        self.sort = "-created_at"
        self._factories: list[FactoryProfile] = []
        self._centres: list[CentreProfile] = []
        self._idle: dict[str, dict[str, int]] | None = None
        self._idle_source: Callable[[], dict[str, dict[str, int]]] | None = None
        self._open_by_centre: dict[str, int] = {}
        self.registry: Registry | None = None

    @property
    def user(self) -> str:
        client = self._client()
        return client.user if client is not None else ""

    # -- loading -------------------------------------------------------------------------
    def _with_client(self) -> HubTriageClient | None:
        client = self._client()
        if client is None:
            self.failed.emit(self.tr("Not connected to a Hub yet."))
        return client

    def reload(self) -> None:
        client = self._with_client()
        if client is None:
            return
        filters, q, sort = dict(self.filters), self.query, self.sort

        def work() -> tuple[list[TriageRequest], int, dict[str, int]]:
            items = client.list_all(filters=filters, q=q or None, sort=sort)
            stats = client.stats()
            counts = stats.get("open_by_centre")
            return items, len(items), dict(counts) if isinstance(counts, dict) else {}

        self.busy.emit(True)
        self._runner.submit(work, on_result=self._on_loaded, on_error=self._on_error,
                            key="triage.reload")

    def _on_loaded(self, result: tuple[list[TriageRequest], int, dict[str, int]]) -> None:
        items, total, counts = result
        self._open_by_centre = counts
        self.busy.emit(False)
        self.loaded.emit(items, total)

    def _on_error(self, error: BaseException) -> None:
        self.busy.emit(False)
        self.failed.emit(str(error) if isinstance(error, ClientError) else repr(error))

    def load_history(self, request_id: int) -> None:
        client = self._with_client()
        if client is None:
            return
        self._runner.submit(lambda: client.history(request_id),
                            on_result=lambda h: self.history_loaded.emit(request_id, h),
                            on_error=self._on_error, key=f"triage.history.{request_id}")

    # -- editing -------------------------------------------------------------------------
    def apply(self, edit: PendingEdit) -> None:
        """PATCH ``edit.changes`` at the version the user saw; 412 → ``conflict``."""
        client = self._with_client()
        if client is None:
            return
        base = edit.base

        def work() -> TriageRequest:
            return client.patch(base.id, dict(edit.changes), version=base.version)

        def error(exc: BaseException) -> None:
            if isinstance(exc, TriageConflict):
                self.conflict.emit(edit, exc.current)
            else:
                self._on_error(exc)

        self._runner.submit(work, on_result=self._on_updated, on_error=error)

    def retry(self, edit: PendingEdit, theirs: TriageRequest) -> None:
        """Keep mine: send the same change again on top of the server's version."""
        self.apply(PendingEdit(theirs, edit.changes))

    def add_note(self, request: TriageRequest, text: str) -> None:
        client = self._with_client()
        if client is None:
            return
        self._runner.submit(lambda: client.add_note(request.id, text),
                            on_result=self._on_updated, on_error=self._on_error)

    def create(self, fields: Mapping[str, Any],
               on_done: Callable[[TriageRequest], None] | None = None,
               on_refused: Callable[[str, str], None] | None = None) -> None:
        """POST a new request. ``on_refused(field, message)`` gets the Hub's refusal
        (the field it named, ``body.country``; empty when none) so a form can stay open
        and point at it; without it a refusal is ``failed`` like any error."""
        client = self._with_client()
        if client is None:
            if on_refused is not None:
                on_refused("", self.tr("Not connected to a Hub yet."))
            return

        def done(request: TriageRequest) -> None:
            self._on_updated(request)
            if on_done is not None:
                on_done(request)

        def error(exc: BaseException) -> None:
            if on_refused is None:
                self._on_error(exc)
            elif isinstance(exc, InvalidInput):
                on_refused(exc.field, exc.server_message or str(exc))
            else:
                on_refused("", str(exc) if isinstance(exc, ClientError) else repr(exc))

        self._runner.submit(lambda: client.create(dict(fields)), on_result=done,
                            on_error=error)

    def _on_updated(self, request: TriageRequest) -> None:
        self.request_updated.emit(request)
        self.load_history(request.id)

    def export(self, write: Callable[[], object], path: Path) -> None:
        """Run ``write`` (an export writer) off the UI thread; ``exported`` on success."""
        self._runner.submit(write, on_result=lambda _r: self.exported.emit(str(path)),
                            on_error=self._on_error)

    # -- suggestions ---------------------------------------------------------------------
    def set_registry(self, registry: Registry | None) -> None:
        self.registry = registry
        if registry is None:
            self._factories, self._centres = [], []
        else:
            self._factories, self._centres = profiles_from_registry(registry)

    def set_idle(self, idle: dict[str, dict[str, int]] | None) -> None:
        self._idle = idle

    def set_idle_source(self, source: Callable[[], dict[str, dict[str, int]]] | None) -> None:
        """Where live idle GPUs per factory come from, asked when suggestions are made."""
        self._idle_source = source

    def suggestions(self, request: TriageRequest, limit: int = 5) -> list[Suggestion]:
        """Ranked factory + centre suggestions (cheap: a few hundred pairs)."""
        idle = self._idle_source() if self._idle_source is not None else self._idle
        return suggest(facts_of(request.editable_values()), self._factories, self._centres,
                       idle=idle or None, open_requests=self._open_by_centre, limit=limit)
