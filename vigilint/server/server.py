"""The vigilint language server: state shared by the feature modules, and `create_server`.

Each LSP capability lives in its own module (`sync`, `diagnostics`, `hover`, `code_actions`,
`commands`, `configuration`, `lifecycle`) with a `register(server)` function; this module only
holds what they share: settings, the engine, open documents, the analyzer and the provenance
service. The engine is pure and shared with the CLI; nothing from the workspace is ever run.
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path

from pygls.lsp.server import LanguageServer

from vigilint import __version__
from vigilint.analyzers.engine import Engine
from vigilint.config import Settings
from vigilint.server.analysis import Analyzer
from vigilint.server.documents import DocumentStore
from vigilint.server.errors import ErrorReporter
from vigilint.server.provenance import ProvenanceService

log = logging.getLogger(__name__)

FEATURES: tuple[str, ...] = ("lifecycle", "configuration", "sync", "diagnostics", "hover",
                             "code_actions", "commands")


class VigilintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("vigilint", __version__, max_workers=4)
        self.settings = Settings()
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self.documents = DocumentStore()
        self.analyzer = Analyzer(self)
        self.errors = ErrorReporter(self)
        self.provenance = ProvenanceService()
        self.root: Path | None = None
        self.pull_diagnostics = False
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
        """pygls' hook for errors outside handlers: rate-limited, never fatal."""
        from pygls.exceptions import FeatureRequestError

        if source is FeatureRequestError:
            return
        self.errors.report("request", error)

    def document_path(self, uri: str, fs_path: str) -> str:
        """The path findings and provenance use: relative to the workspace root when inside."""
        if self.root is not None:
            try:
                return Path(fs_path).resolve().relative_to(self.root.resolve()).as_posix()
            except (ValueError, OSError):
                pass
        return fs_path


def create_server() -> VigilintServer:
    server = VigilintServer()
    for name in FEATURES:
        module = importlib.import_module(f"vigilint.server.{name}")
        module.register(server)
    return server
