"""Connecting a site by hand: test it off the UI thread, keep the token in the keyring,
remember the site, and hand it to the poller.

Every keyring and file access runs on the task runner: a keyring prompt or a slow D-Bus
never freezes the window. Without a secure keyring the token is kept in memory for this run
only (``SecretStore`` says so) and written nowhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.clients.errors import ClientError
from app.domain.tokens import claims
from app.services.federation import Federation
from app.services.poller import new_session
from app.services.secrets import SecretStore
from app.services.site_book import ConnectedSite, SiteBook, check_url, site_id_for
from app.services.site_fetch import SiteTarget
from app.services.tasks import TaskRunner

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


def probe(url: str, user: str, token: str) -> str:
    """Negotiate and ping; returns a summary sentence or raises a ``ClientError``."""
    with new_session() as session:
        from app.clients.slurm import SlurmAuth, SlurmClient

        client = SlurmClient(session, url, SlurmAuth(user, token))
        version = client.negotiate()
        pings = client.ping()
        client.partitions()
    state = ", ".join(str(p.get("pinged") or p.get("ping") or "?") for p in pings)
    return f"connected: Slurm REST API {version}, controller {state}"


def token_note(token: str, now: datetime | None = None) -> str:
    """What people should know about a token's expiry."""
    info = claims(token)
    if info is None or info.expires_at is None:
        return "the token carries no expiry date"
    now = now or datetime.now(UTC)
    if info.expired(now):
        return f"this token expired on {info.expires_at:%Y-%m-%d %H:%M} UTC"
    hours = (info.expires_at - now).total_seconds() / 3600
    return f"token valid until {info.expires_at:%Y-%m-%d %H:%M} UTC ({hours:.0f} h from now)"


@dataclass(frozen=True)
class _Saved:
    site: ConnectedSite
    in_keyring: bool


def _store(secrets: SecretStore, book: SiteBook, site: ConnectedSite, token: str) -> _Saved:
    in_keyring = secrets.set(site.site_id, token)
    book.upsert(site)
    return _Saved(site, in_keyring)


def _restore(secrets: SecretStore,
             book: SiteBook) -> list[tuple[ConnectedSite, str | None]]:
    return [(site, secrets.get(site.site_id)) for site in book.load()]


def _forget(secrets: SecretStore, book: SiteBook, site_id: str) -> str:
    secrets.delete(site_id)
    book.remove(site_id)
    return site_id


class SiteConnector(QObject):
    """Signals:
        tested(bool, str): result of a connection test (ok, sentence).
        connected(str): a site was saved and joined the polled sites (site id).
        stored(str, bool): where its token went (site id; True = OS keyring, False = this
            session only).
        sites_changed(): the list of hand-connected sites changed (restore, save, forget).
        failed(str): saving or restoring failed (a sentence for people).
    """

    tested = Signal(bool, str)
    connected = Signal(str)
    stored = Signal(str, bool)
    sites_changed = Signal()
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, secrets: SecretStore, book: SiteBook,
                 federation: Federation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.secrets = secrets
        self._book = book
        self._federation = federation
        #: Hand-connected sites known in this run, by site id (no tokens).
        self.sites: dict[str, ConnectedSite] = {}
        #: Hand-connected sites whose token is missing (connect them again).
        self.missing_tokens: set[str] = set()

    def test(self, url: str, user: str, token: str) -> None:
        problem = check_url(url)
        if problem:
            self.tested.emit(False, problem)
            return
        self._runner.submit(lambda: probe(url, user, token),
                            on_result=lambda text: self.tested.emit(True, text),
                            on_error=self._test_failed, key="site-test")

    def _test_failed(self, error: BaseException) -> None:
        text = error.detail if isinstance(error, ClientError) else (
            f"{error.__class__.__name__}: {error}")
        self.tested.emit(False, text)

    def connect_site(self, name: str, url: str, user: str, token: str) -> str:
        """Save the site (token to the keyring, off the UI thread) and start polling it.

        Returns the site id at once; ``connected`` follows when the token is stored.
        """
        site = ConnectedSite(site_id_for(name), name.strip(), url.strip().rstrip("/"),
                             user.strip())
        secrets, book = self.secrets, self._book
        self._runner.submit(lambda: _store(secrets, book, site, token),
                            on_result=lambda saved: self._saved(saved, token),
                            on_error=lambda e: self._save_failed(site, e))
        return site.site_id

    def _saved(self, saved: _Saved, token: str) -> None:
        site = saved.site
        self.sites[site.site_id] = site
        self.missing_tokens.discard(site.site_id)
        self._federation.add_site(SiteTarget(site.site_id, site.url, site.user, token))
        self.stored.emit(site.site_id, saved.in_keyring)
        self.connected.emit(site.site_id)
        self.sites_changed.emit()

    def _save_failed(self, site: ConnectedSite, error: BaseException) -> None:
        text = (f"the site {site.name} could not be saved: "
                f"{error.__class__.__name__}: {error}")
        log.error("%s", text)
        self.failed.emit(text)

    def restore(self, on_done: Callable[[], None] | None = None) -> None:
        """Re-add the sites connected in earlier runs whose token is still available."""
        secrets, book = self.secrets, self._book

        def restored(items: list[tuple[ConnectedSite, str | None]]) -> None:
            for site, token in items:
                self.sites[site.site_id] = site
                if token is None:
                    log.info("site %s has no stored token; connect it again", site.site_id)
                    self.missing_tokens.add(site.site_id)
                    continue
                self._federation.add_site(SiteTarget(site.site_id, site.url, site.user,
                                                     token))
            self.sites_changed.emit()
            if on_done is not None:
                on_done()

        self._runner.submit(lambda: _restore(secrets, book), on_result=restored,
                            on_error=lambda e: self.failed.emit(
                                f"the connected sites could not be restored: {e}"))

    def forget(self, site_id: str) -> None:
        """Delete the site's token from the keyring and the site from the list.

        The site stops being polled at the next start (or at once, when the federation
        offers ``remove_site``).
        """
        secrets, book = self.secrets, self._book

        def forgotten(sid: str) -> None:
            self.sites.pop(sid, None)
            self.missing_tokens.discard(sid)
            remove = getattr(self._federation, "remove_site", None)
            if callable(remove):
                remove(sid)
            self.sites_changed.emit()

        self._runner.submit(lambda: _forget(secrets, book, site_id), on_result=forgotten,
                            on_error=lambda e: self.failed.emit(
                                f"the site could not be removed: {e}"))
