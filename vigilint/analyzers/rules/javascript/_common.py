"""What several JavaScript/TypeScript rules share beyond the semantic layer
(`vigilint.analyzers.syntax.javascript`) and the dataflow core: which modules make a file
server code, and when a value is a string built at run time. No rule lives here."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.dataflow.kinds import param_index
from vigilint.analyzers.syntax import javascript

SERVER_MODULES = ("express", "http", "https", "koa", "fastify", "@hapi/hapi", "hapi", "restify",
                  "next", "next/server", "fs", "child_process", "net", "@nestjs/common", "hono")
WEB_MODULES = ("express", "koa", "fastify", "@hapi/hapi", "hapi", "restify", "next",
               "next/server", "http", "https", "@nestjs/common", "hono", "multer", "formidable",
               "busboy")
_BUILDERS = frozenset({"concat", "join", "format", "replace", "resolve", "replaceAll"})


def is_server_file(ctx: FileContext) -> bool:
    """True when the file imports a server framework or a Node.js system module."""
    return javascript(ctx).imports_any(SERVER_MODULES)


def built(ctx: FileContext, node: Node | None, hops: int = 2) -> bool:
    """A string built at run time from non-constant parts (a template with substitutions,
    `+`, `+=`, `concat`/`join`/`format`, `path.join`), directly or through a local name."""
    sem = javascript(ctx)
    node = sem.resolved(node) if node is not None and hops else node
    if node is None:
        return False
    if node.type == "template_string":
        return any(c.type == "template_substitution" for c in node.named_children)
    if node.type == "binary_expression":
        return ctx.node_text(node.child_by_field_name("operator")) == "+"
    if node.type == "augmented_assignment_expression":
        return True
    if node.type == "call_expression":
        name = sem.callee_name(node)
        return name.rsplit(".", 1)[-1] in _BUILDERS or name.startswith("path.")
    if node.type == "identifier" and hops:
        return any(built(ctx, v, hops - 1) for v in sem.assigned_values(node))
    return False


def from_parameter(ctx: FileContext, node: Node | None) -> bool:
    """The value is derived from a parameter of an enclosing function (input of unknown
    origin, as opposed to module configuration)."""
    return node is not None and any(param_index(lab) is not None
                                    for lab in flow(ctx).value(node).all_labels())


def receiver_root(ctx: FileContext, node: Node | None) -> str:
    """The object at the root of a call chain: `res` of `res.status(200).send(...)`."""
    while node is not None and node.type == "call_expression":
        callee = node.child_by_field_name("function")
        node = callee.child_by_field_name("object") if callee is not None and \
            callee.type == "member_expression" else None
    return ctx.node_text(node) if node is not None else ""


def unique_names(names: tuple[str, ...], call: Node, function: Node, statement: Node,
                 ctx: FileContext) -> tuple[str, ...]:
    """The names to hold the value in: with the line appended when the function makes the same
    call more than once (two fixes applied together must not declare one `const` twice)."""
    callee = ctx.node_text(call.child_by_field_name("function") or
                           call.child_by_field_name("constructor") or call)
    if ctx.node_text(function).count(callee + "(") > 1:
        return tuple(f"{n}{statement.start_point[0] + 1}" for n in names)
    return names
