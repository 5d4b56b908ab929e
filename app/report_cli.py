"""``aifactories-desk report``: write a report without a window, for scheduled use.

Online (the default) it starts the demo federation (or reads ``--hub URL``), waits for
one complete refresh of every site, then writes the report; the refresh is recorded in
the data folder like a desk session. ``--offline`` reports from the last data on disk.

Exit codes: 0 written; 1 the report could not be made (no data, a site or Hub problem,
an unwritable file, a time-out); 2 bad arguments (unknown kind or format…). Every
failure prints one line to stderr saying why.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app import config

if TYPE_CHECKING:
    from app.services.reports.exporter import ExportRequest
    from app.services.reports.inputs import ReportInputs
    from app.services.reports.model import Progress

PROG = "aifactories-desk report"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """Ends the command with a message and an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Write a report (PDF, CSV, XLSX or HTML) without a window.",
        epilog="Exit codes: 0 written, 1 could not be made, 2 bad arguments.")
    parser.add_argument("--kind", required=True, metavar="KIND",
                        help="capacity, factory, history, directory or triage")
    parser.add_argument("--format", metavar="FORMAT",
                        help="pdf, csv, xlsx or html (default: from the file name)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the report file (written atomically)")
    parser.add_argument("--offline", action="store_true",
                        help="do not connect; report from the last data on disk")
    parser.add_argument("--hub", metavar="URL", help="read this Hub instead of the demo")
    parser.add_argument("--seed", type=int, default=42, help="demo federation seed")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"the desk's data folder (also ${config.DATA_DIR_ENV})")
    parser.add_argument("--factory", default="", metavar="ID",
                        help="the factory of a 'factory' report (e.g. jaif)")
    parser.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD",
                        help="first day of a 'history' report (UTC)")
    parser.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD",
                        help="last day of a 'history' report (UTC)")
    parser.add_argument("--timeout", type=float, default=180.0, metavar="SECONDS",
                        help="give up when the refresh takes longer (default 180)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sub-command; returns the exit code."""
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # argparse printed the usage and the problem
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    logging.basicConfig(level=logging.ERROR, format=f"{PROG}: %(levelname)s: %(message)s")
    try:
        path = run(args)
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr, flush=True)
        return exc.code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    print(f"report written to {path}", flush=True)
    return EXIT_OK


def run(args: argparse.Namespace) -> Path:
    from app.services.reports import kinds
    from app.services.reports.exporter import ExportRequest
    from app.services.reports.formats import ReportFormat
    from app.services.reports.model import ReportError, ReportParams
    from app.services.reports.safe_files import check_target

    try:
        kind = kinds.get(args.kind)
    except ReportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    if args.format:
        try:
            fmt = ReportFormat(args.format.lower())
        except ValueError:
            raise CliError(f"unknown format {args.format!r}; choose one of "
                           f"{', '.join(f.value for f in ReportFormat)}", EXIT_USAGE) from None
    else:
        found = ReportFormat.from_path(args.out)
        if found is None:
            raise CliError(f"cannot tell the format from {args.out.name!r}; add --format "
                           f"({', '.join(f.value for f in ReportFormat)})", EXIT_USAGE)
        fmt = found
    if kind.needs_factory and not args.factory:
        raise CliError(f"the {kind.id!r} report needs --factory ID", EXIT_USAGE)
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError("--from is after --to", EXIT_USAGE)
    try:
        target = check_target(args.out)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    request = ExportRequest(kind.id, fmt, target,
                            ReportParams(args.factory, args.date_from, args.date_to))
    config.set_data_dir(args.data_dir)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never needs a display
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] or PROG])
    assert app is not None
    if args.offline:
        return _offline(request, args)
    return _online(request, args)


def _progress(quiet: bool) -> Progress:
    last = [-1]

    def show(fraction: float, text: str) -> None:
        percent = int(fraction * 100)
        if not quiet and percent // 10 != last[0]:
            last[0] = percent // 10
            print(f"{PROG}: {percent:3d} % {text}", file=sys.stderr, flush=True)
    return show


