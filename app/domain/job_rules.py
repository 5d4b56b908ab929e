"""What a job request may ask for at one partition, checked rule by rule.

Pure Python. The wizard keeps what a person typed in a :class:`JobForm` (plain strings and
numbers, saved as a draft as they type), turns it into a :class:`JobSubmission` with
:meth:`JobForm.to_submission`, and checks that against the partition's
:class:`PartitionLimits` with :func:`validate`. Every rule is its own function and every
message names the limit it enforces ("… at most 2-00:00:00 (MaxTime of acc)"), so a person
knows what to change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from app.domain.capacity import Partition, PartitionCapacity, memory_per_node
from app.domain.submission import JobSubmission


class Severity(StrEnum):
    ERROR = "error"  # the scheduler would refuse the job: submitting is blocked
    WARNING = "warning"  # allowed, but worth reading first


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a request; ``field`` names the form field to fix."""

    field: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class PartitionLimits:
    """What one partition allows, as the site reported it (``None`` = no limit known)."""

    site_id: str
    partition: str
    state: str = "UP"
    max_time_min: int | None = None
    default_time_min: int | None = None
    max_nodes_per_job: int | None = None
    total_nodes: int = 0
    cpus_per_node: int | None = None
    #: GPUs per node, by GPU type (empty for a CPU-only partition).
    gpus_per_node: Mapping[str, int] = field(default_factory=dict)
    #: Idle GPUs right now, by GPU type.
    free_gpus: Mapping[str, int] = field(default_factory=dict)
    #: The smallest node memory (Slurm's RealMemory) in the partition, in MB.
    node_memory_mb: int | None = None
    #: The partition's MaxMemPerNode in MB (``None``: unlimited / not reported).
    max_memory_per_node_mb: int | None = None

    @property
    def memory_per_node_mb(self) -> int | None:
        """What a job can ask per node, in MB: node memory capped by MaxMemPerNode."""
        return memory_per_node(self.node_memory_mb, self.max_memory_per_node_mb)

    @property
    def memory_per_node_gb(self) -> int | None:
        """The same in whole GB (GB = 1024 MB, as the form's memory field counts them)."""
        mb = self.memory_per_node_mb
        return mb // 1024 if mb is not None else None

    @property
    def gpu_types(self) -> tuple[str, ...]:
        return tuple(sorted(self.gpus_per_node))

    def max_gpus_per_node(self, gpu_type: str = "") -> int:
        if gpu_type:
            return self.gpus_per_node.get(gpu_type, 0)
        return max(self.gpus_per_node.values(), default=0)


def limits_for(site_id: str, partition: Partition | None,
               rows: Iterable[PartitionCapacity], name: str = "") -> PartitionLimits:
    """The limits of one partition from its ``Partition`` (if read) and its capacity rows.

    GPUs per node are the type's total over the partition's nodes that carry it; capacity
    rows count every node of the partition, so a mixed partition is rounded up.
    """
    pname = partition.name if partition is not None else name
    own = [r for r in rows if r.partition == pname]
    per_node: dict[str, int] = {}
    free: dict[str, int] = {}
    for row in own:
        if not row.gpu_type or row.gpus.total <= 0:
            continue
        nodes = max(row.nodes_total, 1)
        per_node[row.gpu_type] = math.ceil(row.gpus.total / nodes)
        free[row.gpu_type] = row.gpus.idle
    first = own[0] if own else None
    total_nodes = (partition.total_nodes if partition is not None and partition.total_nodes
                   else first.nodes_total if first is not None else 0)
    cpus = None
    if partition is not None and partition.total_cpus and partition.total_nodes:
        cpus = partition.total_cpus // partition.total_nodes
    node_memory = min((r.node_memory_mb for r in own if r.node_memory_mb), default=None)
    max_memory = (partition.max_memory_per_node_mb if partition is not None
                  else first.max_memory_per_node_mb if first is not None else None)
    return PartitionLimits(
        site_id=site_id, partition=pname,
        state=partition.state if partition is not None else (first.state if first else "UP"),
        max_time_min=partition.max_time_min if partition is not None else (
            first.max_time_min if first else None),
        default_time_min=partition.default_time_min if partition is not None else None,
        max_nodes_per_job=partition.max_nodes_per_job if partition is not None else (
            first.max_nodes_per_job if first else None),
        total_nodes=total_nodes, cpus_per_node=cpus, gpus_per_node=per_node, free_gpus=free,
        node_memory_mb=node_memory, max_memory_per_node_mb=max_memory,
    )


