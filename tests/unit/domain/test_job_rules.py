"""Every rule of a job request, one at a time, with the limit its message names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.capacity import GpuTotals, Partition, PartitionCapacity
from app.domain.job_rules import (
    JobForm,
    JobShape,
    PartitionLimits,
    Severity,
    blocking,
    check_account,
    check_array,
    check_cpus,
    check_environment,
    check_gpu_type,
    check_gpus_per_node,
    check_memory,
    check_name,
    check_nodes,
    check_partition,
    check_paths,
    check_script,
    check_time_limit,
    format_time_limit,
    limits_for,
    parse_environment,
    parse_time_limit,
    split_gpus,
    validate,
    validate_form,
)
from app.domain.submission import JobSubmission

ACC = PartitionLimits(site_id="mn5-acc", partition="acc", state="UP", max_time_min=2880,
                      default_time_min=60, max_nodes_per_job=8, total_nodes=16,
                      cpus_per_node=80, gpus_per_node={"h100": 4}, free_gpus={"h100": 12})
CPU = PartitionLimits(site_id="s", partition="cpu", total_nodes=2, cpus_per_node=4)
GOOD = JobSubmission(script="#!/bin/bash\nsrun python train.py\n", name="train",
                     partition="acc", nodes=2, tasks=8, gpus_per_node=4, gpu_type="h100",
                     cpus_per_task=10, memory_per_node_mb=64 * 1024, time_limit_min=120,
                     account="ehpc-aif-1", working_directory="/scratch/me/run",
                     standard_output="/scratch/me/run/%j.out")


def messages(problems):
    return [p.message for p in problems]


def test_a_good_request_has_no_problem():
    assert validate(GOOD, ACC) == []


# -- partition ------------------------------------------------------------------------------
def test_partition_must_be_chosen():
    [p] = check_partition(replace(GOOD, partition=""), ACC)
    assert p.field == "partition" and "choose" in p.message


def test_partition_must_be_known():
    [p] = check_partition(GOOD, None)
    assert "not known" in p.message and p.blocking


@pytest.mark.parametrize("state", ["INACTIVE", "DRAIN"])
def test_closed_partition_blocks(state):
    [p] = check_partition(GOOD, replace(ACC, state=state))
    assert p.blocking and state in p.message


def test_down_partition_only_warns():
    [p] = check_partition(GOOD, replace(ACC, state="DOWN"))
    assert p.severity is Severity.WARNING and "DOWN" in p.message


# -- nodes ----------------------------------------------------------------------------------
def test_at_least_one_node():
    [p] = check_nodes(replace(GOOD, nodes=0), ACC)
    assert p.field == "nodes" and "at least 1" in p.message


def test_nodes_within_max_nodes_per_job():
    [p] = check_nodes(replace(GOOD, nodes=9), ACC)
    assert p.message == "9 nodes: partition acc allows at most 8 per job (MaxNodes)"
    assert check_nodes(replace(GOOD, nodes=8), ACC) == []


def test_nodes_within_partition_size():
    limits = replace(ACC, max_nodes_per_job=None)
    [p] = check_nodes(replace(GOOD, nodes=17), limits)
    assert p.message == "17 nodes: partition acc has only 16 nodes"


# -- GPUs -----------------------------------------------------------------------------------
def test_gpu_type_must_exist_in_partition():
    [p] = check_gpu_type(replace(GOOD, gpu_type="a100"), ACC)
    assert p.field == "gpu_type"
    assert p.message == "partition acc has no a100 GPUs; it has h100"


def test_no_gpus_in_a_cpu_partition():
    [p] = check_gpu_type(replace(GOOD, partition="cpu", gpu_type=""), CPU)
    assert p.field == "gpus_per_node" and "has no GPUs" in p.message
    assert check_gpu_type(replace(GOOD, gpus_per_node=0, gpu_type=""), CPU) == []


def test_gpus_per_node_fit_on_a_node():
    [p] = check_gpus_per_node(replace(GOOD, gpus_per_node=5), ACC)
    assert p.message == "5 GPUs per node: a node of acc has 4 h100 GPUs"
    assert check_gpus_per_node(replace(GOOD, gpus_per_node=4), ACC) == []


def test_gpus_per_node_without_type_uses_the_largest_node():
    mixed = replace(ACC, gpus_per_node={"h100": 4, "a100": 8})
    assert check_gpus_per_node(replace(GOOD, gpu_type="", gpus_per_node=8), mixed) == []
    [p] = check_gpus_per_node(replace(GOOD, gpu_type="", gpus_per_node=9), mixed)
    assert "has 8 GPUs" in p.message


def test_gpus_per_node_not_negative():
    [p] = check_gpus_per_node(replace(GOOD, gpus_per_node=-1), ACC)
    assert "negative" in p.message


# -- CPUs, memory, time ---------------------------------------------------------------------
def test_tasks_at_least_one():
    [p] = check_cpus(replace(GOOD, tasks=0), ACC)
    assert p.field == "tasks"


def test_cpus_fit_on_a_node():
    [p] = check_cpus(replace(GOOD, tasks=16, cpus_per_task=11), ACC)  # 8 tasks/node × 11
    assert p.message == ("88 CPUs per node (tasks × CPUs per task): a node of acc has "
                         "80 CPUs")
    assert check_cpus(replace(GOOD, tasks=16, cpus_per_task=10), ACC) == []


def test_cpus_per_task_positive():
    [p] = check_cpus(replace(GOOD, cpus_per_task=0), ACC)
    assert p.field == "cpus_per_task"


def test_memory_positive_when_given():
    [p] = check_memory(replace(GOOD, memory_per_node_mb=-5), ACC)
    assert p.field == "memory"
    assert check_memory(replace(GOOD, memory_per_node_mb=None), ACC) == []


GPU_MEM = replace(ACC, partition="gpu", node_memory_mb=494000)  # the smallest node's RealMemory


def test_memory_fits_on_the_smallest_node_of_the_partition():
    [p] = check_memory(replace(GOOD, memory_per_node_mb=600 * 1024), GPU_MEM)
    assert p.field == "memory" and p.blocking
    assert p.message == ("memory per node 600 GB exceeds the 482.4 GB the nodes of "
                         "partition gpu have (RealMemory)")
    assert check_memory(replace(GOOD, memory_per_node_mb=482 * 1024), GPU_MEM) == []
    assert check_memory(replace(GOOD, memory_per_node_mb=483 * 1024), GPU_MEM) != []
    assert check_memory(replace(GOOD, memory_per_node_mb=494000), GPU_MEM) == []
    assert check_memory(replace(GOOD, memory_per_node_mb=494001), GPU_MEM) != []
    # the site's default memory (none asked) is never refused
    assert check_memory(replace(GOOD, memory_per_node_mb=None), GPU_MEM) == []


def test_memory_within_max_mem_per_node_when_that_is_lower():
    limits = replace(GPU_MEM, max_memory_per_node_mb=256 * 1024)
    assert limits.memory_per_node_mb == 256 * 1024 and limits.memory_per_node_gb == 256
    [p] = check_memory(replace(GOOD, memory_per_node_mb=300 * 1024), limits)
    assert p.message == ("memory per node 300 GB exceeds the 256 GB partition gpu allows "
                         "per node (MaxMemPerNode)")
    assert check_memory(replace(GOOD, memory_per_node_mb=256 * 1024), limits) == []
    # a MaxMemPerNode above the nodes' memory does not lift the node limit
    higher = replace(GPU_MEM, max_memory_per_node_mb=10**7)
    [p] = check_memory(replace(GOOD, memory_per_node_mb=600 * 1024), higher)
    assert "(RealMemory)" in p.message and "482.4 GB" in p.message


def test_memory_not_checked_when_the_partition_memory_is_unknown():
    assert ACC.memory_per_node_mb is None and ACC.memory_per_node_gb is None
    assert check_memory(replace(GOOD, memory_per_node_mb=10**7), ACC) == []
    assert check_memory(replace(GOOD, memory_per_node_mb=10**7), None) == []


def test_memory_problem_blocks_the_resources_page_of_the_form():
    form = JobForm(site_id="s", partition="gpu", memory_gb=600)
    problems = [p for p in validate_form(form, GPU_MEM) if p.field == "memory"]
    assert messages(problems) == ["memory per node 600 GB exceeds the 482.4 GB the nodes "
                                  "of partition gpu have (RealMemory)"]
    assert [p for p in validate_form(replace(form, memory_gb=482), GPU_MEM)
            if p.field == "memory"] == []


def test_time_limit_within_max_time():
    [p] = check_time_limit(replace(GOOD, time_limit_min=2881), ACC)
    assert p.message == ("2-00:01:00 is longer than partition acc allows: at most "
                         "2-00:00:00 (MaxTime)")
    assert check_time_limit(replace(GOOD, time_limit_min=2880), ACC) == []


def test_time_limit_at_least_a_minute():
    [p] = check_time_limit(replace(GOOD, time_limit_min=0), ACC)
    assert "at least 1 minute" in p.message


def test_no_max_time_means_no_limit():
    assert check_time_limit(replace(GOOD, time_limit_min=99999),
                            replace(ACC, max_time_min=None)) == []


# -- workload -------------------------------------------------------------------------------
@pytest.mark.parametrize("name,ok", [("train", True), ("", False), ("my job", False),
                                     ("a$b", False), ("x" * 201, False), ("ddp-7.b_2", True)])
def test_job_name(name, ok):
    assert (check_name(replace(GOOD, name=name), ACC) == []) is ok


@pytest.mark.parametrize("script,words", [
    ("", "empty"), ("echo hi\n", "start with #!"), ("#!\necho\n", "start with #!"),
    ("#!/bin/bash\r\necho hi\r\n", "CRLF"),
])
def test_script_is_a_batch_script(script, words):
    [p] = check_script(replace(GOOD, script=script), ACC)
    assert words in p.message


def test_environment_not_empty_and_well_named():
    [p] = check_environment(replace(GOOD, environment={}), ACC)
    assert "slurmrestd requires one" in p.message
    [q] = check_environment(replace(GOOD, environment={"1X": "y"}), ACC)
    assert "1X" in q.message


def test_working_directory_absolute():
    [p] = check_paths(replace(GOOD, working_directory=""), ACC)
    assert p.field == "working_directory"
    [q] = check_paths(replace(GOOD, working_directory="run"), ACC)
    assert "absolute" in q.message


def test_paths_have_no_line_breaks():
    [p] = check_paths(replace(GOOD, standard_output="a\nb"), ACC)
    assert p.field == "standard_output"


@pytest.mark.parametrize("spec,ok", [("", True), ("0-15", True), ("1,3,5", True),
                                     ("0-99:2%10", True), ("0-15%4", True), ("a-b", False),
                                     ("5-1", False), ("0-", False), ("%4", False)])
def test_array_spec(spec, ok):
    assert (check_array(replace(GOOD, array=spec), ACC) == []) is ok


def test_account_one_word_and_warned_when_missing():
    [p] = check_account(replace(GOOD, account="my project"), ACC)
    assert p.blocking
    [q] = check_account(replace(GOOD, account=""), ACC)
    assert q.severity is Severity.WARNING and not blocking([q])


# -- notation and form ----------------------------------------------------------------------
@pytest.mark.parametrize("text,minutes", [("90", 90), ("1:30", 2), ("01:30:00", 90),
                                          ("2-12", 3600), ("1-00:30", 1470),
                                          ("1-00:00:01", 1441), (" 60 ", 60)])
def test_parse_time_limit(text, minutes):
    assert parse_time_limit(text) == minutes


@pytest.mark.parametrize("text", ["", "1h", "1:2:3:4", "-5", "1-"])
def test_parse_time_limit_rejects(text):
    assert parse_time_limit(text) is None


def test_format_time_limit():
    assert format_time_limit(90) == "01:30:00"
    assert format_time_limit(2880) == "2-00:00:00"


def test_parse_environment():
    env, problems = parse_environment("# comment\nPATH=/usr/bin:/bin\n\nOMP=8\nbad line\n2X=1")
    assert env == {"PATH": "/usr/bin:/bin", "OMP": "8"}
    assert [p.message[:6] for p in problems] == ["line 5", "line 6"]


def test_form_round_trip_and_problems():
    form = JobForm(site_id="mn5-acc", partition="acc", nodes=2, tasks_per_node=4,
                   cpus_per_task=10, gpus_per_node=4, gpu_type="h100", memory_gb=64,
                   time_limit="02:00:00", name="train", script=GOOD.script,
                   working_directory="/scratch/me/run", account="ehpc-aif-1",
                   access_mode="fast-lane")
    sub, problems = form.to_submission()
    assert problems == []
    assert (sub.tasks, sub.memory_per_node_mb, sub.time_limit_min) == (8, 65536, 120)
    assert sub.comment == "access-mode:fast-lane"
    again = JobForm.from_submission("mn5-acc", sub)
    assert again == form
    assert JobForm.from_dict(form.to_dict()) == form
    assert JobForm.from_dict({"nodes": "x", "name": 5, "junk": 1}) == JobForm()


def test_form_problems_name_the_field():
    form = JobForm(partition="acc", time_limit="soon", environment="=x")
    problems = validate_form(form, ACC)
    fields = {p.field for p in problems}
    assert {"time_limit", "environment", "name", "script", "working_directory"} <= fields
    assert sum(p.field == "time_limit" for p in problems) == 1


def test_shape_from_find_capacity():
    form = JobForm().with_shape(JobShape(gpus=10, gpu_type="h100", time_limit_min=240), ACC)
    assert (form.nodes, form.gpus_per_node, form.time_limit) == (3, 4, "04:00:00")
    assert split_gpus(2, 4) == (1, 2) and split_gpus(0, 4) == (1, 0)


def test_limits_from_partition_and_capacity_rows():
    part = Partition(name="acc", nodes=("a", "b"), total_nodes=2, total_cpus=160,
                     max_time_min=2880, default_time_min=60, max_nodes_per_job=None)
    row = PartitionCapacity(partition="acc", gpu_type="h100", gpus=GpuTotals(8, 2, 6, 0),
                            nodes_total=2, nodes_by_state={}, pending_jobs=0, pending_gpus=0,
                            running_jobs=1)
    other = replace(row, partition="other", gpu_type="a100")
    limits = limits_for("s", part, [row, other])
    assert limits.gpus_per_node == {"h100": 4} and limits.free_gpus == {"h100": 6}
    assert (limits.cpus_per_node, limits.max_time_min, limits.total_nodes) == (80, 2880, 2)
    cached = limits_for("s", None, [replace(row, max_time_min=30, max_nodes_per_job=1)], "acc")
    assert (cached.max_time_min, cached.max_nodes_per_job, cached.total_nodes) == (30, 1, 2)


def test_limits_carry_memory_per_node():
    part = Partition(name="acc", nodes=("a", "b"), total_nodes=2, max_memory_per_node_mb=None)
    row = PartitionCapacity(partition="acc", gpu_type="h100", gpus=GpuTotals(8, 2, 6, 0),
                            nodes_total=2, nodes_by_state={}, pending_jobs=0, pending_gpus=0,
                            running_jobs=1, node_memory_mb=494000)
    other = replace(row, partition="other", node_memory_mb=1000)
    limits = limits_for("s", part, [row, other])
    assert (limits.node_memory_mb, limits.max_memory_per_node_mb) == (494000, None)
    assert (limits.memory_per_node_mb, limits.memory_per_node_gb) == (494000, 482)
    capped = limits_for("s", replace(part, max_memory_per_node_mb=200000), [row])
    assert capped.memory_per_node_mb == 200000
    # from cached capacity rows only (the partition not read yet)
    cached = limits_for("s", None, [replace(row, max_memory_per_node_mb=300000)], "acc")
    assert (cached.node_memory_mb, cached.memory_per_node_mb) == (494000, 300000)
    assert limits_for("s", part, []).memory_per_node_mb is None
