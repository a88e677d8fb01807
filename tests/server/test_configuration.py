"""Settings end to end: `initializationOptions`, `workspace/didChangeConfiguration` with
`workspace/configuration`, invalid settings, the reduced mode for documents over
`max_file_size`, and the AI heuristic. The tests share one server (started with the heuristic
on); each sets the settings it needs."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from .conftest import (
    CONFIG,
    change,
    codes,
    diagnostics_for,
    open_doc,
    published_matching,
    push_capabilities,
    start_session,
    wait_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

UNSAFE = "import yaml\n\nconfig = yaml.load(data)\n"


@pytest.fixture(scope="module")
def config_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("config")
    (root / ".git").mkdir()
    return root


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def fresh_client(lsp_client: LanguageClient,  # type: ignore[no-untyped-def]
                       config_root: Path):
    await start_session(lsp_client, config_root, push_capabilities(),
                 options={"vigilint": {"server": {"ai_heuristic": True,
                                                  "ai_heuristic_min_lines": 3}}})
    yield
    await lsp_client.shutdown_session()


async def test_initialization_options_and_ai_heuristic(fresh_client: LanguageClient,
                                                       config_root: Path) -> None:
    uri = (config_root / "pasted.py").as_uri()
    open_doc(fresh_client, uri, "import yaml\n\n")
    await diagnostics_for(fresh_client, uri, 1)
    pasted = "def load(s):\n    data = yaml.load(s)\n    return data\n"
    change(fresh_client, uri, 2, (2, 0), (2, 0), pasted)
    diagnostics = await diagnostics_for(fresh_client, uri, 2)
    finding = next(d for d in diagnostics if d.code == "VG-PY-DESER-001")
    assert "likely written" in finding.message
    shown = await fresh_client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="vigilint.showProvenance", arguments=[{"uri": uri}]))
    assert [(r["startLine"], r["endLine"], r["inferred"]) for r in shown["ranges"]] == \
        [(3, 5, True)]
    # Typing a line at a time is not a paste.
    change(fresh_client, uri, 3, (5, 0), (5, 0), "x = 1\n")
    await diagnostics_for(fresh_client, uri, 3)
    shown = await fresh_client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="vigilint.showProvenance", arguments=[{"uri": uri}]))
    assert len(shown["ranges"]) == 1


async def test_configuration_change_disables_a_rule(fresh_client: LanguageClient,
                                                    config_root: Path) -> None:
    uri = (config_root / "disabled.py").as_uri()
    open_doc(fresh_client, uri, UNSAFE)
    assert "VG-PY-DESER-001" in codes(await diagnostics_for(fresh_client, uri, 1))
    before = len(fresh_client.published)  # type: ignore[attr-defined]
    fresh_client.set_configuration({"disabled_rules": ["VG-PY-DESER-001"]}, section="vigilint")
    fresh_client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))

    def republished() -> bool:
        later = fresh_client.published[before:]  # type: ignore[attr-defined]
        return any(p.uri == uri and "VG-PY-DESER-001" not in codes(list(p.diagnostics))
                   for p in later)

    await wait_for(republished, "diagnostics without the disabled rule")


async def test_invalid_settings_are_reported_and_defaults_kept(fresh_client: LanguageClient,
                                                               config_root: Path) -> None:
    fresh_client.set_configuration({"server": {"debounce_ms": "soon"}, "max_file_size": -5},
                                   section="vigilint")
    fresh_client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={}))
    await wait_for(lambda: any("invalid settings" in m.message for m in fresh_client.messages),
                   "a message about the invalid settings")
    uri = (config_root / "invalid.py").as_uri()
    open_doc(fresh_client, uri, UNSAFE)
    assert "VG-PY-DESER-001" in codes(await diagnostics_for(fresh_client, uri, 1))


async def test_huge_document_gets_reduced_mode(fresh_client: LanguageClient, config_root: Path) -> None:
    fresh_client.set_configuration({"max_file_size": 50_000}, section="vigilint")
    fresh_client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={}))
    uri = (config_root / "huge.py").as_uri()
    text = UNSAFE + ("x = 1\n" * 2_000) + "y = '" + "a" * 100_000 + "'\n"
    open_doc(fresh_client, uri, text)
    diagnostics = await published_matching(fresh_client, uri, lambda c: "reduced-mode" in c,
                                           "the reduced-mode notice")
    assert "VG-PY-DESER-001" not in codes(diagnostics)  # only secret detection runs
