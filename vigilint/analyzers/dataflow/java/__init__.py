"""The Java adapter of the dataflow core: class fields and top-level statements first, then
every method and constructor interpreted once per file.

Parameters: a request object by its type (`HttpServletRequest`, `ServerRequest`, `UriInfo`),
`http` input by a source annotation (`@RequestParam`, `@QueryParam`, ...) or, in a route
handler (`@GetMapping`, `@GET`), by Spring's and JAX-RS's binding of unannotated parameters
(except the models' `not_input`); numbers, UUIDs and dates keep the `http` label but are clean
for every injection kind; `main(String[] args)` is `argv`; any other parameter `i` carries
`param:i`, so its return value says which parameters reach it (an in-file summary).
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState, register
from vigilint.analyzers.dataflow.java.file import JavaFile
from vigilint.analyzers.dataflow.java.statements import JavaInterpreter
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, ARGV, HTTP, param_label
from vigilint.analyzers.dataflow.value import CLEAN, LITERAL, Origin, Value
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.syntax import FunctionDef, Param

__all__ = ["JavaInterpreter", "analyze", "is_route_handler"]

# Parameter types with no text in them: a framework converts the input or rejects it.
NON_TEXT_TYPES = frozenset({
    "int", "long", "short", "byte", "boolean", "double", "float", "char", "java.lang.Integer",
    "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean",
    "java.lang.Double", "java.lang.Float", "java.lang.Character", "java.util.UUID",
    "java.math.BigDecimal", "java.math.BigInteger", "java.time.LocalDate",
    "java.time.LocalDateTime", "java.time.LocalTime", "java.time.Instant",
    "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Duration",
    "java.util.Date", "java.util.OptionalInt", "java.util.OptionalLong",
})
_MEMBER_BODIES = ("class_body", "interface_body", "enum_body", "enum_body_declarations")


def is_route_handler(fn: FunctionDef) -> bool:
    """True when an annotation declares the method a request handler (`@GetMapping`,
    `@RequestMapping`, `@GET`): the models' routes."""
    routes = load("java").route_decorators
    return any(d.name in routes for d in fn.decorators)


def _modifiers(node: Node) -> str:
    found = next((c for c in node.named_children if c.type == "modifiers"), None)
    return found.text.decode("utf-8", "replace") if found is not None and found.text else ""


def _param_value(jf: JavaFile, fn: FunctionDef, index: int, param: Param, route: bool,
                 main: bool) -> Value:
    models = jf.calls.models
    ptype = param.type
    origin_at = (param.node.start_byte, param.node.end_byte)
    if ptype and jf.calls.request_type(ptype) is not None:
        return Value(labels=frozenset({HTTP}), type=ptype,
                     origin=Origin(f"`{param.name}`", *origin_at))
    label = param_label(index)
    non_text = ptype in NON_TEXT_TYPES or ptype in jf.enums
    clean = ALL_KINDS if non_text else frozenset()
    annotated = next((a for a in param.annotations if a in models.source_annotations), "")
    bound = route and not annotated and ptype not in models.not_input_types and not any(
        a in models.not_input_types for a in param.annotations) and \
        jf.calls.request_type(ptype) is None
    if annotated or bound:
        what = f"`@{short_name(annotated)} {param.name}`" if annotated else \
            f"request parameter `{param.name}`"
        return Value(labels=frozenset({HTTP, label}), clean=clean, type=ptype,
                     origin=Origin(what, *origin_at))
    if main and ptype == "java.lang.String[]":
        return Value(labels=frozenset({ARGV, label}), type=ptype,
                     origin=Origin(f"command-line argument `{param.name}`", *origin_at))
    return Value(labels=frozenset({label}), clean=clean, type=ptype)


