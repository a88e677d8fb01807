"""Adapters that bring vigilint to AI agents: their hook protocols and the MCP server (`mcp`).

AI agents' hooks: `vigilint hook <agent>` reads an agent's hook event (JSON on stdin) and
answers in that agent's protocol.

One adapter per agent (`claude_code`, `cursor`, `copilot`, `windsurf`, `cline`) over one core
(`core`): the prompt guard before generation, provenance and findings after an edit, and one
rule for every failure: a blocking event that could not be checked is blocked (unless the hook
runs with `--fail-open`). `runner` reads the input and keeps the answer within a deadline in a
separate process. docs/agent-hooks.md is the user's guide, with the sources of each protocol.
"""

from __future__ import annotations

from vigilint.integrations.adapter import Adapter

AGENTS: tuple[str, ...] = ("claude-code", "cursor", "copilot", "windsurf", "cline")


class UnknownAgentError(ValueError):
    pass


def adapter_for(agent: str) -> Adapter:
    """The adapter of `agent` (one of AGENTS)."""
    if agent == "claude-code":
        from vigilint.integrations.claude_code import ClaudeCode
        return ClaudeCode()
    if agent == "cursor":
        from vigilint.integrations.cursor import Cursor
        return Cursor()
    if agent == "copilot":
        from vigilint.integrations.copilot import Copilot
        return Copilot()
    if agent == "windsurf":
        from vigilint.integrations.windsurf import Windsurf
        return Windsurf()
    if agent == "cline":
        from vigilint.integrations.cline import Cline
        return Cline()
    raise UnknownAgentError(f"unknown agent `{agent}`; use one of: {', '.join(AGENTS)}")
