"""Parser for Slurm REST API v0.0.38 (Slurm 22.05): flat numbers, string states."""

from __future__ import annotations

from typing import Any

from app.clients.slurm import v0_0_4x
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

VERSIONS = ("v0.0.38",)


def parse_nodes(doc: Any) -> tuple[list[Node], int | None]:
    nodes = []
    for item in listing(doc, "nodes", "nodes"):
        states = state_list(item.get("state")) + state_list(item.get("state_flags"))
        nodes.append(Node(
            name=text(item.get("name")),
            states=frozenset(states),
            partitions=tuple(item.get("partitions") or ()),
            gpus=gres.gpus(item.get("tres"), item.get("gres")),
            gpus_used=gres.gpus(item.get("tres_used"), item.get("gres_used")),
            cpus=count(item.get("cpus")),
            alloc_cpus=count(item.get("alloc_cpus")),
            reason=text(item.get("reason")),
            real_memory_mb=count(item.get("real_memory")),
        ))
    return nodes, None


def parse_partitions(doc: Any) -> list[Partition]:
    out = []
    for item in listing(doc, "partitions", "partitions"):
        flags = state_list(item.get("flags"))
        out.append(Partition(
            name=text(item.get("name")),
            nodes=tuple(expand(text(item.get("nodes")))),
            state=text(item.get("state")).upper() or "UNKNOWN",
            total_nodes=number(item.get("total_nodes")) or 0,
            total_cpus=number(item.get("total_cpus")) or 0,
            max_time_min=number(item.get("max_time_limit")),
            default_time_min=number(item.get("default_time_limit")),
            max_nodes_per_job=number(item.get("maximum_nodes_per_job")),
            is_default="DEFAULT" in flags,
            max_memory_per_node_mb=memory_limit(item.get("maximum_memory_per_node")),
        ))
    return out


def parse_job(item: JsonDict) -> Job:
    node_count = number(item.get("node_count")) or 0
    states = state_list(item.get("job_state"))
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
        gpus=v0_0_4x._job_gpus(item, node_count),
        submit_time=timestamp(item.get("submit_time")),
        start_time=timestamp(item.get("start_time")),
        end_time=timestamp(item.get("end_time")),
        time_limit_min=number(item.get("time_limit")),
        comment=text(item.get("comment")),
        exit_code=number(item.get("exit_code")),
        standard_output=text(item.get("standard_output")),
    )


def parse_jobs(doc: Any) -> list[Job]:
    return [parse_job(item) for item in listing(doc, "jobs", "jobs")]


def submit_body(sub: JobSubmission) -> JsonDict:
    """v0.0.38 wants the script beside ``job``, flat numbers and a dict environment."""
    job: JsonDict = {
        "name": sub.name,
        "partition": sub.partition,
        "nodes": sub.nodes,
        "tasks": sub.tasks,
        "time_limit": sub.time_limit_min,
        "current_working_directory": sub.working_directory,
        "environment": dict(sub.environment),
    }
    if sub.gpu_spec:
        job["gres"] = f"gpu:{sub.gpu_spec}"
    if sub.cpus_per_task:
        job["cpus_per_task"] = sub.cpus_per_task
    if sub.memory_per_node_mb:
        job["memory_per_node"] = sub.memory_per_node_mb
    optional = {"account": sub.account, "standard_output": sub.standard_output,
                "standard_error": sub.standard_error, "comment": sub.comment, "array": sub.array}
    job.update({k: v for k, v in optional.items() if v})
    if sub.hold:
        job["hold"] = True
    return {"script": sub.script, "job": job}


def parse_submit(doc: Any) -> SubmitResult | None:
    if not isinstance(doc, dict):
        return None
    job_id = number(doc.get("job_id"))
    if job_id is None:
        return None
    notes = messages(doc, "warnings") + messages(doc, "errors")
    return SubmitResult(job_id=job_id, warnings=tuple(notes),
                        user_message=text(doc.get("job_submit_user_msg")))
