"""Capacity numbers on hand-made sites with every awkward case in them."""

from datetime import UTC, datetime

from app.domain.capacity import Job, Node, Partition, aggregate


def node(name, states, parts, gpus=None, used=None):
    return Node(name, frozenset(states), tuple(parts), gpus or {}, used or {})


NODES = [
    node("g1", ["MIXED"], ["gpu", "debug"], {"h100": 4}, {"h100": 2}),
    node("g2", ["ALLOCATED"], ["gpu"], {"h100": 4}, {"h100": 4}),
    node("g3", ["IDLE"], ["gpu", "debug"], {"h100": 4}, {"h100": 0}),
    node("g4", ["IDLE", "DRAIN"], ["gpu"], {"h100": 4}, {}),
    node("g5", ["MIXED", "DRAIN"], ["gpu"], {"h100": 4}, {"h100": 1}),  # draining
    node("g6", ["DOWN", "NOT_RESPONDING"], ["gpu"], {"h100": 4}, {"h100": 4}),
    node("m1", ["IDLE"], ["mig"], {"a100_3g.20gb": 2, "a100": 1}, {"a100_3g.20gb": 1}),
    node("c1", ["IDLE"], ["cpu"]),
]
PARTS = [
    Partition("gpu", ("g1", "g2", "g3", "g4", "g5", "g6"), max_time_min=1440),
    Partition("debug", ("g1", "g3"), max_time_min=30, max_nodes_per_job=1),
    Partition("mig", ("m1",)),
    Partition("cpu", ("c1",)),
]
T0 = datetime(2026, 11, 23, 12, tzinfo=UTC)
JOBS = [
    Job(1, "a", "u", "gpu", "RUNNING", gpus={"h100": 2}),
    Job(2, "b", "u", "gpu", "PENDING", reason="Resources", gpus={"h100": 8},
        start_time=T0),
    Job(3, "c", "u", "gpu,debug", "PENDING", reason="Priority", gpus={"h100": 1}),
    Job(4, "d", "u", "mig", "PENDING", gpus={"a100_3g.20gb": 1}),
    Job(5, "e", "u", "cpu", "COMPLETED"),
]


def rows():
    cap = aggregate(NODES, PARTS, JOBS)
    return cap, {(r.partition, r.gpu_type): r for r in cap.rows}


def test_partition_split_counts_drained_and_down():
    _, by = rows()
    gpu = by[("gpu", "h100")].gpus
    assert (gpu.total, gpu.allocated, gpu.idle, gpu.unavailable) == (24, 7, 6, 11)
    assert gpu.total == gpu.allocated + gpu.idle + gpu.unavailable


def test_nodes_in_two_partitions_count_once_in_site_totals():
    cap, by = rows()
    assert by[("debug", "h100")].gpus.total == 8
    assert cap.totals["h100"].total == 24  # not 32
    assert cap.gpus.total == 24 + 3


def test_mig_types_are_their_own_rows():
    _, by = rows()
    assert by[("mig", "a100_3g.20gb")].gpus.idle == 1
    assert by[("mig", "a100")].gpus.idle == 1
    assert by[("mig", "a100_3g.20gb")].pending_gpus == 1


def test_cpu_only_partition_has_a_row_without_gpus():
    _, by = rows()
    assert by[("cpu", "")].gpus.total == 0
    assert by[("cpu", "")].nodes_by_state["idle"] == 1


def test_queue_numbers_and_expected_start():
    cap, by = rows()
    assert by[("gpu", "h100")].pending_jobs == 2
    assert by[("gpu", "h100")].pending_gpus == 9
    assert by[("debug", "h100")].pending_jobs == 1
    assert by[("gpu", "h100")].next_expected_start == T0
    assert cap.pending_jobs == 3 and cap.running_jobs == 1


def test_node_states():
    cap, by = rows()
    assert by[("gpu", "h100")].nodes_by_state == {
        "idle": 1, "mixed": 1, "allocated": 1, "drained": 2, "down": 1}
    assert cap.nodes_by_state["down"] == 1


def test_memory_per_node_is_the_smallest_node_capped_by_max_mem_per_node():
    nodes = [
        Node("a", frozenset({"IDLE"}), ("p",), {"h100": 4}, {}, real_memory_mb=512000),
        Node("b", frozenset({"IDLE"}), ("p",), {"h100": 4}, {}, real_memory_mb=494000),
        Node("c", frozenset({"IDLE"}), ("p",), {"h100": 4}, {}),  # memory not reported
        Node("d", frozenset({"IDLE"}), ("q",), {}, {}, real_memory_mb=1000),
    ]
    parts = [Partition("p", ("a", "b", "c")), Partition("q", ("d",)),
             Partition("capped", ("a",), max_memory_per_node_mb=256000),
             Partition("empty", ("zz",))]
    by = {r.partition: r for r in aggregate(nodes, parts, []).rows}
    assert (by["p"].node_memory_mb, by["p"].memory_per_node_mb) == (494000, 494000)
    assert by["q"].memory_per_node_mb == 1000
    assert (by["capped"].node_memory_mb, by["capped"].memory_per_node_mb) == (512000, 256000)
    assert by["capped"].max_memory_per_node_mb == 256000
    assert by["empty"].memory_per_node_mb is None
