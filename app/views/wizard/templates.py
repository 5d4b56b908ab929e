"""Job script templates (``resources/job_templates/*.sh``) and their metadata lines.

A template is a plain batch script whose header may carry ``# aifd-title:``,
``# aifd-description:`` and ``# aifd-defaults: key=value ...`` lines (form fields such as
``nodes=2 gpus_per_node=4 array=0-9%4``). Those lines are not part of the script a job gets.
Reading the folder is file I/O: the wizard loads it on the task runner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_TITLE = "# aifd-title:"
_DESCRIPTION = "# aifd-description:"
_DEFAULTS = "# aifd-defaults:"
_INT_FIELDS = {"nodes", "tasks_per_node", "gpus_per_node", "cpus_per_task", "memory_gb"}
_TEXT_FIELDS = {"array", "standard_output", "standard_error", "time_limit"}


@dataclass(frozen=True)
class JobTemplate:
    id: str
    title: str
    description: str
    script: str
    defaults: dict[str, Any] = field(default_factory=dict)


def parse_template(template_id: str, text: str) -> JobTemplate:
    title, description = template_id, ""
    defaults: dict[str, Any] = {}
    kept = []
    for line in text.splitlines():
        if line.startswith(_TITLE):
            title = line[len(_TITLE):].strip()
        elif line.startswith(_DESCRIPTION):
            description = line[len(_DESCRIPTION):].strip()
        elif line.startswith(_DEFAULTS):
            for word in line[len(_DEFAULTS):].split():
                key, _, value = word.partition("=")
                if key in _INT_FIELDS and value.isdigit():
                    defaults[key] = int(value)
                elif key in _TEXT_FIELDS:
                    defaults[key] = value
        else:
            kept.append(line)
    return JobTemplate(template_id, title, description, "\n".join(kept) + "\n", defaults)


def load_templates(folder: Path) -> list[JobTemplate]:
    """Every ``*.sh`` template of ``folder``, in the order single-GPU, DDP, container, array."""
    order = ["pytorch-single-gpu", "pytorch-ddp", "apptainer", "array"]
    found = [parse_template(p.stem, p.read_text("utf-8")) for p in sorted(folder.glob("*.sh"))]
    return sorted(found, key=lambda t: (order.index(t.id) if t.id in order else len(order),
                                        t.id))
