"""Language-server latency and memory: edit-to-diagnostics latency, analysis time per edit,
and RSS with many open documents.

    python bench/lsp_latency.py                    # all measurements, markdown on stdout
    python bench/lsp_latency.py --edits 50 --sizes 500 5000

Edit-to-diagnostics latency is measured over LSP against `vigilint serve` in a subprocess:
from sending `didChange` to receiving `publishDiagnostics` for that version. Each edit types
or deletes one character in a function body in the middle of a synthetic Python file (the
size stays constant). Three modes:
- no debounce (`server.debounce_ms = 0`);
- debounce 100 ms, isolated edits (the next edit 150 ms after the previous diagnostics:
  the leading edge of the debounce analyses at once);
- debounce 100 ms, typing bursts (5 edits 30 ms apart; the latency of the burst's last edit,
  which the trailing edge coalesces).
Analysis time per edit is measured in-process on the same edits: incremental parse with the
edited tree plus the engine plus the conversion to LSP diagnostics (`run_analysis`).
Memory: the server's RSS (from /proc) after opening 200 documents of 500 lines each and
receiving their diagnostics.
Bursts (issue 26): 1,000 edits written as fast as the pipe takes them into a document of
`--burst-lines` lines, with a hover and a pull-diagnostics request after every 100 edits; the
latency of each request (send to answer) shows whether the reader kept reading while the
analyses ran. Large document: a 20 MB file opened and edited: time to its first diagnostics,
hover latency meanwhile, and the server's peak RSS (VmHWM). These two use the raw client of
tests/server/wire.py.

    python bench/lsp_latency.py --only burst large    # just the issue-26 measurements
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

_FUNCTION = '''

def handler_{i}(request, limit=10):
    """Return the first items of the user's list {i}."""
    items = fetch_items(request.user_id, limit=limit)
    total = 0
    for item in items:
        if item.price > {i} % 50:
            total += item.price * item.quantity
        else:
            log.debug("skipping %s", item.id)
    result = {{"total": total, "count": len(items), "name": f"list-{i}"}}
    return json.dumps(result)
'''
_HEADER = '''"""Synthetic module for the latency benchmark."""
import json
import logging

import yaml

log = logging.getLogger(__name__)


def load_config(path):
    with open(path) as handle:
        return yaml.load(handle)
