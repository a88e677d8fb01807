"""`vigilint scan`: scan files and folders; text, JSON or SARIF; exit 1 on findings at or
above `--fail-on`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vigilint import baseline, config_diff
from vigilint.analyzers.dependencies.first_party import with_project_names
from vigilint.analyzers.secrets.redaction import redact_text
from vigilint.cli import UsageError, write_output
from vigilint.config import Settings, load_settings, merged, parse_size
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
    parser.add_argument("--follow-symlinks", action="store_true",
                        help="also scan what symlinks lead to outside the scanned folders "
                             "(default: skip it with a notice)")
    parser.add_argument("--allow-empty", action="store_true",
                        help="exit as usual when no file (or far fewer than the tree holds, "
                             "because of the configuration) was analysed (default: exit 2)")
    parser.add_argument("--config-base", metavar="REF",
                        help="git revision to compare vigilint's configuration with (default: "
                             "origin/$GITHUB_BASE_REF in a GitHub pull request, else HEAD)")
    parser.add_argument("--no-cache", action="store_true",
                        help="analyse every file again and leave the scan cache "
                             "(.vigilint/cache/ in the scanned folder) untouched")
    fixing = parser.add_argument_group("fixes")
    fixing.add_argument("--fix", action="store_true",
                        help="apply the verified safe fixes to the files (atomic writes) and "
                             "report what is left")
    fixing.add_argument("--unsafe-fixes", action="store_true",
                        help="with --fix or --diff: also the unsafe fixes (review them)")
    fixing.add_argument("--diff", action="store_true",
                        help="print the fixes as a unified diff (secrets redacted) instead of "
                             "the report; write nothing")
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
    _check_fix_options(args)
    known = _load_baseline(args.baseline)
    try:
        result = scan(paths, settings, jobs=args.jobs, follow_symlinks=args.follow_symlinks,
                      cache=not args.no_cache)
    except ScanInputError as exc:
        raise UsageError(str(exc)) from exc
    diff = _fix(args, result, settings) if args.fix or args.diff else None
    footer = [*_disabled_lines(settings), *config_diff.changes(paths[0], args.config_base)]
    result.notices.extend(footer[len(settings.disabled_rules):])
    if getattr(args, "online", False):
        from vigilint.scan_online import verify_online  # urllib: only here

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
            print(f"vigilint: {text.printable(redact_text(message))}", file=sys.stderr)
        if result.skipped_binary:
            print(f"vigilint: skipped {result.skipped_binary} binary "
                  f"file{'s' if result.skipped_binary != 1 else ''}", file=sys.stderr)
    write_output(diff if diff is not None else render(result, args.format, settings, footer),
                 args.output)
    empty = _too_little_analyzed(result, paths, loaded.source)
    if empty and not args.allow_empty:
        print(f"vigilint: {text.printable(empty)}", file=sys.stderr)
        return 2
    failing = [f for f in result.active if at_or_above(f.priority, settings.fail_on)]
    return 1 if failing or gate else 0


def _check_fix_options(args: argparse.Namespace) -> None:
    if args.fix and args.diff:
        raise UsageError("--diff shows the fixes without writing them and --fix writes them: "
                         "pass one of the two")
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes works with --fix or --diff")
    if args.diff and args.format != "text":
        raise UsageError("--diff prints a diff instead of the report: leave out --format")


def _fix(args: argparse.Namespace, result: ScanResult, settings: Settings) -> str | None:
    """Apply (`--fix`) or show (`--diff`) the fixes; the diff text, or None for `--fix`."""
    from vigilint.analyzers.engine import Engine
    from vigilint.fixing import fix_files, unified_diff

    engine = Engine(disabled=settings.disabled_rules, settings=settings, project=result.project)
    outcome = fix_files(engine, result.findings, result.files, args.unsafe_fixes,
                        write=args.fix)
    result.notices.extend(outcome.notices)
    files = sum(1 for fixed in outcome.files if fixed.applied)
    summary = f"{_plural(outcome.count, 'fix')} in {_plural(files, 'file')}"
    if outcome.withheld:
        result.notices.append(f"{_plural(outcome.withheld, 'fix')} withheld in the files fixed: "
                              "they failed the check (the fixed code must parse and lose the "
                              "finding)")
    if args.diff:
        result.notices.append(f"{summary} would change the files (nothing written)")
        return "".join(unified_diff(fixed) for fixed in outcome.files if fixed.applied)
    changed = {fixed.display: fixed for fixed in outcome.files if fixed.applied}
    result.findings = sorted([*(f for f in result.findings if f.path not in changed),
                              *(f for fixed in changed.values() for f in fixed.findings)],
                             key=lambda f: f.sort_key())
    result.notices.append(f"applied {summary}")
    result.notices.extend(f"fixed {fixed.display}: {applied}"
                          for fixed in outcome.files for applied in fixed.applied)
    if not args.unsafe_fixes:
        unsafe = sum(1 for f in result.active if f.fix is not None and not f.fix.safe)
        if unsafe:
            result.notices.append(f"{_plural(unsafe, 'unsafe fix')} not applied (review them "
                                  "with --diff --unsafe-fixes, apply with --unsafe-fixes)")
    return None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else ('es' if word.endswith('x') else 's')}"


# A scan whose configuration left out more than this share of the files (and at least
# `FEW_FILES` of them) analysed "far fewer files than the tree holds".
CONFIG_SKIP_SHARE = 0.9
FEW_FILES = 10


def _too_little_analyzed(result: ScanResult, paths: list[Path], source: Path | None) -> str:
    """Why the scan analysed no file, or far fewer than the tree holds because of the
    configuration (a sentence), or "" when it analysed enough."""
    where = f"the configuration in {source}" if source else "the command-line options"
    skipped = result.skipped_by_config
    if result.files_scanned == 0:
        if skipped:
            why = f"{where} left out all {skipped:,} files ({_config_keys()})"
        elif result.files_found:
            why = "every file found was skipped (binary, over the size limit or unreadable)"
        else:
            why = f"{', '.join(str(p) for p in paths)} holds no files to scan"
        return f"no file was analysed: {why}; pass --allow-empty if that is intended"
    total = result.files_scanned + skipped
    if skipped >= FEW_FILES and skipped > CONFIG_SKIP_SHARE * total:
        return (f"only {result.files_scanned:,} of {total:,} files were analysed: {where} "
                f"left out the rest ({_config_keys()}); check it, or pass --allow-empty if "
                "that is intended")
    return ""


def _config_keys() -> str:
    return "`exclude`, `include`, `max_file_size`"


def _disabled_lines(settings: Settings) -> list[str]:
    return [f"rule {rule} disabled by configuration: "
            f"{redact_text(settings.rule_justifications.get(rule) or 'no justification given')}"
            for rule in settings.disabled_rules]


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


def render(result: ScanResult, fmt: str, settings: Settings, footer: list[str]) -> str:
    disabled = {rule: settings.rule_justifications.get(rule, "")
                for rule in settings.disabled_rules}
    if fmt == "json":
        return json_report.render(result.findings, str(result.root), result.files_scanned,
                                  result.seconds, result.notices, disabled)
    if fmt == "sarif":
        # a scan served wholly from the cache ran no rule: SARIF still lists the rule set
        from vigilint.analyzers.engine import Engine

        rules = result.rules or Engine(disabled=settings.disabled_rules, settings=settings).rules
        return sarif.render(result.findings, rules, result.root, result.notices, disabled)
    return text.render(result.findings, result.files_scanned, result.seconds,
                       settings.owasp_edition, footer)
