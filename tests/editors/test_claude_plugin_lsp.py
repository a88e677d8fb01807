"""The plugin's language server, started exactly as the plugin configures it (command, args,
env from `.lsp.json`), publishes security diagnostics for a vulnerable file opened with the
language id the plugin maps its extension to."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
import pytest_lsp
from claudeplugin import lsp_servers
from installed import vigilint_bin
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

CASES = {
    "app.py": ("import yaml\n\nconfig = yaml.load(data)\n", "VG-PY-DESER-001"),
    "web/server.tsx": ("import { exec } from 'child_process';\n"
                       "export function run(req: any) { exec('ls ' + req.query.dir); }\n", None),
    "deploy/Dockerfile.dockerfile": ("FROM python\nUSER root\nRUN curl -s https://x.example/i.sh "
                                     "| sh\n", None),
}


def _config() -> ClientServerConfig:
    server = lsp_servers()["vigilint"]
    command = str(vigilint_bin() / server["command"])
    env = dict(os.environ, **server.get("env", {}))
    return ClientServerConfig(server_command=[command, *server.get("args", [])],
                              server_env=env)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plugin-ws")
    (root / ".git").mkdir()
    return root


@pytest_lsp.fixture(config=_config(), scope="module")
async def client(lsp_client: LanguageClient, workspace: Path):  # type: ignore[no-untyped-def]
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=workspace.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")]))
    yield
    await lsp_client.shutdown_session()


async def _published(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    for _ in range(1500):
        if uri in client.diagnostics:
            return list(client.diagnostics[uri])
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics published for {uri}")


@pytest.mark.parametrize("name", sorted(CASES))
async def test_plugin_language_server_publishes_security_diagnostics(
        client: LanguageClient, workspace: Path, name: str) -> None:
    text, rule = CASES[name]
    path = workspace / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    mapping = lsp_servers()["vigilint"]["extensionToLanguage"]
    language_id = mapping[path.suffix]  # the file is routed to vigilint by its extension
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id=language_id,
                                             version=1, text=text)))
    diagnostics = await _published(client, path.as_uri())
    assert all(d.source == "vigilint" for d in diagnostics)
    findings = [d for d in diagnostics if str(d.code).startswith("VG-")]
    assert findings, f"no finding for {name}: {[d.code for d in diagnostics]}"
    assert all("OWASP" in d.message or ":2021" in d.message for d in findings)
    if rule is not None:
        found = [d for d in findings if d.code == rule]
        assert found and found[0].range.start.line == 2
        assert found[0].severity == types.DiagnosticSeverity.Error
