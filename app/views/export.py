"""Export helpers every view can use: any table model as CSV, any widget as PNG.

* CSV is safe to open in a spreadsheet: a text cell starting with ``=``, ``+``, ``-``,
  ``@`` (or a tab / carriage return) gets a leading apostrophe, so it is never run as a
  formula. Numbers stay numbers.
* Files are written atomically: to a temporary file in the same folder, flushed, then
  moved over the target; a crash leaves the old file or the new one, never half of one.
* The table's text is read on the UI thread (Qt models live there); writing happens on a
  ``TaskRunner`` when one is given, so the UI never waits for the disk.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.tasks import TaskRunner

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A cell that a spreadsheet will not run: text starting like a formula gets a ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheets pick the encoding) of safe cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_safe(c) for c in header])
    for row in rows:
        writer.writerow([csv_safe(c) for c in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_atomic(path: Path, data: bytes | Callable[[Path], None]) -> Path:
    """Write ``data`` (bytes, or a function writing to a given path) to ``path`` atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        else:
            os.close(fd)
            data(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_csv(path: Path, header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> Path:
    return write_atomic(path, csv_bytes(header, rows))


def table_snapshot(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """The header and the shown text of every row, in the model's (sorted, filtered) order."""
    columns = model.columnCount()
    header = [str(model.headerData(c, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.DisplayRole) or "") for c in range(columns)]
    rows: list[list[str]] = []
    root = QModelIndex()
    for r in range(model.rowCount()):
        rows.append([str(model.data(model.index(r, c, root), Qt.ItemDataRole.DisplayRole)
                         or "") for c in range(columns)])
    return header, rows


def save_image(image: QImage, path: Path) -> Path:
    """Save a PNG atomically (a ``QImage`` may be saved on a worker thread)."""
    def write(tmp: Path) -> None:
        # QImageWriter, not QImage.save: PySide6 6.11 rejects save()'s bytes format argument.
        writer = QImageWriter(str(tmp), QByteArray(b"png"))
        if not writer.write(image):
            raise OSError(f"could not write a PNG to {path}: {writer.errorString()}")
    return write_atomic(path, write)


def grab_image(widget: QWidget) -> QImage:
    """What ``widget`` shows, as an image (on the UI thread)."""
    return widget.grab().toImage()


def _documents() -> Path:
    place = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(place) if place else Path.home()


def ask_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> Path | None:
    """A save dialog; ``None`` when the person cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(_documents() / suggested),
                                          filter_text)
    return Path(name) if name else None


def _run(runner: TaskRunner | None, work: Callable[[], Path],
         done: Callable[[Path], None] | None, failed: Callable[[BaseException], None] | None
         ) -> None:
    if runner is None:
        try:
            result = work()
        except OSError as exc:
            if failed is not None:
                failed(exc)
            return
        if done is not None:
            done(result)
        return
    runner.submit(work, on_result=done, on_error=failed)


def export_table(parent: QWidget, model: QAbstractItemModel, suggested: str, *,
                 runner: TaskRunner | None = None, path: Path | None = None,
                 done: Callable[[Path], None] | None = None,
                 failed: Callable[[BaseException], None] | None = None) -> Path | None:
    """Ask where (unless ``path``), then write the model's shown rows as CSV."""
    target = path or ask_path(
        parent, QCoreApplication.translate("Export", "Export table as CSV"), suggested,
        QCoreApplication.translate("Export", "CSV files (*.csv)"))
    if target is None:
        return None
    if target.suffix.lower() != ".csv":
        target = target.with_suffix(".csv")
    header, rows = table_snapshot(model)
    _run(runner, lambda: write_csv(target, header, rows), done, failed)
    return target


def export_rows(parent: QWidget, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                suggested: str, *, runner: TaskRunner | None = None, path: Path | None = None,
                done: Callable[[Path], None] | None = None,
                failed: Callable[[BaseException], None] | None = None) -> Path | None:
    """Ask where (unless ``path``), then write ``rows`` as CSV."""
    target = path or ask_path(
        parent, QCoreApplication.translate("Export", "Export data as CSV"), suggested,
        QCoreApplication.translate("Export", "CSV files (*.csv)"))
    if target is None:
        return None
    if target.suffix.lower() != ".csv":
        target = target.with_suffix(".csv")
    _run(runner, lambda: write_csv(target, header, rows), done, failed)
    return target


def export_png(parent: QWidget, widget: QWidget, suggested: str, *,
               runner: TaskRunner | None = None, path: Path | None = None,
               done: Callable[[Path], None] | None = None,
               failed: Callable[[BaseException], None] | None = None) -> Path | None:
    """Ask where (unless ``path``), then save what ``widget`` shows as a PNG."""
    target = path or ask_path(
        parent, QCoreApplication.translate("Export", "Export as PNG"), suggested,
        QCoreApplication.translate("Export", "PNG images (*.png)"))
    if target is None:
        return None
    if target.suffix.lower() != ".png":
        target = target.with_suffix(".png")
    image = grab_image(widget)
    _run(runner, lambda: save_image(image, target), done, failed)
    return target