def _class_fields(jf: JavaFile, ctx: FileContext, run: object) -> None:
    """Evaluate every class's field initializers and initializer blocks (outer classes
    first): final fields keep their values (folded constants), enum constants are literals."""
    if ctx.tree is None:
        return
    sem = jf.sem
    classes = [c for c in sem.class_nodes() if c.type != "annotation_type_declaration"]
    for cls in classes:
        qualified = sem.own_class(sem.class_name(cls))
        jf.class_starts[qualified] = cls.start_byte
        if cls.type == "enum_declaration":
            jf.enums.add(qualified)
    for cls in classes:
        interp = JavaInterpreter(ctx, jf.state, None, run, jf)
        values = jf.class_fields(cls)
        interface = cls.type == "interface_declaration"
        body = cls.child_by_field_name("body")
        members: list[Node] = []
        for member in body.named_children if body is not None else ():
            if member.type == "enum_body_declarations":
                members.extend(member.named_children)
            else:
                members.append(member)
            if member.type == "enum_constant":
                name = member.child_by_field_name("name")
                if name is not None:
                    values[ctx.node_text(name)] = LITERAL
        for member in members:
            if member.type in ("field_declaration", "constant_declaration"):
                final = interface or member.type == "constant_declaration" or \
                    "final" in _modifiers(member).split()
                type_node = member.child_by_field_name("type")
                declared = jf.resolve(ctx.node_text(type_node)) if type_node is not None else ""
                for decl in member.children_by_field_name("declarator"):
                    name = decl.child_by_field_name("name")
                    value_node = decl.child_by_field_name("value")
                    if name is None:
                        continue
                    if value_node is None:
                        continue
                    value = interp.expr(value_node)
                    if final:
                        if declared and not value.type and declared != "java.lang.String":
                            value = replace(value, type=declared)
                        values[ctx.node_text(name)] = interp.env[ctx.node_text(name)] = value
            elif member.type in ("static_initializer", "block"):
                block = member if member.type == "block" else next(
                    (c for c in member.named_children if c.type == "block"), None)
                interp.run_block(block)


def analyze(ctx: FileContext) -> FileFlow:
    """The dataflow facts of a Java file."""
    state = FileFlow(ctx)
    if ctx.tree is None:
        return state
    jf = JavaFile(ctx, state)
    defs = jf.sem.functions()
    by_start: dict[int, FunctionDef] = {}
    infos: list[FunctionState] = []
    for fn in defs:
        info = FunctionState(node=fn.node, name=fn.name, qualified_name=fn.qualified_name,
                             params=[p.name for p in fn.params],
                             private="private" in _modifiers(fn.node).split())
        state.functions[fn.qualified_name] = info
        state.by_node[fn.node.start_byte] = info
        by_start[fn.node.start_byte] = fn
        owner = fn.qualified_name.rsplit(".", 1)[0] if "." in fn.qualified_name else ""
        jf.add_method(owner, info)
        infos.append(info)

    def run(info: FunctionState) -> None:
        if info.done or info.running:
            return
        info.running = True
        fn = by_start[info.node.start_byte]
        interp = JavaInterpreter(ctx, state, info, run, jf)
        route = is_route_handler(fn)
        modifiers = _modifiers(fn.node).split()
        main = fn.name == "main" and "static" in modifiers and len(fn.params) == 1
        for i, param in enumerate(fn.params):
            value = _param_value(jf, fn, i, param, route, main)
            interp.env[param.name] = value
        interp.run_block(fn.body)
        info.returns = interp.returns or CLEAN
        info.done = True
        info.running = False

    _class_fields(jf, ctx, run)
    top = JavaInterpreter(ctx, state, None, run, jf)  # statements of a snippet, outside classes
    for statement in ctx.tree.root_node.named_children:
        if statement.type not in ("class_declaration", "interface_declaration",
                                  "enum_declaration", "record_declaration",
                                  "import_declaration", "package_declaration",
                                  "annotation_type_declaration", "method_declaration"):
            top.stmt(statement)
    for info in infos:
        run(info)
    return state


register(("java",), analyze)
