"""The `vigilint` command. Each subcommand lives in its own module of this package and exposes
`register(subparsers)`; the module list below is the only place they are named.

Errors the user can act on are one-line messages on stderr with exit code 2; a traceback is
shown only with `--debug`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from vigilint import __version__

COMMANDS: tuple[str, ...] = ("scan", "rules", "provenance", "ledger", "sla", "serve", "prompt",
                             "hook", "mcp")
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how vigilint was called or what it was given (exit 2)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of `only` that one (so that `vigilint scan` does not
    import the language server, prompt guard and provenance commands)."""
    parser = argparse.ArgumentParser(
        prog="vigilint",
        description="Security linter and language server for AI-assisted coding.",
    )
    parser.add_argument("--version", action="version", version=f"vigilint {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if only is not None and name != only:
            continue
        module = importlib.import_module(f"vigilint.cli.{name}")
        module.register(subparsers)
    return parser


def _parser_for(argv: Sequence[str] | None) -> argparse.ArgumentParser:
    """When the first argument names a command, only that command's module is imported; any
    other command line (options first, help, a mistyped command) gets the full parser, so
    usage, help and errors are unchanged."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args and args[0] in COMMANDS:
        parser = build_parser(args[0])
        subparsers = next(a for a in parser._actions
                          if isinstance(a, argparse._SubParsersAction))
        if args[0] in subparsers.choices:
            return parser
    return build_parser()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser_for(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"vigilint: {_printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("vigilint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: a sentence, not a traceback
        if args.debug:
            import traceback

            traceback.print_exc()
        print(f"vigilint: internal error: {type(exc).__name__}: {_printable(str(exc))} "
              "(rerun with --debug for details)", file=sys.stderr)
        return EXIT_USAGE


def _printable(text: str) -> str:
    """A message that may hold a path from the user's tree, safe for the terminal."""
    from vigilint.report.printable import printable

    return printable(text)


def write_output(text: str, output: str | None) -> None:
    """Write to a file, or to stdout when no file is given."""
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"{output}: can't write it ({exc.strerror})") from exc


def run() -> None:
    sys.exit(main())
