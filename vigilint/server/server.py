"""The vigilint language server: state shared by the feature modules, and `create_server`.

Each LSP capability lives in its own module (`sync`, `diagnostics`, `hover`, `code_actions`,
`commands`, `configuration`, `lifecycle`) with a `register(server)` function; this module only
holds what they share: settings, the engine, open documents, the analyzer and the provenance
service. The engine is pure and shared with the CLI; nothing from the workspace is ever run.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from vigilint import __version__
from vigilint.analyzers.engine import Engine
from vigilint.config import Settings
from vigilint.server.analysis import Analyzer
from vigilint.server.documents import DocumentStore
from vigilint.server.errors import ErrorReporter
from vigilint.server.framing import Oversize
from vigilint.server.protocol import VigilintProtocol
from vigilint.server.provenance import ProvenanceService
from vigilint.server.transport import Reader, oversize_uri

log = logging.getLogger(__name__)

FEATURES: tuple[str, ...] = ("lifecycle", "configuration", "sync", "diagnostics", "hover",
                             "code_actions", "commands")


class _Writer:
    """Writes the protocol's output; a client that went away ends the session instead of
    raising into whatever was answering."""

    def __init__(self, write: Callable[[bytes], object], on_lost: Callable[[], None]) -> None:
        self._write = write
        self._on_lost = on_lost
        self.lost = False

    def write(self, data: bytes) -> None:
        if self.lost:
            return
        try:
            self._write(data)
        except (BrokenPipeError, ConnectionError, OSError, ValueError):
            self.lost = True
            self._on_lost()

    def close(self) -> None:
        self.lost = True


class VigilintServer(LanguageServer):
    protocol: VigilintProtocol

    def __init__(self, debug: bool = False) -> None:
        super().__init__("vigilint", __version__, protocol_cls=VigilintProtocol, max_workers=4)
        self.debug = debug
        self.protocol.on_exit = self.exit
        self._stopped: asyncio.Future[int] | None = None
        self.settings = Settings()
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self.documents = DocumentStore()
        self.analyzer = Analyzer(self)
        self.errors = ErrorReporter(self)
        self.provenance = ProvenanceService()
        self.root: Path | None = None
        self.pull_diagnostics = False
        self.related_information = False  # the client accepts `relatedInformation`
        self.pending_problems: list[str] = []

    @property
    def engine(self) -> Engine:
        """The engine for the current settings, built on first use (loading the rules takes
        a moment: the analysis threads build it, so `initialize` answers at once)."""
        with self._engine_lock:
            if self._engine is None or self._engine.settings is not self.settings:
                self._engine = Engine(disabled=self.settings.disabled_rules,
                                      settings=self.settings)
            return self._engine

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings: a new engine (disabled rules), and every document again."""
        self.settings = settings
        self.provenance.store_prompt_text = settings.provenance.store_prompt_text
        self.analyzer.invalidate_all()

    def refresh_pull_diagnostics(self) -> None:
        """Ask a pull client to pull again (when it supports the refresh request)."""
        caps = self.client_capabilities.workspace
        if self.pull_diagnostics and caps is not None and caps.diagnostics is not None \
                and caps.diagnostics.refresh_support:
            self.workspace_diagnostic_refresh(None)

    def report_server_error(self, error: Exception, source: object) -> None:
        """pygls' hook for protocol-level errors: a log line, never a popup (the client sent
        something odd; the user cannot act on it)."""
        log.warning("protocol error (%s): %s", getattr(source, "__name__", source),
                    type(error).__name__)

    # -- running ----------------------------------------------------------------------------
    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        out = stdout or sys.stdout.buffer

        def write(data: bytes) -> None:
            out.write(data)
            out.flush()

        asyncio.run(self._serve(stdin or sys.stdin.buffer, write))

    def start_tcp(self, host: str, port: int) -> None:
        """Serve one client on HOST:PORT (LSP over TCP), with the same input loop."""
        with socket.create_server((host, port)) as listener:
            log.info("listening on %s:%s", host, port)
            conn, _ = listener.accept()
        with conn:
            asyncio.run(self._serve(conn.makefile("rb", buffering=0), conn.sendall))

    async def _serve(self, stream: Any, write: Callable[[bytes], object]) -> None:
        loop = asyncio.get_running_loop()
        self._stopped = loop.create_future()
        self.protocol.set_writer(_Writer(write, lambda: self.exit(1)))
        reader = Reader(stream, self.protocol, loop, on_eof=self._end_of_input,
                        on_oversize=self._oversize)
        reader.start()
        code = await self._stopped
        self._finish(code)

    def _end_of_input(self) -> None:
        self.exit(0 if self.protocol._shutdown else 1)

    def exit(self, code: int) -> None:
        """End the session (LSP `exit`, end of input, or a lost client)."""
        if self._stopped is not None and not self._stopped.done():
            self._stopped.set_result(code)

    def _finish(self, code: int) -> None:
        """Stop without waiting for running analyses (they hold nothing that must be saved)
        and without the interpreter's shutdown, which would print what threads still do."""
        try:
            self.analyzer.shutdown()
            self.provenance.close()
        except Exception as exc:
            log.debug("cleaning up failed: %s", type(exc).__name__)
        for handler in logging.getLogger().handlers:
            handler.flush()
        sys.stderr.flush()
        os._exit(code)

    def _oversize(self, event: Oversize) -> None:
        """A message too large to read: if it opened a document, say so on that document."""
        if b"textDocument/didOpen" not in event.head:
            return
        uri = oversize_uri(event.head)
        if uri is None:
            return
        message = (f"vigilint: this document is {event.length:,} bytes, more than the language "
                   "server reads in one message; it is not analysed (run `vigilint scan`).")
        if self.pull_diagnostics:
            self.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Warning, message=message))
            return
        from vigilint.server.convert import REDUCED_CODE, notice_diagnostic

        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=[notice_diagnostic(message, REDUCED_CODE)]))

    def document_path(self, uri: str, fs_path: str) -> str:
        """The path findings and provenance use: relative to the workspace root when inside."""
        if self.root is not None:
            try:
                return Path(fs_path).resolve().relative_to(self.root.resolve()).as_posix()
            except (ValueError, OSError):
                pass
        return fs_path


def create_server(debug: bool = False) -> VigilintServer:
    server = VigilintServer(debug=debug)
    for name in FEATURES:
        module = importlib.import_module(f"vigilint.server.{name}")
        module.register(server)
    return server