def _export(request: ExportRequest, inputs: ReportInputs, quiet: bool) -> Path:
    from app.services.reports.exporter import export_blocking
    from app.services.reports.model import ReportError

    try:
        return export_blocking(request, inputs, progress=_progress(quiet))
    except ReportError as exc:
        raise CliError(str(exc)) from None


def _offline(request: ExportRequest, args: argparse.Namespace) -> Path:
    from app.services.history import HistoryDb
    from app.services.reports.inputs import load_cached_inputs

    paths = config.paths()
    if not paths.database.exists():
        raise CliError(f"no data on disk in {paths.root} yet: run the desk (or this command "
                       "without --offline) once while online")
    history = HistoryDb(paths.database)
    try:
        inputs = load_cached_inputs(config.resources_dir(), paths.registry_cache, history)
        if request.kind != "history" and not inputs.sites:
            raise CliError(f"no capacity data in the cache in {paths.root}: run the desk "
                           "once while online")
        return _export(request, inputs, args.quiet)
    finally:
        history.close()


def _online(request: ExportRequest, args: argparse.Namespace) -> Path:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.services.demo_process import DemoProcess
    from app.services.federation import Federation
    from app.services.history import HistoryDb
    from app.services.poller import Poller
    from app.services.reports.inputs import inputs_from_states, source_label
    from app.services.snapshot_store import SnapshotStore
    from app.services.tasks import TaskRunner

    paths = config.paths()
    runner, writer = TaskRunner(max_threads=4), TaskRunner(max_threads=1)
    history = HistoryDb(paths.database)
    store = SnapshotStore(history, writer)
    poller = Poller(runner, interval_s=3600.0)
    federation = Federation(runner, poller, store, resources=config.resources_dir(),
                            cache_file=paths.registry_cache, history=history)
    loop = QEventLoop()
    outcome: dict[str, str] = {}
    demo: DemoProcess | None = None

    def fail(message: str) -> None:
        if message and "error" not in outcome:
            outcome["error"] = message
            loop.quit()

    def round_done() -> None:
        if store.states() and store.complete():
            outcome.setdefault("ok", "")
            loop.quit()

    def problem(message: str) -> None:
        if not message:
            return
        outcome["problem"] = message
        if not poller.site_ids():  # the Hub itself could not be read: no point waiting
            fail(message)

    poller.round_finished.connect(round_done)
    federation.problem.connect(problem)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: fail(
        f"no complete refresh within {args.timeout:.0f} s"
        + (f" (last problem: {outcome['problem']})" if "problem" in outcome else "")))
    deadline.start(int(args.timeout * 1000))
    try:
        if args.hub:
            federation.connect_hub(args.hub, demo=False)
        else:
            demo = DemoProcess(seed=args.seed)
            demo.ready.connect(lambda url: federation.connect_hub(url, demo=True))
            demo.failed.connect(fail)
            if not args.quiet:
                print(f"{PROG}: starting the demo federation…", file=sys.stderr, flush=True)
            demo.start()
        loop.exec()
        deadline.stop()
        if "error" in outcome:
            raise CliError(outcome["error"] + "; use --offline to report from the last "
                           "data on disk")
        inputs = inputs_from_states(
            federation.registry, store.states(), history=history,
            source=source_label(offline=False, demo=demo is not None,
                                hub_url=federation.hub_url), hub_url=federation.hub_url)
        return _export(request, inputs, args.quiet)
    finally:
        deadline.stop()
        poller.stop()
        reconnect = getattr(federation, "reconnect", None)  # see app.services.reconnect
        if reconnect is not None:
            reconnect.stop()
        runner.shutdown()
        writer.wait_for_done(30000)  # the refresh is kept as history, like a desk session
        writer.shutdown()
        if demo is not None:
            demo.stop()
        history.close()


if __name__ == "__main__":
    sys.exit(main())
