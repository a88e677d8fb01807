"""pytest-lsp fixtures: the server runs as a subprocess over stdio (`vigilint serve`).

`client` is a push-diagnostics client (like Neovim); `pull_client` declares pull diagnostics
(like VS Code). Every publishDiagnostics is recorded with its version so tests can wait for the
diagnostics of a given document version.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "vigilint", "serve"]
TIMEOUT = 15.0


def _publish(ls: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
    ls.diagnostics[params.uri] = params.diagnostics
    ls.published.append(params)  # type: ignore[attr-defined]


def _recording_client() -> LanguageClient:
    client = LanguageClient(converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _publish
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=_recording_client)


def push_capabilities() -> types.ClientCapabilities:
    return types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                version_support=True, code_description_support=True, data_support=True,
                related_information=True),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix,
                                   types.CodeActionKind.SourceFixAll])),
                is_preferred_support=True, data_support=True),
            hover=types.HoverClientCapabilities(
                content_format=[types.MarkupKind.Markdown]),
        ),
        workspace=types.WorkspaceClientCapabilities(
            configuration=True, apply_edit=True,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True)),
        window=types.WindowClientCapabilities(work_done_progress=True),
    )


def pull_capabilities() -> types.ClientCapabilities:
    caps = push_capabilities()
    assert caps.text_document is not None
    caps.text_document.diagnostic = types.DiagnosticClientCapabilities(
        related_document_support=False, related_information=True)
    assert caps.workspace is not None
    caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(
        refresh_support=True)
    return caps


async def start_session(client: LanguageClient, root: Path, caps: types.ClientCapabilities,
                 options: Any = None) -> None:
    await client.initialize_session(types.InitializeParams(
        capabilities=caps, root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="ws")],
        initialization_options=options))


@pytest.fixture(scope="package")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ws")
    (root / ".git").mkdir()
    return root


@pytest_lsp.fixture(config=CONFIG, scope="package")
async def client(lsp_client: LanguageClient, workspace: Path):  # type: ignore[no-untyped-def]
    """A push-diagnostics client shared by the tests of this folder (use distinct file
    names; do not change its settings)."""
    await start_session(lsp_client, workspace, push_capabilities())
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG, scope="package")
async def pull_client(lsp_client: LanguageClient,  # type: ignore[no-untyped-def]
                      workspace: Path):
    await start_session(lsp_client, workspace, pull_capabilities())
    yield
    await lsp_client.shutdown_session()


async def wait_for(predicate: Callable[[], Any], what: str, timeout: float = TIMEOUT) -> Any:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


async def diagnostics_for(client: LanguageClient, uri: str,
                          version: int) -> list[types.Diagnostic]:
    """The diagnostics published for exactly this version of the document."""

    def find() -> list[types.Diagnostic] | None:
        for params in reversed(client.published):  # type: ignore[attr-defined]
            if params.uri == uri and params.version == version:
                return list(params.diagnostics) or [None]  # type: ignore[list-item]
        return None

    found = await wait_for(find, f"diagnostics of {uri} version {version}")
    return [d for d in found if d is not None]


def open_doc(client: LanguageClient, uri: str, text: str, language: str = "python",
             version: int = 1) -> None:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version,
                                             text=text)))


def change(client: LanguageClient, uri: str, version: int, start: tuple[int, int],
           end: tuple[int, int], text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=start[0], character=start[1]),
                              end=types.Position(line=end[0], character=end[1])),
            text=text)]))


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return [str(d.code) for d in diagnostics]


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 columns) to a text, as an editor would."""
    lines = text.split("\n")

    def offset(pos: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[:pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = 0
        for index, char in enumerate(line):
            if units >= pos.character:
                return before + index
            units += 2 if ord(char) > 0xFFFF else 1
        return before + len(line)

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits),
                   reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


async def published_matching(client: LanguageClient, uri: str,
                             predicate: Callable[[list[str]], bool],
                             what: str) -> list[types.Diagnostic]:
    """Wait for a publication for `uri` whose diagnostic codes satisfy `predicate`."""

    def find() -> list[types.Diagnostic] | None:
        for params in reversed(client.published):  # type: ignore[attr-defined]
            if params.uri == uri and predicate(codes(list(params.diagnostics))):
                return list(params.diagnostics) or [None]  # type: ignore[list-item]
        return None

    found = await wait_for(find, what)
    return [d for d in found if d is not None]
