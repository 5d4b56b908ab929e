"""The start-time estimate: verdicts, waiting times, explanations and ranking."""

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.capacity import GpuTotals, Job, PartitionCapacity
from app.domain.start_estimate import (
    Candidate,
    JobShape,
    Release,
    Verdict,
    access_limits,
    estimate,
    format_duration,
    format_limit,
    rank,
    releases_from_jobs,
    sbatch_command,
    slurm_time,
)

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def cap(*, total=64, alloc=48, idle=16, down=0, idle_nodes=4, nodes=16, pending_gpus=0,
        pending_jobs=0, max_time=1440, max_nodes=None, state="UP", next_start=None,
        partition="gpu", gpu_type="h100"):
    return PartitionCapacity(
        partition=partition, gpu_type=gpu_type, gpus=GpuTotals(total, alloc, idle, down),
        nodes_total=nodes, nodes_by_state={"idle": idle_nodes, "mixed": 0, "allocated": 0,
                                           "drained": 0, "down": 0},
        pending_jobs=pending_jobs, pending_gpus=pending_gpus, running_jobs=10, state=state,
        max_time_min=max_time, max_nodes_per_job=max_nodes, next_expected_start=next_start)


def cand(capacity=None, *, site="s", model="H100", node_gpus=4, releases=None,
         reachable=True, problem="", data_time=NOW):
    c = capacity if capacity is not None else cap()
    return Candidate(site, c.partition, c.gpu_type, model, c if reachable else None,
                     node_gpus=node_gpus,
                     releases=releases, reachable=reachable, problem=problem,
                     data_time=data_time)


SHAPE = JobShape(gpu_model="H100", gpus_per_node=4, nodes=2, hours=6)


def test_free_now_when_whole_nodes_are_idle_and_nobody_waits():
    est = estimate(cand(), SHAPE, NOW)
    assert est.verdict is Verdict.FREE_NOW and est.wait_s == 0 and est.start == NOW
    assert est.why == "free now: 4 whole nodes idle"


def test_idle_gpus_scattered_over_mixed_nodes_do_not_make_whole_nodes():
    est = estimate(cand(cap(idle=16, idle_nodes=1)), SHAPE, NOW)
    assert est.verdict is Verdict.QUEUED
    assert "1 whole node idle" in est.why


def test_a_partial_node_job_fits_in_idle_gpus():
    shape = JobShape(gpus_per_node=2, nodes=1, hours=1)
    est = estimate(cand(cap(idle=3, idle_nodes=0)), shape, NOW)
    assert est.verdict is Verdict.FREE_NOW and "3 GPUs idle" in est.why


def test_queue_ahead_walks_the_running_jobs_ends():
    releases = tuple(Release(NOW + timedelta(hours=h), 8) for h in (1, 2, 3))
    c = cand(cap(idle=4, idle_nodes=1, pending_gpus=16, pending_jobs=2), releases=releases)
    est = estimate(c, SHAPE, NOW)
    # need 16 queued + 8 ours = 24; 4 idle + 8 + 8 = 20 at 2 h, 28 at 3 h
    assert est.verdict is Verdict.QUEUED
    assert est.wait_s == pytest.approx(3 * 3600)
    assert est.why.startswith("about 3 h of queue ahead: 16 GPUs queued")


def test_without_job_ends_the_queue_drains_at_the_turnover_rate_and_says_rough():
    c = cand(cap(total=64, alloc=60, idle=4, idle_nodes=1, pending_gpus=36, max_time=1440))
    est = estimate(c, SHAPE, NOW)
    # 36 + 8 - 4 = 40 GPUs at 60 GPUs per 12 h -> 8 h
    assert est.wait_s == pytest.approx(8 * 3600)
    assert "about 8 h of queue ahead" in est.why
    assert "rough" in est.why


def test_slurm_expected_start_is_never_beaten_by_the_queue_model():
    later = NOW + timedelta(hours=10)
    c = cand(cap(idle=4, idle_nodes=1, pending_gpus=8, next_start=later),
             releases=(Release(NOW + timedelta(hours=1), 16),))
    est = estimate(c, SHAPE, NOW)
    assert est.wait_s == pytest.approx(10 * 3600)
    assert "Slurm: the next queued job starts in about 10 h" in est.why


