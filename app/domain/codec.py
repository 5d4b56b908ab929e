"""Plain-JSON encoding of capacity, for the offline cache and reports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.capacity import Capacity, GpuTotals, PartitionCapacity


def _totals(t: GpuTotals) -> list[int]:
    return [t.total, t.allocated, t.idle, t.unavailable]


def _totals_from(v: Any) -> GpuTotals:
    total, allocated, idle, unavailable = (int(x) for x in v)
    return GpuTotals(total, allocated, idle, unavailable)


def capacity_to_dict(capacity: Capacity) -> dict[str, Any]:
    return {
        "rows": [
            {
                "partition": r.partition, "gpu_type": r.gpu_type, "gpus": _totals(r.gpus),
                "nodes_total": r.nodes_total, "nodes_by_state": dict(r.nodes_by_state),
                "pending_jobs": r.pending_jobs, "pending_gpus": r.pending_gpus,
                "running_jobs": r.running_jobs, "state": r.state,
                "max_time_min": r.max_time_min, "max_nodes_per_job": r.max_nodes_per_job,
                "node_memory_mb": r.node_memory_mb,
                "max_memory_per_node_mb": r.max_memory_per_node_mb,
                "next_expected_start": r.next_expected_start.isoformat()
                if r.next_expected_start else None,
            }
            for r in capacity.rows
        ],
        "totals": {k: _totals(v) for k, v in capacity.totals.items()},
        "nodes_by_state": dict(capacity.nodes_by_state),
        "pending_jobs": capacity.pending_jobs,
        "running_jobs": capacity.running_jobs,
    }


def capacity_from_dict(doc: dict[str, Any]) -> Capacity:
    """Inverse of ``capacity_to_dict``; raises ``KeyError``/``ValueError`` on bad input."""
    rows = tuple(
        PartitionCapacity(
            partition=str(r["partition"]), gpu_type=str(r["gpu_type"]),
            gpus=_totals_from(r["gpus"]), nodes_total=int(r["nodes_total"]),
            nodes_by_state={str(k): int(v) for k, v in r["nodes_by_state"].items()},
            pending_jobs=int(r["pending_jobs"]), pending_gpus=int(r["pending_gpus"]),
            running_jobs=int(r["running_jobs"]), state=str(r["state"]),
            max_time_min=r["max_time_min"], max_nodes_per_job=r["max_nodes_per_job"],
            node_memory_mb=r.get("node_memory_mb"),  # absent in caches written before
            max_memory_per_node_mb=r.get("max_memory_per_node_mb"),
            next_expected_start=datetime.fromisoformat(r["next_expected_start"])
            if r.get("next_expected_start") else None,
        )
        for r in doc["rows"]
    )
    return Capacity(
        rows=rows,
        totals={str(k): _totals_from(v) for k, v in doc["totals"].items()},
        nodes_by_state={str(k): int(v) for k, v in doc["nodes_by_state"].items()},
        pending_jobs=int(doc["pending_jobs"]), running_jobs=int(doc["running_jobs"]),
    )
