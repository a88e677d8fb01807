"""`vigilint ledger`: record scans in the findings ledger (the workspace's SQLite file, or the
team's PostgreSQL named by `VIGILINT_LEDGER_URL` / `[tool.vigilint.ledger] url`), show where
it is, and export it for GitHub code scanning and DefectDojo (see docs/provenance.md).

    vigilint ledger sync [PATH ...] [--from REPORT.json] [--repository R] [--branch B]
                         [--team T] [--commit C] [--url URL] [--format text|json]
    vigilint ledger status [--url URL] [--format text|json]
    vigilint ledger export --format sarif|defectdojo [--repository R] [--team T] [-o FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vigilint.cli import UsageError, write_output
from vigilint.config import Settings, load_settings
from vigilint.model import Finding
from vigilint.provenance import context
from vigilint.provenance.backends import ledger_url, open_database
from vigilint.provenance.ledger import Ledger, ScanUpdate
from vigilint.provenance.store import StoreError, open_store
from vigilint.report.text import printable_lines
from vigilint.workspace import db_path, workspace_for

EXPORTS = ("sarif", "defectdojo")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ledger", help="record scans in the findings ledger (SQLite or the team's PostgreSQL)")
    commands = parser.add_subparsers(dest="ledger_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: _help(parser))

    def where(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--url", metavar="URL", help="ledger URL (default: "
                         "VIGILINT_LEDGER_URL, then [tool.vigilint.ledger] url, then the "
                         "workspace's .vigilint/vigilint.db)")
        sub.add_argument("--config", type=Path, metavar="FILE",
                         help="settings file (default: nearest .vigilint.toml or pyproject.toml)")

    sync = commands.add_parser("sync", help="scan (or read a scan's JSON report) and record "
                                            "new, still-open and fixed findings")
    sync.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                      help="files or folders to scan (default: the current folder)")
    sync.add_argument("--from", dest="report", metavar="REPORT",
                      help="record this `vigilint scan --format json` report of the repository "
                           "instead of scanning again")
    sync.add_argument("--repository", help="repository name (default: CI variables, the "
                                           "settings, git remote origin, the folder name)")
    sync.add_argument("--branch", help="branch (default: CI variables, then git)")
    sync.add_argument("--team", help="owning team (default: VIGILINT_TEAM, then the settings)")
    sync.add_argument("--commit", help="commit (default: CI variables, then git HEAD)")
    sync.add_argument("--format", choices=("text", "json"), default="text")
    sync.add_argument("--jobs", "-j", type=int, default=None, help="scan worker processes")
    sync.add_argument("--quiet", "-q", action="store_true", help="no notices on stderr")
    where(sync)
    sync.set_defaults(func=run_sync)

    status = commands.add_parser("status", help="where the ledger is and what it holds")
    status.add_argument("--format", choices=("text", "json"), default="text")
    where(status)
    status.set_defaults(func=run_status)

    export = commands.add_parser("export", help="open findings as SARIF (GitHub code "
                                                "scanning) or a DefectDojo import")
    export.add_argument("--format", choices=EXPORTS, required=True)
    export.add_argument("--repository", help="only this repository (SARIF: default the "
                                             "current one)")
    export.add_argument("--team", help="only this team")
    export.add_argument("--output", "-o", metavar="FILE")
    where(export)
    export.set_defaults(func=run_export)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def settings_for(start: Path, config: Path | None) -> Settings:
    if config is not None and not config.is_file():
        raise UsageError(f"{config}: no such config file")
    loaded = load_settings(start, config)
    for problem in loaded.problems:
        print(f"vigilint: {problem}", file=sys.stderr)
    return loaded.settings


@contextmanager
def open_ledger(url: str | None, workspace: Path, *, create: bool = True) -> Iterator[Ledger]:
    """The ledger `url` names (None: the workspace's); errors become usage errors."""
    try:
        ledger = Ledger(open_database(url, workspace, create=create))
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    try:
        yield ledger
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    finally:
        ledger.close()


def _read_report(source: str) -> tuple[Path, list[Finding]]:
    """The scan root and findings of a `vigilint scan --format json` report."""
    try:
        doc = json.loads(Path(source).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{source}: can't read it ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UsageError(f"{source}: not JSON; expected `vigilint scan --format json` "
                         "output") from None
    if not isinstance(doc, dict) or doc.get("tool") != "vigilint" or not isinstance(
            doc.get("findings"), list) or not isinstance(doc.get("root"), str):
        raise UsageError(f"{source}: not a `vigilint scan --format json` report")
    try:
        findings = [Finding.model_validate(item) for item in doc["findings"]]
    except ValueError as exc:
        raise UsageError(f"{source}: a finding is not in vigilint's format ({exc})") from None
    return Path(doc["root"]), findings


def _scan(paths: list[Path], settings: Settings, jobs: int | None,
          quiet: bool) -> tuple[Path, list[Finding]]:
    from vigilint.analyzers.dependencies.first_party import with_project_names
    from vigilint.scan import ScanInputError, scan

    try:
        result = scan(paths, with_project_names(settings, paths), jobs=jobs)
    except ScanInputError as exc:
        raise UsageError(str(exc)) from None
    if not quiet:
        for notice in result.notices:
            print(f"vigilint: {notice}", file=sys.stderr)
    return result.root, result.findings


def _summary(update: ScanUpdate, ctx: context.SyncContext, where: str) -> str:
    ai = update.ai_ranges
    commit = f", commit {ctx.commit[:12]}" if ctx.commit else ""
    return (f"Synced into {where} (repository {ctx.repository}, branch {ctx.branch or 'unknown'}"
            f"{commit}): {update.new} new, {update.seen} still open, {update.fixed} fixed, "
            f"{update.reopened} reopened, {update.suppressed} suppressed with justification"
            f"{f'; {ai} AI-written ranges' if ai else ''}.")


def run_sync(args: argparse.Namespace) -> int:
    from vigilint.provenance.integrate import escalate, join_findings, record_into

    paths: list[Path] = args.paths or [Path(".")]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or directory")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.report and args.paths:
        raise UsageError("give either PATHs to scan or --from REPORT, not both")
    settings = settings_for(paths[0], args.config)
    if args.report:
        root, findings = _read_report(args.report)
        if not root.is_dir():
            raise UsageError(f"{args.report}: its scan root {root} is not a folder here")
        paths = [root]
    else:
        root, findings = _scan(paths, settings, args.jobs, args.quiet)
    workspace = workspace_for(root)
    url = args.url or ledger_url(settings)
    ctx = context.detect(workspace, settings, repository=args.repository, branch=args.branch,
                         team=args.team, commit=args.commit, source="ledger sync")
    if url and ctx.branch and ctx.branch not in settings.ledger.branches:
        print(f"vigilint: branch {ctx.branch} is not one the ledger follows "
              f"({', '.join(settings.ledger.branches)}); nothing recorded (set "
              "[tool.vigilint.ledger] branches, or --branch)", file=sys.stderr)
        return 0
    if url and not ctx.branch and not args.quiet:
        print("vigilint: couldn't tell the branch (no CI variable, no git branch); recorded "
              "anyway; pass --branch to name it", file=sys.stderr)
    store = None
    if db_path(workspace).exists():
        try:
            store = open_store(workspace, create=False)
        except StoreError as exc:
            print(f"vigilint: {exc}; AI provenance left out of this sync", file=sys.stderr)
    try:
        with open_ledger(url, workspace) as ledger:
            if store is not None:
                findings = escalate(join_findings(store, findings, root, workspace))
            if url is None:
                ledger.adopt(ctx.repository)
            update = record_into(ledger, store, findings, paths, root, settings, workspace,
                                 ctx)
            where = ledger.where
    finally:
        if store is not None:
            store.close()
    if args.format == "json":
        write_output(json.dumps({
            "ledger": where, "repository": ctx.repository, "branch": ctx.branch,
            "team": ctx.team, "commit": ctx.commit, "new": update.new, "seen": update.seen,
            "fixed": update.fixed, "reopened": update.reopened,
            "suppressed": update.suppressed, "ai_ranges": update.ai_ranges}, indent=2) + "\n",
            None)
    else:
        write_output(printable_lines([_summary(update, ctx, where)]), None)
    return 0


def run_status(args: argparse.Namespace) -> int:
    settings = settings_for(Path.cwd(), args.config)
    url = args.url or ledger_url(settings)
    workspace = workspace_for(Path.cwd())
    if url is None and not db_path(workspace).exists():
        raise UsageError(f"no findings ledger in {workspace} yet; `vigilint scan` or "
                         "`vigilint ledger sync` starts one")
    with open_ledger(url, workspace, create=False) as ledger:
        rows = ledger.db.query(
            "SELECT repository, team, COUNT(*) AS findings, SUM(CASE WHEN fixed_at IS NULL AND "
            "suppressed_at IS NULL THEN 1 ELSE 0 END) AS open FROM findings GROUP BY "
            "repository, team ORDER BY repository")
        where, dialect = ledger.where, ledger.db.dialect
    repos = [{"repository": r["repository"], "team": r["team"], "findings": int(r["findings"]),
              "open": int(r["open"] or 0)} for r in rows]
    if args.format == "json":
        write_output(json.dumps({"ledger": where, "database": dialect,
                                 "repositories": repos}, indent=2) + "\n", None)
        return 0
    lines = [f"Ledger: {where} ({dialect})"]
    lines += [f"  {r['repository'] or '(unnamed)'}"
              f"{' [' + r['team'] + ']' if r['team'] else ''}: {r['open']} open of "
              f"{r['findings']} findings" for r in repos]
    write_output(printable_lines(lines), None)  # repository and team names are stored data
    return 0


def run_export(args: argparse.Namespace) -> int:
    from vigilint.provenance import export_defectdojo, export_sarif

    settings = settings_for(Path.cwd(), args.config)
    url = args.url or ledger_url(settings)
    workspace = workspace_for(Path.cwd())
    repository = args.repository
    if repository is None and args.format == "sarif" and args.team is None:
        repository = context.detect(workspace, settings).repository
    with open_ledger(url, workspace, create=False) as ledger:
        entries = [e for e in ledger.entries(repository=repository, team=args.team) if e.open]
    if args.format == "sarif":
        export = export_sarif.build(entries, workspace)
        text = export.text
        for note in export.notes:
            print(f"vigilint: {note}", file=sys.stderr)
    else:
        text = export_defectdojo.render(entries)
    write_output(text, args.output)
    return 0
