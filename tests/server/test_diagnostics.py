"""Diagnostics end to end: open, incremental edits (non-ASCII before the finding), versions,
pull with result ids, configuration changes, prompt documents, huge and binary documents."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from .conftest import change, codes, diagnostics_for, open_doc

pytestmark = pytest.mark.asyncio(loop_scope="package")

UNSAFE = "import yaml\n\nconfig = yaml.load(data)\n"


def _finding(diagnostics: list[types.Diagnostic], rule: str) -> types.Diagnostic:
    found = [d for d in diagnostics if d.code == rule]
    assert found, f"no {rule} in {codes(diagnostics)}"
    return found[0]


async def test_open_publishes_a_finding_with_its_metadata(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, UNSAFE)
    diag = _finding(await diagnostics_for(client, uri, 1), "VG-PY-DESER-001")
    assert diag.source == "vigilint"
    assert diag.severity == types.DiagnosticSeverity.Error  # P0
    assert diag.range == types.Range(start=types.Position(line=2, character=9),
                                     end=types.Position(line=2, character=24))
    assert diag.code_description is not None
    assert diag.code_description.href.endswith("/VG-PY-DESER-001.md")
    assert "CWE-502" in diag.message and "A08:2021" in diag.message
    assert "A08:2025" in diag.message and "P0" in diag.message and "4 hours" in diag.message
    assert diag.data["fix"]["safe"] is True
    assert diag.data["fingerprint"]


async def test_incremental_edit_with_non_ascii_text_moves_the_finding(
        client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, UNSAFE)
    await diagnostics_for(client, uri, 1)
    # An astral character (2 UTF-16 units, 4 UTF-8 bytes) and accents before the call.
    change(client, uri, 2, (2, 0), (2, 0), "x = '😀é'; ")
    diag = _finding(await diagnostics_for(client, uri, 2), "VG-PY-DESER-001")
    prefix = "x = '😀é'; config = "
    start = len(prefix.encode("utf-16-le")) // 2
    assert diag.range.start == types.Position(line=2, character=start)
    assert diag.range.end == types.Position(line=2, character=start + len("yaml.load(data)"))
    # Typing inside the call, then removing the finding.
    change(client, uri, 3, (2, start + 5), (2, start + 9), "safe_load")
    assert "VG-PY-DESER-001" not in codes(await diagnostics_for(client, uri, 3))
    change(client, uri, 4, (0, 0), (0, 0), "# é😀\n")
    assert "VG-PY-DESER-001" not in codes(await diagnostics_for(client, uri, 4))


async def test_multi_change_edit_and_line_breaks(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "multi.py").as_uri()
    open_doc(client, uri, "import yaml\r\n\r\nok = 1\r\n")
    assert "VG-PY-DESER-001" not in codes(await diagnostics_for(client, uri, 1))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[
            types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=2, character=0),
                                  end=types.Position(line=2, character=6)),
                text="v = yaml.load(s)"),
            types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=0, character=0),
                                  end=types.Position(line=0, character=0)),
                text="# ünïcode\r\n"),
        ]))
    diag = _finding(await diagnostics_for(client, uri, 2), "VG-PY-DESER-001")
    assert diag.range.start == types.Position(line=3, character=4)


async def test_pull_diagnostics_with_result_ids(pull_client: LanguageClient,
                                                workspace: Path) -> None:
    uri = (workspace / "app.py").as_uri()
    open_doc(pull_client, uri, UNSAFE)
    report = await pull_client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert report.kind == "full"
    assert "VG-PY-DESER-001" in codes(list(report.items))
    assert report.result_id
    again = await pull_client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id))
    assert again.kind == "unchanged"
    assert again.result_id == report.result_id
    change(pull_client, uri, 2, (2, 14), (2, 18), "safe_load")
    fixed = await pull_client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id))
    assert fixed.kind == "full"
    assert "VG-PY-DESER-001" not in codes(list(fixed.items))
    assert not [p for p in pull_client.published if p.uri == uri]  # type: ignore[attr-defined]


async def test_binary_and_deeply_nested_documents(client: LanguageClient,
                                                  workspace: Path) -> None:
    binary = (workspace / "blob.py").as_uri()
    open_doc(client, binary, "\0\x01\x02\udcff garbage \0" * 1000)
    assert codes(await diagnostics_for(client, binary, 1)) == ["reduced-mode"]
    nested = (workspace / "nested.py").as_uri()
    open_doc(client, nested, "x = " + "[" * 5000 + "]" * 5000 + "\n" + UNSAFE)
    assert "VG-PY-DESER-001" in codes(await diagnostics_for(client, nested, 1))


async def test_edits_in_a_large_file_use_scoped_analysis(client: LanguageClient,
                                                         workspace: Path) -> None:
    """Over 400 lines, an edit inside a function re-analyses that function only; findings in
    the other functions move with the lines (the full analysis follows when idle)."""
    body = "".join(f"\n\ndef f{i}(s):\n    v = s + {i}\n    return v\n" for i in range(90))
    text = "import yaml\n" + body.replace("v = s + 60", "v = yaml.load(s)")
    uri = (workspace / "large.py").as_uri()
    open_doc(client, uri, text)
    lines = text.split("\n")
    target = lines.index("    v = yaml.load(s)")
    first = [d.range.start.line for d in await diagnostics_for(client, uri, 1)
             if d.code == "VG-PY-DESER-001"]
    assert first == [target]
    row = lines.index("    v = s + 10")
    change(client, uri, 2, (row, 8), (row, 13), "yaml.load(s)")  # a new finding in f10
    change(client, uri, 3, (row - 1, 0), (row - 1, 0), "    # note\n")  # one line more
    rows = [d.range.start.line for d in await diagnostics_for(client, uri, 3)
            if d.code == "VG-PY-DESER-001"]
    assert rows == [row + 1, target + 1]


async def test_cancel_request_is_honoured(pull_client: LanguageClient, workspace: Path) -> None:
    """The request and its cancellation go out in one write, so the server reads them
    together and must answer -32800 (RequestCancelled), never the report: deterministic,
    where two writes raced the analysis (the report could win on a fast machine). The next
    pull still gets the full report."""
    uri = (workspace / "slow.py").as_uri()
    text = "import yaml\n" + "".join(f"def f{i}(s):\n    return yaml.load(s)\n" for i in range(400))
    open_doc(pull_client, uri, text)
    protocol = pull_client.protocol
    writer, held = protocol.writer, []

    class _Hold:
        def write(self, data: bytes) -> None:
            held.append(data)

    protocol.writer = _Hold()  # type: ignore[assignment]
    try:
        future = protocol.send_request(
            types.TEXT_DOCUMENT_DIAGNOSTIC,
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri)))
        msg_id = next(k for k, v in protocol._request_futures.items() if v is future)
        protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=msg_id))
    finally:
        protocol.writer = writer
    assert len(held) == 2
    result = writer.write(b"".join(held))  # type: ignore[union-attr]
    if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
        await result
    with pytest.raises(Exception, match=r"(?i)cancel") as raised:
        await asyncio.wrap_future(future)
    assert getattr(raised.value, "code", -32800) == -32800
    report = await pull_client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert sum(d.code == "VG-PY-DESER-001" for d in report.items) == 400


async def test_an_edit_after_the_tree_was_let_go_gives_a_fresh_analysis(
        client: LanguageClient, workspace: Path) -> None:
    """Only the most recently analysed documents keep a syntax tree (`TREES_KEPT`); the first
    of more documents than that, edited afterwards, is parsed whole and gets the diagnostics a
    fresh open of its new text gets."""
    from vigilint.server.analysis import TREES_KEPT

    text = "import yaml\n\n\ndef load(path):\n    data = open(path).read()\n" \
           "    return yaml.safe_load(data)\n"
    uris = [(workspace / f"trees_{k}.py").as_uri() for k in range(TREES_KEPT + 4)]
    for uri in uris:
        open_doc(client, uri, text)
    for uri in uris:
        await diagnostics_for(client, uri, 1)
    change(client, uris[0], 2, (5, 16), (5, 31), "load(data)")  # safe_load(data) -> load(data)
    edited = await diagnostics_for(client, uris[0], 2)
    fresh = (workspace / "trees_fresh.py").as_uri()
    open_doc(client, fresh, text.replace("yaml.safe_load(data)", "yaml.load(data)"))
    expected = await diagnostics_for(client, fresh, 1)
    assert "VG-PY-DESER-001" in codes(edited)
    assert sorted((str(d.code), d.range.start.line, d.range.start.character, d.message)
                  for d in edited) == \
        sorted((str(d.code), d.range.start.line, d.range.start.character, d.message)
               for d in expected)
