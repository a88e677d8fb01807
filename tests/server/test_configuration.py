"""Settings end to end: `workspace/didChangeConfiguration` with `workspace/configuration`,
invalid settings, and the reduced mode for documents over `max_file_size`. Each test gets a
server of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from .conftest import codes, diagnostics_for, open_doc, published_matching, wait_for

pytestmark = pytest.mark.asyncio

UNSAFE = "import yaml\n\nconfig = yaml.load(data)\n"


async def test_configuration_change_disables_a_rule(fresh_client: LanguageClient,
                                                    tmp_path: Path) -> None:
    uri = (tmp_path / "app.py").as_uri()
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
                                                               tmp_path: Path) -> None:
    fresh_client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"vigilint": {"server": {"debounce_ms": "soon"}, "max_file_size": -5}}))
    await wait_for(lambda: any("invalid settings" in m.message for m in fresh_client.messages),
                   "a message about the invalid settings")
    uri = (tmp_path / "app.py").as_uri()
    open_doc(fresh_client, uri, UNSAFE)
    assert "VG-PY-DESER-001" in codes(await diagnostics_for(fresh_client, uri, 1))


async def test_huge_document_gets_reduced_mode(fresh_client: LanguageClient, tmp_path: Path) -> None:
    fresh_client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"vigilint": {"max_file_size": 50_000}}))
    uri = (tmp_path / "huge.py").as_uri()
    text = UNSAFE + ("x = 1\n" * 20_000) + "y = '" + "a" * 1_000_000 + "'\n"
    open_doc(fresh_client, uri, text)
    diagnostics = await published_matching(fresh_client, uri, lambda c: "reduced-mode" in c,
                                           "the reduced-mode notice")
    assert "VG-PY-DESER-001" not in codes(diagnostics)  # only secret detection runs
