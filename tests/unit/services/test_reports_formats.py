"""Every report format written and read back: CSV, XLSX, HTML and PDF (text, fonts, pages
compared with reference images), and the exporter's progress and cancel."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.services.history import HistoryDb
from app.services.reports.exporter import ExportRequest, ReportExporter, export_blocking
from app.services.reports.formats import ReportFormat
from app.services.reports.model import ReportParams
from app.services.tasks import TaskRunner
from tests.fixtures.reports import sample_inputs as sample

NAMES = ("Jülich", "Kraków", "Bruyères-le-Châtel")
#: Mean absolute pixel difference allowed against a reference page (share of 255).
TOLERANCE = 0.02


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing; .ci/run installs poppler-utils")
        pytest.skip(f"{tool} is not installed (Debian: poppler-utils)")
    return path


@pytest.fixture
def history(tmp_path: Path):
    db = HistoryDb(tmp_path / "history.sqlite3")
    sample.seed_history(db)
    yield db
    db.close()


def export(qapp, tmp_path: Path, kind: str, fmt: ReportFormat, history=None,
           params: ReportParams | None = None) -> Path:
    target = tmp_path / "out" / f"{kind}{fmt.suffix}"
    target.parent.mkdir(exist_ok=True)
    path = export_blocking(ExportRequest(kind, fmt, target, params or ReportParams()),
                           sample.inputs(history))
    assert path == target and target.exists()
    assert [p.name for p in target.parent.iterdir()] == [target.name], "no temp file left"
    return target


# -- CSV ---------------------------------------------------------------------------------
def test_csv_is_utf8_with_bom_typed_and_safe(qapp, tmp_path: Path) -> None:
    path = export(qapp, tmp_path, "capacity", ReportFormat.CSV)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "spreadsheets need the BOM to read UTF-8"
    assert b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    by_machine = {r["Machine"]: r for r in rows}
    assert set(NAMES) <= {r["City"] for r in rows}
    jupiter = by_machine["JUPITER Booster"]
    assert (jupiter["Free GPUs"], jupiter["Total GPUs"], jupiter["Data age (s)"]) == (
        "2900", "23752", "120")
    assert jupiter["Data as of (UTC)"] == "2026-11-23 09:58:00"
    assert float(jupiter["Utilisation (share 0–1)"]) == pytest.approx(20100 / 23000, 1e-3)
    assert by_machine["Alice Recoque"]["Free GPUs"] == ""  # unknown stays empty
    evil = by_machine["'" + sample.EVIL_SITE]
    assert evil["Site id"] == "'" + sample.EVIL_SITE, "a name starting with = stays text"


def test_history_csv_is_the_hourly_table(qapp, tmp_path: Path, history) -> None:
    path = export(qapp, tmp_path, "history", ReportFormat.CSV, history)
    rows = list(csv.DictReader(path.read_text("utf-8-sig").splitlines()))
    assert rows and set(rows[0]) >= {"Hour (UTC)", "Machine", "Mean free", "Total GPUs"}
    assert datetime.strptime(rows[0]["Hour (UTC)"], "%Y-%m-%d %H:%M:%S")


# -- XLSX --------------------------------------------------------------------------------
def test_xlsx_has_one_sheet_per_table_with_typed_cells(qapp, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = export(qapp, tmp_path, "capacity", ReportFormat.XLSX)
    book = load_workbook(path)
    assert book.sheetnames == ["About", "Machines", "Partitions", "Facts", "Sources"]
    sheet = book["Machines"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c for c in row), strict=True))
            for row in sheet.iter_rows(min_row=2)]
    jupiter = next(r for r in rows if r["Machine"].value == "JUPITER Booster")
    assert jupiter["Free GPUs"].value == 2900 and jupiter["Free GPUs"].data_type == "n"
    assert jupiter["Utilisation (share 0–1)"].number_format == "0%"
    when = jupiter["Data as of (UTC)"]
    assert isinstance(when.value, datetime) and when.is_date
    assert when.value == datetime(2026, 11, 23, 9, 58)
    assert set(NAMES) <= {r["City"].value for r in rows}
    evil = next(r for r in rows if r["Site id"].value == sample.EVIL_SITE)["Site id"]
    assert evil.data_type == "s", "written as a string cell, never as a formula"
    assert evil.quotePrefix, "Excel keeps it text when the cell is edited"
    machine = next(r for r in rows if r["Site id"].value == sample.EVIL_SITE)["Machine"]
    assert machine.data_type == "s" and machine.value == sample.EVIL_SITE
    about = {r[0].value: r[1].value for r in book["About"].iter_rows(min_row=2)}
    assert about["Report"] == "Federation capacity"
    assert about["Simulated"].startswith("demo — simulated load")
    assert isinstance(about["Generated (UTC)"], datetime)


def test_xlsx_dates_are_dates(qapp, tmp_path: Path, history) -> None:
    from openpyxl import load_workbook

    path = export(qapp, tmp_path, "history", ReportFormat.XLSX, history)
    book = load_workbook(path)
    daily = book["Daily"]
    first = daily.cell(row=2, column=1)
    assert first.is_date and first.number_format == "yyyy-mm-dd"
    assert isinstance(daily.cell(row=2, column=6).value, float)  # mean free
    assert book["Hourly"].max_row > 100


# -- HTML --------------------------------------------------------------------------------
class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.svgs = 0
        self.charset = ""
        self._in_cell = False

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self._in_cell = tag in ("td", "th")
        if tag in ("td", "th"):
            self.cells.append("")
        if tag == "svg":
            self.svgs += 1
        if tag == "meta" and dict(attrs).get("charset"):
            self.charset = dict(attrs)["charset"]

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag in ("td", "th"):
            self._in_cell = False

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in_cell:
            self.cells[-1] += data


def test_html_is_one_utf8_page_with_tables_and_vector_charts(qapp, tmp_path: Path,
                                                            history) -> None:
    path = export(qapp, tmp_path, "factory", ReportFormat.HTML, history,
                  ReportParams(factory_id="jaif"))
    text = path.read_text("utf-8")
    parsed = _Tables()
    parsed.feed(text)
    assert parsed.charset == "utf-8"
    assert parsed.svgs == 2, "capacity bars and the 7-day lines, as inline SVG"
    assert "Jülich" in parsed.cells and "JUPITER Booster" in parsed.cells
    assert "2\u00a0900" in parsed.cells
    assert "demo — simulated load" in text.lower()


def test_html_escapes_names(qapp, tmp_path: Path) -> None:
    path = export(qapp, tmp_path, "capacity", ReportFormat.HTML)
    parsed = _Tables()
    parsed.feed(path.read_text("utf-8"))
    assert sample.EVIL_SITE in parsed.cells
    assert set(NAMES) <= set(parsed.cells)


# -- PDF ---------------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    out = subprocess.run([poppler("pdftotext"), "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    return " ".join(out.replace("\u00a0", " ").split())


def test_pdf_text_fonts_cover_and_page_numbers(qapp, tmp_path: Path) -> None:
    path = export(qapp, tmp_path, "capacity", ReportFormat.PDF)
    text = pdf_text(path)
    for name in NAMES:
        assert name in text, name
    assert "Federation capacity" in text and "Data age oldest number 60 min old" in text
    assert "demo — simulated load" in text
    assert "registry facts used" in text and "https://" in text  # provenance
    pages = int(text.split("Page 1 of ")[1].split()[0])
    assert pages >= 3 and f"Page {pages} of {pages}" in text
    assert "JUPITER Booster 2 900 23 752 87 %" in text.replace("NVIDIA GH200 Grace-Hopper "
                                                               "superchip (Hopper GPU, 96 GB "
                                                               "HBM3) ", "")
    fonts = subprocess.run([poppler("pdffonts"), str(path)], capture_output=True, text=True,
                           check=True, timeout=60).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # embedded
    assert any("DejaVuSans" in line for line in fonts)
    images = subprocess.run([poppler("pdfimages"), "-list", str(path)], capture_output=True,
                            text=True, check=True, timeout=60).stdout.splitlines()[2:]
    assert images == [], "charts are vectors, not pictures"


def test_pdf_offline_history_report(qapp, tmp_path: Path, history) -> None:
    target = tmp_path / "history.pdf"
    inputs = sample.inputs(history, offline=True)
    export_blocking(ExportRequest("history", ReportFormat.PDF, target), inputs)
    text = pdf_text(target)
    assert "Mode offline — from the last data seen" in text
    assert "Data age newest sample 30 min old" in text
    assert "Daily availability" in text and "Free GPUs per machine" in text


def mean_difference(a: Path, b: Path) -> float:
    """Mean absolute grey-level difference of two images, as a share of 255."""
    import numpy as np
    from PySide6.QtGui import QImage

    first = QImage(str(a)).convertToFormat(QImage.Format.Format_Grayscale8)
    second = QImage(str(b)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not first.isNull() and not second.isNull()
    if first.size() != second.size():
        return 1.0

    def pixels(image: QImage) -> np.ndarray:
        rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
            image.height(), image.bytesPerLine())
        return rows[:, :image.width()].astype(np.int16)

    return float(np.abs(pixels(first) - pixels(second)).mean() / 255.0)


@pytest.mark.parametrize("page", sample.REFERENCE_PAGES)
def test_pdf_page_matches_its_reference_image(qapp, tmp_path: Path, page: int) -> None:
    poppler("pdftoppm")
    path = export(qapp, tmp_path, sample.REFERENCE_KIND, ReportFormat.PDF)
    (rendered,) = sample.render_pages(path, tmp_path / "page", (page,), sample.REFERENCE_DPI)
    reference = sample.reference_png(page)
    difference = mean_difference(rendered, reference)
    assert difference < TOLERANCE, (
        f"page {page} differs from {reference.name} by {difference:.2%}; if the layout "
        "changed on purpose, run scripts/make_report_references.py and look at the images")


# -- the exporter (threads, progress, cancel) --------------------------------------------
@pytest.fixture
def exporter(qapp):
    runner = TaskRunner(max_threads=2)
    yield ReportExporter(runner)
    runner.shutdown()


def test_exporter_reports_progress_and_finishes(qtbot, exporter, tmp_path: Path,
                                                history) -> None:
    target = tmp_path / "history.pdf"
    seen: list[int] = []
    exporter.progress.connect(lambda percent, _text: seen.append(percent))
    with qtbot.waitSignal(exporter.finished, timeout=30000) as done:
        assert exporter.start(ExportRequest("history", ReportFormat.PDF, target),
                              sample.inputs(history))
        assert not exporter.start(ExportRequest("history", ReportFormat.PDF, target),
                                  sample.inputs(history)), "one export at a time"
    assert done.args == [str(target)] and target.exists()
    assert seen == sorted(seen) and seen[-1] == 100 and len(seen) > 3
    assert not exporter.busy


def test_exporter_cancel_leaves_no_file(qtbot, exporter, tmp_path: Path, history) -> None:
    target = tmp_path / "history.xlsx"
    with qtbot.waitSignal(exporter.cancelled, timeout=30000), \
            qtbot.assertNotEmitted(exporter.finished):
        exporter.start(ExportRequest("history", ReportFormat.XLSX, target),
                       sample.inputs(history))
        exporter.cancel()
    assert not exporter.busy
    assert list(tmp_path.glob("history.xlsx*")) == [] and not list(tmp_path.glob(".hist*"))


def test_exporter_failure_is_a_sentence(qtbot, exporter, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with qtbot.waitSignal(exporter.failed, timeout=30000) as failed:
        exporter.start(ExportRequest("capacity", ReportFormat.CSV, blocker / "r.csv"),
                       sample.inputs())
    assert "is not a folder" in failed.args[0]
