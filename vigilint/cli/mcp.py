"""`vigilint mcp`: the MCP server (stdio) that gives AI agents the prompt guard and the scanner.

Start-up is kept short: this module imports nothing heavy, the server module (and the MCP SDK)
are imported when the command runs, and the rules are loaded on the first tool call.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from vigilint.cli import UsageError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "mcp", help="run the MCP server (stdio) for AI agents",
        description="Serve the Model Context Protocol over stdio: tools check_prompt, "
                    "scan_code, scan_paths and explain_rule; the rule docs and the OWASP "
                    "catalogue as resources; one prompt per security-sensitive domain. The "
                    "tools read only inside the workspace root.")
    parser.add_argument("--root", type=Path, default=None, metavar="DIR",
                        help="workspace root: the only folder the tools read "
                             "(default: the current folder)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: .vigilint.toml or pyproject.toml in the "
                             "root)")
    parser.add_argument("--log-level", choices=("error", "warning", "info", "debug"),
                        default="warning", help="log level on stderr (default: warning)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="check_prompt answers with a block verdict (not checked) when "
                             "the check takes longer (default: 20, as `vigilint prompt`)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    root: Path = args.root if args.root is not None else Path.cwd()
    if not root.is_dir():
        raise UsageError(f"--root {root}: no such folder")
    if args.config is not None and not args.config.is_file():
        raise UsageError(f"{args.config}: no such config file")
    if args.timeout is not None and not args.timeout > 0:
        raise UsageError("--timeout must be more than 0 seconds")
    # stdout carries the protocol: logs go to stderr only.
    logging.basicConfig(stream=sys.stderr, level=getattr(logging, args.log_level.upper()),
                        format="vigilint %(levelname)s %(name)s: %(message)s")
    try:
        from vigilint.integrations.mcp.server import serve
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] not in ("mcp", "mcp_types"):
            raise
        raise UsageError("the MCP server needs the MCP Python SDK: "
                         "pip install 'vigilint[mcp]'") from exc
    if args.timeout is None:
        serve(root, args.config, debug=args.debug)
    else:
        serve(root, args.config, debug=args.debug, prompt_timeout=args.timeout)
    return 0
