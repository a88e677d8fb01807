"""`vigilint scan`: scan files and folders; text, JSON or SARIF; exit 1 on findings at or
above `--fail-on`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vigilint import baseline
from vigilint.analyzers.dependencies.first_party import with_project_names
from vigilint.analyzers.dependencies.online import verify_online
from vigilint.analyzers.secrets.redaction import redact_text
from vigilint.cli import UsageError, write_output
from vigilint.config import load_settings, merged, parse_size
from vigilint.model import PRIORITIES
from vigilint.policy import at_or_above
from vigilint.provenance.integrate import after_scan, ai_gate_failures, gate_message
from vigilint.report import json_report, sarif, text
from vigilint.scan import ScanInputError, ScanResult, scan


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("scan", help="scan files and folders for security flaws")
    parser.add_argument("paths", nargs="*", type=Path, default=None, metavar="PATH",
                        help="files or folders (default: the current folder)")
    parser.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--fail-on", choices=PRIORITIES, default=None,
                        help="exit 1 when a finding is at or above this priority "
                             "(default: P1, or `fail_on` from the config)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: nearest .vigilint.toml or pyproject.toml)")
    parser.add_argument("--max-file-size", metavar="SIZE",
                        help="skip files larger than this (e.g. 2MB)")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="also skip paths matching GLOB (repeatable)")
    parser.add_argument("--jobs", "-j", type=int, default=None,
                        help="worker processes (default: one per core)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no notices on stderr")
    parser.add_argument("--ai-gate", action="store_true",
                        help="also exit 1 on any P0/P1 finding in AI-written code")
    parser.add_argument("--online", action="store_true",
                        help="ask PyPI/npm about packages the offline index does not know "
                             "(cached; off by default)")
    parser.add_argument("--baseline", metavar="FILE",
                        help="report only findings that are not in this baseline")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="write every current finding to FILE as a baseline "
                             "(fingerprints only, never code or secrets)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths or [Path(".")]
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"{path}: no such file or directory")
    if args.config is not None and not args.config.is_file():
        raise UsageError(f"{args.config}: no such config file")
    loaded = load_settings(paths[0], args.config)
    problems = list(loaded.problems)
    overrides: dict[str, Any] = {"fail_on": args.fail_on}
    if args.max_file_size:
        try:
            overrides["max_file_size"] = parse_size(args.max_file_size)
        except ValueError as exc:
            raise UsageError(f"--max-file-size: {exc}") from exc
    if args.exclude:
        overrides["exclude"] = [*loaded.settings.exclude, *args.exclude]
    settings = merged(loaded.settings, overrides)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    settings = with_project_names(settings, paths)
    known = _load_baseline(args.baseline)
    try:
        result = scan(paths, settings, jobs=args.jobs)
    except ScanInputError as exc:
        raise UsageError(str(exc)) from exc
    if getattr(args, "online", False):
        result.findings, online_notices = verify_online(result.findings)
        result.notices.extend(online_notices)
    joined = after_scan(result.findings, paths, result.root, settings)
    result.findings, result.notices = joined.findings, [*result.notices, *joined.notices]
    _apply_baselines(args, result, known)
    gate = ai_gate_failures(result.findings) if args.ai_gate else []
    if gate:
        result.notices.append(gate_message(gate))
    if not args.quiet:
        for message in [*problems, *result.notices]:
            print(f"vigilint: {redact_text(message)}", file=sys.stderr)
        if result.skipped_binary:
            print(f"vigilint: skipped {result.skipped_binary} binary "
                  f"file{'s' if result.skipped_binary != 1 else ''}", file=sys.stderr)
    write_output(render(result, args.format, settings.owasp_edition), args.output)
    failing = [f for f in result.active if at_or_above(f.priority, settings.fail_on)]
    return 1 if failing or gate else 0


def _load_baseline(path: str | None) -> set[baseline.Key] | None:
    if path is None:
        return None
    try:
        return baseline.load(path)
    except baseline.BaselineError as exc:
        raise UsageError(str(exc)) from exc


def _apply_baselines(args: argparse.Namespace, result: ScanResult,
                     known: set[baseline.Key] | None) -> None:
    """`--write-baseline` records the findings; `--baseline` leaves the recorded ones out."""
    try:
        if args.write_baseline is not None:
            count = baseline.write(args.write_baseline, result.findings)
            result.notices.append(f"wrote {count} finding{'s' if count != 1 else ''} to the "
                                  f"baseline {args.write_baseline}")
    except baseline.BaselineError as exc:
        raise UsageError(str(exc)) from exc
    if known is not None:
        result.findings, left_out = baseline.new_findings(result.findings, known)
        if left_out:
            result.notices.append(f"{left_out} finding{'s' if left_out != 1 else ''} in the "
                                  f"baseline {args.baseline} left out")


def render(result: ScanResult, fmt: str, edition: str) -> str:
    if fmt == "json":
        return json_report.render(result.findings, str(result.root), result.files_scanned,
                                  result.seconds, result.notices)
    if fmt == "sarif":
        return sarif.render(result.findings, result.rules, result.root, result.notices)
    return text.render(result.findings, result.files_scanned, result.seconds, edition)
