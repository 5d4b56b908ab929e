"""The registry of report kinds: what can be reported, and what is not available yet.

A kind is any object with the attributes and ``build`` method of :class:`ReportKind`; it
turns :class:`~app.services.reports.inputs.ReportInputs` into a
:class:`~app.services.reports.model.Report` made of sections. The capacity, factory and
history kinds, the support-centre directory and the triage queue are built in; more can be
registered (``kinds.register(kind)``). A kind listed in :data:`PLANNED` shows disabled in
the builder, with the reason.
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
from app.services.reports.wording import translate, words


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
PLANNED: dict[str, tuple[str, str]] = {}
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
        raise ReportError(translate("Report", "the %1 report is not available: %2")
                          .replace("%1", repr(kind_id)).replace("%2", words(PLANNED[kind_id][1])))
    raise ReportError(translate("Report", "unknown report kind %1; choose one of %2")
                      .replace("%1", repr(kind_id)).replace("%2", ", ".join(known)))


def catalogue() -> list[KindInfo]:
    """Every kind the builder lists: registered ones, then planned ones (disabled), with
    titles and reasons in the person's language."""
    _builtins()
    with _lock:
        kinds = dict(_kinds)
    ids = [k for k in ORDER if k in kinds or k in PLANNED]
    ids += [k for k in (*kinds, *PLANNED) if k not in ids]
    out = []
    for kind_id in ids:
        kind = kinds.get(kind_id)
        if kind is not None:
            out.append(KindInfo(kind.id, words(kind.title), words(kind.description), True,
                                needs_factory=kind.needs_factory,
                                needs_dates=kind.needs_dates))
        else:
            title, reason = PLANNED[kind_id]
            out.append(KindInfo(kind_id, words(title), words(reason), False, words(reason)))
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
    from app.services.reports.kind_directory import DirectoryReport
    from app.services.reports.kind_factory import FactoryReport
    from app.services.reports.kind_history import HistoryReport
    from app.services.reports.kind_triage import TriageReport

    with _lock:
        if _builtins_done:
            return
        for kind in (CapacityReport(), FactoryReport(), HistoryReport(), DirectoryReport(),
                     TriageReport()):
            _kinds.setdefault(kind.id, kind)
        _builtins_done = True
