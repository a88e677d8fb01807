"""The JavaScript/TypeScript adapter of the dataflow core: route handlers and request
parameters from the models (`handlers`), then the module body and every function interpreted
once per file. Callbacks run where they are passed (seeded from the call), other nested
functions when called or at the end of the pass, each with the environment it closes over.

Labels: request data, `process.argv`, stdin callbacks, the environment and the DOM's URL are
sources (their kinds in `dataflow.kinds`); a function's i-th parameter carries `param:i`, so
its return value says which parameters reach it (an in-file summary applied at call sites).
"""

from __future__ import annotations

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import import_lines
from vigilint.analyzers.dataflow.calls import call_model
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState, register
from vigilint.analyzers.dataflow.javascript.expressions import Shared
from vigilint.analyzers.dataflow.javascript.handlers import Handlers
from vigilint.analyzers.dataflow.javascript.statements import JSInterpreter
from vigilint.analyzers.dataflow.kinds import param_label
from vigilint.analyzers.dataflow.value import CLEAN, Env, Value, join
from vigilint.analyzers.syntax import semantics
from vigilint.analyzers.syntax.javascript import JavaScriptSemantics

__all__ = ["JSInterpreter", "analyze"]

LANGUAGES = ("javascript", "typescript", "tsx")
# A file imports another when an import, export-from or require names its module.
IMPORT_PATTERN = import_lines.JAVASCRIPT


def analyze(ctx: FileContext) -> FileFlow:
    """The dataflow facts of a JavaScript or TypeScript file."""
    state = FileFlow(ctx)
    sem = semantics(ctx)
    assert isinstance(sem, JavaScriptSemantics)
    calls = call_model(ctx.language)
    shared = Shared(sem=sem, handlers=Handlers(ctx, sem, calls))
    aliases = sem.imports()
    for fn in sem.functions():
        params = [p.name or ctx.node_text(p.node)[:40] for p in fn.params]
        info = FunctionState(node=fn.node, name=fn.name, qualified_name=fn.qualified_name,
                             params=params)
        start = fn.node.start_byte
        shared.defs[start] = fn
        shared.infos[start] = info
        state.by_node[start] = info
        if fn.name:
            state.functions.setdefault(fn.name, info)
            shared.by_name.setdefault(fn.name, []).append(info)
            if fn.class_name and fn.node.type == "method_definition":
                shared.methods[(fn.class_name, fn.name)] = info

    def interpreter(info: FunctionState | None) -> JSInterpreter:
        interp = JSInterpreter(ctx, state, info, run)
        interp.shared = shared
        interp.run_function = run
        interp.aliases = aliases
        return interp

    def closure_of(info: FunctionState) -> Env:
        start = info.node.start_byte
        found = shared.closures.get(start)
        if found is not None:
            return found
        module_env = shared.module.env if shared.module is not None else {}
        outer = sem.function_at(info.node)
        if outer is not None:
            live = shared.active.get(outer.node.start_byte)
            if live is not None:
                return live.env
            return shared.final.get(outer.node.start_byte, module_env)
        return module_env

    def run(info: FunctionState) -> None:
        if info.done or info.running:
            return
        info.running = True
        start = info.node.start_byte
        fn = shared.defs[start]
        interp = interpreter(info)
        interp.env.update(closure_of(info))
        seeds = shared.seeds.pop(start, None) or shared.handlers.seeds(fn)
        for i, param in enumerate(fn.params):
            value = seeds[i] if i < len(seeds) and seeds[i] is not None else \
                Value(labels=frozenset({param_label(i)}))
            assert value is not None
            if param.default is not None:
                value = join(value, interp.expr(param.default))
            interp.bind(param.node, value, param.name)
        shared.active[start] = interp
        body = fn.body
        if body is not None and body.type == "statement_block":
            interp.run_block(body)
        elif body is not None:
            interp.add_return(interp.expr(body))
        shared.active.pop(start, None)
        shared.final[start] = interp.env
        info.returns = interp.returns or CLEAN
        info.done = True
        info.running = False

    if ctx.tree is not None:
        module = interpreter(None)
        shared.module = module
        module.run_block(ctx.tree.root_node)
        for info in list(shared.infos.values()):
            run(info)
    return state


register(LANGUAGES, analyze, IMPORT_PATTERN)
