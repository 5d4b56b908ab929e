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

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import config
from app.domain.directory import DirectoryEntry, csv_text, vcard, write_atomic
from app.models.directory_labels import kind_short, services_text, word

PDF_FONT = "DejaVu Sans"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


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


def _unknown() -> str:
    unknown = escape(translate("DirectoryExport", "unknown"))
    return f"<span style='color:#888'><i>{unknown}</i></span>"


def _cell(value: str | None, unverified: bool = False) -> str:
    if not value:
        return _unknown()
    return escape(value) + (" <i style='color:#9a6700'>†</i>" if unverified else "")


def _head(count: int, meta: ExportMeta) -> str:
    chosen = []
    if meta.query:
        chosen.append(translate("DirectoryExport", "search “%1”").replace("%1", meta.query))
    if meta.filters:
        chosen.append(meta.filters)
    facts = (translate("DirectoryExport", "centres: %1").replace("%1", str(count)) + " · "
             + translate("DirectoryExport", "source: %1").replace("%1", meta.origin) + " · "
             + translate("DirectoryExport", "data as of %1").replace(
                 "%1", meta.as_of or translate("DirectoryExport", "unknown")) + " · "
             + translate("DirectoryExport", "exported %1").replace("%1", meta.exported_at))
    title = translate("DirectoryExport", "%1 — support-centre directory").replace(
        "%1", config.APP_NAME)
    by = translate("DirectoryExport", "Chosen by %1").replace("%1", "; ".join(chosen))
    return (f"<h2>{escape(title)}</h2><p style='color:#444'>{escape(facts)}"
            + (f"<br>{escape(by)}" if chosen else "") + "</p>")


def pdf_html(entries: Sequence[DirectoryEntry], meta: ExportMeta,
             factory_names: Mapping[str, str]) -> str:
    """The directory as an HTML table that ``QTextDocument`` paginates into the PDF.

    Built on the writer thread, in the person's language (``translate`` is thread-safe).
    """
    zone_unknown = translate("DirectoryExport", "time zone unknown")
    rows = []
    for entry in entries:
        contact = "<br>".join(part for part in (
            f"✉ {escape(entry.email)}" if entry.email else "",
            f"☎ {escape(entry.phone)}" if entry.phone else "",
            escape(entry.website) if entry.website else "") if part) or _unknown()
        hours = (f"{entry.opening_hours} ({entry.timezone or zone_unknown})"
                 if entry.opening_hours else None)
        place = ", ".join(p for p in (entry.city, word(entry.country)) if p)
        if entry.nodes:
            place += " — " + translate("DirectoryExport", "nodes: %1").replace(
                "%1", " ".join(entry.nodes))
        links = ", ".join(factory_names.get(f, f) for f in entry.linked_factories)
        problems = translate("DirectoryExport", "problems: %1").replace(
            "%1", str(len(entry.warnings)))
        warn = (f"<br><span style='color:#b00020'>⚠ {escape(problems)}</span>"
                if entry.warnings else "")
        services = services_text(entry.services)
        rows.append(
            "<tr>"
            f"<td><b>{escape(entry.name)}</b>{' <i>†</i>' if entry.uncertain('name') else ''}"
            f"<br><span style='color:#555'>{escape(kind_short(entry.kind))}</span>{warn}</td>"
            f"<td>{_cell(place)}</td>"
            f"<td>{_cell(services, entry.uncertain('services'))}</td>"
            f"<td>{_cell(', '.join(entry.sectors), entry.uncertain('sectors'))}</td>"
            f"<td>{_cell(' '.join(entry.languages), entry.uncertain('languages'))}</td>"
            f"<td>{contact}</td><td>{_cell(hours)}</td><td>{_cell(links or None)}</td>"
            "</tr>")
    titles = (translate("DirectoryExport", "Centre"), translate("DirectoryExport", "Where"),
              translate("DirectoryExport", "Services"), translate("DirectoryExport", "Sectors"),
              translate("DirectoryExport", "Languages"), translate("DirectoryExport", "Contact"),
              translate("DirectoryExport", "Opening hours"),
              translate("DirectoryExport", "AI Factories"))
    table = ("<table border='1' cellspacing='0' cellpadding='3' width='100%' "
             "style='border-color:#bbb; border-collapse:collapse'>"
             "<thead><tr style='background:#e9ecef'>"
             + "".join(f"<th align='left'>{escape(t)}</th>" for t in titles)
             + "</tr></thead>" + "".join(rows) + "</table>")
    legend = ("<p style='color:#555'>" + translate(
        "DirectoryExport", "† single source or unverified (an assumption, labelled). "
        "<i>unknown</i> = no source gives it; nothing is guessed.") + "</p>")
    return _head(len(entries), meta) + table + legend


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
