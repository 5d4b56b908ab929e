"""The file formats a report can be written in."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


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
        return _LABELS[self]

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
    ReportFormat.PDF: "PDF document (charts, cover page, page numbers)",
    ReportFormat.CSV: "CSV table (the main table, UTF-8)",
    ReportFormat.XLSX: "Excel workbook (one sheet per table)",
    ReportFormat.HTML: "HTML page (tables and charts)",
}
