"""What a person asks the scheduler for, independent of the Slurm REST API version."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class JobSubmission:
    """A batch job request. ``comment`` carries the desk's submission id."""

    script: str
    name: str
    partition: str
    nodes: int = 1
    tasks: int = 1
    gpus_per_node: int = 0
    gpu_type: str = ""
    cpus_per_task: int | None = None
    memory_per_node_mb: int | None = None
    time_limit_min: int = 60
    account: str = ""
    working_directory: str = "/tmp"
    standard_output: str = ""
    standard_error: str = ""
    environment: Mapping[str, str] = field(default_factory=lambda: {"PATH": "/usr/bin:/bin"})
    hold: bool = False
    comment: str = ""
    array: str = ""

    @property
    def gpu_spec(self) -> str:
        """``h100:2`` or ``2`` — the per-node GPU request, empty when none."""
        if self.gpus_per_node <= 0:
            return ""
        return f"{self.gpu_type}:{self.gpus_per_node}" if self.gpu_type else str(self.gpus_per_node)


@dataclass(frozen=True)
class SubmitResult:
    """The scheduler's answer: a job id, plus any text it sent along (held job, …)."""

    job_id: int
    warnings: tuple[str, ...] = ()
    user_message: str = ""
