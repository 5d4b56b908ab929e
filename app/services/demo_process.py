"""Starts the demo federation as a child process and learns its URL from a handshake.

The child reads its stdin; when the desk goes away — even by ``kill -9`` — the pipe
closes and the child exits, so no demo process outlives the desk.
"""

from __future__ import annotations

import json
import logging
import sys

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

log = logging.getLogger(__name__)

HANDSHAKE_TIMEOUT_MS = 30000


class DemoProcess(QObject):
    """The demo federation child process.

    Signals:
        ready(str): the demo serves at this base URL.
        failed(str): it could not start, or stopped unexpectedly (a sentence for people).
    """

    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, *, seed: int = 42, faults: tuple[str, ...] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seed = seed
        self._faults = faults
        self._process: QProcess | None = None
        self._buffer = b""
        self.url: str | None = None
        self._stopping = False
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._handshake_timed_out)

    @property
    def pid(self) -> int | None:
        if self._process is None:
            return None
        pid = int(self._process.processId())
        return pid or None

    def start(self) -> None:
        args = ["-m", "app.demo", "--port", "0", "--seed", str(self._seed)]
        for fault in self._faults:
            args += ["--fault", fault]
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        self._timeout.start(HANDSHAKE_TIMEOUT_MS)
        process.start(sys.executable, args)

    def stop(self) -> None:
        """Close the child's stdin (it exits on EOF), then make sure it is gone."""
        self._timeout.stop()
        process, self._process = self._process, None
        if process is None:
            return
        self._stopping = True
        if process.state() != QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(3000):
                process.terminate()
                if not process.waitForFinished(2000):
                    process.kill()
                    process.waitForFinished(1000)

    def _read_stdout(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self._handle_line(line.decode("utf-8", "replace").strip())

    def _handle_line(self, line: str) -> None:
        if not line.startswith("{"):
            log.info("demo: %s", line)
            return
        try:
            message = json.loads(line)
        except ValueError:
            log.warning("demo: unreadable handshake line %r", line[:120])
            return
        if message.get("event") == "ready" and isinstance(message.get("url"), str):
            self._timeout.stop()
            self.url = message["url"]
            log.info("demo federation ready at %s (pid %s)", self.url, message.get("pid"))
            self.ready.emit(self.url)

    def _read_stderr(self) -> None:
        if self._process is None:
            return
        for line in bytes(self._process.readAllStandardError().data()).decode(
                "utf-8", "replace").splitlines():
            if line.strip():
                log.debug("demo stderr: %s", line)

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if not self._stopping:
            self.failed.emit(self.tr("The demo federation stopped unexpectedly (exit code %1).")
                             .replace("%1", str(code)))

    def _error(self, error: QProcess.ProcessError) -> None:
        if not self._stopping and error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(self.tr("The demo federation could not be started."))

    def _handshake_timed_out(self) -> None:
        self.failed.emit(self.tr("The demo federation did not report ready within %1 s.")
                         .replace("%1", str(HANDSHAKE_TIMEOUT_MS // 1000)))
        self.stop()
