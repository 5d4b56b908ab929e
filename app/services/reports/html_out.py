"""HTML writer: one self-contained UTF-8 page with the cover, tables and SVG charts.

Plain Python; the charts arrive as SVG text drawn by the Qt side
(:mod:`app.services.reports.charts`), in the order of ``Report.charts()``. The same
HTML fragments (:func:`table_html`, :func:`cover_html`) feed the PDF writer's
``QTextDocument``, which understands this subset of HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from app import config
from app.services.reports.model import (
    CancelToken,
    CellType,
    Progress,
    Report,
    Section,
    Table,
    cell_text,
    cover_fields,
    provenance_summary,
)
from app.services.reports.safe_files import atomic_output
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate, words

NUMERIC = (CellType.INT, CellType.FLOAT, CellType.PERCENT, CellType.DURATION)
SIMULATED_BANNER = QT_TRANSLATE_NOOP("Report", "Demo — simulated load: these numbers are not "
                                               "from real machines.")

CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt;
       color: #1b1b1b; margin: 24px auto; max-width: 1200px; }
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 28px; border-bottom: 1px solid #ccc; }
h3 { font-size: 11pt; }
.subtitle { color: #555; font-size: 12pt; margin-top: 0; }
table.data { border-collapse: collapse; width: 100%; margin: 6px 0; }
table.data th { background: #e8edf3; text-align: left; vertical-align: bottom; }
table.data th, table.data td { border: 1px solid #c9ced6; padding: 3px 6px; }
table.data td.num, table.data th.num { text-align: right; }
table.meta td { padding: 2px 12px 2px 0; vertical-align: top; }
table.meta td.label { color: #555; }
.banner { background: #fff3cd; color: #664d03; border: 1px solid #e9d58a; padding: 6px 10px;
          margin: 10px 0; }
.note { color: #666; font-size: 9pt; }
.highlights { font-size: 13pt; }
figure { margin: 12px 0; }
figcaption { color: #666; font-size: 9pt; }
footer { color: #777; font-size: 9pt; margin-top: 32px; border-top: 1px solid #ddd; }
"""


def table_html(table: Table, *, caption: bool, font_pt: float | None = None,
               widths: Sequence[float] | None = None, caption_in_head: bool = False,
               short_titles: bool = False, table_px: int | None = None) -> str:
    """A printed table (only its printed columns) as an HTML table.

    ``widths`` are column widths in percent (the PDF computes them from font metrics);
    without them the browser lays the table out.
    """
    columns = [(i, c) for i, c in enumerate(table.columns) if c.printed]
    size = f" style='font-size:{font_pt}pt'" if font_pt else ""
    head = []
    for n, (_, c) in enumerate(columns):
        width = f" width='{widths[n]:.1f}%'" if widths is not None else ""
        cls = " class='num' align='right'" if c.type in NUMERIC else ""
        title = (c.short or c.title) if short_titles else c.title
        head.append(f"<th{cls}{width} bgcolor='#e8edf3'>{escape(title)}</th>")
    body = []
    for row in table.rows:
        cells = "".join(
            f"<td class='num' align='right'>{escape(cell_text(row[i], c.type))}</td>"
            if c.type in NUMERIC else f"<td>{escape(cell_text(row[i], c.type))}</td>"
            for i, c in columns)
        body.append(f"<tr>{cells}</tr>")
    if not table.rows:
        none = escape(translate("Report", "no rows"))
        body.append(f"<tr><td colspan='{len(columns)}'><i>{none}</i></td></tr>")
    title = f"<h3>{escape(table.title)}</h3>" if caption else ""
    top = ""
    if caption and caption_in_head:
        # In the header rows, the title never sits alone at the foot of a page and is
        # repeated on the pages the table continues on.
        title = ""
        top = (f"<tr><th colspan='{len(columns)}' align='left' bgcolor='#ffffff'>"
               f"<font size='+1'>{escape(table.title)}</font></th></tr>")
    note = f"<p class='note'>{escape(table.note)}</p>" if table.note else ""
    table_width = str(table_px) if table_px else "100%"
    return (f"{title}<table class='data' width='{table_width}' border='1' cellspacing='0' "
            f"cellpadding='3'{size}><thead>{top}<tr>{''.join(head)}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>{note}")


def meta_html(report: Report) -> str:
    rows = "".join(f"<tr><td class='label'>{escape(label)}</td><td>{escape(text)}</td></tr>"
                   for label, text in cover_fields(report))
    return f"<table class='meta'>{rows}</table>"


def section_intro(section: Section) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in section.paragraphs)


def left_out(table: Table) -> str:
    text = (translate("Report", "The table “%1” (rows: %2) is in the CSV and XLSX exports of "
                                "this report.").replace("%1", table.title)
            .replace("%2", str(len(table.rows))))
    return f"<p class='note'>{escape(text)}</p>"


def render(report: Report, svgs: Sequence[str]) -> str:
    """The whole page; ``svgs`` are the charts' SVG documents, in ``charts()`` order."""
    parts = ["<!DOCTYPE html>", "<html lang='en'><head><meta charset='utf-8'>",
             "<meta name='viewport' content='width=device-width, initial-scale=1'>",
             f"<title>{escape(report.title)}</title>",
             f"<meta name='generator' content='{escape(config.APP_NAME)} "
             f"{escape(config.APP_VERSION)}'>",
             f"<style>{CSS}</style></head><body>",
             f"<header><h1>{escape(report.title)}</h1>",
             f"<p class='subtitle'>{escape(report.subtitle)}</p>"]
    if report.simulated:
        parts.append(f"<div class='banner' role='note'>{escape(words(SIMULATED_BANNER))}</div>")
    if report.highlights:
        parts.append("<p class='highlights'>" + " · ".join(
            f"{escape(label)}: <strong>{escape(text)}</strong>"
            for label, text in report.highlights) + "</p>")
    parts.append(meta_html(report))
    parts.append(f"<p class='note'>{escape(provenance_summary(report))}</p></header>")
    chart_index = 0
    for section in report.sections:
        parts.append(f"<section><h2>{escape(section.title)}</h2>{section_intro(section)}")
        for chart in section.charts:
            svg = svgs[chart_index] if chart_index < len(svgs) else ""
            chart_index += 1
            caption = escape(chart.title + (f" — {chart.note}" if chart.note else ""))
            parts.append(f"<figure>{_strip_xml_header(svg)}"
                         f"<figcaption>{caption}</figcaption></figure>")
        for table in section.tables:
            if not table.printed:
                parts.append(left_out(table))
                continue
            parts.append(table_html(table, caption=table.title != section.title))
        parts.append("</section>")
    parts.append(f"<footer>{escape(config.APP_NAME)} {escape(config.APP_VERSION)} · "
                 f"{escape(cell_text(report.generated_at, CellType.DATETIME))}</footer>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _strip_xml_header(svg: str) -> str:
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


def write_html(report: Report, path: Path, svgs: Sequence[str], cancel: CancelToken,
               progress: Progress) -> None:
    cancel.check()
    progress(0.2, QT_TRANSLATE_NOOP("Report", "composing the page"))
    text = render(report, svgs)
    cancel.check()
    progress(0.8, "writing")
    with atomic_output(path) as temp:
        temp.write_text(text, encoding="utf-8")
