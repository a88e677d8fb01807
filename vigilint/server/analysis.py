"""Running the engine for open documents: off the event loop, debounced, never stale.

Each document has one analysis at a time, in a worker thread. An edit to a document that has
been quiet for `server.debounce_ms` is analysed at once; edits that follow within that window
are coalesced and analysed `debounce_ms` after the last one (leading and trailing debounce).
A result is kept and published only if the document still has the version that was analysed.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from tree_sitter import Tree

from vigilint.analyzers import sensitivity
from vigilint.analyzers.engine import AnalysisCancelled, Engine, with_fingerprints
from vigilint.analyzers.languages import TREE_LANGUAGES, parser_for
from vigilint.config import Settings
from vigilint.model import Category, Finding
from vigilint.provenance.api import AttributedRange, annotate
from vigilint.server import convert, scoped
from vigilint.server.documents import Document
from vigilint.server.positions import ByteEdit, LineIndex, without_surrogates

if TYPE_CHECKING:
    from vigilint.server.server import VigilintServer

log = logging.getLogger(__name__)

# A provisional result (a scoped analysis of code that does not parse) is followed by a full
# analysis once the document is this long idle.
FULL_IDLE_SECONDS = 1.5
SECRET_ONLY: frozenset[Category] = frozenset({"secret"})
# An analysis that runs longer than this (CPU seconds of its thread) is stopped and the
# document gets secret detection only, with a notice: no input can stall the server.
# `VIGILINT_ANALYSIS_BUDGET` (seconds) changes it.
ANALYSIS_BUDGET_SECONDS = 8.0
# Syntax trees are kept for the documents analysed most recently only: a tree takes about forty
# times its text (0.66 MB for a 500-line Python file), so 200 open documents held 130 MB of
# them. A document whose tree was let go is parsed whole at its next change (milliseconds per
# thousand lines) and analysed in full rather than scoped to the edited functions.
# `VIGILINT_TREES_KEPT` changes it (the fuzz run sets it low to exercise the letting go).
TREES_KEPT = 32


def _trees_kept() -> int:
    try:
        return max(1, int(os.environ.get("VIGILINT_TREES_KEPT", "")))
    except ValueError:
        return TREES_KEPT


def _budget() -> float:
    try:
        return max(0.1, float(os.environ.get("VIGILINT_ANALYSIS_BUDGET", "")))
    except ValueError:
        return ANALYSIS_BUDGET_SECONDS


class Control:
    """Cancellation of one analysis: set when a newer version supersedes it (or the document
    closes); the engine asks between rules. A budget of CPU time stops a runaway analysis."""

    def __init__(self, budget: float | None = None) -> None:
        self.cancelled = threading.Event()
        self.budget = _budget() if budget is None else budget
        self.started: float | None = None
        self.over_budget = False

    def cancel(self) -> None:
        self.cancelled.set()

    def should_stop(self) -> bool:
        if self.cancelled.is_set():
            return True
        if self.started is not None and time.thread_time() - self.started > self.budget:
            self.over_budget = True
            return True
        return False


@dataclass
class Snapshot:
    uri: str
    path: str
    text: str
    version: int | None
    language: str
    old_tree: Tree | None
    binary: bool
    generation: tuple[int, int] = (0, 0)
    # For a scoped analysis: the last adopted result and the edits made since it.
    base: Result | None = None
    edits: list[ByteEdit] | None = None
    full: bool = True
    control: Control = field(default_factory=Control)
    slow: bool = False  # an earlier version ran over the budget: secret detection only
    root: Path | None = None  # the workspace root (related locations in other files)
    related: bool = False  # the client accepts `relatedInformation`


@dataclass
class Result:
    """The analysis of one version of a document."""

    uri: str
    version: int | None
    findings: list[Finding]
    diagnostics: list[types.Diagnostic]
    contexts: list[sensitivity.SecurityContext]
    result_id: str
    tree: Tree | None = None
    text: str = ""
    reduced: bool = False
    errors: list[str] = field(default_factory=list)
    generation: tuple[int, int] = (0, 0)
    raw: list[Finding] = field(default_factory=list)  # before provenance annotation
    # False for a result a full analysis replaces when the document is idle: a scoped analysis
    # of code that does not parse (scoped results are otherwise complete, see scoped.py)
    complete: bool = True
    ran_scoped: bool = False  # only the groups the edits could change were analysed
    layout: scoped.Layout | None = None  # the text's groups, for the next scoped analysis
    failed: bool = False
    reduced_for: str | None = None  # "size" or "time" when only secret detection ran
    # For reusing diagnostics in the next scoped result: the text's line index, and the
    # diagnostic of each active finding (`id(finding)` -> (finding, diagnostic)), made for
    # `root` and `related`.
    index: LineIndex | None = None
    diagnostic_of: dict[int, tuple[Finding, types.Diagnostic, dict[str, Any]]] = field(
        default_factory=dict)
    # The diagnostics as they go over the wire (JSON-ready), in the same order.
    wire: list[dict[str, Any]] = field(default_factory=list)
    root: Path | None = None
    related: bool = False
    evidence: sensitivity.EvidenceCache | None = None  # for the security contexts

    @property
    def active(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]


_READ_CHUNK = 1 << 16


def parse(language: str, source: bytes, old_tree: Tree | None,
          should_stop: Callable[[], bool]) -> Tree | None:
    """Parse with tree-sitter, stoppable: some grammars take quadratic time on some hostile
    lines (HCL on a long run of spaces), and tree-sitter asks `should_stop` as it goes only
    when it reads through a callback. Raises `AnalysisCancelled` when stopped."""
    if language not in TREE_LANGUAGES:
        return None

    def read(offset: int, _point: object) -> bytes:
        return source[offset:offset + _READ_CHUNK]

    parser = parser_for(language)
    try:
        if old_tree is None:
            return parser.parse(read, progress_callback=lambda *_: should_stop())
        return parser.parse(read, old_tree, progress_callback=lambda *_: should_stop())
    except ValueError:  # "Parsing failed": the callback stopped it
        # A halted parser resumes the halted parse at its next call, whatever text that call
        # gives it: the next document (or version) would get a tree mixed from both.
        parser.reset()
        if should_stop():
            raise AnalysisCancelled from None
        raise


def run_analysis(get_engine: Callable[[], Engine], settings: Settings, snap: Snapshot,
                 ranges_for: Callable[[str, Sequence[str]], list[AttributedRange]]) -> Result:
    """The whole pipeline for one snapshot; runs in a worker thread. Raises
    `AnalysisCancelled` when the snapshot's control says so (a newer version exists); an
    analysis over its CPU budget is replaced by secret detection alone, with a notice."""
    snap.control.started = time.thread_time()
    try:
        return _run_analysis(get_engine, settings, snap, ranges_for,
                             reduced_for="time" if snap.slow else None)
    except AnalysisCancelled:
        if not snap.control.over_budget or snap.control.cancelled.is_set():
            raise
    log.warning("analysing %s took more than %.0f s of CPU; only secret detection ran",
                snap.path, snap.control.budget)
    snap.control.started = None
    return _run_analysis(get_engine, settings, snap, ranges_for, reduced_for="time")


def _run_analysis(get_engine: Callable[[], Engine], settings: Settings, snap: Snapshot,
                  ranges_for: Callable[[str, Sequence[str]], list[AttributedRange]],
                  reduced_for: str | None) -> Result:
    engine = get_engine()
    index = LineIndex(snap.text)
    if snap.binary:
        diag = convert.notice_diagnostic(
            "vigilint: binary content; this document is not analysed.", convert.REDUCED_CODE)
        return _result(snap, [], [diag], [], None)
    # Lone surrogates (valid in JSON strings) become U+FFFD: same positions, valid UTF-8.
    text = without_surrogates(snap.text)
    source = text.encode("utf-8", "surrogatepass")
    if reduced_for is None and len(source) > settings.max_file_size:
        reduced_for = "size"
    reduced = reduced_for is not None
    stop = snap.control.should_stop
    the_plan = None
    layout = None
    origin: dict[int, tuple[Finding, Finding]] = {}
    tree: Tree | None = None
    if stop():
        raise AnalysisCancelled
    if reduced:
        # Secret detection over the text alone: no syntax tree is built or queried.
        analysis = engine.analyze(snap.path, text, language="text", categories=SECRET_ONLY,
                                  should_stop=stop)
        findings = analysis.findings
    else:
        # Incremental when the document kept its tree (edited in step with the text).
        tree = parse(snap.language, source, snap.old_tree, stop)
        if stop():
            raise AnalysisCancelled
        base = snap.base
        if tree is not None and not index.lone_cr:
            layout = scoped.layout(snap.language, tree, source,
                                   base.layout if base is not None else None)
        if layout is not None and not snap.full and base is not None \
                and base.layout is not None and snap.old_tree is not None and snap.edits:
            the_plan = scoped.plan(layout, base.layout, snap.edits)
        if the_plan is not None:
            assert base is not None and snap.edits is not None
            kept, secret_dropped, origin = scoped.carried(base.raw, snap.edits, the_plan)
            if secret_dropped:
                the_plan = None  # see `scoped.carried`
        if the_plan is not None:
            assert base is not None and snap.edits is not None
            masked, rows = scoped.masked_text(index.lines, the_plan.kept_rows)
            # The fix gate re-analyses the text: only when a finding with a fix is new (the
            # others keep the decision of the last result, see `scoped.fixes_as_before`).
            masked = without_surrogates(masked)
            analysis = engine.analyze(snap.path, masked, language=snap.language,
                                      should_stop=stop, verify_fixes=False)
            # One finding per secret, and the occurrence index in a fingerprint, count over
            # the whole file.
            combined = with_fingerprints(scoped.one_per_secret(
                [*scoped.restore_rows(analysis.findings, rows), *kept]))
            prior = {f.fingerprint for f in base.raw}
            if any(f.fix is not None and f.fingerprint not in prior for f in combined):
                analysis = engine.analyze(snap.path, masked, language=snap.language,
                                          should_stop=stop)
                combined = with_fingerprints(scoped.one_per_secret(
                    [*scoped.restore_rows(analysis.findings, rows), *kept]))
            findings = sorted(scoped.fixes_as_before(combined, base.raw), key=Finding.sort_key)
        else:
            analysis = engine.analyze(snap.path, text, language=snap.language, tree=tree,
                                      should_stop=stop)
            findings = analysis.findings
    raw = findings
    ranges: list[AttributedRange] = []
    try:
        if reduced_for != "size":  # a list of the lines of a huge text costs more than it is
            ranges = ranges_for(snap.path, snap.text.split("\n"))
    except Exception as exc:  # provenance is an annotation: never lose the findings for it
        log.warning("provenance lookup failed: %s", type(exc).__name__)
    findings = annotate(findings, ranges)
    reuse = snap.base if the_plan is not None else None
    if reuse is not None and (reuse.index is None or reuse.uri != snap.uri
                              or reuse.root != snap.root or reuse.related != snap.related):
        reuse = None
    diagnostic_of: dict[int, tuple[Finding, types.Diagnostic, dict[str, Any]]] = {}
    diagnostics = []
    wires = []
    for finding in findings:
        if finding.suppressed:
            continue
        both = None if reuse is None else _reused(finding, origin, reuse, index, snap)
        if both is None:
            diag = convert.finding_to_diagnostic(finding, index, snap.uri, snap.version,
                                                 snap.root, snap.related)
            both = diag, convert.wire(diag)
        diagnostic_of[id(finding)] = (finding, *both)
        diagnostics.append(both[0])
        wires.append(both[1])
    contexts: list[sensitivity.SecurityContext] = []
    evidence_cache: sensitivity.EvidenceCache | None = None
    if settings.server.security_context and not reduced:
        found = None
        if layout is not None and tree is not None and not layout.errors \
                and snap.language not in scoped.CONTAINERS:
            # Per group, reusing what the last result learnt of the groups' texts.
            found = sensitivity.evidence_of_groups(
                snap.path, source, tree, [(g.start_byte, g.key) for g in layout.groups],
                snap.base.evidence if snap.base is not None else None)
        if found is not None:
            evidence, evidence_cache = found
            contexts = sensitivity.contexts_from(evidence, source)
        else:
            contexts = sensitivity.classify(snap.path, source, tree)
        diagnostics.extend(convert.context_to_diagnostic(c, index) for c in contexts
                           if c.domain in sensitivity.NOTABLE)
    if reduced_for == "size":
        diagnostics.append(convert.notice_diagnostic(
            f"vigilint: this document is {len(source):,} bytes, over `max_file_size` "
            f"({settings.max_file_size:,}); only secret detection runs on it.",
            convert.REDUCED_CODE))
    elif reduced_for == "time":
        diagnostics.append(convert.notice_diagnostic(
            f"vigilint: analysing this document took more than "
            f"{snap.control.budget:.0f} s; only secret detection ran on this version.",
            convert.REDUCED_CODE))
    wires.extend(convert.wire(diag) for diag in diagnostics[len(wires):])
    result = _result(snap, findings, diagnostics, contexts, tree, wires)
    result.reduced = reduced
    result.reduced_for = reduced_for
    result.errors = analysis.errors
    result.raw = raw
    result.layout = layout
    result.ran_scoped = the_plan is not None
    result.index, result.diagnostic_of = index, diagnostic_of
    result.root, result.related = snap.root, snap.related
    result.evidence = evidence_cache
    # A scoped analysis of code that does not parse is provisional (see scoped.py).
    result.complete = the_plan is None or layout is None or not layout.errors
    return result


def _reused(finding: Finding, origin: dict[int, tuple[Finding, Finding]], base: Result,
            index: LineIndex, snap: Snapshot) -> tuple[types.Diagnostic, dict[str, Any]] | None:
    """The diagnostic of a finding carried over from `base` (unchanged but for its lines),
    moved to its lines, or None when it must be made anew: the lines it spans (and those of
    its fix) must read the same before and after (columns are counted in UTF-16 on them)."""
    moved = origin.get(id(finding))
    if moved is None or moved[0] is not finding:
        return None  # analysed again, or changed since it was carried
    old = moved[1]
    entry = base.diagnostic_of.get(id(old))
    if entry is None or entry[0] is not old or base.index is None \
            or (snap.related and finding.related):
        return None
    delta = finding.line - old.line
    lines = [old.line, old.end_line]
    if old.fix is not None:
        for edit in old.fix.edits:
            lines += (edit.line, edit.end_line)
    before, count, old_count = base.index, index.count, base.index.count
    for line in lines:
        if not (0 < line <= old_count and 0 < line + delta <= count) or \
                before.line_text(line - 1) != index.line_text(line - 1 + delta):
            return None
    return (convert.moved_diagnostic(entry[1], delta, snap.version),
            convert.moved_wire(entry[2], delta, snap.version))


def _result(snap: Snapshot, findings: list[Finding], diagnostics: list[types.Diagnostic],
            contexts: list[sensitivity.SecurityContext], tree: Tree | None,
            wires: list[dict[str, Any]] | None = None) -> Result:
    if wires is None:
        wires = [convert.wire(diag) for diag in diagnostics]
    # (of everything the client gets; the wire form is built once per diagnostic anyway)
    digest = hashlib.sha256(json.dumps(wires, sort_keys=True, default=str).encode(
        "utf-8", "surrogatepass"))
    return Result(uri=snap.uri, version=snap.version, findings=findings,
                  diagnostics=diagnostics, contexts=contexts,
                  result_id=digest.hexdigest()[:20], tree=tree, text=snap.text,
                  generation=snap.generation, wire=wires)


@dataclass
class _DocState:
    last_change: float = -1e9
    timer: asyncio.TimerHandle | None = None
    running: asyncio.Task[None] | None = None
    rerun: bool = False
    full_timer: asyncio.TimerHandle | None = None
    want_full: bool = False
    published_id: str | None = None
    control: Control | None = None  # of the running analysis
    slow: bool = False  # ran over the budget: later versions get secret detection only
    slow_size: int = 0


class Analyzer:
    """Schedules analyses and keeps the latest result of every open document."""

    def __init__(self, server: VigilintServer) -> None:
        self.server = server
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vigilint-analysis")
        self.results: dict[str, Result] = {}
        self._states: dict[str, _DocState] = {}
        self._waiters: list[asyncio.Future[None]] = []
        # Bumped when settings or provenance change: results of older generations are stale.
        self.generation = 0
        self._doc_generation: dict[str, int] = {}
        self._trees: dict[str, None] = {}  # documents holding a tree, least recent first
        self._trees_kept = _trees_kept()

    def stamp(self, uri: str) -> tuple[int, int]:
        return self.generation, self._doc_generation.get(uri, 0)

    def is_current(self, result: Result | None, doc: Document) -> bool:
        return result is not None and result.version == doc.version \
            and result.text is doc.text and result.generation == self.stamp(doc.uri)

    def invalidate(self, uri: str) -> None:
        """Provenance of one document changed: its next result must be computed anew."""
        self._doc_generation[uri] = self._doc_generation.get(uri, 0) + 1
        self.results.pop(uri, None)

    # -- scheduling ---------------------------------------------------------------------
    def changed(self, doc: Document, now: bool = False) -> None:
        """A document was opened or edited: analyse it soon."""
        loop = asyncio.get_running_loop()
        state = self._states.setdefault(doc.uri, _DocState())
        delay = self.server.settings.server.debounce_ms / 1000
        clock = loop.time()
        quiet = clock - state.last_change >= delay
        state.last_change = clock
        if state.control is not None:
            state.control.cancel()  # it analyses a version this one supersedes
        if state.slow and len(doc.text) < state.slow_size // 2:
            state.slow = False  # much shorter now: try the full analysis again
        if state.timer is not None:
            state.timer.cancel()
            state.timer = None
        if state.full_timer is not None:
            state.full_timer.cancel()
            state.full_timer = None
        if now or delay <= 0 or quiet:
            self._dispatch(doc.uri)
        else:
            state.timer = loop.call_later(delay, self._dispatch, doc.uri)

    def closed(self, uri: str) -> None:
        state = self._states.pop(uri, None)
        if state is not None:
            if state.control is not None:
                state.control.cancel()
            for timer in (state.timer, state.full_timer):
                if timer is not None:
                    timer.cancel()
        self.results.pop(uri, None)
        self._doc_generation.pop(uri, None)
        self._trees.pop(uri, None)
        self._wake()

    def _keep_tree(self, uri: str) -> None:
        """`uri` holds the newest tree; the trees of the documents beyond the newest
        `TREES_KEPT` are let go."""
        self._trees.pop(uri, None)
        self._trees[uri] = None
        while len(self._trees) > self._trees_kept:
            oldest = next(iter(self._trees))
            del self._trees[oldest]
            doc = self.server.documents.get(oldest)
            if doc is not None and doc.tree is not None:
                doc.tree = None
                doc.edits = None  # no tree to edit: the next analysis parses in full
            result = self.results.get(oldest)
            if result is not None:
                result.tree = None

    def invalidate_all(self) -> None:
        """Settings or provenance changed: analyse every open document again."""
        self.generation += 1
        self.results.clear()
        for doc in self.server.documents:
            self.changed(doc, now=True)

    def _dispatch_full(self, uri: str) -> None:
        state = self._states.get(uri)
        if state is not None:
            state.full_timer = None
            state.want_full = True
            self._dispatch(uri)

    def _dispatch(self, uri: str) -> None:
        state = self._states.get(uri)
        if state is None:
            return
        state.timer = None
        if state.running is not None and not state.running.done():
            state.rerun = True
            return
        state.running = asyncio.ensure_future(self._analyze(uri))

    async def _analyze(self, uri: str) -> None:
        state = self._states.get(uri)
        doc = self.server.documents.get(uri)
        if doc is None or state is None:
            return
        last = self.results.get(uri)
        if self.is_current(last, doc) and (not state.want_full or last is None
                                           or last.complete):
            state.want_full = False
            self._wake()
            return
        base = last if last is not None and last.generation == self.stamp(uri) else None
        full = state.want_full or base is None or doc.edits is None
        state.want_full = False
        snap = Snapshot(uri=uri, path=doc.path, text=doc.text, version=doc.version,
                        language=doc.language, old_tree=doc.tree, binary=doc.binary,
                        generation=self.stamp(uri), base=base,
                        edits=None if doc.edits is None else list(doc.edits), full=full,
                        slow=state.slow, root=self.server.root,
                        related=self.server.related_information)
        state.control = snap.control
        loop = asyncio.get_running_loop()
        result: Result | None
        try:
            result = await loop.run_in_executor(
                self.executor, run_analysis, lambda: self.server.engine, self.server.settings,
                snap,
                self.server.provenance.ranges_blocking)
        except AnalysisCancelled:
            result = None  # superseded: the newer version is scheduled already
        except Exception as exc:
            self.server.errors.report("analysis", exc)
            # An empty result for this version, so nobody waits for one that never comes.
            result = _result(snap, [], [convert.notice_diagnostic(
                f"vigilint: analysing this document failed ({type(exc).__name__}); see the "
                "server log.", convert.REDUCED_CODE)], [], None)
            result.failed = True
        finally:
            if state.control is snap.control:
                state.control = None
            if state.rerun:
                state.rerun = False
                loop.call_soon(self._dispatch, uri)
        if result is not None and result.reduced_for == "time" and not state.slow:
            state.slow, state.slow_size = True, len(snap.text)
        doc = self.server.documents.get(uri)
        if result is None or doc is None or not self.is_current(result, doc):
            self._wake()  # stale: a newer version is on its way; waiters look again
            return
        if result.failed:
            doc.edits = None  # the next analysis must be a full one
        elif result.tree is not None:
            doc.tree = result.tree
            doc.edits = []
            self._keep_tree(uri)
        elif doc.edits:
            # A scoped result: the tree is still the edited old one; the next scoped
            # analysis starts from this result, so only later edits matter to it.
            doc.edits = []
        self.results[uri] = result
        for message in result.errors:
            # Rule failures: the rule and exception type only (messages may quote code).
            log.warning("%s", message.split(": ")[0][:200])
        self._wake()
        if not result.complete:
            state.full_timer = loop.call_later(FULL_IDLE_SECONDS, self._dispatch_full, uri)
        if state.published_id == result.result_id:
            return
        state.published_id = result.result_id
        if not self.server.pull_diagnostics:
            self._publish(result)
        elif result.complete and base is not None and not base.complete:
            self.server.refresh_pull_diagnostics()

    def _publish(self, result: Result) -> None:
        """Send the result's diagnostics in the wire form the analysis built (converting
        a thousand diagnostics with the protocol's converter took ~60 ms on the event loop
        at every version)."""
        send = getattr(self.server.protocol, "_send_data", None)
        if send is None or len(result.wire) != len(result.diagnostics):
            self.server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=result.uri, diagnostics=result.diagnostics, version=result.version))
            return
        params: dict[str, Any] = {"uri": result.uri, "diagnostics": result.wire}
        if result.version is not None:
            params["version"] = result.version
        send({"method": "textDocument/publishDiagnostics", "params": params,
              "jsonrpc": "2.0"})

    # -- waiting for a result -------------------------------------------------------------
    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def current(self, doc: Document) -> Result | None:
        """The result for the document's current version (analysing it now if needed)."""
        for _ in range(1000):
            live = self.server.documents.get(doc.uri)
            if live is None:
                return None
            result = self.results.get(doc.uri)
            if result is not None and self.is_current(result, live):
                return result
            state = self._states.setdefault(doc.uri, _DocState())
            if state.timer is not None or state.running is None or state.running.done():
                if state.timer is not None:
                    state.timer.cancel()
                self._dispatch(doc.uri)
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            await waiter
        return None

    async def tree_for(self, doc: Document, result: Result) -> Tree | None:
        """The syntax tree of a result's text (a scoped result has none: parse it now). A
        reduced result (a huge document) gets none: its tree alone would take gigabytes."""
        if result.tree is not None or not doc.has_tree or result.reduced:
            return result.tree
        old = doc.tree if doc.text is result.text else None
        source = without_surrogates(result.text).encode("utf-8", "surrogatepass")
        control = Control()

        def parse_now() -> Tree | None:
            control.started = time.thread_time()
            try:
                return parse(doc.language, source, old, control.should_stop)
            except AnalysisCancelled:
                return None

        tree = await asyncio.get_running_loop().run_in_executor(self.executor, parse_now)
        if tree is not None and doc.text is result.text and doc.tree is old:
            doc.tree = tree
            doc.edits = []
            result.tree = tree
            self._keep_tree(doc.uri)
        return tree

    def warm_up(self) -> None:
        """Load the rules and build the Python plan in the background, then move what is
        loaded so far (modules, rules, queries: kept for the life of the server) out of the
        garbage collector's generations: a full collection walks every tracked object, and
        while typing in a large file those of the rules made it cost tens of milliseconds
        every few edits."""
        server = self.server

        def load() -> None:
            server.engine.plan("python")
            gc.freeze()

        self.executor.submit(load)

    def shutdown(self) -> None:
        for state in self._states.values():
            if state.timer is not None:
                state.timer.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)