# -- time limits in Slurm's notation ---------------------------------------------------------
_TIME_FORMS = (
    re.compile(r"^(?P<m>\d+)$"),
    re.compile(r"^(?P<m>\d+):(?P<s>\d+)$"),
    re.compile(r"^(?P<h>\d+):(?P<m>\d+):(?P<s>\d+)$"),
    re.compile(r"^(?P<d>\d+)-(?P<h>\d+)$"),
    re.compile(r"^(?P<d>\d+)-(?P<h>\d+):(?P<m>\d+)$"),
    re.compile(r"^(?P<d>\d+)-(?P<h>\d+):(?P<m>\d+):(?P<s>\d+)$"),
)


def parse_time_limit(text: str) -> int | None:
    """Minutes from Slurm's time notation (``90``, ``1:30:00``, ``2-12``, ``1-00:00:00``).

    Seconds round up to a whole minute, as Slurm does. ``None`` when it is not a time.
    """
    value = text.strip()
    for form in _TIME_FORMS:
        match = form.match(value)
        if match is None:
            continue
        parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
        seconds = (parts.get("d", 0) * 86400 + parts.get("h", 0) * 3600
                   + parts.get("m", 0) * 60 + parts.get("s", 0))
        return math.ceil(seconds / 60)
    return None


def format_time_limit(minutes: int) -> str:
    """``D-HH:MM:SS`` (days only when there are any), the way sbatch prints limits."""
    days, rest = divmod(max(0, minutes), 1440)
    hours, mins = divmod(rest, 60)
    clock = f"{hours:02d}:{mins:02d}:00"
    return f"{days}-{clock}" if days else clock


# -- the form a person fills in --------------------------------------------------------------
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse_environment(text: str) -> tuple[dict[str, str], list[Problem]]:
    """``KEY=VALUE`` lines (blank lines and ``#`` comments ignored) and their problems."""
    env: dict[str, str] = {}
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep:
            problems.append(Problem("environment", f"line {number}: write KEY=VALUE "
                                                   f"(found {line[:40]!r})"))
        elif not _ENV_NAME.match(key):
            problems.append(Problem("environment", f"line {number}: {key[:40]!r} is not a "
                                                   "valid variable name (letters, digits, _)"))
        else:
            env[key] = value
    return env, problems


def format_environment(env: Mapping[str, str]) -> str:
    return "\n".join(f"{k}={v}" for k, v in env.items())


@dataclass(frozen=True)
class JobShape:
    """A shape to start the wizard from (e.g. "Find capacity": N GPUs × T hours)."""

    gpus: int = 0
    gpu_type: str = ""
    time_limit_min: int = 60
    nodes: int | None = None


def split_gpus(total: int, per_node: int) -> tuple[int, int]:
    """``(nodes, GPUs per node)`` for ``total`` GPUs on nodes of ``per_node`` GPUs."""
    if total <= 0:
        return 1, 0
    if per_node <= 0 or total <= per_node:
        return 1, total
    return math.ceil(total / per_node), per_node


