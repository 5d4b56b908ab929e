"""Greedy label placement: no collisions, preference order, bounds, priorities."""

from __future__ import annotations

import random

from app.domain.label_layout import (
    Box,
    LabelRequest,
    marker_box,
    overlaps_any,
    place_labels,
)


def test_single_label_goes_east() -> None:
    out = place_labels([LabelRequest("a", 100, 100, 40, 12, radius=5)])
    p = out["a"]
    assert p is not None and p.position == "E" and not p.leader
    assert p.box.x == 100 + 5 + 2
    assert p.box.y == 100 - 6


def test_neighbour_to_the_east_pushes_label_elsewhere() -> None:
    reqs = [LabelRequest("a", 100, 100, 40, 12, radius=5, priority=2),
            LabelRequest("b", 130, 100, 40, 12, radius=5, priority=1)]
    out = place_labels(reqs)
    a, b = out["a"], out["b"]
    assert a is not None and b is not None
    assert a.position != "E"  # would cover b's marker
    assert not a.box.overlaps(b.box)
    assert not a.box.overlaps(marker_box(130, 100, 5))


def test_labels_never_cover_markers_or_each_other() -> None:
    rng = random.Random(7)
    reqs = [LabelRequest(f"k{i}", rng.uniform(0, 600), rng.uniform(0, 400),
                         rng.uniform(30, 90), 14, radius=rng.uniform(3, 9),
                         priority=rng.random()) for i in range(40)]
    out = place_labels(reqs, bounds=Box(0, 0, 600, 400))
    placed = [p for p in out.values() if p is not None]
    assert len(placed) >= 30
    assert not overlaps_any(placed)
    for p in placed:
        assert p.box.inside(Box(0, 0, 600, 400))
        for r in reqs:
            if r.key != p.key:
                assert not p.box.overlaps(marker_box(r.x, r.y, r.radius))


def test_priority_wins_the_preferred_slot() -> None:
    # Two markers share a spot: only one label can take "E".
    reqs = [LabelRequest("low", 100, 100, 40, 12, priority=0),
            LabelRequest("high", 100, 100, 40, 12, priority=9)]
    out = place_labels(reqs)
    assert out["high"] is not None and out["high"].position == "E"
    assert out["low"] is not None and out["low"].position != "E"


def test_bounds_and_obstacles_are_respected() -> None:
    legend = Box(150, 0, 100, 200)
    out = place_labels([LabelRequest("a", 140, 100, 60, 12)], bounds=Box(0, 0, 250, 200),
                       obstacles=[legend])
    p = out["a"]
    assert p is not None
    assert "E" not in p.position  # east of the marker is the legend
    assert p.box.inside(Box(0, 0, 250, 200))
    assert not p.box.overlaps(legend)


def test_no_room_leaves_label_out() -> None:
    out = place_labels([LabelRequest("a", 5, 5, 200, 12)], bounds=Box(0, 0, 20, 20))
    assert out["a"] is None


def test_second_ring_needs_a_leader() -> None:
    # Surround the marker's first ring with obstacles; only the outer ring is free.
    req = LabelRequest("a", 200, 200, 30, 10, radius=4)
    blockers = [Box(200 - 4 - 2 - 30, 200 - 4 - 2 - 10, 2 * (4 + 2 + 30), 2 * (4 + 2 + 10))]
    # keep the marker itself free by splitting the block into four frames around it
    frame = blockers[0]
    obstacles = [Box(frame.x, frame.y, frame.w, 10), Box(frame.x, frame.bottom - 10, frame.w, 10),
                 Box(frame.x, frame.y, 30, frame.h), Box(frame.right - 30, frame.y, 30, frame.h)]
    out = place_labels([req], obstacles=obstacles)
    assert out["a"] is not None and out["a"].leader
    assert not any(out["a"].box.overlaps(o) for o in obstacles)
