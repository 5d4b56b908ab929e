"""The capacity cache codec: what the desk writes it reads back, older caches included."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.capacity import Capacity, GpuTotals, PartitionCapacity
from app.domain.codec import capacity_from_dict, capacity_to_dict


def sample() -> Capacity:
    gpus = GpuTotals(total=32, allocated=20, idle=8, unavailable=4)
    row = PartitionCapacity(
        partition="gpu", gpu_type="h100", gpus=gpus, nodes_total=8,
        nodes_by_state={"mixed": 5, "idle": 2, "drained": 1}, pending_jobs=3,
        pending_gpus=12, running_jobs=7, max_time_min=1440, max_nodes_per_job=4,
        next_expected_start=datetime(2026, 11, 23, 10, 30, tzinfo=UTC),
        node_memory_mb=491520, max_memory_per_node_mb=409600)
    return Capacity((row,), {"h100": gpus}, {"mixed": 5, "idle": 2, "drained": 1}, 3, 7)


def test_round_trip_keeps_every_field_including_memory():
    capacity = sample()
    again = capacity_from_dict(capacity_to_dict(capacity))
    assert again == capacity
    assert again.rows[0].memory_per_node_mb == 409600


def test_a_cache_written_before_memory_was_kept_still_loads():
    doc = capacity_to_dict(sample())
    for row in doc["rows"]:
        del row["node_memory_mb"], row["max_memory_per_node_mb"]
    row = capacity_from_dict(doc).rows[0]
    assert row.node_memory_mb is None and row.memory_per_node_mb is None
    assert row.gpus.idle == 8
