"""Writing report files safely: never half a file, never a formula from a name.

* :func:`atomic_output` writes to a temporary file in the target's folder and moves it
  into place with ``os.replace`` only when complete, so a crash, a kill or a cancel
  leaves either the old file or the new one, never a truncated one.
* :func:`neutralise` defuses text cells a spreadsheet would run as a formula
  (``=HYPERLINK(…)``, ``+cmd``, ``@SUM``…) by prefixing an apostrophe (CSV); the XLSX
  writer stores such cells as text with Excel's "quote prefix" instead.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.services.reports.model import ReportError
from app.services.reports.wording import translate

#: First characters that make spreadsheet applications read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """``'=1+1`` for ``=1+1``; other text unchanged."""
    return "'" + text if formula_like(text) else text


def _cannot_write(target: Path, why: str) -> str:
    return (translate("Report", "cannot write the report to %1: %2")
            .replace("%1", str(target)).replace("%2", why))


def check_target(path: Path) -> Path:
    """The absolute target path, or ``ReportError`` saying why it cannot be written."""
    target = Path(path).expanduser()
    if not target.name:
        raise ReportError(translate("Report", "%1: no file name").replace("%1", str(path)))
    target = target.absolute()
    folder = target.parent
    why = ""
    if target.is_dir():
        why = translate("Report", "it is a folder")
    elif not folder.exists():
        why = translate("Report", "the folder %1 does not exist")
    elif not folder.is_dir():
        why = translate("Report", "%1 is not a folder")
    elif not os.access(folder, os.W_OK | os.X_OK):
        why = translate("Report", "no permission to write in %1")
    if why:
        raise ReportError(_cannot_write(target, why.replace("%1", str(folder))))
    return target


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Read once at import (on the UI thread): ``os.umask`` is process-wide, so changing it
#: later from a worker would race with other threads creating files.
_UMASK = _read_umask()


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success move it over ``path``.

    On any exception (including ``ReportCancelled``) the temporary file is removed and
    ``path`` is left untouched.
    """
    target = check_target(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent)
    except OSError as exc:
        raise ReportError(_cannot_write(target, str(exc.strerror or exc))) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp, 0o666 & ~_UMASK)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
