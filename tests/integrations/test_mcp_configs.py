"""The documented MCP configurations (editors/mcp: Cursor, VS Code, Claude Code without the
plugin; editors/claude-code/.mcp.json: the plugin) start `vigilint mcp` exactly as written,
with the editor's `${workspaceFolder}` filled in, and the SDK's client gets the four tools."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest
from installed import vigilint_bin
from mcp import Client, StdioServerParameters
from mcpclient import server_env

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = {
    "cursor": (ROOT / "editors/mcp/cursor/.cursor/mcp.json", "mcpServers"),
    "vscode": (ROOT / "editors/mcp/vscode/.vscode/mcp.json", "servers"),
    "claude-code project": (ROOT / "editors/mcp/claude-code/.mcp.json", "mcpServers"),
    "claude-code plugin": (ROOT / "editors/claude-code/.mcp.json", None),
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_configured_server_starts_and_serves_the_workspace(name, tmp_path):
    path, key = CONFIGS[name]
    data = json.loads(path.read_text(encoding="utf-8"))
    servers = data[key] if key else data
    assert list(servers) == ["vigilint"]
    entry = servers["vigilint"]
    assert entry.get("type", "stdio") == "stdio" and entry["command"] == "vigilint"
    workspace = tmp_path / "project"
    workspace.mkdir()
    (workspace / "app.py").write_text("import yaml\nconfig = yaml.load(data)\n")
    args = [a.replace("${workspaceFolder}", str(workspace)) for a in entry.get("args", [])]
    # Claude Code starts stdio servers in the folder it was launched from (the project);
    # VS Code and Cursor get the folder through ${workspaceFolder}.
    cwd = workspace if "${workspaceFolder}" not in entry.get("args", []) else tmp_path
    params = StdioServerParameters(command=str(vigilint_bin() / entry["command"]), args=args,
                                   env=server_env(tmp_path), cwd=cwd)

    async def go():
        async with Client(params, read_timeout_seconds=120) as client:
            tools = {t.name for t in (await client.list_tools()).tools}
            return tools, await client.call_tool("scan_paths", {"paths": ["."]})

    tools, scanned = anyio.run(go)
    assert tools == {"check_prompt", "scan_code", "scan_paths", "explain_rule"}
    assert [f["path"] for f in scanned.structured_content["findings"]] == ["app.py"]
