"""The ledger of submitted jobs: a submit is written down before it is sent, so a retried,
repeated or resumed submit never makes a second job.

Every submission gets a client-made id (uuid4 hex) that travels to the scheduler inside
the job's comment as ``aifd:<id>``. The ledger records the request, then marks it *sent*
just before the POST leaves, then *confirmed* (with the job id) or *failed*. When the
answer to a POST is lost (connection reset, timeout, a gateway error), the job is looked
up by its comment in the site's job list before anything is ever sent again.

States:

``prepared``
    recorded, not sent; nothing exists at the site, so sending it is safe.
``sent``
    the POST may have reached the site; only a look-up by comment can settle it.
``confirmed``
    the site gave (or the look-up found) the job id.
``failed``
    the scheduler refused it, or it could not be confirmed in time; never sent again.

Plain Python over SQLite (its own table in the given file, WAL journal, every write one
transaction), safe to use from worker threads.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clients.errors import (
    AuthExpired,
    AuthFailed,
    BadPayload,
    ClientError,
    ServerError,
    SiteUnreachable,
)
from app.domain.submission import JobSubmission, SubmitResult

if TYPE_CHECKING:
    from app.clients.slurm import SlurmClient

SCHEMA = """
CREATE TABLE IF NOT EXISTS job_ledger (
    submission_id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    request_json TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('prepared', 'sent', 'confirmed', 'failed')),
    job_id INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    sent_at REAL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS job_ledger_open ON job_ledger (site_id, state);
