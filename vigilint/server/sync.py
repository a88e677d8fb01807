"""Text synchronisation: didOpen / didChange (incremental) / didClose.

Each change is applied to the server's copy of the document and to its syntax tree (see
`documents.py`), then the analyzer is told; the optional AI heuristic records a single change
that inserts `server.ai_heuristic_min_lines` lines or more as likely AI-written.
"""

from __future__ import annotations

import logging
from urllib.parse import unquote, urlparse

from lsprotocol import types

from vigilint.server.documents import uri_to_path
from vigilint.server.errors import guarded
from vigilint.server.server import VigilintServer

log = logging.getLogger(__name__)
HEURISTIC_TOOL = "unknown (ai-likely)"


def _fs_path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri_to_path(uri)


def _heuristic(ls: VigilintServer, uri: str, change: types.TextDocumentContentChangeEvent,
               inserted_lines: int) -> None:
    settings = ls.settings.server
    if not settings.ai_heuristic or inserted_lines + 1 < settings.ai_heuristic_min_lines:
        return
    if not isinstance(change, types.TextDocumentContentChangePartial):
        return
    doc = ls.documents.get(uri)
    if doc is None:
        return
    start = change.range.start.line + 1
    lines = change.text.split("\n")
    if lines and not lines[-1].strip():
        lines = lines[:-1]
    nonblank = [line for line in lines if line.strip()]
    if len(nonblank) < settings.ai_heuristic_min_lines:
        return
    current = doc.text.split("\n")
    end = min(start + len(lines) - 1, len(current))
    ls.provenance.record(doc.path, start, end, current[start - 1:end], HEURISTIC_TOOL,
                         inferred=True)


def register(server: VigilintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded("opening a document")
    def did_open(ls: VigilintServer, params: types.DidOpenTextDocumentParams) -> None:
        doc = ls.documents.open(params.text_document)
        doc.path = ls.document_path(doc.uri, _fs_path(doc.uri))
        doc.language = doc.detect_language()
        ls.analyzer.changed(doc, now=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded("applying an edit")
    def did_change(ls: VigilintServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        doc = ls.documents.get(uri)
        if doc is None:
            return
        inserted = []
        for change in params.content_changes:
            inserted.append((change, doc.apply(change)))
        doc.version = params.text_document.version
        if len(inserted) == 1 and ls.settings.server.ai_heuristic:
            try:
                _heuristic(ls, uri, *inserted[0])
            except Exception as exc:
                ls.errors.report("the AI heuristic", exc)
        ls.analyzer.changed(doc)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded("closing a document")
    def did_close(ls: VigilintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.documents.close(uri)
        ls.analyzer.closed(uri)
        if not ls.pull_diagnostics:
            ls.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
