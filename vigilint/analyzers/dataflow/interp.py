"""The language-neutral interpreter state that every adapter extends (docs/dataflow.md 3).

An `Interpreter` runs one function body (or a module body) of one file: it holds the
environment, the joined return value and the environments leaving loops, records the value of
every evaluated expression in the file's `FileFlow`, and applies calls of the file's own
functions (in-file summaries) and of other files' functions (project summaries). The adapter
subclass maps its grammar's statements and expressions onto these operations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.calls import CallModel, call_model
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState
from vigilint.analyzers.dataflow.kinds import SOURCE_KINDS, param_index
from vigilint.analyzers.dataflow.summary import RAW_MARK, Summary
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    Env,
    Origin,
    Value,
    cleaned,
    const,
    join,
    join_all,
    join_env,
    merge,
    source,
    substitute,
)

PROJECT_KEY = "dataflow.project"


class Interpreter:
    """Interprets one function body (or the module body) of one file."""

    def __init__(self, ctx: FileContext, state: FileFlow, info: FunctionState | None,
                 analyze_function: Callable[[FunctionState], None]) -> None:
        self.ctx = ctx
        self.state = state
        self.info = info
        self.analyze_function = analyze_function
        self.env: Env = {}
        self.returns: Value | None = None
        self.loop_exits: list[Env] = []
        self.calls: CallModel = call_model(ctx.language)
        self.project = ctx.cache.get(PROJECT_KEY)

    # -- statements (the adapter writes `stmt`) -----------------------------------------
    def stmt(self, node: Node) -> bool:
        raise NotImplementedError

    def run_block(self, block: Node | None) -> bool:
        """Interpret statements; True when the block always leaves (return/raise/...)."""
        if block is None:
            return False
        return any(self.stmt(stmt) for stmt in block.named_children)

    # -- recording ----------------------------------------------------------------------
    def record(self, node: Node, value: Value) -> Value:
        key = (node.start_byte, node.end_byte)
        old = self.state.values.get(key)
        self.state.values[key] = value if old is None else join(old, value)
        return value

    def origin(self, node: Node, description: str) -> Origin:
        return Origin(description, node.start_byte, node.end_byte)

    def source_value(self, kind: str, node: Node, description: str, type_: str = "") -> Value:
        return source(kind, self.origin(node, description), type_)

    # -- evaluation ---------------------------------------------------------------------
    def value_of(self, node: Node) -> Value:
        """The value recorded for an expression, else the expression evaluated now."""
        got = self.state.values.get((node.start_byte, node.end_byte))
        return got if got is not None else self.expr(node)

    def expr(self, node: Node | None) -> Value:
        """Evaluate and record an expression (too deep a nesting counts as clean data)."""
        if node is None:
            return CLEAN
        try:
            value = self._expr(node)
        except RecursionError:
            value = CLEAN
        return self.record(node, value)

    def _expr(self, node: Node) -> Value:
        """The adapter's evaluation of one expression of its grammar."""
        raise NotImplementedError

    # -- control flow -------------------------------------------------------------------
    def refine(self, cond: Node, truth: bool) -> None:
        """Narrow variables once `cond` is known to be `truth` (the adapter's guards)."""

    def conditional(self, cond: Node | None, yes: Node | None, no: Node | None) -> Value:
        """`cond ? yes : no` / `yes if cond else no`: each arm evaluated on its own path, with
        the condition known true or false there (`allowed.includes(x) ? x : "/"`)."""
        start = dict(self.env)
        if cond is not None:
            self.refine(cond, True)
        first = self.expr(yes)
        after = self.env
        self.env = dict(start)
        if cond is not None:
            self.refine(cond, False)
        second = self.expr(no)
        self.env = join_env(after, self.env)
        return join(first, second)

    def add_return(self, value: Value) -> None:
        self.returns = value if self.returns is None else join(self.returns, value)

    def return_stmt(self, node: Node) -> bool:
        """`return [value]`: the path leaves with the value (clean when none). True: it left."""
        value = CLEAN
        for child in node.named_children:
            value = self.expr(child)
        self.add_return(value)
        return True

    def join_paths(self, envs: list[Env]) -> bool:
        """Continue with the join of the paths that did not leave; True when none did."""
        if not envs:
            return True
        self.env = join_all(envs)
        return False

    def loop(self, body: Callable[[], object], rounds: int = 2) -> None:
        """Run a loop body until this lattice's fixed point (two rounds), then join the
        environments that left it by `break`."""
        before = dict(self.env)
        outer_exits, self.loop_exits = self.loop_exits, []
        for _ in range(rounds):
            body()
            self.env = join_env(before, self.env)
        for exit_env in self.loop_exits:
            self.env = join_env(self.env, exit_env)
        self.loop_exits = outer_exits

    def leave_loop(self) -> None:
        """A `break`: this path continues after the loop."""
        self.loop_exits.append(dict(self.env))

    def clean_name(self, name: str, kinds: frozenset[str]) -> None:
        """A guard proved the variable safe for `kinds` on this path."""
        old = self.env.get(name)
        if old is not None and old.all_labels():
            self.env[name] = cleaned(old, kinds)

    # -- calls --------------------------------------------------------------------------
    def call_local(self, info: FunctionState, pos_values: list[Value], offset: int = 0,
                   keyword_values: dict[str, Value] | None = None) -> Value:
        """Apply a function of this file at a call site: its return value with the caller's
        arguments in place of its parameters. A parameter that receives untrusted (or
        caller-parameter) data is remembered, so sinks inside the helper report it; one that
        receives anything but a literal is remembered too (a parameter only ever given
        literals by the file's calls is no unknown origin)."""
        self.analyze_function(info)
        by_index: dict[int, Value] = {i + offset: v for i, v in enumerate(pos_values)}
        for name, v in (keyword_values or {}).items():
            if name in info.params:
                by_index[info.params.index(name)] = v
            else:
                info.nonliteral_params.update(range(len(info.params)))  # **kwargs: unknown
        info.calls += 1
        caller = self.info.node.start_byte if self.info is not None else None
        for index, v in by_index.items():
            labels = v.all_labels()
            if labels or not v.is_literal:
                info.nonliteral_params.add(index)
            if not labels:
                continue
            sources = labels & SOURCE_KINDS
            links = {i for i in (param_index(lab) for lab in labels) if i is not None}
            if sources:
                info.param_sources[index] = info.param_sources.get(index, frozenset()) | sources
                if info.tainted_params.get(index) is None:
                    info.tainted_params[index] = v.first_origin()
            if links and caller is not None:
                info.param_links.setdefault(index, set()).update((caller, j) for j in links)
            if sources or links:
                clean = v.effective_clean()
                known = info.tainted_clean.get(index)
                info.tainted_clean[index] = clean if known is None else known & clean
                raw = v.all_raw()
                if raw:
                    info.tainted_raw[index] = info.tainted_raw.get(index, frozenset()) | raw
        return substitute(info.returns, by_index, param_index)

    def project_summary(self, name: str) -> Summary | None:
        """The summary of a function of another file of the scan, when a project index was
        given to the analysis."""
        if self.project is None or not name:
            return None
        found: Summary | None = self.project.resolve(name)
        if found is not None:
            self.state.used_summaries.add(found.digest())
        return found

    def apply_summary(self, summary: Summary, pos_values: list[Value], node: Node) -> Value:
        """The value of a call of another file's function, from its summary."""
        ret = summary.returns
        out: list[Value] = []
        if ret.labels:
            origin = ret.origin or Origin(f"`{summary.name}()`", node.start_byte, node.end_byte)
            out.append(Value(labels=ret.labels, origin=origin))
        for index, kinds in ret.params:
            if 0 <= index < len(pos_values) and pos_values[index].all_labels():
                mv = merge([pos_values[index]])
                # `!kind`: the function decodes the argument (see `summary._returns`)
                raw = frozenset(k[1:] for k in kinds if k.startswith(RAW_MARK))
                kept = kinds - {RAW_MARK + k for k in raw}
                out.append(replace(mv, clean=(mv.clean - raw) | kept, raw=mv.raw | raw))
        if out:
            return merge(out)
        if ret.has_const:
            return const(ret.const)
        return LITERAL if ret.literal else CLEAN