"""

TAG_PREFIX = "aifd:"
_TAG_RE = re.compile(r"\baifd:([0-9a-f]{32})\b")
#: Statuses that may come from a gateway in front of slurmrestd after the POST went through.
_GATEWAY_STATUSES = frozenset({502, 503, 504})
#: Statuses with which slurmrestd refuses a token before anything reaches the scheduler.
_AUTH_STATUSES = frozenset({401, 403, 511})
#: How long after sending a look-up that finds nothing may still be racing the POST
#: (well above the client's read timeout).
SETTLE_S = 45.0
#: Up to this age a job that was created is still in the site's job list (Slurm keeps
#: finished jobs for ``MinJobAge``, 300 s by default), so "not found" means "not created".
RESEND_WITHIN_S = 240.0


class LedgerState(StrEnum):
    PREPARED = "prepared"
    SENT = "sent"
    CONFIRMED = "confirmed"
    FAILED = "failed"


@dataclass(frozen=True)
class LedgerEntry:
    """One submission as the ledger knows it; ``request`` carries the tagged comment."""

    submission_id: str
    site_id: str
    request: JobSubmission
    state: LedgerState
    job_id: int | None
    attempts: int
    message: str
    created_at: datetime
    sent_at: datetime | None
    updated_at: datetime

    @property
    def tag(self) -> str:
        return tag_for(self.submission_id)


class LedgerRefused(ClientError):
    """The ledger will not send this submission (again): it failed earlier, or its outcome
    could not be settled in time. A person decides; a new submission gets a new id."""


class SubmitUnconfirmed(SiteUnreachable):
    """The POST may have reached the site, but no answer came and the job could not be
    found (yet). The entry stays ``sent``; ``resume`` settles it without a duplicate."""

    def __init__(self, message: str, submission_id: str, *, server_message: str = "") -> None:
        super().__init__(message, server_message=server_message)
        self.submission_id = submission_id


def new_submission_id() -> str:
    return uuid.uuid4().hex


def tag_for(submission_id: str) -> str:
    return f"{TAG_PREFIX}{submission_id}"


def tagged(submission: JobSubmission, submission_id: str) -> JobSubmission:
    """The submission with ``aifd:<id>`` in its comment (once, after any text of its own)."""
    if submission_id in submission_ids_in(submission.comment):
        return submission
    comment = " ".join(p for p in (submission.comment.strip(), tag_for(submission_id)) if p)
    return replace(submission, comment=comment)


def submission_ids_in(comment: str) -> set[str]:
    return set(_TAG_RE.findall(comment or ""))


def _to_json(submission: JobSubmission) -> str:
    data = asdict(submission)
    data["environment"] = dict(submission.environment)
    return json.dumps(data, sort_keys=True)


def _from_json(text: str) -> JobSubmission:
    data: dict[str, Any] = json.loads(text)
    known = JobSubmission.__dataclass_fields__
    return JobSubmission(**{k: v for k, v in data.items() if k in known})


def _when(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, tz=UTC)


class JobLedger:
    """Submissions per site in one SQLite file (table ``job_ledger``)."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a confirmed or sent mark survives a power cut, not only a crash.
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- writes -------------------------------------------------------------------------
    def prepare(self, site_id: str, submission: JobSubmission,
                submission_id: str | None = None) -> LedgerEntry:
        """Record a submission before anything is sent; returns the (tagged) entry."""
        sid = submission_id or new_submission_id()
        request = tagged(submission, sid)
        now = self.clock()
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO job_ledger (submission_id, site_id, request_json, state,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (sid, site_id, _to_json(request), LedgerState.PREPARED.value, now, now))
        return self._require(sid)

    def mark_sent(self, submission_id: str) -> LedgerEntry:
        """Written just before the POST leaves: from here on the job may exist."""
        now = self.clock()
        self._update(submission_id, "state = ?, attempts = attempts + 1, sent_at = ?",
                     (LedgerState.SENT.value, now))
        return self._require(submission_id)

    def unsend(self, submission_id: str, message: str) -> LedgerEntry:
        """Back to ``prepared``: the site certainly made no job (e.g. it refused the token)."""
        self._update(submission_id, "state = ?, message = ?",
                     (LedgerState.PREPARED.value, message))
        return self._require(submission_id)

    def confirm(self, submission_id: str, job_id: int, message: str = "") -> LedgerEntry:
        self._update(submission_id, "state = ?, job_id = ?, message = ?",
                     (LedgerState.CONFIRMED.value, job_id, message))
        return self._require(submission_id)

    def fail(self, submission_id: str, message: str) -> LedgerEntry:
        self._update(submission_id, "state = ?, message = ?",
                     (LedgerState.FAILED.value, message))
        return self._require(submission_id)

    def note(self, submission_id: str, message: str) -> LedgerEntry:
        self._update(submission_id, "message = ?", (message,))
        return self._require(submission_id)

    def _update(self, submission_id: str, assignments: str, values: tuple[Any, ...]) -> None:
        with self._tx() as conn:
            cursor = conn.execute(
                f"UPDATE job_ledger SET {assignments}, updated_at = ? WHERE submission_id = ?",
                (*values, self.clock(), submission_id))
            if cursor.rowcount != 1:
                raise KeyError(f"no ledger entry {submission_id}")

    # -- reads --------------------------------------------------------------------------
    def get(self, submission_id: str) -> LedgerEntry | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM job_ledger WHERE submission_id = ?", (submission_id,)).fetchone()
        return None if row is None else self._entry(row)

    def entries(self, site_id: str | None = None,
                states: Iterable[LedgerState] | None = None) -> list[LedgerEntry]:
        """Entries, oldest first, optionally of one site and in some states."""
        sql, args = "SELECT * FROM job_ledger WHERE 1 = 1", []
        if site_id is not None:
            sql += " AND site_id = ?"
            args.append(site_id)
        wanted = [s.value for s in states] if states is not None else None
        if wanted is not None:
            sql += f" AND state IN ({', '.join('?' for _ in wanted)})"
            args.extend(wanted)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY created_at, rowid", args).fetchall()
        return [self._entry(r) for r in rows]

    def _require(self, submission_id: str) -> LedgerEntry:
        entry = self.get(submission_id)
        if entry is None:
            raise KeyError(f"no ledger entry {submission_id}")
        return entry

    @staticmethod
    def _entry(row: tuple[Any, ...]) -> LedgerEntry:
        (sid, site_id, request_json, state, job_id, attempts, message, created, sent,
         updated) = row
        return LedgerEntry(
            submission_id=sid, site_id=site_id, request=_from_json(request_json),
            state=LedgerState(state), job_id=job_id, attempts=attempts, message=message,
            created_at=_when(created) or datetime.fromtimestamp(0, tz=UTC),
            sent_at=_when(sent), updated_at=_when(updated) or datetime.fromtimestamp(0, tz=UTC),
        )


