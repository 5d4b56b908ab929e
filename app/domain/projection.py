"""Lambert azimuthal equal-area projection for Europe (ETRS89-LAEA, EPSG:3035).

The ellipsoidal forward and inverse formulas of the oblique aspect, as published by
Snyder (*Map Projections — A Working Manual*, USGS PP 1395, pp. 187–190) and in IOGP
Guidance Note 7-2 (method EPSG 9820). Pure Python, no GIS dependencies.

EPSG:3035 parameters: GRS80 ellipsoid, latitude of origin 52° N, longitude of origin
10° E, false easting 4 321 000 m, false northing 3 210 000 m. Results are in metres
(easting, northing).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LambertAzimuthalEqualArea:
    """An oblique ellipsoidal LAEA projection; ``forward`` and ``inverse`` in metres."""

    lat0: float = 52.0
    lon0: float = 10.0
    false_easting: float = 4_321_000.0
    false_northing: float = 3_210_000.0
    a: float = 6_378_137.0  #: GRS80 semi-major axis
    inv_f: float = 298.257222101  #: GRS80 inverse flattening

    # -- derived constants ---------------------------------------------------------------
    @property
    def e2(self) -> float:
        f = 1.0 / self.inv_f
        return 2.0 * f - f * f

    @property
    def e(self) -> float:
        return math.sqrt(self.e2)

    def _q(self, sin_phi: float) -> float:
        e, e2 = self.e, self.e2
        return (1.0 - e2) * (
            sin_phi / (1.0 - e2 * sin_phi * sin_phi)
            - (1.0 / (2.0 * e)) * math.log((1.0 - e * sin_phi) / (1.0 + e * sin_phi))
        )

    @property
    def _constants(self) -> tuple[float, float, float, float, float]:
        """``(qp, Rq, D, sin β1, cos β1)``, computed once per parameter set."""
        return _constants(self.lat0, self.a, self.inv_f)

    # -- forward / inverse ---------------------------------------------------------------
    def forward(self, lat: float, lon: float) -> tuple[float, float]:
        """``(easting, northing)`` in metres of a geodetic ``lat``/``lon`` in degrees.

        Raises:
            ValueError: for the antipode of the origin, which has no image.
        """
        qp, rq, d, sin_b1, cos_b1 = self._constants
        return self._forward(lat, lon, qp, rq, d, sin_b1, cos_b1)

    def _forward(self, lat: float, lon: float, qp: float, rq: float, d: float,
                 sin_b1: float, cos_b1: float) -> tuple[float, float]:
        phi = math.radians(lat)
        dlam = math.radians(lon - self.lon0)
        q = self._q(math.sin(phi))
        sin_b = max(-1.0, min(1.0, q / qp))
        cos_b = math.sqrt(max(0.0, 1.0 - sin_b * sin_b))
        denom = 1.0 + sin_b1 * sin_b + cos_b1 * cos_b * math.cos(dlam)
        if denom <= 1e-12:
            raise ValueError(f"({lat}, {lon}) is the antipode of the projection origin")
        b = rq * math.sqrt(2.0 / denom)
        x = b * d * cos_b * math.sin(dlam)
        y = (b / d) * (cos_b1 * sin_b - sin_b1 * cos_b * math.cos(dlam))
        return self.false_easting + x, self.false_northing + y

    def forward_many(self, points: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
        """``forward`` for many ``(lat, lon)`` pairs, computing the constants once."""
        qp, rq, d, sin_b1, cos_b1 = self._constants
        return [self._forward(lat, lon, qp, rq, d, sin_b1, cos_b1) for lat, lon in points]

    def inverse(self, easting: float, northing: float) -> tuple[float, float]:
        """``(lat, lon)`` in degrees of a projected point in metres."""
        _qp, rq, d, sin_b1, cos_b1 = self._constants
        x = easting - self.false_easting
        y = northing - self.false_northing
        rho = math.hypot(x / d, d * y)
        if rho < 1e-9:
            return self.lat0, self.lon0
        ratio = rho / (2.0 * rq)
        if ratio > 1.0:
            raise ValueError("point lies outside the projected globe")
        c = 2.0 * math.asin(ratio)
        sin_c, cos_c = math.sin(c), math.cos(c)
        beta = math.asin(max(-1.0, min(1.0, cos_c * sin_b1 + d * y * sin_c * cos_b1 / rho)))
        lam = math.atan2(x * sin_c, d * rho * cos_b1 * cos_c - d * d * y * sin_b1 * sin_c)
        phi = self._latitude_from_authalic(beta)
        lon = self.lon0 + math.degrees(lam)
        lon = (lon + 180.0) % 360.0 - 180.0
        return math.degrees(phi), lon

    def _latitude_from_authalic(self, beta: float) -> float:
        """Geodetic latitude from authalic latitude, refined by Newton iteration."""
        e, e2 = self.e, self.e2
        qp = self._q(1.0)
        q = qp * math.sin(beta)
        # Series start (Snyder eq. 3-18), then iterate eq. 3-16 to machine precision.
        phi = (beta + (e2 / 3 + 31 * e2**2 / 180 + 517 * e2**3 / 5040) * math.sin(2 * beta)
               + (23 * e2**2 / 360 + 251 * e2**3 / 3780) * math.sin(4 * beta)
               + (761 * e2**3 / 45360) * math.sin(6 * beta))
        for _ in range(8):
            sin_phi = math.sin(phi)
            one = 1.0 - e2 * sin_phi * sin_phi
            if abs(math.cos(phi)) < 1e-12:
                break
            dphi = (one * one / (2.0 * math.cos(phi))) * (
                q / (1.0 - e2) - sin_phi / one
                + (1.0 / (2.0 * e)) * math.log((1.0 - e * sin_phi) / (1.0 + e * sin_phi))
            )
            phi += dphi
            if abs(dphi) < 1e-14:
                break
        return phi


@functools.lru_cache(maxsize=8)
def _constants(lat0: float, a: float, inv_f: float) -> tuple[float, float, float, float, float]:
    f = 1.0 / inv_f
    e2 = 2.0 * f - f * f
    e = math.sqrt(e2)

    def q(sin_phi: float) -> float:
        return (1.0 - e2) * (sin_phi / (1.0 - e2 * sin_phi * sin_phi) - (1.0 / (2.0 * e))
                             * math.log((1.0 - e * sin_phi) / (1.0 + e * sin_phi)))

    phi1 = math.radians(lat0)
    qp = q(1.0)
    beta1 = math.asin(q(math.sin(phi1)) / qp)
    rq = a * math.sqrt(qp / 2.0)
    m1 = math.cos(phi1) / math.sqrt(1.0 - e2 * math.sin(phi1) ** 2)
    d = a * m1 / (rq * math.cos(beta1))
    return qp, rq, d, math.sin(beta1), math.cos(beta1)


#: ETRS89 / LAEA Europe.
EPSG_3035 = LambertAzimuthalEqualArea()


def project(lat: float, lon: float) -> tuple[float, float]:
    """EPSG:3035 ``(easting, northing)`` in metres of ``lat``/``lon`` in degrees."""
    return EPSG_3035.forward(lat, lon)


def unproject(easting: float, northing: float) -> tuple[float, float]:
    """EPSG:3035 ``(lat, lon)`` in degrees of ``easting``/``northing`` in metres."""
    return EPSG_3035.inverse(easting, northing)


def graticule(lats: Sequence[float], lons: Sequence[float], *,
              lat_range: tuple[float, float], lon_range: tuple[float, float],
              step: float = 1.0) -> list[list[tuple[float, float]]]:
    """Projected polylines of parallels (``lats``) and meridians (``lons``).

    Each line is sampled every ``step`` degrees over the given range, so that the
    curves stay smooth when drawn as straight segments.
    """
    lines: list[list[tuple[float, float]]] = []
    lo, hi = lon_range
    n = max(2, int((hi - lo) / step) + 1)
    for lat in lats:
        lines.append(EPSG_3035.forward_many(
            (lat, lo + (hi - lo) * i / (n - 1)) for i in range(n)))
    lo, hi = lat_range
    n = max(2, int((hi - lo) / step) + 1)
    for lon in lons:
        lines.append(EPSG_3035.forward_many(
            (lo + (hi - lo) * i / (n - 1), lon) for i in range(n)))
    return lines
