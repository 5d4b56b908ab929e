"""Make the report reference images and the report screenshots of the docs.

    python scripts/make_report_references.py            # tests/fixtures/reports/*.png
    python scripts/make_report_references.py --docs     # docs/screenshots/report-*.png

The references are the first pages of the capacity report of the fixed sample inputs
(``tests/fixtures/reports/sample_inputs.py``), rendered with poppler's ``pdftoppm``;
``tests/unit/services/test_reports_formats.py`` compares fresh renders with them. Run it
again only when the report layout changes on purpose, and look at the images.

``--docs`` runs the real headless command on the demo federation
(``aifactories-desk report --kind capacity --format pdf``) in a throw-away data folder
and renders its cover and first capacity page for the user guide.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def references() -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.services.reports.exporter import ExportRequest, export_blocking
    from app.services.reports.formats import ReportFormat
    from tests.fixtures.reports import sample_inputs as sample

    app = QApplication.instance() or QApplication([])
    assert app is not None
    with tempfile.TemporaryDirectory() as tmp:
        pdf = export_blocking(ExportRequest(sample.REFERENCE_KIND, ReportFormat.PDF,
                                            Path(tmp) / "reference.pdf"), sample.inputs())
        rendered = sample.render_pages(pdf, Path(tmp) / "page", sample.REFERENCE_PAGES,
                                       sample.REFERENCE_DPI)
        out = []
        for page, png in zip(sample.REFERENCE_PAGES, rendered, strict=True):
            target = sample.reference_png(page)
            shutil.copyfile(png, target)
            out.append(target)
    return out


def docs(seed: int) -> list[Path]:
    from tests.fixtures.reports import sample_inputs as sample

    shots = REPO / "docs" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "capacity.pdf"
        subprocess.run([sys.executable, "-m", "app.report_cli", "--kind", "capacity",
                        "--out", str(pdf), "--data-dir", str(Path(tmp) / "data"),
                        "--seed", str(seed)], check=True, cwd=REPO, timeout=600)
        cover, capacity = sample.render_pages(pdf, Path(tmp) / "page", (1, 2), 80)
        out = [shots / "report-cover.png", shots / "report-capacity.png"]
        shutil.copyfile(cover, out[0])
        shutil.copyfile(capacity, out[1])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", action="store_true",
                        help="render the docs screenshots from a demo run instead")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (Debian: poppler-utils)", file=sys.stderr)
        return 1
    for path in (docs(args.seed) if args.docs else references()):
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
