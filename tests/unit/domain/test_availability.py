"""Availability numbers: federation totals, history series, gaps and heat-map bins."""

import math
from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.domain.availability import (
    Bucket,
    Point,
    combine,
    federation_totals,
    grid,
    heatmap,
    held,
    max_gap_for,
    model_family,
    partial_sums,
    site_points,
    values,
)
from app.domain.capacity import Job, Node, Partition, aggregate
from app.domain.gres import parse_gres


def node(name, states, parts, gpus=None, used=None):
    return Node(name, frozenset(states), tuple(parts), gpus or {}, used or {})


# A site with every awkward case: mixed, drained, draining, down, MIG, shards, CPU-only,
# and nodes that sit in two partitions.
SITE_A_NODES = [
    node("g1", ["MIXED"], ["gpu", "debug"], {"h100": 4}, {"h100": 2}),
    node("g2", ["ALLOCATED"], ["gpu"], {"h100": 4}, {"h100": 4}),
    node("g3", ["IDLE"], ["gpu", "debug"], {"h100": 4}),
    node("g4", ["IDLE", "DRAIN"], ["gpu"], {"h100": 4}),
    node("g5", ["MIXED", "DRAIN"], ["gpu"], {"h100": 4}, {"h100": 1}),
    node("g6", ["DOWN", "NOT_RESPONDING"], ["gpu"], {"h100": 4}, {"h100": 4}),
    # shards are their own GRES ("shard"), not GPUs: parse_gres keeps only the GPUs
    node("s1", ["MIXED"], ["gpu"], parse_gres("gpu:h100:4(S:0-1),shard:h100:16(S:0-1)"),
         parse_gres("gpu:h100:1(IDX:0),shard:h100:3(0/4,1/4,1/4,1/4)")),
    node("m1", ["MIXED"], ["mig"], parse_gres("gpu:nvidia_a100_3g.20gb:2,gpu:a100:1"),
         {"nvidia_a100_3g.20gb": 1}),
    node("c1", ["IDLE"], ["cpu"]),
]
SITE_A_PARTS = [
    Partition("gpu", ("g1", "g2", "g3", "g4", "g5", "g6", "s1"), max_time_min=1440),
    Partition("debug", ("g1", "g3"), max_time_min=30, max_nodes_per_job=1),
    Partition("mig", ("m1",)),
    Partition("cpu", ("c1",)),
]
SITE_A_JOBS = [
    Job(1, "a", "u", "gpu", "PENDING", gpus={"h100": 8}),
    Job(2, "b", "u", "gpu,debug", "PENDING", gpus={"h100": 2}),
    Job(3, "c", "u", "mig", "PENDING", gpus={"nvidia_a100_3g.20gb": 1}),
]
SITE_B_NODES = [
    node("b1", ["IDLE"], ["booster"], {"h100": 4}),
    node("b2", ["MIXED"], ["booster"], {"h100": 4}, {"h100": 3}),
    node("b3", ["IDLE"], ["booster"], {"mi250x": 8}),
]
SITE_B_PARTS = [Partition("booster", ("b1", "b2", "b3"))]


def capacities():
    return {"a": aggregate(SITE_A_NODES, SITE_A_PARTS, SITE_A_JOBS),
            "b": aggregate(SITE_B_NODES, SITE_B_PARTS, [])}


@pytest.mark.parametrize(("gres", "family"), [
    ("h100", "H100"), ("nvidia_h100_80gb_hbm3", "H100"), ("gh200", "GH200"),
    ("mi250x", "MI250X"), ("a100", "A100"), ("nvidia_a100_3g.20gb", "A100 MIG 3g.20gb"),
    ("nvidia_h200_nvl_4g.71gb", "H200 MIG 4g.71gb"), ("gpu", "GPU"), ("", ""),
    ("weird.card", "WEIRD.CARD"),
])
def test_model_family(gres, family):
    assert model_family(gres) == family


def test_shards_are_not_counted_as_gpus():
    assert parse_gres("gpu:h100:4(S:0-1),shard:h100:16(S:0-1)") == {"h100": 4}


