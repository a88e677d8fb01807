"""initialize / shutdown: workspace root, pull or push diagnostics, clean exit."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types

from vigilint.server.server import VigilintServer

log = logging.getLogger(__name__)


def _root(params: types.InitializeParams) -> Path | None:
    uri = params.root_uri
    if uri is None and params.workspace_folders:
        uri = params.workspace_folders[0].uri
    if uri is not None:
        parsed = urlparse(uri)
        if parsed.scheme == "file":
            return Path(unquote(parsed.path))
    if params.root_path:
        return Path(params.root_path)
    return None


def register(server: VigilintServer) -> None:
    @server.feature(types.INITIALIZE)
    def initialize(ls: VigilintServer, params: types.InitializeParams) -> None:
        ls.root = _root(params)
        ls.provenance.set_root(ls.root)
        text_caps = params.capabilities.text_document
        ls.pull_diagnostics = text_caps is not None and text_caps.diagnostic is not None
        ls.related_information = text_caps is not None and any(
            caps is not None and bool(caps.related_information)
            for caps in (text_caps.publish_diagnostics, text_caps.diagnostic))
        from vigilint.server.configuration import initial_settings

        initial_settings(ls, params.initialization_options)
        ls.analyzer.warm_up()

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: VigilintServer, *args: object) -> None:
        ls.analyzer.shutdown()
        ls.provenance.close()
