"""Token expiry of every connected site, checked every minute, with a reminder before it ends.

Reads only the ``exp`` claim of the tokens the desk already holds in memory (never verifies
them, never logs them). A reminder is emitted once when a token enters the warning window
and once when it expires, as one sentence for the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.domain.tokens import claims
from app.services.site_fetch import SiteTarget

log = logging.getLogger(__name__)

#: Remind this long before a token runs out.
WARN_WITHIN = timedelta(hours=1)
CHECK_INTERVAL_MS = 60_000


class TokenLevel(StrEnum):
    OK = "valid"
    SOON = "expires soon"
    EXPIRED = "expired"
    UNKNOWN = "no expiry"


@dataclass(frozen=True)
class TokenState:
    """What the desk knows about one site's token (the token itself is not kept here)."""

    site_id: str
    user: str
    url: str
    simulated: bool
    expires_at: datetime | None
    level: TokenLevel

    def remaining_s(self, now: datetime) -> float | None:
        if self.expires_at is None:
            return None
        return (self.expires_at - now).total_seconds()


def format_left(seconds: float) -> str:
    """``25 min``, ``3 h``, ``2 d`` — how long is left, for people."""
    if seconds < 90 * 60:
        text = QCoreApplication.translate("TokenWatch", "%1 min")
        return text.replace("%1", str(max(1, round(seconds / 60))))
    if seconds < 48 * 3600:
        text = QCoreApplication.translate("TokenWatch", "%1 h")
        return text.replace("%1", f"{seconds / 3600:.0f}")
    text = QCoreApplication.translate("TokenWatch", "%1 d")
    return text.replace("%1", f"{seconds / 86400:.0f}")


def token_state(target: SiteTarget, now: datetime, warn_within: timedelta) -> TokenState:
    info = claims(target.token)
    expires = info.expires_at if info is not None else None
    if expires is None:
        level = TokenLevel.UNKNOWN
    elif now >= expires:
        level = TokenLevel.EXPIRED
    elif now + warn_within >= expires:
        level = TokenLevel.SOON
    else:
        level = TokenLevel.OK
    return TokenState(target.site_id, target.user, target.url, target.simulated, expires, level)


def level_text(level: TokenLevel) -> str:
    """A token's level in a word or two, for people."""
    return {TokenLevel.OK: QCoreApplication.translate("TokenWatch", "valid"),
            TokenLevel.SOON: QCoreApplication.translate("TokenWatch", "expires soon"),
            TokenLevel.EXPIRED: QCoreApplication.translate("TokenWatch", "expired"),
            TokenLevel.UNKNOWN: QCoreApplication.translate("TokenWatch", "no expiry")}[level]


def describe(state: TokenState, now: datetime) -> str:
    """The status of a token, as a cell of the credentials table."""
    if state.expires_at is None:
        return QCoreApplication.translate("TokenWatch", "the token carries no expiry date")
    when = f"{state.expires_at:%Y-%m-%d %H:%M} UTC"
    left = state.remaining_s(now) or 0.0
    if state.level is TokenLevel.EXPIRED:
        return QCoreApplication.translate("TokenWatch", "expired %1").replace("%1", when)
    text = QCoreApplication.translate("TokenWatch", "valid until %1 (%2 left)")
    return text.replace("%1", when).replace("%2", format_left(left))


def reminder_text(states: list[TokenState], now: datetime,
                  label: Callable[[str], str]) -> str:
    """One sentence for the status bar about tokens that expire soon or have expired."""
    expired = [s for s in states if s.level is TokenLevel.EXPIRED]
    soon = [s for s in states if s.level is TokenLevel.SOON]
    parts = []
    if expired:
        names = ", ".join(label(s.site_id) for s in expired)
        text = (QCoreApplication.translate("TokenWatch", "The token for %1 has expired")
                if len(expired) == 1
                else QCoreApplication.translate("TokenWatch", "The tokens for %1 have expired"))
        parts.append(text.replace("%1", names))
    if soon:
        first = min(soon, key=lambda s: s.remaining_s(now) or 0.0)
        names = ", ".join(label(s.site_id) for s in soon)
        left = format_left(first.remaining_s(now) or 0.0)
        text = (QCoreApplication.translate("TokenWatch", "the token for %1 expires in %2")
                if len(soon) == 1
                else QCoreApplication.translate("TokenWatch",
                                                "the tokens for %1 expire within %2"))
        parts.append(text.replace("%1", names).replace("%2", left))
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + QCoreApplication.translate(
        "TokenWatch", " — renew in File › Sites & credentials.")


class TokenWatch(QObject):
    """Checks every site's token expiry with a timer.

    Signals:
        reminder(str): a token entered the warning window or expired (a sentence for the
            status bar; emitted once per site and level).
        changed(): the token states were recomputed (for the credentials dialog).
    """

    reminder = Signal(str)
    changed = Signal()

    def __init__(self, targets: Callable[[], Mapping[str, SiteTarget]], *,
                 warn_within: timedelta = WARN_WITHIN, interval_ms: int = CHECK_INTERVAL_MS,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 label: Callable[[str], str] = str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._targets = targets
        self.warn_within = warn_within
        self._clock = clock
        self.label = label
        self._told: dict[str, TokenLevel] = {}
        self._states: list[TokenState] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def states(self) -> list[TokenState]:
        return list(self._states)

    def now(self) -> datetime:
        return self._clock()

    def check(self) -> list[TokenState]:
        """Recompute every token's state; emit a reminder for what is new."""
        now = self._clock()
        states = [token_state(t, now, self.warn_within)
                  for t in sorted(self._targets().values(), key=lambda t: t.site_id)]
        self._states = states
        news = []
        for state in states:
            told = self._told.get(state.site_id)
            if state.level in (TokenLevel.SOON, TokenLevel.EXPIRED) and told is not state.level:
                news.append(state)
            self._told[state.site_id] = state.level
        if news:
            text = reminder_text(news, now, self.label)
            log.info("token reminder: %s", text)
            self.reminder.emit(text)
        self.changed.emit()
        return states
