"""The file formats a report can be written in."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from app.services.reports.wording import QT_TRANSLATE_NOOP, words


class ReportFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"
    HTML = "html"

    @property
    def suffix(self) -> str:
        return "." + self.value

    @property
    def label(self) -> str:
        """What the format holds, in the person's language."""
        return words(_LABELS[self])

    @property
    def needs_charts(self) -> bool:
        """Charts are drawn (on the UI thread) only for the formats that show them."""
        return self in (ReportFormat.PDF, ReportFormat.HTML)

    @classmethod
    def from_path(cls, path: Path | str) -> ReportFormat | None:
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix == "htm":
            return cls.HTML
        try:
            return cls(suffix)
        except ValueError:
            return None


_LABELS = {
    ReportFormat.PDF: QT_TRANSLATE_NOOP("Report",
                                        "PDF document (charts, cover page, page numbers)"),
    ReportFormat.CSV: QT_TRANSLATE_NOOP("Report", "CSV table (the main table, UTF-8)"),
    ReportFormat.XLSX: QT_TRANSLATE_NOOP("Report", "Excel workbook (one sheet per table)"),
    ReportFormat.HTML: QT_TRANSLATE_NOOP("Report", "HTML page (tables and charts)"),
}
