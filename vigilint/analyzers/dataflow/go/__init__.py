"""The Go adapter of the dataflow core: every function, method and closure of a file
interpreted once, with request objects recognised by their declared types (the models'
request types: `*http.Request`, `*gin.Context`, `echo.Context`, `*fiber.Ctx`).

Labels: request data, `os.Args`, standard input and the environment are sources; a
function's i-th parameter (the receiver not counted) carries `param:i`, so its return value
says which parameters reach it (an in-file summary applied at each call site). Parameters of
numeric types keep their label but are clean for every sink kind. A closure runs where it is
created, with the variables it captures.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import import_lines
from vigilint.analyzers.dataflow.calls import call_model
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState, register
from vigilint.analyzers.dataflow.go.expressions import NUMERIC_TYPES
from vigilint.analyzers.dataflow.go.statements import GoInterpreter
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, param_label
from vigilint.analyzers.dataflow.value import CLEAN, Env, Value
from vigilint.analyzers.syntax import FunctionDef, go

__all__ = ["GoInterpreter", "analyze"]


def _package_env(ctx: FileContext, interp: GoInterpreter) -> None:
    """Package-level `var` and `const` declarations, in document order."""
    root = ctx.tree.root_node if ctx.tree is not None else None
    for child in root.named_children if root is not None else []:
        if child.type in ("var_declaration", "const_declaration"):
            interp.declaration(child)


def analyze(ctx: FileContext) -> FileFlow:
    """The dataflow facts of a Go file. Functions are analysed on demand (`FileFlow.lazy`):
    the package-level declarations at once, a function (with the closures it creates and the
    local functions it calls) when a rule first asks about a node in it, and every function
    when a verdict needs to know what callers pass to parameters (or for summaries)."""
    state = FileFlow(ctx)
    sem = go(ctx)
    calls = call_model("go")
    by_start: dict[int, FunctionDef] = {}
    for fn in sem.functions():
        info = FunctionState(node=fn.node, name=fn.name, qualified_name=fn.qualified_name,
                             params=[p.name for p in fn.params])
        state.functions.setdefault(fn.name, info)
        state.by_node[fn.node.start_byte] = info
        by_start[fn.node.start_byte] = fn
    captures: dict[int, Env] = {}
    package_env: Env = {}

    def run(info: FunctionState) -> None:
        if info.done or info.running:
            return
        info.running = True
        fn = by_start[info.node.start_byte]
        interp = GoInterpreter(ctx, state, info, run, captures)
        interp.env.update(package_env)
        interp.env.update(captures.pop(info.node.start_byte, {}))
        receiver = sem.receiver_param(fn.node)
        if receiver is not None and receiver.name != "_":
            interp.env[receiver.name] = Value(type=receiver.type)
        for i, param in enumerate(fn.params):
            if param.name == "_":
                continue
            interp.env[param.name] = _parameter(param.type, i, calls.models.request_types)
        interp.run_block(fn.body)
        info.returns = interp.returns or CLEAN
        info.done = True
        info.running = False

    # top-level functions (and package-level closures) by byte range, for on-demand analysis
    tops: list[tuple[int, int]] = []
    for start in sorted(by_start):
        node = by_start[start].node
        if not tops or start >= tops[-1][1]:
            tops.append((start, node.end_byte))
    starts = [start for start, _ in tops]
    pending = len(by_start)

    def ensure(node: Node | None) -> None:
        nonlocal pending
        if node is None:
            for info in state.by_node.values():
                run(info)
            state.lazy = None
            return
        i = bisect.bisect_right(starts, node.start_byte) - 1
        if i < 0 or node.start_byte >= tops[i][1]:
            return  # package level: analysed already
        top = state.by_node[tops[i][0]]
        if top.done:
            return
        run(top)
        for start, info in state.by_node.items():  # closures its run never reached
            if tops[i][0] < start < tops[i][1]:
                run(info)
        pending -= 1
        if pending <= 0 or all(info.done for info in state.by_node.values()):
            state.lazy = None

    def ensure_callers(callee: FunctionState) -> None:
        """Analyse the top-level functions that may call `callee` (their text calls its
        name), and theirs in turn: what they pass is what its parameters receive."""
        todo = [callee]
        seen: set[int] = set()
        while todo:
            current = todo.pop()
            needle = current.name.rsplit(".", 1)[-1].encode() + b"("
            for start, end in tops:
                if start in seen or needle not in ctx.source[start:end]:
                    continue
                seen.add(start)
                info = state.by_node[start]
                if not info.done:
                    run(info)
                todo.append(info)

    if ctx.tree is not None:
        package = GoInterpreter(ctx, state, None, run, captures)
        _package_env(ctx, package)
        package_env.update(package.env)
        if by_start:
            state.lazy = ensure
            state.lazy_callers = ensure_callers
    return state


def _parameter(typed: str, index: int, request_types: Mapping[str, object]) -> Value:
    if typed in request_types:
        return Value(type=typed)  # a request object: its members are the input
    label = frozenset({param_label(index)})
    if typed in NUMERIC_TYPES:
        return Value(labels=label, clean=ALL_KINDS, type=typed)
    return Value(labels=label, type=typed)


register(("go",), analyze, import_lines.GO)  # an import line, or a line of an import block
