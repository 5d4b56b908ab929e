"""The registry of report kinds: what can be reported, and what is not available yet.

A kind is any object with the attributes and ``build`` method of :class:`ReportKind`; it
turns :class:`~app.services.reports.inputs.ReportInputs` into a
:class:`~app.services.reports.model.Report` made of sections. The capacity, factory and
history kinds are built in. Features that bring their own data register their kind when
they are wired in (the support directory: ``"directory"``; the SPOC triage inbox:
``"triage"``)::

    from app.services.reports import kinds
    kinds.register(DirectoryReport(directory_service))

Until then the report builder shows those kinds disabled, with the reason from
:data:`PLANNED`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Protocol

from app.services.reports.inputs import ReportInputs
from app.services.reports.model import (
    CancelToken,
    Progress,
    Report,
    ReportError,
    ReportParams,
)


class ReportKind(Protocol):
    """What a report kind provides."""

    #: Stable id, used on the command line (``--kind``) and in settings.
    id: str
    title: str
    description: str
    #: The kind reads ``ReportParams.factory_id`` / ``date_from`` and ``date_to``.
    needs_factory: bool
    needs_dates: bool

    def build(self, inputs: ReportInputs, params: ReportParams, cancel: CancelToken,
              progress: Progress) -> Report:
        """Build the report (on a worker thread); raise ``ReportError`` with a sentence."""
        ...


@dataclass(frozen=True)
class KindInfo:
    """A row of the report builder's list: a kind, and whether it can be chosen now."""

    id: str
    title: str
    description: str
    available: bool
    reason: str = ""
    needs_factory: bool = False
    needs_dates: bool = False


#: Kinds whose data arrives with a later feature: id → (title, why it is not available).
PLANNED: dict[str, tuple[str, str]] = {
    "directory": ("Directory extract",
                  "needs the support-centre directory, which this version does not have yet"),
    "triage": ("Triage queue",
               "needs the SPOC triage inbox, which this version does not have yet"),
}
#: The order of the list (others follow in registration order).
ORDER = ("capacity", "factory", "history", "directory", "triage")

_lock = threading.Lock()
_kinds: dict[str, ReportKind] = {}


def register(kind: ReportKind, *, replace: bool = False) -> None:
    """Make ``kind`` available; an id can be registered once unless ``replace``."""
    with _lock:
        if kind.id in _kinds and not replace:
            raise ValueError(f"a report kind {kind.id!r} is already registered")
        _kinds[kind.id] = kind


def unregister(kind_id: str) -> None:
    with _lock:
        _kinds.pop(kind_id, None)


def get(kind_id: str) -> ReportKind:
    """The registered kind, or ``ReportError`` naming the choices (and why not)."""
    _builtins()
    with _lock:
        kind = _kinds.get(kind_id)
        known = list(_kinds)
    if kind is not None:
        return kind
    if kind_id in PLANNED:
        raise ReportError(f"the {kind_id!r} report is not available: {PLANNED[kind_id][1]}")
    raise ReportError(f"unknown report kind {kind_id!r}; choose one of {', '.join(known)}")


def catalogue() -> list[KindInfo]:
    """Every kind the builder lists: registered ones, then planned ones (disabled)."""
    _builtins()
    with _lock:
        kinds = dict(_kinds)
    ids = [k for k in ORDER if k in kinds or k in PLANNED]
    ids += [k for k in kinds if k not in ids]
    out = []
    for kind_id in ids:
        kind = kinds.get(kind_id)
        if kind is not None:
            out.append(KindInfo(kind.id, kind.title, kind.description, True,
                                needs_factory=kind.needs_factory,
                                needs_dates=kind.needs_dates))
        else:
            title, reason = PLANNED[kind_id]
            out.append(KindInfo(kind_id, title, reason, False, reason))
    return out


def available_ids() -> list[str]:
    return [k.id for k in catalogue() if k.available]


_builtins_done = False


def _builtins() -> None:
    """Register the built-in kinds once (imported late: they import this package)."""
    global _builtins_done
    if _builtins_done:
        return
    from app.services.reports.kind_capacity import CapacityReport
    from app.services.reports.kind_factory import FactoryReport
    from app.services.reports.kind_history import HistoryReport

    with _lock:
        if _builtins_done:
            return
        for kind in (CapacityReport(), FactoryReport(), HistoryReport()):
            _kinds.setdefault(kind.id, kind)
        _builtins_done = True
