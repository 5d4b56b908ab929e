"""Export the triage queue as shown (filtered, sorted): CSV or PDF.

The rows are read on the UI thread; the file is written on a worker thread, atomically
(temporary file, then rename). CSV cells are formula-injection safe (see
``app.models.inbox_model.rows_to_csv``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import config
from app.domain.triage import STATE_LABELS
from app.models.inbox_model import EXPORT_KEYS, SLA_TEXT, rows_to_csv
from app.views.export import write_atomic

_TITLES = {"id": "#", "age": "Age", "sla": "SLA", "state": "State",
           "organisation": "Organisation", "country": "Country", "sector": "Sector",
           "need": "Need", "gpu": "GPU demand", "access_mode": "Access mode",
           "language": "Lang", "assignee": "Assignee", "target": "Factory",
           "centre": "Support centre", "flags": "Flags"}

#: Column widths in the PDF (per cent of the page), so words are not broken mid-word.
_WIDTHS = {"id": 3, "age": 5, "sla": 6, "state": 6, "organisation": 10, "country": 6,
           "sector": 9, "need": 6, "gpu": 8, "access_mode": 6, "language": 4, "assignee": 7,
           "target": 6, "centre": 7, "flags": 11}


def write_queue_csv(path: Path, rows: Sequence[Mapping[str, Any]]) -> Path:
    return write_atomic(path, rows_to_csv(rows).encode("utf-8-sig"))


def queue_html(rows: Sequence[Mapping[str, Any]], *, title: str, subtitle: str) -> str:
    head = "".join(f"<th align='left' width='{_WIDTHS[k]}%'>{escape(_TITLES[k])}</th>"
                   for k in EXPORT_KEYS)
    body = []
    for row in rows:
        cells = []
        for key in EXPORT_KEYS:
            value = row.get(key)
            if key == "sla":
                value = SLA_TEXT.get(str(value), value)
            elif key == "state":
                value = STATE_LABELS.get(str(value), value)
            cells.append(f"<td>{escape('' if value is None else str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<h2>{escape(title)}</h2><p>{escape(subtitle)}</p>"
            "<table width='100%' border='1' cellspacing='0' cellpadding='2'>"
            f"<tr>{head}</tr>{''.join(body)}</table>")


def write_queue_pdf(path: Path, html: str, title: str) -> Path:
    """Render ``html`` to an A4 landscape PDF (worker thread: no event loop needed)."""
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
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        font = QFont("DejaVu Sans")
        font.setPointSizeF(7.0)
        document.setDefaultFont(font)
        document.setHtml(html)
        document.print_(writer)
        del document, writer
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return path
