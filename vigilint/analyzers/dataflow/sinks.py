"""Where a call is a sink: the model tables, receiver types, and the project's wrappers.

`sink_sites(ctx, call, kinds)` is the one way rules (and summaries) learn that a call is a sink
of some kind and which of its arguments carry the dangerous data (docs/dataflow.md section 5).
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Related
from vigilint.analyzers.dataflow.interp import PROJECT_KEY
from vigilint.analyzers.dataflow.kinds import ALL_KINDS
from vigilint.analyzers.dataflow.typed import may_be_typed
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.models import Sink, load, short_name
from vigilint.analyzers.syntax import role_kinds, semantics

_TRUE = frozenset({"True", "true", "1"})


@dataclass(frozen=True)
class SinkSite:
    kind: str
    callee: str  # the qualified name that matched (a model entry or a project wrapper)
    arguments: tuple[Node, ...]  # the argument nodes that carry the dangerous data
    spec: Sink | None = None  # the model entry (None for a project wrapper)
    related: tuple[Related, ...] = ()


def calls_in(ctx: FileContext, node: Node) -> list[Node]:
    """Every call (and object creation) under `node`, in document order."""
    kinds = (*role_kinds(ctx.language, "call"), *role_kinds(ctx.language, "new"))
    if not kinds:
        return []
    query = compile_query(ctx.language, " ".join(f"({k}) @c" for k in kinds))
    return sorted(query_cursor(query).captures(node).get("c", []), key=lambda n: n.start_byte)


def _names(ctx: FileContext, call: Node, method: str, receiver: Node | None) -> list[str]:
    """The names a call goes by: the one the adapter resolved while it ran (when the file's
    flow is computed and that name is a sink), else typed (by the receiver's declared type,
    else, in languages without static types, by the type of its dataflow value) and the
    import-resolved dotted name."""
    models = load(ctx.language)
    data = ctx.cache.get("dataflow")
    if data is not None:
        recorded = data.callees.get((call.start_byte, call.end_byte))
        if recorded and recorded in models.sinks_by_call:
            return [recorded]
    sem = semantics(ctx)
    names: list[str] = []
    function = call.child_by_field_name("function")
    # a grammar whose calls have no `function` (method invocations, object creations) names
    # them through the semantic layer's call name
    plain = sem.callee_name(call) if function is not None else sem.call_name(call)
    wrappers: frozenset[str] = getattr(ctx.cache.get(PROJECT_KEY), "wrapper_names", frozenset())
    if receiver is not None and (method in models.typed_sink_methods or method in wrappers):
        declared = sem.call_name(call)
        if (not declared or declared == plain) and not sem.static_types and \
                (data is not None or may_be_typed(ctx, method)):
            from vigilint.analyzers.dataflow.flow import flow

            typed = flow(ctx).value(receiver).type
            if typed:
                names.append(f"{typed}.{method}")
        if declared and declared not in names:
            names.append(declared)
    if plain and plain not in names:
        names.append(plain)
    return names


def _arguments(ctx: FileContext, call: Node, spec: Sink, receiver: Node | None) -> tuple[Node, ...]:
    args = semantics(ctx).arguments(call)
    if spec.arg == "*":
        return args.all()
    if spec.arg == -1:
        return (receiver,) if receiver is not None else ()
    for keyword in spec.keywords:
        found = args.named(keyword)
        if found is not None:
            return (found,)
    if isinstance(spec.arg, int):
        found = args.get(spec.arg)
        return (found,) if found is not None else ()
    return ()


def _applies(ctx: FileContext, call: Node, spec: Sink, receiver: Node | None) -> bool:
    if spec.when_true:
        value = semantics(ctx).arguments(call).named(spec.when_true)
        if value is None or ctx.node_text(value) not in _TRUE:
            return False
    if spec.when_arg is not None and not _argument_matches(ctx, call, spec):
        return False
    if spec.receiver_re is not None:
        return receiver is not None and spec.receiver_re.search(ctx.node_text(receiver)) is not None
    return True


def _argument_matches(ctx: FileContext, call: Node, spec: Sink) -> bool:
    """`when_value` / `when_type`: the argument `when_arg` has a matching constant value (a
    literal, else a constant the dataflow folded) or one of the types (its declared one, else
    its value's)."""
    from vigilint.analyzers.dataflow.flow import flow

    assert spec.when_arg is not None
    sem = semantics(ctx)
    node = sem.arguments(call).get(spec.when_arg)
    if node is None:
        return False
    if spec.when_value_re is not None:
        text = sem.string_value(node)
        if text is None:
            folded = flow(ctx).value(node).const
            text = folded if isinstance(folded, str) else None
        if text is None or spec.when_value_re.search(text) is None:
            return False
    if spec.when_type:
        typed = sem.declared_type(node) or (
            "" if sem.static_types else flow(ctx).value(node).type)
        if typed not in spec.when_type:
            return False
    return True


def _typed_elsewhere(ctx: FileContext, receiver: Node, modules: tuple[str, ...]) -> bool:
    """The receiver's type is known (its declared one, else, without static types, its
    value's) and belongs to none of `modules`: a method sink of those modules does not apply
    to it."""
    from vigilint.analyzers.dataflow.flow import flow

    sem = semantics(ctx)
    typed = sem.declared_type(receiver) or (
        "" if sem.static_types else flow(ctx).value(receiver).type)
    return bool(typed) and not any(typed.startswith(m + ".") for m in modules)


# literal containers and strings: `{"http": 80}.get(scheme)` is a lookup, not an HTTP client
_LITERAL_RECEIVERS = frozenset({
    "dictionary", "list", "set", "tuple", "dictionary_comprehension", "list_comprehension",
    "set_comprehension", "object", "array", "composite_literal", "string", "template_string",
    "interpreted_string_literal", "raw_string_literal", "string_literal"})


def _reads_as(ctx: FileContext, spec: Sink, args: tuple[Node, ...]) -> bool:
    """A sink with a `text` pattern (a generic method name) only where the argument's literal
    text matches it (`db.get("SELECT ...")`, not `cache.get(key)`)."""
    if spec.text_re is None:
        return True
    sem = semantics(ctx)
    return any(spec.text_re.search(sem.literal_text(arg)[:4096]) for arg in args)


def _may_sink(short_names: set[str], methods: dict[str, list[Sink]], project: object,
              name: str) -> bool:
    if name in short_names or name in methods:
        return True
    wrappers = getattr(project, "wrapper_names", None)
    return wrappers is not None and name in wrappers


def sink_sites(ctx: FileContext, call: Node, kinds: str | frozenset[str]) -> list[SinkSite]:
    """The sinks of `kinds` that `call` is, each with the argument nodes that matter
    (computed once per call for every kind, then filtered: many rules ask)."""
    memo: dict[tuple[int, int], list[SinkSite]] | None = ctx.cache.get("dataflow.sinks")
    if memo is None:
        memo = ctx.cache["dataflow.sinks"] = {}
    key = (call.start_byte, call.end_byte)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _sites(ctx, call)
    if not found:
        return found
    if isinstance(kinds, str):
        return [site for site in found if site.kind == kinds]
    return [site for site in found if site.kind in kinds]


def _sites(ctx: FileContext, call: Node) -> list[SinkSite]:
    wanted = ALL_KINDS
    sem = semantics(ctx)
    models = load(ctx.language)
    receiver, method = sem.callee(call)
    project = ctx.cache.get(PROJECT_KEY)
    if not _may_sink(models.sink_short_names, models.sinks_by_method, project, method) and (
            receiver is not None or method not in sem.imports()
            or not _may_sink(models.sink_short_names, models.sinks_by_method, project,
                             short_name(sem.imports()[method]))):
        return []  # no sink of any kind goes by this name (the common case, decided cheaply)
    out: list[SinkSite] = []
    names = _names(ctx, call, method, receiver)
    matched = False
    for name in names:
        for spec in models.sinks(name, wanted):
            matched = True
            if _applies(ctx, call, spec, receiver):
                args = _arguments(ctx, call, spec, receiver)
                if args and _reads_as(ctx, spec, args):
                    out.append(SinkSite(spec.kind, name, args, spec))
        if matched:
            break
    if not matched and receiver is not None and receiver.type not in _LITERAL_RECEIVERS:
        for spec in models.method_sinks(method, wanted):
            if not spec.anywhere and not sem.imports_any(spec.modules):
                continue
            if spec.untyped and _typed_elsewhere(ctx, receiver, spec.modules):
                continue
            if _applies(ctx, call, spec, receiver):
                args = _arguments(ctx, call, spec, receiver)
                if args and _reads_as(ctx, spec, args):
                    out.append(SinkSite(spec.kind, names[0] if names else method, args, spec))
    if project is not None and not out:
        out.extend(_wrapper_sites(ctx, call, names, wanted, project))
    return out


def _wrapper_sites(ctx: FileContext, call: Node, names: list[str], wanted: frozenset[str],
                   project: object) -> list[SinkSite]:
    """A call of another file's function whose summary says a parameter reaches a sink."""
    resolve = getattr(project, "resolve", None)
    if resolve is None:
        return []
    for name in names:
        summary = resolve(name)
        if summary is None or not summary.sinks:
            continue
        offset = 1 if summary.params and summary.params[0] in ("self", "cls") else 0
        args = semantics(ctx).arguments(call)
        out = []
        for sink in summary.sinks:
            if sink.kind not in wanted:
                continue
            index = sink.param - offset
            keyword = summary.params[sink.param] if sink.param < len(summary.params) else None
            node = args.get(index, keyword)
            if node is None:
                continue
            related = Related(message=f"`{short_name(sink.callee)}` in `{summary.name}` receives "
                                      "this argument", path=sink.path,
                              position=(sink.line, sink.column, sink.line, sink.column))
            out.append(SinkSite(sink.kind, summary.name, (node,), None, (related,)))
        if out:
            return out
    return []
