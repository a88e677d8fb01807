"""`workspace/executeCommand`: scan the workspace, check a prompt, record accepted AI code,
mark a range as AI-generated, show a file's AI ranges.

Arguments are one JSON object (or, for `checkPrompt`, the prompt text). Bad arguments are
answered with a JSON-RPC error that says what is wrong.
"""

from __future__ import annotations

import asyncio
import importlib
import threading
import uuid
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from vigilint.analyzers import sensitivity
from vigilint.analyzers.engine import Engine
from vigilint.server.convert import range_from_json
from vigilint.server.documents import Document
from vigilint.server.provenance import acceptance_message
from vigilint.server.server import VigilintServer

SCAN = "vigilint.scanWorkspace"
CHECK_PROMPT = "vigilint.checkPrompt"
RECORD_COMPLETION = "vigilint.recordAcceptedCompletion"
MARK_AI = "vigilint.markAiGenerated"
SHOW_PROVENANCE = "vigilint.showProvenance"


class CommandError(JsonRpcInvalidParams):
    """Bad command arguments: answered with -32602 and this sentence."""


class _Cancelled(Exception):
    pass


def _object(args: tuple[Any, ...], command: str) -> dict[str, Any]:
    if len(args) != 1 or not isinstance(args[0], dict):
        raise CommandError(f"{command} takes one object argument, e.g. "
                           '{"uri": "file:///...", "range": {...}}')
    return args[0]


def _document(ls: VigilintServer, data: dict[str, Any], command: str) -> Document:
    uri = data.get("uri")
    doc = ls.documents.get(uri) if isinstance(uri, str) else None
    if doc is None:
        raise CommandError(f"{command}: `uri` must name an open document")
    return doc


def _lines_of(doc: Document, data: dict[str, Any], command: str) -> tuple[int, int]:
    """1-based inclusive line range from `range` (LSP) or `startLine`/`endLine`."""
    if "range" in data:
        try:
            rng = range_from_json(data["range"])
        except (KeyError, TypeError, ValueError) as exc:
            raise CommandError(f"{command}: `range` is not an LSP range") from exc
        start = rng.start.line + 1
        end = rng.end.line + (0 if rng.end.character == 0 and rng.end.line > rng.start.line
                              else 1)
    elif "startLine" in data:
        start, end = int(data["startLine"]), int(data.get("endLine", data["startLine"]))
    else:
        raise CommandError(f"{command}: give the accepted code's `range`")
    total = doc.text.count("\n") + 1
    start, end = max(1, start), min(end, total)
    if end < start:
        raise CommandError(f"{command}: the range is empty")
    return start, end


async def _record(ls: VigilintServer, data: dict[str, Any], command: str,
                  default_tool: str) -> dict[str, Any]:
    doc = _document(ls, data, command)
    start, end = _lines_of(doc, data, command)
    tool = str(data.get("tool") or default_tool)
    model = data.get("model")
    lines = doc.text.split("\n")[start - 1:end]
    attributed, where = await asyncio.get_running_loop().run_in_executor(
        None, lambda: ls.provenance.record(doc.path, start, end, lines, tool,
                                           model=str(model) if model else None))
    ls.analyzer.invalidate(doc.uri)
    result = await ls.analyzer.current(doc)
    findings = [] if result is None else [
        f for f in result.active if start <= f.line <= end]
    contexts: list[sensitivity.SecurityContext] = []
    tree = None if result is None else await ls.analyzer.tree_for(doc, result)
    if result is not None and tree is not None:
        source = result.text.encode("utf-8", "surrogatepass")
        offset = doc.index.byte_offset(doc.index.engine_offset(start, 1))
        contexts = sensitivity.classify_around(doc.path, source, tree, offset)
    if not contexts and sensitivity.is_infrastructure(doc.path):
        contexts = sensitivity.classify(doc.path, b"", None)
    message = acceptance_message(doc.path, start, end, tool, contexts, findings)
    if message is not None:
        kind = types.MessageType.Warning if findings or sensitivity.tier_of(contexts) >= 3 \
            else types.MessageType.Info
        ls.window_show_message(types.ShowMessageParams(type=kind, message=message))
    ls.refresh_pull_diagnostics()
    return {"path": doc.path, "startLine": attributed.start_line,
            "endLine": attributed.end_line, "tool": tool, "model": model, "stored": where,
            "tier": sensitivity.tier_of(contexts),
            "domains": [c.domain for c in contexts],
            "findings": [{"rule": f.rule, "priority": f.priority, "line": f.line}
                         for f in findings],
            "message": message}


def _scan_roots(ls: VigilintServer, args: tuple[Any, ...]) -> list[Path]:
    """The folders to scan: `{"folders": [uri, ...]}` (local folders only), else the root."""
    folders = args[0].get("folders") if len(args) == 1 and isinstance(args[0], dict) else None
    if folders:
        paths = []
        for uri in folders:
            parsed = urlparse(str(uri))
            path = Path(unquote(parsed.path))
            if parsed.scheme != "file" or not path.is_dir():
                raise CommandError(f"{SCAN}: {uri} is not a local folder")
            paths.append(path)
        return paths
    if ls.root is None:
        raise CommandError(f"{SCAN}: the client opened no workspace folder")
    return [ls.root]


