"""`vigilint provenance`: record, show, export, import and share the provenance of accepted AI
code (see docs/provenance.md).

    vigilint provenance record FILE --lines A-B --tool T [--model M] [--prompt-hash H]
    vigilint provenance blame FILE [--format text|json] [--include-lost]
    vigilint provenance export [PATH ...] [--output FILE]
    vigilint provenance import FILE|-
    vigilint provenance notes [COMMIT] [--show]
    vigilint provenance recent [--days 30] [--team T] [--repository R] [--format json|text]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vigilint import gitutil
from vigilint.cli import UsageError, write_output
from vigilint.config import load_settings
from vigilint.provenance import agent_trace, notes, watch
from vigilint.provenance.api import AttributedRange
from vigilint.provenance.store import SqliteStore, StoreError, open_store, to_text, utcnow
from vigilint.report.text import printable, printable_lines
from vigilint.workspace import (
    OutsideWorkspaceError,
    db_path,
    relative_path,
    workspace_for,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "provenance", help="record and show which code was written by AI tools")
    commands = parser.add_subparsers(dest="provenance_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: _help(parser))

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--workspace", type=Path, metavar="DIR",
                         help="workspace folder (default: nearest with .git, .vigilint or "
                              "pyproject.toml)")

    record = commands.add_parser("record", help="record lines of a file as AI-written "
                                                "(for agent hooks and scripts)")
    record.add_argument("file", type=Path, metavar="FILE")
    record.add_argument("--lines", required=True, metavar="A-B",
                        help="1-based inclusive line range, e.g. 10-24 (or one line: 10)")
    record.add_argument("--tool", required=True, help="AI tool: copilot, cursor, claude-code, ...")
    record.add_argument("--model", help="model id, e.g. anthropic/claude-sonnet-4")
    record.add_argument("--prompt-hash", metavar="HASH",
                        help="hash of the prompt (the prompt text itself is not stored)")
    common(record)
    record.set_defaults(func=run_record)

    blame = commands.add_parser("blame", help="show the AI-written ranges of a file")
    blame.add_argument("file", type=Path, metavar="FILE")
    blame.add_argument("--format", choices=("text", "json"), default="text")
    blame.add_argument("--include-lost", action="store_true",
                       help="also list records whose lines changed beyond recognition")
    common(blame)
    blame.set_defaults(func=run_blame)

    export = commands.add_parser("export", help="write the records as Agent Trace JSON Lines")
    export.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="only these files (default: all)")
    export.add_argument("--output", "-o", metavar="FILE")
    common(export)
    export.set_defaults(func=run_export)

    imports = commands.add_parser("import", help="read Agent Trace JSON (Lines) into the store")
    imports.add_argument("source", metavar="FILE", help="a file, or - for stdin")
    common(imports)
    imports.set_defaults(func=run_import)

    note = commands.add_parser("notes", help="attach the records to a commit as a git note "
                                             "(refs/notes/vigilint)")
    note.add_argument("commit", nargs="?", default="HEAD", metavar="COMMIT")
    note.add_argument("--show", action="store_true", help="print the commit's note instead")
    common(note)
    note.set_defaults(func=run_notes)

    recent = commands.add_parser("recent", help="AI-written code deployed in the last days, "
                                                "with its findings (the 30-day watch list)")
    recent.add_argument("--days", type=int, default=watch.WINDOW_DAYS,
                        help=f"window in days (default {watch.WINDOW_DAYS})")
    recent.add_argument("--team", help="only this team's code")
    recent.add_argument("--repository", help="only this repository")
    recent.add_argument("--format", choices=("json", "text"), default="json")
    recent.add_argument("--url", metavar="URL", help="ledger URL (default: "
                        "VIGILINT_LEDGER_URL, [tool.vigilint.ledger] url, the workspace's)")
    recent.add_argument("--now", help=argparse.SUPPRESS)
    common(recent)
    recent.set_defaults(func=run_recent)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _workspace(args: argparse.Namespace, near: Path | None = None) -> Path:
    if args.workspace is not None:
        if not args.workspace.is_dir():
            raise UsageError(f"{args.workspace}: no such folder")
        return args.workspace.resolve()
    return workspace_for(near if near is not None else Path.cwd())


@contextmanager
def _store(workspace: Path, create: bool = True) -> Iterator[SqliteStore]:
    settings = load_settings(workspace).settings
    try:
        store = open_store(workspace, create=create,
                           store_prompt_text=settings.provenance.store_prompt_text)
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    try:
        yield store
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        store.close()


def _lines(spec: str) -> tuple[int, int]:
    parts = spec.replace("–", "-").split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        raise UsageError(f"--lines {spec}: expected A-B with line numbers, e.g. 10-24") from None
    if len(numbers) == 1:
        numbers *= 2
    if len(numbers) != 2 or numbers[0] < 1 or numbers[1] < numbers[0]:
        raise UsageError(f"--lines {spec}: expected A-B with 1 <= A <= B")
    return numbers[0], numbers[1]


def _read(file: Path) -> list[str]:
    try:
        return file.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        raise UsageError(f"{file}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{file}: can't read it ({exc.strerror})") from None


def _rel(workspace: Path, file: Path) -> str:
    try:
        return relative_path(workspace, file.resolve())
    except OutsideWorkspaceError as exc:
        raise UsageError(str(exc)) from None


def run_record(args: argparse.Namespace) -> int:
    start, end = _lines(args.lines)
    workspace = _workspace(args, args.file)
    rel = _rel(workspace, args.file)
    lines = _read(args.file)
    if end > len(lines):
        raise UsageError(f"{args.file} has {len(lines)} lines; --lines {args.lines} goes past "
                         "its end")
    with _store(workspace) as store:
        try:
            store.record(rel, start, end, lines[start - 1:end], args.tool, args.model,
                         args.prompt_hash)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    model = f" ({args.model})" if args.model else ""
    print(printable(f"Recorded {rel} lines {start}-{end} as written by {args.tool}{model}."))
    return 0


def range_dict(r: AttributedRange) -> dict[str, Any]:
    return {"start_line": r.start_line, "end_line": r.end_line, "tool": r.tool,
            "model": r.model, "accepted_at": to_text(r.accepted_at), "status": r.status,
            "inferred": r.inferred, "record_id": r.record_id}


def run_blame(args: argparse.Namespace) -> int:
    workspace = _workspace(args, args.file)
    rel = _rel(workspace, args.file)
    lines = _read(args.file)
    if not db_path(workspace).exists():
        found: list[AttributedRange] = []
    else:
        with _store(workspace, create=False) as store:
            found = store.blame(rel, lines)
    current = [r for r in found if r.status != "lost"]
    lost = [r for r in found if r.status == "lost"]
    if args.format == "json":
        shown = found if args.include_lost else current
        write_output(json.dumps([range_dict(r) for r in shown], indent=2) + "\n", None)
        if lost and not args.include_lost:
            print(printable(f"vigilint: {len(lost)} record{'s' if len(lost) != 1 else ''} of "
                            f"{rel} lost their lines (changed beyond recognition); "
                            "--include-lost lists them"), file=sys.stderr)
        return 0
    if not found:
        write_output(printable_lines([f"{rel}: no AI-written lines recorded."]), None)
        return 0
    ai_lines = {n for r in current for n in range(r.start_line, r.end_line + 1)}
    out = [f"{rel}: {len(ai_lines)} of {len(lines)} lines AI-written"]
    for r in current:  # tool and model are stored data: escaped like any output line
        model = f" ({r.model})" if r.model else ""
        out.append(f"  {r.start_line:>5}-{r.end_line:<5} {r.tool}{model}  accepted "
                   f"{to_text(r.accepted_at)}  {r.status}")
    out += [f"  lost: lines {r.start_line}-{r.end_line} from {r.tool} (accepted "
            f"{to_text(r.accepted_at)}) changed beyond recognition; attribution dropped"
            for r in lost]
    write_output(printable_lines(out), None)
    return 0


def run_export(args: argparse.Namespace) -> int:
    workspace = _workspace(args, args.paths[0] if args.paths else None)
    with _store(workspace) as store:
        wanted = [_rel(workspace, p) for p in args.paths] if args.paths else None
        records, lost = agent_trace.export_records(
            store, wanted, revision=agent_trace.current_revision(store))
    write_output(agent_trace.dumps(records), args.output)
    if lost:
        print(f"vigilint: left out {lost} record{'s' if lost != 1 else ''} whose lines are gone",
              file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    if args.source == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.source).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{args.source}: can't read it ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise UsageError(f"{args.source}: not UTF-8 text") from None
    try:
        records = agent_trace.parse(text)
    except agent_trace.TraceFormatError as exc:
        raise UsageError(f"{args.source}: {exc}") from None
    workspace = _workspace(args)
    with _store(workspace) as store:
        result = agent_trace.import_records(store, records)
    for reason in result.skipped:
        print(printable(f"vigilint: skipped {reason}"), file=sys.stderr)
    print(f"Imported {result.imported} range{'s' if result.imported != 1 else ''}"
          + (f" ({result.duplicates} already stored)" if result.duplicates else "")
          + (f"; skipped {len(result.skipped)}" if result.skipped else "") + ".")
    return 0


def run_notes(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    try:
        if args.show:
            text = notes.read(workspace, args.commit)
            if text is None:
                print(printable(f"{args.commit} has no vigilint note."))
            else:  # a note is anyone's text in the repository: escaped like stored data
                write_output(printable(text, keep="\n\t"), None)
            return 0
        with _store(workspace) as store:
            revision, count = notes.attach(store, args.commit)
    except gitutil.GitError as exc:
        raise UsageError(str(exc)) from None
    if count:
        print(f"Attached {count} provenance record{'s' if count != 1 else ''} to {revision[:12]} "
              f"(refs/notes/{notes.NOTES_REF}).")
    else:
        print(f"No AI-written lines in the files {revision[:12]} changed; no note written.")
    return 0


def run_recent(args: argparse.Namespace) -> int:
    from vigilint.cli.ledger import open_ledger, settings_for
    from vigilint.cli.sla import parse_time
    from vigilint.provenance.backends import ledger_url

    if args.days < 1:
        raise UsageError("--days must be at least 1")
    now = parse_time(args.now, "--now") if args.now else utcnow()
    workspace = _workspace(args)
    url = args.url or ledger_url(settings_for(workspace, None))
    if url is None and not db_path(workspace).exists():
        items: list[watch.WatchItem] = []
    else:
        with open_ledger(url, workspace, create=False) as ledger:
            items = watch.recent(ledger, now, args.days, team=args.team,
                                 repository=args.repository)
    render = watch.render_json if args.format == "json" else watch.render_text
    write_output(render(items, now, args.days), None)
    return 0
