"""Greedy placement of map labels so that they do not collide.

Coordinates are screen pixels with y pointing down. Each label belongs to a point
marker of a given radius; it may sit at one of eight positions around the marker
(east first, the cartographic preference), then at the same positions further out
(drawn with a leader line). Labels are placed in priority order; a label that finds
no free position is left out (the view shows it on hover instead).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Candidate positions in order of preference: (name, dx sign, dy sign). ``dy`` is
#: screen-down, so "N" (above) has dy = -1.
POSITIONS: tuple[tuple[str, int, int], ...] = (
    ("E", 1, 0), ("W", -1, 0), ("NE", 1, -1), ("SE", 1, 1),
    ("NW", -1, -1), ("SW", -1, 1), ("N", 0, -1), ("S", 0, 1),
)


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle; ``x``/``y`` is the top-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def inside(self, other: Box) -> bool:
        return (self.x >= other.x and self.y >= other.y
                and self.right <= other.right and self.bottom <= other.bottom)


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """One label to place next to the marker at ``(x, y)``."""

    key: str
    x: float
    y: float
    width: float
    height: float
    radius: float = 4.0
    priority: float = 0.0


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a label went: its box, the position name and whether it needs a leader."""

    key: str
    box: Box
    position: str
    leader: bool = False


def candidate_boxes(req: LabelRequest, gap: float = 2.0,
                    rings: int = 2) -> list[tuple[str, Box, bool]]:
    """Every box a label may take, in order of preference."""
    out: list[tuple[str, Box, bool]] = []
    for ring in range(rings):
        offset = req.radius + gap + ring * (req.height + 2 * gap)
        for name, sx, sy in POSITIONS:
            if sx > 0:
                x = req.x + offset
            elif sx < 0:
                x = req.x - offset - req.width
            else:
                x = req.x - req.width / 2
            if sy > 0:
                y = req.y + (offset if sx == 0 else offset * 0.6)
            elif sy < 0:
                y = req.y - (offset if sx == 0 else offset * 0.6) - req.height
            else:
                y = req.y - req.height / 2
            out.append((name, Box(x, y, req.width, req.height), ring > 0))
    return out


def marker_box(x: float, y: float, radius: float) -> Box:
    return Box(x - radius, y - radius, 2 * radius, 2 * radius)


def place_labels(requests: Sequence[LabelRequest], *, bounds: Box | None = None,
                 obstacles: Iterable[Box] = (), gap: float = 2.0,
                 rings: int = 2) -> dict[str, Placement | None]:
    """Place labels greedily, highest ``priority`` first (ties: input order).

    Args:
        requests: the labels, each with its marker position and size.
        bounds: labels must stay inside this box (the visible view), when given.
        obstacles: extra boxes labels must not cover (legend, other markers).
        gap: pixels between a marker's edge and its label.
        rings: how many distances from the marker to try.

    Returns:
        A placement for every key; ``None`` where no free position was found.
    """
    markers = [marker_box(r.x, r.y, r.radius) for r in requests]
    taken: list[Box] = list(obstacles)
    order = sorted(range(len(requests)), key=lambda i: (-requests[i].priority, i))
    result: dict[str, Placement | None] = {}
    for i in order:
        req = requests[i]
        others = [m for j, m in enumerate(markers) if j != i]
        chosen: Placement | None = None
        for name, box, leader in candidate_boxes(req, gap, rings):
            if bounds is not None and not box.inside(bounds):
                continue
            if any(box.overlaps(t) for t in taken) or any(box.overlaps(m) for m in others):
                continue
            chosen = Placement(req.key, box, name, leader)
            break
        result[req.key] = chosen
        if chosen is not None:
            taken.append(chosen.box)
    return result


def overlaps_any(placements: Iterable[Placement | None]) -> bool:
    """True when any two placed labels overlap (a check for tests and benchmarks)."""
    boxes = [p.box for p in placements if p is not None]
    return any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
