"""Reading the shipped basemap into painter paths (runs on a worker thread)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath

from app.domain.projection import graticule

BASEMAP_FILE = Path("basemap") / "europe-laea.json"


@dataclass(frozen=True)
class Basemap:
    """Country outlines as painter paths in EPSG:3035 metres, and a graticule."""

    countries: dict[str, QPainterPath]  #: ISO code (or name) → outline path
    names: dict[str, str]  #: ISO code (or name) → English name
    graticule: QPainterPath
    frame: tuple[float, float, float, float]
    source: str
    points: int


def _ring_path(flat: list[int], unit: float) -> QPainterPath:
    xy = np.asarray(flat, dtype=float).reshape(-1, 2) * unit
    xy = np.vstack([xy, xy[:1]])
    path: QPainterPath = pg.arrayToQPath(xy[:, 0], xy[:, 1], connect="all")
    path.closeSubpath()
    return path


def load_basemap(resources: Path) -> Basemap:
    """Parse ``resources/basemap/europe-laea.json`` and build one path per country.

    Raises:
        OSError, ValueError, KeyError: the file is missing or not a basemap.
    """
    data = json.loads((resources / BASEMAP_FILE).read_text("utf-8"))
    unit = float(data["unit_m"])
    countries: dict[str, QPainterPath] = {}
    names: dict[str, str] = {}
    points = 0
    for country in data["countries"]:
        key = country["iso_a2"] or country["name"]
        path = QPainterPath()
        for polygon in country["polygons"]:
            for ring in polygon:
                path.addPath(_ring_path(ring, unit))
                points += len(ring) // 2
        path.setFillRule(pg.QtCore.Qt.FillRule.OddEvenFill)
        if key in countries:
            countries[key].addPath(path)
        else:
            countries[key] = path
        names[key] = country["name"]
    grid = QPainterPath()
    lines = graticule([35.0, 40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0],
                      [-30.0, -20.0, -10.0, 0.0, 10.0, 20.0, 30.0, 40.0, 50.0],
                      lat_range=(30.0, 75.0), lon_range=(-40.0, 60.0), step=1.0)
    for line in lines:
        arr = np.asarray(line, dtype=float)
        grid.addPath(pg.arrayToQPath(arr[:, 0], arr[:, 1], connect="all"))
    x0, y0, x1, y1 = (float(v) for v in data["frame"])
    return Basemap(countries, names, grid, (x0, y0, x1, y1), str(data.get("source", "")),
                   points)
