"""`vigilint sla report`: remediation SLAs from the findings ledger (the workspace's, or the
team's named by `VIGILINT_LEDGER_URL` / `[tool.vigilint.ledger] url`).

    vigilint sla report [--since DATE] [--format text|json|markdown]
        open findings with their due times (overdue first) and compliance per priority and
        per generation source
    vigilint sla report --month YYYY-MM [--team T] [--format text|json|html|csv]
        the monthly compliance report for leadership: per team and repository, the
        three-month trend with the 90 % rule, P0/P1 escalations, AI vs human code
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vigilint.cli import UsageError, write_output
from vigilint.cli.ledger import open_ledger, settings_for
from vigilint.provenance import compliance, compliance_render, sla
from vigilint.provenance.backends import ledger_url
from vigilint.provenance.backends.sqlite import SqliteDatabase
from vigilint.provenance.ledger import Ledger
from vigilint.provenance.store import MemoryStore
from vigilint.workspace import db_path, workspace_for

MONTHLY_RENDERERS = {"text": compliance_render.render_text,
                     "json": compliance_render.render_json,
                     "csv": compliance_render.render_csv}
FORMATS = ("text", "json", "markdown", "html", "csv")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("sla", help="remediation SLAs from the findings ledger")
    commands = parser.add_subparsers(dest="sla_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: _help(parser))
    report = commands.add_parser("report", help="open findings and compliance, or the monthly "
                                                "compliance report (--month)")
    report.add_argument("--format", choices=FORMATS, default="text",
                        help="text, json, markdown (open findings); text, json, html, csv "
                             "(--month)")
    report.add_argument("--month", metavar="YYYY-MM",
                        help="the monthly compliance report for this calendar month (UTC)")
    report.add_argument("--team", help="only this team's findings")
    report.add_argument("--since", metavar="DATE",
                        help="only findings detected on or after DATE (YYYY-MM-DD or ISO time)")
    report.add_argument("--output", "-o", metavar="FILE")
    report.add_argument("--workspace", type=Path, metavar="DIR",
                        help="workspace folder (default: nearest with .git, .vigilint or "
                             "pyproject.toml)")
    report.add_argument("--url", metavar="URL", help="ledger URL (default: "
                        "VIGILINT_LEDGER_URL, [tool.vigilint.ledger] url, the workspace's)")
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
    month = None
    if args.month:
        try:
            month = compliance.Month.parse(args.month)
        except ValueError as exc:
            raise UsageError(f"--month: {exc}") from None
        if args.format == "markdown":
            raise UsageError("--month reports come as text, json, html or csv")
        if since is not None:
            raise UsageError("--month and --since don't go together; the month is the period")
    elif args.format in ("html", "csv"):
        raise UsageError(f"--format {args.format} is for the monthly report: add --month "
                         "YYYY-MM")
    if args.workspace is not None and not args.workspace.is_dir():
        raise UsageError(f"{args.workspace}: no such folder")
    workspace = args.workspace.resolve() if args.workspace else workspace_for(Path.cwd())
    url = args.url or ledger_url(settings_for(workspace, None))
    if url is None and not db_path(workspace).exists():
        print(f"vigilint: no findings ledger in {workspace} yet; `vigilint scan` starts one",
              file=sys.stderr)
        with MemoryStore() as empty:
            write_output(_render(Ledger(SqliteDatabase(empty)), args, month, since, now),
                         args.output)
        return 0
    with open_ledger(url, workspace, create=False) as ledger:
        text = _render(ledger, args, month, since, now)
    write_output(text, args.output)
    return 0


def _render(ledger: Ledger, args: argparse.Namespace, month: compliance.Month | None,
            since: datetime | None, now: datetime | None) -> str:
    if month is None:
        return sla.RENDERERS[args.format](sla.build(ledger, now=now, since=since,
                                                    team=args.team))
    report = compliance.build(ledger, month, team=args.team, now=now)
    if args.format == "html":
        from vigilint.provenance import sla_html

        return sla_html.render(report)
    return MONTHLY_RENDERERS[args.format](report)
