"""Pull diagnostics (`textDocument/diagnostic`) with result ids.

Push diagnostics are published by the analyzer (`analysis.py`) for clients that do not pull.
A pull returns the analysis of the document's current version; when the client's previous
result id is still current the answer is `unchanged`.
"""

from __future__ import annotations

from lsprotocol import types

from vigilint.server.convert import SOURCE
from vigilint.server.server import VigilintServer

Report = types.RelatedFullDocumentDiagnosticReport | types.RelatedUnchangedDocumentDiagnosticReport


def register(server: VigilintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
                    types.DiagnosticOptions(identifier=SOURCE, inter_file_dependencies=False,
                                            workspace_diagnostics=False))
    async def document_diagnostic(ls: VigilintServer,
                                  params: types.DocumentDiagnosticParams) -> Report:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        result = await ls.analyzer.current(doc)
        if result is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        if params.previous_result_id == result.result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result.result_id)
        return types.RelatedFullDocumentDiagnosticReport(items=result.diagnostics,
                                                         result_id=result.result_id)
