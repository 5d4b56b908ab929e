"""Render the app icon's PNG sizes from its SVG, offscreen with QtSvg.

    python packaging/build_icons.py           # (re)write the PNGs
    python packaging/build_icons.py --check   # exit 1 if one is missing or has the wrong size

The PNGs go into the freedesktop "hicolor" layout below ``resources/icons`` so they can be
copied as they are into ``~/.local/share/icons`` (or ``/usr/share/icons``) and are shipped
inside the wheel and the bundle with the rest of ``resources/``. Run it again after editing
``resources/icons/eu.aifactories.Desk.svg`` and commit the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import APP_ID  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / f"{APP_ID}.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, icons: Path = ICONS) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, source: Path = SOURCE) -> object:
    """The icon as a transparent ``QImage`` of ``size`` × ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def check() -> list[str]:
    """What is wrong with the PNGs on disk (empty when they are all there)."""
    from PySide6.QtGui import QImage

    problems = []
    for size in SIZES:
        path = png_path(size)
        image = QImage(str(path))
        if image.isNull():
            problems.append(f"missing or unreadable: {path.relative_to(ROOT)}")
        elif (image.width(), image.height()) != (size, size):
            problems.append(f"{path.relative_to(ROOT)} is {image.width()}x{image.height()}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only verify that every size exists")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if args.check:
        problems = check()
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):  # type: ignore[attr-defined]
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
