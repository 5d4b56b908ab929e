"""Command line: parse arguments, build the application, run it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import config


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="aifactories-desk", description=config.APP_NAME)
    parser.add_argument("--version", action="version",
                        version=f"{config.APP_NAME} {config.APP_VERSION}")
    parser.add_argument("--demo", action="store_true",
                        help="start and use the embedded demo federation (the default "
                             "unless turned off in Preferences)")
    parser.add_argument("--hub", metavar="URL", help="use this Hub instead of the demo")
    parser.add_argument("--offline", action="store_true",
                        help="do not connect; show the last data seen")
    parser.add_argument("--seed", type=int, default=42, help="demo federation seed")
    parser.add_argument("--fault", action="append", default=[], metavar="SITE=MODE",
                        help="make a demo site misbehave (slow, down, http500, malformed, "
                             "badversion)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"keep every file of the desk here (also ${config.DATA_DIR_ENV})")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help="wait for the first complete refresh, save a PNG and exit")
    parser.add_argument("--screenshot-view", metavar="VIEW",
                        help="the view to show in the screenshot (overview, map, …)")
    parser.add_argument("--poll-interval", type=float, metavar="SECONDS",
                        help="poll every site this often (default: as in Preferences, 30 s)")
    parser.add_argument("--theme", choices=("system", "light", "dark", "high-contrast"),
                        help="use this theme for this run (Preferences keep the choice)")
    parser.add_argument("--lang", choices=("system", "en", "de", "fr"),
                        help="use this language for this run (Preferences keep the choice)")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # site reads run in worker processes, also when frozen
        import multiprocessing  # (not imported otherwise: the first paint does not need it)

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["report"]:  # `aifactories-desk report …`: headless, for scheduled use
        from app.report_cli import main as report_main

        return report_main(argv[1:])
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from app.application import DeskApplication, Options, settle_heap

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    options = Options(
        # with neither --demo nor --hub, Preferences say whether the demo starts
        demo=True if args.demo else (None if not args.hub else False), hub_url=args.hub,
        seed=args.seed, faults=tuple(args.fault),
        data_dir=args.data_dir, screenshot=args.screenshot,
        screenshot_view=args.screenshot_view, offline=args.offline,
        poll_interval_s=args.poll_interval, exit_after_paint=args.exit_after_paint,
        theme=args.theme, language=args.lang,
    )
    desk = DeskApplication(options)
    desk.start()
    settle_heap()
    code = qapp.exec()
    desk.shutdown()
    return desk.exit_code or int(code)


if __name__ == "__main__":
    sys.exit(main())