# -- submitting through the ledger ------------------------------------------------------
def _outcome_unknown(error: ClientError) -> bool:
    """True when the POST may have created a job although no usable answer came back."""
    if isinstance(error, SiteUnreachable | BadPayload):
        return True
    return isinstance(error, ServerError) and error.status in _GATEWAY_STATUSES


def find_jobs(client: SlurmClient, submission_ids: Iterable[str]) -> dict[str, int]:
    """Job ids of the given submissions found in the site's job list, by comment.

    An array makes several jobs with one comment; the smallest id (the array's own) wins.
    """
    wanted = set(submission_ids)
    answer = client.jobs()
    found: dict[str, int] = {}
    for job in answer[0] if answer is not None else []:
        for sid in submission_ids_in(job.comment) & wanted:
            found[sid] = min(found.get(sid, job.job_id), job.job_id)
    return found


def _result(entry: LedgerEntry) -> SubmitResult:
    assert entry.job_id is not None
    notes = tuple(line for line in entry.message.splitlines() if line)
    return SubmitResult(job_id=entry.job_id, warnings=notes)


def _send(client: SlurmClient, ledger: JobLedger, entry: LedgerEntry) -> SubmitResult:
    sid = entry.submission_id
    ledger.mark_sent(sid)
    try:
        result = client.submit(entry.request)
    except AuthFailed as exc:
        if isinstance(exc, AuthExpired) or exc.status in _AUTH_STATUSES:
            # Expired before sending, or refused outright: the site made no job.
            ledger.unsend(sid, exc.detail)
        else:
            # v0.0.38 only guesses "bad token" from a bare 500: leave it to a look-up.
            ledger.note(sid, exc.detail)
        raise
    except ClientError as exc:
        if not _outcome_unknown(exc):
            ledger.fail(sid, exc.detail)
            raise
        return _settle_lost_answer(client, ledger, sid, exc)
    notes = [*result.warnings, *([result.user_message] if result.user_message else [])]
    ledger.confirm(sid, result.job_id, "\n".join(notes))
    return result


def _settle_lost_answer(client: SlurmClient, ledger: JobLedger, sid: str,
                        error: ClientError) -> SubmitResult:
    """The POST went out but its answer was lost: look the job up before anything else."""
    try:
        job_id = find_jobs(client, [sid]).get(sid)
    except ClientError as lookup_error:
        ledger.note(sid, f"no answer to the submit ({error.detail}); look-up failed too "
                         f"({lookup_error.detail})")
        raise SubmitUnconfirmed(
            f"the site did not answer the submit and could not be asked about it; the desk "
            f"will look for the job (comment {tag_for(sid)}) before sending it again",
            sid, server_message=error.server_message) from error
    if job_id is not None:
        note = f"the site's answer was lost; job {job_id} was found by its comment {tag_for(sid)}"
        return _result(ledger.confirm(sid, job_id, note))
    ledger.note(sid, f"no answer to the submit ({error.detail}); no job found yet")
    raise SubmitUnconfirmed(
        f"the site did not answer the submit and no job carries {tag_for(sid)} yet; the desk "
        "will look again before sending it again", sid,
        server_message=error.server_message) from error


