"""Exports of the support-centre directory: CSV, PDF and vCard files, written atomically.

The functions here run on a worker (the writer task runner): they build the bytes or the
PDF and replace the target file in one rename, so a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import config
from app.domain.directory import (
    SERVICES,
    DirectoryEntry,
    csv_text,
    vcard,
    write_atomic,
)

PDF_FONT = "DejaVu Sans"


@dataclass(frozen=True)
class ExportMeta:
    """What the export says about itself: where the data comes from and how it was chosen."""

    origin: str
    as_of: str | None
    exported_at: str
    query: str = ""
    filters: str = ""


def write_csv(path: Path, entries: Sequence[DirectoryEntry],
              factory_names: Mapping[str, str]) -> Path:
    """The entries as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents)."""
    write_atomic(path, ("\ufeff" + csv_text(entries, factory_names=factory_names))
                 .encode("utf-8"))
    return path


def write_vcard(path: Path, entries: Sequence[DirectoryEntry],
                factory_names: Mapping[str, str]) -> Path:
    """One or more vCards 4.0 in one ``.vcf`` file (UTF-8)."""
    text = "".join(vcard(e, factory_names=factory_names) for e in entries)
    write_atomic(path, text.encode("utf-8"))
    return path


def _cell(value: str | None, unverified: bool = False) -> str:
    if not value:
        return "<span style='color:#888'><i>unknown</i></span>"
    return escape(value) + (" <i style='color:#9a6700'>†</i>" if unverified else "")


def pdf_html(entries: Sequence[DirectoryEntry], meta: ExportMeta,
             factory_names: Mapping[str, str]) -> str:
    """The directory as an HTML table that ``QTextDocument`` paginates into the PDF."""
    chosen = []
    if meta.query:
        chosen.append(f"search “{escape(meta.query)}”")
    if meta.filters:
        chosen.append(escape(meta.filters))
    head = (f"<h2>{escape(config.APP_NAME)} — support-centre directory</h2>"
            f"<p style='color:#444'>{len(entries)} centre(s) · source: {escape(meta.origin)}"
            f" · data as of {escape(meta.as_of or 'unknown')} · exported "
            f"{escape(meta.exported_at)}"
            + (f"<br>Chosen by {'; '.join(chosen)}" if chosen else "") + "</p>")
    rows = []
    for entry in entries:
        contact = "<br>".join(part for part in (
            f"✉ {escape(entry.email)}" if entry.email else "",
            f"☎ {escape(entry.phone)}" if entry.phone else "",
            escape(entry.website) if entry.website else "") if part) \
            or "<span style='color:#888'><i>unknown</i></span>"
        hours = (f"{entry.opening_hours} ({entry.timezone or 'time zone unknown'})"
                 if entry.opening_hours else None)
        place = ", ".join(p for p in (entry.city, entry.country) if p)
        if entry.nodes:
            place += " — nodes: " + " ".join(entry.nodes)
        links = ", ".join(factory_names.get(f, f) for f in entry.linked_factories)
        warn = (f"<br><span style='color:#b00020'>⚠ {len(entry.warnings)} problem(s)</span>"
                if entry.warnings else "")
        rows.append(
            "<tr>"
            f"<td><b>{escape(entry.name)}</b>{' <i>†</i>' if entry.uncertain('name') else ''}"
            f"<br><span style='color:#555'>{escape(entry.kind_label)}</span>{warn}</td>"
            f"<td>{_cell(place)}</td>"
            f"<td>{_cell(', '.join(SERVICES.get(s, s) for s in entry.services), entry.uncertain('services'))}</td>"  # noqa: E501
            f"<td>{_cell(', '.join(entry.sectors), entry.uncertain('sectors'))}</td>"
            f"<td>{_cell(' '.join(entry.languages), entry.uncertain('languages'))}</td>"
            f"<td>{contact}</td><td>{_cell(hours)}</td><td>{_cell(links or None)}</td>"
            "</tr>")
    table = ("<table border='1' cellspacing='0' cellpadding='3' width='100%' "
             "style='border-color:#bbb; border-collapse:collapse'>"
             "<thead><tr style='background:#e9ecef'>"
             + "".join(f"<th align='left'>{t}</th>" for t in (
                 "Centre", "Where", "Services", "Sectors", "Languages", "Contact",
                 "Opening hours", "AI Factories"))
             + "</tr></thead>" + "".join(rows) + "</table>")
    legend = ("<p style='color:#555'>† single source or unverified (an assumption, labelled)."
              " <i>unknown</i> = no source gives it; nothing is guessed.</p>")
    return head + table + legend


def write_pdf(path: Path, html: str, title: str) -> Path:
    """Render ``html`` to an A4 landscape PDF in DejaVu Sans; replaces ``path`` atomically.

    Runs on a worker thread: ``QPdfWriter`` and ``QTextDocument`` need no event loop.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp_name)
        writer.setTitle(title)
        writer.setCreator(f"{config.APP_NAME} {config.APP_VERSION}")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        font = QFont(PDF_FONT)
        font.setPointSizeF(8.0)
        document.setDefaultFont(font)
        document.setHtml(html)
        document.print_(writer)
        del document, writer  # the PDF is complete once the writer is gone
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return path
