"""The ``sbatch`` script equivalent to a REST job request.

A person can copy it and run ``sbatch job.sh`` on a login node: the ``#SBATCH`` lines
follow the script's own ``#!`` line (sbatch reads options only before the first command),
and because the REST request sets exactly the environment it lists, the script asks for
``--export=NONE`` and exports those variables itself.
"""

from __future__ import annotations

import shlex

from app.domain.job_rules import format_time_limit
from app.domain.submission import JobSubmission

DEFAULT_SHEBANG = "#!/bin/bash"


def _value(text: str) -> str:
    """An option value as sbatch reads it from a ``#SBATCH`` line (quoted if needed)."""
    if text and not any(c.isspace() or c in "\"'#" for c in text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sbatch_options(sub: JobSubmission) -> list[str]:
    """The ``--option=value`` list for ``sub``, in the order sbatch documents them."""
    opts = [f"--job-name={_value(sub.name)}", f"--partition={_value(sub.partition)}",
            f"--nodes={sub.nodes}", f"--ntasks={sub.tasks}"]
    if sub.cpus_per_task:
        opts.append(f"--cpus-per-task={sub.cpus_per_task}")
    if sub.gpu_spec:
        opts.append(f"--gres=gpu:{sub.gpu_spec}")
    if sub.memory_per_node_mb:
        opts.append(f"--mem={sub.memory_per_node_mb}M")
    opts.append(f"--time={format_time_limit(sub.time_limit_min)}")
    if sub.account:
        opts.append(f"--account={_value(sub.account)}")
    if sub.working_directory:
        opts.append(f"--chdir={_value(sub.working_directory)}")
    if sub.standard_output:
        opts.append(f"--output={_value(sub.standard_output)}")
    if sub.standard_error:
        opts.append(f"--error={_value(sub.standard_error)}")
    if sub.array:
        opts.append(f"--array={sub.array}")
    if sub.hold:
        opts.append("--hold")
    if sub.comment:
        opts.append(f"--comment={_value(sub.comment)}")
    opts.append("--export=NONE")
    return opts


def sbatch_script(sub: JobSubmission) -> str:
    """The whole script: shebang, ``#SBATCH`` lines, exports, then the job's own lines."""
    lines = sub.script.replace("\r\n", "\n").split("\n")
    if lines and lines[0].startswith("#!"):
        shebang, body = lines[0], lines[1:]
    else:
        shebang, body = DEFAULT_SHEBANG, lines
    out = [shebang]
    out += [f"#SBATCH {opt}" for opt in sbatch_options(sub)]
    if sub.environment:
        out.append("# the environment the REST request sets (and nothing else)")
        out += [f"export {key}={shlex.quote(value)}" for key, value in sub.environment.items()]
    while body and body[-1] == "":
        body.pop()
    out += body
    return "\n".join(out) + "\n"