def check_prompt(ls: VigilintServer, text: str) -> dict[str, Any]:
    """The prompt guard's verdict; without the guard, the prompt rules the engine has."""
    try:
        module = importlib.import_module("vigilint.prompts")
        guard = getattr(module, "check_prompt", None)
    except ImportError:
        guard = None
    if guard is not None:
        try:
            verdict = guard(text, ls.settings)
        except TypeError:  # a guard that takes only the text
            verdict = guard(text)
        if hasattr(verdict, "model_dump"):
            return dict(verdict.model_dump(mode="json"))
        if hasattr(verdict, "to_json") and callable(verdict.to_json):
            return dict(verdict.to_json())
        if isinstance(verdict, dict):
            return verdict
        return {key: value for key, value in vars(verdict).items() if not key.startswith("_")}
    engine = Engine(rules=[r for r in ls.engine.rules if r.id.startswith("VG-PROMPT")])
    analysis = engine.analyze("prompt.prompt.md", text, language="text")
    findings = [{"id": f.rule, "message": f.message, "priority": f.priority, "line": f.line}
                for f in analysis.findings if not f.suppressed]
    verdict_name = "warn" if findings else "allow"
    return {"verdict": verdict_name, "domains": [], "owasp_expected": [], "owasp_found": [],
            "constraints_found": [], "findings": findings, "suggestion": "",
            "note": "the prompt guard is not installed; only the engine's prompt rules ran"}


def register(server: VigilintServer) -> None:
    @server.command(RECORD_COMPLETION)
    async def record_completion(ls: VigilintServer, *args: Any) -> dict[str, Any]:
        return await _record(ls, _object(args, RECORD_COMPLETION), RECORD_COMPLETION,
                             "unknown AI tool")

    @server.command(MARK_AI)
    async def mark_ai(ls: VigilintServer, *args: Any) -> dict[str, Any]:
        return await _record(ls, _object(args, MARK_AI), MARK_AI, "an AI tool (marked by the user)")

    @server.command(SHOW_PROVENANCE)
    async def show_provenance(ls: VigilintServer, *args: Any) -> dict[str, Any]:
        data = _object(args, SHOW_PROVENANCE)
        doc = _document(ls, data, SHOW_PROVENANCE)
        lines = doc.text.split("\n")
        ranges = await asyncio.get_running_loop().run_in_executor(
            None, ls.provenance.ranges_blocking, doc.path, lines)
        return {"path": doc.path, "ranges": [
            {"startLine": r.start_line, "endLine": r.end_line, "tool": r.tool,
             "model": r.model, "acceptedAt": r.accepted_at.isoformat(), "status": r.status,
             "inferred": r.inferred} for r in ranges]}

    @server.command(CHECK_PROMPT)
    async def check_prompt_command(ls: VigilintServer, *args: Any) -> dict[str, Any]:
        if len(args) == 1 and isinstance(args[0], str):
            text = args[0]
        elif len(args) == 1 and isinstance(args[0], dict) and isinstance(args[0].get("text"), str):
            text = args[0]["text"]
        else:
            raise CommandError(f'{CHECK_PROMPT} takes the prompt text, or {{"text": "..."}}')
        return await asyncio.get_running_loop().run_in_executor(None, check_prompt, ls, text)

    @server.command(SCAN)
    async def scan_workspace(ls: VigilintServer, *args: Any) -> dict[str, Any]:
        from vigilint.scan import scan

        roots = _scan_roots(ls, args)
        token = f"vigilint-scan-{uuid.uuid4().hex[:8]}"
        caps = ls.client_capabilities.window
        progress = caps is not None and bool(caps.work_done_progress)
        if progress:
            await ls.work_done_progress.create_async(token)
            ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(
                title="vigilint: scanning the workspace", cancellable=False, percentage=0))
        loop = asyncio.get_running_loop()
        cancelled = threading.Event()

        def report(done: int, total: int) -> None:
            if cancelled.is_set():
                raise _Cancelled
            if progress and (done == total or done % 10 == 0):
                loop.call_soon_threadsafe(ls.work_done_progress.report, token,
                                          types.WorkDoneProgressReport(
                                              message=f"{done}/{total} files",
                                              percentage=int(100 * done / max(total, 1))))

        try:
            result = await loop.run_in_executor(
                None, lambda: scan(roots, ls.settings, jobs=1, progress=report))
        except asyncio.CancelledError:
            cancelled.set()
            raise
        except _Cancelled:
            result = None
        finally:
            if progress:
                ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message="done"))
        if result is None:
            return {"cancelled": True}
        active = result.active
        return {"files": result.files_scanned, "findings": len(active),
                "byPriority": dict(sorted(Counter(f.priority for f in active).items())),
                "byRule": dict(Counter(f.rule for f in active).most_common(20)),
                "notices": result.notices[:50], "seconds": round(result.seconds, 3)}
