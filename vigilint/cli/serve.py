"""`vigilint serve`: the language server, over stdio (default) or TCP."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from vigilint.cli import UsageError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("serve", help="run the language server (LSP over stdio)")
    parser.add_argument("--stdio", action="store_true", help="speak LSP over stdio (default)")
    parser.add_argument("--tcp", metavar="HOST:PORT", help="listen on HOST:PORT instead")
    parser.add_argument("--log-level", choices=("error", "warning", "info", "debug"),
                        default="warning", help="log level on stderr (default: warning)")
    parser.set_defaults(func=run)


def _address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"--tcp: expected HOST:PORT, got {text!r}")
    return host or "127.0.0.1", int(port)


def run(args: argparse.Namespace) -> int:
    address = _address(args.tcp) if args.tcp else None
    debug = bool(getattr(args, "debug", False))
    # stdout carries the protocol: logs go to stderr only, redacted, tracebacks with --debug.
    from vigilint.server.logs import configure
    from vigilint.server.server import create_server

    configure(getattr(logging, args.log_level.upper()), debug=debug)
    server = create_server(debug=debug)
    if address is None:
        server.start_io()
    else:
        server.start_tcp(*address)
    return 0
