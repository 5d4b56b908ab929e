#!/bin/bash
# aifd-title: Array job (parameter sweep)
# aifd-description: The same script once per array index; each task reads SLURM_ARRAY_TASK_ID.
# aifd-defaults: nodes=1 tasks_per_node=1 gpus_per_node=1 cpus_per_task=8 array=0-9%4 standard_output=%x-%A_%a.out
set -euo pipefail

# One learning rate per array task (indices 0-9; at most 4 tasks run at once).
RATES=(1e-2 5e-3 2e-3 1e-3 5e-4 2e-4 1e-4 5e-5 2e-5 1e-5)
RATE=${RATES[$SLURM_ARRAY_TASK_ID]}

echo "array job $SLURM_ARRAY_JOB_ID task $SLURM_ARRAY_TASK_ID: learning rate $RATE"
srun python train.py --lr "$RATE" --run-name "lr-$RATE"
