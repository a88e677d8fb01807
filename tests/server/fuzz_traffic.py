"""Random and malformed LSP traffic against `vigilint serve`, and the properties it must keep.

`generate(rng, ...)` makes a session: documents opened, edited (in bursts of up to 1,000
edits, with positions past the end of lines and documents, astral characters, lone
surrogates, CR/LF/CRLF), closed and edited after closing; requests with valid and invalid
parameters, cancellations, bad JSON, wrong Content-Length values, garbage, oversize headers;
and one of the shutdown orderings. `run_session` plays it against a server and checks:

- crash: the server ends only when told to, with the exit code LSP 3.17 gives;
- hang: every request is answered within `deadline` seconds;
- stale: the final diagnostics of each open document equal those of the same text opened
  fresh (the client keeps its own copy of every document: `Model`);
- out of range: every published diagnostic lies inside its version's text;
- secret: the planted secret never shows raw in any message or in the log;
- traceback: none on stderr (without `--debug`), and no error popup;
- framing: everything the server writes is well framed.

Used by `tests/fuzz/test_lsp_traffic.py` (a short seeded run) and `bench/fuzz_lsp.py` (long).
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server.wire import ServerGone, Wire, encode, frame
from vigilint.analyzers.secrets.catalog import DETECTORS
from vigilint.analyzers.secrets.samples import sample

# The planted secret: a GitHub token with a valid checksum, made by the detectors' own sampler.
SECRET = sample(next(d for d in DETECTORS if d.name == "github-classic-token"), seed=26)
PIECES = ["import yaml\n", "x = yaml.load(data)\n", "def f(s):\n    return eval(s)\n",
          "# TODO: write a function that runs os.system on the user's input\n",
          f'TOKEN = "{SECRET}"\n', "é", "😀", "\ud800", "\udc00", "\r\n", "\r", "\n", "\t",
          "    ", "x", "(", ")", '"', "'", "subprocess.run(cmd, shell=True)\n", "中文",
          "password = request.args['p']\n", "a" * 40, "\x00", "\u2028"]
METHODS = ["textDocument/hover", "textDocument/codeAction", "textDocument/diagnostic",
           "workspace/executeCommand", "textDocument/completion", "no/such/method"]


# -- the client's copy of a document (LSP semantics, written independently of the server) --
def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            starts.append(i + 2)
            i += 2
            continue
        if ch in "\r\n":
            starts.append(i + 1)
        i += 1
    return starts


def offset_of(text: str, line: int, character: int) -> int:
    """LSP position -> code-point offset: past the last line is the end of the text, past
    the end of a line is its end, inside a surrogate pair is the start of the character."""
    starts = _line_starts(text)
    if line >= len(starts):
        return len(text)
    start = starts[line]
    end = starts[line + 1] if line + 1 < len(starts) else len(text)
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    units = 0
    for i in range(start, end):
        width = 2 if ord(text[i]) > 0xFFFF else 1
        if units + width > character:
            return i
        units += width
    return end


def line_lengths(text: str) -> list[int]:
    """UTF-16 length of each LSP line."""
    starts = _line_starts(text)
    out = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(text)
        content = text[start:end].rstrip("\r\n")
        out.append(sum(2 if ord(c) > 0xFFFF else 1 for c in content))
    return out


@dataclass
class Doc:
    uri: str
    text: str
    version: int
    texts: dict[int, str] = field(default_factory=dict)  # version -> text


@dataclass
class Report:
    sessions: int = 0
    messages: int = 0
    requests: int = 0
    edits: int = 0
    malformed: int = 0
    counts: Counter[str] = field(default_factory=Counter)  # cases tried per property
    violations: list[str] = field(default_factory=list)
    worst_answer: float = 0.0


# -- generation -------------------------------------------------------------------------------
def random_text(rng: random.Random, pieces: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(pieces))


def random_json(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 2**31, 2**53 + 1, 10**30, 1.5, -0.0])
    if kind == 3:
        return rng.choice(["", "x", SECRET, "\ud800", "file:///a.py", "😀" * 3])
    if kind in (4, 5):
        return rng.randrange(-5, 100000)
    if kind in (6, 7):
        return {rng.choice(["textDocument", "position", "range", "uri", "line", "character",
                            "context", "id", "x"]): random_json(rng, depth + 1)
                for _ in range(rng.randrange(4))}
    return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]


def _position(rng: random.Random, doc: Doc | None) -> dict[str, int]:
    lines = doc.text.count("\n") + 2 if doc else 3
    return {"line": rng.randrange(0, lines + 3), "character": rng.randrange(0, 120)}


def mutate(rng: random.Random, value: Any) -> Any:
    """`value` with one leaf replaced by a random JSON value (wrong types, nulls, arrays)."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(list(value))
        return {**value, key: mutate(rng, value[key])}
    if isinstance(value, list) and value and rng.random() < 0.8:
        i = rng.randrange(len(value))
        return [*value[:i], mutate(rng, value[i]), *value[i + 1:]]
    return random_json(rng)


