"""The per-file result of the dataflow pass and the rule-facing questions (docs/dataflow.md 5).

`flow(ctx)` runs the language's adapter once per file (memoised) and returns a `FileFlow`:
the abstract value of every evaluated expression, the functions with their return values and
the parameters some call site fills with untrusted data, and (on request) their summaries.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.kinds import UNTRUSTED, param_index, param_label
from vigilint.analyzers.dataflow.value import CLEAN, Origin, Value
from vigilint.analyzers.syntax import semantics

if TYPE_CHECKING:
    from vigilint.analyzers.dataflow.summary import Summary

Level = Literal["tainted", "unknown", "safe"]
_CACHE_KEY = "dataflow"


@dataclass
class FunctionState:
    """One function of the file, as the pass saw it."""

    node: Node
    name: str
    qualified_name: str
    params: list[str]
    returns: Value = CLEAN
    done: bool = False
    running: bool = False
    # parameter index -> origin of the source data some call site passes there
    tainted_params: dict[int, Origin | None] = field(default_factory=dict)
    # parameter index -> source kinds call sites pass there directly
    param_sources: dict[int, frozenset[str]] = field(default_factory=dict)
    # parameter index -> (caller function start, caller parameter) passed there
    param_links: dict[int, set[tuple[int, int]]] = field(default_factory=dict)
    # parameter index -> sink kinds every such argument was sanitized for
    tainted_clean: dict[int, frozenset[str]] = field(default_factory=dict)
    # parameter index -> sink kinds some such argument was decoded for again (`Value.raw`)
    tainted_raw: dict[int, frozenset[str]] = field(default_factory=dict)
    calls: int = 0  # call sites of the file that reached it
    nonliteral_params: set[int] = field(default_factory=set)  # given a non-literal somewhere
    private: bool = False  # only the file's own code can call it (the adapter knows)


@dataclass(frozen=True)
class Verdict:
    level: Level
    origin: Origin | None = None  # for "tainted": where the data came from
    via: str = ""  # "parameter `x` (called with `req.query`)" for inferred parameters

    @property
    def description(self) -> str:
        """How a message names the source."""
        if self.via:
            return self.via
        return self.origin.description if self.origin is not None else "request data"


@dataclass
class FileFlow:
    """The facts of one file's dataflow pass."""

    ctx: FileContext
    values: dict[tuple[int, int], Value] = field(default_factory=dict)
    functions: dict[str, FunctionState] = field(default_factory=dict)
    by_node: dict[int, FunctionState] = field(default_factory=dict)
    # names bound to request objects (parameters), with the model source when known
    request_names: dict[str, Any] = field(default_factory=dict)
    # digests of the project summaries this file's analysis applied (for cache keys)
    used_summaries: set[str] = field(default_factory=set)
    # byte ranges the adapter proved unreachable (a branch whose condition folds to a
    # constant): nothing there runs, so nothing there is a finding
    dead: list[tuple[int, int]] = field(default_factory=list)
    # call -> the qualified name the adapter resolved for it (receiver types as it saw them);
    # sink_sites asks here first
    callees: dict[tuple[int, int], str] = field(default_factory=dict)
    # an adapter that analyses functions on demand: `lazy(node)` analyses what the value of
    # `node` needs, `lazy(None)` everything (then it sets `lazy` to None)
    lazy: Callable[[Node | None], None] | None = None
    # ... and `lazy_callers(state)` analyses the functions that may call `state` (else every
    # function is analysed when a verdict needs to know what callers pass)
    lazy_callers: Callable[[FunctionState], None] | None = None

    def complete(self) -> None:
        """Analyse every function (an on-demand adapter may have skipped some so far)."""
        if self.lazy is not None:
            self.lazy(None)

    def complete_callers(self, state: FunctionState) -> None:
        """Analyse the functions whose calls tell what `state`'s parameters receive."""
        if self.lazy is None:
            return
        if self.lazy_callers is not None:
            self.lazy_callers(state)
        else:
            self.lazy(None)

    # -- values -------------------------------------------------------------------------
    def value(self, node: Node | None) -> Value:
        """The abstract value of an expression (CLEAN when never evaluated: dead code)."""
        if node is None:
            return CLEAN
        if self.lazy is not None:
            self.lazy(node)
        found = self.values.get((node.start_byte, node.end_byte))
        return found if found is not None else CLEAN

    def reached(self, node: Node) -> bool:
        if self.lazy is not None:
            self.lazy(node)
        return (node.start_byte, node.end_byte) in self.values

    def in_dead_code(self, node: Node) -> bool:
        """True when `node` lies in code the adapter proved unreachable."""
        if self.lazy is not None:
            self.lazy(node)
        start, end = node.start_byte, node.end_byte
        return any(a <= start and end <= b for a, b in self.dead)

    def function_of(self, node: Node) -> FunctionState | None:
        fn = semantics(self.ctx).function_at(node)
        return self.by_node.get(fn.node.start_byte) if fn is not None else None

    # -- verdicts -----------------------------------------------------------------------
    def verdict(self, node: Node | None, kind: str = "",
                sources: Iterable[str] = UNTRUSTED) -> Verdict:
        """Tainted (untrusted input of one of `sources` reaches `node` not sanitized for sink
        `kind`), unknown (computed at run time from values of unknown origin) or safe."""
        if node is None:
            return Verdict("safe")
        value = self.value(node)
        labels = value.all_labels()
        if not labels:
            if value.is_literal or (not self.reached(node) and (
                    semantics(self.ctx).role(node) in ("string", "number")
                    or (self.dead and self.in_dead_code(node)))):
                return Verdict("safe")
            return Verdict("unknown")
        if kind and kind in value.effective_clean():
            return Verdict("safe")
        wanted = labels & frozenset(sources)
        if wanted:
            return Verdict("tainted", value.first_origin())
        params = sorted(i for i in (param_index(lab) for lab in labels) if i is not None)
        if params:
            state = self.function_of(node)
            if state is not None:
                self.complete_callers(state)  # which callers pass what
                wanted_sources = frozenset(sources)
                # decoded here: what the callers' data was clean for is gone
                checked = "" if kind in value.all_raw() else kind
                for index in params:
                    if checked and checked in state.tainted_clean.get(index, frozenset()):
                        continue
                    origin = self.param_taint(state, index, wanted_sources, set(), checked)
                    if origin is not False:
                        name = state.params[index] if index < len(state.params) else "?"
                        found = origin if isinstance(origin, Origin) else None
                        given = found.description if found is not None else "untrusted input"
                        return Verdict("tainted", found, f"parameter `{name}` (called with {given})")
                if labels == {param_label(i) for i in params} and state.calls and \
                        not state.nonliteral_params.intersection(params) and \
                        self.callers_known(state):
                    return Verdict("safe")  # every call that can reach it passes literals
        return Verdict("unknown")

    def param_taint(self, state: FunctionState, index: int, sources: frozenset[str],
                    seen: set[tuple[int, int]], kind: str = "") -> Origin | Literal[False] | None:
        """Whether some call passes data of `sources` to parameter `index` (directly, or
        through a caller's own parameters): its origin (None when unknown), or False. A
        caller whose every such argument was clean for sink `kind` passes none (unless a
        function on the way decoded it again)."""
        key = (state.node.start_byte, index)
        if key in seen:
            return False
        seen.add(key)
        if kind and kind in state.tainted_clean.get(index, frozenset()):
            return False
        if kind in state.tainted_raw.get(index, frozenset()):
            kind = ""  # decoded on the way: what the callers' data was clean for is gone
        if state.param_sources.get(index, frozenset()) & sources:
            return state.tainted_params.get(index)
        for caller_start, caller_index in state.param_links.get(index, ()):
            caller = self.by_node.get(caller_start)
            if caller is not None:
                found = self.param_taint(caller, caller_index, sources, seen, kind)
                if found is not False:
                    return found
        return False

    def callers_known(self, state: FunctionState) -> bool:
        """True when the file's own calls are all the calls a function can get: it is
        private (`_helper`) or nested, or the scan's other files are summarized (a call from
        another file is then checked at its call site, through this function's summary)."""
        if "dataflow.project" in self.ctx.cache or state.private:
            return True
        short = state.qualified_name.rsplit(".", 1)[-1]
        return short.startswith("_") or semantics(self.ctx).function_at(state.node) is not None

    def summaries(self) -> dict[str, Summary]:
        from vigilint.analyzers.dataflow.summary import file_summaries

        self.complete()
        return file_summaries(self)


