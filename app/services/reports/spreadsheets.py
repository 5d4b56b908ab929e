"""CSV and XLSX writers (pandas, openpyxl), imported only when an export runs.

Cells keep their types: numbers are numbers, times are spreadsheet dates (UTC, the header
says so), shares are fractions formatted as percentages. Text that a spreadsheet would
run as a formula is neutralised (see :mod:`app.services.reports.safe_files`). Files are
written atomically; CSV is UTF-8 with a byte-order mark so spreadsheet applications read
``Jülich`` and ``Kraków`` correctly.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import config
from app.services.reports.model import (
    CancelToken,
    CellType,
    Column,
    Progress,
    Report,
    Table,
    cover_fields,
    provenance_summary,
)
from app.services.reports.safe_files import atomic_output, formula_like, neutralise
from app.services.reports.wording import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import pandas as pd

CSV_CHUNK_ROWS = 5000
_XLSX_FORMATS = {
    CellType.INT: "#,##0",
    CellType.FLOAT: "#,##0.0",
    CellType.PERCENT: "0%",
    CellType.DURATION: "#,##0",
    CellType.DATETIME: "yyyy-mm-dd hh:mm",
    CellType.DATE: "yyyy-mm-dd",
}


def header(column: Column) -> str:
    """A column title with its unit, as spreadsheets show it."""
    title = column.title
    if column.type is CellType.DATETIME and "UTC" not in title:
        return title + " (UTC)"
    if column.type is CellType.DURATION:
        return title + " (s)"
    if column.type is CellType.PERCENT:
        return title + " " + translate("Report", "(share 0–1)")
    return title


def _naive_utc(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).replace(tzinfo=None)
    return value


def frame(table: Table, *, csv: bool) -> pd.DataFrame:
    """The table as a DataFrame with typed columns (text neutralised for CSV)."""
    import pandas as pd

    data: dict[str, Any] = {}
    for index, column in enumerate(table.columns):
        values = [row[index] for row in table.rows]
        kind = column.type
        if kind in (CellType.INT, CellType.DURATION):
            series = pd.array([None if v is None else round(float(v))  # type: ignore[arg-type]
                               for v in values], dtype="Int64")
        elif kind in (CellType.FLOAT, CellType.PERCENT):
            series = pd.array([None if v is None else float(v)  # type: ignore[arg-type]
                               for v in values], dtype="Float64")
        elif kind is CellType.DATETIME:
            series = pd.Series(pd.to_datetime([_naive_utc(v) for v in values]))
        elif kind is CellType.DATE:
            series = pd.Series(values, dtype="object")
        else:
            texts = [None if v is None else str(v) for v in values]
            if csv:
                texts = [None if t is None else neutralise(t) for t in texts]
            series = pd.Series(texts, dtype="object")
        data[header(column)] = series
    return pd.DataFrame(data)


def write_csv(report: Report, path: Path, cancel: CancelToken, progress: Progress) -> None:
    """The report's main table as CSV (UTF-8 with BOM, CRLF, header row)."""
    table = report.primary_table()
    data = frame(table, csv=True)
    total = max(len(data), 1)
    with atomic_output(path) as temp, open(temp, "w", encoding="utf-8-sig",
                                            newline="") as handle:
        if data.empty:
            data.to_csv(handle, index=False, lineterminator="\r\n", date_format="%Y-%m-%d %H:%M:%S")
        for start in range(0, len(data), CSV_CHUNK_ROWS):
            cancel.check()
            data.iloc[start:start + CSV_CHUNK_ROWS].to_csv(
                handle, index=False, header=start == 0, lineterminator="\r\n",
                date_format="%Y-%m-%d %H:%M:%S")
            progress(min(1.0, (start + CSV_CHUNK_ROWS) / total),
                     QT_TRANSLATE_NOOP("Report", "writing rows"))


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique XLSX sheet name (≤ 31 characters, none of ``[]:*?/\\``)."""
    base = _SHEET_BAD.sub(" ", name).strip("' ")[:31] or "Sheet"
    candidate, n = base, 1
    while candidate.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = base[:31 - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


def about_rows(report: Report) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = [(translate("Report", "Report"), report.title),
                                   ("", report.subtitle)]
    rows += list(report.highlights)
    for label, text in cover_fields(report):
        rows.append((label, text))
    rows.append((translate("Report", "Generated (UTC)"), _naive_utc(report.generated_at)))
    if report.data_oldest is not None:
        rows.append((translate("Report", "Oldest number (UTC)"), _naive_utc(report.data_oldest)))
    if report.data_newest is not None:
        rows.append((translate("Report", "Newest number (UTC)"), _naive_utc(report.data_newest)))
    rows.append((translate("Report", "Provenance"), provenance_summary(report)))
    for note in report.notes:
        rows.append((translate("Report", "Note"), note))
    rows.append((translate("Report", "Made with"), f"{config.APP_NAME} {config.APP_VERSION}"))
    return rows


def write_xlsx(report: Report, path: Path, cancel: CancelToken, progress: Progress) -> None:
    """An "About" sheet (cover and provenance), then one sheet per table."""
    import pandas as pd
    from openpyxl.styles import Alignment, Font

    tables = report.tables()
    taken: set[str] = set()
    bold = Font(bold=True)
    with atomic_output(path) as temp, pd.ExcelWriter(temp, engine="openpyxl") as writer:
        about = pd.DataFrame(about_rows(report), columns=[translate("Report", "Field"),
                                                          translate("Report", "Value")])
        about_name = sheet_name(translate("Report", "About"), taken)
        about.to_excel(writer, sheet_name=about_name, index=False)
        sheet = writer.sheets[about_name]
        for (cell,) in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
            if isinstance(cell.value, datetime):
                cell.number_format = _XLSX_FORMATS[CellType.DATETIME]
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 90
        _defuse(sheet)
        for done, table in enumerate(tables):
            cancel.check()
            progress(done / (len(tables) + 1), translate("Report", "sheet %1")
                     .replace("%1", table.sheet))
            name = sheet_name(table.sheet, taken)
            frame(table, csv=False).to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            _format_sheet(sheet, table, bold, Alignment)
            _defuse(sheet)
        progress(len(tables) / (len(tables) + 1),
                 QT_TRANSLATE_NOOP("Report", "saving the workbook"))
        cancel.check()


def _format_sheet(sheet: Any, table: Table, bold: Any, alignment: Any) -> None:
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(table.columns, start=1):
        letter = get_column_letter(index)
        fmt = _XLSX_FORMATS.get(column.type)
        texts = [len(header(column))] + [
            len(str(r[index - 1])) for r in table.rows[:200] if r[index - 1] is not None]
        sheet.column_dimensions[letter].width = min(60, max(texts) + 3)
        head = sheet.cell(row=1, column=index)
        head.font = bold
        head.alignment = alignment(wrap_text=True, vertical="top")
        if fmt is None:
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.number_format = fmt


def _defuse(sheet: Any) -> None:
    """Every text cell stays text: no formula from a name, and Excel's quote prefix on
    text that looks like one (so editing the cell keeps it text)."""
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if not isinstance(value, str):
                continue
            if cell.data_type == "f" or formula_like(value):
                cell.data_type = "s"
                cell.quotePrefix = True
