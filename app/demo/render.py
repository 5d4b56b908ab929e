"""Serialise simulated objects in the exact shapes of a real slurmrestd v0.0.42.

Every node, partition and job object starts as a copy of the matching object recorded from
a real Slurm 24.11 (``templates/``) and only has values replaced, so each key keeps its JSON
type. Rendered objects are cached as bytes per object version; list answers are assembled
by joining cached fragments, so an answer for thousands of nodes costs a join, not a dump.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.demo.hostnames import compress, index_list
from app.demo.simulator import SimJob, SimNode, SimPartition, SiteSimulation

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
SLURM_RELEASE = "24.11.5"
API_VERSION = "v0.0.42"
_DUMP = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def dumps(value: Any) -> bytes:
    return _DUMP(value).encode("utf-8")


@cache
def template(name: str) -> dict[str, Any]:
    """A recorded v0.0.42 answer (``nodes_busy``, ``jobs_running``, …); do not mutate."""
    with (TEMPLATE_DIR / f"{API_VERSION}_{name}.json").open(encoding="utf-8") as fh:
        doc: dict[str, Any] = json.load(fh)
    return doc


def num(value: int | float, *, set_: bool = True, infinite: bool = False) -> dict[str, Any]:
    return {"set": set_, "infinite": infinite, "number": value}


UNSET = {"set": False, "infinite": False, "number": 0}


def error_entry(description: str, number: int, error: str, source: str) -> dict[str, Any]:
    return {"description": description, "error_number": number, "error": error,
            "source": source}


def meta(cluster: str, user: str, source: str) -> dict[str, Any]:
    doc: dict[str, Any] = copy.deepcopy(template("ping")["meta"])
    doc["client"] = {"source": source, "user": user, "group": user}
    doc["slurm"]["cluster"] = cluster
    doc["slurm"]["release"] = SLURM_RELEASE
    return doc


@dataclass
class _Cached:
    version: int
    data: bytes


class SiteRenderer:
    """Byte-level answers of one simulated site, re-rendering only what changed."""

    def __init__(self, sim: SiteSimulation) -> None:
        self.sim = sim
        prof = sim.profile
        self.cluster = prof.cluster
        nodes_doc = template("nodes_busy")
        gpu_template = next(n for n in nodes_doc["nodes"] if n.get("gres"))
        base = copy.deepcopy(gpu_template)
        base.update({
            "architecture": prof.architecture,
            "boards": 1,
            "cores": prof.cores,
            "sockets": prof.sockets,
            "threads": prof.threads_per_core,
            "cpus": prof.cpus,
            "effective_cpus": prof.cpus,
            "real_memory": prof.real_memory_mb,
            "operating_system": prof.operating_system,
            "port": 6818,
            "version": SLURM_RELEASE,
            "cluster_name": "",
            "next_state_after_reboot": ["INVALID"],
            "weight": 1,
        })
        self._node_base = base
        self._node_frags: list[bytes] = []
        self._node_features: dict[str, list[str]] = {}
        self._nodes_joined: _Cached | None = None

        job_template = template("jobs_running")["jobs"][0]
        job_base = copy.deepcopy(job_template)
        job_base.update({"cluster": self.cluster, "allocating_node": prof.login_node,
                         "qos": "normal", "group_id": 20000, "user_id": 20000})
        self._job_base = job_base
        self._job_frags: dict[int, bytes] = {}
        self._jobs_rendered = False
        self._jobs_joined: _Cached | None = None
        self._uids: dict[str, int] = {}

        self._partition_base = copy.deepcopy(template("partitions")["partitions"][0])
        self._partitions_joined: bytes | None = None
        self._partition_fragments: dict[str, bytes] = {}

    # -- nodes -----------------------------------------------------------------------------
    def _features(self, node: SimNode) -> list[str]:
        feats = self._node_features.get(node.gres_type)
        if feats is None:
            feats = list(dict.fromkeys((*self.sim.profile.features, node.gres_type)))
            self._node_features[node.gres_type] = feats
        return list(feats)

    def node_dict(self, node: SimNode) -> dict[str, Any]:
        d = dict(self._node_base)
        gtype = node.gres_type
        used = node.gpus_used
        indices = [b for b in range(node.slots) if node.gpu_mask >> b & 1]
        mem = node.memory_mb
        tres = (f"cpu={node.cpus},mem={mem}M,billing={node.cpus},"
                f"gres/gpu={node.slots},gres/gpu:{gtype}={node.slots}")
        tres_used = ""
        if node.alloc_cpus:
            tres_used = f"cpu={node.alloc_cpus},mem={node.alloc_mem}M"
            if used:
                tres_used += f",gres/gpu={used},gres/gpu:{gtype}={used}"
        features = self._features(node)
        d.update({
            "name": node.name,
            "hostname": node.name,
            "address": node.name,
            "boot_time": num(node.boot_time),
            "slurmd_start_time": num(node.boot_time + 45),
            "cpus": node.cpus,
            "real_memory": mem,
            "cpu_load": node.cpu_load,
            "free_mem": num(node.free_mem_mb),
            "features": features,
            "active_features": list(features),
            "gres": f"gpu:{gtype}:{node.slots}",
            "gres_used": (f"gpu:{gtype}:{used}(IDX:{index_list(indices)})" if used
                          else f"gpu:{gtype}:0(IDX:N/A)"),
            "gres_drained": "N/A",
            "last_busy": num(node.last_busy),
            "state": node.state(),
            "partitions": list(node.partition_names),
            "reason": node.reason,
            "reason_changed_at": num(node.reason_time),
            "reason_set_by_user": node.reason_user or "root",
            "resume_after": num(0),
            "alloc_memory": node.alloc_mem,
            "alloc_cpus": node.alloc_cpus,
            "alloc_idle_cpus": node.cpus - node.alloc_cpus,
            "tres": tres,
            "tres_used": tres_used,
            "tres_weighted": float(node.alloc_cpus),
        })
        return d

    def _refresh_nodes(self) -> None:
        """Re-serialise the nodes the simulation marked as changed (all, the first time)."""
        sim = self.sim
        if not self._node_frags:
            sim.dirty_nodes.clear()
            self._node_frags = [dumps(self.node_dict(n)) for n in sim.nodes]
            return
        if sim.dirty_nodes:
            dirty, sim.dirty_nodes = sim.dirty_nodes, set()
            frags = self._node_frags
            for i in dirty:
                frags[i] = dumps(self.node_dict(sim.nodes[i]))

    def node_bytes(self, node: SimNode) -> bytes:
        self._refresh_nodes()
        return self._node_frags[node.index]

    def nodes_fragment(self) -> bytes:
        """``node,node,...`` (no brackets) for every node, from cache where unchanged."""
        joined = self._nodes_joined
        if joined is None or joined.version != self.sim.nodes_changes:
            self._refresh_nodes()
            joined = _Cached(self.sim.nodes_changes, b",".join(self._node_frags))
            self._nodes_joined = joined
        return joined.data

    # -- partitions ------------------------------------------------------------------------
    def partition_dict(self, part: SimPartition) -> dict[str, Any]:
        d: dict[str, Any] = copy.deepcopy(self._partition_base)
        nodes = [self.sim.nodes[i] for i in part.nodes]
        cpus = sum(n.cpus for n in nodes)
        mem = sum(n.memory_mb for n in nodes)
        gpus = sum(n.slots for n in nodes)
        d["name"] = part.name
        d["cluster"] = ""
        d["nodes"]["configured"] = compress(n.name for n in nodes)
        d["nodes"]["total"] = len(nodes)
        d["tres"]["configured"] = (f"cpu={cpus},mem={mem}M,node={len(nodes)},billing={cpus},"
                                   f"gres/gpu={gpus},gres/gpu:{part.gres_type}={gpus}")
        d["cpus"]["total"] = cpus
        d["defaults"]["time"] = num(part.default_time_min)
        d["maximums"]["time"] = num(part.max_time_min)
        d["maximums"]["nodes"] = (num(part.max_nodes) if part.max_nodes is not None
                                  else num(0, set_=False, infinite=True))
        d["priority"] = {"job_factor": part.tier, "tier": part.tier}
        d["partition"] = {"state": ["UP"]}
        return d

    def partition_bytes(self, part: SimPartition) -> bytes:
        data = self._partition_fragments.get(part.name)
        if data is None:
            data = dumps(self.partition_dict(part))
            self._partition_fragments[part.name] = data
        return data

    def partitions_fragment(self) -> bytes:
        if self._partitions_joined is None:
            self._partitions_joined = b",".join(self.partition_bytes(p)
                                                for p in self.sim.partitions)
        return self._partitions_joined

    # -- jobs ------------------------------------------------------------------------------
    def _uid(self, user: str) -> int:
        uid = self._uids.get(user)
        if uid is None:
            uid = 20000 + len(self._uids) * 7 + 1
            self._uids[user] = uid
        return uid

    def _exit_code(self, job: SimJob) -> dict[str, Any]:
        if job.state in ("CANCELLED", "TIMEOUT") and job.signal:
            return {"status": ["SIGNALED"], "return_code": num(0),
                    "signal": {"id": num(job.signal),
                               "name": "SIGKILL" if job.signal == 9 else "SIGTERM"}}
        if job.state in ("FAILED", "NODE_FAIL"):
            return {"status": ["ERROR"], "return_code": num(job.exit_code or 1),
                    "signal": {"id": dict(UNSET), "name": ""}}
        status = ["PENDING"] if job.state == "PENDING" else ["SUCCESS"]
        return {"status": status, "return_code": num(0),
                "signal": {"id": dict(UNSET), "name": ""}}

    def _job_resources(self, job: SimJob, names: list[str],
                       cpus_per_node: int, mem_per_node: int) -> dict[str, Any]:
        if not job.node_ids:
            return {"select_type": [],
                    "nodes": {"count": 0, "select_type": [], "list": "", "whole": False,
                              "allocation": []},
                    "cpus": 0, "threads_per_core": dict(UNSET)}
        prof = self.sim.profile
        allocation = []
        for i, (node_index, name) in enumerate(zip(job.node_ids, names, strict=True)):
            sockets: list[dict[str, Any]] = []
            if len(job.node_ids) == 1 and job.gpus_per_node:
                sockets = self._sockets(self.sim.nodes[node_index], job.gpu_masks[i])
            allocation.append({
                "index": i, "name": name,
                "cpus": {"count": cpus_per_node, "used": 0},
                "memory": {"used": 0, "allocated": mem_per_node},
                "sockets": sockets,
            })
        return {
            "select_type": ["CORE"],
            "nodes": {"count": len(job.node_ids), "select_type": ["ONE_ROW"],
                      "list": compress(names),
                      "whole": job.slots_per_node == self.sim.nodes[job.node_ids[0]].slots,
                      "allocation": allocation},
            "cpus": cpus_per_node * len(job.node_ids),
            "threads_per_core": num(prof.threads_per_core),
        }

    def _sockets(self, node: SimNode, mask: int) -> list[dict[str, Any]]:
        """Core-level detail when a job's cores sit on one socket (as Slurm lists them)."""
        prof = self.sim.profile
        cores_per_slot = prof.cores // node.slots
        allocated: set[int] = set()
        for b in range(node.slots):
            if mask >> b & 1:
                allocated.update(range(b * cores_per_slot, (b + 1) * cores_per_slot))
        if not allocated:
            return []
        sockets = {c // prof.cores_per_socket for c in allocated}
        if len(sockets) != 1:
            return []
        s = sockets.pop()
        first = s * prof.cores_per_socket
        return [{"index": s, "cores": [
            {"index": c - first, "status": ["ALLOCATED" if c in allocated else "UNALLOCATED"]}
            for c in range(first, first + prof.cores_per_socket)]}]

    def job_dict(self, job: SimJob) -> dict[str, Any]:
        d = dict(self._job_base)
        sim = self.sim
        part = sim.partitions[job.part_id]
        first = sim.nodes[part.nodes[0]]
        cpus_per_node = first.cpus * job.slots_per_node // first.slots
        mem_per_node = first.memory_mb * 9 // 10 * job.slots_per_node // first.slots
        names = [sim.nodes[i].name for i in job.node_ids]
        gtype = part.gres_type
        total_cpus = cpus_per_node * job.nodes_req
        gpus_total = job.gpus_per_node * job.nodes_req
        req = f"cpu={total_cpus},mem={mem_per_node * job.nodes_req}M,node={job.nodes_req}," \
              f"billing={total_cpus}"
        if gpus_total:
            req += f",gres/gpu={gpus_total},gres/gpu:{gtype}={gpus_total}"
        pending = job.state == "PENDING"
        started = bool(job.node_ids)
        if pending:
            start = job.est_start
            end = job.est_start + job.time_limit_min * 60 if job.est_start else 0
        else:
            start, end = job.start_time, job.end_time
        flags = ["EXACT_TASK_COUNT_REQUESTED", "USING_DEFAULT_QOS", "USING_DEFAULT_WCKEY"]
        if started:
            flags.insert(1, "JOB_WAS_RUNNING")
        uid = self._uid(job.user)
        d.update({
            "account": job.account,
            "accrue_time": num(0 if job.hold else job.submit_time),
            "array_job_id": num(job.array_job_id),
            "array_task_id": (num(job.array_task_id) if job.array_task_id is not None
                              else dict(UNSET)),
            "array_task_string": "",
            "batch_host": names[0] if names else "",
            "command": "" if job.user_submitted
            else f"{job.working_directory}/{job.name}.sbatch",
            "comment": job.comment,
            "cpus_per_task": num(job.cpus_per_task),
            "derived_exit_code": self._exit_code(job) if not pending else
            {"status": ["SUCCESS"], "return_code": num(0),
             "signal": {"id": dict(UNSET), "name": ""}},
            "eligible_time": num(0 if job.hold else job.submit_time),
            "end_time": num(end),
            "exit_code": self._exit_code(job),
            "flags": flags,
            "gres_detail": ([f"gpu:{gtype}:{job.gpus_per_node}(IDX:{index_list(self._bits(m))})"
                             for m in job.gpu_masks]
                            if started and job.gpus_per_node and job.state == "RUNNING"
                            else []),
            "group_id": uid,
            "group_name": job.account if not job.user_submitted else job.user,
            "hold": job.hold,
            "job_id": job.job_id,
            "job_resources": self._job_resources(job, names, cpus_per_node, mem_per_node),
            "job_state": [job.state],
            "last_sched_evaluation": num(job.last_eval),
            "mail_user": job.user,
            "max_nodes": num(0),
            "name": job.name,
            "nodes": compress(names),
            "cpus": num(total_cpus),
            "node_count": num(job.nodes_req),
            "tasks": num(job.tasks),
            "partition": job.partition,
            "memory_per_cpu": num(max(1, mem_per_node // max(1, cpus_per_node))),
            "minimum_cpus_per_node": num(cpus_per_node),
            "priority": num(job.priority),
            "scheduled_nodes": "",
            "start_time": num(start),
            "state_reason": job.reason,
            "standard_error": job.standard_error,
            "standard_input": "/dev/null",
            "standard_output": job.standard_output,
            "submit_time": num(job.submit_time),
            "time_limit": num(job.time_limit_min),
            "tres_per_node": f"gres/gpu:{gtype}:{job.gpus_per_node}" if job.gpus_per_node
            else "",
            "tres_req_str": req,
            "tres_alloc_str": req if started else "",
            "billable_tres": num(float(total_cpus)),
            "user_id": uid,
            "user_name": job.user,
            "current_working_directory": job.working_directory,
            "dependency": (f"afterany:{job.depends_on}(unfulfilled)"
                           if job.depends_on and job.state == "PENDING"
                           and job.depends_on in sim.jobs
                           and sim.jobs[job.depends_on].state in ("PENDING", "RUNNING")
                           else ""),
        })
        return d

    @staticmethod
    def _bits(mask: int) -> list[int]:
        return [b for b in range(mask.bit_length()) if mask >> b & 1]

    def _refresh_jobs(self) -> None:
        sim = self.sim
        frags = self._job_frags
        if not self._jobs_rendered:
            sim.dirty_jobs.clear()
            self._job_frags = {i: dumps(self.job_dict(j)) for i, j in sim.jobs.items()}
            self._jobs_rendered = True
            return
        if sim.dirty_jobs:
            dirty, sim.dirty_jobs = sim.dirty_jobs, set()
            for i in dirty:
                job = sim.jobs.get(i)
                if job is None:
                    frags.pop(i, None)
                else:
                    frags[i] = dumps(self.job_dict(job))

    def job_bytes(self, job: SimJob) -> bytes:
        self._refresh_jobs()
        return self._job_frags[job.job_id]

    def jobs_fragment(self) -> bytes:
        """``job,job,...`` (no brackets) for every job the controller holds, by id."""
        joined = self._jobs_joined
        if joined is None or joined.version != self.sim.jobs_changes:
            self._refresh_jobs()
            frags = self._job_frags
            joined = _Cached(self.sim.jobs_changes,
                             b",".join([frags[i] for i in sorted(self.sim.jobs)]))
            self._jobs_joined = joined
        return joined.data

    # -- whole answers ---------------------------------------------------------------------
    def envelope(self, key: str, items: bytes, extra: dict[str, Any], user: str,
                 source: str, errors: list[dict[str, Any]] | None = None,
                 warnings: list[dict[str, Any]] | None = None) -> bytes:
        """``{"<key>": [<items>], <extra>, "meta", "errors", "warnings"}`` as bytes.

        ``items`` is the comma-separated objects, without brackets.
        """
        tail: dict[str, Any] = dict(extra)
        tail["meta"] = meta(self.cluster, user, source)
        tail["errors"] = errors or []
        tail["warnings"] = warnings or []
        rest = dumps(tail)
        # one join: each ``+`` would copy the (up to ~10 MB) item list again
        return b"".join((b'{"', key.encode(), b'":[', items, b"],", memoryview(rest)[1:]))

    def nodes_answer(self, user: str, source: str) -> bytes:
        items = self.nodes_fragment()
        last = self.sim.observe_nodes()
        return self.envelope("nodes", items, {"last_update": num(last)}, user, source)

    def node_answer(self, node: SimNode, user: str, source: str) -> bytes:
        last = self.sim.observe_nodes()
        return self.envelope("nodes", self.node_bytes(node),
                             {"last_update": num(last)}, user, source)

    def partitions_answer(self, user: str, source: str,
                          only: SimPartition | None = None) -> bytes:
        items = (self.partitions_fragment() if only is None
                 else self.partition_bytes(only))
        return self.envelope("partitions", items,
                             {"last_update": num(self.sim.partitions_last_update)}, user, source)

    def jobs_answer(self, user: str, source: str, jobs: list[SimJob] | None = None) -> bytes:
        items = (self.jobs_fragment() if jobs is None
                 else b",".join(self.job_bytes(j) for j in jobs))
        last = self.sim.observe_jobs()
        return self.envelope("jobs", items, {"last_backfill": num(self.sim.last_backfill),
                                             "last_update": num(last)}, user, source)

    def prerender(self) -> None:
        """Render everything once (start-up), so the first answers cost only a join."""
        self.nodes_fragment()
        self.partitions_fragment()
        self.jobs_fragment()