_ADAPTERS: dict[str, Callable[[FileContext], FileFlow]] = {}


_IMPORT_PATTERNS: dict[str, re.Pattern[bytes]] = {}


def register(languages: Iterable[str], analyze: Callable[[FileContext], FileFlow],
             imports: re.Pattern[bytes] | None = None) -> None:
    """Make `analyse` the adapter of `languages` (called by each adapter module). `imports`
    finds the module names a file of those languages imports (each group a name or a list of
    names): the project index uses it to skip files nothing imports."""
    for language in languages:
        _ADAPTERS[language] = analyze
        if imports is not None:
            _IMPORT_PATTERNS[language] = imports


def import_patterns() -> list[re.Pattern[bytes]]:
    """The registered adapters' import patterns (one per adapter)."""
    _load_adapters()
    return list(dict.fromkeys(_IMPORT_PATTERNS.values()))


def _load_adapters() -> None:
    # every adapter, whichever was imported first (a module imports once: this is cheap)
    from vigilint.analyzers.dataflow import go, java, javascript, python  # noqa: F401  (register)


# The adapter module of each language (tests/test_engine_fastpaths.py checks it against what
# the adapters register): a file's flow imports its own language's interpreter only.
ADAPTER_MODULES: dict[str, str] = {
    "python": "vigilint.analyzers.dataflow.python", "go": "vigilint.analyzers.dataflow.go",
    "java": "vigilint.analyzers.dataflow.java",
    "javascript": "vigilint.analyzers.dataflow.javascript",
    "typescript": "vigilint.analyzers.dataflow.javascript",
    "tsx": "vigilint.analyzers.dataflow.javascript",
}


def _load_adapter(language: str) -> None:
    """The adapter of `language` registered (all of them for a language not listed)."""
    if language in _ADAPTERS:
        return
    module = ADAPTER_MODULES.get(language)
    if module is None:
        _load_adapters()
    else:
        importlib.import_module(module)


def adapter_languages() -> frozenset[str]:
    """The languages the dataflow core has an adapter for."""
    _load_adapters()
    return frozenset(_ADAPTERS)


def flow(ctx: FileContext) -> FileFlow:
    """The dataflow facts of a file, computed once (an empty FileFlow for languages without
    an adapter yet)."""
    found: FileFlow | None = ctx.cache.get(_CACHE_KEY)
    if found is None:
        _load_adapter(ctx.language)
        adapter = _ADAPTERS.get(ctx.language)
        found = FileFlow(ctx) if adapter is None or ctx.tree is None else adapter(ctx)
        ctx.cache[_CACHE_KEY] = found
    return found
