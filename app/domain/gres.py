"""Parse Slurm GRES and TRES strings into GPU counts per GPU type.

Slurm reports GPUs in two places: ``tres`` / ``tres_used`` (``gres/gpu:h100=4``, only
when accounting tracks ``gres/gpu``) and ``gres`` / ``gres_used`` (``gpu:h100:4``,
``gpu:h100:2(IDX:0-1)``, ``gpu:nvidia_h200_nvl_4g.71gb:2(S:0-1)``). Type names may contain
dots, digits and underscores; MIG slices and shards are kept as their own type.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: GPU type used when Slurm does not name one (``gpu:4``).
UNTYPED = "gpu"

# name[:type]:count[(extra)] — the type may itself contain colons only in pathological
# configs; Slurm forbids that, so the last numeric field is the count.
_GRES_ITEM = re.compile(
    r"^(?P<name>[A-Za-z0-9_]+)(?::(?P<type>[^:()]+?))?(?::(?P<count>\d+))?"
    r"(?:\((?P<extra>[^)]*)\))?$"
)
_TRES_GPU = re.compile(r"^gres/gpu(?::(?P<type>[^=]+))?=(?P<count>\d+)$")


def _split_items(text: str) -> list[str]:
    """Split on commas that are not inside parentheses (``gpu:a:2(IDX:0,2)``)."""
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def parse_gres(text: str | None) -> dict[str, int]:
    """GPU counts per type from a GRES string; non-GPU GRES and ``N/A`` are ignored.

    ``"gpu:h100:4"`` → ``{"h100": 4}``; ``"gpu:4"`` → ``{"gpu": 4}``;
    ``"gpu:h100:2(IDX:0-1),gpu:a100:1(IDX:3)"`` → ``{"h100": 2, "a100": 1}``.
    Untyped ``gpu:N`` next to typed entries of the same node is the total and is dropped.
    """
    if not text or text.strip() in {"N/A", "(null)"}:
        return {}
    typed: dict[str, int] = {}
    untyped = 0
    for item in _split_items(text):
        match = _GRES_ITEM.match(item)
        if not match or match.group("name") != "gpu":
            continue
        gtype, count = match.group("type"), match.group("count")
        if count is None and gtype is not None and gtype.isdigit():
            gtype, count = None, gtype
        n = int(count) if count is not None else 1
        if gtype is None:
            untyped += n
        else:
            typed[gtype] = typed.get(gtype, 0) + n
    if typed:
        return typed
    return {UNTYPED: untyped} if untyped else {}


def parse_tres_gpus(text: str | None) -> dict[str, int]:
    """GPU counts per type from a TRES string (``cpu=8,gres/gpu=4,gres/gpu:h100=4``)."""
    if not text:
        return {}
    typed: dict[str, int] = {}
    untyped = 0
    for item in text.split(","):
        match = _TRES_GPU.match(item.strip())
        if not match:
            continue
        n = int(match.group("count"))
        if match.group("type"):
            typed[match.group("type")] = typed.get(match.group("type"), 0) + n
        else:
            untyped += n
    if typed:
        return typed
    return {UNTYPED: untyped} if untyped else {}


def gpus(tres: str | None, gres: str | None) -> dict[str, int]:
    """Prefer TRES when it carries ``gres/gpu``, else GRES (the rule slurmrestd clients need)."""
    return dict(_gpus_cached(tres, gres))


@lru_cache(maxsize=8192)
def _gpus_cached(tres: str | None, gres: str | None) -> tuple[tuple[str, int], ...]:
    # Thousands of nodes share a handful of strings: parse each one once.
    return tuple((parse_tres_gpus(tres) or parse_gres(gres)).items())


def parse_gpu_request(text: str | None) -> dict[str, int]:
    """GPUs asked for by a job's ``tres_per_node`` (``gres/gpu:h100:2``, ``gres:gpu:2``)."""
    if not text:
        return {}
    cleaned = ",".join(
        part.strip().removeprefix("gres/").removeprefix("gres:") for part in text.split(",")
    )
    return parse_gres(cleaned)