def test_backfill_free_now_when_the_job_ends_before_the_queue_starts():
    c = cand(cap(idle=16, idle_nodes=4, pending_gpus=64, next_start=NOW + timedelta(hours=8)))
    est = estimate(c, SHAPE, NOW)
    assert est.verdict is Verdict.FREE_NOW
    assert est.why.startswith("free now if backfilled")
    # a longer job would not fit before the queue's reservation
    long = estimate(c, JobShape("H100", 4, 2, 12), NOW)
    assert long.verdict is Verdict.QUEUED


def test_free_now_with_a_queue_that_leaves_enough():
    est = estimate(cand(cap(idle=16, idle_nodes=4, pending_gpus=4)),
                   JobShape("H100", 2, 1, 1), NOW)
    assert est.verdict is Verdict.FREE_NOW and "4 GPUs queued" in est.why


@pytest.mark.parametrize(("capacity", "shape", "reason"), [
    (cap(max_time=1440), JobShape("H100", 4, 1, 30), "exceeds the 24 h limit"),
    (cap(max_time=30), JobShape("H100", 4, 1, 1), "exceeds the 30 min limit"),
    (cap(max_nodes=1), JobShape("H100", 4, 2, 1), "exceeds the 1-node limit per job"),
    (cap(), JobShape("H100", 8, 1, 1), "nodes have 4 GPUs, not 8"),
    (cap(nodes=16), JobShape("H100", 4, 17, 1), "the partition has only 16 nodes"),
    (cap(total=64, down=40, alloc=20, idle=4), JobShape("H100", 4, 8, 1),
     "needs 32 GPUs, 24 in service"),
    (cap(state="DOWN"), SHAPE, "partition is down"),
])
def test_limits_say_what_stops_the_job(capacity, shape, reason):
    est = estimate(cand(capacity), shape, NOW)
    assert est.verdict is Verdict.DOES_NOT_FIT and est.wait_s is None
    assert est.why == reason


def test_no_data_rather_than_a_guess_when_a_site_is_unreachable():
    est = estimate(cand(reachable=False, problem="site unreachable — cannot connect"),
                   SHAPE, NOW)
    assert est.verdict is Verdict.NO_DATA and est.wait_s is None and est.start is None
    assert est.why == "no data: site unreachable — cannot connect"


def test_old_data_is_named():
    est = estimate(cand(data_time=NOW - timedelta(hours=2)), SHAPE, NOW)
    assert est.verdict is Verdict.FREE_NOW and "data is 2 h old" in est.why


def test_rank_orders_free_queued_no_data_then_does_not_fit():
    quick = cand(cap(idle=4, idle_nodes=1, pending_gpus=4), site="q",
                 releases=(Release(NOW + timedelta(hours=1), 8),))
    slow = cand(cap(idle=4, idle_nodes=1, pending_gpus=4), site="r",
                releases=(Release(NOW + timedelta(hours=5), 8),))
    free_small = cand(cap(idle=8, idle_nodes=2), site="f2")
    free_big = cand(cap(idle=40, idle_nodes=10, total=128, alloc=88, nodes=32), site="f1")
    dark = cand(reachable=False, site="x", problem="down")
    short = cand(cap(max_time=60), site="t")
    other = cand(cap(gpu_type="mi250x"), site="m", model="MI250X")
    out = rank([short, dark, slow, quick, free_small, free_big, other], SHAPE, NOW)
    assert [e.candidate.site_id for e in out] == ["f1", "f2", "q", "r", "x", "t"]
    any_model = rank([other, free_big], JobShape("", 4, 2, 6), NOW)
    assert {e.candidate.site_id for e in any_model} == {"m", "f1"}


