"""The planted catalogue over the language server (pytest-lsp, `vigilint serve` over stdio):
every message the server sends (diagnostics, hovers, code actions, logs) and everything it
writes to stderr is searched for any 8-character fragment of any planted secret."""

from __future__ import annotations

import asyncio
import atexit
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from catalogue import Project, fixed_key, plant
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pytest_lsp.protocol import LanguageClientProtocol

LANGUAGE_IDS = {"python": "python", "javascript": "javascript", "typescript": "typescript",
                "tsx": "typescriptreact", "go": "go", "java": "java", "yaml": "yaml",
                "json": "json", "toml": "toml", "hcl": "terraform", "bash": "shellscript",
                "dockerfile": "dockerfile", "dotenv": "dotenv", "properties": "properties",
                "text": "plaintext"}
HOVERS_PER_FILE = 12
FINGERPRINT = re.compile(r'"fingerprint": "[0-9a-f]{24}"')
TIMEOUT = 60.0  # seconds for one file's diagnostics (CI machines are slow and shared)


class RecordingProtocol(LanguageClientProtocol):
    """Keeps every message the server sends, as the JSON it arrived in."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        if "jsonrpc" in data:  # the whole message (nested objects come through here first)
            self._server.received.append(json.dumps(data))  # type: ignore[attr-defined]
        return super().structure_message(data)


def _client() -> LanguageClient:
    client = LanguageClient(protocol_cls=RecordingProtocol, converter_factory=default_converter)
    client.received = []  # type: ignore[attr-defined]
    register_lsp_features(client, dict(DEFAULT_CLIENT_FEATURES))
    return client


def _server_env() -> dict[str, str]:
    """A private config dir holding the fixed HMAC key (`catalogue.FIXED_KEY`)."""
    config = Path(tempfile.mkdtemp(prefix="vigilint-config-"))
    atexit.register(shutil.rmtree, config, True)
    fixed_key(config)
    env = dict(os.environ, XDG_CONFIG_HOME=str(config))
    env.pop("VIGILINT_HMAC_KEY", None)
    return env


CONFIG = ClientServerConfig(server_command=[sys.executable, "-m", "vigilint", "serve"],
                            client_factory=_client, server_env=_server_env())


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return plant(tmp_path_factory.mktemp("catalogue-lsp") / "proj")


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: LanguageClient, project: Project):  # type: ignore[no-untyped-def]
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                version_support=True, data_support=True),
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix])),
                data_support=True))),
        root_uri=project.root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=project.root.as_uri(), name="ws")]))
    yield
    await lsp_client.shutdown_session()


async def _exercise(client: LanguageClient, path: Path, language: str) -> int:
    """Open the file, wait for its diagnostics, ask for hovers and code actions."""
    uri = path.as_uri()
    source = path.read_text(encoding="utf-8")
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=LANGUAGE_IDS[language],
                                             version=1, text=source)))
    for _ in range(20):  # the first publication may come before the analysis is done
        if client.diagnostics.get(uri):
            break
        await asyncio.wait_for(
            client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), TIMEOUT)
    diagnostics = list(client.diagnostics.get(uri, ()))
    assert diagnostics, f"no diagnostics for {path.name}"
    for diagnostic in diagnostics[:HOVERS_PER_FILE]:
        await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=diagnostic.range.start)), TIMEOUT)
    end = types.Position(line=source.count("\n") + 1, character=0)
    await asyncio.wait_for(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=0, character=0), end=end),
        context=types.CodeActionContext(diagnostics=diagnostics))), TIMEOUT)
    return sum(1 for d in diagnostics if str(d.code).startswith("VG-SEC"))


@pytest.mark.asyncio(loop_scope="function")
async def test_language_server_traffic_shows_no_fragment(client: LanguageClient, project: Project,
                                                         capfd: pytest.CaptureFixture[str],
                                                         ) -> None:
    reported = 0
    for name, language in project.files.items():
        reported += await _exercise(client, project.root / name, language)
    traffic = "\n".join(client.received)  # type: ignore[attr-defined]
    traffic += "\n".join(m.message for m in (*client.log_messages, *client.messages))
    # Fingerprints are digests (rule, code or the secret's HMAC): they cannot carry a value, but
    # which findings a busy server publishes first varies, and so do the digests' ~10^5
    # eight-digit windows, of which one matches a planted hex fragment by chance now and then.
    traffic = FINGERPRINT.sub('"fingerprint": "-"', traffic)
    assert reported > 1000
    assert "VG-SEC-" in traffic and "textDocument/publishDiagnostics" in traffic
    assert not project.leaks(traffic), project.leaks(traffic)[:5]
    stderr = capfd.readouterr().err
    assert not project.leaks(stderr), project.leaks(stderr)[:5]
