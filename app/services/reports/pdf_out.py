"""PDF writer: ``QPainter`` on a ``QPdfWriter`` at 96 dpi, tables laid out by
``QTextDocument``, charts replayed as vectors, a cover page and page numbers.

Runs on a worker thread (Qt supports painting on a PDF writer outside the UI thread);
the charts were recorded beforehand on the UI thread (:mod:`.charts`). Fonts are DejaVu
Sans, embedded by Qt as subsets, so ``Jülich``, ``Kraków`` and ``Bruyères-le-Châtel`` come
out right wherever the file is opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from app import config
from app.services.reports.charts import RenderedChart, font
from app.services.reports.html_out import NUMERIC, SIMULATED_BANNER, left_out, table_html
from app.services.reports.model import (
    CancelToken,
    CellType,
    Progress,
    Report,
    ReportError,
    Section,
    Table,
    cell_text,
    cover_fields,
    format_age,
    provenance_summary,
)
from app.services.reports.safe_files import atomic_output
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate, words

RESOLUTION = 96  # pyqtgraph's text and geometry agree only at 96 dpi
MARGIN_MM = 15.0
HEADER_H = 30.0
FOOTER_H = 26.0
GAP = 14.0
BODY_PT = 9.0
TABLE_SIZES = (7.5, 7.0, 6.5, 6.0)  # a table too wide for the page gets a smaller font
CELL_PAD = 12.0  # cell padding (2 × 3 px), borders and a little air
MAX_WORD_SHARE = 0.16  # no column is widened beyond this share for one long word
TABLE_SLACK = 20.0  # document margins, the table's margin and its outer border
CELL_BORDER = 4.0
#: A section starts on the current page only if this much room is left.
MIN_SECTION_START = 220.0

DOC_CSS = """
h1 { font-size: 22pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 0px; margin-bottom: 6px; }
h3 { font-size: 10pt; font-weight: 600; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 6px; }
th { background-color: #e8edf3; font-weight: 600; }
.note { color: #666666; font-size: 7.5pt; }
.subtitle { color: #555555; font-size: 12pt; }
.label { color: #555555; }
"""

Paint = Callable[[QPainter], None]


@dataclass
class _Page:
    ops: list[Paint] = field(default_factory=list)


def _document(html: str, width: float, height: float, writer: QPdfWriter,
              offset: float = 0.0) -> QTextDocument:
    """A document paginated to the body; its first page starts ``offset`` down."""
    doc = QTextDocument()
    doc.setDefaultFont(font(BODY_PT))
    doc.setDefaultStyleSheet(DOC_CSS)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(width, height))
    doc.setHtml(html)
    if offset > 0:
        # An empty first line of that height: a root-frame margin would repeat on every
        # page, and a block's top margin is dropped at the top of a page.
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.insertBlock()
        spacer = QTextBlockFormat()
        spacer.setLineHeight(offset, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        QTextCursor(doc.firstBlock()).setBlockFormat(spacer)
    return doc


def _words(text: str) -> list[str]:
    """The pieces a line may not break inside (lines break at spaces and after hyphens)."""
    return [w for w in re.split(r"\s+|(?<=[-/])", text) if w]


def _minimum_widths(table: Table, width: float, point_size: float) -> list[float]:
    head_font = font(point_size)
    head_font.setBold(True)
    head, body = QFontMetricsF(head_font), QFontMetricsF(font(point_size))
    mins: list[float] = []
    for index, column in enumerate(table.columns):
        if not column.printed:
            continue
        title = column.short or column.title
        widest = max((head.horizontalAdvance(w) for w in _words(title)), default=0.0)
        for row in table.rows[:400]:
            text = cell_text(row[index], column.type)
            words = [text] if column.type in NUMERIC else _words(text)
            widest = max([widest, *(body.horizontalAdvance(w) for w in words)])
        least = widest + CELL_PAD
        if column.type not in NUMERIC:
            least = min(least, width * MAX_WORD_SHARE)  # a URL may break; a column must fit
        mins.append(least)
    return mins


def column_layout(table: Table, width: float) -> tuple[float, list[float]]:
    """The font size and the widths (percent) of the printed columns of a table.

    Every column is at least as wide as its longest word (numbers never wrap); what is
    left is shared out by weight among the text columns. When even the minimum widths do
    not fit, the table is set in a smaller font rather than running off the page.
    """
    columns = [c for c in table.columns if c.printed]
    for point_size in TABLE_SIZES:
        mins = _minimum_widths(table, width, point_size)
        if sum(mins) <= width:
            break
    numeric = [c.type in NUMERIC for c in columns]
    free = width - sum(m for m, n in zip(mins, numeric, strict=True) if n)
    out = list(mins)
    # Share the text columns' width by weight, but never below a column's minimum.
    open_ = [i for i, n in enumerate(numeric) if not n]
    while open_:
        weight = sum(columns[i].weight for i in open_) or 1.0
        share = {i: free * columns[i].weight / weight for i in open_}
        short = [i for i in open_ if share[i] < mins[i]]
        if not short:
            for i in open_:
                out[i] = share[i]
            break
        for i in short:
            out[i] = mins[i]
            free -= mins[i]
            open_.remove(i)
    total = sum(out)
    if total > width or not any(not n for n in numeric):
        out = [w * width / total for w in out]
    return point_size, [w / width * 100 for w in out]


def _doc_page(doc: QTextDocument, index: int, top: float, width: float,
              height: float) -> Paint:
    def paint(painter: QPainter) -> None:
        painter.save()
        painter.translate(0, top - index * height)
        doc.drawContents(painter, QRectF(0, index * height, width, height))
        painter.restore()
    return paint


def _used_height(doc: QTextDocument, height: float) -> float:
    """How far down its last page a paginated document reaches."""
    bottom = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
    return bottom - (doc.pageCount() - 1) * height + doc.documentMargin()


def _chart_op(rendered: RenderedChart, top: float) -> Paint:
    chart = rendered.chart

    def paint(painter: QPainter) -> None:
        painter.save()
        painter.setFont(font(9))
        painter.setPen(QColor("#1b1b1b"))
        painter.drawText(QPointF(0, top + 12), chart.title)
        if chart.note:
            painter.setFont(font(7.5))
            painter.setPen(QColor("#666666"))
            painter.drawText(QPointF(0, top + 26), chart.note)
        painter.translate(0, top + 32)
        painter.drawPicture(0, 0, rendered.picture)
        painter.restore()
    return paint


def _section_html(section: Section, width: float) -> str:
    parts = [f"<h2>{escape(section.title)}</h2>"]
    parts += [f"<p>{escape(p)}</p>" for p in section.paragraphs]
    for table in section.tables:
        if table.printed:
            # A fixed width: Qt's "100%" leaves out the table's own border and margin,
            # and the right edge would fall off the page.
            table_px = int(width - TABLE_SLACK)
            point_size, widths = column_layout(table, table_px - 2 * CELL_BORDER)
            parts.append(table_html(table, caption=table.title != section.title,
                                    font_pt=point_size, caption_in_head=True,
                                    widths=widths, short_titles=True, table_px=table_px))
        else:
            parts.append(left_out(table))
    return "".join(parts)


def _cover_html(report: Report, contents: Sequence[tuple[str, int]]) -> str:
    parts = [f"<h1>{escape(report.title)}</h1>",
             f"<p class='subtitle'>{escape(report.subtitle)}</p><p></p>"]
    if report.simulated:
        parts.append("<table width='100%' cellpadding='8' cellspacing='0' "
                     "bgcolor='#fff3cd' border='0'><tr><td><font color='#664d03'><b>"
                     f"{escape(words(SIMULATED_BANNER))}</b></font></td></tr></table><p></p>")
    if report.highlights:
        cells = "".join(f"<td width='{100 // len(report.highlights)}%'>"
                        f"<span class='label'>{escape(label)}</span><br>"
                        f"<span style='font-size:16pt; font-weight:600'>{escape(text)}</span>"
                        "</td>" for label, text in report.highlights)
        parts.append(f"<table width='100%' cellpadding='4' cellspacing='0'><tr>{cells}</tr>"
                     "</table><p></p>")
    rows = "".join(f"<tr><td class='label' width='22%'>{escape(label)}</td>"
                   f"<td>{escape(text)}</td></tr>" for label, text in cover_fields(report))
    parts.append(f"<table cellpadding='3' cellspacing='0' width='100%'>{rows}</table>")
    parts.append("<h3>" + escape(translate("Report", "Provenance")) + "</h3>")
    parts.append(f"<p>{escape(provenance_summary(report))}</p>")
    parts.append("<p class='note'>" + escape(translate(
        "Report", "Numbers from the sites are shown with the time they were read; reference "
        "facts carry their confidence and sources. Nothing unknown is filled in.")) + "</p>")
    if contents:
        parts.append("<h3>" + escape(translate("Report", "Contents")) + "</h3>"
                     "<table cellpadding='2' cellspacing='0' width='60%'>")
        parts += [f"<tr><td>{escape(title)}</td><td align='right'>{page}</td></tr>"
                  for title, page in contents]
        parts.append("</table>")
    return "".join(parts)


def _header_footer(painter: QPainter, report: Report, width: float, height: float,
                   page: int, pages: int) -> None:
    painter.save()
    painter.setPen(QColor("#444444"))
    small = font(7.5)
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    baseline = 12.0
    painter.drawText(QPointF(0, baseline),
                     metrics.elidedText(report.title, Qt.TextElideMode.ElideRight,
                                        width * 0.6))
    if report.simulated:
        badge = translate("Report", "demo — simulated load")
        w = metrics.horizontalAdvance(badge) + 12
        rect = QRectF(width - w, 0, w, 17)
        painter.fillRect(rect, QColor("#fff3cd"))
        painter.setPen(QColor("#664d03"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge)
    painter.setPen(QPen(QColor("#bbbbbb"), 0.8))
    painter.drawLine(QPointF(0, HEADER_H - 8), QPointF(width, HEADER_H - 8))
    top = height - FOOTER_H + 8
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.setPen(QColor("#444444"))
    age = report.data_age_s()
    left = translate("Report", "Generated %1").replace(
        "%1", cell_text(report.generated_at, CellType.DATETIME))
    left += " · " + (translate("Report", "data up to %1 old").replace("%1", format_age(age))
                     if age is not None else translate("Report", "no numbers"))
    left += f" · {config.APP_NAME}"
    painter.drawText(QPointF(0, top + 13), left)
    number = translate("Report", "Page %1 of %2").replace("%1", str(page)).replace(
        "%2", str(pages))
    painter.drawText(QPointF(width - metrics.horizontalAdvance(number), top + 13), number)
    painter.restore()


def write_pdf(report: Report, path: Path, charts: Sequence[RenderedChart],
              cancel: CancelToken, progress: Progress) -> None:
    """Write ``report`` as an A4 PDF; ``charts`` in ``Report.charts()`` order."""
    with atomic_output(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                              QPageLayout.Unit.Millimeter)
        writer.setTitle(report.title)
        writer.setCreator(f"{config.APP_NAME} {config.APP_VERSION}")
        area = writer.pageLayout().paintRectPixels(RESOLUTION)
        width, height = float(area.width()), float(area.height())
        body_h = height - HEADER_H - FOOTER_H

        # 1. Lay out every section (page count first, so pages can say "of N").
        progress(0.05, QT_TRANSLATE_NOOP("Report", "laying out pages"))
        pages: list[_Page] = []
        contents: list[tuple[str, int]] = []
        chart_iter = iter(charts)
        docs: list[QTextDocument] = []  # keep the documents alive until painted
        used = body_h
        for section in report.sections:
            cancel.check()
            if section.appendix or not pages or body_h - used < MIN_SECTION_START:
                pages.append(_Page())
                used = 0.0
            else:
                used += GAP
            doc = _document(_section_html(section, width), width, body_h, writer, used)
            docs.append(doc)
            contents.append((section.title, len(pages) + 1))  # + 1: the cover
            pages[-1].ops.append(_doc_page(doc, 0, HEADER_H, width, body_h))
            for index in range(1, doc.pageCount()):
                pages.append(_Page([_doc_page(doc, index, HEADER_H, width, body_h)]))
            used = _used_height(doc, body_h)
            for _chart in section.charts:
                rendered = next(chart_iter, None)
                if rendered is None:
                    break
                need = rendered.height + 36
                if used + GAP + need > body_h:
                    pages.append(_Page())
                    used = 0.0
                pages[-1].ops.append(_chart_op(rendered, HEADER_H + used + GAP))
                used += GAP + need
        cover = _document(_cover_html(report, contents), width, body_h, writer)
        docs.append(cover)
        pages.insert(0, _Page([_doc_page(cover, 0, HEADER_H, width, body_h)]))

        # 2. Paint.
        painter = QPainter()
        if not painter.begin(writer):
            raise ReportError(translate("Report", "cannot write the PDF to %1")
                              .replace("%1", str(path)))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for number, page in enumerate(pages, start=1):
                cancel.check()
                if number > 1 and not writer.newPage():
                    raise ReportError(translate("Report", "cannot add a page to %1")
                                      .replace("%1", str(path)))
                _header_footer(painter, report, width, height, number, len(pages))
                for op in page.ops:
                    op(painter)
                progress(0.1 + 0.9 * number / len(pages), translate("Report", "page %1 of %2")
                         .replace("%1", str(number)).replace("%2", str(len(pages))))
        finally:
            painter.end()
        del docs