def test_access_mode_limits_machines_and_gpu_hours():
    systems = [("leonardo-booster", "Leonardo Booster"), ("lumi-g", "LUMI-G"),
               ("jupiter-booster", "JUPITER Booster")]
    science = access_limits("ai-for-science", "AI for Science", "20,000 to 90,000 node-hours "
                            "on MareNostrum 5 ACC, Leonardo Booster, LUMI-G or MeluXina GPU",
                            "1 month", systems)
    assert science.systems == frozenset({"leonardo-booster", "lumi-g"})
    assert science.max_gpu_hours is None
    fast = access_limits("fast-lane", "Fast Lane", "medium allocations, up to about 50,000 "
                         "GPU-hours", "usually within 4 working days", systems)
    assert fast.systems is None and fast.max_gpu_hours == 50_000
    assert fast.note == "Fast Lane: usually within 4 working days"
    huge = JobShape("H100", 4, 16, 1000)
    big = cand(cap(total=4096, alloc=0, idle=4096, idle_nodes=1024, nodes=1024,
                   max_time=None))
    assert "exceed Fast Lane's 50,000 GPU-hour" in estimate(big, huge, NOW, fast).why
    out = rank([cand(site="jupiter-booster"), cand(site="lumi-g")], SHAPE, NOW, science,
               {"jupiter-booster": "jupiter-booster", "lumi-g": "lumi-g"})
    assert [e.candidate.site_id for e in out] == ["lumi-g", "jupiter-booster"]
    assert out[1].why == "AI for Science does not offer this machine"


def test_releases_from_running_jobs_including_shared_nodes():
    start = NOW - timedelta(hours=1)
    jobs = [
        Job(1, "a", "u", "gpu", "RUNNING", nodes="g[1-2]", gpus={"h100": 8},
            start_time=start, time_limit_min=180),
        Job(2, "b", "u", "gpu", "RUNNING", nodes="g3", gpus={"h100": 4},
            start_time=start, end_time=NOW + timedelta(hours=5)),
        Job(3, "c", "u", "gpu", "PENDING", gpus={"h100": 4}),
        Job(4, "d", "u", "gpu", "RUNNING", nodes="g4", gpus={"gpu": 2},
            start_time=start - timedelta(days=2), time_limit_min=60),  # overdue
    ]
    out = releases_from_jobs(jobs, "gpu", (), "h100", NOW)
    assert [(r.when - NOW, r.gpus) for r in out] == [
        (timedelta(minutes=1), 2), (timedelta(hours=2), 8), (timedelta(hours=5), 4)]
    # a debug partition over g2 and g3 gets the share of the production jobs on its nodes
    debug = releases_from_jobs(jobs, "debug", ("g2", "g3"), "h100", NOW)
    assert [(r.when - NOW, r.gpus) for r in debug] == [
        (timedelta(hours=2), 4), (timedelta(hours=5), 4)]


def test_sbatch_line():
    assert sbatch_command("boost_usr_prod", "a100", SHAPE) == (
        "sbatch --partition=boost_usr_prod --nodes=2 --gres=gpu:a100:4 --time=06:00:00 job.sh")
    assert sbatch_command("gpu", "", JobShape("", 1, 1, 30)) == (
        "sbatch --partition=gpu --nodes=1 --gres=gpu:1 --time=1-06:00:00 job.sh")
    assert sbatch_command("a b", "gpu", JobShape("", 2, 1, 0.5)).startswith(
        "sbatch '--partition=a b' --nodes=1 --gres=gpu:2 --time=00:30:00")
    assert slurm_time(2 * 1440 + 61) == "2-01:01:00"


@pytest.mark.parametrize(("seconds", "text"), [
    (30, "under a minute"), (14 * 60, "about 15 min"), (2 * 3600, "about 2 h"),
    (3.7 * 3600, "about 3.7 h"), (30 * 3600, "about 30 h"), (4 * 86400, "about 4 days")])
def test_durations_in_words(seconds, text):
    assert format_duration(seconds) == text


def test_limits_in_words():
    assert [format_limit(m) for m in (30, 60, 90, 1440, 2880)] == [
        "30 min", "1 h", "1.5 h", "24 h", "2 days"]
