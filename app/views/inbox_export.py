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

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app import config
from app.models.inbox_model import EXPORT_KEYS, rows_to_csv
from app.services.preferences import QT_TRANSLATE_NOOP
from app.views.export import write_atomic
from app.views.inbox_words import shown_value

#: The PDF's column titles: the table's own (context ``Column``) where the table has them.
_TITLES = {"id": "#", "age": QT_TRANSLATE_NOOP("Column", "Age"),
           "sla": QT_TRANSLATE_NOOP("Column", "SLA"),
           "state": QT_TRANSLATE_NOOP("Column", "State"),
           "organisation": QT_TRANSLATE_NOOP("Column", "Organisation"),
           "country": QT_TRANSLATE_NOOP("Column", "Country"),
           "sector": QT_TRANSLATE_NOOP("Column", "Sector"),
           "need": QT_TRANSLATE_NOOP("Column", "Need"),
           "gpu": QT_TRANSLATE_NOOP("Column", "GPU demand"),
           "access_mode": QT_TRANSLATE_NOOP("Column", "Access mode"),
           "language": QT_TRANSLATE_NOOP("Column", "Lang."),
           "assignee": QT_TRANSLATE_NOOP("Column", "Assignee"),
           "target": QT_TRANSLATE_NOOP("Column", "Factory"),
           "centre": QT_TRANSLATE_NOOP("Column", "Support centre"),
           "flags": QT_TRANSLATE_NOOP("Column", "Flags")}

#: Column widths in the PDF (per cent of the page), so words are not broken mid-word.
_WIDTHS = {"id": 3, "age": 5, "sla": 6, "state": 6, "organisation": 10, "country": 6,
           "sector": 9, "need": 6, "gpu": 8, "access_mode": 6, "language": 4, "assignee": 7,
           "target": 6, "centre": 7, "flags": 11}


def write_queue_csv(path: Path, rows: Sequence[Mapping[str, Any]]) -> Path:
    return write_atomic(path, rows_to_csv(rows).encode("utf-8-sig"))


def queue_html(rows: Sequence[Mapping[str, Any]], *, title: str, subtitle: str) -> str:
    """The queue as an HTML table in the person's language (built on the UI thread)."""
    head = "".join(f"<th align='left' width='{_WIDTHS[k]}%'>"
                   f"{escape(QCoreApplication.translate('Column', _TITLES[k]))}</th>"
                   for k in EXPORT_KEYS)
    body = []
    for row in rows:
        cells = []
        for key in EXPORT_KEYS:
            value = shown_value(key, row.get(key))
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
