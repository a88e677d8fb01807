"""`python -m vigilint.integrations <agent> [--fail-open] [--timeout S] [--event NAME]`: the
same answer as `vigilint hook <agent>`, without loading the rest of the command line (a hook
runs on every prompt)."""

from __future__ import annotations

import argparse
import sys

from vigilint.integrations import AGENTS
from vigilint.integrations.adapter import HookOptions


def options_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of `vigilint hook`, shared with this entry point."""
    parser.add_argument("agent", metavar="AGENT", help=f"one of: {', '.join(AGENTS)}")
    parser.add_argument("--fail-open", action="store_true",
                        help="let a prompt or tool call through when it cannot be checked "
                             "(default: block it); the answer says so")
    parser.add_argument("--timeout", type=float, default=HookOptions.timeout, metavar="SECONDS",
                        help="answer within this many seconds (default: %(default)g; keep it "
                             "below the agent's own hook timeout)")
    parser.add_argument("--event", metavar="NAME",
                        help="the event, for agents whose payload does not name it (Copilot "
                             "CLI's camelCase events)")
    return parser


def main(argv: list[str] | None = None) -> int:
    from vigilint.integrations.runner import run_hook

    parser = options_parser(argparse.ArgumentParser(prog="python -m vigilint.integrations"))
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    args = parser.parse_args(argv)
    if args.agent not in AGENTS:
        print(f"vigilint: unknown agent `{args.agent}`; use one of: {', '.join(AGENTS)}",
              file=sys.stderr)
        return 2
    if not args.timeout > 0:
        print("vigilint: --timeout must be more than 0 seconds", file=sys.stderr)
        return 2
    return run_hook(args.agent, HookOptions(args.fail_open, args.timeout, args.event,
                                            args.debug))


if __name__ == "__main__":
    raise SystemExit(main())