def test_federation_totals_count_each_node_once():
    by = {m.model: m for m in federation_totals(capacities())}
    h100 = by["H100"].gpus
    # site a: 7 nodes x 4 (g1 and g3 also in debug: not twice), site b: 2 x 4
    assert h100.total == 28 + 8
    assert h100.total == h100.allocated + h100.idle + h100.unavailable
    # idle: g1 2 + g3 4 + s1 3 (g4, g5 drained, g6 down) + b1 4 + b2 1
    assert h100.idle == 2 + 4 + 3 + 4 + 1
    # unavailable: g4 4 (drained, idle), g5 3 (drained, 1 still allocated), g6 4 (down)
    assert h100.unavailable == 4 + 3 + 4
    assert by["H100"].sites == ("a", "b")


def test_partition_rows_would_double_count():
    cap = capacities()["a"]
    summed = sum(r.gpus.total for r in cap.rows if r.gpu_type == "h100")
    assert summed == 28 + 8  # debug's two nodes again: why totals come from Capacity.totals
    assert cap.totals["h100"].total == 28


def rows_by(cap):
    return {(r.partition, r.gpu_type): r for r in cap.rows}


def test_partition_rows_with_mixed_drained_and_down_nodes():
    gpu = rows_by(capacities()["a"])[("gpu", "h100")]
    # g1 2 + g2 4 + g5 1 (drained, still running) + s1 1; g6 is down: its jobs count 0
    assert gpu.gpus.allocated == 2 + 4 + 1 + 1
    assert gpu.gpus.idle == 2 + 4 + 3  # g1, g3, s1
    assert gpu.gpus.unavailable == 4 + 3 + 4  # g4 drained, g5's idle three, g6 down
    assert gpu.gpus.total == 7 * 4 == (gpu.gpus.allocated + gpu.gpus.idle
                                       + gpu.gpus.unavailable)
    assert gpu.nodes_by_state == {"idle": 1, "mixed": 2, "allocated": 1, "drained": 2,
                                  "down": 1}
    assert (gpu.pending_jobs, gpu.pending_gpus) == (2, 8 + 2)


def test_a_node_in_two_partitions_counts_in_each_row_but_once_per_site():
    rows = rows_by(capacities()["a"])
    debug = rows[("debug", "h100")]
    assert (debug.gpus.total, debug.gpus.allocated, debug.gpus.idle) == (8, 2, 6)
    assert (debug.pending_jobs, debug.pending_gpus) == (1, 2)  # job 2 waits in both
    assert capacities()["a"].totals["h100"].total == 28  # not 28 + 8


def test_mig_partition_has_a_row_per_gres_type_and_cpu_partition_has_no_gpus():
    rows = rows_by(capacities()["a"])
    mig = rows[("mig", "nvidia_a100_3g.20gb")]
    whole = rows[("mig", "a100")]
    assert (mig.gpus.total, mig.gpus.allocated, mig.gpus.idle) == (2, 1, 1)
    assert (whole.gpus.total, whole.gpus.idle) == (1, 1)
    assert mig.pending_gpus == 1 and whole.pending_gpus == 0
    cpu = rows[("cpu", "")]
    assert cpu.gpus.total == 0 and cpu.nodes_by_state["idle"] == 1
    assert "" not in capacities()["a"].totals


def test_shard_gres_adds_no_gpus_and_no_used_gpus():
    shard_node = SITE_A_NODES[6]
    assert shard_node.gpus == {"h100": 4} and shard_node.gpus_used == {"h100": 1}
    assert shard_node.gpu_split("h100") == (1, 3, 0)


def test_mig_slices_cpu_nodes_and_other_models_stay_apart():
    by = {m.model: m for m in federation_totals(capacities())}
    assert by["A100 MIG 3g.20gb"].gpus.total == 2
    assert by["A100"].gpus.total == 1
    assert by["MI250X"].gpus.total == 8 and by["MI250X"].sites == ("b",)
    assert "" not in by and "GPU" not in by  # the CPU-only node adds nothing


def test_federation_queue_per_model():
    by = {m.model: m for m in federation_totals(capacities())}
    # gpu partition: 8 + 2; debug: 2 (the job queued in both counts in each)
    assert by["H100"].queued_gpus == 12
    assert by["H100"].queued_jobs == 3
    assert by["A100 MIG 3g.20gb"].queued_gpus == 1


def test_largest_model_first():
    models = [m.model for m in federation_totals(capacities())]
    assert models[0] == "H100"


