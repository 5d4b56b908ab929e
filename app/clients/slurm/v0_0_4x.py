"""Parser for Slurm REST API v0.0.40, v0.0.41 and v0.0.42 (Slurm 23.11 – 26.05).

These versions share one shape: numbers as ``{set, infinite, number}`` structs, states
as lists, nested partitions. The few differences between them are handled inline.
"""

from __future__ import annotations

from typing import Any

from app.clients.slurm.common import (
    JsonDict,
    count,
    listing,
    memory_limit,
    messages,
    number,
    state_list,
    text,
    timestamp,
)
from app.domain import gres
from app.domain.capacity import Job, Node, Partition
from app.domain.hostlist import expand
from app.domain.submission import JobSubmission, SubmitResult

VERSIONS = ("v0.0.42", "v0.0.41", "v0.0.40")


def parse_nodes(doc: Any) -> tuple[list[Node], int | None]:
    """Nodes and the answer's ``last_update`` (epoch seconds) for a later ``update_time``."""
    nodes = []
    for item in listing(doc, "nodes", "nodes"):
        nodes.append(Node(
            name=text(item.get("name")),
            states=frozenset(state_list(item.get("state"))),
            partitions=tuple(item.get("partitions") or ()),
            gpus=gres.gpus(item.get("tres"), item.get("gres")),
            gpus_used=gres.gpus(item.get("tres_used"), item.get("gres_used")),
            cpus=count(item.get("cpus")),
            alloc_cpus=count(item.get("alloc_cpus")),
            reason=text(item.get("reason")),
            real_memory_mb=count(item.get("real_memory")),
        ))
    return nodes, number(doc.get("last_update"))


def parse_partitions(doc: Any) -> list[Partition]:
    out = []
    for item in listing(doc, "partitions", "partitions"):
        nodes = item.get("nodes") or {}
        maximums = item.get("maximums") or {}
        defaults = item.get("defaults") or {}
        part = item.get("partition") or {}
        states = state_list(part.get("state"))
        flags = state_list(item.get("flags")) + state_list(part.get("flags"))
        out.append(Partition(
            name=text(item.get("name")),
            nodes=tuple(expand(text(nodes.get("configured")))),
            state=states[0] if states else "UNKNOWN",
            total_nodes=number(nodes.get("total")) or 0,
            total_cpus=number((item.get("cpus") or {}).get("total")) or 0,
            max_time_min=number(maximums.get("time")),
            default_time_min=number(defaults.get("time")),
            max_nodes_per_job=number(maximums.get("nodes")),
            is_default="DEFAULT" in flags,
            max_memory_per_node_mb=memory_limit(maximums.get("partition_memory_per_node")),
        ))
    return out


def _job_gpus(item: JsonDict, node_count: int) -> dict[str, int]:
    alloc = gres.parse_tres_gpus(text(item.get("tres_alloc_str")))
    if alloc:
        return alloc
    per_node = gres.parse_gpu_request(text(item.get("tres_per_node")))
    if per_node:
        return {k: v * max(node_count, 1) for k, v in per_node.items()}
    per_job = gres.parse_gpu_request(text(item.get("tres_per_job")))
    if per_job:
        return per_job
    detail: dict[str, int] = {}
    for entry in item.get("gres_detail") or []:
        for k, v in gres.parse_gres(text(entry)).items():
            detail[k] = detail.get(k, 0) + v
    return detail


def parse_job(item: JsonDict) -> Job:
    states = state_list(item.get("job_state"))
    node_count = number(item.get("node_count")) or 0
    exit_code = item.get("exit_code")
    rc = number(exit_code.get("return_code")) if isinstance(exit_code, dict) else number(exit_code)
    return Job(
        job_id=number(item.get("job_id")) or 0,
        name=text(item.get("name")),
        user=text(item.get("user_name")),
        account=text(item.get("account")),
        partition=text(item.get("partition")),
        state=states[0] if states else "UNKNOWN",
        state_flags=tuple(states[1:]),
        reason=text(item.get("state_reason")),
        nodes=text(item.get("nodes")),
        node_count=node_count,
        cpus=number(item.get("cpus")) or 0,
        gpus=_job_gpus(item, node_count),
        submit_time=timestamp(item.get("submit_time")),
        start_time=timestamp(item.get("start_time")),
        end_time=timestamp(item.get("end_time")),
        time_limit_min=number(item.get("time_limit")),
        comment=text(item.get("comment")),
        exit_code=rc,
        standard_output=text(item.get("standard_output")),
    )


def parse_jobs(doc: Any) -> list[Job]:
    return [parse_job(item) for item in listing(doc, "jobs", "jobs")]


def submit_body(sub: JobSubmission) -> JsonDict:
    """The ``POST job/submit`` body for these versions."""
    job: JsonDict = {
        "script": sub.script,
        "name": sub.name,
        "partition": sub.partition,
        "nodes": str(sub.nodes),
        "tasks": sub.tasks,
        "time_limit": {"set": True, "infinite": False, "number": sub.time_limit_min},
        "current_working_directory": sub.working_directory,
        "environment": [f"{k}={v}" for k, v in sub.environment.items()],
    }
    if sub.gpu_spec:
        job["tres_per_node"] = f"gres/gpu:{sub.gpu_spec}"
    if sub.cpus_per_task:
        job["cpus_per_task"] = sub.cpus_per_task
    if sub.memory_per_node_mb:
        job["memory_per_node"] = {"set": True, "infinite": False, "number": sub.memory_per_node_mb}
    optional = {"account": sub.account, "standard_output": sub.standard_output,
                "standard_error": sub.standard_error, "comment": sub.comment, "array": sub.array}
    job.update({k: v for k, v in optional.items() if v})
    if sub.hold:
        job["hold"] = True
    return {"job": job}


def parse_submit(doc: Any) -> SubmitResult | None:
    """The result when the answer carries a ``job_id`` (even with errors/warnings), else None."""
    if not isinstance(doc, dict):
        return None
    job_id = number(doc.get("job_id"))
    if job_id is None:
        return None
    notes = messages(doc, "warnings") + messages(doc, "errors")
    return SubmitResult(job_id=job_id, warnings=tuple(notes),
                        user_message=text(doc.get("job_submit_user_msg")))
