"""A small TCP proxy on 127.0.0.1 that loses answers on purpose (standard library only).

It forwards every byte between the desk and slurmrestd, except that for the next
``drop_submits`` requests ``POST …/job/submit`` it lets the request through, waits for the
site's answer and then closes the desk's connection without passing the answer on — the
job exists, the desk never hears about it. ``dark`` makes it refuse all new traffic
(accept and close at once), as a site that became unreachable; ``dark_after_drop`` turns
that on right after an answer was dropped.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class LosingProxy:
    def __init__(self, upstream_port: int, *, drop_submits: int = 0,
                 dark_after_drop: bool = False) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.drop_submits = drop_submits
        self.dark_after_drop = dark_after_drop
        self.dark = False
        self.submits_forwarded = 0
        self.answers_dropped = 0
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._stopped = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LosingProxy:
        thread = threading.Thread(target=self._accept, name="losing-proxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopped.set()
        _close(self._server)  # shutdown() wakes the thread blocked in accept()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _close(sock)
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self.dark:
                _close(client)
                continue
            try:
                upstream = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                _close(client)
                continue
            upstream.settimeout(None)
            state = {"drop": False}
            with self._lock:
                self._sockets += [client, upstream]
            for target, args in ((self._to_site, (client, upstream, state)),
                                 (self._to_desk, (upstream, client, state))):
                thread = threading.Thread(target=target, args=args, daemon=True)
                thread.start()
                self._threads.append(thread)

    def _to_site(self, client: socket.socket, upstream: socket.socket,
                 state: dict[str, bool]) -> None:
        while True:
            try:
                data = client.recv(65536)
            except OSError:
                data = b""
            if not data:
                _close(upstream)
                return
            if data.startswith(b"POST ") and b"/job/submit" in data.split(b"\r\n", 1)[0]:
                with self._lock:
                    self.submits_forwarded += 1
                    if self.drop_submits > 0:
                        self.drop_submits -= 1
                        state["drop"] = True
            try:
                upstream.sendall(data)
            except OSError:
                _close(client)
                return

    def _to_desk(self, upstream: socket.socket, client: socket.socket,
                 state: dict[str, bool]) -> None:
        while True:
            try:
                data = upstream.recv(65536)
            except OSError:
                data = b""
            if not data:
                _close(client)
                return
            if state["drop"]:
                # the site answered, so the job exists: the desk never learns of it
                with self._lock:
                    self.answers_dropped += 1
                    if self.dark_after_drop:
                        self.dark = True
                _close(client)
                _close(upstream)
                return
            try:
                client.sendall(data)
            except OSError:
                _close(upstream)
                return


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