# -- history series ---------------------------------------------------------------------
def bucket(site, part, gtype, ts, total, idle, alloc=None, down=0.0, pending=0.0):
    alloc = total - idle - down if alloc is None else alloc
    return Bucket(site, part, gtype, ts, total, alloc, idle, down, 0.0, pending)


def test_site_points_take_the_largest_partition_per_type():
    buckets = [bucket("a", "gpu", "h100", 0, 28, 9), bucket("a", "debug", "h100", 0, 8, 6),
               bucket("a", "mig", "a100", 0, 1, 1), bucket("b", "booster", "h100", 0, 8, 5)]
    points = site_points(buckets)
    assert points["a"][0].total == 29 and points["a"][0].idle == 10
    assert points["b"][0].idle == 5


def test_site_points_for_one_partition_and_type():
    buckets = [bucket("a", "gpu", "h100", 0, 28, 9), bucket("a", "debug", "h100", 0, 8, 6),
               bucket("a", "mig", "a100", 0, 1, 1), bucket("a", "mig", "a100_1g", 0, 2, 2)]
    assert site_points(buckets, partition="debug")["a"][0].idle == 6
    assert site_points(buckets, partition="mig")["a"][0].idle == 3
    assert site_points(buckets, partition="mig", gpu_type="a100")["a"][0].idle == 1


def test_held_values_and_gaps():
    pts = {0: Point(0, 10, 5, 5, 0, 0), 600: Point(600, 10, 4, 6, 0, 0),
           4200: Point(4200, 10, 3, 7, 0, 0)}
    ticks = grid(0, 5400, 300)
    series = held(pts, ticks, max_gap=900)
    free = values(series, "idle")
    assert free[:4] == [5, 5, 6, 6]  # 300 holds 0, 900 holds 600
    assert math.isnan(free[ticks.index(1800)])  # more than 15 min after the last sample
    assert free[ticks.index(4200)] == 7
    assert max_gap_for(60) == 900 and max_gap_for(3600) == 3 * 3600


def test_nothing_before_the_first_sample():
    assert held({600: Point(600, 1, 1, 0, 0, 0)}, [0, 300, 600], 900)[:2] == [None, None]


def test_combine_is_missing_where_any_site_is_missing():
    ticks = [0, 300, 600]
    a = [Point(0, 10, 5, 5, 0, 0), None, Point(600, 10, 5, 5, 0, 0)]
    b = [Point(0, 4, 1, 3, 0, 0), Point(300, 4, 1, 3, 0, 0), Point(600, 4, 2, 2, 0, 0)]
    out = combine([a, b], ticks)
    assert out[0] is not None and out[0].idle == 8
    assert out[1] is None
    assert out[2] is not None and out[2].idle == 7
    # a site without any data in the window is not part of the sum
    assert combine([[None, None, None], b], ticks)[1].idle == 3
    assert combine([], ticks) == [None, None, None]  # no data at all is not zero


def test_partial_sums_add_the_sites_that_answered():
    ticks = [0, 300, 600]
    a = [Point(0, 10, 5, 5, 0, 0), None, None]
    b = [Point(0, 4, 1, 3, 0, 0), Point(300, 4, 1, 3, 0, 0), None]
    sums, present, count = partial_sums([a, b, [None, None, None]], ticks)
    assert count == 2 and present == [2, 1, 0]
    assert sums[0] is not None and sums[0].idle == 8 and sums[0].ts == 0
    assert sums[1] is not None and sums[1].idle == 3 and sums[1].ts == 300
    assert sums[2] is None


def test_heatmap_bins_by_local_weekday_and_hour():
    tz = timezone(timedelta(hours=1))
    monday_9 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # 09:00 at UTC+1
    pts = [Point(int(monday_9.timestamp()), 10, 9, 1, 0, 0),
           Point(int((monday_9 + timedelta(minutes=30)).timestamp()), 10, 7, 3, 0, 0),
           Point(int((monday_9 + timedelta(days=6)).timestamp()), 12, 3, 7, 2, 0), None]
    cells = heatmap(pts, tz)
    assert len(cells) == 7 and all(len(row) == 24 for row in cells)
    assert cells[0][9] == pytest.approx((9 + 7) / 20)
    assert cells[6][9] == pytest.approx(3 / 10)  # in service = total - unavailable
    assert cells[0][10] is None
