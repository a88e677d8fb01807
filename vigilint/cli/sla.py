"""`vigilint sla report`: open findings with their due times (overdue first) and SLA
compliance per priority and per generation source, from the findings ledger that
`vigilint scan` keeps in `.vigilint/vigilint.db`."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vigilint.cli import UsageError, write_output
from vigilint.provenance import sla
from vigilint.provenance.store import MemoryStore, StoreError, open_store
from vigilint.provenance.workspace import db_path, workspace_for


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("sla", help="remediation SLAs from the findings ledger")
    commands = parser.add_subparsers(dest="sla_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: _help(parser))
    report = commands.add_parser("report", help="open findings, due times and compliance")
    report.add_argument("--format", choices=tuple(sla.RENDERERS), default="text")
    report.add_argument("--since", metavar="DATE",
                        help="only findings detected on or after DATE (YYYY-MM-DD or ISO time)")
    report.add_argument("--output", "-o", metavar="FILE")
    report.add_argument("--workspace", type=Path, metavar="DIR",
                        help="workspace folder (default: nearest with .git, .vigilint or "
                             "pyproject.toml)")
    report.add_argument("--now", metavar="TIME", help=argparse.SUPPRESS)  # reproducible reports
    report.set_defaults(func=run_report)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def parse_time(text: str, option: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{option} {text}: expected a date (YYYY-MM-DD) or an ISO 8601 "
                         "time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run_report(args: argparse.Namespace) -> int:
    since = parse_time(args.since, "--since") if args.since else None
    now = parse_time(args.now, "--now") if args.now else None
    if args.workspace is not None and not args.workspace.is_dir():
        raise UsageError(f"{args.workspace}: no such folder")
    workspace = args.workspace.resolve() if args.workspace else workspace_for(Path.cwd())
    if db_path(workspace).exists():
        try:
            store = open_store(workspace, create=False)
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    else:
        print(f"vigilint: no findings ledger in {workspace} yet; `vigilint scan` starts one",
              file=sys.stderr)
        store = MemoryStore()
    with store:
        try:
            report = sla.build(store, now=now, since=since)
        except StoreError as exc:
            raise UsageError(str(exc)) from None
    write_output(sla.RENDERERS[args.format](report), args.output)
    return 0