'''


def synthetic(lines: int) -> str:
    """A Python module of about `lines` lines: functions with loops, calls and strings."""
    parts = [_HEADER]
    count = 0
    i = 0
    while count < lines:
        block = _FUNCTION.format(i=i)
        parts.append(block)
        count += block.count("\n")
        i += 1
    return "".join(parts)


def edit_positions(text: str, n: int) -> list[tuple[int, int, str, str]]:
    """(line, column, insert, delete) edits that alternately type and remove a character at
    the end of a `total = 0` line in the middle of the file."""
    lines = text.split("\n")
    middle = len(lines) // 2
    target = next(i for i in range(middle, len(lines)) if lines[i].strip() == "total = 0")
    column = len(lines[target])
    out = []
    for k in range(n):
        if k % 2 == 0:
            out.append((target, column, "1", ""))  # "total = 01"... then removed
        else:
            out.append((target, column, "", "1"))
    return out


class Client(LanguageClient):
    def __init__(self) -> None:
        super().__init__("lsp-latency-bench", "1")
        self.received: dict[tuple[str, int | None], float] = {}
        self.events: dict[tuple[str, int | None], asyncio.Event] = {}

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(ls: Client, params: types.PublishDiagnosticsParams) -> None:
            key = (params.uri, params.version)
            ls.received.setdefault(key, time.perf_counter())
            ls.events.setdefault(key, asyncio.Event()).set()

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def show(ls: Client, params: types.ShowMessageParams) -> None:
            print(f"server message: {params.message}", file=sys.stderr)

    async def wait(self, uri: str, version: int, timeout: float = 120) -> float:
        event = self.events.setdefault((uri, version), asyncio.Event())
        await asyncio.wait_for(event.wait(), timeout)
        return self.received[(uri, version)]


async def start(root: Path, debounce_ms: int) -> Client:
    client = Client()
    await client.start_io(sys.executable, "-m", "vigilint", "serve")
    caps = types.ClientCapabilities(text_document=types.TextDocumentClientCapabilities(
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True)))
    await client.initialize_async(types.InitializeParams(
        capabilities=caps, root_uri=root.as_uri(),
        initialization_options={"vigilint": {"server": {"debounce_ms": debounce_ms}}}))
    client.initialized(types.InitializedParams())
    return client


async def stop(client: Client) -> None:
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def open_doc(client: Client, uri: str, text: str) -> None:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1,
                                             text=text)))


def send_edit(client: Client, uri: str, version: int, edit: tuple[int, int, str, str]) -> float:
    line, column, insert, delete = edit
    start = types.Position(line=line, character=column - len(delete))
    end = types.Position(line=line, character=column)
    if insert:
        start = end = types.Position(line=line, character=column)
    sent = time.perf_counter()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=start, end=end), text=insert)]))
    return sent


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


async def latency(root: Path, lines: int, edits: int, debounce_ms: int,
                  mode: str) -> list[float]:
    client = await start(root, debounce_ms)
    try:
        text = synthetic(lines)
        uri = (root / f"bench_{lines}_{mode}.py").as_uri()
        open_doc(client, uri, text)
        await client.wait(uri, 1)
        plan = edit_positions(text, edits * (5 if mode == "burst" else 1))
        samples: list[float] = []
        version = 1
        if mode == "burst":
            for b in range(edits):
                sent = 0.0
                for k in range(5):
                    version += 1
                    sent = send_edit(client, uri, version, plan[b * 5 + k])
                    if k < 4:
                        await asyncio.sleep(0.03)
                samples.append(await client.wait(uri, version) - sent)
                await asyncio.sleep(0.15)
            return samples
        for edit in plan:
            version += 1
            sent = send_edit(client, uri, version, edit)
            samples.append(await client.wait(uri, version) - sent)
            if mode == "isolated":
                await asyncio.sleep(0.15)
        return samples
    finally:
        await stop(client)


def analysis_times(lines: int, edits: int, scoped: bool) -> list[float]:
    """Seconds per edit of `run_analysis` (incremental parse, engine, conversion): scoped as
    the server runs it while typing, or a full analysis as it runs when the document is idle."""
    from vigilint.analyzers.engine import Engine
    from vigilint.config import Settings
    from vigilint.server.analysis import Snapshot, run_analysis
    from vigilint.server.documents import Document

    settings = Settings()
    engine = Engine(settings=settings)
    text = synthetic(lines)
    doc = Document(uri="file:///bench/a.py", text=text, version=1)
    doc.path = "a.py"

    def no_ranges(path: str, current: Any) -> list[Any]:
        return []

    last = run_analysis(lambda: engine, settings, Snapshot(
        doc.uri, doc.path, doc.text, 1, "python", None, False), no_ranges)
    doc.tree, doc.edits = last.tree, []
    samples = []
    for version, (line, column, insert, delete) in enumerate(edit_positions(text, edits), 2):
        start = types.Position(line=line, character=column - len(delete))
        end = types.Position(line=line, character=column)
        if insert:
            start = end
        doc.apply(types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end),
                                                         text=insert))
        doc.version = version
        snap = Snapshot(doc.uri, doc.path, doc.text, version, "python", doc.tree, False,
                        base=last, edits=list(doc.edits or []), full=not scoped)
        began = time.perf_counter()
        last = run_analysis(lambda: engine, settings, snap, no_ranges)
        samples.append(time.perf_counter() - began)
        if last.tree is not None:  # scoped results keep the edited tree
            doc.tree = last.tree
        doc.edits = []
    return samples

# -- edit kinds on Python, JavaScript and Java (issue 18) ------------------------------------
# Modules of small functions, each after a module-level constant it reads (a class of
# methods and constant fields for Java), so that a character typed at module level touches a
# statement that one function depends on. Each file has one finding near the top: the server
# publishes a version only when its diagnostics differ from the last ones published.
_KIND_HEADERS = {
    "python": '"""Synthetic module for the edit-kinds benchmark."""\nimport json\nimport '
              'logging\n\nimport yaml\n\nlog = logging.getLogger(__name__)\n\n\n'
              'def load_config(path):\n    with open(path) as handle:\n'
              '        return yaml.load(handle)\n',
    "javascript": "'use strict';\nconst fs = require('fs');\nconst yaml = require('js-yaml');\n"
                  "const log = require('./log');\n\nfunction loadConfig(path) {\n"
                  "  return eval(fs.readFileSync(path, 'utf8'));\n}\n",
    "java": "package bench;\n\nimport java.util.List;\nimport java.util.logging.Logger;\n\n"
            "public class Handlers {\n    private static final Logger LOG = "
            "Logger.getLogger(\"bench\");\n\n    public byte[] digest(byte[] data) throws "
            "Exception {\n        return java.security.MessageDigest.getInstance(\"MD5\")"
            ".digest(data);\n    }\n",
}
_KIND_BLOCKS = {
    "python": (
        "\n\nLIMIT_{i} = {i} % 50\n\n\n"
        "def {name}(request, limit=10):\n"
        '    """Return the first items of the user\'s list {i}."""\n'
        "    items = fetch_items(request.user_id, limit=limit)\n"
        "    total = 0\n"
        "    for item in items:\n"
        "        if item.price > LIMIT_{i}:\n"
        "            total += item.price * item.quantity\n"
        "        else:\n"
        '            log.debug("skipping %s", item.id)\n'
        '    result = {{"total": total, "count": len(items), "name": f"list-{i}"}}\n'
        "    return json.dumps(result)\n"),
    "javascript": (
        "\n\nconst LIMIT_{i} = {i} % 50;\n\n"
        "function {name}(request, limit = 10) {{\n"
        "  const items = fetchItems(request.userId, limit);\n"
        "  let total = 0;\n"
        "  for (const item of items) {{\n"
        "    if (item.price > LIMIT_{i}) {{\n"
        "      total += item.price * item.quantity;\n"
        "    }} else {{\n"
        "      log.debug('skipping %s', item.id);\n"
        "    }}\n"
        "  }}\n"
        "  const result = {{ total: total, count: items.length, name: `list-{i}` }};\n"
        "  return JSON.stringify(result);\n"
        "}}\n"),
    "java": (
        "\n\n    static final int LIMIT_{i} = {i} % 50;\n\n"
        "    public String {name}(Request request, int limit) {{\n"
        "        List<Item> items = fetchItems(request.userId(), limit);\n"
        "        int total = 0;\n"
        "        for (Item item : items) {{\n"
        "            if (item.price() > LIMIT_{i}) {{\n"
        "                total += item.price() * item.quantity();\n"
        "            }} else {{\n"
        '                LOG.fine("skipping " + item.id());\n'
        "            }}\n"
        "        }}\n"
        '        String result = "list-{i}: " + total;\n'
        "        return result;\n"
        "    }}\n"),
}
KIND_EXTENSIONS = {"python": "py", "javascript": "js", "java": "java"}
EDIT_KINDS = ("function", "module", "paste", "burst")


def synthetic_kinds(language: str, lines: int) -> str:
    """A module of about `lines` lines in `language` (see `_KIND_BLOCKS`)."""
    parts = [_KIND_HEADERS[language]]
    count, i = 0, 0
    while count < lines:
        block = _KIND_BLOCKS[language].format(i=i, name=f"handler_{i}")
        parts.append(block)
        count += block.count("\n")
        i += 1
    if language == "java":
        parts.append("}\n")
    return "".join(parts)


def pasted(language: str, lines: int = 50) -> str:
    """About `lines` lines of new definitions (with their constants), ending with a newline."""
    out, i = "", 0
    while out.count("\n") < lines - 8:
        out += _KIND_BLOCKS[language].format(i=90_000 + i, name=f"pasted_{i}")
        i += 1
    return out


def kind_plan(language: str, text: str, kind: str,
              n: int) -> list[tuple[int, int, int, int, str]]:
    """`n` edits of `kind` in the middle of `text`, as (line, col, end line, end col, text):
    typing and deleting a character in a function body (`total = 0`) or in a module-level
    constant (`LIMIT_i = i % 50`); pasting about 50 lines of new definitions at a blank line
    between two definitions, then deleting them; for bursts, typing five characters one after
    the other, then deleting them one by one. The text is the same after every two edits
    (every ten for bursts)."""
    lines = text.split("\n")
    middle = len(lines) // 2
    if kind == "module":
        row = next(i for i in range(middle, len(lines)) if "LIMIT_" in lines[i]
                   and "% 50" in lines[i])
        column = lines[row].index("% 50") + 2
    else:
        row = next(i for i in range(middle, len(lines)) if "total = 0" in lines[i])
        column = lines[row].index("total = 0") + len("total = ")
    out: list[tuple[int, int, int, int, str]] = []
    if kind == "paste":
        blank = next(i for i in range(row, 0, -1) if lines[i].strip() == "" and
                     "LIMIT_" in lines[i + 1])
        block = pasted(language)
        height = block.count("\n")
        for k in range(n):
            if k % 2 == 0:
                out.append((blank, 0, blank, 0, block))
            else:
                out.append((blank, 0, blank + height, 0, ""))
        return out
    if kind == "burst":
        for k in range(n):
            step, typing = k % 5, (k // 5) % 2 == 0
            if typing:
                out.append((row, column + step, row, column + step, "12345"[step]))
            else:
                at = column + 4 - step
                out.append((row, at, row, at + 1, ""))
        return out
    for k in range(n):
        if k % 2 == 0:
            out.append((row, column, row, column, "1"))
        else:
            out.append((row, column, row, column + 1, ""))
    return out


def send_range_edit(client: Client, uri: str, version: int,
                    edit: tuple[int, int, int, int, str]) -> float:
    line, column, end_line, end_column, new = edit
    sent = time.perf_counter()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=line, character=column),
                              end=types.Position(line=end_line, character=end_column)),
            text=new)]))
    return sent


async def kind_latency(root: Path, language: str, lines: int, kind: str, edits: int,
                       row_seconds: float) -> list[float]:
    """Latency from `didChange` to the diagnostics of that version (debounce 100 ms, the
    next edit 150 ms after them); for bursts, of each burst's last edit. Stops after
    `row_seconds` once 20 samples are in."""
    client = await start(root, 100)
    try:
        text = synthetic_kinds(language, lines)
        uri = (root / f"kinds_{lines}_{kind}.{KIND_EXTENSIONS[language]}").as_uri()
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1,
                                                 text=text)))
        await client.wait(uri, 1, timeout=600)
        per = 5 if kind == "burst" else 1
        plan = kind_plan(language, text, kind, edits * per)
        samples: list[float] = []
        lost: list[int] = []
        version = 1
        began = time.perf_counter()
        for b in range(edits):
            sent = 0.0
            for k in range(per):
                version += 1
                sent = send_range_edit(client, uri, version, plan[b * per + k])
                if k < per - 1:
                    await asyncio.sleep(0.03)
            try:
                samples.append(await client.wait(uri, version, timeout=60) - sent)
            except TimeoutError:  # no diagnostics for that version: counted, not timed
                lost.append(version)
                if len(lost) > 3:
                    break
            await asyncio.sleep(0.15)
            if len(samples) >= 20 and time.perf_counter() - began > row_seconds:
                break
        if lost:
            print(f"{language} {lines} {kind}: no diagnostics within 60 s for versions {lost}",
                  file=sys.stderr, flush=True)
        return samples
    finally:
        await stop(client)


async def kinds(root: Path, args: argparse.Namespace) -> list[str]:
    out = [f"Rules loaded: {rule_count()}; up to {args.edits} edits per row (a row stops after "
           f"{args.row_seconds:.0f} s once it has 20); debounce 100 ms; latency from "
           "`didChange` to `publishDiagnostics` of that version.", "",
           "| language | lines | edit | edits | median ms | p95 ms | load (1 min) |",
           "|---|---|---|---|---|---|---|"]
    for language in args.languages:
        for lines in args.sizes:
            for kind in args.kinds:
                load = os.getloadavg()[0]
                samples = await kind_latency(root, language, lines, kind, args.edits,
                                             args.row_seconds)
                if not samples:
                    out.append(f"| {language} | {lines:,} | {kind} | 0 | - | - | - |")
                    continue
                med, p95 = summary(samples)
                load = (load + os.getloadavg()[0]) / 2
                out.append(f"| {language} | {lines:,} | {kind} | {len(samples)} | {med:.1f} | "
                           f"{p95:.1f} | {load:.1f} |")
                print(out[-1], file=sys.stderr, flush=True)
    return out


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def memory(root: Path, documents: int, lines: int) -> tuple[float, float]:
    client = await start(root, 0)
    try:
        assert client._server is not None
        pid = client._server.pid
        await asyncio.sleep(1.0)
        base = rss_mb(pid)
        text = synthetic(lines)
        uris = [(root / f"mem_{k}.py").as_uri() for k in range(documents)]
        for k, uri in enumerate(uris):
            open_doc(client, uri, text.replace("handler_", f"handler{k}_"))
        for uri in uris:
            await client.wait(uri, 1, timeout=600)
        await asyncio.sleep(0.5)
        return base, rss_mb(pid)
    finally:
        await stop(client)


def rule_count() -> int:
    from vigilint.analyzers.registry import all_rules

    return len(all_rules())


def burst(root: Path, lines: int, edits: int) -> list[str]:
    """Worst and median request latency while `edits` edits stream in."""
    from server.wire import Wire

    wire = Wire(cwd=root)
    try:
        wire.initialize(root, pull=True)
        text = synthetic(lines)
        uri = (root / f"burst_{lines}.py").as_uri()
        wire.open(uri, text)
        first = wire.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        wire.response(first, 300)
        plan = edit_positions(text, edits)
        sent: dict[Any, float] = {}
        started = time.monotonic()
        for version, (line, column, insert, delete) in enumerate(plan, 2):
            start = {"line": line, "character": column - len(delete)}
            end = {"line": line, "character": column}
            if insert:
                start = end
            wire.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": start, "end": end}, "text": insert}]})
            if (version - 1) % 100 == 0:
                for method, params in (
                        ("textDocument/hover", {"textDocument": {"uri": uri},
                                                "position": {"line": 3, "character": 4}}),
                        ("textDocument/diagnostic", {"textDocument": {"uri": uri}})):
                    msg_id = wire.request(method, params)
                    sent[msg_id] = time.monotonic()
        written = time.monotonic() - started
        latencies = {}
        for msg_id, at in sent.items():
            wire.response(msg_id, 600)
            latencies[msg_id] = wire.received[msg_id] - at
        ordered = sorted(latencies.values())
        wire.close()
        return [f"| {lines:,} | {edits:,} edits written in {written:.2f} s; {len(ordered)} "
                f"requests | {statistics.median(ordered) * 1000:.0f} | "
                f"{ordered[-1] * 1000:.0f} |"]
    finally:
        wire.kill()


def large(root: Path, megabytes: int) -> str:
    """A huge document: first diagnostics, hover meanwhile, an edit, peak RSS."""
    from server.wire import Wire

    wire = Wire(cwd=root)
    try:
        wire.initialize(root)
        base = _hwm(wire.proc.pid)
        body = synthetic(2000)
        text = body * (megabytes * 1_000_000 // len(body))
        uri = (root / "huge.py").as_uri()
        started = time.monotonic()
        wire.open(uri, text)
        hover = wire.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                    "position": {"line": 5, "character": 1}})
        wire.response(hover, 600)
        hover_s = wire.received[hover] - started
        wire.wait_published(uri, 1, 600)
        first_s = time.monotonic() - started
        lines = text.count("\n")
        began = time.monotonic()
        wire.change(uri, 2, "x = 1\n", (lines // 2, 0, lines // 2, 0))
        wire.wait_published(uri, 2, 600)
        edit_s = time.monotonic() - began
        peak = _hwm(wire.proc.pid)
        rss = wire.rss_mb()
        wire.close()
        return (f"{len(text) / 1e6:.0f} MB document ({lines:,} lines): first diagnostics after "
                f"{first_s:.1f} s (secret detection only, with the notice); a hover sent with "
                f"it answered after {hover_s:.2f} s; diagnostics of an edit after "
                f"{edit_s:.1f} s; server RSS {rss:.0f} MB after, peak {peak:.0f} MB "
                f"({base:.0f} MB before the document).")
    finally:
        wire.kill()


def _hwm(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main_async(args: argparse.Namespace) -> None:
    out: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / ".git").mkdir()
        if "kinds" in args.only:
            out.extend(await kinds(root, args))
            out.append("")
            if args.only == ["kinds"]:
                print("\n".join(out))
                return
        if "burst" in args.only:
            out.append("| file (lines) | burst | median request ms | worst request ms |")
            out.append("|---|---|---|---|")
            for lines in args.burst_lines:
                out.extend(burst(root, lines, 1000))
                print(out[-1], file=sys.stderr, flush=True)
            out.append("")
        if "large" in args.only:
            out.append(large(root, 20))
            print(out[-1], file=sys.stderr, flush=True)
            out.append("")
        if "latency" not in args.only and "memory" not in args.only:
            print("\n".join(out))
            return
        if "memory" in args.only and "latency" not in args.only:
            base, loaded = await memory(root, args.documents, 500)
            out.append(f"RSS: {base:.0f} MB after start; {loaded:.0f} MB with "
                       f"{args.documents} open documents of 500 lines each (all analysed).")
            print("\n".join(out))
            return
        out.append(f"Rules loaded: {rule_count()}; edits per measurement: {args.edits}.\n")
        out.append("| file (lines) | mode | median ms | p95 ms |")
        out.append("|---|---|---|---|")
        for lines in args.sizes:
            for mode, debounce in (("no debounce", 0), ("isolated", 100), ("burst", 100)):
                key = {"no debounce": "plain"}.get(mode, mode)
                n = args.edits if mode != "burst" else max(5, args.edits // 5)
                samples = await latency(root, lines, n, debounce, key)
                med, p95 = summary(samples)
                label = {"no debounce": "no debounce", "isolated": "debounce 100 ms, isolated",
                         "burst": "debounce 100 ms, 5-edit bursts (last edit)"}[mode]
                out.append(f"| {lines:,} | {label} | {med:.1f} | {p95:.1f} |")
                print(out[-1], file=sys.stderr, flush=True)
        out.append("")
        out.append("| file (lines) | analysis | median ms | p95 ms |")
        out.append("|---|---|---|---|")
        for lines in args.sizes:
            for scoped, label in ((True, "scoped (per edit while typing)"),
                                  (False, "full (when idle, or after edits outside functions)")):
                n = args.edits if scoped else 5
                med, p95 = summary(analysis_times(lines, n, scoped))
                out.append(f"| {lines:,} | {label} | {med:.1f} | {p95:.1f} |")
                print(out[-1], file=sys.stderr, flush=True)
        out.append("")
        base, loaded = await memory(root, args.documents, 500)
        out.append(f"RSS: {base:.0f} MB after start; {loaded:.0f} MB with {args.documents} open "
                   "documents of 500 lines each (all analysed).")
    print("\n".join(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5_000, 20_000])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--burst-lines", type=int, nargs="+", default=[500, 5_000])
    parser.add_argument("--only", nargs="+", default=["latency", "burst", "large"],
                        choices=["latency", "burst", "large", "memory", "kinds"])
    parser.add_argument("--languages", nargs="+", default=list(KIND_EXTENSIONS),
                        choices=list(KIND_EXTENSIONS))
    parser.add_argument("--kinds", nargs="+", default=list(EDIT_KINDS), choices=EDIT_KINDS)
    parser.add_argument("--row-seconds", type=float, default=120.0)
    args = parser.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()

