"""The sbatch script equivalent to a REST request."""

from __future__ import annotations

from dataclasses import replace

from app.domain.sbatch import sbatch_options, sbatch_script
from app.domain.submission import JobSubmission

SUB = JobSubmission(script="#!/bin/bash -l\nset -e\nsrun python train.py\n\n", name="train",
                    partition="acc", nodes=2, tasks=8, gpus_per_node=4, gpu_type="h100",
                    cpus_per_task=10, memory_per_node_mb=65536, time_limit_min=2880,
                    account="ehpc-aif-1", working_directory="/scratch/me/run",
                    standard_output="/scratch/me/run/%j.out", array="0-3%2",
                    environment={"PATH": "/usr/bin:/bin", "MSG": "hello world"},
                    comment="access-mode:playground aifd:" + "a" * 32)


def test_sbatch_lines_follow_the_shebang_and_come_before_commands():
    text = sbatch_script(SUB)
    lines = text.splitlines()
    assert lines[0] == "#!/bin/bash -l"
    assert lines[1:15] == [
        "#SBATCH --job-name=train",
        "#SBATCH --partition=acc",
        "#SBATCH --nodes=2",
        "#SBATCH --ntasks=8",
        "#SBATCH --cpus-per-task=10",
        "#SBATCH --gres=gpu:h100:4",
        "#SBATCH --mem=65536M",
        "#SBATCH --time=2-00:00:00",
        "#SBATCH --account=ehpc-aif-1",
        "#SBATCH --chdir=/scratch/me/run",
        "#SBATCH --output=/scratch/me/run/%j.out",
        "#SBATCH --array=0-3%2",
        f'#SBATCH --comment="access-mode:playground aifd:{"a" * 32}"',
        "#SBATCH --export=NONE",
    ]
    assert "export PATH=/usr/bin:/bin" in lines
    assert "export MSG='hello world'" in lines
    assert lines[-2:] == ["set -e", "srun python train.py"]
    assert text.endswith("train.py\n")
    first_command = lines.index("set -e")
    assert all(not line.startswith("#SBATCH") for line in lines[first_command:])


def test_minimal_request_and_missing_shebang():
    sub = JobSubmission(script="echo hi", name="x", partition="cpu", environment={})
    text = sbatch_script(sub)
    assert text.splitlines()[0] == "#!/bin/bash"
    assert "--gres" not in text and "--mem" not in text and "export" not in text.replace(
        "--export=NONE", "")
    assert "#SBATCH --time=01:00:00" in text


def test_gpus_without_type_and_hold():
    opts = sbatch_options(replace(SUB, gpu_type="", gpus_per_node=2, hold=True))
    assert "--gres=gpu:2" in opts and "--hold" in opts
