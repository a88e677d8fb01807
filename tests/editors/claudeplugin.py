"""The Claude Code plugin's files as Claude Code reads them (shared by its tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "editors" / "claude-code"


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def lsp_servers() -> dict[str, Any]:
    """The language servers as Claude Code finds them: `lspServers` in the manifest (inline
    or a path), else `.lsp.json` at the plugin root."""
    declared = load(PLUGIN / ".claude-plugin" / "plugin.json").get("lspServers")
    if isinstance(declared, dict):
        return declared
    servers: dict[str, Any] = load(PLUGIN / (declared or "./.lsp.json"))
    return servers
