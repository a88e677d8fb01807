"""The engine decides a file's role (app, test, docs, ...) from its path: the server gives it the
path relative to the workspace root, so the folders above the workspace (a checkout under
`/home/u/tests/...` or inside a folder named `docs`) do not demote the workspace's app code,
while the workspace's own `tests/` and `docs/` folders still do."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from .conftest import CONFIG, codes, diagnostics_for, open_doc, push_capabilities, start_session

pytestmark = pytest.mark.asyncio(loop_scope="module")

UNSAFE = "import yaml\n\nconfig = yaml.load(data)\n"


@pytest.fixture(scope="module")
def nested_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("home") / "u" / "tests" / "docs" / "ws"
    (root / ".git").mkdir(parents=True)
    return root


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def nested_client(lsp_client: LanguageClient,  # type: ignore[no-untyped-def]
                        nested_root: Path):
    await start_session(lsp_client, nested_root, push_capabilities())
    yield
    await lsp_client.shutdown_session()


async def _yaml_finding(client: LanguageClient, uri: str) -> types.Diagnostic:
    open_doc(client, uri, UNSAFE)
    diagnostics = await diagnostics_for(client, uri, 1)
    found = [d for d in diagnostics if d.code == "VG-PY-DESER-001"]
    assert found, f"no VG-PY-DESER-001 in {codes(diagnostics)}"
    return found[0]


async def test_folders_above_the_workspace_do_not_decide_the_role(
        nested_client: LanguageClient, nested_root: Path) -> None:
    diag = await _yaml_finding(nested_client, (nested_root / "app" / "loader.py").as_uri())
    assert diag.data["role"] == "app"
    assert diag.data["priority"] == "P0"
    assert diag.severity == types.DiagnosticSeverity.Error
    assert " code," not in diag.message  # no "in docs code" / "in test code"


async def test_the_workspaces_own_folders_still_decide_it(nested_client: LanguageClient,
                                                          nested_root: Path) -> None:
    in_tests = await _yaml_finding(nested_client,
                                   (nested_root / "tests" / "helpers.py").as_uri())
    assert in_tests.data["role"] == "test"
    assert "in test code" in in_tests.message
    in_docs = await _yaml_finding(nested_client, (nested_root / "docs" / "conf.py").as_uri())
    assert in_docs.data["role"] == "docs"
