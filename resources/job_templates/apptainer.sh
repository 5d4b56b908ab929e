#!/bin/bash
# aifd-title: Apptainer container
# aifd-description: Run your code inside a container image (.sif) with the node's GPUs passed through.
# aifd-defaults: nodes=1 tasks_per_node=1 gpus_per_node=1 cpus_per_task=8 standard_output=%x-%j.out
set -euo pipefail

# Build or pull the image once on a login node, for example:
#   apptainer pull pytorch.sif docker://nvcr.io/nvidia/pytorch:24.05-py3
IMAGE="${IMAGE:-$PWD/pytorch.sif}"

# --nv passes NVIDIA GPUs into the container; on AMD GPUs use --rocm instead.
srun apptainer exec --nv --bind "$PWD" "$IMAGE" python train.py
