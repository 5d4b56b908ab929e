"""ETRS89-LAEA (EPSG:3035) against published and independently computed values."""

from __future__ import annotations

import math

import pytest

from app.domain.projection import EPSG_3035, graticule, project, unproject

# (lat, lon) -> (easting, northing). The first is the origin (exact by definition), the
# second the worked example of IOGP Guidance Note 7-2 (EPSG method 9820); the others
# were computed with PROJ 9 (pyproj, "EPSG:4326" -> "EPSG:3035") and rounded to 1 mm.
REFERENCE = [
    ((52.0, 10.0), (4_321_000.000, 3_210_000.000)),
    ((50.0, 5.0), (3_962_799.451, 2_999_718.853)),
    ((64.22, 27.73), (5_175_872.152, 4_677_517.099)),   # Kajaani
    ((35.9, 14.51), (4_731_812.207, 1_438_713.009)),    # Valletta
    ((64.15, -21.94), (2_821_507.754, 4_912_019.100)),  # Reykjavík
    ((35.17, 33.36), (6_434_932.654, 1_669_964.489)),   # Nicosia
    ((42.88, -8.54), (2_819_205.118, 2_383_642.835)),   # Santiago de Compostela
    ((70.0, 30.0), (5_081_405.571, 5_319_011.507)),
]


@pytest.mark.parametrize(("geo", "expected"), REFERENCE)
def test_forward_matches_reference(geo: tuple[float, float],
                                   expected: tuple[float, float]) -> None:
    e, n = project(*geo)
    assert e == pytest.approx(expected[0], abs=0.002)
    assert n == pytest.approx(expected[1], abs=0.002)


def test_origin_is_exact() -> None:
    assert project(52.0, 10.0) == (4_321_000.0, 3_210_000.0)


@pytest.mark.parametrize(("geo", "_"), REFERENCE)
def test_inverse_round_trips(geo: tuple[float, float], _: object) -> None:
    lat, lon = unproject(*project(*geo))
    assert lat == pytest.approx(geo[0], abs=1e-9)
    assert lon == pytest.approx(geo[1], abs=1e-9)


def test_equal_area() -> None:
    """A 1°×1° cell has the same projected area wherever it lies at one latitude."""

    def area(lat: float, lon: float) -> float:
        pts = [project(lat, lon), project(lat, lon + 1), project(lat + 1, lon + 1),
               project(lat + 1, lon)]
        return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1)
                       in zip(pts, pts[1:] + pts[:1], strict=True))) / 2

    assert area(48.0, -10.0) == pytest.approx(area(48.0, 30.0), rel=2e-4)
    # and equals the ellipsoidal area of the cell (GRS80 authalic sphere estimate)
    rq = 6_371_007.2
    expected = rq**2 * math.radians(1) * (
        math.sin(math.radians(49.0)) - math.sin(math.radians(48.0)))
    assert area(48.0, 9.5) == pytest.approx(expected, rel=5e-3)


def test_antipode_rejected() -> None:
    with pytest.raises(ValueError):
        EPSG_3035.forward(-52.0, -170.0)


def test_graticule_lines_are_sampled() -> None:
    lines = graticule([50.0], [10.0], lat_range=(40, 60), lon_range=(0, 20), step=5)
    assert len(lines) == 2
    assert len(lines[0]) == 5 and len(lines[1]) == 5
    assert lines[1][2] == pytest.approx(project(50.0, 10.0))


def test_cross_check_with_proj() -> None:
    """Independent check against PROJ where pyproj is installed (test-only)."""
    pyproj = pytest.importorskip("pyproj")
    t = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
    for lat in range(34, 72, 3):
        for lon in range(-25, 45, 5):
            e, n = project(lat, lon)
            pe, pn = t.transform(lon, lat)
            assert abs(e - pe) < 1e-3 and abs(n - pn) < 1e-3, (lat, lon)
