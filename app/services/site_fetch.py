"""Read one site completely (pure Python, runs on a worker thread).

A read is nodes + partitions + jobs through the Slurm REST client, aggregated into
capacity. Between reads the poller keeps a ``SiteCursor`` so that an unchanged site
(nodes answer 304 to ``update_time``) costs almost nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.domain.capacity import Capacity, Job, Node, Partition, aggregate

if TYPE_CHECKING:  # the desk shows cached data before any of this is needed
    import requests


@dataclass(frozen=True)
class SiteTarget:
    """Where and as whom to read a site. The token stays out of ``repr``."""

    site_id: str
    url: str
    user: str
    token: str = field(repr=False)
    simulated: bool = False


@dataclass(frozen=True)
class SiteRead:
    """One consistent read of a site."""

    site_id: str
    fetched_at: datetime
    api_version: str
    capacity: Capacity
    partitions: tuple[Partition, ...]
    #: The connected user's own jobs (all jobs only feed ``capacity``; a big site has
    #: thousands, and the desk has no use for other people's).
    jobs: tuple[Job, ...]
    nodes_unchanged: bool
    elapsed_s: float


@dataclass(frozen=True)
class SiteCursor:
    """What is carried from one read of a site to the next."""

    version: str | None = None
    nodes: tuple[Node, ...] = ()
    nodes_update: int | None = None
    jobs: tuple[Job, ...] = ()
    jobs_update: int | None = None
    read: SiteRead | None = None


def fetch_site(session: requests.Session, target: SiteTarget,
               cursor: SiteCursor) -> tuple[SiteRead, SiteCursor]:
    """Read ``target``; raises the client's domain errors on failure."""
    from app.clients.slurm import SlurmAuth, SlurmClient  # imports requests: not at start

    started = time.perf_counter()
    client = SlurmClient(session, target.url, SlurmAuth(target.user, target.token),
                         version=cursor.version)
    version = client.version or client.negotiate()
    node_answer = client.nodes(update_time=cursor.nodes_update if cursor.read else None)
    job_answer = client.jobs(update_time=cursor.jobs_update if cursor.read else None)
    unchanged = node_answer is None and job_answer is None and cursor.read is not None
    if unchanged and cursor.read is not None:
        read = replace(cursor.read, fetched_at=datetime.now(UTC), nodes_unchanged=True,
                       elapsed_s=time.perf_counter() - started)
        return read, replace(cursor, read=read)
    nodes, nodes_update = (
        (cursor.nodes, cursor.nodes_update) if node_answer is None
        else (tuple(node_answer[0]), node_answer[1])
    )
    jobs, jobs_update = (
        (cursor.jobs, cursor.jobs_update) if job_answer is None
        else (tuple(job_answer[0]), job_answer[1])
    )
    partitions = tuple(client.partitions())
    read = SiteRead(
        site_id=target.site_id, fetched_at=datetime.now(UTC), api_version=version,
        capacity=aggregate(nodes, partitions, jobs), partitions=partitions,
        jobs=tuple(j for j in jobs if j.user == target.user),
        nodes_unchanged=node_answer is None, elapsed_s=time.perf_counter() - started,
    )
    return read, SiteCursor(version, nodes, nodes_update, jobs, jobs_update, read)
