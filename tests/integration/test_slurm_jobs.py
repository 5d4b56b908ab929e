"""A GPU job submitted through the client goes PENDING → RUNNING → COMPLETED; a cancelled one
ends CANCELLED — on every API version, against real Slurm."""

from __future__ import annotations

from pathlib import Path

from tests.integration.support import cancel_quietly, client_for, eventually, job_submission

SHORT_JOB = '#!/bin/bash\necho "gpus=$CUDA_VISIBLE_DEVICES node=$SLURMD_NODENAME"\nsleep 3\n'
BLOCKER = "#!/bin/bash\nsleep 300\n"


def test_gpu_job_lifecycle_and_cancel(slurm_api):
    env, version = slurm_api.env, slurm_api.version
    client = client_for(env, version)
    tag = version.replace(".", "")
    # The blocker takes every A100 of gpu-short (a1; a2 is drained), so the job waits.
    blocker = client.submit(job_submission(
        slurm_api.work_dir, name=f"aifd-blocker-{tag}", partition="gpu-short", script=BLOCKER,
        gpus=8, gpu_type="a100", minutes=5))
    job_id = 0
    try:
        assert blocker.job_id > 0 and not blocker.warnings
        eventually(lambda: client.job(blocker.job_id)[0].state == "RUNNING", timeout=60,
                   what=f"blocker {blocker.job_id} RUNNING")
        submitted = client.submit(job_submission(
            slurm_api.work_dir, name=f"aifd-flow-{tag}", partition="gpu-short",
            script=SHORT_JOB, gpus=2, gpu_type="a100", minutes=2))
        job_id = submitted.job_id
        assert job_id > blocker.job_id

        seen: list[str] = []

        def follow() -> bool:
            [job] = client.job(job_id)
            if not seen or seen[-1] != job.state:
                seen.append(job.state)
            if job.state == "PENDING":
                assert job.reason in {"Resources", "Priority", "None"}, job.reason
            return job.state == "COMPLETED"

        follow()
        assert seen == ["PENDING"]
        assert client.cancel(blocker.job_id) == []
        eventually(lambda: client.job(blocker.job_id)[0].state == "CANCELLED", timeout=30,
                   what=f"blocker {blocker.job_id} CANCELLED")
        eventually(follow, timeout=90, interval=0.1, what=f"job {job_id} COMPLETED")
        assert [s for s in seen if s != "COMPLETING"] == ["PENDING", "RUNNING", "COMPLETED"]

        [done] = client.job(job_id)
        assert (done.name, done.partition, dict(done.gpus), done.exit_code) == (
            f"aifd-flow-{tag}", "gpu-short", {"a100": 2}, 0)
        assert done.nodes == "a1" and done.start_time and done.end_time
        assert done.end_time >= done.start_time
        out = Path(slurm_api.work_dir) / f"aifd-flow-{tag}-{job_id}.out"
        assert out.read_text().split() == ["gpus=0,1", "node=a1"]
        [cancelled] = client.job(blocker.job_id)
        assert cancelled.state == "CANCELLED" and dict(cancelled.gpus) == {"a100": 8}
    finally:
        cancel_quietly(env, [blocker.job_id, job_id])