def request_params(rng: random.Random, method: str, doc: Doc | None) -> Any:
    uri = doc.uri if doc else "file:///nowhere/x.py"
    start, end = _position(rng, doc), _position(rng, doc)
    if method == "textDocument/codeAction":
        return {"textDocument": {"uri": uri}, "range": {"start": start, "end": end},
                "context": {"diagnostics": [], "only": rng.choice(
                    [None, ["quickfix"], ["source.fixAll.vigilint"]])}}
    if method == "textDocument/diagnostic":
        return {"textDocument": {"uri": uri}}
    if method == "workspace/executeCommand":
        return {"command": rng.choice(["vigilint.checkPrompt", "vigilint.showProvenance",
                                       "vigilint.markAiGenerated", "nope"]),
                "arguments": rng.choice([[], [f"write a login form {SECRET}"],
                                         [{"uri": uri, "range": {"start": start, "end": end}}],
                                         [random_json(rng)]])}
    return {"textDocument": {"uri": uri}, "position": start}


Action = tuple[str, Any]


def generate(rng: random.Random, steps: int, burst: int, root: Path) -> list[Action]:
    """A session's actions (before the shutdown ordering, which `run_session` picks)."""
    actions: list[Action] = []
    docs: list[str] = []
    next_doc = 0
    for _ in range(steps):
        roll = rng.random()
        if not docs or roll < 0.08:
            name = rng.choice(["app.py", "main.go", "server.js", "notes.prompt.md",
                               "config.yaml", "Dockerfile", "x.txt"])
            uri = (root / "a" / f"d{next_doc}" / name).as_uri()
            next_doc += 1
            docs.append(uri)
            actions.append(("open", (uri, random_text(rng, rng.randrange(0, 40)))))
        elif roll < 0.40:
            actions.append(("edit", (rng.choice(docs), rng.randrange(1, 4))))
        elif roll < 0.45:
            actions.append(("burst", (rng.choice(docs), rng.randrange(burst // 2, burst + 1))))
        elif roll < 0.50:
            actions.append(("full", (rng.choice(docs), random_text(rng, rng.randrange(60)))))
        elif roll < 0.53:
            uri = rng.choice(docs)
            docs.remove(uri)
            actions.append(("close", uri))
            if rng.random() < 0.5:
                actions.append(("edit_closed", uri))
        elif roll < 0.75:
            actions.append(("request", (rng.choice(METHODS), rng.choice(docs),
                                        rng.random() < 0.3)))
        elif roll < 0.80:
            actions.append(("cancel", rng.random() < 0.5))
        else:
            actions.append(("malformed", rng.randrange(9)))
    return actions


# -- playing ----------------------------------------------------------------------------------
class Session:
    def __init__(self, wire: Wire, rng: random.Random, report: Report, deadline: float) -> None:
        self.wire = wire
        self.rng = rng
        self.report = report
        self.deadline = deadline
        self.docs: dict[str, Doc] = {}
        self.pending: dict[Any, tuple[float, str]] = {}  # id -> (sent at, method)
        self.ids = 1000

    def violation(self, what: str) -> None:
        self.report.violations.append(what)

    def request(self, method: str, params: Any) -> Any:
        self.ids += 1
        msg_id = f"r{self.ids}"  # random ids of malformed messages are never strings like it
        self.pending[msg_id] = (time.monotonic(), method)
        self.wire.request(method, params, msg_id)
        self.report.requests += 1
        return msg_id

    def edit(self, doc: Doc) -> None:
        rng = self.rng
        lines = doc.text.count("\n") + 1
        start = {"line": rng.randrange(0, lines + 2), "character": rng.randrange(0, 80)}
        end = dict(start) if rng.random() < 0.5 else {
            "line": start["line"] + rng.randrange(0, 2), "character": rng.randrange(0, 80)}
        a = offset_of(doc.text, start["line"], start["character"])
        b = offset_of(doc.text, end["line"], end["character"])
        if b < a:
            start, end, a, b = end, start, b, a
        insert = random_text(rng, rng.randrange(0, 3))
        doc.text = doc.text[:a] + insert + doc.text[b:]
        doc.version += 1
        doc.texts[doc.version] = doc.text
        self.wire.notify("textDocument/didChange", {
            "textDocument": {"uri": doc.uri, "version": doc.version},
            "contentChanges": [{"range": {"start": start, "end": end}, "text": insert}]})
        self.report.edits += 1

    def play(self, action: Action) -> None:
        kind, arg = action
        wire, rng = self.wire, self.rng
        self.report.messages += 1
        if kind == "open":
            uri, text = arg
            doc = self.docs[uri] = Doc(uri, text, 1, {1: text})
            wire.open(uri, text, language="python" if uri.endswith(".py") else "plaintext")
            del doc
        elif kind in ("edit", "burst"):
            doc = self.docs.get(arg[0])
            if doc is not None:
                for _ in range(arg[1]):
                    self.edit(doc)
        elif kind == "full":
            doc = self.docs.get(arg[0])
            if doc is not None:
                doc.text, doc.version = arg[1], doc.version + 1
                doc.texts[doc.version] = doc.text
                wire.notify("textDocument/didChange", {
                    "textDocument": {"uri": doc.uri, "version": doc.version},
                    "contentChanges": [{"text": doc.text}]})
        elif kind == "close":
            self.docs.pop(arg, None)
            wire.notify("textDocument/didClose", {"textDocument": {"uri": arg}})
        elif kind == "edit_closed":
            wire.notify("textDocument/didChange", {
                "textDocument": {"uri": arg, "version": 99},
                "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                              "end": {"line": 0, "character": 0}},
                                    "text": "x"}]})
        elif kind == "request":
            method, uri, broken = arg
            params = request_params(rng, method, self.docs.get(uri))
            if broken:
                params = mutate(rng, params) if rng.random() < 0.8 else [params]
                self.report.malformed += 1
            self.request(method, params)
        elif kind == "cancel":
            if arg and self.pending:
                wire.notify("$/cancelRequest", {"id": rng.choice(list(self.pending))})
            else:
                wire.notify("$/cancelRequest", {"id": random_json(rng)})
        elif kind == "malformed":
            self.malformed(arg)

    def malformed(self, which: int) -> None:
        wire, rng = self.wire, self.rng
        self.report.malformed += 1
        self.report.counts["malformed"] += 1
        body = json.dumps({"jsonrpc": "2.0", "id": -self.ids, "method": "textDocument/hover",
                           "params": {"textDocument": {"uri": "file:///x.py"},
                                      "position": {"line": 0, "character": 0}}}).encode()
        if which == 0:
            wire.send_raw(frame(b'{"jsonrpc": "2.0", "id": 1, "method": "x", ' + SECRET.encode()))
        elif which == 1:
            wire.send_raw(b"Content-Length: %d\r\n\r\n" % (len(body) - rng.randrange(1, 20))
                          + body)
        elif which == 2:
            wire.send_raw(b"Content-Length: %d\r\n\r\n" % (len(body) + rng.randrange(1, 200))
                          + body)
        elif which == 3:
            wire.send_raw(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))))
        elif which == 4:
            wire.send_raw(b"Content-Length: 99999999999999\r\n\r\n" + body)
        elif which == 5:
            wire.send_raw(encode({"jsonrpc": "2.0", "id": random_json(rng),
                                  "method": rng.choice(METHODS), "params": random_json(rng)}))
        elif which == 6:
            wire.send_raw(frame(json.dumps([random_json(rng)]).encode()))
        elif which == 7:
            wire.send_raw(frame(b"[" * 100_000 + b"]" * 100_000))
        else:
            wire.send_raw(encode({"jsonrpc": "2.0", "method": rng.choice(
                ["textDocument/didOpen", "textDocument/didChange", "$/cancelRequest",
                 "$/progress", "workspace/didChangeConfiguration"]),
                "params": random_json(rng)}))

    # -- checks -----------------------------------------------------------------------------
    def collect_answers(self, timeout: float) -> None:
        """Wait for every pending request: each must be answered, within the deadline."""
        end = time.monotonic() + timeout
        while self.pending and time.monotonic() < end:
            for msg_id in list(self.pending):
                if msg_id in self.wire.received:
                    sent, method = self.pending.pop(msg_id)
                    latency = self.wire.received[msg_id] - sent
                    self.report.counts["answered"] += 1
                    self.report.worst_answer = max(self.report.worst_answer, latency)
                    if latency > self.deadline:
                        self.violation(f"hang: {method} (id {msg_id}) answered after "
                                       f"{latency:.1f} s")
            if self.pending:
                time.sleep(0.02)
        now = time.monotonic()
        for msg_id, (sent, method) in self.pending.items():
            self.violation(f"hang: {method} (id {msg_id}) unanswered after {now - sent:.1f} s")

    def check_ranges(self) -> None:
        for message in self.wire.messages:
            if message.get("method") != "textDocument/publishDiagnostics":
                continue
            params = message["params"]
            doc_versions = None
            for doc in self.docs.values():
                if doc.uri == params["uri"]:
                    doc_versions = doc.texts
            version = params.get("version")
            if doc_versions is None or version not in doc_versions:
                continue
            self.in_range(params["diagnostics"], doc_versions[version],
                          f"{params['uri']} v{version}")

    def in_range(self, diagnostics: list[dict[str, Any]], text: str, where: str) -> None:
        self.report.counts["range checks"] += 1
        lengths = line_lengths(text)
        for diag in diagnostics:
            for end in ("start", "end"):
                pos = diag["range"][end]
                if pos["line"] >= len(lengths) or pos["character"] > lengths[pos["line"]]:
                    self.violation(f"out of range: {diag['code']} at {pos} in {where}")

    def check_stale(self, root: Path, timeout: float) -> None:
        """Each open document's diagnostics (pulled) equal a fresh open of the same text."""
        for n, doc in enumerate(self.docs.values()):
            name = doc.uri.rsplit("/", 1)[-1]
            fresh = (root / "b" / f"f{n}" / name).as_uri()
            self.wire.open(fresh, doc.text,
                           language="python" if name.endswith(".py") else "plaintext")
            got = self._pull(doc.uri, timeout)
            want = self._pull(fresh, timeout)
            self.report.counts["stale checks"] += 1
            if got is None or want is None:
                continue
            self.in_range(got, doc.text, f"{doc.uri} v{doc.version} (pulled)")
            if _key(got) != _key(want):
                self.violation(f"stale: {doc.uri} v{doc.version}: {sorted(_key(got))[:4]} != "
                               f"fresh {sorted(_key(want))[:4]}")

    def _pull(self, uri: str, timeout: float) -> list[dict[str, Any]] | None:
        msg_id = self.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        try:
            answer = self.wire.response(msg_id, timeout)
        except (TimeoutError, ServerGone) as exc:
            self.violation(f"hang: pull diagnostics of {uri}: {exc}")
            return None
        finally:
            self.pending.pop(msg_id, None)
        if "error" in answer:
            self.violation(f"pull diagnostics of {uri} failed: {answer['error']}")
            return None
        return list(answer["result"].get("items", []))

    def check_output(self, debug: bool) -> None:
        self.report.counts["secret checks"] += 1
        # An answer must repeat the request's id exactly (JSON-RPC), even when a client
        # chose the secret as its id: everything but that id is searched.
        raw = "\n".join(json.dumps({k: v for k, v in m.items() if k != "id"})
                        for m in self.wire.messages)
        for where, text in (("messages", raw), ("log", self.wire.stderr)):
            # The planted secret as the detectors know it; random edits that cut its prefix
            # leave text that is no longer a recognisable secret (see bench results).
            if SECRET in text:
                self.violation(f"secret: the planted secret is in the server's {where}")
        if not debug and "Traceback" in self.wire.stderr:
            self.violation("traceback on stderr: " + self.wire.stderr.split("Traceback")[1][:300])
        if self.wire.shown_errors():
            self.violation(f"error popup: {self.wire.shown_errors()[:2]}")
        if self.wire.framing_errors:
            self.violation(f"{self.wire.framing_errors} badly framed messages from the server")