@dataclass(frozen=True)
class JobForm:
    """Everything the wizard asks, as typed; JSON-friendly so it can be saved as a draft.

    No credential ever belongs here: drafts are written to disk as they are typed.
    """

    site_id: str = ""
    partition: str = ""
    nodes: int = 1
    tasks_per_node: int = 1
    cpus_per_task: int = 0  # 0: the site's default
    gpus_per_node: int = 0
    gpu_type: str = ""
    memory_gb: int = 0  # per node; 0: the site's default
    time_limit: str = "01:00:00"
    name: str = ""
    template: str = ""
    script: str = ""
    environment: str = "PATH=/usr/bin:/bin"
    working_directory: str = ""
    standard_output: str = ""
    standard_error: str = ""
    array: str = ""
    access_mode: str = ""
    account: str = ""
    hold: bool = False
    submission_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobForm:
        """A form from a saved draft; unknown keys are ignored, wrong types fall back."""
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value, default = data[f.name], getattr(defaults, f.name)
            if isinstance(default, bool):
                if isinstance(value, bool):
                    values[f.name] = value
            elif isinstance(default, int):
                if isinstance(value, int) and not isinstance(value, bool):
                    values[f.name] = value
            elif isinstance(value, str):
                values[f.name] = value
        return replace(defaults, **values)

    def with_shape(self, shape: JobShape, limits: PartitionLimits | None) -> JobForm:
        """This form resized to ``shape`` (total GPUs split over whole nodes)."""
        gpu_type = shape.gpu_type or self.gpu_type
        per_node = limits.max_gpus_per_node(gpu_type) if limits is not None else 0
        if shape.nodes:
            nodes = shape.nodes
            gpus = math.ceil(shape.gpus / shape.nodes) if shape.gpus else 0
        else:
            nodes, gpus = split_gpus(shape.gpus, per_node or shape.gpus)
        return replace(self, nodes=nodes, gpus_per_node=gpus, gpu_type=gpu_type,
                       time_limit=format_time_limit(shape.time_limit_min))

    def comment(self) -> str:
        """The job comment: the access mode, for the person's own bookkeeping."""
        return f"access-mode:{self.access_mode}" if self.access_mode else ""

    def to_submission(self) -> tuple[JobSubmission, list[Problem]]:
        """The request and the problems found while reading the form itself."""
        problems: list[Problem] = []
        minutes = parse_time_limit(self.time_limit)
        if minutes is None:
            problems.append(Problem("time_limit", f"{self.time_limit.strip() or 'an empty text'}"
                                                  " is not a time limit; write e.g. 90, 4:00:00 "
                                                  "or 1-12:00:00"))
        env, env_problems = parse_environment(self.environment)
        problems.extend(env_problems)
        nodes = max(self.nodes, 0)
        submission = JobSubmission(
            script=self.script, name=self.name.strip(), partition=self.partition,
            nodes=nodes, tasks=max(self.tasks_per_node, 0) * nodes,
            gpus_per_node=self.gpus_per_node, gpu_type=self.gpu_type,
            cpus_per_task=self.cpus_per_task or None,
            memory_per_node_mb=self.memory_gb * 1024 if self.memory_gb else None,
            time_limit_min=minutes if minutes is not None else 0,
            account=self.account.strip(), working_directory=self.working_directory.strip(),
            standard_output=self.standard_output.strip(),
            standard_error=self.standard_error.strip(),
            environment=env, hold=self.hold, comment=self.comment(), array=self.array.strip(),
        )
        return submission, problems

    @classmethod
    def from_submission(cls, site_id: str, sub: JobSubmission) -> JobForm:
        """A form filled from an earlier request (clone / resubmit); comment tags dropped."""
        mode = ""
        for word in sub.comment.split():
            if word.startswith("access-mode:"):
                mode = word.partition(":")[2]
        nodes = max(sub.nodes, 1)
        return cls(
            site_id=site_id, partition=sub.partition, nodes=nodes,
            tasks_per_node=max(1, sub.tasks // nodes) if sub.tasks else 1,
            cpus_per_task=sub.cpus_per_task or 0, gpus_per_node=sub.gpus_per_node,
            gpu_type=sub.gpu_type,
            memory_gb=(sub.memory_per_node_mb or 0) // 1024,
            time_limit=format_time_limit(sub.time_limit_min), name=sub.name,
            script=sub.script, environment=format_environment(sub.environment),
            working_directory=sub.working_directory, standard_output=sub.standard_output,
            standard_error=sub.standard_error, array=sub.array, access_mode=mode,
            account=sub.account, hold=sub.hold,
        )


# -- the rules -------------------------------------------------------------------------------
Rule = Callable[[JobSubmission, "PartitionLimits | None"], list[Problem]]

_CLOSED_STATES = {"INACTIVE", "DRAIN", "DRAINED", "CLOSED"}
_NAME_OK = re.compile(r"^[^\s\"'`$\\]+$")
_ACCOUNT_OK = re.compile(r"^[A-Za-z0-9_.\-]+$")
_ARRAY_RANGE = r"\d+(-\d+(:\d+)?)?"
_ARRAY_OK = re.compile(rf"^{_ARRAY_RANGE}(,{_ARRAY_RANGE})*(%\d+)?$")
MAX_NAME = 200


def check_partition(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """A partition is chosen, exists at the site and accepts jobs."""
    if not sub.partition:
        return [Problem("partition", "choose a site and a partition")]
    if limits is None:
        return [Problem("partition", f"partition {sub.partition} is not known at this site "
                                     "(no capacity data yet)")]
    state = limits.state.upper()
    if state in _CLOSED_STATES:
        return [Problem("partition", f"partition {sub.partition} is {state} and accepts no "
                                     "new jobs")]
    if state != "UP":
        return [Problem("partition", f"partition {sub.partition} is {state}: the job can be "
                                     "queued but will not start until it is UP",
                        Severity.WARNING)]
    return []


def check_nodes(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """At least one node; no more than MaxNodes per job, nor than the partition has."""
    if sub.nodes < 1:
        return [Problem("nodes", "ask for at least 1 node")]
    if limits is None:
        return []
    if limits.max_nodes_per_job is not None and sub.nodes > limits.max_nodes_per_job:
        return [Problem("nodes", f"{sub.nodes} nodes: partition {limits.partition} allows at "
                                 f"most {limits.max_nodes_per_job} per job (MaxNodes)")]
    if limits.total_nodes and sub.nodes > limits.total_nodes:
        return [Problem("nodes", f"{sub.nodes} nodes: partition {limits.partition} has only "
                                 f"{limits.total_nodes} nodes")]
    return []


def check_gpu_type(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """A GPU type, when given, exists in the partition; a CPU-only partition gets no GPUs."""
    if limits is None or (sub.gpus_per_node <= 0 and not sub.gpu_type):
        return []
    types = limits.gpu_types
    if not types:
        if sub.gpus_per_node > 0:
            return [Problem("gpus_per_node", f"partition {limits.partition} has no GPUs; "
                                             "ask for 0 GPUs or choose a GPU partition")]
        return [Problem("gpu_type", f"partition {limits.partition} has no GPUs of type "
                                    f"{sub.gpu_type}")]
    if sub.gpu_type and sub.gpu_type not in types:
        return [Problem("gpu_type", f"partition {limits.partition} has no {sub.gpu_type} GPUs; "
                                    f"it has {', '.join(types)}")]
    return []


def check_gpus_per_node(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """GPUs per node are not negative and fit on one node of the partition."""
    if sub.gpus_per_node < 0:
        return [Problem("gpus_per_node", "GPUs per node cannot be negative")]
    if limits is None or sub.gpus_per_node == 0 or not limits.gpu_types:
        return []
    if sub.gpu_type and sub.gpu_type not in limits.gpu_types:
        return []  # check_gpu_type says it
    most = limits.max_gpus_per_node(sub.gpu_type)
    if sub.gpus_per_node > most:
        kind = f"{sub.gpu_type} GPUs" if sub.gpu_type else "GPUs"
        return [Problem("gpus_per_node", f"{sub.gpus_per_node} GPUs per node: a node of "
                                         f"{limits.partition} has {most} {kind}")]
    return []


def check_cpus(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """Tasks and CPUs per task are positive and fit on one node."""
    if sub.tasks < 1:
        return [Problem("tasks", "ask for at least 1 task per node")]
    if sub.cpus_per_task is not None and sub.cpus_per_task < 1:
        return [Problem("cpus_per_task", "CPUs per task must be at least 1")]
    if limits is None or not limits.cpus_per_node or sub.nodes < 1:
        return []
    per_node = math.ceil(sub.tasks / sub.nodes) * (sub.cpus_per_task or 1)
    if per_node > limits.cpus_per_node:
        return [Problem("cpus_per_task", f"{per_node} CPUs per node (tasks × CPUs per task): "
                                         f"a node of {limits.partition} has "
                                         f"{limits.cpus_per_node} CPUs")]
    return []


def _gb(mb: int) -> str:
    """MB as the form shows them: whole GB (1024 MB) when exact, else one decimal."""
    return f"{mb // 1024} GB" if mb % 1024 == 0 else f"{mb / 1024:.1f} GB"


def check_memory(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """Memory, when given, is positive and fits in what a node of the partition can give:
    the smallest node's RealMemory, or the partition's MaxMemPerNode when that is lower."""
    asked = sub.memory_per_node_mb
    if asked is None:
        return []
    if asked <= 0:
        return [Problem("memory", "memory per node must be more than 0 (or left at the "
                                  "site's default)")]
    if limits is None:
        return []
    most = limits.memory_per_node_mb
    if most is None or asked <= most:
        return []
    if limits.max_memory_per_node_mb is not None and most == limits.max_memory_per_node_mb:
        return [Problem("memory", f"memory per node {_gb(asked)} exceeds the {_gb(most)} "
                                  f"partition {limits.partition} allows per node "
                                  "(MaxMemPerNode)")]
    return [Problem("memory", f"memory per node {_gb(asked)} exceeds the {_gb(most)} the "
                              f"nodes of partition {limits.partition} have (RealMemory)")]


def check_time_limit(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """The wall time is at least a minute and within the partition's MaxTime."""
    if sub.time_limit_min < 1:
        return [Problem("time_limit", "the wall time must be at least 1 minute")]
    if limits is not None and limits.max_time_min is not None \
            and sub.time_limit_min > limits.max_time_min:
        return [Problem("time_limit",
                        f"{format_time_limit(sub.time_limit_min)} is longer than partition "
                        f"{limits.partition} allows: at most "
                        f"{format_time_limit(limits.max_time_min)} (MaxTime)")]
    return []


def check_name(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """A job name: one word, no quotes or shell characters, at most 200 characters."""
    if not sub.name:
        return [Problem("name", "give the job a name")]
    if len(sub.name) > MAX_NAME:
        return [Problem("name", f"the job name is longer than {MAX_NAME} characters")]
    if not _NAME_OK.match(sub.name):
        return [Problem("name", "the job name must be one word without quotes, $ or \\")]
    return []


def check_script(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """A batch script starts with ``#!`` and an interpreter, like sbatch requires."""
    if not sub.script.strip():
        return [Problem("script", "the job script is empty")]
    first = sub.script.lstrip("\ufeff").splitlines()[0] if sub.script else ""
    if not first.startswith("#!") or len(first.strip()) <= 2:
        return [Problem("script", "the script must start with #! and an interpreter, "
                                  "e.g. #!/bin/bash")]
    if "\r\n" in sub.script:
        return [Problem("script", "the script has Windows line endings (CRLF); "
                                  "Slurm refuses those")]
    return []


def check_environment(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """At least one variable: slurmrestd refuses a job without an environment."""
    if not sub.environment:
        return [Problem("environment", "set at least one environment variable, e.g. "
                                       "PATH=/usr/bin:/bin (slurmrestd requires one)")]
    return [Problem("environment", f"{key} is not a valid variable name")
            for key in sub.environment if not _ENV_NAME.match(key)]


def check_paths(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """The working directory is absolute; no path has a line break."""
    problems = []
    if not sub.working_directory:
        problems.append(Problem("working_directory", "give the working directory on the site "
                                                     "(an absolute path, e.g. /scratch/…)"))
    elif not sub.working_directory.startswith("/"):
        problems.append(Problem("working_directory", "the working directory must be an "
                                                     "absolute path (starting with /)"))
    for name, value in (("working_directory", sub.working_directory),
                        ("standard_output", sub.standard_output),
                        ("standard_error", sub.standard_error)):
        if "\n" in value or "\r" in value:
            problems.append(Problem(name, "a path cannot contain a line break"))
    return problems


def check_array(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """An array spec in sbatch's notation: ``0-15``, ``1,3,5``, ``0-99:2%10``."""
    if not sub.array:
        return []
    if not _ARRAY_OK.match(sub.array):
        return [Problem("array", f"{sub.array!r} is not an array specification; write e.g. "
                                 "0-15, 1,3,5 or 0-99%10")]
    for part in sub.array.split("%")[0].split(","):
        lo, _, hi = part.split(":")[0].partition("-")
        if hi and int(hi) < int(lo):
            return [Problem("array", f"in {part!r} the range ends before it starts")]
    return []


def check_account(sub: JobSubmission, limits: PartitionLimits | None) -> list[Problem]:
    """The project account is one word of letters, digits, ``_ . -``."""
    if sub.account and not _ACCOUNT_OK.match(sub.account):
        return [Problem("account", "the project account is one word (letters, digits, _ . -)")]
    if not sub.account:
        return [Problem("account", "no project account: the site will charge your default "
                                   "account, if you have one", Severity.WARNING)]
    return []


RULES: tuple[Rule, ...] = (
    check_partition, check_nodes, check_gpu_type, check_gpus_per_node, check_cpus,
    check_memory, check_time_limit, check_name, check_script, check_environment,
    check_paths, check_array, check_account,
)

#: Form fields per wizard page (which problems block which page).
PAGE_FIELDS: Mapping[str, frozenset[str]] = {
    "site": frozenset({"partition"}),
    "resources": frozenset({"nodes", "gpus_per_node", "gpu_type", "tasks", "cpus_per_task",
                            "memory", "time_limit"}),
    "workload": frozenset({"name", "script", "environment", "working_directory",
                           "standard_output", "standard_error", "array"}),
    "access": frozenset({"account"}),
}


def validate(sub: JobSubmission, limits: PartitionLimits | None,
             rules: Sequence[Rule] = RULES) -> list[Problem]:
    """Every problem of ``sub`` at the partition described by ``limits``."""
    problems: list[Problem] = []
    for rule in rules:
        problems.extend(rule(sub, limits))
    return problems


def validate_form(form: JobForm, limits: PartitionLimits | None) -> list[Problem]:
    """Problems of the form as typed, then of the request it makes."""
    submission, problems = form.to_submission()
    found = validate(submission, limits)
    if any(p.field == "time_limit" for p in problems):
        found = [p for p in found if p.field != "time_limit"]
    if any(p.field == "environment" for p in problems):
        found = [p for p in found if p.field != "environment"]
    return problems + found


def for_fields(problems: Iterable[Problem], names: Iterable[str]) -> list[Problem]:
    wanted = set(names)
    return [p for p in problems if p.field in wanted]


def blocking(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]
