"""`vigilint hook <agent>`: answer an AI agent's hook event (JSON on stdin) in its protocol.

Agents: claude-code, cursor, copilot, windsurf, cline (`vigilint.integrations`; the guide is
docs/agent-hooks.md). An unknown agent is a usage error (exit 2). Every other outcome, a
failure to check included, is answered in the agent's protocol by the integrations core.
"""

from __future__ import annotations

import argparse
from typing import Any

from vigilint.cli import UsageError
from vigilint.integrations import AGENTS
from vigilint.integrations.__main__ import options_parser
from vigilint.integrations.adapter import HookOptions


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "hook", help="answer an AI agent's hook event (JSON on stdin)",
        description=f"Read an agent hook event on stdin and answer in the agent's protocol. "
                    f"Agents: {', '.join(AGENTS)}. A prompt or tool call that cannot be "
                    f"checked is blocked unless --fail-open is given.")
    options_parser(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from vigilint.integrations.runner import run_hook

    if args.agent not in AGENTS:
        raise UsageError(f"unknown agent `{args.agent}`; use one of: {', '.join(AGENTS)}")
    if not args.timeout > 0:
        raise UsageError("--timeout must be more than 0 seconds")
    return run_hook(args.agent, HookOptions(args.fail_open, args.timeout, args.event,
                                            args.debug))
