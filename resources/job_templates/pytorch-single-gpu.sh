#!/bin/bash
# aifd-title: Single-GPU PyTorch
# aifd-description: One GPU and one Python process: fine-tuning, inference or a first test.
# aifd-defaults: nodes=1 tasks_per_node=1 gpus_per_node=1 cpus_per_task=8 standard_output=%x-%j.out
set -euo pipefail

# Load PyTorch the way your site documents it, for example one of:
#   module load pytorch
#   source "$HOME/venvs/torch/bin/activate"

echo "job $SLURM_JOB_ID on $(hostname), GPUs: ${CUDA_VISIBLE_DEVICES:-${ROCR_VISIBLE_DEVICES:-none}}"
python -c 'import torch; print("torch", torch.__version__, "GPU available:", torch.cuda.is_available())'

srun python train.py
