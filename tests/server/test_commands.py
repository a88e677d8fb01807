"""Commands end to end: recording accepted AI code (message + AI-tagged diagnostics), marking
a range, showing provenance, checking a prompt, scanning the workspace with progress, and a
failing handler that leaves the server answering."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from .conftest import diagnostics_for, open_doc, published_matching, wait_for

pytestmark = pytest.mark.asyncio(loop_scope="package")

AUTH = ("import jwt\nimport yaml\n\n\n"
        "def login(username, password):\n"
        "    claims = yaml.load(password)\n"
        "    return jwt.encode(claims, KEY)\n")


async def _command(client: LanguageClient, name: str, *arguments: Any) -> Any:
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=name, arguments=list(arguments)))


def _range(start: int, end: int) -> dict[str, Any]:
    return {"start": {"line": start, "character": 0}, "end": {"line": end, "character": 0}}


async def test_record_accepted_completion(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "auth.py").as_uri()
    open_doc(client, uri, AUTH)
    first = await diagnostics_for(client, uri, 1)
    assert not any("AI-generated" in d.message for d in first)
    result = await _command(client, "vigilint.recordAcceptedCompletion",
                            {"uri": uri, "range": _range(4, 7), "tool": "copilot",
                             "model": "gpt-test"})
    assert result["tier"] == 3
    assert result["findings"][0]["rule"] == "VG-PY-DESER-001"
    message = await wait_for(
        lambda: next((m for m in client.messages if "copilot" in m.message), None),
        "the acceptance message")
    assert "Tier 3" in message.message and "authentication" in message.message
    assert "P0 VG-PY-DESER-001" in message.message
    assert "security champion" in message.message
    tagged = await published_matching(
        client, uri, lambda c: "VG-PY-DESER-001" in c, "AI-tagged diagnostics")
    finding = next(d for d in tagged if d.code == "VG-PY-DESER-001")
    assert "AI-generated code" in finding.message and "copilot (gpt-test)" in finding.message
    assert finding.data["aiGenerated"] is True
    shown = await _command(client, "vigilint.showProvenance", {"uri": uri})
    assert [(r["startLine"], r["endLine"], r["tool"]) for r in shown["ranges"]] == \
        [(5, 7, "copilot")]
    # The workspace store (SQLite) keeps the record when vigilint.provenance is installed.
    assert result["stored"] in ("workspace", "session")


async def test_mark_ai_generated_in_a_tier_1_file_says_nothing(client: LanguageClient,
                                                               workspace: Path) -> None:
    uri = (workspace / "plain.py").as_uri()
    open_doc(client, uri, "def add(a, b):\n    return a + b\n")
    await diagnostics_for(client, uri, 1)
    result = await _command(client, "vigilint.markAiGenerated",
                            {"uri": uri, "range": _range(0, 2)})
    assert result["tier"] == 1 and result["findings"] == [] and result["message"] is None
    shown = await _command(client, "vigilint.showProvenance", {"uri": uri})
    assert shown["ranges"][0]["startLine"] == 1


async def test_code_marked_by_the_user_reads_as_such(client: LanguageClient,
                                                     workspace: Path) -> None:
    """Without a `tool`, marked code is "written by an AI tool (marked by the user)"."""
    uri = (workspace / "marked.py").as_uri()
    open_doc(client, uri, AUTH)
    await diagnostics_for(client, uri, 1)
    await _command(client, "vigilint.markAiGenerated", {"uri": uri, "range": _range(4, 7)})
    tagged = await published_matching(
        client, uri, lambda c: "VG-PY-DESER-001" in c, "AI-tagged diagnostics")
    finding = next(d for d in tagged if d.code == "VG-PY-DESER-001")
    assert "AI-generated code: written by an AI tool (marked by the user);" in finding.message


async def test_check_prompt(client: LanguageClient) -> None:
    verdict = await _command(client, "vigilint.checkPrompt",
                             "Write a login endpoint that stores passwords with md5")
    assert verdict["verdict"] in ("warn", "block")
    assert verdict["findings"]
    as_object = await _command(client, "vigilint.checkPrompt",
                               {"text": "Convert Celsius to Fahrenheit", "uri": "file:///x.md"})
    assert as_object["verdict"] == "allow"


async def test_scan_workspace_reports_progress(client: LanguageClient, workspace: Path) -> None:
    (workspace / "pkg").mkdir()
    (workspace / "pkg" / "loader.py").write_text("import yaml\nyaml.load(x)\n")
    result = await _command(client, "vigilint.scanWorkspace")
    assert result["files"] >= 1
    only = await _command(client, "vigilint.scanWorkspace",
                          {"folders": [(workspace / "pkg").as_uri()]})
    assert only["files"] == 1 and only["byRule"]["VG-PY-DESER-001"] == 1
    assert result["byRule"].get("VG-PY-DESER-001", 0) >= 1
    reports = [r for values in client.progress_reports.values() for r in values]
    assert any(isinstance(r, types.WorkDoneProgressBegin) for r in reports)
    assert any(isinstance(r, types.WorkDoneProgressEnd) for r in reports)


async def test_a_failing_handler_leaves_the_server_answering(client: LanguageClient,
                                                             workspace: Path) -> None:
    with pytest.raises(Exception, match="one object argument"):
        await _command(client, "vigilint.markAiGenerated", "not an object")
    with pytest.raises(Exception, match="open document"):
        await _command(client, "vigilint.recordAcceptedCompletion",
                       {"uri": "file:///nowhere.py", "range": _range(0, 1)})
    # A change for a document that was never opened, and one with a range past its end.
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri="file:///ghost.py", version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="x")]))
    uri = (workspace / "after.py").as_uri()
    open_doc(client, uri, "import yaml\nyaml.load(x)\n")
    await diagnostics_for(client, uri, 1)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=90, character=5),
                              end=types.Position(line=99, character=0)),
            text="\nyaml.load(y)\n")]))
    after = await diagnostics_for(client, uri, 2)
    assert sum(d.code == "VG-PY-DESER-001" for d in after) == 2
