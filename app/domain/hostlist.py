"""Expand Slurm host lists such as ``g[1-2],c[01-10,12],login``."""

from __future__ import annotations

import re

_BRACKET = re.compile(r"^(?P<prefix>[^\[]*)\[(?P<body>[^\]]+)\](?P<rest>.*)$")


def _split_top(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p for p in (s.strip() for s in parts) if p]


def _expand_one(item: str) -> list[str]:
    match = _BRACKET.match(item)
    if not match:
        return [item]
    prefix, body, rest = match.group("prefix"), match.group("body"), match.group("rest")
    tails = _expand_one(rest) if rest else [""]
    names: list[str] = []
    for rng in body.split(","):
        if "-" in rng:
            lo, hi = rng.split("-", 1)
            width = len(lo) if lo.startswith("0") else 0
            for i in range(int(lo), int(hi) + 1):
                names.extend(f"{prefix}{i:0{width}d}{tail}" for tail in tails)
        else:
            names.extend(f"{prefix}{rng}{tail}" for tail in tails)
    return names


def expand(hostlist: str | None) -> list[str]:
    """All host names of a Slurm host list, in order."""
    if not hostlist or hostlist in {"(null)", "None"}:
        return []
    names: list[str] = []
    for item in _split_top(hostlist):
        names.extend(_expand_one(item))
    return names