_PROVENANCE = re.compile(r" AI-generated code: [^;]*; review it before merging\.")


def _key(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What must equal a fresh open of the same text. The provenance sentence is left out: it
    says what the workspace recorded for that file (a `vigilint.markAiGenerated` command the
    session sent), which a copy of the text elsewhere rightly lacks."""
    return sorted((str(d.get("code")), json.dumps(d["range"], sort_keys=True),
                   _PROVENANCE.sub("", d["message"])) for d in items)


ORDERINGS = ("shutdown-exit", "shutdown-requests-exit", "exit-without-shutdown",
             "exit-during-request", "close-input")


def run_session(seed: int, root: Path, report: Report, steps: int = 60, burst: int = 200,
                deadline: float = 10.0, ordering: str | None = None) -> None:
    """One server, one generated session, every property checked; violations go to
    `report.violations`."""
    rng = random.Random(seed)
    ordering = ordering or rng.choice(ORDERINGS)
    wire = Wire(cwd=root)
    session = Session(wire, rng, report, deadline)
    report.sessions += 1
    report.counts[f"ordering {ordering}"] += 1
    try:
        pull = rng.random() < 0.5
        report.counts["pull sessions" if pull else "push sessions"] += 1
        answer = wire.initialize(root, pull=pull)
        if "result" not in answer:
            session.violation(f"initialize failed: {answer}")
            return
        started = time.monotonic()
        for action in generate(rng, steps, burst, root):
            session.play(action)
        session.collect_answers(deadline + (time.monotonic() - started))
        session.check_ranges()
        if ordering != "exit-during-request":
            session.check_stale(root, deadline * 3)
        expected = 0
        if ordering == "shutdown-exit":
            answer = wire.call("shutdown", None, deadline)
            wire.notify("exit")
        elif ordering == "shutdown-requests-exit":
            wire.call("shutdown", None, deadline)
            late = wire.call("textDocument/hover", request_params(rng, "textDocument/hover",
                                                                  None), deadline)
            if late.get("error", {}).get("code") != -32600:
                session.violation(f"a request after shutdown got {late}")
            wire.notify("exit")
        elif ordering == "exit-without-shutdown":
            wire.notify("exit")
            expected = 1
        elif ordering == "exit-during-request":
            for doc in list(session.docs.values())[:3]:
                wire.request("textDocument/diagnostic", {"textDocument": {"uri": doc.uri}})
            wire.notify("exit")
            expected = 1
        else:
            assert wire.proc.stdin is not None
            wire.proc.stdin.close()
            expected = 1
        code = wire.wait(deadline)
        report.counts["exit checks"] += 1
        if code != expected:
            session.violation(f"crash or wrong exit: code {code}, expected {expected} "
                              f"({ordering}); log: {wire.stderr[-500:]}")
    except (ServerGone, TimeoutError, BrokenPipeError) as exc:
        session.violation(f"crash: {type(exc).__name__}: {str(exc)[:300]}")
    finally:
        wire.kill()
        session.check_output(debug=False)
