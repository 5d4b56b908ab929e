"""Run the demo federation on 127.0.0.1 and tell the parent where it is.

``python -m app.demo --port 0 --seed 42 [--fault SITE=MODE ...]`` binds a (free) local
port, builds the Hub and the simulated sites from the bundled registry, starts uvicorn and
prints exactly one JSON line to stdout::

    {"event": "ready", "url": "http://127.0.0.1:PORT", "pid": PID, "seed": S, "sites": N}

It never outlives its parent: it exits when its stdin reaches end-of-file (the desk holds
the pipe; ``--no-stdin-watch`` when run alone from a terminal) and, on Linux, asks the
kernel for SIGTERM when the parent dies (``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import ipaddress
import json
import logging
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.demo.clock import SimClock
from app.demo.faults import MODES, FaultError
from app.demo.server import DemoServer, build_demo

log = logging.getLogger("app.demo")

#: How often the background task brings the simulation up to date (seconds).
ADVANCE_INTERVAL_S = 15.0
#: After stdin closes, give the server this long to stop before exiting hard.
EXIT_GRACE_S = 3.0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m app.demo",
        description="The demo federation: a Hub API and one simulated slurmrestd per "
                    "operational EuroHPC machine, on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="TCP port (0: a free one)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="loopback address to bind (only 127.0.0.1 / ::1 are allowed)")
    parser.add_argument("--seed", type=int, default=42, help="simulation seed")
    parser.add_argument("--fault", action="append", default=[], metavar="SITE=MODE",
                        help=f"make a site misbehave; MODE is one of {', '.join(MODES)} "
                             "(repeatable)")
    parser.add_argument("--slow-seconds", type=float, default=4.0,
                        help="delay of the 'slow' fault mode")
    parser.add_argument("--time-scale", type=float, default=1.0,
                        help="simulated seconds per real second (0 freezes the simulation)")
    parser.add_argument("--start-time", type=float, default=None,
                        help="simulated UNIX time at start (default: now)")
    parser.add_argument("--resources", type=Path, default=None,
                        help="folder with the registry JSON files (default: bundled)")
    parser.add_argument("--registry", type=Path, default=None,
                        help="a complete registry document (JSON) instead of --resources")
    parser.add_argument("--no-stdin-watch", action="store_true",
                        help="do not exit when stdin closes (running from a terminal)")
    parser.add_argument("--log-level", default="warning",
                        choices=("critical", "error", "warning", "info", "debug"))
    args = parser.parse_args(argv)
    try:
        if not ipaddress.ip_address(args.host).is_loopback:
            parser.error("--host must be a loopback address (127.0.0.1)")
    except ValueError:
        parser.error("--host must be a literal loopback address such as 127.0.0.1")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    if args.time_scale < 0:
        parser.error("--time-scale must not be negative")
    return args


def load_registry(resources: Path | None) -> dict[str, Any]:
    """The registry document from the bundled (or given) federation resources."""
    from app.domain.registry import registry_document

    if resources is None:
        from app.config import resources_dir

        resources = resources_dir() / "federation"
    doc: dict[str, Any] = registry_document(resources)
    return doc


def set_parent_death_signal() -> None:
    """Linux: have the kernel send SIGTERM when the parent process exits."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):  # not fatal: the stdin watch still applies
        log.debug("PR_SET_PDEATHSIG not available")


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
    # proto says TCP, and without it every small answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if sys.platform != "win32":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def _watch_stdin(on_eof: Callable[[], None]) -> None:
    def run() -> None:
        stream = sys.stdin.buffer if sys.stdin is not None else None
        try:
            while stream is not None:
                chunk = stream.read1(4096) if hasattr(stream, "read1") else stream.read(4096)
                if not chunk:
                    break
        except (OSError, ValueError):
            pass
        on_eof()

    threading.Thread(target=run, name="stdin-watch", daemon=True).start()


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


async def _serve(server_obj: Any, sock: socket.socket, demo: DemoServer,
                 ready_line: Callable[[], None]) -> None:
    serve = asyncio.create_task(server_obj.serve(sockets=[sock]))
    while not server_obj.started:
        if serve.done():
            await serve  # re-raise the start-up failure
            return
        await asyncio.sleep(0.01)
    ready_line()

    async def keep_up() -> None:
        while True:
            await asyncio.sleep(ADVANCE_INTERVAL_S)
            demo.advance()

    ticker = asyncio.create_task(keep_up())
    try:
        await serve
    finally:
        ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticker


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    parent = os.getppid()
    set_parent_death_signal()
    if hasattr(os, "nice"):
        os.nice(5)  # the simulated sites stand in for remote machines: yield to the desk
    if not args.no_stdin_watch and os.getppid() != parent:
        return 0  # the parent died before we could ask to be told
    import uvicorn

    sock = bind_socket(args.host, args.port)
    port = sock.getsockname()[1]
    base_url = _url(args.host, port)
    try:
        if args.registry is not None:
            registry = json.loads(args.registry.read_text("utf-8"))
        else:
            registry = load_registry(args.resources)
        demo = build_demo(registry, seed=args.seed, base_url=base_url, faults=args.fault,
                          clock=SimClock(args.start_time, args.time_scale),
                          slow_seconds=args.slow_seconds)
    except FaultError as exc:
        print(f"app.demo: {exc}", file=sys.stderr)
        sock.close()
        return 2
    # The simulation's long-lived objects never become garbage; keep the cyclic collector
    # from walking them on every full collection (those pauses showed as 50-100 ms spikes).
    gc.collect()
    gc.freeze()
    config = uvicorn.Config(demo.app, log_level=args.log_level, access_log=False,
                            lifespan="off", proxy_headers=False, server_header=False,
                            timeout_graceful_shutdown=1, timeout_keep_alive=30)
    server = uvicorn.Server(config)

    def ready() -> None:
        line = {"event": "ready", "url": base_url, "pid": os.getpid(), "seed": args.seed,
                "sites": len(demo.runtimes)}
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()

    def stop() -> None:
        server.should_exit = True

        def hard_exit() -> None:
            time.sleep(EXIT_GRACE_S)
            os._exit(0)

        threading.Thread(target=hard_exit, name="exit-guard", daemon=True).start()

    if not args.no_stdin_watch:
        _watch_stdin(stop)
    asyncio.run(_serve(server, sock, demo, ready))
    return 0
