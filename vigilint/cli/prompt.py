"""`vigilint prompt [FILE | -] [--format text|json]`: lint one prompt before generation.

Exit codes (docs/DESIGN.md): 0 allow, 1 warn, 3 block, 2 usage error. A missing or unreadable
file, a directory, or a prompt that is empty (only whitespace) is a usage error: there is
nothing to judge, and a silent "allow" would hide a broken pipeline. A prompt over the guard's
size limit (`MAX_PROMPT_CHARS`, the hooks' and the MCP server's too) is not checked and gets a
block verdict (`VG-PROMPT-UNCHECKED`, exit 3); one that is not UTF-8 is judged on what the guard
can read, and the verdict says what it could not (it is never an allow). A check that takes
longer than `--timeout` seconds (it runs in a child process) gets a block verdict saying so:
a verdict, never a hang.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vigilint.cli import UsageError, write_output
from vigilint.config_file import find_config
from vigilint.integrations.prompt_check import (
    DEFAULT_TIMEOUT,
    MAX_PROMPT_CHARS,
    oversize_reason,
    unchecked_verdict,
    verdict_within,
)
from vigilint.prompts import PromptVerdict

# UTF-8 takes at most four bytes a character: more bytes than this are more characters than
# the guard reads, so reading stops there.
MAX_PROMPT_BYTES = 4 * MAX_PROMPT_CHARS
DEFAULT_EDITION = "2021"  # Settings().owasp_edition (tests/prompts/test_prompt_cli.py checks)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "prompt", help="lint a prompt before an AI assistant generates code from it",
        description="Lint one prompt: allow (exit 0), warn (exit 1: missing security "
                    "constraints or OWASP reference) or block (exit 3: asks for hand-written "
                    "cryptography). Exit 2 on a usage error.")
    parser.add_argument("file", nargs="?", default="-", metavar="FILE",
                        help="prompt file, or - for stdin (default)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--edition", choices=("2021", "2025"), default=None,
                        help="OWASP edition for bare ids like A03 (default: owasp_edition from "
                             "the config, else 2021)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: nearest .vigilint.toml or pyproject.toml)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the result to FILE")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help="give a block verdict (not checked) when the check takes longer "
                             "(default: %(default)g)")
    parser.set_defaults(func=run)


def read_prompt(name: str) -> tuple[bytes, bool]:
    """The prompt's bytes (at most MAX_PROMPT_BYTES), and whether the input goes on beyond."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_PROMPT_BYTES + 1)
    else:
        path = Path(name)
        if path.is_dir():
            raise UsageError(f"{name}: is a directory; give one prompt file or - for stdin")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_PROMPT_BYTES + 1)
        except FileNotFoundError as exc:
            raise UsageError(f"{name}: no such file") from exc
        except OSError as exc:
            raise UsageError(f"{name}: can't read it ({exc.strerror})") from exc
    more = len(data) > MAX_PROMPT_BYTES
    data = data[:MAX_PROMPT_BYTES]
    if not data.strip():
        where = "stdin" if name == "-" else name
        raise UsageError(f"{where}: the prompt is empty; there is nothing to check")
    return data, more


def run(args: argparse.Namespace) -> int:
    if args.config is not None and not args.config.is_file():
        raise UsageError(f"{args.config}: no such config file")
    settings = prompt_settings(args)
    if not args.timeout > 0:
        raise UsageError("--timeout must be more than 0 seconds")
    data, more = read_prompt(args.file)
    text = data.decode("utf-8", errors="replace")  # as the guard decodes; U+FFFD is reported
    verdict = unchecked_verdict(oversize_reason(), len(text) + 1) if more else \
        verdict_within(text, settings, args.timeout)
    rendered = (json.dumps(verdict.model_dump(), indent=2, ensure_ascii=False) + "\n"
                if args.format == "json" else render_text(verdict))
    write_output(rendered, args.output)
    return verdict.exit_code


def prompt_settings(args: argparse.Namespace) -> Any:
    """What the guard reads of the settings (`owasp_edition`): from the settings file, its
    problems on stderr; with no settings file, the edition itself (the guard takes it as the
    settings), without importing the settings model (pydantic: a start-up cost every hook
    would pay)."""
    start = Path(args.file).parent if args.file != "-" else Path.cwd()
    start = start if start.exists() else Path.cwd()
    if args.config is None and find_config(start) is None:
        return args.edition or DEFAULT_EDITION
    from vigilint.config import load_settings, merged

    loaded = load_settings(start, args.config)
    for problem in loaded.problems:
        print(f"vigilint: {problem}", file=sys.stderr)
    return merged(loaded.settings, {"owasp_edition": args.edition})


def render_text(verdict: PromptVerdict) -> str:
    lines = [f"verdict: {verdict.verdict}"]
    if verdict.request is not None:
        asks = "asks for code" if verdict.request.asks_for_code else "asks for no code"
        lines.append(f"request: {verdict.request.kind} ({asks})")
    if verdict.domains:
        lines.append(f"domains: {', '.join(verdict.domains)}")
    if verdict.owasp_expected:
        lines.append(f"OWASP expected: {', '.join(verdict.owasp_expected)}")
    lines.append(f"OWASP found: {', '.join(verdict.owasp_found) or 'none'}")
    if verdict.constraints_found:
        lines.append(f"constraints found: {'; '.join(verdict.constraints_found)}")
    for item in verdict.missing:
        lines.append(f"missing [{item.domain}] {item.title}: one of {'; '.join(item.controls)}")
    for part in verdict.unread:
        lines.append(f"not read: characters {part.start:,}-{part.end:,} ({part.reason})")
    for finding in verdict.findings:
        where = f" [{finding.domain}]" if finding.domain else ""
        lines.append(f"{finding.severity}: {finding.id}{where}: {finding.message}")
    if verdict.suggestion:
        lines.append("")
        lines.append("Suggested constraints to add to the prompt:")
        lines.append(verdict.suggestion)
    return "\n".join(lines) + "\n"
