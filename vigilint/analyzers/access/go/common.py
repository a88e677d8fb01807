"""Small Go syntax helpers of the access-control provider: import paths by local name,
callee and arguments, string values, the function a handler expression names."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.access.syntax import nodes
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.syntax import semantics

FUNCTIONS = frozenset({"function_declaration", "method_declaration", "func_literal"})


def imports(ctx: FileContext) -> dict[str, str]:
    """Local package name -> import path (the semantic layer's table once it resolves Go
    imports; until then read from the import declarations)."""
    found: dict[str, str] | None = ctx.cache.get("access.go.imports")
    if found is not None:
        return found
    found = dict(semantics(ctx).imports())
    if not found and ctx.tree is not None:
        for node in nodes(ctx, "import_spec"):  # one query, not a walk in Python
            path = ctx.node_text(node.child_by_field_name("path")).strip("\"`")
            name = node.child_by_field_name("name")
            local = ctx.node_text(name) if name is not None else path.rstrip("/").rsplit(
                "/", 1)[-1]
            if local.startswith("v") and local[1:].isdigit():  # .../jwt/v5 -> jwt
                local = path.rstrip("/").rsplit("/", 2)[-2]
            found[local] = path
    ctx.cache["access.go.imports"] = found
    return found


def callee(ctx: FileContext, call: Node) -> tuple[Node | None, str]:
    function = call.child_by_field_name("function")
    if function is not None and function.type == "selector_expression":
        return function.child_by_field_name("operand"), \
            ctx.node_text(function.child_by_field_name("field"))
    return None, ctx.node_text(function)


def qualified(ctx: FileContext, call: Node) -> str:
    """`net/http.FileServer` for `http.FileServer(...)`; the plain text otherwise."""
    receiver, name = callee(ctx, call)
    if receiver is not None and receiver.type == "identifier":
        path = imports(ctx).get(ctx.node_text(receiver))
        if path is not None:
            return f"{path}.{name}"
    return f"{ctx.node_text(receiver)}.{name}" if receiver is not None else name


def args_of(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def string_of(ctx: FileContext, node: Node | None) -> str | None:
    if node is None or node.type not in ("interpreted_string_literal", "raw_string_literal"):
        return None
    return ctx.node_text(node)[1:-1]


def functions_by_name(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.go.functions")
    if found is None:
        found = {}
        for node in nodes(ctx, "function_declaration", "method_declaration"):
            if node.type in ("function_declaration", "method_declaration"):
                found.setdefault(ctx.node_text(node.child_by_field_name("name")), node)
        ctx.cache["access.go.functions"] = found
    return found


def handler_function(ctx: FileContext, node: Node | None) -> Node | None:
    if node is None:
        return None
    if node.type == "func_literal":
        return node
    if node.type in ("identifier", "selector_expression"):
        return functions_by_name(ctx).get(ctx.node_text(node).rsplit(".", 1)[-1])
    if node.type == "call_expression":  # http.HandlerFunc(h), wrap(h)
        for arg in args_of(node):
            found = handler_function(ctx, arg)
            if found is not None:
                return found
    return None