def _settle_sent(client: SlurmClient, ledger: JobLedger, entry: LedgerEntry,
                 found: dict[str, int], *, settle_s: float,
                 resend_within_s: float) -> SubmitResult:
    """A ``sent`` entry: confirm it if its job exists, else resend only when that is safe."""
    sid = entry.submission_id
    if sid in found:
        note = f"job {found[sid]} was found by its comment {entry.tag} after the answer was lost"
        return _result(ledger.confirm(sid, found[sid], note))
    sent_at = entry.sent_at.timestamp() if entry.sent_at else entry.created_at.timestamp()
    age = ledger.clock() - sent_at
    if age < settle_s:
        raise SubmitUnconfirmed(
            f"no job carries {entry.tag} yet, but the submit was sent only {age:.0f} s ago; "
            "looking again later", sid)
    if age > resend_within_s:
        message = (f"no job carries {entry.tag} {age:.0f} s after the submit was sent, and "
                   "the site may already have forgotten a finished job: check the site "
                   "before submitting again")
        ledger.fail(sid, message)
        raise LedgerRefused(message)
    return _send(client, ledger, entry)


def submit_once(client: SlurmClient, ledger: JobLedger, site_id: str,
                submission: JobSubmission, *, submission_id: str | None = None,
                settle_s: float = SETTLE_S,
                resend_within_s: float = RESEND_WITHIN_S) -> SubmitResult:
    """Submit ``submission`` to ``site_id`` at most once, whatever happens to the answer.

    A new ``submission_id`` is made unless one is given; calling again with the same id
    returns the recorded job instead of sending again. Raises ``SubmitUnconfirmed`` when
    the outcome is not known yet (the entry stays ``sent`` for ``resume``), and the
    client's domain errors otherwise.
    """
    entry = ledger.get(submission_id) if submission_id else None
    if entry is None:
        entry = ledger.prepare(site_id, submission, submission_id)
    elif entry.site_id != site_id:
        raise ValueError(f"submission {entry.submission_id} belongs to site {entry.site_id}")
    if entry.state is LedgerState.CONFIRMED:
        return _result(entry)
    if entry.state is LedgerState.FAILED:
        raise LedgerRefused(f"submission {entry.submission_id} failed earlier and is not sent "
                            f"again: {entry.message}")
    if entry.state is LedgerState.SENT:
        found = find_jobs(client, [entry.submission_id])
        return _settle_sent(client, ledger, entry, found, settle_s=settle_s,
                            resend_within_s=resend_within_s)
    return _send(client, ledger, entry)


@dataclass(frozen=True)
class ResumeOutcome:
    """What ``resume`` did with one open entry (``error`` is set when it is still open)."""

    entry: LedgerEntry
    result: SubmitResult | None = None
    error: ClientError | None = None


def resume(client: SlurmClient, ledger: JobLedger, site_id: str, *,
           settle_s: float = SETTLE_S, resend_within_s: float = RESEND_WITHIN_S,
           send_prepared: bool = True) -> list[ResumeOutcome]:
    """Settle the entries of ``site_id`` left ``sent`` (or ``prepared``) by a crash or a lost
    answer: one job-list read confirms those whose job exists; the others are sent again only
    when they are old enough not to be in flight and young enough that a created job would
    still be listed. Raises the client's error when the job list itself cannot be read.
    """
    open_entries = ledger.entries(site_id, (LedgerState.PREPARED, LedgerState.SENT))
    if not open_entries:
        return []
    sent_ids = [e.submission_id for e in open_entries if e.state is LedgerState.SENT]
    found = find_jobs(client, sent_ids) if sent_ids else {}
    outcomes = []
    for entry in open_entries:
        try:
            if entry.state is LedgerState.SENT:
                result = _settle_sent(client, ledger, entry, found, settle_s=settle_s,
                                      resend_within_s=resend_within_s)
            elif send_prepared:
                result = _send(client, ledger, entry)
            else:
                continue
        except ClientError as exc:
            outcomes.append(ResumeOutcome(ledger.get(entry.submission_id) or entry, error=exc))
        else:
            outcomes.append(ResumeOutcome(ledger.get(entry.submission_id) or entry, result))
    return outcomes
