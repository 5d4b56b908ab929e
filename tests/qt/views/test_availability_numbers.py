"""The availability table and federation totals on a site with every awkward case (mixed,
drained and down nodes, MIG and shard GRES, a CPU-only partition, nodes in two
partitions), beside a plain site and one that cannot be reached."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from app.clients.errors import SiteUnreachable
from app.domain.capacity import aggregate
from app.models.availability_model import AvailabilityModel
from app.services.site_fetch import SiteRead
from app.services.snapshot_store import SnapshotStore
from app.services.tasks import TaskRunner
from tests.unit.domain.test_availability import (
    SITE_A_JOBS,
    SITE_A_NODES,
    SITE_A_PARTS,
    SITE_B_NODES,
    SITE_B_PARTS,
)

NOW = datetime.now(UTC).replace(microsecond=0)


def read(site_id, nodes, parts, jobs) -> SiteRead:
    return SiteRead(site_id, NOW, "v0.0.42", aggregate(nodes, parts, jobs), tuple(parts), (),
                    False, 0.1)


@pytest.fixture
def model() -> Iterator[AvailabilityModel]:
    runner = TaskRunner(1)
    store = SnapshotStore(None, runner)
    store.set_sites([("a", True), ("b", True), ("c", True)])
    store.apply_read("a", read("a", SITE_A_NODES, SITE_A_PARTS, SITE_A_JOBS))
    store.apply_read("b", read("b", SITE_B_NODES, SITE_B_PARTS, []))
    store.apply_failure("c", SiteUnreachable("cannot connect to the site"))
    model = AvailabilityModel(store)
    model.rebuild()
    yield model
    model.stop()
    runner.shutdown()


def test_one_row_per_partition_and_gpu_type(model):
    by = {(r["site_id"], r["partition"], r["gpu_type"]): r for r in model.rows()}
    gpu = by[("a", "gpu", "h100")]
    assert (gpu["total"], gpu["allocated"], gpu["idle"], gpu["unavailable"]) == (28, 8, 9, 11)
    assert (gpu["drained_nodes"], gpu["down_nodes"]) == (2, 1)
    assert (gpu["pending_jobs"], gpu["pending_gpus"]) == (2, 10)
    assert by[("a", "debug", "h100")]["total"] == 8
    mig = by[("a", "mig", "nvidia_a100_3g.20gb")]
    assert (mig["total"], mig["allocated"], mig["idle"]) == (2, 1, 1)
    assert mig["family"] == "A100 MIG 3g.20gb"
    cpu = by[("a", "cpu", "")]
    assert cpu["gpu_model"] == "CPU only" and cpu["total"] == 0
    booster = {r["gpu_type"]: r for r in model.rows() if r["site_id"] == "b"}
    assert booster["h100"]["idle"] == 5 and booster["mi250x"]["idle"] == 8
    assert by[("c", "", "")]["gpu_model"] == "no data"


def test_federation_totals_count_every_gpu_once(model):
    totals = {r["model"]: r for r in model.totals.rows()}
    assert set(totals) == {"H100", "MI250X", "A100", "A100 MIG 3g.20gb", "All GPUs"}
    h100 = totals["H100"]
    assert (h100["total"], h100["allocated"], h100["idle"], h100["unavailable"]) == (
        36, 8 + 3, 9 + 5, 11)
    assert h100["sites"] == 2 and h100["queued_gpus"] == 12 and h100["queued_jobs"] == 3
    whole = totals["All GPUs"]
    # H100 36 + MI250X 8 + A100 1; the MIG slices are parts of GPUs, not GPUs
    assert whole["total"] == 36 + 8 + 1
    assert whole["idle"] == 14 + 8 + 1 and whole["sites"] == 2
    # the sum of partition rows would count the debug partition's nodes twice
    assert sum(r.get("total") or 0 for r in model.rows()
               if r.get("gpu_type") == "h100") == 36 + 8
