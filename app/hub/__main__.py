"""``python -m app.hub --db FILE --port N``: run the Hub alone on 127.0.0.1.

The first line printed is ``Hub API v1 listening on http://127.0.0.1:PORT`` (with
``--port 0`` the system picks a free port). SIGINT or SIGTERM stops it cleanly.

Serves the registry, the support centres and the triage inbox (kept in the SQLite file
``--db``, which survives restarts) from the bundled federation resources. No simulated
sites: the registry's ``sites`` list is empty.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def build(db: Path, resources: Path | None = None) -> Any:
    """The Hub app (FastAPI) over the triage database ``db``."""
    from app.config import resources_dir
    from app.domain.registry import registry_document
    from app.hub import routes_support
    from app.hub.app import create_app
    from app.hub.triage import TriageStore, build_router

    registry = registry_document(resources or resources_dir() / "federation")
    store = TriageStore(db)
    app = create_app(registry, sites=[], routers=[routes_support.router,
                                                  build_router(store)])
    app.state.triage_store = store
    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.hub",
                                     description="The AI Factories Hub API v1, alone.")
    parser.add_argument("--db", type=Path, required=True, help="triage SQLite file")
    parser.add_argument("--port", type=int, default=8080, help="TCP port (0: a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    parser.add_argument("--resources", type=Path, default=None,
                        help="folder with the registry JSON files (default: bundled)")
    args = parser.parse_args(argv)
    try:
        if not ipaddress.ip_address(args.host).is_loopback:
            parser.error("--host must be a loopback address (127.0.0.1)")
    except ValueError:
        parser.error("--host must be a literal loopback address such as 127.0.0.1")
    if not args.db.parent.is_dir():
        parser.error(f"--db: the folder {args.db.parent} does not exist")
    if not 0 <= args.port <= 65535:
        parser.error(f"--port: {args.port} is not a TCP port (0 to 65535)")
    import socket

    import uvicorn

    try:
        app = build(args.db, args.resources)
    except (OSError, ValueError) as exc:  # unreadable database or registry files
        parser.error(f"cannot start the Hub: {exc}")
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        parser.error(f"--port: cannot listen on {args.host}:{args.port}: {exc.strerror}")
    sock.listen(2048)  # connections queue from now on, even before uvicorn accepts them
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    # the first line on stdout is the address, so a caller that asked for --port 0 finds it
    print(f"Hub API v1 listening on http://{host}:{port}", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        app.state.triage_store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
