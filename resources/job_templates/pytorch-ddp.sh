#!/bin/bash
# aifd-title: Multi-node PyTorch DDP
# aifd-description: torchrun on every node, one process per GPU, rendezvous on the first node.
# aifd-defaults: nodes=2 tasks_per_node=1 gpus_per_node=4 cpus_per_task=32 standard_output=%x-%j.out
set -euo pipefail

# Load PyTorch the way your site documents it (module or virtual environment).

# The first node of the allocation hosts the rendezvous.
MASTER_ADDR=$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)
export MASTER_ADDR
export MASTER_PORT=29500
GPUS_PER_NODE=${SLURM_GPUS_ON_NODE:-4}

echo "job $SLURM_JOB_ID: $SLURM_JOB_NUM_NODES nodes x $GPUS_PER_NODE GPUs, rendezvous $MASTER_ADDR:$MASTER_PORT"

# One torchrun per node (one task per node); torchrun starts one worker per GPU.
srun --ntasks-per-node=1 torchrun \
    --nnodes="$SLURM_JOB_NUM_NODES" \
    --nproc-per-node="$GPUS_PER_NODE" \
    --rdzv-id="$SLURM_JOB_ID" \
    --rdzv-backend=c10d \
    --rdzv-endpoint="$MASTER_ADDR:$MASTER_PORT" \
    train.py
