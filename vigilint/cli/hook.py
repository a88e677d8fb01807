"""`vigilint hook <agent>`: answer an AI agent's hook event (JSON on stdin) in its protocol.

Agents: `claude-code` (UserPromptSubmit, PostToolUse) and `cursor` (beforeSubmitPrompt,
afterFileEdit); see `vigilint.prompts.hooks` and docs/prompt-guard.md. An unknown agent is a
usage error (exit 2); an unknown event is a no-op (exit 0); malformed input fails open.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vigilint.cli import UsageError
from vigilint.prompts.hooks import AGENTS, UnknownAgentError, handle

MAX_PAYLOAD_BYTES = 5_000_000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "hook", help="answer an AI agent's hook event (JSON on stdin)",
        description=f"Read an agent hook event on stdin and answer in the agent's protocol. "
                    f"Agents: {', '.join(AGENTS)}.")
    parser.add_argument("agent", metavar="AGENT", help=f"one of: {', '.join(AGENTS)}")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.agent not in AGENTS:
        raise UsageError(f"unknown agent `{args.agent}`; use one of: {', '.join(AGENTS)}")
    raw = sys.stdin.buffer.read(MAX_PAYLOAD_BYTES).decode("utf-8", errors="replace")
    try:
        reply = handle(args.agent, raw)
    except UnknownAgentError as exc:
        raise UsageError(str(exc)) from exc
    if reply.stdout:
        sys.stdout.write(reply.stdout)
        sys.stdout.flush()
    if reply.stderr:
        sys.stderr.write(reply.stderr)
    return reply.exit_code
